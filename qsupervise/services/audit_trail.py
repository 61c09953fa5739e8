"""Reading the audit trail: filtered pages of entries (newest first) and, for an entry, the data it changed.

An entry written since decision 0007 carries in its detail the local station's change-log sequence at the time it
was written (``_change_seq``); the changes of that action are the station's change records after the previous
entry's position up to its own, found through the (station_id, seq) index. The old value of a changed field is
the previous change of the same field (index on table_name, row_id), else the row's insert record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, desc, func, or_, text
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from qsupervise import dialect
from qsupervise.changelog import CHANGE_TABLE
from qsupervise.models import AuditEntry, Station, User
from qsupervise.services.audit import CHANGES_KEY

PAGE = 200
STAMP_FIELDS = frozenset({"id", "created_at", "updated_at", "created_by", "origin_station"})


@dataclass(frozen=True)
class TrailFilter:
    """What the audit page asks for; dates are local calendar days, both ends included."""

    actor: str | None = None
    kind: str | None = None  # an action ("export.enterprises") or its kind, the part before the dot ("export")
    since: date | None = None
    until: date | None = None
    text: str = ""


@dataclass(frozen=True)
class TrailRow:
    seq: int
    at: datetime  # UTC
    actor: str
    action: str
    target: str
    detail: dict[str, Any]  # without the keys the program keeps for itself
    hash: str

    @property
    def local_time(self) -> datetime:
        return self.at.replace(tzinfo=UTC).astimezone()

    def detail_text(self) -> str:
        return json.dumps(self.detail, ensure_ascii=False, sort_keys=True) if self.detail else ""


@dataclass(frozen=True)
class FieldChange:
    """One changed value: an inserted row's field, an updated field (old → new) or a deleted row."""

    table: str
    row_id: str
    op: str  # insert | update | delete
    field: str | None
    old: Any
    new: Any
    hlc: int
    user: str
    station: str

    @property
    def at(self) -> datetime:
        return datetime.fromtimestamp((self.hlc >> 16) / 1000, UTC)


@dataclass(frozen=True)
class ChangeSet:
    changes: list[FieldChange]
    total: int  # change records of the action (the list may stop earlier)
    linked: bool  # False: the entry predates the link to the change log


