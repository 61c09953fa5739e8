"""``letters create | list | sign | print`` and ``assessment show | cutoff | export | report`` follow DESIGN §7."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qsupervise.cli import main
from tests.core import pg


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = main([*args, "--json"])
    out, _err = capsys.readouterr()
    assert out.count("\n") == 1, out
    return code, json.loads(out)


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], new_db: pg.NewDb) -> str:
    path = new_db(tmp_path / "c.db")
    assert main(["init", "--db", path, "--role", "county", "--name", "测试县", "--code", "420999",
                 "--townships", "城关镇,河口镇"]) == 0
    capsys.readouterr()
    return path


def test_create_list_sign_and_show(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, created = run_json(capsys, "letters", "create", "--year", "2026", "--db", db)
    assert (code, created["created"], created["skipped"]) == (0, 2, 0)
    code, again = run_json(capsys, "letters", "create", "--year", "2026", "--db", db)
    assert (again["created"], again["skipped"]) == (0, 2)
    code, listed = run_json(capsys, "letters", "list", "--year", "2026", "--db", db)
    rows = listed["letters"]
    assert isinstance(rows, list)
    assert [r["unit"] for r in rows] == ["城关镇", "河口镇"]
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, signed = run_json(capsys, "letters", "sign", "城关镇", "--year", "2026", "--on", "2026-02-15",
                            "--scan", str(scan), "--db", db)
    assert code == 0
    assert signed["locked"] is True
    assert signed["scan"]
    code, shown = run_json(capsys, "assessment", "show", "--year", "2026", "--as-of", "2026-06-30", "--db", db)
    units = shown["units"]
    assert code == 0
    assert isinstance(units, list)
    assert {u["unit"] for u in units} == {"城关镇", "河口镇"}
    assert all(u["cutoff"] == "2026-06-30" for u in units)
    code, cut = run_json(capsys, "assessment", "cutoff", "2026-05-31", "--year", "2026", "--db", db)
    assert (code, cut["letters"]) == (0, 2)
    code, shown = run_json(capsys, "assessment", "show", "--year", "2026", "--db", db)
    assert all(u["cutoff"] == "2026-05-31" for u in shown["units"])  # type: ignore[union-attr]


def test_refusals(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(capsys, "assessment", "show", "--year", "2020", "--db", db)
    assert code == 1
    assert payload["error"]["code"] == "letter_none_for_year"
    code, payload = run_json(capsys, "letters", "sign", "无此镇", "--year", "2020", "--on", "2020-01-01", "--db", db)
    assert code == 1
    assert payload["error"]["code"] == "letter_unknown"
    assert main(["letters", "sign", "城关镇", "--year", "2026", "--on", "2026/02/15", "--db", db]) == 2
    assert main(["letters", "print", "--year", "2026", "--db", db]) == 2  # no output given
    assert main(["letters", "list", "--year", "2026", "--db", str(tmp_path / "none.db")]) == 1


def test_print_and_export(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letters", "create", "--year", "2026", "--db", db]) == 0
    capsys.readouterr()
    folder = tmp_path / "letters"
    code, printed = run_json(capsys, "letters", "print", "--year", "2026", "--out", str(folder), "--db", db)
    files = printed["files"]
    assert code == 0
    assert printed["letters"] == 2
    assert isinstance(files, list)
    assert len(files) == 2
    assert all(Path(f).read_bytes().startswith(b"%PDF") for f in files)
    code, one = run_json(capsys, "letters", "print", str(tmp_path / "all.pdf"), "--year", "2026",
                         "--unit", "河口镇", "--db", db)
    assert code == 0
    assert one["letters"] == 1
    assert (tmp_path / "all.pdf").exists()
    out = tmp_path / "assessment.xlsx"
    code, exported = run_json(capsys, "assessment", "export", str(out), "--year", "2026", "--as-of", "2026-06-30",
                              "--db", db)
    assert code == 0
    assert exported["units"] == 2
    book = load_workbook(out, read_only=True)
    cells = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c]
    assert "城关镇" in cells
    assert "河口镇" in cells
    code, _report = run_json(capsys, "assessment", "report", "--out", str(tmp_path / "r.pdf"), "--year", "2026",
                            "--db", db)
    assert code == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_prints_and_exports_are_audited(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlmodel import col, select

    from qsupervise.models import AuditEntry
    from qsupervise.store import Store

    assert main(["letters", "create", "--year", "2026", "--db", db]) == 0
    assert main(["letters", "print", str(tmp_path / "letters.pdf"), "--year", "2026", "--db", db]) == 0
    assert main(["assessment", "export", str(tmp_path / "a.xlsx"), "--year", "2026", "--db", db]) == 0
    assert main(["assessment", "report", str(tmp_path / "a.pdf"), "--year", "2026", "--db", db]) == 0
    capsys.readouterr()
    with Store.open(db) as store, store.read() as s:
        entries = s.exec(select(AuditEntry).order_by(col(AuditEntry.seq))).all()
    used = [(e.actor, e.action, e.target, json.loads(e.detail).get("year")) for e in entries
            if e.action.startswith(("print.", "export."))]
    assert used == [
        ("cli", "print.letters", "letters.pdf", 2026),
        ("cli", "export.assessment", "a.xlsx", 2026),
        ("cli", "print.assessment_report", "a.pdf", 2026),
    ]
    assert main(["check-db", "--db", db]) == 0  # the chain holds with the new entries
