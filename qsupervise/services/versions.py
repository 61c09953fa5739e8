"""The version check of forms: a row changed by someone else after a form opened it is not silently overwritten.

A form asks :func:`version` when it reads a row (the newest change-log stamp of that row) and hands it back to
the service that saves it; the service calls :func:`refuse_if_changed` first. That locks the row (``FOR UPDATE``
on a server; SQLite's write transaction holds the whole file), so of two users saving at once the second always
sees the first one's change, and raises :class:`RecordChanged` naming what was changed, to what, by whom and
when (from the change log). The user then sees both values (theirs still in the form) and decides; saving again
with :attr:`RecordChanged.current` as the opened version is a knowing overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import select
from sqlmodel import Session
from sqlmodel import select as model_select

from qsupervise import changelog
from qsupervise.errors import KnownError
from qsupervise.models import Change, User
from qsupervise.models.base import Record
from qsupervise.sync.rowstate import QUIET_FIELDS, stamp_time


@dataclass(frozen=True)
class Edit:
    """The newest value someone gave one field after the form opened."""

    field: str
    value: Any
    user: str  # display name ("" when the record names nobody known here)
    at: datetime


class RecordChanged(KnownError):
    """``record_changed``: the row was saved by someone else since ``opened``; ``edits`` says what changed."""

    def __init__(self, *, what: str, opened: int, current: int, edits: list[Edit]) -> None:
        who = "、".join(dict.fromkeys(e.user for e in edits if e.user)) or "?"
        super().__init__("record_changed", what=what, opened=opened, current=current, who=who,
                         fields="、".join(e.field for e in edits) or "-")
        self.opened = opened
        self.current = current
        self.edits = edits


def version(session: Session, model: type[Record], row_id: str) -> int:
    """The version a form opens a row at; give it back to the save (0: a row without change records)."""
    return changelog.row_version(session.connection(), model.__tablename__, row_id)  # type: ignore[arg-type]


def edits_since(session: Session, table: str, row_id: str, opened: int) -> list[Edit]:
    """Per field, the newest value given after ``opened`` (a tombstone shows as the field ``deleted_at``)."""
    c = Change.__table__.c  # type: ignore[attr-defined]
    rows = session.connection().execute(
        select(c.op, c.field, c.value, c.hlc, c.user_id).where(c.table_name == table, c.row_id == row_id,
                                                                c.hlc > opened).order_by(c.hlc)).all()
    names: dict[str, str] = {}
    newest: dict[str, Edit] = {}
    for op, field, value, hlc, user_id in rows:
        if op == "delete":
            field, value = "deleted_at", True
        elif op != "update" or field in QUIET_FIELDS:
            continue
        else:
            value = orjson.loads(value) if value is not None else None
        newest.pop(field, None)  # keeps the order of the newest edits
        if user_id not in names:
            names[user_id] = user_label(session, user_id)
        newest[field] = Edit(field, value, names[user_id], stamp_time(hlc))
    return list(newest.values())


def user_label(session: Session, user_id: str) -> str:
    """Who wrote a change record, for people: the user's name here, a plain actor name (cli, system), or ""
    for a user of another station."""
    user = session.get(User, user_id) if user_id else None
    if user is not None:
        return user.display_name or user.username
    return user_id if len(user_id) != 36 else ""


def refuse_if_changed(session: Session, model: type[Record], row_id: str, opened: int | None, *,
                      what: str | None = None, missing: str = "record_not_found") -> Record:
    """Lock the row; raise :class:`RecordChanged` when it changed after ``opened`` (None: no check, the row is
    still locked and returned). ``what`` names the row for people (default: its name, title or number);
    ``missing`` is the error code when the row is gone."""
    row = session.exec(
        model_select(model).where(model.id == row_id).with_for_update().execution_options(populate_existing=True)
    ).first()
    if row is None:
        raise KnownError(missing, ref=row_id, id=row_id)
    if opened is None:
        return row
    current = version(session, model, row_id)
    if current > opened:
        label = what or next((str(v) for v in (getattr(row, n, None) for n in ("name", "title", "number")) if v),
                             row_id[:8])
        raise RecordChanged(what=label, opened=opened, current=current,
                            edits=edits_since(session, model.__tablename__, row_id, opened))  # type: ignore[arg-type]
    return row
