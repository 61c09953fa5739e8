"""The audit chain (decision 0007): every column of every entry covered, edits, deletions in the middle and at the
end, dropped triggers and a table re-hashed by someone without the key are all seen by ``check-db``."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from qsupervise import dialect
from qsupervise.cli import main
from qsupervise.services import audit, audit_seal
from qsupervise.services.checks import check
from qsupervise.store import Store
from tests.core import db_state, pg

ENTRIES = 6


def fill(store: Store, n: int = ENTRIES) -> None:
    for i in range(n):
        with store.session(actor="cli") as s:
            audit.record(s, actor="cli", action=f"test.step{i}", target=f"目标{i}", detail={"i": i, "名": "值"})


@pytest.fixture
def db(store: Store) -> str:
    """The filled database, closed: its file, or its URL on the test server."""
    fill(store)
    where = db_state.address(store)
    store.close()
    return where


sql = db_state.run  # as someone outside the program would


def codes(db: str | Path) -> set[str]:
    with Store.open(db) as store:
        return {p.code for p in check(store).problems}


def rows(db: str | Path) -> list[tuple[object, ...]]:
    """The entries as stored (the time as the text the hashes cover)."""
    with db_state.plain(db) as engine:
        found = db_state.select_tuples(engine, f"SELECT {audit.COLUMNS} FROM audit_entry ORDER BY seq")
    return [(e[0], audit.at_text(e[1]), *e[2:]) for e in found]


def check_db(db: str | Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["check-db", "--db", str(db), "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def guards(db: str | Path) -> list[str]:
    """The statements that put the append-only triggers back, as this engine spells them."""
    with db_state.plain(db) as engine, engine.connect() as conn:
        made = dialect.append_only_triggers(conn, "audit_entry", audit.GUARD_VERBS)
    return [statement for name in audit.GUARD_VERBS for statement in made[name]]


ON_TABLE = " ON audit_entry" if pg.ON_PG else ""  # PostgreSQL names a trigger within its table
UNGUARD = (f"DROP TRIGGER audit_entry_no_update{ON_TABLE}", f"DROP TRIGGER audit_entry_no_delete{ON_TABLE}")


def test_a_fresh_chain_is_keyed_append_only_and_checks(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    entries = rows(db)
    assert len(entries) == ENTRIES + 1  # the template's "init" and ours
    assert [e[0] for e in entries] == list(range(1, ENTRIES + 2))
    ours = entries[1:]
    assert all(str(e[7]).startswith("h2:") and len(str(e[7])) <= 64 for e in ours)
    assert all(e[6] == prev[7] for prev, e in itertools.pairwise(entries))
    with pytest.raises(DBAPIError, match="append-only"):
        sql(db, "UPDATE audit_entry SET actor = 'x' WHERE seq = 2")
    with pytest.raises(DBAPIError, match="append-only"):
        sql(db, "DELETE FROM audit_entry WHERE seq = 2")
    assert rows(db) == entries
    code, payload = check_db(db, capsys)
    assert code == 0, payload
    assert payload["problems"] == []


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("seq", "seq + 1000"),
        ("at", "'2020-01-01 00:00:00.000000'"),
        ("actor", "'mallory'"),
        ("action", "'test.other'"),
        ("target", "'别的目标'"),
        ("detail", "'{}'"),
        ("prev_hash", "'" + "0" * 64 + "'"),
        ("hash", "'h2:00000000:" + "A" * 43 + "'"),
    ],
)
def test_editing_any_column_of_a_middle_entry_is_found(
    db: str, column: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(db, *UNGUARD, f"UPDATE audit_entry SET {column} = {value} WHERE seq = 4")
    code, payload = check_db(db, capsys)
    assert code == 1
    found = {p["code"] for p in payload["problems"]}  # type: ignore[attr-defined]
    assert "check_audit_chain" in found or (column == "seq" and "check_audit_gap" in found), found
    assert "check_audit_guards_restored" in found  # opening put the dropped triggers back, and said so


def test_the_keyed_hash_covers_each_column(db: str) -> None:
    e = rows(db)[3]
    kid = str(e[7]).split(":")[1]
    key = audit_seal.known_keys()[kid]
    values = list(e[:7])
    assert audit.v2_hash(kid, key, audit.v2_message(*values)) == e[7]
    for index in range(7):
        changed = list(values)
        changed[index] = changed[index] + 1 if isinstance(changed[index], int) else f"{changed[index]}x"
        assert audit.v2_hash(kid, key, audit.v2_message(*changed)) != e[7], index


def test_deleting_a_middle_entry_is_found(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    sql(db, *UNGUARD, "DELETE FROM audit_entry WHERE seq = 4")
    code, payload = check_db(db, capsys)
    assert code == 1
    found = {p["code"] for p in payload["problems"]}  # type: ignore[attr-defined]
    assert {"check_audit_gap", "check_audit_chain"} <= found


def test_deleting_the_last_entries_is_found_through_the_mark(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    last = ENTRIES + 1
    sql(db, *UNGUARD, f"DELETE FROM audit_entry WHERE seq >= {last - 1}")
    code, payload = check_db(db, capsys)
    assert code == 1
    problems = payload["problems"]
    assert any(p["code"] == "check_audit_truncated" and p["seq"] == str(last) for p in problems)  # type: ignore[index, union-attr, attr-defined]


def test_triggers_dropped_then_an_entry_deleted(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    sql(db, *UNGUARD, "DELETE FROM audit_entry WHERE seq = 2")
    code, payload = check_db(db, capsys)
    assert code == 1
    found = {p["code"] for p in payload["problems"]}  # type: ignore[attr-defined]
    assert {"check_audit_guards_restored", "check_audit_gap"} <= found
    # Opening put the triggers back and said so in the trail itself.
    with db_state.plain(db) as engine:
        with engine.connect() as conn:
            names = dialect.trigger_names(conn, "audit_entry")
        restored = db_state.select_tuples(engine, "SELECT actor FROM audit_entry WHERE action = :action",
                                          {"action": audit.GUARDS_RESTORED})
    assert set(audit.GUARDS) <= names
    assert restored == [("system",)]
    assert check_db(db, capsys)[0] == 1  # the finding stays


def test_triggers_dropped_without_other_change_is_found(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    sql(db, *UNGUARD)
    code, payload = check_db(db, capsys)
    assert code == 1
    assert {p["code"] for p in payload["problems"]} == {"check_audit_guards_restored"}  # type: ignore[attr-defined]


def _plain(e: tuple[object, ...], prev: str) -> str:
    at = str(e[1])
    return audit._v1(prev, f"{at[:10]}T{at[11:19]}", e[2], e[3], e[4], e[5])


def test_rehashing_the_table_with_plain_sha256_is_found(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Someone without the key recomputes a consistent chain with the old public formula: the mark and the
    keyed hash both give it away."""
    statements = list(UNGUARD)
    prev = ""
    for e in rows(db):
        actor = "mallory" if e[0] == 3 else e[2]
        hashed = _plain((e[0], e[1], actor, e[3], e[4], e[5]), prev)
        statements.append(f"UPDATE audit_entry SET actor = '{actor}', prev_hash = '{prev}', hash = '{hashed}' "
                          f"WHERE seq = {e[0]}")
        prev = hashed
    statements += guards(db)  # and puts the triggers back, to leave no other trace
    sql(db, *statements)
    code, payload = check_db(db, capsys)
    assert code == 1
    found = {p["code"] for p in payload["problems"]}  # type: ignore[attr-defined]
    assert "check_audit_rewritten" in found


