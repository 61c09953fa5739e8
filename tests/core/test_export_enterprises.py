"""Exporting the register, reading it back unchanged, and both directions from the command line."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from qsupervise.cli import main
from qsupervise.demo import generate
from qsupervise.documents.enterprise_export import HEADERS, export_enterprises, mask_name, mask_phone
from qsupervise.documents.enterprise_import import import_enterprises
from qsupervise.errors import KnownError
from qsupervise.rules.uscc import make_code
from qsupervise.services import checks, org
from qsupervise.services.registry import Query
from qsupervise.store import Store
from tests.core import db_state
from tests.core.cli_tools import run_json


def code(n: int) -> str:
    return make_code(authority="9", kind="1", region="420999", org8=f"MB{n:06d}")


def changes(store: Store) -> int:
    return db_state.count(store, "change_log")


@pytest.fixture
def demo(store: Store) -> Store:
    generate(store, enterprises=600, seed=3)
    return store


def test_export_then_import_changes_nothing(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "名录.xlsx"
    assert export_enterprises(demo, out, today=date(2026, 11, 24)) == 600
    book = openpyxl.load_workbook(out, read_only=True)
    sheet = book.active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "测试县企业名录（导出于 2026-11-24）"
    assert tuple(rows[1]) == HEADERS
    assert all(v is None or isinstance(v, str) for v in rows[2])  # codes and dates stay text in Excel
    assert rows[2][1].startswith("9")
    book.close()
    full = openpyxl.load_workbook(out)
    assert full.active is not None
    assert full.active.freeze_panes == "A3"
    before = changes(demo)
    result = import_enterprises(demo, out)
    assert result.counts == {"rows": 600, "created": 0, "updated": 0, "unchanged": 600, "warnings": 0, "errors": 0}
    assert result.problems == []
    assert changes(demo) == before


def test_csv_export_has_a_bom_and_reads_back(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "名录.csv"
    with demo.read() as s:
        town = org.resolve(s, "城关镇").id
    written = export_enterprises(demo, out, query=Query(township_id=town))
    assert 0 < written < 600
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == HEADERS
    assert len(rows) == written + 1
    assert {r[2] for r in rows[1:]} == {"城关镇"}
    before = changes(demo)
    assert import_enterprises(demo, out).counts["unchanged"] == written
    assert changes(demo) == before


def test_masking_personal_data(demo: Store, tmp_path: Path) -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0719-1234567") == "071*****4567"
    assert mask_phone("12345") == "1****"
    assert mask_name("张三丰") == "张**"
    assert mask_name("李") == "李*"
    plain, masked = tmp_path / "plain.csv", tmp_path / "masked.csv"
    export_enterprises(demo, plain)
    export_enterprises(demo, masked, mask_personal=True)
    read = [list(csv.DictReader(io.StringIO(p.read_text(encoding="utf-8-sig")))) for p in (plain, masked)]
    for a, b in zip(*read, strict=True):
        assert b["联系电话"] == mask_phone(a["联系电话"])
        assert b["法定代表人"] == mask_name(a["法定代表人"])
        assert b["企业名称"] == a["企业名称"]
        assert b["统一社会信用代码"] == a["统一社会信用代码"]
    before = changes(demo)
    result = import_enterprises(demo, masked)  # a masked list read back never overwrites the real values
    assert result.counts["updated"] == 0
    assert changes(demo) == before


def test_cancelled_export_leaves_no_file(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"the previous export")
    with pytest.raises(KnownError) as caught:
        export_enterprises(demo, out, cancel=lambda: True)
    assert caught.value.code == "cancelled"
    assert out.read_bytes() == b"the previous export"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x-")]  # no half-written temporary file


# -- command line -------------------------------------------------------------------------


def write_list(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["企业名称", "统一社会信用代码", "所属乡镇"])
    sheet.append(["甲公司", code(1), "城关镇"])
    bad = code(2)[:-1] + ("1" if code(2)[-1] != "1" else "2")
    sheet.append(["乙公司", bad, "河口镇"])
    sheet.append(["丙公司", "12345", "柳林乡"])
    book.save(path)
    return path


def test_cli_import_json_shape_and_exit_codes(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_state.address(store)
    path = write_list(tmp_path / "list.xlsx")
    status, payload = run_json(capsys, "import", "enterprises", str(path), "--dry-run", "--db", db)
    assert status == 0
    assert list(payload) == ["ok", "dry_run", "counts", "problems", "backup"]
    assert payload["dry_run"] is True
    assert payload["backup"] is None
    assert payload["counts"] == {"rows": 3, "created": 2, "updated": 0, "unchanged": 0, "warnings": 1, "errors": 1}
    assert payload["problems"][0] == {
        "row": 3, "sheet": "Sheet", "column": "统一社会信用代码", "severity": "warning", "code": "uscc_checksum",
        "message": payload["problems"][0]["message"],
    }
    assert "list.xlsx row 3" in payload["problems"][0]["message"]
    assert payload["problems"][1]["code"] == "uscc_length"
    errors = tmp_path / "errors.xlsx"
    status, payload = run_json(capsys, "--db", db, "import", "enterprises", str(path), "--errors", str(errors))
    assert status == 0
    assert payload["dry_run"] is False
    assert Path(payload["backup"]).exists()
    assert errors.exists()
    with store.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM enterprise").scalar() == 2
    assert checks.check(store).ok

    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(bytes(range(256)) * 10)
    before = changes(store)
    status, payload = run_json(capsys, "import", "enterprises", str(garbage), "--db", db)
    assert status == 1
    assert payload["ok"] is False
    assert payload["error"]["code"] == "file_unreadable"
    assert changes(store) == before
    with pytest.raises(SystemExit) as usage:
        main(["import", "enterprises", "--db", db])  # no file
    assert usage.value.code == 2
    capsys.readouterr()


def test_cli_import_summary_in_chinese_and_english(store: Store, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = db_state.address(store)
    path = write_list(tmp_path / "list.xlsx")
    assert main(["import", "enterprises", str(path), "--db", db, "--dry-run", "--skip-warnings"]) == 0
    out, _err = capsys.readouterr()
    assert "list.xlsx：共 3 行；新增 1" in out
    assert "第 4 行【统一社会信用代码】错误" in out
    assert "试运行" in out
    assert main(["import", "enterprises", str(path), "--db", db, "--lang", "en"]) == 0
    out, _err = capsys.readouterr()
    assert "list.xlsx: 3 rows; 2 created" in out
    assert "Row 4 [统一社会信用代码] error" in out
    assert "Backed up" in out
    header_only = tmp_path / "empty.csv"
    header_only.write_text("", encoding="utf-8")
    assert main(["import", "enterprises", str(header_only), "--db", db]) == 1
    _out, err = capsys.readouterr()
    assert "empty.csv" in err


def test_cli_export(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_state.address(store)
    import_enterprises(store, write_list(tmp_path / "list.xlsx"))
    status, payload = run_json(capsys, "export", "enterprises", str(tmp_path / "a.xlsx"), "--db", db)
    assert (status, payload["rows"]) == (0, 2)
    status, payload = run_json(capsys, "export", "enterprises", "--out", str(tmp_path / "b.csv"), "--township",
                               "河口镇", "--mask-personal", "--db", db)
    assert (status, payload["rows"], payload["masked"]) == (0, 1, True)
    status, payload = run_json(capsys, "export", "enterprises", "--search", "甲", "--out", str(tmp_path / "c.csv"),
                               "--db", db)
    assert payload["rows"] == 1
    assert main(["export", "enterprises", "--db", db]) == 2
    status, payload = run_json(capsys, "export", "enterprises", str(tmp_path / "d.csv"), "--township", "无此镇",
                               "--db", db)
    assert status == 1
    assert payload["error"]["code"] == "org_not_found"
