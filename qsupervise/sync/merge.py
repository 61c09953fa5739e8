"""Merging change records from other stations: set union of records, rows derived from them.

* Records are added by ``change_id`` (one already present is skipped), so duplicates and order of packages
  do not matter.
* A row's current values are derived from all its records: the first insert (lowest ``(hlc, station)``; a row
  created at two stations with the same id, like the township's org unit, keeps the first creation) and,
  per field, the update with the highest ``(hlc, station)``. A tombstone removes the row.
* A field has a conflict when two of its records are *heads* (no other record of that field was written
  knowing them: ``base_hlc >= hlc``) and hold different values. Deterministic from the set of records, so
  every installation holding the same records shows the same conflicts. A new write based on all heads (a
  resolution, or a plain edit of the field) ends the conflict; losing values stay in the change log.
* A record stamped more than a day ahead of this installation's clock is held for review, not applied.
* A row whose insert has not arrived, or which points at a row that has not, waits in ``sync_pending`` and is
  tried again after every merge.

Every table whose model derives from ``models.base.Record`` takes part, with no list to keep up to date.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Date, DateTime, LargeBinary, Table, bindparam, delete, func, select, update

from qsupervise import changelog
from qsupervise.ids import wall_ms
from qsupervise.models.base import Record
from qsupervise.models.sync import SyncConflict, SyncHeld, SyncPending
from qsupervise.models.system import Change, LocalClock

CHANGE_TABLE: Table = Change.__table__  # type: ignore[attr-defined]
CLOCK_TABLE: Table = LocalClock.__table__  # type: ignore[attr-defined]
CONFLICT_TABLE: Table = SyncConflict.__table__  # type: ignore[attr-defined]
HELD_TABLE: Table = SyncHeld.__table__  # type: ignore[attr-defined]
PENDING_TABLE: Table = SyncPending.__table__  # type: ignore[attr-defined]
COLUMNS = ("change_id", "station_id", "seq", "table_name", "row_id", "op", "field", "value", "hlc", "base_hlc",
           "user_id")
OPS = ("insert", "update", "delete")
DAY_MS = 24 * 3600 * 1000
CHUNK = 500
# Bookkeeping columns: last writer wins without a conflict.
QUIET_FIELDS = frozenset({"id", "created_at", "updated_at", "created_by", "origin_station"})

Rec = tuple[Any, ...]  # a change record in COLUMNS order


@dataclass
class MergeSummary:
    """What a merge did, counted in rows (records for ``records_*``, ``held`` and ``errors``)."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0  # fields in conflict after the merge among the rows it touched
    errors: int = 0
    held: int = 0
    pending: int = 0
    records_new: int = 0
    records_known: int = 0
    problems: list[str] = field(default_factory=list)  # the first few errors, for the report

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def synced_tables() -> list[Table]:
    """Every synchronised table, parents before the tables that point at them."""
    names = {getattr(t, "__tablename__", "") for t in _record_models()}
    return [t for t in Record.metadata.sorted_tables if t.name in names]


def _record_models() -> list[type]:
    found: list[type] = []
    stack: list[type] = [Record]
    while stack:
        cls = stack.pop()
        if getattr(cls, "__table__", None) is not None and getattr(cls, "__tracked__", False):
            found.append(cls)
        stack.extend(cls.__subclasses__())
    return found


def hlc_limit(now_ms: int | None = None) -> int:
    """Stamps above this are more than a day ahead of this installation's clock."""
    return ((now_ms if now_ms is not None else wall_ms()) + DAY_MS) << changelog.COUNTER_BITS


# -- the merge ---------------------------------------------------------------------------------------------------


def merge(conn: Connection, records: Iterable[Rec], *, package_id: str = "", now_ms: int | None = None) -> MergeSummary:
    """Add ``records`` to the change log and bring the rows they touch up to date, in the caller's transaction."""
    summary = MergeSummary()
    tables = {t.name: t for t in synced_tables()}
    limit = hlc_limit(now_ms)
    valid: dict[str, Rec] = {}
    held: list[Rec] = []
    for rec in records:
        problem = _problem(rec, tables)
        if problem:
            summary.errors += 1
            if len(summary.problems) < 20:
                summary.problems.append(problem)
        elif rec[8] > limit:
            held.append(rec)
        else:
            valid[rec[0]] = rec
    known = _existing(conn, CHANGE_TABLE.c.change_id, list(valid))
    fresh = [r for cid, r in valid.items() if cid not in known]
    summary.records_known = len(valid) - len(fresh)
    summary.records_new = len(fresh)
    summary.held = _hold(conn, held, package_id)
    fresh.sort(key=lambda r: (r[1], r[2]))
    changelog.insert_many(conn, CHANGE_TABLE, [dict(zip(COLUMNS, r, strict=True)) for r in fresh])
    by_row: dict[str, dict[str, list[Rec]]] = defaultdict(lambda: defaultdict(list))
    for r in fresh:
        by_row[r[3]][r[4]].append(r)
    touched_known = {(r[3], r[4]) for r in valid.values() if r[0] in known}
    waiting = _pending(conn)
    for table in tables.values():
        rows = by_row.get(table.name, {})
        retry = [rid for rid in waiting.get(table.name, ()) if rid not in rows]
        if rows or retry:
            _materialize(conn, table, rows, retry, summary)
    summary.unchanged += len({k for k in touched_known if k[1] not in by_row.get(k[0], {})})
    summary.pending = conn.execute(select(func.count()).select_from(PENDING_TABLE)).scalar_one()
    if fresh:
        _advance_clock(conn, max(r[8] for r in fresh))
    return summary


