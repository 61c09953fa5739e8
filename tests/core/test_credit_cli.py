"""``credit`` commands (DESIGN §7: one JSON object, exit 0/1/2, no prompts) and the credit report PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from qsupervise.cli import main
from qsupervise.documents import pdf_fonts
from tests.core import db_state, pg
from tests.core.cli_tools import run_json


@pytest.fixture(autouse=True)
def bundled_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(pdf_fonts.ENV_FONT, str(pdf_fonts.bundled_dir() / "wqy-microhei.ttc"))
    pdf_fonts.reset()
    yield
    pdf_fonts.reset()


@pytest.fixture(scope="module")
def demo_county(build_county: pg.Build) -> pg.Built:
    return build_county(lambda path: main(["demo", "--db", path, "--enterprises", "300", "--seed", "4"]),
                        initialised=False)


@pytest.fixture
def db(demo_county: pg.Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[str]:
    with demo_county.copy(tmp_path) as path:
        capsys.readouterr()
        yield path


def a_clean_code(db: str) -> tuple[str, str]:
    """(credit code, name) of an active enterprise with no grade row, no list entry and no penalty."""
    with db_state.plain(db) as engine:
        row = db_state.select_tuples(
            engine,
            "SELECT uscc, name FROM enterprise e WHERE uscc IS NOT NULL AND status = 'active' AND deleted_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM credit_grade g WHERE g.enterprise_id = e.id) "
            "AND NOT EXISTS (SELECT 1 FROM credit_list_entry l WHERE l.enterprise_id = e.id) "
            "AND NOT EXISTS (SELECT 1 FROM penalty p WHERE p.enterprise_id = e.id) ORDER BY id LIMIT 1")[0]
    return row[0], row[1]


def test_recompute_show_penalty_override(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(capsys, "credit", "recompute", "--as-of", "2026-06-30", "--db", db)
    assert code == 0
    assert payload["ok"]
    assert payload["enterprises"] == 300
    assert payload["written"] == 0
    assert sum(payload["grades"].values()) == 300
    uscc, name = a_clean_code(db)
    code, shown = run_json(capsys, "credit", "show", uscc, "--db", db)
    assert code == 0
    assert (shown["grade"], shown["score"], shown["recorded"], shown["history"]) == ("A", 100, False, [])
    assert shown["enterprise"]["name"] == name
    code, added = run_json(capsys, "credit", "penalty", uscc, "--on", "2026-05-01", "--document", "测罚〔2026〕9号",
                           "--amount", "40,000.00", "--summary", "生产不合格产品", "--db", db)
    assert code == 0
    assert (added["amount_fen"], added["grade"]) == (4_000_000, "A")
    code, shown = run_json(capsys, "credit", "show", uscc, "--db", db)
    assert (shown["score"], shown["recorded"], len(shown["history"])) == (90, True, 1)
    assert any(r["rule"] == "penalty" and "测罚〔2026〕9号" in r["text"] for r in shown["reasons"])
    assert shown["penalties"][0]["amount_fen"] == 4_000_000
    code, error = run_json(capsys, "credit", "override", uscc, "--grade", "B", "--reason", " ", "--db", db)
    assert code == 1
    assert error["error"]["code"] == "credit_override_reason"
    code, done = run_json(capsys, "credit", "override", uscc, "--grade", "B", "--reason", "复核", "--db", db)
    assert code == 0
    assert (done["grade"], done["computed_grade"], done["override_reason"]) == ("B", "A", "复核")
    code, shown = run_json(capsys, "credit", "show", uscc, "--db", db)
    assert [h["grade"] for h in shown["history"]] == ["B", "A"]
    code, done = run_json(capsys, "credit", "override", uscc, "--clear", "--db", db)
    assert code == 0
    assert done["grade"] == "A"
    assert main(["credit", "show", uscc, "--lang", "en", "--db", db]) == 0
    assert "Administrative penalties" in capsys.readouterr().out


def test_lists_and_errors(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uscc, _name = a_clean_code(db)
    code, added = run_json(capsys, "credit", "list-add", uscc, "--list", "serious_dishonest", "--on", "2026-01-05",
                           "--authority", "测试县市场监督管理局", "--document", "测市监失〔2026〕1号", "--db", db)
    assert code == 0
    assert added["grade"] == "D"
    code, error = run_json(capsys, "credit", "override", uscc, "--grade", "A", "--reason", "x", "--db", db)
    assert code == 1
    assert error["error"]["code"] == "credit_override_listed"
    code, removed = run_json(capsys, "credit", "list-remove", uscc, "--list", "serious_dishonest", "--on",
                             "2026-02-01", "--db", db)
    assert code == 0
    assert removed["grade"] == "A"
    assert removed["entry_id"] == added["entry_id"]
    code, error = run_json(capsys, "credit", "list-remove", uscc, "--list", "serious_dishonest", "--on",
                           "2026-02-01", "--db", db)
    assert code == 1
    assert error["error"]["code"] == "credit_list_none"
    code, shown = run_json(capsys, "credit", "show", uscc, "--db", db)
    assert shown["lists"][0]["removed_on"] == "2026-02-01"
    code, error = run_json(capsys, "credit", "show", "91000000000000000X", "--db", db)
    assert code == 1
    assert error["error"]["code"] == "enterprise_not_found"
    code, error = run_json(capsys, "credit", "penalty", uscc, "--on", "2026-05-01", "--document", "X", "--amount",
                           "很多", "--db", db)
    assert code == 1
    assert error["error"]["code"] == "credit_bad_amount"
    code, error = run_json(capsys, "credit", "rule", "grade_b", "--points", "95", "--db", db)
    assert code == 1
    assert error["error"]["code"] == "credit_rule_order"
    code, changed = run_json(capsys, "credit", "rule", "penalty", "--points", "-15", "--db", db)
    assert code == 0
    assert changed["rule"]["points"] == -15
    code, listed = run_json(capsys, "credit", "rules", "--db", db)
    assert {r["code"]: r["points"] for r in listed["rules"]}["penalty"] == -15
    for usage in (["credit", "override", uscc, "--reason", "x"], ["credit", "list-add", uscc, "--list", "blacklist",
                                                                  "--on", "2026-01-01"]):
        with pytest.raises(SystemExit) as stopped:
            main([*usage, "--db", db])
        assert stopped.value.code == 2
    assert main(["credit", "list-add", uscc, "--list", "abnormal_operation", "--on", "2026-13-01", "--db", db]) == 2
    assert main(["credit", "recompute", "--db", str(tmp_path / "missing.db")]) == 1
    capsys.readouterr()


def test_report_is_one_page_with_name_grade_and_embedded_font(db: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    with db_state.plain(db) as engine:
        uscc, name, grade = db_state.select_tuples(
            engine, "SELECT e.uscc, e.name, g.grade FROM credit_grade g JOIN enterprise e ON e.id = g.enterprise_id "
            "WHERE e.uscc IS NOT NULL ORDER BY g.score, e.id LIMIT 1")[0]
    out = tmp_path / "信用报告.pdf"
    code, payload = run_json(capsys, "credit", "report", uscc, str(out), "--as-of", "2026-06-30", "--db", db)
    assert code == 0
    assert Path(payload["out"]) == out.absolute()
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1  # one page
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed: the text is not checked")
    pages = subprocess.run([tool, "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True).stdout
    text = pages.decode("utf-8")
    assert text.count("\f") == 1  # one page
    flat = "".join(text.split())
    assert name.replace(" ", "") in flat
    assert "企业质量信用报告" in flat
    assert f"{grade}级" in flat
    assert "评定依据" in flat
    code, payload = run_json(capsys, "credit", "report", uscc, "--out", str(tmp_path / "en.pdf"), "--lang", "en",
                             "--db", db)
    assert code == 0
    assert main(["credit", "report", uscc, "--db", db]) == 2
    capsys.readouterr()
