"""``instrument add | list | rates`` follow DESIGN §7: one JSON object, exit codes 0 / 1 / 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from qsupervise.cli import main
from tests.core import pg
from tests.core.cli_tools import run_json


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], new_db: pg.NewDb) -> str:
    path = new_db(tmp_path / "c.db")
    assert main(["init", "--db", path, "--role", "county", "--name", "测试县", "--code", "420999",
                 "--townships", "城关镇,河口镇"]) == 0
    capsys.readouterr()
    return path


def an_enterprise(db: str) -> tuple[str, str]:
    from qsupervise.models import Enterprise, OrgUnit
    from qsupervise.rules.uscc import make_code
    from qsupervise.store import Store

    code = make_code(authority="9", kind="1", region="420999", org8="MA000001")
    with Store.open(db) as store, store.session() as s:
        from sqlmodel import select

        town = s.exec(select(OrgUnit).where(OrgUnit.name == "城关镇")).one()
        e = Enterprise(name="城关加油站", township_id=town.id, uscc=code)
        s.add(e)
        s.flush()
        return e.id, code


def test_add_list_and_rates(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    eid, code = an_enterprise(db)
    code_, payload = run_json(capsys, "instrument", "add", code, "--name", "加油机", "--serial", " 01 ",
                              "--category", "贸易结算", "--verified-on", "2025-06-30", "--result", "合格",
                              "--as-of", "2026-06-30", "--db", db)
    assert code_ == 0
    inst = payload["instrument"]
    assert isinstance(inst, dict)
    assert (inst["enterprise_id"], inst["serial"], inst["due_on"], inst["result"]) == (eid, "01", "2026-06-30", "pass")
    assert payload["problems"] == []
    assert main(["instrument", "add", eid, "--name", "加油机", "--serial", "02", "--verified-on", "2025-01-02",
                 "--cycle", "6", "--as-of", "2026-06-30", "--db", db]) == 0
    assert main(["instrument", "add", eid, "--name", "电子秤", "--unregistered", "--db", db]) == 0
    capsys.readouterr()

    code_, listed = run_json(capsys, "instrument", "list", "--overdue", "--as-of", "2026-06-30", "--db", db)
    assert code_ == 0
    assert listed["total"] == 1
    rows = listed["instruments"]
    assert isinstance(rows, list)
    assert [(r["serial"], r["due_on"], r["days_overdue"], r["status"]) for r in rows] == [
        ("02", "2025-07-02", 363, "overdue")]
    code_, everything = run_json(capsys, "instrument", "list", "--township", "城关镇", "--limit", "2",
                                 "--as-of", "2026-06-30", "--db", db)
    assert (code_, everything["total"], everything["count"]) == (0, 3, 2)

    code_, rates = run_json(capsys, "instrument", "rates", "--as-of", "2026-06-30", "--db", db)
    assert code_ == 0
    assert rates["county"] == {"listed": 3, "registered": 2, "verified_in_cycle": 1, "overdue": 1,
                               "registration_rate": 2 / 3, "verification_rate": 0.5}
    towns = rates["townships"]
    assert isinstance(towns, list)
    assert [(t["name"], t["listed"]) for t in towns] == [("城关镇", 3), ("河口镇", 0)]
    assert towns[1]["registration_rate"] is None
    assert (rates["registration_target"], rates["verification_target"]) == (0.9, 0.7)
    # the next day the first one is overdue too
    code_, later = run_json(capsys, "instrument", "rates", "--as-of", "2026-07-01", "--db", db)
    assert later["county"]["verified_in_cycle"] == 0  # type: ignore[index]


def test_plain_text_output(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    eid, _code = an_enterprise(db)
    assert main(["instrument", "add", eid, "--name", "压力表", "--category", "安全防护", "--db", db]) == 0
    assert "已登记计量器具“压力表”（城关加油站）" in capsys.readouterr().out
    assert main(["instrument", "rates", "--as-of", "2026-06-30", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "城关镇\t1\t1\t0\t0\t100.0%\t0.0%" in out
    assert "河口镇\t0\t0\t0\t0\t—\t—" in out
    assert main(["instrument", "list", "--overdue", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "没有符合条件的计量器具。"


def test_refused_input_exits_1_with_the_problems(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    eid, _code = an_enterprise(db)
    code, payload = run_json(capsys, "instrument", "add", eid, "--name", "加油机", "--verified-on", "2026-03-01",
                             "--due-on", "2026-02-01", "--category", "计量", "--as-of", "2026-06-30", "--db", db)
    assert code == 1
    assert payload["ok"] is False
    problems = payload["problems"]
    assert isinstance(problems, list)
    assert [p["code"] for p in problems] == ["instrument_category", "instrument_due_before_verified"]
    code, payload = run_json(capsys, "instrument", "add", "91420999MA0000000X", "--name", "加油机", "--db", db)
    assert code == 1
    assert payload["error"]["code"] == "instrument_enterprise_unknown"  # type: ignore[index]
    code, payload = run_json(capsys, "instrument", "list", "--township", "无此镇", "--db", db)
    assert code == 1
    code, _rates = run_json(capsys, "instrument", "rates", "--db", db)
    assert code == 0


def test_usage_errors_exit_2(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    eid, _code = an_enterprise(db)
    assert main(["instrument", "add", eid, "--name", "加油机", "--verified-on", "2026-02-30", "--db", db]) == 2
    with pytest.raises(SystemExit) as info:
        main(["instrument", "add", eid, "--db", db])  # --name missing
    assert info.value.code == 2
    capsys.readouterr()


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(capsys, "instrument", "rates", "--db", str(tmp_path / "none.db"))
    assert code == 1
    assert payload["error"]["code"] == "db_missing"  # type: ignore[index]
