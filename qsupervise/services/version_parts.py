"""The version check (services/versions.py) of a record saved together with rows that belong to it, and of a
form section that saves only some of a row's fields.

A letter's targets, a sample's test items and a project's townships are rows of their own: changing only them
leaves no change record on the letter, sample or project (``updated_at`` is not recorded), so their newest change
counts towards the whole's version here. A section (the 抽样单 or the results of one sample) is refused only for
changes of the fields it writes, of its parts, or a deletion: another section of the same record saved meanwhile,
by anyone, is not news to it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Table, func, select
from sqlmodel import Session

from qsupervise.models import Change
from qsupervise.models.base import Record
from qsupervise.services import versions
from qsupervise.sync.rowstate import stamp_time

CHANGES: Table = Change.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Part:
    """Rows that belong to the record: shown under ``field`` (value: how many of them changed)."""

    field: str
    table: str
    ids: Select[Any]  # the ids of its rows (those deleted since, where they can still be found)


def rows_of(table: Table, column: str, owner_id: str) -> Select[Any]:
    """The rows of ``table`` whose ``column`` names the owner (rows kept when retired, or replaced whole)."""
    return select(table.c.id).where(table.c[column] == owner_id)


def inserted_for(table: str, owner_id: str) -> Select[Any]:
    """Rows of ``table`` whose insert record names the owner, those deleted outright since included."""
    c = CHANGES.c
    return select(c.row_id).where(c.table_name == table, c.op == "insert", c.value.contains(owner_id))


def version(session: Session, model: type[Record], row_id: str, parts: Sequence[Part] = ()) -> int:
    """The row's version (:func:`versions.version`) or, when newer, that of a change to one of its parts."""
    newest = versions.version(session, model, row_id)
    c = CHANGES.c
    for part in parts:
        found = session.connection().execute(
            select(func.max(c.hlc)).where(c.table_name == part.table, c.row_id.in_(part.ids))).scalar()
        newest = max(newest, int(found or 0))
    return newest


def _part_edit(session: Session, part: Part, opened: int) -> versions.Edit | None:
    c = CHANGES.c
    since = [c.table_name == part.table, c.row_id.in_(part.ids), c.hlc > opened]
    count = session.connection().execute(select(func.count(func.distinct(c.row_id))).where(*since)).scalar()
    if not count:
        return None
    hlc, user_id = session.connection().execute(
        select(c.hlc, c.user_id).where(*since).order_by(c.hlc.desc()).limit(1)).one()
    return versions.Edit(part.field, int(count), versions.user_label(session, user_id), stamp_time(hlc))


def refuse_if_changed(session: Session, model: type[Record], row_id: str, opened: int | None, *, what: str,
                      parts: Sequence[Part] = (), fields: Collection[str] | None = None,
                      missing: str = "record_not_found") -> None:
    """:func:`versions.refuse_if_changed` counting ``parts``, and only the changes of ``fields`` (None: every
    field) besides a deletion; :attr:`versions.RecordChanged.current` is the version to save at knowingly.
    ``opened`` None: no check, nothing locked."""
    if opened is None:
        return
    versions.refuse_if_changed(session, model, row_id, None, missing=missing)  # locks the row
    current = version(session, model, row_id, parts)
    if current <= opened:
        return
    table: str = model.__tablename__  # type: ignore[assignment]
    edits = [e for e in versions.edits_since(session, table, row_id, opened)
             if fields is None or e.field in fields or e.field == "deleted_at"]
    edits += [edit for part in parts if (edit := _part_edit(session, part, opened)) is not None]
    if edits or fields is None:
        raise versions.RecordChanged(what=what, opened=opened, current=current, edits=edits)
