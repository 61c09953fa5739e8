"""The append-only audit trail: who did what, each entry chained to the previous one by a keyed hash.

Formats (docs/decisions/0007-audit-chain.md): entries written before issue 9 carry a plain SHA-256 ("v1", 64 hex
digits, over the previous hash, the time to the second, actor, action, target and detail). Every entry written
now carries ``h2:<key id>:<HMAC-SHA256>`` over all its columns (seq, at, actor, action, target, detail,
prev_hash), keyed with this installation's secret (:mod:`audit_seal`). Once an ``h2`` entry exists no ``v1``
entry may follow it. After each commit that wrote entries the last (seq, hash) is kept outside the database as a
high-water mark, so deleting the newest entries is seen too. Triggers make the table append-only for the program
and for anyone using an ordinary SQLite tool.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, desc, event, func
from sqlmodel import Session, col, select

from qsupervise import dialect
from qsupervise.models import AuditEntry, LocalClock, Station
from qsupervise.services import audit_seal

if TYPE_CHECKING:
    from qsupervise.store import Store

log = logging.getLogger(__name__)
V2_PREFIX = "h2:"
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLite stores a DateTime through SQLAlchemy
CHANGES_KEY = "_change_seq"  # detail key: the station's change-log sequence when the entry was written
GUARD_VERBS = {"audit_entry_no_update": "UPDATE", "audit_entry_no_delete": "DELETE"}  # trigger -> refused statement
GUARDS = {  # the triggers as SQLite has them (a PostgreSQL hub gets the same from dialect.append_only_triggers)
    "audit_entry_no_update": "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END",
    "audit_entry_no_delete": "CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END",
}
GUARDS_RESTORED = "audit.guards_restored"
MOVES_MARK_BACK = frozenset({"restore"})  # a restore legitimately ends the chain where the backup ended it
COLUMNS = "seq, at, actor, action, target, detail, prev_hash, hash"


# -- hashing -----------------------------------------------------------------------------------------


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, target: str, detail: str) -> str:
    """The v1 formula (entries written before the keyed chain)."""
    return _v1(prev_hash, at.strftime("%Y-%m-%dT%H:%M:%S"), actor, action, target, detail)


def _v1(prev_hash: Any, at_second: str, actor: Any, action: Any, target: Any, detail: Any) -> str:
    payload = json.dumps([prev_hash, at_second, actor, action, target, detail], ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def v2_message(seq: Any, at: Any, actor: Any, action: Any, target: Any, detail: Any, prev_hash: Any) -> bytes:
    """Every column of an entry but its hash, canonically: what the keyed hash covers."""
    values = ["qsupervise-audit-v2", seq, at, actor, action, target, detail, prev_hash]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def v2_hash(kid: str, key: bytes, message: bytes) -> str:
    return f"{V2_PREFIX}{kid}:{audit_seal.mac(key, message)}"


def at_text(value: Any) -> Any:
    """The stored time as text (SQLite gives text; another database a datetime)."""
    return value.strftime(TIME_FORMAT) if isinstance(value, datetime) else value


# -- writing -----------------------------------------------------------------------------------------


def record(
    session: Session, *, actor: str, action: str, target: str = "", detail: dict[str, Any] | None = None
) -> AuditEntry:
    """Append one entry in the caller's transaction (its high-water mark moves when that commits).

    In a session of a signed-in user, the entry names that user: the interface passes its generic actor "gui"."""
    from qsupervise.permissions import principal_of

    signed_in = principal_of(session)
    if signed_in is not None and actor == "gui":
        actor = signed_in.username
    last = session.exec(select(AuditEntry).order_by(desc(col(AuditEntry.seq))).limit(1)).first()
    prev = last.hash if last else ""
    seq = (last.seq or 0) + 1 if last else 1
    station_id = session.exec(select(col(Station.id)).where(Station.is_local == True)).first() or ""  # noqa: E712
    values = dict(detail or {})
    if station_id:
        clock = session.get(LocalClock, station_id)
        values[CHANGES_KEY] = clock.seq if clock is not None else 0
    text = json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
    at = datetime.now(UTC)
    kid, key = audit_seal.local_key()
    hashed = v2_hash(kid, key, v2_message(seq, at.strftime(TIME_FORMAT), actor, action, target, text, prev))
    entry = AuditEntry(seq=seq, at=at, actor=actor, action=action, target=target, detail=text, prev_hash=prev,
                       hash=hashed)
    session.add(entry)
    session.flush()
    # The first entry starts a new database (init, demo) at a path that may have held another one before.
    _remember_tail(session, station_id, seq, hashed, moves_back=action in MOVES_MARK_BACK or seq == 1)
    return entry


def record_use(
    store: Store, *, actor: str, action: str, target: str = "", detail: dict[str, Any] | None = None
) -> None:
    """An entry of its own for something that reads only (an export, a print): its own short transaction."""
    with store.session(actor=actor) as s:
        record(s, actor=actor, action=action, target=target, detail=detail)


_WARNED: set[tuple[str, int]] = set()


def _remember_tail(session: Session, station_id: str, seq: int, hashed: str, *, moves_back: bool) -> None:
    """Move the mark when this commits, unless the chain no longer holds the marked entry: then the mark stays
    where it is, so the missing or rewritten entries stay visible to ``check-db`` (a restore moves it back)."""
    path = dialect.location(session.get_bind())
    name = audit_seal.mark_name(station_id, path)
    mark = audit_seal.read_mark(name)
    if mark is not None and not moves_back:
        stored = session.connection().execute(select(AuditEntry.hash).where(AuditEntry.seq == mark.seq)).first()
        if stored is None or stored[0] != mark.hash:
            if (name, mark.seq) not in _WARNED:  # once per database and mark, not once per entry written
                _WARNED.add((name, mark.seq))
                log.warning("audit chain no longer holds entry %s seen here: high-water mark kept", mark.seq)
            return
    session.info["qs_audit_tail"] = (name, seq, hashed, path)
    if not session.info.get("qs_audit_hooked"):
        session.info["qs_audit_hooked"] = True
        event.listen(session, "after_commit", _write_tail)
        event.listen(session, "after_rollback", _forget_tail)


def _write_tail(session: Session) -> None:
    tail = session.info.pop("qs_audit_tail", None)
    if tail is not None:
        name, seq, hashed, path = tail
        audit_seal.write_mark(name, audit_seal.Mark(seq, hashed), path=path)


def _forget_tail(session: Session) -> None:
    session.info.pop("qs_audit_tail", None)


# -- the append-only guard ---------------------------------------------------------------------------


def missing_guards(conn: Connection) -> list[str]:
    present = dialect.trigger_names(conn, "audit_entry")
    return [name for name in GUARD_VERBS if name not in present]


def protect(store: Store, *, migrated: bool) -> list[str]:
    """Make ``audit_entry`` append-only (idempotent, on every open); returns the triggers that were missing.

    Triggers missing from a file whose chain is already keyed were dropped by someone outside the program
    (a schema migration, ``migrated``, may legitimately rebuild the table): that is recorded in the trail
    itself, and ``check-db`` reports it.
    """
    with store.engine.connect() as conn:
        missing = missing_guards(conn)
    if not missing:
        return []
    with store.session(actor="system") as s:
        conn = s.connection()
        keyed = conn.execute(select(AuditEntry.seq).where(col(AuditEntry.hash).like("h2:%")).limit(1)).first()
        statements = dialect.append_only_triggers(conn, "audit_entry", GUARD_VERBS)
        for name in missing:
            for statement in statements[name]:
                conn.exec_driver_sql(statement)
        if keyed is not None and not migrated:
            record(s, actor="system", action=GUARDS_RESTORED, detail={"missing": missing})
    return missing


# -- verifying ---------------------------------------------------------------------------------------


@dataclass
class ChainCheck:
    """What :func:`verify` found: problems (``check-db`` fails) and notes (it could not check everything)."""

    entries: int = 0
    problems: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    notes: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Raw:
    seq: Any
    at: Any
    actor: Any
    action: Any
    target: Any
    detail: Any
    prev_hash: Any
    hash: Any


def raw_entries(conn: Connection) -> list[Raw]:
    """The stored values as they are, without the ORM's conversions (a tampered cell must not crash a check)."""
    return [Raw(*r) for r in conn.exec_driver_sql(f"SELECT {COLUMNS} FROM audit_entry ORDER BY seq")]


