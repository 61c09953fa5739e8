"""The one mechanism that records every insert, update and delete as change records.

ORM sessions get it through :func:`install` (a flush hook); bulk paths call
:func:`bulk_insert` / :func:`bulk_update`. Both end in :func:`write_changes`, which
allocates hybrid-logical-clock stamps and sequence numbers from ``local_clock``
inside the caller's transaction, so data and change log commit together.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Table, bindparam, func, or_, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from qsupervise import dialect
from qsupervise.ids import new_id, wall_ms
from qsupervise.models.base import utcnow
from qsupervise.models.system import Change, LocalClock
from qsupervise.permissions import Principal, check_bulk_insert, check_bulk_update, check_flush

COUNTER_BITS = 16
CHANGE_TABLE: Table = Change.__table__  # type: ignore[attr-defined]
CLOCK_TABLE: Table = LocalClock.__table__  # type: ignore[attr-defined]


@dataclass
class WriteContext:
    """Who writes, from which station, with which id factory and clock."""

    station_id: str
    user_id: str
    new_id: Callable[[], str] = new_id
    wall_ms: Callable[[], int] = wall_ms
    written: dict[str, int] = field(default_factory=dict)  # table -> change records
    principal: Principal | None = None  # the signed-in user whose rights every write is checked against


@dataclass(frozen=True)
class PendingChange:
    table: str
    row_id: str
    op: str
    field: str | None
    value: Any
    base_hlc: int | None = None


def encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):  # attachments: base64 text, decoded by the column's type when applied
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot store {type(value).__name__} in the change log")


def to_json(value: Any) -> str:
    """Compact UTF-8 JSON; datetimes as ISO 8601 (orjson: ~8× the standard library on change rows)."""
    return orjson.dumps(value, default=encode).decode()


def is_tracked(obj: object) -> bool:
    return bool(getattr(type(obj), "__tracked__", False))


def derived_fields(model: type | None) -> tuple[str, ...]:
    """Columns a model computes from others (search keys): local, never in the change log."""
    return tuple(getattr(model, "__derived__", ()))


def model_for(table_name: str) -> type | None:
    """The tracked model class behind a table name."""
    from qsupervise.models.base import Record

    stack: list[type] = [Record]
    while stack:
        cls = stack.pop()
        if getattr(cls, "__tablename__", None) == table_name and getattr(cls, "__table__", None) is not None:
            return cls
        stack.extend(cls.__subclasses__())
    return None


def derive(model: type | None, row: dict[str, Any]) -> None:
    """Fill a row's derived columns in place."""
    if derived_fields(model):
        row.update(model.derive(row))  # type: ignore[union-attr]


def logged_values(model: type | None, row: dict[str, Any]) -> dict[str, Any]:
    skip = derived_fields(model)
    return {k: v for k, v in row.items() if k not in skip} if skip else row


def allocate(conn: Connection, ctx: WriteContext, n: int) -> tuple[int, int]:
    """Reserve ``n`` clock stamps and sequence numbers; return the first of each.

    The clock row stays locked until the caller commits (``FOR UPDATE``; SQLite's write transaction already
    holds the whole file), so concurrent writers on a server get gap-free numbers in commit order.
    """
    row = conn.execute(
        select(CLOCK_TABLE.c.hlc, CLOCK_TABLE.c.seq)
        .where(CLOCK_TABLE.c.station_id == ctx.station_id)
        .with_for_update()
    ).one()
    first_hlc = max(row.hlc + 1, ctx.wall_ms() << COUNTER_BITS)
    conn.execute(
        update(CLOCK_TABLE)
        .where(CLOCK_TABLE.c.station_id == ctx.station_id)
        .values(hlc=first_hlc + n - 1, seq=row.seq + n)
    )
    return first_hlc, row.seq + 1


