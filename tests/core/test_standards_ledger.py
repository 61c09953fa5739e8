"""The ledger's fast queries (walking enterprises in order, a search starting from the products it reaches, counts
from the standards' own table, the summary from the products' tallies) give what the plain join-and-sort did."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text, update

from qsupervise.documents.catalogue_import import import_catalogue
from qsupervise.models import Enterprise, Product, utcnow
from qsupervise.rules import standards as rules
from qsupervise.services import standards_adoption as adoption
from qsupervise.services import standards_ledger
from qsupervise.services.standards_ledger import LedgerFilter, ledger, ledger_count, ledger_summary
from qsupervise.store import Store
from tests.core.standards_data import GOOD_ROWS, HEADER, add_firm, townships, workbook

# The ledger as first written: every standard of a live product of a live enterprise, joined and sorted whole.
PLAIN = """SELECT s.id, s.normalized, s.kind, s.superseded, s.withdrawn, s.adopts_international, s.product_id,
        p.enterprise_id,
        NOT EXISTS (SELECT 1 FROM executed_standard o WHERE o.product_id = s.product_id AND o.kind != 'enterprise')
    FROM executed_standard s JOIN product p ON p.id = s.product_id JOIN enterprise e ON e.id = p.enterprise_id
    WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND {where}
    ORDER BY e.search_key, e.id, p.name, p.id, s.normalized"""
KINDS = {"GB": "s.kind = 'national' AND s.normalized LIKE 'GB %'",
         "GB/T": "s.kind = 'national' AND NOT s.normalized LIKE 'GB %'", "industry": "s.kind = 'industry'",
         "DB": "s.kind = 'local'", "T": "s.kind = 'group'", "Q": "s.kind = 'enterprise'",
         "other": "s.kind NOT IN ('national', 'industry', 'local', 'group', 'enterprise')"}
FLAGS = {"superseded": "s.superseded", "withdrawn": "s.withdrawn",  # flags as booleans: SQL both engines read
         "outdated": "(s.superseded OR s.withdrawn)", "adopting": "s.adopts_international",
         "enterprise_only": "s.kind = 'enterprise' AND NOT EXISTS (SELECT 1 FROM executed_standard o "
                            "WHERE o.product_id = s.product_id AND o.kind != 'enterprise')"}


def plain_where(f: LedgerFilter) -> tuple[str, dict[str, Any]]:
    where, params = ["1 = 1"], {}
    if f.kind:
        where.append(KINDS[f.kind])
    if f.flag:
        where.append(FLAGS[f.flag])
    if f.township_id:
        where.append("e.township_id = :town")
        params["town"] = f.township_id
    if f.industry:
        where.append("e.industry_code LIKE :industry")
        params["industry"] = f.industry + "%"
    if f.search:
        parsed = rules.parse(f.search)
        where.append("(s.normalized LIKE :number OR p.name LIKE :text OR e.name LIKE :text)")
        params |= {"number": f"%{parsed.normalized if parsed else f.search.upper()}%", "text": f"%{f.search}%"}
    return " AND ".join(where), params


def plain(store: Store, f: LedgerFilter) -> list[Any]:
    where, params = plain_where(f)
    with store.read() as s:
        return list(s.connection().execute(text(PLAIN.format(where=where)), params))


def plain_summary(rows: list[Any]) -> tuple[Any, ...]:
    kinds = Counter(rules.ledger_kind(r[1], r[2]) for r in rows)
    return (len(rows), len({r[6] for r in rows}), len({r[7] for r in rows}), dict(kinds),
            sum(1 for r in rows if r[3]), sum(1 for r in rows if r[4]),
            len({r[6] for r in rows if r[2] == "enterprise" and r[8]}), len({r[6] for r in rows if r[5]}))


@pytest.fixture
def county(store: Store, tmp_path: Path) -> Store:
    """Four townships' worth of firms, the catalogue applied, two adoptions, a removed product and a removed firm."""
    ids = add_firm(store, "青溪食品有限公司", "城关镇", "C1431",
                   {"月饼": ["GB/T 19855-2023", "GB 2760-2011"], "糕点": ["GB 2760-2014", "Q/QXSP 0002S-2023"]})
    ids |= add_firm(store, "河口纸业有限公司", "河口镇", "C2231", {"瓦楞纸箱": ["DB42/T 1318-2017", "T/CPA 001-2020"]})
    ids |= add_firm(store, "柳林酱菜厂", "柳林乡", "C1371", {"酱菜": ["Q/LLJ 0001S-2024"], "腐乳": ["SB/T 10170-2007"]})
    ids |= add_firm(store, "甲食品厂", "城关镇", "C1431", {"月饼礼盒": ["GB/T 19855-2023", "GB 4806.7-2016"],
                                                      "散装月饼": ["企业自定"]})
    ids |= add_firm(store, "已停产纸厂", "河口镇", "C2231", {"纸板": ["GB/T 6544-2008"]})
    ids |= add_firm(store, "乙电器", "柳林乡", "C3874", {"灯具": ["GB 7000.1-2015"], "旧灯具": ["GB 7000.1-2015"]})
    import_catalogue(store, workbook(tmp_path / "目录.xlsx", HEADER, GOOD_ROWS))
    with store.session() as s:
        adoption.set_adoption(s, ids["灯具"][0], degree="IDT", number="IEC 60598-1:2014")
        adoption.set_adoption(s, ids["月饼礼盒"][1], degree="MOD", number="ISO 22000:2018")
        now = utcnow()
        s.exec(update(Product).where(Product.name == "旧灯具").values(deleted_at=now))  # type: ignore[call-overload]
        s.exec(update(Enterprise).where(Enterprise.name == "已停产纸厂")  # type: ignore[call-overload]
               .values(deleted_at=now))
    return store