def verify(conn: Connection, *, db_path: str = "", limit: int = 20) -> ChainCheck:
    """Check every link, every hash this machine has the key for, the sequence, the mark and the guards."""
    entries = raw_entries(conn)
    found = ChainCheck(len(entries))
    keys = audit_seal.known_keys()
    unchecked: dict[str, int] = {}
    prev, prev_seq, keyed = "", 0, False
    for e in entries:
        seq = int(e.seq)
        if seq != prev_seq + 1:
            found.problems.append(("check_audit_gap", {"after": str(prev_seq), "seq": str(seq)}))
        if e.prev_hash != prev:
            found.problems.append(("check_audit_chain", {"row": str(seq)}))
        else:
            outcome = _check_hash(e, keys, keyed)
            if outcome == "bad":
                found.problems.append(("check_audit_chain", {"row": str(seq)}))
            elif outcome == "downgrade":
                found.problems.append(("check_audit_downgrade", {"row": str(seq)}))
            elif outcome.startswith("unknown:"):
                kid = outcome.removeprefix("unknown:")
                unchecked[kid] = unchecked.get(kid, 0) + 1
        keyed = keyed or str(e.hash).startswith(V2_PREFIX)
        prev, prev_seq = e.hash, seq
    for kid, count in unchecked.items():
        found.notes.append(("check_audit_unkeyed", {"count": str(count), "kid": kid}))
    _check_mark(conn, entries, db_path, keyed, found)
    found.problems += _guard_problems(conn, entries)
    found.problems = found.problems[:limit]
    return found