def _problem(rec: Rec, tables: dict[str, Table]) -> str:
    if len(rec) != len(COLUMNS):
        return "malformed change record"
    change_id, station_id, seq, table, row_id, op, name, value, hlc, base, _user = rec
    if not (isinstance(change_id, str) and change_id and isinstance(station_id, str) and station_id):
        return "change record without id or station"
    if not isinstance(seq, int) or not isinstance(hlc, int) or (base is not None and not isinstance(base, int)):
        return f"change {change_id}: seq/hlc not integers"
    if table not in tables:
        return f"change {change_id}: unknown table {table!r}"
    if op not in OPS or not isinstance(row_id, str) or not row_id:
        return f"change {change_id}: operation {op!r}"
    if op == "update" and (not isinstance(name, str) or name not in tables[table].c):
        return f"change {change_id}: unknown field {table}.{name}"
    if op != "delete":
        try:
            decoded = orjson.loads(value)
        except (orjson.JSONDecodeError, TypeError):
            return f"change {change_id}: value is not JSON"
        if op == "insert" and (not isinstance(decoded, dict) or decoded.get("id", row_id) != row_id):
            return f"change {change_id}: inserted row does not match its id"
    return ""


def _existing(conn: Connection, column: Any, values: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        found.update(r[0] for r in conn.execute(select(column).where(column.in_(chunk))))
    return found


def _hold(conn: Connection, held: list[Rec], package_id: str) -> int:
    if not held:
        return 0
    already = _existing(conn, HELD_TABLE.c.change_id, [r[0] for r in held])
    in_log = _existing(conn, CHANGE_TABLE.c.change_id, [r[0] for r in held])
    rows = [{**dict(zip(COLUMNS, r, strict=True)), "package_id": package_id, "held_at": datetime.now(UTC)}
            for r in held if r[0] not in already and r[0] not in in_log]
    if rows:
        conn.execute(HELD_TABLE.insert(), rows)
    return len(held)


def _pending(conn: Connection) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for table, row_id in conn.execute(select(PENDING_TABLE.c.table_name, PENDING_TABLE.c.row_id)):
        found[table].append(row_id)
    return found


def _advance_clock(conn: Connection, seen: int) -> None:
    """Our next stamps come after everything merged (the receive rule of a hybrid logical clock)."""
    c = CLOCK_TABLE.c
    conn.execute(update(CLOCK_TABLE).where(c.hlc < seen).values(hlc=seen))


# -- rows from records -------------------------------------------------------------------------------------------


def records_of(conn: Connection, table: str, row_ids: Sequence[str]) -> dict[str, list[Rec]]:
    """Every change record of these rows, from the change log."""
    c = CHANGE_TABLE.c
    found: dict[str, list[Rec]] = defaultdict(list)
    for start in range(0, len(row_ids), CHUNK):
        chunk = row_ids[start : start + CHUNK]
        query = select(*(c[n] for n in COLUMNS)).where(c.table_name == table, c.row_id.in_(chunk))
        for r in conn.execute(query):
            found[r[4]].append(tuple(r))
    return found


def _record_counts(conn: Connection, table: str, row_ids: Sequence[str]) -> dict[str, int]:
    c = CHANGE_TABLE.c
    found: dict[str, int] = {}
    for start in range(0, len(row_ids), CHUNK):
        chunk = row_ids[start : start + CHUNK]
        query = select(c.row_id, func.count()).where(c.table_name == table, c.row_id.in_(chunk)).group_by(c.row_id)
        found.update({r[0]: r[1] for r in conn.execute(query)})
    return found


def _key(rec: Rec) -> tuple[int, str]:
    return rec[8], rec[1]


def decoder(table: Table) -> dict[str, Any]:
    """column -> function turning its change-log JSON value into what the column stores."""
    found: dict[str, Any] = {}
    for c in table.c:
        kind = getattr(c.type, "impl", c.type)
        if isinstance(kind, DateTime):
            found[c.name] = lambda v: None if v is None else datetime.fromisoformat(v)
        elif isinstance(kind, Date):
            found[c.name] = lambda v: None if v is None else date.fromisoformat(v)
        elif isinstance(kind, LargeBinary):
            found[c.name] = lambda v: None if v is None else base64.b64decode(v)
    return found


@dataclass
class RowState:
    """What a row's records say: ``values`` (None when deleted or not yet creatable) and ``why`` not."""

    values: dict[str, Any] | None
    why: str = ""  # deleted | no_insert
    conflicts: frozenset[str] = frozenset()
    newest: int = 0


def row_state(records: Sequence[Rec], table: Table, decode: dict[str, Any]) -> RowState:
    inserts = [r for r in records if r[5] == "insert"]
    if any(r[5] == "delete" for r in records):
        return RowState(None, "deleted")
    if not inserts:
        return RowState(None, "no_insert")
    first = min(inserts, key=_key)
    raw = orjson.loads(first[7])
    stamps = {name: _key(first) for name in raw}
    values = dict(raw)
    updates = sorted((r for r in records if r[5] == "update"), key=_key)
    for r in updates:
        if _key(r) > stamps.get(r[6], (-1, "")):
            values[r[6]] = orjson.loads(r[7])
            stamps[r[6]] = _key(r)
    conflicts = _conflicts(records, updates)
    row = {c.name: values[c.name] for c in table.c if c.name in values}
    for name, fn in decode.items():
        if name in row:
            row[name] = fn(row[name])
    newest = max(r[8] for r in records)
    if updates:
        row["updated_at"] = stamp_time(newest)
    return RowState(row, conflicts=conflicts, newest=newest)


def stamp_time(hlc: int) -> datetime:
    """The wall-clock time in a clock stamp (UTC, to the second)."""
    return datetime.fromtimestamp((hlc >> changelog.COUNTER_BITS) / 1000, UTC).replace(microsecond=0)


def _conflicts(records: Sequence[Rec], updates: list[Rec]) -> frozenset[str]:
    by_field: dict[str, set[str]] = defaultdict(set)
    for r in updates:
        if r[6] not in QUIET_FIELDS:
            by_field[r[6]].add(r[1])
    return frozenset(name for name, stations in by_field.items()
                     if len(stations) > 1 and len({_canonical(value_of(h, name)) for h in heads(records, name)}) > 1)


def _canonical(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def value_of(rec: Rec, name: str) -> Any:
    """The value a record gives the field ``name`` (an insert gives every field)."""
    value = orjson.loads(rec[7]) if rec[7] is not None else None
    return value.get(name) if rec[5] == "insert" and isinstance(value, dict) else value


def heads(records: Sequence[Rec], name: str) -> list[Rec]:
    """The records of one field that no other record of it was written knowing (for the conflicts page)."""
    inserts = [r for r in records if r[5] == "insert"]
    candidates = [r for r in records if r[5] == "update" and r[6] == name]
    if inserts:
        first = min(inserts, key=_key)
        if name in orjson.loads(first[7]):
            candidates.append(first)
    return [w for w in candidates
            if not any(o is not w and o[9] is not None and o[9] >= w[8] for o in candidates)]


def _materialize(
    conn: Connection, table: Table, fresh: dict[str, list[Rec]], retry: list[str], summary: MergeSummary
) -> None:
    ids = list(fresh) + retry
    counts = _record_counts(conn, table.name, list(fresh))
    full_ids = [rid for rid in fresh if counts.get(rid, 0) > len(fresh[rid])] + retry
    records: dict[str, list[Rec]] = {rid: fresh[rid] for rid in fresh}
    records.update(records_of(conn, table.name, full_ids))
    current = _current(conn, table, ids)
    decode = decoder(table)
    model = changelog.model_for(table.name)
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[str, dict[str, Any]]] = []
    removals: list[str] = []
    waiting: dict[str, str] = {}
    conflict_rows: dict[str, frozenset[str]] = {}
    for rid in ids:
        state = row_state(records.get(rid, []), table, decode)
        if len({r[1] for r in records.get(rid, [])}) > 1:
            conflict_rows[rid] = state.conflicts
        have = current.get(rid)
        if state.values is None:
            if state.why == "deleted" and have is not None:
                removals.append(rid)
            elif state.why == "no_insert" and have is None:
                waiting[rid] = "no_insert"
            elif have is None and rid not in retry:
                summary.unchanged += 1
            continue
        target = state.values
        changelog.derive(model, target)
        if have is None:
            inserts.append(target)
        else:
            changed = {k: v for k, v in target.items() if k in have and have[k] != v and k != "id"}
            if set(changed) - {"updated_at"}:
                updates.append((rid, changed))
            elif rid not in retry:
                summary.unchanged += 1
    inserts = _insert_with_parents(conn, table, inserts, waiting)
    blocked = _missing_parents(conn, table, [{**current[rid], **v} for rid, v in updates])
    waiting.update({rid: "missing_parent" for rid in blocked})
    updates = [(rid, v) for rid, v in updates if rid not in blocked]
    removals = _without_children(conn, table, removals, waiting)
    _write(conn, table, updates, removals)
    summary.created += len(inserts)
    summary.updated += len(updates)
    summary.deleted += len(removals)
    done = [r["id"] for r in inserts] + [rid for rid, _v in updates] + removals + [
        rid for rid in retry if rid not in waiting]
    _set_pending(conn, table.name, done, waiting)
    summary.conflicts += _set_conflicts(conn, table.name, conflict_rows)


def _current(conn: Connection, table: Table, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def _parents(table: Table) -> list[tuple[str, Table]]:
    return [(c.name, fk.column.table) for c in table.c for fk in c.foreign_keys if fk.column.name == "id"]


def _missing_parents(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> set[str]:
    """Ids of ``rows`` that point at a row not (yet) in its table."""
    missing: set[str] = set()
    for column, parent in _parents(table):
        wanted = sorted({r[column] for r in rows if r.get(column)})
        if not wanted:
            continue
        there = _existing(conn, parent.c.id, wanted)
        missing.update(r["id"] for r in rows if r.get(column) and r[column] not in there)
    return missing


def _insert_with_parents(
    conn: Connection, table: Table, rows: list[dict[str, Any]], waiting: dict[str, str]
) -> list[dict[str, Any]]:
    """The rows whose parents exist, inserted round by round so rows pointing at each other in one table
    (org units under org units) go in parent first; the others wait."""
    ready: list[dict[str, Any]] = []
    left = rows
    while left:
        missing = _missing_parents(conn, table, left)
        batch = [r for r in left if r["id"] not in missing]
        if not batch:
            break
        changelog.complete(table, batch)
        changelog.insert_many(conn, table, batch)
        ready += batch
        left = [r for r in left if r["id"] in missing]
    for r in left:
        waiting[r["id"]] = "missing_parent"
    return ready


def _without_children(conn: Connection, table: Table, ids: list[str], waiting: dict[str, str]) -> list[str]:
    if not ids:
        return ids
    blocked: set[str] = set()
    for child in synced_tables():
        for column, parent in _parents(child):
            if parent is table:
                blocked |= _existing_in(conn, child.c[column], ids)
    for rid in blocked:
        waiting[rid] = "has_children"
    return [rid for rid in ids if rid not in blocked]


def _existing_in(conn: Connection, column: Any, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update(r[0] for r in conn.execute(select(column).where(column.in_(chunk)).distinct()))
    return found


def _write(conn: Connection, table: Table, updates: list[tuple[str, dict[str, Any]]], removals: list[str]) -> None:
    """Updates and removals (inserts went in parent first in :func:`_insert_with_parents`)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for rid, values in updates:
        groups[tuple(sorted(values))].append({"_id": rid, **values})
    for _fields, params in groups.items():
        conn.execute(update(table).where(table.c.id == bindparam("_id")), params)
    for start in range(0, len(removals), CHUNK):
        conn.execute(delete(table).where(table.c.id.in_(removals[start : start + CHUNK])))


def _set_pending(conn: Connection, table: str, done: list[str], waiting: dict[str, str]) -> None:
    c = PENDING_TABLE.c
    settled = done + list(waiting)
    for start in range(0, len(settled), CHUNK):
        chunk = settled[start : start + CHUNK]
        conn.execute(delete(PENDING_TABLE).where(c.table_name == table, c.row_id.in_(chunk)))
    if waiting:
        now = datetime.now(UTC)
        conn.execute(PENDING_TABLE.insert(), [{"table_name": table, "row_id": rid, "reason": why, "since": now}
                                              for rid, why in waiting.items()])


def _set_conflicts(conn: Connection, table: str, rows: dict[str, frozenset[str]]) -> int:
    """Record the open conflicts of these rows (others of theirs are over); returns how many are open."""
    if not rows:
        return 0
    c = CONFLICT_TABLE.c
    ids = list(rows)
    existing: set[tuple[str, str]] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        existing |= {(r[0], r[1]) for r in conn.execute(
            select(c.row_id, c.field).where(c.table_name == table, c.row_id.in_(chunk)))}
    wanted = {(rid, name) for rid, names in rows.items() for name in names}
    for rid, name in existing - wanted:
        conn.execute(delete(CONFLICT_TABLE).where(c.table_name == table, c.row_id == rid, c.field == name))
    now = datetime.now(UTC)
    new = [{"table_name": table, "row_id": rid, "field": name, "detected_at": now} for rid, name in wanted - existing]
    if new:
        conn.execute(CONFLICT_TABLE.insert(), new)
    return len(wanted)
