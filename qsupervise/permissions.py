"""The one permission check: every row written and every guarded action passes through here.

A session carries the signed-in :class:`Principal` (``Store.session(principal=…)`` puts it in
``session.info`` and in the session's :class:`~qsupervise.changelog.WriteContext`). The change log's
flush hook calls :func:`check_flush`, its bulk paths :func:`check_bulk_insert` / :func:`check_bulk_update`;
a refused row raises :class:`PermissionDenied` and the caller's transaction rolls back whole. Sessions
without a principal (the CLI's ``cli`` actor, DESIGN §7) keep full rights.

What each role may do is plain data in :mod:`qsupervise.rules.roles`; here only how a row's township
or inspector assignment is found, following ``roles.PARENT`` from the row to the row that decides it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select

from qsupervise.errors import KnownError
from qsupervise.rules import roles

IN_CHUNK = 500
Row = Mapping[str, Any]


@dataclass(frozen=True)
class Principal:
    """Who works in a session: a signed-in user, with what the role's scopes need."""

    user_id: str
    username: str
    role: str
    org_unit_id: str | None = None
    inspector_id: str | None = None
    display_name: str = ""


class PermissionDenied(KnownError):
    """The signed-in user's role may not do this; nothing was written."""


@dataclass(frozen=True)
class RowWrite:
    """One row about to be written: its values after (for a delete: as it is), before, and what changes."""

    new: Row
    old: Row | None = None
    changed: frozenset[str] = frozenset()


def principal_of(subject: Any) -> Principal | None:
    """The principal of a session, a store, a write context, or the principal itself (None: full rights)."""
    if subject is None or isinstance(subject, Principal):
        return subject
    info = getattr(subject, "info", None)
    if isinstance(info, dict):
        found = info.get("principal")
        if found is None and info.get("write_context") is not None:
            found = getattr(info["write_context"], "principal", None)
        return found if isinstance(found, Principal) else None
    found = getattr(subject, "principal", None)
    return found if isinstance(found, Principal) else None


def full_rights(principal: Principal | None) -> bool:
    return principal is None or roles.canonical(principal.role) == roles.COUNTY_ADMIN


def allows(subject: Any, action: str) -> bool:
    """Whether ``action`` (see ``roles.ACTIONS``) is allowed; no principal means full rights."""
    principal = principal_of(subject)
    return principal is None or roles.allows_action(principal.role, action)


def require(subject: Any, action: str) -> None:
    """Refuse ``action`` unless the subject's role may take it."""
    principal = principal_of(subject)
    if principal is not None and not roles.allows_action(principal.role, action):
        raise _denied(principal, action, None, None)


def can_write(subject: Any, table: str, op: str = roles.INSERT) -> bool:
    """Whether some rows of ``table`` may be written (the UI hides what this says no to)."""
    principal = principal_of(subject)
    return full_rights(principal) or (principal is not None and roles.can_write(principal.role, table, op))


# -- the row check ---------------------------------------------------------------------


def _label(pair: tuple[str, str] | None, fallback: str) -> tuple[str, str]:
    return pair if pair is not None else (fallback, fallback)


def _name(row: Row | None) -> str:
    if not row:
        return ""
    for key in ("name", "unit_name", "username", "plan_no", "title", "party_b", "product", "number", "raw", "code"):
        value = row.get(key)
        if value:
            return str(value)
    return str(row.get("id") or "")


def _denied(principal: Principal, action: str, table: str | None, row: Row | None) -> PermissionDenied:
    role = _label(roles.LABELS.get(roles.canonical(principal.role)), principal.role)
    act = _label(roles.ACTION_LABELS.get(action), action)
    record_zh = record_en = ""
    if table is not None:
        kind = _label(roles.TABLE_LABELS.get(table), table)
        name = _name(row)
        record_zh = f"{kind[0]}“{name}”" if name else kind[0]
        record_en = f" the {kind[1]} “{name}”" if name else f" {kind[1]} records"
    return PermissionDenied(
        "permission_denied",
        user=principal.username,
        role_zh=role[0],
        role_en=role[1],
        action_zh=act[0],
        action_en=act[1],
        record_zh=record_zh,
        record_en=record_en,
    )


def _table(name: str) -> Table:
    from sqlmodel import SQLModel

    import qsupervise.models  # noqa: F401  (registers every table on the metadata)

    return SQLModel.metadata.tables[name]


class _Rows:
    """Rows looked up while resolving scopes: those being written in this flush first, then the database."""

    def __init__(self, conn: Connection, pending: Mapping[tuple[str, str], Row] | None) -> None:
        self.conn = conn
        self.found: dict[tuple[str, str], Row | None] = dict(pending or {})

    def fetch(self, table: str, ids: Iterable[str | None]) -> None:
        wanted = sorted({i for i in ids if i and (table, i) not in self.found})
        if not wanted:
            return
        t = _table(table)
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            for row in self.conn.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                self.found[(table, row["id"])] = dict(row)
        for i in wanted:
            self.found.setdefault((table, i), None)

    def anchors(self, table: str, rows: Sequence[Row | None], stop: Iterable[str]) -> tuple[str, list[Row | None]]:
        """Follow each row's parents up to a table in ``stop``; the rows reached (None where a link is missing)."""
        ends = set(stop)
        current = list(rows)
        while table not in ends:
            link = roles.PARENT.get(table)
            if link is None:
                return table, [None] * len(current)
            column, parent = link
            self.fetch(parent, (r.get(column) for r in current if r is not None))
            current = [
                self.found.get((parent, r.get(column) or "")) if r is not None else None for r in current
            ]
            table = parent
        return table, current


