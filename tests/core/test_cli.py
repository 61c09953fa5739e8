"""The headless commands follow DESIGN §7: --db anywhere, --json, exit codes, no prompts."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from qsupervise.cli import main
from tests.core import pg

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code, out, _err = run(capsys, *args, "--json")
    assert out.count("\n") == 1, out  # exactly one JSON object
    return code, json.loads(out)


def test_init_then_org_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str], new_db: pg.NewDb) -> None:
    db = new_db(tmp_path / "c.db")
    code, payload = run_json(capsys, "init", "--db", db, "--role", "county", "--name", "测试县",
                             "--townships", "甲镇，乙镇,丙乡")
    assert code == 0
    assert payload["townships"] == 3
    code, payload = run_json(capsys, "--db", db, "org", "add", "丁镇", "--code", "420999101")
    assert code == 0
    code, payload = run_json(capsys, "org", "merge", "丁镇", "--into", "甲镇", "--db", db)
    assert code == 0
    code, payload = run_json(capsys, "org", "list", "--db", db)
    units = {u["name"]: u for u in payload["units"]}  # type: ignore[attr-defined]
    assert units["丁镇"]["active"] is False
    assert units["丁镇"]["merged_into"] == units["甲镇"]["id"]
    code, out, _ = run(capsys, "org", "rename", "丙乡", "丙镇", "--db", db)
    assert code == 0
    assert "丙镇" in out


def test_init_refuses_an_initialised_database(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              new_db: pg.NewDb) -> None:
    db = new_db(tmp_path / "c.db")
    assert main(["init", "--db", db, "--role", "county", "--name", "甲县"]) == 0
    capsys.readouterr()
    code, payload = run_json(capsys, "init", "--db", db, "--role", "county", "--name", "乙县")
    assert code == 1
    assert payload["ok"] is False
    assert payload["error"]["code"] == "db_exists"  # type: ignore[index]


def test_admin_needs_a_password_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    monkeypatch.delenv("QS_ADMIN_PASSWORD", raising=False)
    code, _out, err = run(capsys, "init", "--db", str(db), "--role", "county", "--name", "甲县", "--admin", "boss")
    assert code == 2
    assert "QS_ADMIN_PASSWORD" in err
    assert not db.exists()
    monkeypatch.setenv("QS_ADMIN_PASSWORD", "correct horse")
    code, _out, _err = run(capsys, "init", "--db", str(db), "--role", "county", "--name", "甲县", "--admin", "boss")
    assert code == 0
    conn = sqlite3.connect(db)
    (hashed,) = conn.execute("SELECT password_hash FROM app_user WHERE username='boss'").fetchone()
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_entry ORDER BY seq")]
    conn.close()
    assert hashed.startswith("$argon2")
    assert actions == ["init", "user.create"]


def test_commands_refuse_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "none.db"
    for args in (["check-db"], ["backup"], ["org", "list"]):
        code, payload = run_json(capsys, *args, "--db", str(db))
        assert code == 1
        assert payload["error"]["code"] == "db_missing"  # type: ignore[index]
    assert not db.exists()


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["init", "--role", "city", "--name", "x"])
    assert info.value.code == 2
    code, _out, err = run(capsys, "demo", "--db", str(tmp_path / "d.db"), "--enterprises", "lots")
    assert code == 2
    assert "--enterprises" in err
    code, _out, err = run(capsys, "demo", "--db", str(tmp_path / "d.db"), "--as-of", "2026/13/01")
    assert code == 2
    assert "YYYY-MM-DD" in err
    capsys.readouterr()


def test_demo_backup_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str], new_db: pg.NewDb) -> None:
    db = new_db(tmp_path / "d.db")
    code, payload = run_json(capsys, "demo", "--db", str(db), "--enterprises", "300", "--seed", "5")
    assert code == 0
    assert payload["enterprises"] == 300
    code, payload = run_json(capsys, "demo", "--db", str(db), "--enterprises", "300")
    assert code == 1  # refuses a database with data
    code, payload = run_json(capsys, "backup", str(tmp_path / "copy.db"), "--db", str(db))
    assert code == 0
    assert Path(str(payload["backup"])).exists()
    code, payload = run_json(capsys, "--db", str(db), "backup", "--out", str(tmp_path / "copy2.db"))
    assert code == 0
    code, payload = run_json(capsys, "check-db", "--db", str(db))
    assert code == 0
    assert payload["ok"] is True
    assert payload["rows"]["enterprise"] == 300  # type: ignore[index]
    if pg.ON_PG:  # --force replaces the database file after a backup: a server's database has none (refused with
        return    # db_server_no_file, which leaves a connection open for now: reported)
    code, payload = run_json(capsys, "demo", "--db", str(db), "--enterprises", "50", "--force")
    assert code == 0
    assert Path(str(payload["previous_backup"])).exists()


def test_check_db_finds_tampering(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.db"
    assert main(["demo", "--db", str(db), "--enterprises", "50", "--json"]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM change_log WHERE table_name='enterprise' AND row_id IN "  # every record of two rows
                 "(SELECT id FROM enterprise ORDER BY rowid LIMIT 2)")
    conn.execute("DROP TRIGGER audit_entry_no_update")  # the trail is append-only (decision 0007)
    conn.execute("UPDATE audit_entry SET actor='mallory' WHERE seq=1")
    conn.commit()
    conn.close()
    code, payload = run_json(capsys, "check-db", "--db", str(db))
    assert code == 1
    found = {p["code"] for p in payload["problems"]}  # type: ignore[attr-defined]
    assert {"check_changelog_missing", "check_changelog_seq", "check_audit_chain"} <= found


def test_english_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "check-db", "--db", str(tmp_path / "x.db"), "--lang", "en")
    assert code == 1
    assert "does not exist" in err


def test_entry_points_run_headless(tmp_path: Path, new_db: pg.NewDb) -> None:
    db = new_db(tmp_path / "e.db")
    for entry in (["main.py"], ["-m", "qsupervise"]):
        done = subprocess.run([sys.executable, *entry, "--help"], cwd=ROOT, capture_output=True, text=True,
                              check=False)
        assert done.returncode == 0
        assert "init" in done.stdout
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "init", "--role", "township", "--name", "柳林镇",
         "--county", "测试县", "--json"],
        cwd=ROOT, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["role"] == "township"
