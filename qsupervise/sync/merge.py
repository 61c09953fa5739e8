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

How, at a million records (a county's return package): the records are checked as they stream in and kept in
memory up to ``KEEP``; past that they are all staged in a scratch table (:mod:`qsupervise.sync.scratch`) and go
into the change log with one ``INSERT … SELECT`` in ``(station, seq)`` order. The rows they touch are then derived
``ROWS`` at a time, their records read back from the change log when not kept, so memory stays flat however big
the package. Id lookups join a scratch table of ids rather than sending ``IN`` lists of 500.
"""

from __future__ import annotations

import contextlib
import operator
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, Table, bindparam, delete, exists, func, select, update

from qsupervise import changelog
from qsupervise.ids import wall_ms
from qsupervise.models.base import Record
from qsupervise.models.sync import SyncConflict, SyncHeld, SyncPending
from qsupervise.models.system import Change, LocalClock
from qsupervise.sync import rowstate, scratch
from qsupervise.sync.rowstate import QUIET_FIELDS as QUIET_FIELDS  # the names below were defined here before
from qsupervise.sync.rowstate import Rec as Rec
from qsupervise.sync.rowstate import RowState as RowState
from qsupervise.sync.rowstate import _canonical as _canonical
from qsupervise.sync.rowstate import decoder as decoder
from qsupervise.sync.rowstate import heads as heads
from qsupervise.sync.rowstate import row_state as row_state
from qsupervise.sync.rowstate import stamp_time as stamp_time
from qsupervise.sync.rowstate import value_of as value_of

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
STAGE = 20_000  # records staged per executemany
KEEP = 200_000  # records kept in memory to derive rows from (beyond: read back from the change log)
ROWS = 10_000  # rows derived at a time


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
    """Add ``records`` to the change log and bring the rows they touch up to date, in the caller's transaction.

    ``records`` is read once, as it comes (a generator over a payload keeps memory flat)."""
    summary = MergeSummary()
    tables = {t.name: t for t in synced_tables()}
    scratch.open_(conn)
    try:
        held, kept = _stage(conn, records, tables, hlc_limit(now_ms), summary)
        if kept is None:
            summary.records_new, summary.records_known = scratch.mark_known(conn)
            summary.records_new -= _count_taken(summary, scratch.mark_taken(conn))
            summary.held = _hold(conn, held, package_id)
            newest = scratch.insert_new(conn)
            by_row = scratch.new_rows(conn)
            touched_known = scratch.known_rows(conn)
        else:
            newest, by_row, touched_known = _add_kept(conn, kept, held, package_id, summary)
            del kept
        waiting = _pending(conn)
        for table in tables.values():
            rows = by_row.get(table.name, {})
            retry = [rid for rid in waiting.get(table.name, ()) if rid not in rows]
            if rows or retry:
                _materialize(conn, table, list(rows) + retry, rows, set(retry), set(waiting.get(table.name, ())),
                             summary)
        summary.unchanged += len({k for k in touched_known if k[1] not in by_row.get(k[0], {})})
        summary.pending = conn.execute(select(func.count()).select_from(PENDING_TABLE)).scalar_one()
        if newest is not None:
            _advance_clock(conn, newest)
            _forget_held(conn)
    except BaseException:
        with contextlib.suppress(Exception):  # the error that got us here is the one to report
            scratch.close(conn)
        raise
    scratch.close(conn)
    return summary


def _stage(conn: Connection, records: Iterable[Rec], tables: dict[str, Table], limit: int,
           summary: MergeSummary) -> tuple[list[Rec], dict[str, Rec] | None]:
    """Check each record; returns the held ones and the valid ones by id (a repeated id: the last wins), or None
    when there were more than ``KEEP``: they are all staged then."""
    columns = {name: frozenset(t.c.keys()) for name, t in tables.items()}
    convert = scratch.converters(conn, CHANGE_TABLE)
    held: list[Rec] = []
    kept: dict[str, Rec] | None = {}
    batch: list[Rec] = []
    for rec in records:
        problem = _problem(rec, columns)
        if problem:
            summary.errors += 1
            if len(summary.problems) < 20:
                summary.problems.append(problem)
        elif rec[8] > limit:
            held.append(rec)
        elif kept is not None:
            kept[rec[0]] = rec
            if len(kept) > KEEP:
                scratch.stage(conn, list(kept.values()), convert)
                kept = None
        else:
            batch.append(rec)
            if len(batch) >= STAGE:
                scratch.stage(conn, batch, convert)
                batch = []
    if batch:
        scratch.stage(conn, batch, convert)
    return held, kept


def _add_kept(conn: Connection, kept: dict[str, Rec], held: list[Rec], package_id: str, summary: MergeSummary
              ) -> tuple[int | None, dict[str, dict[str, list[Rec] | None]], set[tuple[str, str]]]:
    """The records held in memory into the change log; returns their newest stamp, table -> row -> its new
    records (None for a row with records from before: derived from the change log) and the (table, row) of
    the records the log had."""
    known = _existing(conn, CHANGE_TABLE.c.change_id, list(kept))
    fresh = [r for cid, r in kept.items() if cid not in known] if known else list(kept.values())
    summary.records_known = len(kept) - len(fresh)
    taken = _seq_taken(conn, fresh)
    if taken:
        _count_taken(summary, [r for r in fresh if (r[1], r[2]) in taken])
        fresh = [r for r in fresh if (r[1], r[2]) not in taken]
    summary.records_new = len(fresh)
    summary.held = _hold(conn, held, package_id)
    fresh.sort(key=operator.itemgetter(1, 2))  # (station, seq)
    by_row: dict[str, dict[str, list[Rec] | None]] = {}
    for r in fresh:
        rows = by_row.get(r[3])
        if rows is None:
            rows = by_row[r[3]] = {}
        found = rows.get(r[4])
        if found is None:
            rows[r[4]] = [r]
        else:
            found.append(r)
    for table, rows in by_row.items():
        rows.update(dict.fromkeys(scratch.rows_in_log(conn, table, list(rows))))
    scratch.insert_many(conn, CHANGE_TABLE, fresh, by_position=True)
    touched = {(r[3], r[4]) for cid, r in kept.items() if cid in known} if known else set()
    return (max(r[8] for r in fresh) if fresh else None), by_row, touched


def _seq_taken(conn: Connection, fresh: list[Rec]) -> set[tuple[str, int]]:
    """(station, seq) of new records whose seq the change log holds under another change: the sending station
    issued it twice (it was restored from an older backup). One range probe per station."""
    c = CHANGE_TABLE.c
    ranges: dict[str, tuple[int, int]] = {}
    for r in fresh:
        low, high = ranges.get(r[1], (r[2], r[2]))
        ranges[r[1]] = (min(low, r[2]), max(high, r[2]))
    wanted = {(r[1], r[2]) for r in fresh}
    taken: set[tuple[str, int]] = set()
    for station, (low, high) in ranges.items():
        query = select(c.seq).where(c.station_id == station, c.seq >= low, c.seq <= high)
        taken |= {(station, seq) for (seq,) in conn.execute(query)} & wanted
    return taken


def _count_taken(summary: MergeSummary, records: Sequence[Rec]) -> int:
    """Count records left out because their seq is taken; returns how many."""
    summary.errors += len(records)
    for r in records[: max(0, 20 - len(summary.problems))]:
        summary.problems.append(f"change {r[0]}: seq {r[2]} of station {r[1]} is used by another change already "
                                "(was that station restored from an older backup?); left out")
    return len(records)


def _forget_held(conn: Connection) -> None:
    """Held records that reached the change log since (sent again once the clock caught up) are held no more."""
    h = HELD_TABLE.c
    if conn.execute(select(h.change_id).limit(1)).first() is not None:
        in_log = exists().where(CHANGE_TABLE.c.change_id == h.change_id)  # probes the log's primary key
        conn.execute(delete(HELD_TABLE).where(in_log))


def _problem(rec: Rec, columns: dict[str, frozenset[str]]) -> str:
    if len(rec) != len(COLUMNS):
        return "malformed change record"
    change_id, station_id, seq, table, row_id, op, name, value, hlc, base, _user = rec
    if not (isinstance(change_id, str) and change_id and isinstance(station_id, str) and station_id):
        return "change record without id or station"
    if not isinstance(seq, int) or not isinstance(hlc, int) or (base is not None and not isinstance(base, int)):
        return f"change {change_id}: seq/hlc not integers"
    if table not in columns:
        return f"change {change_id}: unknown table {table!r}"
    if op not in OPS or not isinstance(row_id, str) or not row_id:
        return f"change {change_id}: operation {op!r}"
    if op == "update" and (not isinstance(name, str) or name not in columns[table]):
        return f"change {change_id}: unknown field {table}.{name}"
    if op != "delete":
        try:
            decoded = orjson.loads(value)
        except (orjson.JSONDecodeError, TypeError):
            return f"change {change_id}: value is not JSON"
        if op == "insert" and (not isinstance(decoded, dict) or decoded.get("id", row_id) != row_id):
            return f"change {change_id}: inserted row does not match its id"
    return ""


def _existing(conn: Connection, column: Any, values: Sequence[Any]) -> set[Any]:
    if not values:
        return set()
    return {r[0] for r in conn.execute(select(column).where(scratch.among(conn, column, values)))}


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


@dataclass
class _Outcome:
    """A table's rows settled so far (``done``), waiting (with why) and with several stations' records."""

    done: list[str] = field(default_factory=list)
    waiting: dict[str, str] = field(default_factory=dict)
    conflict_rows: dict[str, frozenset[str]] = field(default_factory=dict)


def _materialize(conn: Connection, table: Table, ids: list[str], here: dict[str, list[Rec] | None], retry: set[str],
                 pending: set[str], summary: MergeSummary) -> None:
    """Derive the rows ``ids`` (those with new records, then the ``retry`` ones waiting from before), ``ROWS`` at a
    time; a table whose rows point at each other (org units) all at once, so parents go in first. ``here``: the
    rows whose records are all in memory (the others are read from the change log)."""
    step = len(ids) if any(parent is table for _c, parent in _parents(table)) else ROWS
    outcome = _Outcome()
    for start in range(0, len(ids), max(step, 1)):
        part = ids[start : start + step]
        records: dict[str, list[Rec]] = {rid: found for rid in part if (found := here.get(rid)) is not None}
        records.update(scratch.records(conn, table.name, [rid for rid in part if rid not in records]))
        _materialize_part(conn, table, part, records, retry, summary, outcome)
    _set_pending(conn, table.name, outcome.done, outcome.waiting, pending)
    summary.conflicts += _set_conflicts(conn, table.name, outcome.conflict_rows)


def _materialize_part(conn: Connection, table: Table, ids: list[str], records: dict[str, list[Rec]],
                      retry: set[str], summary: MergeSummary, outcome: _Outcome) -> None:
    current = _current(conn, table, ids)
    decode = decoder(table)
    names = [c.name for c in table.c]
    model = changelog.model_for(table.name)
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[str, dict[str, Any]]] = []
    removals: list[str] = []
    waiting: dict[str, str] = {}
    for rid in ids:
        found = records.get(rid, [])
        state = rowstate.state_of(found, names, decode)
        if len({r[1] for r in found}) > 1:
            outcome.conflict_rows[rid] = state.conflicts
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
    del records
    inserts = _insert_with_parents(conn, table, inserts, waiting)
    blocked = _missing_parents(conn, table, [{**current[rid], **v} for rid, v in updates])
    waiting.update({rid: "missing_parent" for rid in blocked})
    updates = [(rid, v) for rid, v in updates if rid not in blocked]
    removals = _without_children(conn, table, removals, waiting)
    _write(conn, table, updates, removals)
    summary.created += len(inserts)
    summary.updated += len(updates)
    summary.deleted += len(removals)
    outcome.done += [r["id"] for r in inserts] + [rid for rid, _v in updates] + removals + [
        rid for rid in ids if rid in retry and rid not in waiting]
    outcome.waiting.update(waiting)


def _current(conn: Connection, table: Table, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    query = select(table).where(scratch.among(conn, table.c.id, ids))
    return {row["id"]: dict(row) for row in conn.execute(query).mappings()}


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
        scratch.insert_many(conn, table, batch)
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
    return {r[0] for r in conn.execute(select(column).where(scratch.among(conn, column, ids)).distinct())}


def _write(conn: Connection, table: Table, updates: list[tuple[str, dict[str, Any]]], removals: list[str]) -> None:
    """Updates and removals (inserts went in parent first in :func:`_insert_with_parents`)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for rid, values in updates:
        groups[tuple(sorted(values))].append({"_id": rid, **values})
    for _fields, params in groups.items():
        conn.execute(update(table).where(table.c.id == bindparam("_id")), params)
    for start in range(0, len(removals), CHUNK):
        conn.execute(delete(table).where(table.c.id.in_(removals[start : start + CHUNK])))


def _set_pending(conn: Connection, table: str, done: list[str], waiting: dict[str, str], pending: set[str]) -> None:
    """Settle the table's waiting rows; ``pending``: its rows in ``sync_pending`` before (the only ones to clear)."""
    c = PENDING_TABLE.c
    settled = [rid for rid in done + list(waiting) if rid in pending or not isinstance(rid, str)]
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
    existing = {(r[0], r[1]) for r in conn.execute(
        select(c.row_id, c.field).where(c.table_name == table, scratch.among(conn, c.row_id, rows)))}
    wanted = {(rid, name) for rid, names in rows.items() for name in names}
    for rid, name in existing - wanted:
        conn.execute(delete(CONFLICT_TABLE).where(c.table_name == table, c.row_id == rid, c.field == name))
    now = datetime.now(UTC)
    new = [{"table_name": table, "row_id": rid, "field": name, "detected_at": now} for rid, name in wanted - existing]
    if new:
        conn.execute(CONFLICT_TABLE.insert(), new)
    return len(wanted)
