"""The standards catalogue: import (good file, bad rows, dry run, re-import), flags on products, the scan."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise.documents.catalogue_import import import_catalogue
from qsupervise.models import CatalogueStandard, ExecutedStandard
from qsupervise.services import standards_catalogue as catalogue
from qsupervise.services.standards_ledger import LedgerFilter, ledger, ledger_summary, product_standards
from qsupervise.store import Store
from tests.core import db_state
from tests.core.standards_data import GOOD_ROWS, HEADER, add_firm, workbook


@pytest.fixture
def firms(store: Store) -> dict[str, list[str]]:
    out = add_firm(store, "青溪食品有限公司", "城关镇", "C1431",
                   {"月饼": ["GB/T 19855-2023", "GB 2760-2011"], "糕点": ["GB 2760-2014"]})
    out |= add_firm(store, "河口纸业有限公司", "河口镇", "C2231", {"瓦楞纸箱": ["DB42/T 1318-2017"]})
    out |= add_firm(store, "柳林酱菜厂", "柳林乡", "C1371", {"酱菜": ["Q/LLJ 0001S-2024"]})
    return out


def test_a_good_file_is_imported_and_flags_the_products(store: Store, firms: dict[str, list[str]],
                                                         tmp_path: Path) -> None:
    source = workbook(tmp_path / "目录.xlsx", HEADER, GOOD_ROWS)
    done = import_catalogue(store, source)
    assert done.result.ok
    assert done.result.counts == {"rows": 6, "created": 6, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0}
    assert done.implied == 1  # GB/T 19855-2015 from the 代替标准 column
    assert done.result.backup is not None
    assert done.result.backup.exists()
    with store.read() as s:
        entries = {e.normalized: e for e in s.exec(select(CatalogueStandard))}
        assert entries["GB 2760-2014"].number == "GB 2760\u20142014"  # as entered
        assert entries["GB 2760-2014"].replaced_by == "GB 2760-2024"
        assert entries["GB/T 19855-2015"].status == "replaced"
        assert entries["GB/T 19855-2015"].replaced_by == "GB/T 19855-2023"
        assert entries["DB42/T 1318-2017"].withdrawn_on == "2024-06-30"
        flags = {r.normalized: (r.superseded, r.withdrawn, r.replaced_by) for r in s.exec(select(ExecutedStandard))}
        moon = product_standards(s, next(iter(ledger(s, LedgerFilter(search="月饼")))).product_id)
    assert flags["GB 2760-2011"] == (True, False, "GB 2760-2024")  # two links down the chain
    assert flags["GB 2760-2014"] == (True, False, "GB 2760-2024")
    assert flags["DB42/T 1318-2017"] == (False, True, "")
    assert flags["GB/T 19855-2023"] == (False, False, "")
    assert {r.normalized: r.superseded for r in moon} == {"GB 2760-2011": True, "GB/T 19855-2023": False}
    assert done.applied is not None
    assert (done.applied.superseded, done.applied.withdrawn, done.applied.changed) == (2, 1, 3)


def test_bad_rows_are_left_out_and_say_where(store: Store, firms: dict[str, list[str]], tmp_path: Path) -> None:
    rows = [*GOOD_ROWS,
            (7, "食品添加剂", "不是编号", "现行", "", "", "", "", ""),
            (8, "GB 1886.1-2015", "碳酸钠", "有点旧", "", "", "2015-09-22", "", ""),
            (9, "GB 5009.3-2016", "水分测定", "现行", "", "", "2016年13月1日", "", ""),
            (10, "GB 2760-2024", "重复一行", "现行", "", "", "", "", "")]
    done = import_catalogue(store, workbook(tmp_path / "bad.xlsx", HEADER, rows, sheet="国家标准"))
    assert done.result.ok
    assert not done.result.dry_run
    assert done.result.counts["errors"] == 4
    assert done.result.counts["created"] == 6  # the good rows, as a file of only them (see the dry run below)
    with store.read() as s:
        numbers = {c.normalized for c in catalogue.catalogue(s, limit=1000)}
    assert "GB 1886.1-2015" not in numbers  # its status was not readable: never written
    by_row = {p.row: p for p in done.result.problems if p.severity == "error"}
    assert (by_row[8].sheet, by_row[8].column, by_row[8].code) == ("国家标准", "标准编号", "number_format")
    assert "食品添加剂" in by_row[8].message
    assert (by_row[9].column, by_row[9].code) == ("标准状态", "std_status")
    assert (by_row[10].column, by_row[10].code) == ("发布日期", "date_format")
    assert (by_row[11].column, by_row[11].code) == ("标准编号", "duplicate_row")
    assert done.result.rows_not_imported() == [8, 9, 10, 11]


def test_a_dry_run_leaves_the_database_untouched(store: Store, firms: dict[str, list[str]], tmp_path: Path) -> None:
    before = db_state.snapshot(store)
    done = import_catalogue(store, workbook(tmp_path / "目录.xlsx", HEADER, GOOD_ROWS), dry_run=True)
    assert done.result.ok
    assert done.result.dry_run
    assert done.result.counts["created"] == 6
    assert done.applied is None
    assert done.result.backup is None
    assert db_state.snapshot(store) == before


def test_reimport_updates_by_normalized_number_and_unflags(store: Store, firms: dict[str, list[str]],
                                                           tmp_path: Path) -> None:
    import_catalogue(store, workbook(tmp_path / "a.xlsx", HEADER, GOOD_ROWS))
    # the county learns DB42/T 1318-2017 was not withdrawn after all, and retitles GB 4806.7 (spelt differently)
    rows = [(1, "DB 42/T 1318—2017", "", "现行", "", "", "", "", ""),
            (2, "gb 4806.7-16", "食品安全国家标准 食品接触用塑料材料及制品", "", "", "", "", "", "")]
    done = import_catalogue(store, workbook(tmp_path / "b.xlsx", HEADER, rows))
    assert done.result.counts == {"rows": 2, "created": 0, "updated": 2, "unchanged": 0, "warnings": 0, "errors": 0}
    assert done.applied is not None
    assert done.applied.cleared == 1
    with store.read() as s:
        entry = s.exec(select(CatalogueStandard).where(CatalogueStandard.normalized == "GB 4806.7-2016")).one()
        paper = s.exec(select(ExecutedStandard).where(ExecutedStandard.normalized == "DB42/T 1318-2017")).one()
    assert entry.title.startswith("食品安全国家标准")
    assert entry.status == "current"
    assert not paper.withdrawn
    again = import_catalogue(store, workbook(tmp_path / "b.xlsx", HEADER, rows))
    assert again.result.counts["unchanged"] == 2
    assert again.result.backup is None


def test_a_replaced_by_loop_is_refused(store: Store, tmp_path: Path) -> None:
    rows = [(1, "GB 1-2001", "", "被代替", "GB 1-2002", "", "", "", ""),
            (2, "GB 1-2002", "", "被代替", "GB 1-2001", "", "", "", "")]
    done = import_catalogue(store, workbook(tmp_path / "loop.xlsx", HEADER, rows))
    assert done.result.counts["errors"] == 2
    assert done.result.counts["created"] == 0
    codes = {(p.row, p.code) for p in done.result.problems}
    assert codes == {(2, "std_replaced_cycle"), (3, "std_replaced_cycle")}
    assert "GB 1-2001 → GB 1-2002 → GB 1-2001" in done.result.problems[0].message


def test_a_year_less_number_is_a_warning_and_is_imported(store: Store, tmp_path: Path) -> None:
    done = import_catalogue(store, workbook(tmp_path / "w.xlsx", HEADER, [(1, "GB/T 3183", "", "", "", "", "", "",
                                                                            "")]))
    assert done.result.ok
    assert done.result.counts["warnings"] == 1
    assert [p.code for p in done.result.problems] == ["number_no_year"]


def test_the_scan_reads_the_catalogue_and_the_summary_counts_flags(store: Store, firms: dict[str, list[str]],
                                                                   tmp_path: Path) -> None:
    import_catalogue(store, workbook(tmp_path / "a.xlsx", HEADER, GOOD_ROWS))
    with store.read() as s:
        scan = catalogue.superseded_scan(s)
        summary = ledger_summary(s)
        only_q = ledger(s, LedgerFilter(flag="enterprise_only"))
        outdated = ledger(s, LedgerFilter(flag="outdated"))
        chain = catalogue.chain_of(s, "GB 2760-11")
        listed = {r.normalized: r for r in catalogue.catalogue(s)}
    assert (scan.rows, scan.products, scan.enterprises) == (3, 3, 2)
    assert {(ln.number, ln.current, ln.products) for ln in scan.lines} == {
        ("GB 2760-2011", "GB 2760-2024", 1), ("GB 2760-2014", "GB 2760-2024", 1), ("DB42/T 1318-2017", None, 1)}
    assert summary.by_kind == {"GB": 2, "GB/T": 1, "DB": 1, "Q": 1}
    assert (summary.superseded, summary.withdrawn, summary.enterprise_only_products) == (2, 1, 1)
    assert [r.product for r in only_q] == ["酱菜"]
    assert len(outdated) == 3
    assert chain.path == ("GB 2760-2011", "GB 2760-2014", "GB 2760-2024")
    assert listed["GB 2760-2014"].products == 1
    assert listed["GB 2760-2011"].current == "GB 2760-2024"