def test_rehashing_with_sha256_in_the_keyed_format_is_found(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    statements = list(UNGUARD)
    prev = ""
    for e in rows(db):
        message = audit.v2_message(e[0], e[1], e[2], e[3], e[4], e[5], prev)
        digest = base64.urlsafe_b64encode(hashlib.sha256(message).digest()).rstrip(b"=").decode()
        kid = str(e[7]).split(":")[1] if str(e[7]).startswith("h2:") else "00000000"
        hashed = f"h2:{kid}:{digest}"
        statements.append(f"UPDATE audit_entry SET prev_hash = '{prev}', hash = '{hashed}' WHERE seq = {e[0]}")
        prev = hashed
    sql(db, *statements)
    with Store.open(db) as store:
        report = check(store)
    found = {p.code for p in report.problems}
    assert "check_audit_chain" in found
    assert not report.ok


def test_a_copy_on_another_machine_checks_links_and_says_what_it_could_not(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path / "elsewhere"))
    code, payload = check_db(db, capsys)
    assert code == 0
    notes = {n["code"] for n in payload["notes"]}  # type: ignore[attr-defined]
    assert notes == {"check_audit_unkeyed", "check_audit_no_mark"}
    sql(db, *UNGUARD, "DELETE FROM audit_entry WHERE seq = 3")
    code, payload = check_db(db, capsys)
    assert code == 1  # the plain links still catch a deletion
    assert "check_audit_gap" in {p["code"] for p in payload["problems"]}  # type: ignore[attr-defined]