def filters(store: Store) -> list[LedgerFilter]:
    town = townships(store)
    return [LedgerFilter(), *(LedgerFilter(kind=k) for k in KINDS), *(LedgerFilter(flag=f) for f in FLAGS),
            LedgerFilter(township_id=town["城关镇"]), LedgerFilter(industry="C14"), LedgerFilter(industry="C2231"),
            LedgerFilter(township_id=town["城关镇"], flag="superseded"), LedgerFilter(kind="GB", industry="C14"),
            LedgerFilter(search="月饼"), LedgerFilter(search="GB 2760"), LedgerFilter(search="纸业"),
            LedgerFilter(search="19855"), LedgerFilter(search="没有这个"), LedgerFilter(search="食品", kind="Q"),
            LedgerFilter(search="月饼", township_id=town["柳林乡"])]


@pytest.mark.parametrize("few", [20_000, 1])
def test_every_filter_gives_the_rows_and_counts_of_the_plain_query(county: Store, few: int,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(standards_ledger, "FEW", few)  # 1: searches reaching more products walk the ledger
    for f in filters(county):
        expected = plain(county, f)
        with county.read() as s:
            rows = ledger(s, f)
            page = ledger(s, f, limit=2, offset=1)
            summary = ledger_summary(s, f)
            assert ledger_count(s, f) == len(expected), f
            assert ledger_count(s, f, cap=2) == min(len(expected), 3), f
        assert [r.standard_id for r in rows] == [r[0] for r in expected], f
        assert [r.standard_id for r in page] == [r[0] for r in expected[1:3]], f
        assert [r.enterprise_only for r in rows] == [bool(r[8]) for r in expected], f
        got = (summary.standards, summary.products, summary.enterprises, summary.by_kind, summary.superseded,
               summary.withdrawn, summary.enterprise_only_products, summary.adopting_products)
        assert got == plain_summary(expected), f


def test_the_fixture_covers_what_the_filters_tell_apart(county: Store) -> None:
    """Not an empty comparison: each flag, kind and removal is present."""
    everything = plain(county, LedgerFilter())
    with county.read() as s:
        summary = ledger_summary(s)
        shown = {r.product for r in ledger(s)}
    assert summary.by_kind == {"GB": 4, "GB/T": 2, "industry": 1, "DB": 1, "T": 1, "Q": 2, "other": 1}
    assert (summary.superseded, summary.withdrawn, summary.enterprise_only_products, summary.adopting_products) == (
        2, 1, 1, 2)
    assert (summary.products, summary.enterprises) == (len({r[6] for r in everything}), 5)
    assert "旧灯具" not in shown
    assert "纸板" not in shown


def test_a_search_also_finds_the_enterprise_by_pinyin_initials_like_the_registry(county: Store) -> None:
    with county.read() as s:
        found = ledger(s, LedgerFilter(search="llj"))  # 柳林酱菜厂
        products = {r.product for r in found}
        assert ledger_count(s, LedgerFilter(search="llj")) == len(found)
    assert {"酱菜", "腐乳"} <= products
    assert all(r.enterprise == "柳林酱菜厂" or "LLJ" in r.normalized for r in found)


def test_one_products_standards_and_a_late_page(county: Store) -> None:
    expected = plain(county, LedgerFilter())
    with county.read() as s:
        mooncake = next(r for r in ledger(s) if r.product == "月饼")
        mine = standards_ledger.product_standards(s, mooncake.product_id)
        beyond = ledger(s, LedgerFilter(), limit=5, offset=len(expected))
    assert sorted(r.normalized for r in mine) == ["GB 2760-2011", "GB/T 19855-2023"]
    assert beyond == []