def complete(table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Give every row each column it leaves out: the column's scalar default, else NULL."""
    fallback: dict[str, Any] = {}
    for c in table.c:
        default = getattr(c.default, "arg", None) if c.default is not None and c.default.is_scalar else None
        if default is not None or c.nullable:
            fallback[c.name] = default
    for row in rows:
        if len(row) < len(table.c):
            for name, value in fallback.items():
                row.setdefault(name, value)


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert through the driver (executemany on SQLite, COPY on PostgreSQL: :func:`dialect.insert_rows`) with
    SQLAlchemy's own per-column converters.

    Same stored values as ``conn.execute(insert(table), rows)`` at about half the cost on
    large batches (no per-parameter bookkeeping). Rows must carry every column (see :func:`complete`).
    """
    if not rows:
        return
    names = [c.name for c in table.c]
    converters = dialect.converters(conn, table)
    params = []
    for row in rows:
        params.append(tuple(row[n] if f is None else f(row[n]) for n, f in zip(names, converters, strict=True)))
    dialect.insert_rows(conn, table, names, params)


def write_changes(conn: Connection, ctx: WriteContext, changes: Sequence[PendingChange]) -> int:
    """Append change records for ``changes``; returns how many were written."""
    if not changes:
        return 0
    first_hlc, first_seq = allocate(conn, ctx, len(changes))
    rows = []
    for i, ch in enumerate(changes):
        rows.append(
            {
                "change_id": ctx.new_id(),
                "station_id": ctx.station_id,
                "seq": first_seq + i,
                "table_name": ch.table,
                "row_id": ch.row_id,
                "op": ch.op,
                "field": ch.field,
                "value": None if ch.op == "delete" else to_json(ch.value),
                "hlc": first_hlc + i,
                "base_hlc": ch.base_hlc,
                "user_id": ctx.user_id,
            }
        )
        ctx.written[ch.table] = ctx.written.get(ch.table, 0) + 1
    insert_many(conn, CHANGE_TABLE, rows)
    return len(rows)


def latest_hlc(conn: Connection, table: str, row_ids: Iterable[str], field: str) -> dict[str, int]:
    """The newest clock stamp each row's ``field`` was written with (the writer's base)."""
    ids = list(row_ids)
    c = CHANGE_TABLE.c
    found: dict[str, int] = {}

    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = (
            select(c.row_id, func.max(c.hlc))
            .where(c.table_name == table, c.row_id.in_(chunk))
            .where(or_(c.field == field, c.field.is_(None)))
            .group_by(c.row_id)
        )
        found.update({r[0]: r[1] for r in conn.execute(stmt)})
    return found


def row_version(conn: Connection, table: str, row_id: str) -> int:
    """The newest clock stamp any change of one row carries (0: none): what a form opened with, to tell at save
    time whether someone changed the row meanwhile."""
    c = CHANGE_TABLE.c
    found = conn.execute(select(func.max(c.hlc)).where(c.table_name == table, c.row_id == row_id)).scalar_one()
    return int(found or 0)


# -- bulk paths (SQLAlchemy Core) --------------------------------------------------


def stamp(ctx: WriteContext, row: dict[str, Any], now: datetime | None = None) -> dict[str, Any]:
    """Fill the common columns of a new row in place and return it."""
    when = now or utcnow()
    row.setdefault("id", ctx.new_id())
    row.setdefault("created_at", when)
    row.setdefault("updated_at", when)
    row.setdefault("created_by", ctx.user_id)
    row.setdefault("origin_station", ctx.station_id)
    return row


def bulk_insert(conn: Connection, ctx: WriteContext, table: Table, rows: list[dict[str, Any]]) -> int:
    """Insert complete rows (see :func:`stamp`) and their change records in one go."""
    if not rows:
        return 0
    check_bulk_insert(conn, ctx.principal, table.name, rows)
    model = model_for(table.name)
    complete(table, rows)
    for row in rows:
        derive(model, row)
    insert_many(conn, table, rows)
    changes = [PendingChange(table.name, r["id"], "insert", None, logged_values(model, r)) for r in rows]
    write_changes(conn, ctx, changes)
    return len(rows)


def bulk_update(
    conn: Connection, ctx: WriteContext, table: Table, row_ids: Sequence[str], values: Mapping[str, Any]
) -> int:
    """Set the same ``values`` on the rows ``row_ids``, one change record per row and field."""
    return bulk_update_rows(conn, ctx, table, [(rid, values) for rid in row_ids])


def bulk_update_rows(
    conn: Connection, ctx: WriteContext, table: Table, items: Sequence[tuple[str, Mapping[str, Any]]]
) -> int:
    """Give each row its own new values (an import); one change record per row and changed field.

    Derived columns among the values are ignored; they are recomputed from their inputs.
    """
    if not items:
        return 0
    check_bulk_update(conn, ctx.principal, table.name, items)
    now = utcnow()
    model = model_for(table.name)
    skip = set(derived_fields(model))
    groups: dict[tuple[str, ...], list[tuple[str, Mapping[str, Any]]]] = {}
    for rid, values in items:
        groups.setdefault(tuple(sorted(set(values) - skip)), []).append((rid, values))
    changes: list[PendingChange] = []
    for fields, group in groups.items():
        ids = [rid for rid, _values in group]
        params = [{"_id": rid, **{f: values[f] for f in fields}, "updated_at": now} for rid, values in group]
        conn.execute(update(table).where(table.c.id == bindparam("_id")), params)
        for name in fields:
            bases = latest_hlc(conn, table.name, ids, name)
            changes += [
                PendingChange(table.name, rid, "update", name, values[name], bases.get(rid)) for rid, values in group
            ]
        if set(fields) & set(getattr(model, "__derive_inputs__", ())):
            _rederive(conn, model, table, ids)
    write_changes(conn, ctx, changes)
    return len(items)


def _rederive(conn: Connection, model: Any, table: Table, row_ids: Sequence[str]) -> None:
    inputs = [table.c[name] for name in model.__derive_inputs__]
    params = []
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        for row in conn.execute(select(table.c.id, *inputs).where(table.c.id.in_(chunk))).mappings():
            params.append({"_id": row["id"], **model.derive(row)})
    conn.execute(update(table).where(table.c.id == bindparam("_id")), params)


# -- ORM sessions ------------------------------------------------------------------


def _columns(obj: object) -> dict[str, Any]:
    mapper = sa_inspect(type(obj))
    skip = derived_fields(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs if attr.key not in skip}


def _derive_object(obj: Any) -> None:
    model = type(obj)
    if derived_fields(model):
        row = {name: getattr(obj, name) for name in model.__derive_inputs__}
        for key, value in model.derive(row).items():
            if getattr(obj, key) != value:
                setattr(obj, key, value)


def _before_flush(session: Session, _ctx: object, _instances: object) -> None:
    check_flush(session)  # a refused row raises before anything is written
    ctx: WriteContext | None = session.info.get("write_context")
    now = utcnow()
    for obj in session.new:
        if is_tracked(obj):
            if ctx is None:
                raise RuntimeError("tracked rows must be written inside Store.session()")
            if not getattr(obj, "created_by", ""):
                obj.created_by = ctx.user_id
            if not getattr(obj, "origin_station", ""):
                obj.origin_station = ctx.station_id
            _derive_object(obj)
    for obj in session.dirty:
        if is_tracked(obj) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            _derive_object(obj)


def _after_flush(session: Session, _flush_context: object) -> None:
    ctx: WriteContext | None = session.info.get("write_context")
    pending: list[PendingChange] = []
    for obj in session.new:
        if is_tracked(obj):
            pending.append(PendingChange(type(obj).__tablename__, obj.id, "insert", None, _columns(obj)))
    conn = session.connection()
    for obj in session.dirty:
        if not is_tracked(obj):
            continue
        state = sa_inspect(obj)
        table = type(obj).__tablename__
        skip = {"updated_at", *derived_fields(type(obj))}
        for attr in state.mapper.column_attrs:
            if attr.key in skip:
                continue
            hist = state.attrs[attr.key].history
            if hist.has_changes():
                base = latest_hlc(conn, table, [obj.id], attr.key).get(obj.id)
                value = getattr(obj, attr.key)
                pending.append(PendingChange(table, obj.id, "update", attr.key, value, base))
    for obj in session.deleted:
        if is_tracked(obj):
            pending.append(PendingChange(type(obj).__tablename__, obj.id, "delete", None, None))
    if pending:
        if ctx is None:
            raise RuntimeError("tracked rows must be written inside Store.session()")
        write_changes(conn, ctx, pending)


def install(session_class: type[Session]) -> None:
    """Attach the change-log hooks to every session of ``session_class``."""
    from sqlalchemy import event

    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)