def test_an_old_format_chain_stays_valid_and_is_continued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database from before the keyed chain: v1 entries verify under v1 until the first v2 entry."""
    path = tmp_path / "old.db"
    assert main(["init", "--db", str(path), "--role", "county", "--name", "旧县", "--json"]) == 0
    capsys.readouterr()
    statements = [*UNGUARD, "DELETE FROM audit_entry"]
    prev = ""
    for seq in range(1, 4):
        at = f"2025-0{seq}-01 08:00:00.000000"
        detail = json.dumps({"n": seq})
        hashed = _plain((seq, at, "cli", "old.action", "旧", detail), prev)
        statements.append("INSERT INTO audit_entry (seq, at, actor, action, target, detail, prev_hash, hash) "
                          f"VALUES ({seq}, '{at}', 'cli', 'old.action', '旧', '{detail}', '{prev}', '{hashed}')")
        prev = hashed
    sql(path, *statements)  # as an older program left it: no triggers, plain hashes, no key or mark
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path / "data"))
    with Store.open(path) as store:  # installing the triggers on a v1-only chain is no finding
        assert check(store).ok
        fill(store, 2)
        assert check(store).ok
    entries = rows(path)
    assert len(entries) == 5
    assert all(len(str(e[7])) == 64 for e in entries[:3])
    assert all(str(e[7]).startswith("h2:") for e in entries[3:])
    assert entries[3][6] == entries[2][7]  # the first keyed entry anchors the old chain
    code, _ = check_db(path, capsys)
    assert code == 0
    sql(path, *UNGUARD, "UPDATE audit_entry SET target = '改' WHERE seq = 2")
    code, payload = check_db(path, capsys)
    assert code == 1
    assert {"row": "2"}.items() <= next(p for p in payload["problems"] if p["code"] == "check_audit_chain").items()  # type: ignore[attr-defined]


def test_a_plain_entry_after_keyed_ones_is_a_downgrade(db: str) -> None:
    last = rows(db)[-1]
    at = "2030-01-01 00:00:00.000000"
    hashed = _plain((ENTRIES + 2, at, "cli", "x", "", "{}"), str(last[7]))
    sql(db, "INSERT INTO audit_entry (seq, at, actor, action, target, detail, prev_hash, hash) "
        f"VALUES ({ENTRIES + 2}, '{at}', 'cli', 'x', '', '{{}}', '{last[7]}', '{hashed}')")
    assert "check_audit_downgrade" in codes(db)


def test_a_rolled_back_entry_leaves_the_mark_alone(store: Store) -> None:
    fill(store, 1)
    with pytest.raises(RuntimeError), store.session() as s:
        audit.record(s, actor="cli", action="test.never")
        raise RuntimeError("boom")
    report = check(store)
    assert report.ok, report.problems
    with store.read() as s:
        assert audit.recent(s, limit=1)[0].action == "test.step0"


def test_record_use_and_the_change_position(store: Store) -> None:
    audit.record_use(store, actor="cli", action="export.test", target="x.xlsx", detail={"rows": 3})
    with store.read() as s:
        entry = audit.recent(s, limit=1)[0]
        assert audit.count(s) == 2
    detail = json.loads(entry.detail)
    assert detail["rows"] == 3
    assert isinstance(detail[audit.CHANGES_KEY], int)
    assert audit.broken_links([entry]) == [entry.seq]  # alone it lacks its predecessor


def test_a_restore_moves_the_mark_back(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved.db"
    assert main(["backup", str(saved), "--db", str(db), "--json"]) == 0
    with Store.open(db) as store:
        fill(store, 3)
    assert main(["restore", str(saved), "--db", str(db), "--json"]) == 0
    capsys.readouterr()
    code, payload = check_db(db, capsys)
    assert code == 0, payload
    assert rows(db)[-1][3] == "restore"
