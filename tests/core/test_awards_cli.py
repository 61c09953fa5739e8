"""``award`` commands follow DESIGN §7: one JSON object on stdout, exit 0 / 1 / 2, never a prompt."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise.cli import main
from qsupervise.models import Certification, EligibilityOverride, Enterprise, OrgUnit
from qsupervise.rules.uscc import make_code
from qsupervise.store import Store
from tests.core import pg
from tests.core.cli_tools import run_json


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], new_db: pg.NewDb) -> str:
    path = new_db(tmp_path / "c.db")
    assert main(["init", "--db", path, "--role", "county", "--name", "测试县", "--code", "420999",
                 "--townships", "城关镇,河口镇"]) == 0
    capsys.readouterr()
    return path


def an_enterprise(db: str, *, founded_on: str = "2012-05-01") -> str:
    """A firm with an ISO 9001 certificate in force; its credit code."""
    code = make_code(authority="9", kind="1", region="420999", org8="MA000002")
    with Store.open(db) as store, store.session() as s:
        town = s.exec(select(OrgUnit).where(OrgUnit.name == "城关镇")).one()
        firm = Enterprise(name="城关酱油厂", township_id=town.id, uscc=code, founded_on=founded_on)
        s.add(firm)
        s.flush()
        s.add(Certification(enterprise_id=firm.id, kind="iso9001", number="00125Q30001R1M", issued_on="2025-01-01",
                            expires_on="2028-01-01"))
    return code


def test_programme_application_workflow_and_register(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    uscc = an_enterprise(db)
    code, added = run_json(capsys, "award", "program", "add", "--template", "famous_brand", "--name",
                           "2026 年度县名牌产品", "--year", "2026", "--level", "县", "--reward", "20,000.00",
                           "--closes", "2026-12-31", "--db", db)
    assert code == 0
    program = added["program"]
    assert (program["kind"], program["level"], program["validity_years"], program["reward_fen"]) == (
        "famous_brand", "county", 3, 2_000_000)
    assert program["conditions"]["spot_checks"] == {"on": True, "years": 3, "level": "fail"}
    assert "商标注册证" in program["documents"]
    code, listed = run_json(capsys, "award", "programs", "--year", "2026", "--db", db)
    assert (code, [p["id"] for p in listed["programs"]]) == (0, [program["id"]])
    assert run_json(capsys, "award", "programs", "--year", "2025", "--db", db)[1]["programs"] == []

    code, applied = run_json(capsys, "award", "apply", "--program", "2026 年度县名牌产品", "--enterprise", uscc,
                             "--product", "酱油", "--on", "2026-06-01", "--db", db)
    assert code == 0
    app_id = applied["application"]["id"]
    assert applied["application"]["state"] == "draft"
    assert applied["application"]["documents"] == program["documents"]

    code, checked = run_json(capsys, "award", "check", app_id, "--as-of", "2026-06-02", "--db", db)
    assert (code, checked["eligible"]) == (0, True)
    assert [c["code"] for c in checked["conditions"]] == ["operating_years", "iso9001", "spot_checks",
                                                          "credit_list", "recent_winner"]
    assert all(c["passed"] and c["evidence"] for c in checked["conditions"])

    for state in ("submitted", "eligibility_review", "document_review", "site_review", "publicity"):
        code, moved = run_json(capsys, "award", "move", app_id, "--to", state, "--on", "2026-07-01",
                               "--comment", "同意", "--db", db)
        assert (code, moved["to"]) == (0, state)
    assert [c["code"] for c in moved["eligibility"]] == []
    code, won = run_json(capsys, "award", "move", app_id, "--to", "awarded", "--on", "2026-08-31",
                         "--certificate", "XMP-2026-01", "--db", db)
    assert code == 0
    assert (won["brand"]["expires_on"], won["brand"]["certificate_no"]) == ("2029-08-31", "XMP-2026-01")

    code, shown = run_json(capsys, "award", "show", app_id, "--db", db)
    assert code == 0
    assert [s["to"] for s in shown["steps"]] == ["draft", "submitted", "eligibility_review", "document_review",
                                                 "site_review", "publicity", "awarded"]
    assert shown["steps"][1]["actor"] == "cli"

    code, register = run_json(capsys, "award", "brands", "--as-of", "2029-06-30", "--expiring", "90", "--db", db)
    assert (code, register["count"], register["brands"][0]["days_left"]) == (0, 1, 62)
    assert register["brands"][0]["status"] == "valid"
    code, register = run_json(capsys, "award", "brands", "--as-of", "2029-09-01", "--db", db)
    assert register["brands"][0]["status"] == "expired"
    assert run_json(capsys, "award", "brands", "--as-of", "2029-09-01", "--expiring", "90", "--db", db)[1][
        "count"] == 0

    code, error = run_json(capsys, "award", "move", app_id, "--to", "draft", "--db", db)
    assert (code, error["ok"], error["error"]["code"]) == (1, False, "award_bad_move")


def test_submission_refused_then_overridden(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    uscc = an_enterprise(db, founded_on="2025-01-01")
    assert main(["award", "program", "add", "--template", "quality_award", "--name", "县长质量奖", "--year", "2026",
                 "--db", db]) == 0
    capsys.readouterr()
    _code, applied = run_json(capsys, "award", "apply", "--program", "县长质量奖", "--enterprise", uscc,
                              "--on", "2026-06-01", "--db", db)
    app_id = applied["application"]["id"]
    code, checked = run_json(capsys, "award", "check", app_id, "--as-of", "2026-06-02", "--db", db)
    assert (code, checked["eligible"]) == (0, False)
    failed = [c for c in checked["conditions"] if not c["passed"]]
    assert [c["code"] for c in failed] == ["operating_years"]
    assert "2025-01-01" in failed[0]["evidence"]

    code, refused = run_json(capsys, "award", "move", app_id, "--to", "submitted", "--on", "2026-06-02", "--db", db)
    assert (code, refused["error"]["code"]) == (1, "award_not_eligible")
    code, given = run_json(capsys, "award", "override", app_id, "--condition", "operating_years", "--reason",
                           "由老厂整体改制设立", "--on", "2026-06-02", "--db", db)
    assert (code, given["eligible"], given["override"]["decided_by"]) == (0, True, "cli")
    code, moved = run_json(capsys, "award", "move", app_id, "--to", "submitted", "--on", "2026-06-03", "--db", db)
    assert code == 0
    assert [c["code"] for c in moved["eligibility"] if c["overridden"]] == ["operating_years"]
    with Store.open(db) as store, store.read() as s:
        assert [o.reason for o in s.exec(select(EligibilityOverride))] == ["由老厂整体改制设立"]

    for state in ("eligibility_review", "document_review"):
        assert main(["award", "move", app_id, "--to", state, "--on", "2026-07-01", "--db", db]) == 0
    capsys.readouterr()
    code, scored = run_json(capsys, "award", "score", app_id, "--reviewer", "专家甲", "--leadership", "100",
                            "--results", "350", "--db", db)
    assert (code, scored["sheet"]["total"], scored["averages"]["leadership"]) == (0, 450, 100)
    code, bad = run_json(capsys, "award", "score", app_id, "--reviewer", "专家乙", "--leadership", "120",
                         "--db", db)
    assert (code, bad["error"]["code"]) == (1, "award_score_above_max")


def test_plain_output_and_usage_errors(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["award", "programs", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "没有评奖项目。"
    assert main(["award", "programs", "--db", db, "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "No award programmes."
    assert main(["award", "brands", "--as-of", "2026-13-01", "--db", db]) == 2  # a bad date is a usage error
    capsys.readouterr()
    for argv in (["award", "move", "x", "--to", "heaven", "--db", db],
                 ["award", "program", "add", "--template", "medal", "--name", "x", "--year", "2026", "--db", db],
                 ["award", "override", "x", "--condition", "luck", "--reason", "r", "--db", db]):
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 2
    capsys.readouterr()
    code, missing = run_json(capsys, "award", "check", "no-such-id", "--db", db)
    assert (code, missing["error"]["code"]) == (1, "award_application_unknown")
    code, unknown = run_json(capsys, "award", "apply", "--program", "没有这个项目", "--enterprise", "x", "--db", db)
    assert (code, unknown["error"]["code"]) == (1, "award_program_unknown")
    assert main(["award", "programs", "--db", str(tmp_path / "none.db")]) == 1
    capsys.readouterr()
