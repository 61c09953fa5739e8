"""行政区划: add, rename, merge (乡镇撤并) and deactivate townships and member units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Column, Table, func
from sqlmodel import Session, SQLModel, col, select

from qsupervise.changelog import WriteContext, bulk_update
from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.models import Enterprise, OrgKind, OrgUnit
from qsupervise.services import Changes, audit

EDITABLE_KINDS = (OrgKind.TOWNSHIP, OrgKind.MEMBER_UNIT)


@dataclass(frozen=True)
class OrgInfo:
    id: str
    kind: str
    name: str
    code: str | None
    parent_id: str | None
    active: bool
    merged_into: str | None
    enterprises: int


def references() -> list[tuple[Table, Column[str]]]:
    """Every synchronised column pointing at an org unit: what a merge has to move."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name == "org_unit" or "origin_station" not in table.c:
            continue
        for column in table.c:
            if any(fk.column.table.name == "org_unit" for fk in column.foreign_keys):
                found.append((table, column))
    return found


def resolve(session: Session, ref: str) -> OrgUnit:
    """Find a unit by id, area code or exact name."""
    ref = ref.strip()
    unit = session.get(OrgUnit, ref)
    if unit is None:
        matches = session.exec(select(OrgUnit).where((OrgUnit.code == ref) | (OrgUnit.name == ref))).all()
        active = [u for u in matches if u.active]
        if len(active) == 1 or len(matches) == 1:
            unit = (active or list(matches))[0]
    if unit is None:
        raise KnownError("org_not_found", ref=ref)
    return unit


def county(session: Session) -> OrgUnit:
    unit = session.exec(select(OrgUnit).where(OrgUnit.kind == OrgKind.COUNTY)).first()
    if unit is None:
        raise KnownError("org_not_found", ref="county")
    return unit


def list_units(session: Session, *, include_inactive: bool = True) -> list[OrgInfo]:
    counts = dict(
        session.exec(
            select(Enterprise.township_id, func.count())
            .where(col(Enterprise.deleted_at).is_(None))
            .group_by(Enterprise.township_id)
        ).all()
    )
    stmt = select(OrgUnit).order_by(col(OrgUnit.kind), col(OrgUnit.sort_order), col(OrgUnit.name))
    if not include_inactive:
        stmt = stmt.where(OrgUnit.active == True)  # noqa: E712
    return [
        OrgInfo(u.id, u.kind, u.name, u.code, u.parent_id, u.active, u.merged_into_id, counts.get(u.id, 0))
        for u in session.exec(stmt)
    ]


def _check_name(session: Session, name: str, parent_id: str | None, exclude: str | None = None) -> str:
    name = name.strip()
    if not name:
        raise KnownError("org_name_empty")
    clash = session.exec(
        select(OrgUnit).where(OrgUnit.name == name, OrgUnit.parent_id == parent_id, OrgUnit.active == True)  # noqa: E712
    ).first()
    if clash is not None and clash.id != exclude:
        parent = session.get(OrgUnit, parent_id) if parent_id else None
        raise KnownError("org_name_taken", name=name, parent=parent.name if parent else "")
    return name


def _check_code(code: str | None) -> str | None:
    code = (code or "").strip() or None
    if code and not re.fullmatch(r"\d{6}|\d{9}", code):
        raise KnownError("org_code_format", code=code)
    return code


def add_unit(session: Session, *, kind: str, name: str, code: str | None = None, actor: str = "cli") -> OrgUnit:
    if kind not in EDITABLE_KINDS:
        raise KnownError("org_kind_bad", kind=kind)
    top = county(session)
    unit = OrgUnit(kind=kind, name=_check_name(session, name, top.id), code=_check_code(code), parent_id=top.id)
    unit.sort_order = len(session.exec(select(OrgUnit.id).where(OrgUnit.parent_id == top.id)).all())
    session.add(unit)
    session.flush()
    audit.record(session, actor=actor, action="org.add", target=unit.name, detail={"kind": kind, "id": unit.id})
    return unit


def rename_unit(
    session: Session, *, ref: str, name: str, code: str | None = None, actor: str = "cli"
) -> OrgUnit:
    unit = resolve(session, ref)
    old = unit.name
    unit.name = _check_name(session, name, unit.parent_id, exclude=unit.id)
    if code is not None:
        unit.code = _check_code(code)
    session.flush()
    audit.record(session, actor=actor, action="org.rename", target=unit.name, detail={"from": old, "id": unit.id})
    return unit


def _editable(unit: OrgUnit) -> None:
    if unit.kind == OrgKind.COUNTY:
        raise KnownError("org_is_county")
    if not unit.active:
        raise KnownError("org_inactive", name=unit.name)


def set_active(session: Session, *, ref: str, active: bool, actor: str = "cli") -> OrgUnit:
    unit = resolve(session, ref)
    if unit.kind == OrgKind.COUNTY:
        raise KnownError("org_is_county")
    if unit.merged_into_id and active:
        raise KnownError("org_inactive", name=unit.name)
    if active:
        _check_name(session, unit.name, unit.parent_id, exclude=unit.id)
    unit.active = active
    session.flush()
    audit.record(session, actor=actor, action="org.activate" if active else "org.deactivate", target=unit.name)
    return unit


def merge_units(session: Session, *, source: str, target: str, actor: str = "cli") -> Changes:
    """Move every record of ``source`` to ``target`` and retire ``source`` (kept, inactive)."""
    src, dst = resolve(session, source), resolve(session, target)
    _editable(src)
    _editable(dst)
    if src.id == dst.id:
        raise KnownError("org_merge_self")
    if src.kind != dst.kind:
        raise KnownError(
            "org_merge_kind",
            source=src.name,
            target=dst.name,
            source_kind=text(f"org_kind_{src.kind}"),
            target_kind=text(f"org_kind_{dst.kind}"),
        )
    ctx: WriteContext = session.info["write_context"]
    conn = session.connection()
    moved: dict[str, int] = {}
    for table, column in references():
        ids = [r[0] for r in conn.execute(select(table.c.id).where(column == src.id))]
        if ids:
            bulk_update(conn, ctx, table, ids, {column.name: dst.id})
            moved[table.name] = moved.get(table.name, 0) + len(ids)
    src.active = False
    src.merged_into_id = dst.id
    session.flush()
    audit.record(
        session, actor=actor, action="org.merge", target=f"{src.name} → {dst.name}", detail={"moved": moved}
    )
    return Changes(tables=frozenset({"org_unit", *moved}), ids=frozenset({src.id, dst.id}), counts=moved)
