"""Conflicts, possible duplicates and held records: what a user sees and decides after a merge."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, select
from sqlmodel import Session, col, func
from sqlmodel import select as model_select

from qsupervise import changelog
from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, RecordRedirect, Station, SyncConflict, SyncHeld, User
from qsupervise.models.base import utcnow
from qsupervise.sync import merge


@dataclass(frozen=True)
class Version:
    """One value a field was given: by whom, when, at which station."""

    value: Any
    station_id: str
    station_name: str
    user: str
    at: datetime
    change_id: str


@dataclass
class Conflict:
    table: str
    row_id: str
    field: str
    label: str  # the row's name, for people
    current: Any  # the value shown now (the newest stamp wins until resolved)
    base: Version | None  # what the writers started from
    versions: list[Version] = dataclasses.field(default_factory=list)  # the concurrent values, newest first

    @property
    def key(self) -> tuple[str, str, str]:
        return self.table, self.row_id, self.field


def _table(name: str) -> Table:
    for table in merge.synced_tables():
        if table.name == name:
            return table
    raise KnownError("sync_table_unknown", table=name)


def _version(rec: merge.Rec, name: str, stations: dict[str, str], users: dict[str, str]) -> Version:
    return Version(value=merge.value_of(rec, name), station_id=rec[1], station_name=stations.get(rec[1], rec[1][:8]),
                   user=users.get(rec[10], ""), at=merge.stamp_time(rec[8]), change_id=rec[0])


def _label(row: dict[str, Any] | None) -> str:
    if row is None:
        return ""
    for name in ("name", "title", "number", "product_name", "code"):
        if row.get(name):
            return str(row[name])
    return str(row.get("id", ""))[:8]


def open_conflicts(session: Session, *, table: str | None = None, row_id: str | None = None) -> list[Conflict]:
    """The recorded conflicts that are still open (a plain edit of the field since ends one)."""
    query = model_select(SyncConflict)
    if table:
        query = query.where(SyncConflict.table_name == table)
    if row_id:
        query = query.where(SyncConflict.row_id == row_id)
    keys = [(c.table_name, c.row_id, c.field)
            for c in session.exec(query.order_by(col(SyncConflict.detected_at).desc()))]
    if not keys:
        return []
    conn = session.connection()
    stations = {s.id: s.name for s in session.exec(model_select(Station))}
    users = {u.id: (u.display_name or u.username) for u in session.exec(model_select(User))}
    found: list[Conflict] = []
    for table_name, rid, name in keys:
        records = merge.records_of(conn, table_name, [rid]).get(rid, [])
        heads = merge.heads(records, name)
        values = {merge._canonical(merge.value_of(h, name)) for h in heads}
        if len(values) < 2:
            continue
        t = _table(table_name)
        row = conn.execute(select(t).where(t.c.id == rid)).mappings().first()
        heads.sort(key=lambda r: (r[8], r[1]), reverse=True)
        bases = [h[9] for h in heads if h[9] is not None]
        base_rec = next((r for r in records if bases and r[8] == min(bases)
                         and (r[5] == "insert" or r[6] == name)), None)
        found.append(Conflict(
            table=table_name, row_id=rid, field=name, label=_label(dict(row) if row else None),
            current=row[name] if row is not None and name in row else None,
            base=_version(base_rec, name, stations, users) if base_rec else None,
            versions=[_version(h, name, stations, users) for h in heads],
        ))
    return found


def resolve(session: Session, *, table: str, row_id: str, field_name: str, value: Any, actor: str = "cli") -> None:
    """Settle a conflict with ``value`` (one of the versions, or an edited one): a new change based on every
    version, which travels to every station; the losing values stay in the change log."""
    from qsupervise.services import audit

    t = _table(table)
    if field_name not in t.c or field_name in merge.QUIET_FIELDS:
        raise KnownError("sync_field_unknown", table=table, field=field_name)
    ctx = session.info["write_context"]
    conn = session.connection()
    if conn.execute(select(t.c.id).where(t.c.id == row_id)).first() is None:
        raise KnownError("sync_row_missing", table=table, row=row_id)
    decode = merge.decoder(t).get(field_name)
    stored = decode(value) if decode and isinstance(value, str) else value
    changelog.bulk_update_rows(conn, ctx, t, [(row_id, {field_name: stored})])
    conn.execute(delete(SyncConflict.__table__).where(  # type: ignore[attr-defined]
        SyncConflict.__table__.c.table_name == table, SyncConflict.__table__.c.row_id == row_id,  # type: ignore[attr-defined]
        SyncConflict.__table__.c.field == field_name))  # type: ignore[attr-defined]
    audit.record(session, actor=actor, action="sync.resolve", target=f"{table}.{field_name}",
                 detail={"row": row_id, "value": str(value)[:200]})


# -- possible duplicates ---------------------------------------------------------------------------------------


@dataclass
class DuplicateGroup:
    uscc: str
    enterprises: list[Enterprise]


def duplicates(session: Session, *, limit: int = 500) -> list[DuplicateGroup]:
    """Live enterprises sharing a credit code (two townships registered the same one)."""
    live = col(Enterprise.deleted_at).is_(None)
    codes = session.exec(
        model_select(Enterprise.uscc).where(live, col(Enterprise.uscc).is_not(None))
        .group_by(col(Enterprise.uscc)).having(func.count() > 1).order_by(col(Enterprise.uscc)).limit(limit)
    ).all()
    groups = []
    for code in codes:
        rows = session.exec(model_select(Enterprise).where(live, Enterprise.uscc == code)
                            .order_by(col(Enterprise.created_at))).all()
        groups.append(DuplicateGroup(uscc=code or "", enterprises=list(rows)))
    return groups


def merge_duplicate(session: Session, *, keep_id: str, drop_id: str, actor: str = "cli") -> int:
    """Merge the enterprise ``drop_id`` into ``keep_id``: every row pointing at it now points at the one kept,
    it is marked deleted, and a redirect is left; all through change records. Returns the rows re-pointed."""
    from qsupervise.services import audit

    if keep_id == drop_id:
        raise KnownError("sync_merge_same")
    keep, drop = session.get(Enterprise, keep_id), session.get(Enterprise, drop_id)
    if keep is None or drop is None or keep.deleted_at is not None or drop.deleted_at is not None:
        raise KnownError("enterprise_not_found", ref=drop_id if keep is not None else keep_id)
    ctx = session.info["write_context"]
    conn = session.connection()
    moved = 0
    target: Table = Enterprise.__table__  # type: ignore[attr-defined]
    for child in merge.synced_tables():
        for column in child.c:
            if any(fk.column.table is target for fk in column.foreign_keys):
                ids = [r[0] for r in conn.execute(select(child.c.id).where(column == drop_id))]
                if ids:
                    moved += changelog.bulk_update(conn, ctx, child, ids, {column.name: keep_id})
    changelog.bulk_update(conn, ctx, target, [drop_id], {"deleted_at": utcnow()})
    session.expire_all()
    session.add(RecordRedirect(table_name="enterprise", from_id=drop_id, to_id=keep_id,
                               reason=f"duplicate {keep.uscc or ''}".strip()))
    session.flush()
    audit.record(session, actor=actor, action="sync.merge_duplicate", target=keep.name,
                 detail={"kept": keep_id, "merged": drop_id, "rows": moved})
    return moved


# -- held records ----------------------------------------------------------------------------------------------


def held(session: Session) -> list[SyncHeld]:
    return list(session.exec(model_select(SyncHeld).order_by(col(SyncHeld.hlc))))


def release_held(session: Session, *, now_ms: int | None = None, force: bool = False, actor: str = "cli") -> int:
    """Apply held records whose stamp is no longer ahead of this clock (all of them with ``force``, after a
    user has checked the sending computer's date). Returns how many were applied."""
    from qsupervise.services import audit

    rows = held(session)
    limit = merge.hlc_limit(now_ms)
    ready = [h for h in rows if force or h.hlc <= limit]
    if not ready:
        return 0
    records = [tuple(getattr(h, n) for n in merge.COLUMNS) for h in ready]
    conn = session.connection()
    far = 1 << 62
    merge.merge(conn, records, package_id="", now_ms=(far >> changelog.COUNTER_BITS) if force else now_ms)
    h = SyncHeld.__table__  # type: ignore[attr-defined]
    ids = [r[0] for r in records]
    for start in range(0, len(ids), 500):
        conn.execute(delete(h).where(h.c.change_id.in_(ids[start : start + 500])))
    audit.record(session, actor=actor, action="sync.release_held", target=str(len(ready)),
                 detail={"forced": force})
    return len(ready)

