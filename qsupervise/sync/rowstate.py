"""Rows from change records: what a row's records say it holds, and which of its fields are in conflict.

Pure functions of the records (no database): the merge derives every row it touches with :func:`row_state`,
the conflicts page shows the :func:`heads` of a field. See :mod:`qsupervise.sync.merge` for the rules.
"""

from __future__ import annotations

import base64
import operator
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import orjson
from sqlalchemy import Date, DateTime, LargeBinary, Table

from qsupervise import changelog

Rec = tuple[Any, ...]  # a change record in the columns' order of ``change_log``
# Bookkeeping columns: last writer wins without a conflict.
QUIET_FIELDS = frozenset({"id", "created_at", "updated_at", "created_by", "origin_station"})


_key: Callable[[Rec], tuple[int, str]] = operator.itemgetter(8, 1)  # (hlc, station): the order of writes
_hlc: Callable[[Rec], int] = operator.itemgetter(8)


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
    return state_of(records, [c.name for c in table.c], decode)


def state_of(records: Sequence[Rec], names: list[str], decode: dict[str, Any]) -> RowState:
    """:func:`row_state` given the table's column names (the merge asks for thousands of rows)."""
    inserts: list[Rec] = []
    updates: list[Rec] = []
    for r in records:
        op = r[5]
        if op == "delete":
            return RowState(None, "deleted")
        if op == "insert":
            inserts.append(r)
        elif op == "update":
            updates.append(r)
    if not inserts:
        return RowState(None, "no_insert")
    first = inserts[0] if len(inserts) == 1 else min(inserts, key=_key)
    first_key = _key(first)
    raw = orjson.loads(first[7])
    stamps = {} if type(raw) is dict else {name: first_key for name in raw}  # a field's newest write so far
    values = dict(raw)
    conflicts: frozenset[str] = frozenset()
    if updates:
        updates.sort(key=_key)
        lazy = type(raw) is dict  # an inserted field's stamp is the insert's until an update wins
        for r in updates:
            key, name = (r[8], r[1]), r[6]
            seen = stamps.get(name)
            if seen is None:
                seen = first_key if lazy and name in raw else (-1, "")
            if key > seen:
                values[name] = orjson.loads(r[7])
                stamps[name] = key
        station = updates[0][1]
        if any(r[1] != station for r in updates):  # one station's updates never conflict
            conflicts = _conflicts(records, updates)
    row = {name: values[name] for name in names if name in values}
    for name, fn in decode.items():
        if name in row:
            row[name] = fn(row[name])
    newest = max(map(_hlc, records))
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