def _utc(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone(UTC)  # the local midnight


def conditions(f: TrailFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if f.actor:
        found.append(col(AuditEntry.actor) == f.actor)
    if f.kind:
        found.append(or_(col(AuditEntry.action) == f.kind, col(AuditEntry.action).startswith(f"{f.kind}.")))
    if f.since:
        found.append(col(AuditEntry.at) >= _utc(f.since))
    if f.until:
        found.append(col(AuditEntry.at) < _utc(f.until + timedelta(days=1)))
    for word in f.text.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        found.append(or_(*(c.like(pattern, escape="\\") for c in (
            col(AuditEntry.actor), col(AuditEntry.action), col(AuditEntry.target), col(AuditEntry.detail)))))
    return found


def _row(e: AuditEntry) -> TrailRow:
    try:
        detail = json.loads(e.detail) if e.detail else {}
    except ValueError:
        detail = {"detail": e.detail}
    if not isinstance(detail, dict):
        detail = {"detail": detail}
    shown = {k: v for k, v in detail.items() if not k.startswith("_")}
    return TrailRow(e.seq or 0, e.at, e.actor, e.action, e.target, shown, e.hash)


def page(session: Session, f: TrailFilter, *, before: int | None = None, limit: int = PAGE) -> list[TrailRow]:
    """Up to ``limit`` entries, newest first, older than entry ``before`` (keyset paging on the primary key)."""
    stmt = select(AuditEntry).where(*conditions(f))
    if before is not None:
        stmt = stmt.where(col(AuditEntry.seq) < before)
    return [_row(e) for e in session.exec(stmt.order_by(desc(col(AuditEntry.seq))).limit(limit))]


def count(session: Session, f: TrailFilter) -> int:
    return int(session.exec(select(func.count()).select_from(AuditEntry).where(*conditions(f))).one())


def all_rows(session: Session, f: TrailFilter, *, batch: int = 2000) -> Iterator[TrailRow]:
    """Every matching entry, newest first, read a batch at a time (for an export)."""
    before: int | None = None
    while True:
        rows = page(session, f, before=before, limit=batch)
        yield from rows
        if len(rows) < batch:
            return
        before = rows[-1].seq


def actors(session: Session) -> list[str]:
    return sorted(session.exec(select(AuditEntry.actor).distinct()).all())


def kinds(session: Session) -> list[str]:
    """The kinds of action in the trail ("export", "import", "enterprise", …)."""
    actions = session.exec(select(AuditEntry.action).distinct()).all()
    return sorted({str(a).split(".", 1)[0] for a in actions})


def entry(session: Session, seq: int) -> TrailRow | None:
    found = session.get(AuditEntry, seq)
    return _row(found) if found is not None else None


# -- the data an entry changed -----------------------------------------------------------------------


def _position(conn: Connection, seq: int) -> tuple[int | None, datetime | None]:
    """The change-log position an entry recorded (None for an entry without one) and its time."""
    row = conn.execute(
        text(f"SELECT {dialect.json_text(conn, 'detail', 'key')}, at FROM audit_entry WHERE seq = :seq"),
        {"key": CHANGES_KEY, "seq": seq},
    ).first()
    if row is None:
        return None, None
    position = row[0] if isinstance(row[0], int) else None
    at = row[1] if isinstance(row[1], datetime) else _parse(row[1])
    return position, at


def _parse(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def changes_of(session: Session, seq: int, *, limit: int = 500) -> ChangeSet:
    """The change records of the action behind entry ``seq``, each with its old value."""
    conn = session.connection()
    high, _at = _position(conn, seq)
    station = session.exec(select(col(Station.id)).where(Station.is_local == True)).first()  # noqa: E712
    if high is None or station is None:
        return ChangeSet([], 0, False)
    c = CHANGE_TABLE.c
    scope = [c.station_id == station, c.seq <= high]
    low, prev_at = _position(conn, seq - 1) if seq > 1 else (0, None)
    if low is not None:
        scope.append(c.seq > low)
    elif prev_at is not None:  # the previous entry predates the link: its time bounds the action instead
        ms = int(prev_at.replace(tzinfo=UTC).timestamp() * 1000)
        scope.append(c.hlc > ms << 16)
    total = int(conn.execute(select(func.count()).select_from(CHANGE_TABLE).where(*scope)).scalar_one())
    records = conn.execute(
        core_select(c.table_name, c.row_id, c.op, c.field, c.value, c.hlc, c.user_id, c.station_id)
        .where(*scope).order_by(c.seq).limit(limit)
    ).all()
    users = _user_names(conn, {r.user_id for r in records})
    changes: list[FieldChange] = []
    for r in records:
        user = users.get(r.user_id, r.user_id)
        if r.op == "insert":
            values = _loads(r.value)
            items = values.items() if isinstance(values, dict) else [(None, values)]
            changes += [FieldChange(r.table_name, r.row_id, "insert", k, None, v, r.hlc, user, r.station_id)
                        for k, v in items if k not in STAMP_FIELDS]
        elif r.op == "delete":
            changes.append(FieldChange(r.table_name, r.row_id, "delete", None, None, None, r.hlc, user, r.station_id))
        else:
            old = _old_value(conn, r.table_name, r.row_id, r.field, r.hlc)
            changes.append(FieldChange(r.table_name, r.row_id, r.op, r.field, old, _loads(r.value), r.hlc, user,
                                       r.station_id))
        if len(changes) >= limit:
            break
    return ChangeSet(changes[:limit], total, True)


def _old_value(conn: Connection, table: str, row_id: str, field: str | None, hlc: int) -> Any:
    """The field's value before: its previous change, else the value its row was inserted with."""
    c = CHANGE_TABLE.c
    same_row = and_(c.table_name == table, c.row_id == row_id)
    before = conn.execute(
        select(c.value).where(same_row, c.field == field, c.hlc < hlc).order_by(desc(c.hlc)).limit(1)
    ).first()
    if before is not None:
        return _loads(before[0])
    inserted = conn.execute(
        select(c.value).where(same_row, c.op == "insert", c.hlc < hlc).order_by(c.hlc).limit(1)
    ).first()
    values = _loads(inserted[0]) if inserted is not None else None
    return values.get(field) if isinstance(values, dict) and field else None


def _loads(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


def _user_names(conn: Connection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    users = User.__table__.c  # type: ignore[attr-defined]
    rows = conn.execute(select(users.id, users.username).where(users.id.in_(sorted(ids)))).all()
    return {r[0]: r[1] for r in rows}


def shown(value: Any) -> str:
    """A changed value as a person reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe(changes: Sequence[FieldChange]) -> list[str]:
    """One line per change ("enterprise.name: 旧 → 新"), for a log or a test."""
    lines = []
    for ch in changes:
        where = f"{ch.table}.{ch.field}" if ch.field else ch.table
        lines.append(f"{ch.op} {where} [{ch.row_id}]: {shown(ch.old)} → {shown(ch.new)}")
    return lines
