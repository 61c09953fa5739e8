"""``import standards-catalogue`` and ``export standards``: one JSON object, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qsupervise.cli import main
from qsupervise.services import standards_projects as projects
from qsupervise.store import Store
from tests.core.standards_data import GOOD_ROWS, HEADER, add_firm, townships, workbook


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.fixture
def db(store: Store) -> str:
    add_firm(store, "青溪食品有限公司", "城关镇", "C1431", {"月饼": ["GB/T 19855-2023", "GB 2760-2011"]})
    with store.session() as s:
        projects.save_project(s, projects.ProjectInput(name="茶叶示范基地", crop="茶叶",
                                                        township_ids=[townships(store)["河口镇"]],
                                                        farms_covered=10, farms_applying=7))
    return str(store.path)


def test_import_dry_run_then_for_real(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = str(workbook(tmp_path / "目录.xlsx", HEADER, GOOD_ROWS))
    code, dry = run(capsys, "import", "standards-catalogue", source, "--dry-run", "--db", db)
    assert code == 0
    assert dry["ok"]
    assert dry["dry_run"]
    assert dry["flags"] is None
    assert dry["counts"] == {"rows": 6, "created": 6, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0}
    code, done = run(capsys, "--db", db, "import", "standards-catalogue", source)
    assert code == 0
    assert done["ok"]
    assert not done["dry_run"]
    assert done["backup"]
    assert done["implied"] == 1
    assert done["flags"] == {"superseded": 1, "withdrawn": 0, "cleared": 0, "changed": 1}


def test_bad_rows_come_back_with_their_problems_and_error_workbook(db: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    source = str(workbook(tmp_path / "bad.xlsx", HEADER, [*GOOD_ROWS, (7, "见附件", "", "", "", "", "", "", "")]))
    errors = tmp_path / "errors.xlsx"
    code, payload = run(capsys, "import", "standards-catalogue", source, "--errors", str(errors), "--db", db)
    assert code == 0  # the good rows were imported; the bad one was not (DESIGN §7)
    assert payload["ok"] is True
    assert payload["counts"]["errors"] == 1  # type: ignore[index]
    assert payload["problems"] == [{"row": 8, "sheet": "目录", "column": "标准编号", "severity": "error",
                                    "code": "number_format", "message": payload["problems"][0]["message"]}]  # type: ignore[index]
    sheet = load_workbook(errors).active
    assert sheet is not None
    assert [c.value for c in sheet[2]][1] == "见附件"
    code, plain = main(["import", "standards-catalogue", source, "--db", db, "--lang", "en"]), capsys.readouterr()
    assert code == 0
    assert "row 8" in plain.out.lower() or "8" in plain.out


def test_export_writes_three_sheets(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "标准化.xlsx"
    code, payload = run(capsys, "export", "standards", "--out", str(out), "--db", db)
    assert code == 0
    assert payload == {"ok": True, "out": str(out.absolute()), "standards": 2, "rates": 5,
                                     "projects": 1}
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["执行标准库", "采标率", "农业标准化示范项目"]
    projects_sheet = list(book["农业标准化示范项目"].values)
    assert projects_sheet[1][0] == "茶叶示范基地"
    assert projects_sheet[1][9] == 70.0
    code, only_q = run(capsys, "export", "standards", str(out), "--kind", "Q", "--db", db)
    assert code == 0
    assert only_q["standards"] == 0


def test_usage_errors_exit_2(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "standards", "--db", db]) == 2  # no output file
    with pytest.raises(SystemExit) as bad_kind:
        main(["export", "standards", str(tmp_path / "x.xlsx"), "--kind", "ISO", "--db", db])
    assert bad_kind.value.code == 2
    with pytest.raises(SystemExit) as no_file:
        main(["import", "standards-catalogue", "--db", db])
    assert no_file.value.code == 2
    capsys.readouterr()


def test_the_registry_verbs_still_work(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run(capsys, "export", "enterprises", str(tmp_path / "e.xlsx"), "--db", db)
    assert code == 0
    assert payload["rows"] == 1
