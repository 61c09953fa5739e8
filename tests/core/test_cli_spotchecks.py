"""``plan``, ``draw`` and ``inspector`` follow DESIGN §7: --json, exit codes, reproducible draws."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qsupervise.cli import main
from tests.core import db_state, pg
from tests.core.cli_tools import run_json


def _demo(path: str) -> None:
    assert main(["demo", "--db", path, "--enterprises", "300", "--seed", "3"]) == 0
    for name in ("张三", "李四", "王五"):
        assert main(["inspector", "add", name, "--unit", "县局", "--db", path]) == 0


@pytest.fixture(scope="module")
def demo_county(build_county: pg.Build) -> pg.Built:
    return build_county(_demo, initialised=False)


@pytest.fixture
def db(demo_county: pg.Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[str]:
    with demo_county.copy(tmp_path) as path:
        capsys.readouterr()
        yield path


def test_plan_draw_verify_publish(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(capsys, "plan", "add", "--no", "2026-01", "--level", "县", "--year", "2026",
                             "--category", "食品", "--count", "12", "--db", db)
    assert code == 0
    assert payload["plan"]["level"] == "county"
    code, first = run_json(capsys, "draw", "--plan", "2026-01", "--seed", "9731", "--as-of", "2026-03-01", "--db", db)
    assert code == 0
    assert first["targets"] == 12
    assert first["number"] == 1
    assert all(len(t["inspectors"]) == 2 for t in first["result"])  # type: ignore[union-attr]
    code, payload = run_json(capsys, "draw", "--plan", "2026-01", "--seed", "1", "--db", db)
    assert code == 1
    assert payload["error"]["code"] == "draw_exists"
    out = tmp_path / "公开名单.xlsx"
    code, checked = run_json(capsys, "draw", "--plan", "2026-01", "--verify", "--out", str(out), "--db", db)
    assert code == 0
    assert checked["verified"] is True
    assert checked["result_hash"] == first["result_hash"]
    sheet = load_workbook(out).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "9731" in values
    assert first["pool_hash"] in values
    assert sum(1 for row in sheet.iter_rows(min_row=4, values_only=True) if isinstance(row[0], int)) == 12


def test_the_same_seed_gives_the_same_draw_in_another_database(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], new_db: pg.NewDb
) -> None:
    results = []
    for n, path in enumerate((db, new_db(tmp_path / "again.db"))):
        if n:
            _demo(path)
            capsys.readouterr()
        run_json(capsys, "plan", "add", "--no", "P", "--year", "2026", "--ratio", "0.05", "--db", path)
        code, payload = run_json(capsys, "draw", "--plan", "P", "--seed", "s", "--db", path)
        assert code == 0
        assert payload["targets"] == -(-int(payload["pool_size"]) * 5 // 100)  # type: ignore[call-overload]
        results.append([t["key"] for t in payload["result"]])  # type: ignore[union-attr]
    assert results[0] == results[1]
    assert results[0]


def test_an_inspector_off_duty_is_not_drawn(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(capsys, "inspector", "deactivate", "张三", "--db", db)
    assert code == 0
    assert payload["inspector"]["active"] is False  # type: ignore[index]
    gone = payload["inspector"]["id"]  # type: ignore[index]
    run_json(capsys, "plan", "add", "--no", "Z", "--year", "2026", "--count", "10", "--db", db)
    code, payload = run_json(capsys, "draw", "--plan", "Z", "--seed", "5", "--db", db)
    assert code == 0
    assert all(gone not in t["inspectors"] for t in payload["result"])  # type: ignore[union-attr]
    code, payload = run_json(capsys, "inspector", "activate", "张三", "--db", db)
    assert payload["inspector"]["active"] is True  # type: ignore[index]
    code, payload = run_json(capsys, "inspector", "deactivate", "无此人", "--db", db)
    assert code == 1


def test_a_plan_pool_of_several_townships(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(capsys, "org", "list", "--db", db)
    towns = [u["name"] for u in payload["units"] if u["kind"] == "township"][:3]  # type: ignore[union-attr]
    code, payload = run_json(capsys, "plan", "add", "--no", "T", "--year", "2026", "--count", "5", "--township",
                             towns[0], towns[1], "--township", towns[2], "--industry", "C13", "C14", "--db", db)
    assert code == 0
    pool = payload["plan"]["pool"]  # type: ignore[index]
    assert len(pool["townships"]) == 3
    assert pool["industries"] == ["C13", "C14"]
    code, payload = run_json(capsys, "plan", "add", "--no", "U", "--year", "2026", "--count", "5", "--township",
                             "没有这个镇", "--db", db)
    assert code == 1


def test_redraw_needs_a_reason_and_bad_input_is_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_json(capsys, "plan", "add", "--no", "P", "--year", "2026", "--count", "3", "--db", db)
    run_json(capsys, "draw", "--plan", "P", "--seed", "1", "--db", db)
    code, payload = run_json(capsys, "draw", "--plan", "P", "--seed", "2", "--redraw", "--db", db)
    assert code == 1
    assert payload["error"]["code"] == "draw_needs_reason"
    code, payload = run_json(capsys, "draw", "--plan", "P", "--seed", "2", "--redraw", "--reason", "种子有误",
                             "--db", db)
    assert code == 0
    assert payload["number"] == 2
    assert payload["reason"] == "种子有误"
    code, payload = run_json(capsys, "draw", "--plan", "NOPE", "--seed", "2", "--db", db)
    assert code == 1
    assert payload["error"]["code"] == "plan_unknown"
    code, payload = run_json(capsys, "plan", "add", "--no", "Q", "--year", "2026", "--ratio", "2", "--db", db)
    assert code == 1
    assert payload["error"]["code"] == "plan_bad_ratio"
    assert main(["draw", "--plan", "P", "--db", db]) == 2  # nothing asked of it: usage error
    code, payload = run_json(capsys, "draw", "--plan", "P", "--seed", "3", "--redraw", "--reason", "x", "--as-of",
                             "2026-02-30", "--db", db)
    assert code == 2
    assert payload["error"]["code"] == "date_format"  # type: ignore[index]
    code, payload = run_json(capsys, "plan", "list", "--db", db)
    listed = {p["plan_no"]: p for p in payload["plans"]}  # type: ignore[union-attr]
    assert listed["P"]["samples"] == 3
    assert listed["P"]["status"] == "drawn"


def test_forms_are_printed_by_sample_number(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db_state.plain(db) as engine:
        sample_no = db_state.select_tuples(engine, "SELECT sample_no FROM spot_check WHERE verdict IN "
                                           "('fail', 'serious_fail') ORDER BY sample_no LIMIT 1")[0][0]
    for kind in ("sampling", "notice", "correction"):
        out = tmp_path / f"{kind}.pdf"
        code, payload = run_json(capsys, "form", kind, "--check", sample_no, str(out), "--db", db)
        assert code == 0
        assert out.read_bytes().startswith(b"%PDF")
        assert b"/FontFile2" in out.read_bytes()  # the Chinese font is embedded
    code, payload = run_json(capsys, "form", "notice", "--check", "NO-SUCH", str(tmp_path / "x.pdf"), "--db", db)
    assert code == 1
    assert payload["error"]["code"] == "spotcheck_unknown"  # type: ignore[index]
    assert not (tmp_path / "x.pdf").exists()