def _check_hash(e: Raw, keys: dict[str, bytes], keyed: bool) -> str:
    hashed = str(e.hash or "")
    if hashed.startswith(V2_PREFIX):
        parts = hashed.split(":")
        if len(parts) != 3:
            return "bad"
        key = keys.get(parts[1])
        if key is None:
            return f"unknown:{parts[1]}"
        message = v2_message(e.seq, at_text(e.at), e.actor, e.action, e.target, e.detail, e.prev_hash)
        return "ok" if v2_hash(parts[1], key, message) == hashed else "bad"
    at = at_text(e.at)
    if not isinstance(at, str) or len(at) < 19:
        return "bad"
    second = f"{at[:10]}T{at[11:19]}"
    if _v1(e.prev_hash, second, e.actor, e.action, e.target, e.detail) != hashed:
        return "bad"
    return "downgrade" if keyed else "ok"


def _check_mark(conn: Connection, entries: Sequence[Raw], db_path: str, keyed: bool, found: ChainCheck) -> None:
    station = conn.execute(select(Station.id).where(Station.is_local == True).limit(1)).first()  # noqa: E712
    mark = audit_seal.read_mark(audit_seal.mark_name(station[0] if station else "", db_path))
    if mark is None:
        if keyed:
            found.notes.append(("check_audit_no_mark", {}))
        return
    last = int(entries[-1].seq) if entries else 0
    if last < mark.seq:
        found.problems.append(("check_audit_truncated", {"seq": str(mark.seq), "last": str(last)}))
        return
    at_mark = next((e for e in entries if int(e.seq) == mark.seq), None)
    if at_mark is None or at_mark.hash != mark.hash:
        found.problems.append(("check_audit_rewritten", {"seq": str(mark.seq)}))


def _guard_problems(conn: Connection, entries: Iterable[Raw]) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    missing = missing_guards(conn)
    if missing:
        found.append(("check_audit_guards", {"names": ", ".join(missing)}))
    for e in entries:
        if e.action == GUARDS_RESTORED:
            found.append(("check_audit_guards_restored", {"row": str(e.seq), "at": str(at_text(e.at))[:19]}))
    return found


def broken_links(entries: Iterable[AuditEntry]) -> list[int]:
    """Sequence numbers of entries whose hash or link does not match (kept for callers of the old check)."""
    raws = [Raw(e.seq, at_text(e.at), e.actor, e.action, e.target, e.detail, e.prev_hash, e.hash) for e in entries]
    keys = audit_seal.known_keys()
    bad: list[int] = []
    prev, keyed = "", False
    for e in raws:
        if e.prev_hash != prev or _check_hash(e, keys, keyed) in ("bad", "downgrade"):
            bad.append(int(e.seq or 0))
        keyed = keyed or str(e.hash).startswith(V2_PREFIX)
        prev = e.hash
    return bad


def count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(AuditEntry)).one())


def recent(session: Session, *, limit: int = 50) -> list[AuditEntry]:
    return list(session.exec(select(AuditEntry).order_by(desc(col(AuditEntry.seq))).limit(limit)))
