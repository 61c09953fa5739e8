"""Published spot-check result tables going out: the export read back, the error workbook, the command line."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest

from qsupervise.cli import main
from qsupervise.documents.error_workbook import write_errors
from qsupervise.documents.spotcheck_export import HEADERS, export_spotchecks
from qsupervise.documents.spotcheck_import import import_spotchecks
from qsupervise.documents.spotcheck_rows import import_key
from qsupervise.errors import KnownError
from qsupervise.models import SpotCheck
from qsupervise.services import checks, spotcheck_plans
from qsupervise.store import Store
from tests.core import db_state
from tests.core.cli_tools import run_json
from tests.core.db_state import count, snapshot
from tests.core.spotcheck_table_files import (
    code,
    messy,
    problems,
    register,
    rows_of,
    sample_results,
)


def test_export_then_import_changes_nothing_and_links_again_in_a_fresh_database(
    store: Store, template_db: Path, tmp_path: Path
) -> None:
    enterprises = (("甲食品有限公司", code(1), "城关镇"), ("乙（湖北）粮油有限公司", None, "河口镇"))
    register(store, *enterprises)
    import_spotchecks(store, sample_results(tmp_path / "in.xlsx"))
    with store.session() as s:  # a result entered by hand, a sample without a result: not in the announcement
        plan = spotcheck_plans.by_no(s, "导入：in")
        s.add(SpotCheck(plan_id=plan.id, unit_name="己店", product="醋", sampled_on="2024-04-01", verdict="pass",
                        sampling="sampled"))
        s.add(SpotCheck(plan_id=plan.id, unit_name="庚店", product="盐"))
    out = tmp_path / "公告.xlsx"
    assert export_spotchecks(store, out) == 4
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "测试县产品质量监督抽查结果"
    assert tuple(values[1]) == HEADERS
    assert values[2] == [1, "甲食品有限公司", "城关镇", "甲食品有限公司", "面粉", "金龙", "25kg", "2024-01-02/B123",
                         "2024-03-05", "GB/T 1355-2021", "合格", "/", "某检验所", code(1)]  # the linked unit's code
    assert [r[10] for r in values[2:]] == ["合格", "不合格", "严重不合格", "合格"]
    assert values[4][13] == code(9)  # unlinked: the code as published

    before = count(store, "change_log")
    again = import_spotchecks(store, out)
    assert again.counts == {"rows": 4, "created": 0, "updated": 0, "unchanged": 4, "warnings": 3, "errors": 0}
    assert count(store, "change_log") == before
    as_csv = tmp_path / "公告.csv"
    assert export_spotchecks(store, as_csv, year=2024) == 3
    assert as_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    with as_csv.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert tuple(lines[0]) == HEADERS
    assert len(lines) == 4
    assert import_spotchecks(store, as_csv).counts["unchanged"] == 3
    assert export_spotchecks(store, tmp_path / "plan.xlsx", plan_no="导入：in", year=2023) == 1
    with pytest.raises(KnownError) as unknown:
        export_spotchecks(store, tmp_path / "x.xlsx", plan_no="无此计划")
    assert unknown.value.code == "plan_unknown"

    fresh_path = tmp_path / "fresh" / "county.db"
    fresh_path.parent.mkdir()
    shutil.copy(template_db, fresh_path)
    with Store.open(fresh_path) as fresh:
        ids = register(fresh, *enterprises)
        result = import_spotchecks(fresh, out)
        assert result.counts["created"] == 4
        rows = rows_of(fresh)
        assert (rows["面粉"]["enterprise_id"], rows["面粉"]["producer_id"]) == (ids["甲食品有限公司"],) * 2
        assert rows["菜籽油"]["enterprise_id"] == ids["乙（湖北）粮油有限公司"]
        assert rows["白酒"]["uscc"] == code(9)
        assert export_spotchecks(fresh, tmp_path / "fresh.xlsx") == 4
        with store.read() as s:
            original = s.connection().exec_driver_sql("SELECT import_key FROM spot_check WHERE verdict IS NOT NULL "
                                                      "AND import_key IS NOT NULL").scalars().all()
        assert set(original) <= {r["import_key"] for r in rows.values()}


def test_the_import_key_ignores_how_a_name_is_written() -> None:
    assert import_key("乙（湖北） 粮油有限公司", "", "菜籽油", "5L", "", "2024-03-06", "") == import_key(
        "乙(湖北)粮油有限公司", "", "菜籽油", "5l", "", "2024-03-06", "")
    assert import_key("甲", "", "面粉", "", "", None, "") != import_key("甲", "", "面粉", "", "", "2024-03-05", "")


def test_the_error_workbook_is_a_table_the_importer_reads(store: Store, tmp_path: Path) -> None:
    result = import_spotchecks(store, messy(tmp_path / "messy.xlsx"))
    errors = tmp_path / "errors.xlsx"
    assert write_errors(result, errors) == 4
    again = import_spotchecks(store, errors, dry_run=True)
    # as they are: the duplicate of row 5 is the sample row 5 made (its blank code cell erases nothing),
    # the others are still wrong
    assert [(r, c) for r, _col, severity, c in problems(again) if severity == "error"] == [
        (2, "verdict_unknown"), (3, "missing_field"), (4, "missing_field")]
    assert again.counts == {"rows": 4, "created": 0, "updated": 0, "unchanged": 1, "warnings": 1, "errors": 3}


def test_every_problem_has_a_message_in_both_languages(store: Store, tmp_path: Path) -> None:
    path = messy(tmp_path / "messy.xlsx")
    for lang in ("zh", "en"):
        result = import_spotchecks(store, path, dry_run=True, lang=lang)
        for p in result.problems:
            assert p.message, p
            assert p.code not in p.message, p
            assert "spotcheck_" not in p.message, p
    assert "unit" in import_spotchecks(store, path, dry_run=True, lang="en").problems[0].message


def test_cli_import_and_export(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_state.address(store)
    register(store, ("甲食品有限公司", code(1), "城关镇"))
    path = messy(tmp_path / "messy.xlsx")
    status, payload = run_json(capsys, "import", "spotchecks", str(path), "--dry-run", "--db", db)
    assert status == 0
    assert list(payload) == ["ok", "dry_run", "counts", "problems", "backup"]
    assert (payload["ok"], payload["dry_run"], payload["backup"]) == (True, True, None)
    assert payload["counts"] == {"rows": 10, "created": 6, "updated": 0, "unchanged": 0, "warnings": 5, "errors": 4}
    assert payload["problems"][0] == {"row": 6, "sheet": "Sheet", "column": "标称生产者", "severity": "warning",
                                      "code": "unlinked_enterprise", "message": payload["problems"][0]["message"]}
    errors = tmp_path / "errors.xlsx"
    status, payload = run_json(capsys, "--db", db, "import", "spotchecks", str(path), "--errors", str(errors),
                               "--skip-warnings")
    assert status == 0
    assert payload["counts"]["created"] == 1
    assert Path(payload["backup"]).exists()
    assert errors.exists()
    assert checks.check(store).ok

    before = snapshot(store)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(bytes(range(256)) * 10)
    status, payload = run_json(capsys, "import", "spotchecks", str(garbage), "--db", db)
    assert (status, payload["ok"], payload["error"]["code"]) == (1, False, "file_unreadable")
    status, payload = run_json(capsys, "import", "spotchecks", str(path), "--plan", "无此计划", "--db", db)
    assert (status, payload["error"]["code"], payload["error"]["plan"]) == (1, "plan_unknown", "无此计划")
    assert snapshot(store) == before
    with pytest.raises(SystemExit) as usage:
        main(["import", "spotchecks", "--db", db])  # no file
    assert usage.value.code == 2
    capsys.readouterr()

    assert main(["import", "spotchecks", str(path), "--db", db, "--dry-run"]) == 0
    out, _err = capsys.readouterr()
    assert "messy.xlsx：共 10 行；新增 5，更新 0，未变 1" in out
    assert "第 9 行【检验结论】错误：检验结论“待定”认不出" in out
    assert "试运行" in out

    status, payload = run_json(capsys, "export", "spotchecks", str(tmp_path / "a.xlsx"), "--db", db)
    assert (status, payload) == (0, {"ok": True, "out": str((tmp_path / "a.xlsx").absolute()), "rows": 1})
    status, payload = run_json(capsys, "export", "spotchecks", "--out", str(tmp_path / "b.csv"), "--year", "2023",
                               "--db", db)
    assert (status, payload["rows"]) == (0, 0)
    status, payload = run_json(capsys, "export", "spotchecks", str(tmp_path / "c.xlsx"), "--plan", "无此计划",
                               "--db", db)
    assert (status, payload["error"]["code"]) == (1, "plan_unknown")
    assert main(["export", "spotchecks", "--db", db]) == 2
    capsys.readouterr()
    assert main(["export", "spotchecks", str(tmp_path / "d.xlsx"), "--db", db, "--lang", "en"]) == 0
    out, _err = capsys.readouterr()
    assert "Exported 1 spot-check results" in out