def _scope_holds(principal: Principal, scope: str, table: str, states: list[Row], rows: _Rows) -> list[bool]:
    if scope == "self":
        return [s.get("id") == principal.user_id for s in states]
    if scope == "township":
        reached, anchors = rows.anchors(table, states, roles.TOWNSHIP_COLUMN)
        column = roles.TOWNSHIP_COLUMN.get(reached, "")
        own = principal.org_unit_id
        return [a is not None and own is not None and a.get(column) == own for a in anchors]
    if scope == "assigned":
        target, columns = roles.ASSIGNMENT
        _reached, anchors = rows.anchors(table, states, (target,))
        mine = principal.inspector_id
        return [a is not None and mine is not None and mine in (a.get(c) for c in columns) for a in anchors]
    return [False] * len(states)


def check_rows(
    conn: Connection,
    principal: Principal | None,
    table: str,
    op: str,
    writes: Sequence[RowWrite],
    *,
    pending: Mapping[tuple[str, str], Row] | None = None,
) -> None:
    """Refuse the whole batch when the principal's role may not ``op`` one of the rows of ``table``."""
    if full_rights(principal) or table in roles.UNCHECKED or not writes:
        return
    assert principal is not None
    grant = roles.grant(principal.role, table)
    if grant is None or op not in grant.ops:
        raise _denied(principal, op, table, writes[0].new)
    for w in writes:
        if op == roles.UPDATE:
            changed = w.changed - roles.HOUSEKEEPING
            if (grant.columns is not None and not changed <= grant.columns) or changed & grant.frozen:
                raise _denied(principal, op, table, w.new)
        if op != roles.DELETE and any(w.new.get(c) not in ok for c, ok in grant.values.items()):
            raise _denied(principal, op, table, w.new)
        if op != roles.INSERT and any((w.old or w.new).get(c) not in ok for c, ok in grant.before.items()):
            raise _denied(principal, op, table, w.new)
    if grant.scope is None:
        return
    states: list[Row] = [w.new for w in writes]
    owners: list[RowWrite] = list(writes)
    if op == roles.UPDATE:  # the row must be in scope before the change as well as after it
        for w in writes:
            if w.old is not None:
                states.append(w.old)
                owners.append(w)
    lookup = _Rows(conn, pending)
    for ok, w in zip(_scope_holds(principal, grant.scope, table, states, lookup), owners, strict=True):
        if not ok:
            raise _denied(principal, op, table, w.new)


# -- the change log's entry points -----------------------------------------------------------


def check_bulk_insert(conn: Connection, principal: Principal | None, table: str, rows: Sequence[Row]) -> None:
    if not full_rights(principal):
        check_rows(conn, principal, table, roles.INSERT, [RowWrite(r) for r in rows])


def check_bulk_update(
    conn: Connection, principal: Principal | None, table: str, items: Sequence[tuple[str, Mapping[str, Any]]]
) -> None:
    """Rows changed by id: their stored values are read to find their township or assignment."""
    if full_rights(principal) or table in roles.UNCHECKED or not items:
        return
    lookup = _Rows(conn, None)
    lookup.fetch(table, (rid for rid, _values in items))
    writes = []
    for rid, values in items:
        old = lookup.found.get((table, rid)) or {"id": rid}
        writes.append(RowWrite({**old, **values}, old, frozenset(values)))
    check_rows(conn, principal, table, roles.UPDATE, writes)


def _values(obj: Any) -> tuple[dict[str, Any], dict[str, Any], frozenset[str]]:
    """(current values, values before this flush, changed columns) of an ORM object."""
    from sqlalchemy import inspect as sa_inspect

    state = sa_inspect(obj)
    new: dict[str, Any] = {}
    old: dict[str, Any] = {}
    changed: set[str] = set()
    for attr in state.mapper.column_attrs:
        key = attr.key
        value = getattr(obj, key)
        new[key] = old[key] = value
        hist = state.attrs[key].history
        if hist.has_changes():
            changed.add(key)
            old[key] = hist.deleted[0] if hist.deleted else None
    return new, old, frozenset(changed)


def check_flush(session: Any) -> None:
    """Called by the change log before every flush: the new, changed and deleted objects of the session."""
    principal = principal_of(session)
    if full_rights(principal):
        return
    groups: dict[tuple[str, str], list[RowWrite]] = {}
    pending: dict[tuple[str, str], Row] = {}
    for op, objects in ((roles.INSERT, session.new), (roles.UPDATE, session.dirty), (roles.DELETE, session.deleted)):
        for obj in objects:
            table = getattr(type(obj), "__tablename__", None)
            if not isinstance(table, str) or table in roles.UNCHECKED:
                continue
            if op == roles.UPDATE and not session.is_modified(obj, include_collections=False):
                continue
            new, old, changed = _values(obj)
            if op != roles.DELETE and new.get("id"):
                pending[(table, str(new["id"]))] = new
            write = RowWrite(new, old if op == roles.UPDATE else None, changed)
            groups.setdefault((table, op), []).append(write)
    if not groups:
        return
    conn = session.connection()
    for (table, op), writes in groups.items():
        check_rows(conn, principal, table, op, writes, pending=pending)
