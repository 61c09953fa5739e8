"""Agricultural standardization demonstration projects and bases (农业标准化示范项目/基地): records, their
townships and certificates, and the implementation rate.

推广实施率 (implementation rate) = farms applying the standards / farms the project covers × 100 %, per project.
Per township it is the sum over the live, not cancelled projects covering the township (a project spanning
several townships counts whole in each, since its farms are not recorded per township); the county's rate
counts every project once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Table, func, select
from sqlmodel import Session, col
from sqlmodel import select as select_rows

from qsupervise.errors import KnownError
from qsupervise.models import (
    AgriProject,
    AgriProjectCertification,
    AgriProjectTownship,
    Certification,
    Enterprise,
    OrgUnit,
    utcnow,
)
from qsupervise.rules import standards as rules
from qsupervise.rules.dates import stored_date
from qsupervise.services import Changes, audit, version_parts

PROJ: Table = AgriProject.__table__  # type: ignore[attr-defined]
PT: Table = AgriProjectTownship.__table__  # type: ignore[attr-defined]
PC: Table = AgriProjectCertification.__table__  # type: ignore[attr-defined]
CERT: Table = Certification.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
KINDS = ("project", "base")
LEVELS = ("national", "provincial", "municipal", "county")
STATUSES = ("approved", "underway", "accepted", "cancelled")  # 立项 | 建设中 | 已验收 | 撤销
# Certificates a base holds (the register's kinds): GAP, 无公害, 绿色, 有机, 地理标志
FARM_CERTIFICATES = ("gap", "pollution_free", "green_food", "organic", "gi")


@dataclass(frozen=True)
class ProjectInput:
    name: str
    crop: str
    township_ids: Sequence[str]
    kind: str = "project"
    level: str = "county"
    enterprise_id: str | None = None
    lead_name: str = ""
    area_mu: float = 0.0
    farms_covered: int = 0
    farms_applying: int = 0
    standards: Sequence[str] = ()
    started_on: str | date | None = None
    accepted_on: str | date | None = None
    status: str = "underway"
    note: str = ""


def _values(session: Session, data: ProjectInput) -> dict[str, object]:
    name = data.name.strip()[:200]
    if not name:
        raise KnownError("std_project_name")
    for value, allowed, code in ((data.kind, KINDS, "std_project_kind"), (data.level, LEVELS, "std_project_level"),
                                 (data.status, STATUSES, "std_project_status")):
        if value not in allowed:
            raise KnownError(code, value=value)
    if data.area_mu < 0 or data.farms_covered < 0 or data.farms_applying < 0:
        raise KnownError("std_project_negative")
    if data.farms_applying > data.farms_covered:
        raise KnownError("std_project_farms", applying=data.farms_applying, covered=data.farms_covered)
    if not data.township_ids:
        raise KnownError("std_project_townships")
    for township in data.township_ids:
        if session.get(OrgUnit, township) is None:
            raise KnownError("std_township_unknown", id=township)
    numbers = []
    for typed in data.standards:
        if typed.strip():
            parsed, _problems = rules.check_number(typed)
            if parsed is None:
                raise KnownError("std_number_format", value=typed.strip())
            numbers.append(parsed.normalized)
    lead = data.lead_name.strip()[:200]
    if data.enterprise_id:
        enterprise = session.get(Enterprise, data.enterprise_id)
        if enterprise is None or enterprise.deleted_at is not None:
            raise KnownError("enterprise_not_found", ref=data.enterprise_id)
        lead = lead or enterprise.name
    started = stored_date(data.started_on, "started_on", code="std_bad_date")
    accepted = stored_date(data.accepted_on, "accepted_on", code="std_bad_date")
    if started and accepted and accepted < started:
        raise KnownError("std_project_dates", started=started, accepted=accepted)
    return {"name": name, "kind": data.kind, "level": data.level, "crop": data.crop.strip()[:60],
            "enterprise_id": data.enterprise_id or None, "lead_name": lead, "area_mu": round(float(data.area_mu), 2),
            "farms_covered": int(data.farms_covered), "farms_applying": int(data.farms_applying),
            "standards": "、".join(dict.fromkeys(numbers)), "started_on": started, "accepted_on": accepted,
            "status": data.status, "note": data.note.strip()}


def version(session: Session, project_id: str) -> int:
    """The version a form reads a project at, a change of its townships counted: give it to :func:`save_project`."""
    return version_parts.version(session, AgriProject, project_id, _townships(project_id))


def _townships(project_id: str) -> list[version_parts.Part]:
    # links are deleted outright when a township is taken off: found by their insert records
    return [version_parts.Part("township_ids", "agri_project_township",
                               version_parts.inserted_for("agri_project_township", project_id))]


def _live(session: Session, project_id: str) -> AgriProject:
    project = session.get(AgriProject, project_id)
    if project is None or project.deleted_at is not None:
        raise KnownError("std_project_unknown", id=project_id)
    return project


def save_project(session: Session, data: ProjectInput, *, project_id: str | None = None,
                 actor: str = "cli", opened_version: int | None = None) -> AgriProject:
    """Add a project or base, or correct the one ``project_id`` names; its townships become ``township_ids``.
    ``opened_version`` (:func:`version`): refused (versions.RecordChanged) when someone saved it since."""
    if project_id is not None and opened_version is not None:
        version_parts.refuse_if_changed(session, AgriProject, project_id, opened_version,
                                        what=_live(session, project_id).name, parts=_townships(project_id),
                                        missing="std_project_unknown")
    values = _values(session, data)
    if project_id is None:
        project = AgriProject(**values)  # type: ignore[arg-type]
    else:
        project = _live(session, project_id)
        for name, value in values.items():
            if getattr(project, name) != value:
                setattr(project, name, value)
    session.add(project)
    session.flush()
    wanted = list(dict.fromkeys(data.township_ids))
    links = list(session.exec(select_rows(AgriProjectTownship).where(
        col(AgriProjectTownship.project_id) == project.id)))
    for link in links:
        if link.township_id not in wanted:
            session.delete(link)
    have = {link.township_id for link in links}
    for township in wanted:
        if township not in have:
            session.add(AgriProjectTownship(project_id=project.id, township_id=township))
    session.flush()
    audit.record(session, actor=actor, action="standards.project_save", target=project.name,
                 detail={"project": project.id, "farms_covered": project.farms_covered,
                         "farms_applying": project.farms_applying})
    return project


def delete_project(session: Session, project_id: str, *, actor: str = "cli") -> Changes:
    project = _live(session, project_id)
    project.deleted_at = project.updated_at = utcnow()
    session.add(project)
    session.flush()
    audit.record(session, actor=actor, action="standards.project_delete", target=project.name,
                 detail={"id": project.id})
    return Changes(tables=frozenset({"agri_project"}), ids=frozenset({project.id}))


def link_certification(session: Session, project_id: str, certification_id: str, *, actor: str = "cli") -> Changes:
    """Count a certificate of the register as the base's (once)."""
    project = session.get(AgriProject, project_id)
    if project is None or project.deleted_at is not None:
        raise KnownError("std_project_unknown", id=project_id)
    cert = session.get(Certification, certification_id)
    if cert is None or cert.deleted_at is not None:
        raise KnownError("std_certification_unknown", id=certification_id)
    linked = session.connection().execute(select(PC.c.id).where(
        PC.c.project_id == project_id, PC.c.certification_id == certification_id)).first()
    if linked is not None:
        return Changes()
    session.add(AgriProjectCertification(project_id=project_id, certification_id=certification_id))
    session.flush()
    audit.record(session, actor=actor, action="standards.project_certification", target=project.name,
                 detail={"certification": certification_id, "number": cert.number})
    return Changes(tables=frozenset({"agri_project_certification"}), ids=frozenset({project_id}))


def unlink_certification(session: Session, project_id: str, certification_id: str, *,
                         actor: str = "cli") -> Changes:
    links = list(session.exec(select_rows(AgriProjectCertification).where(
        col(AgriProjectCertification.project_id) == project_id,
        col(AgriProjectCertification.certification_id) == certification_id)))
    for link in links:
        session.delete(link)
    session.flush()
    if links:
        audit.record(session, actor=actor, action="standards.project_certification_remove", target=project_id,
                     detail={"certification": certification_id})
    return Changes(tables=frozenset({"agri_project_certification"}) if links else frozenset())


@dataclass(frozen=True)
class CertificateRef:
    id: str
    kind: str
    number: str
    enterprise_id: str
    expires_on: str | None
    status: str


def candidate_certifications(session: Session, project_id: str) -> list[CertificateRef]:
    """The lead enterprise's farm certificates (GAP, 无公害, 绿色, 有机, 地理标志) a base may claim."""
    project = session.get(AgriProject, project_id)
    if project is None or project.enterprise_id is None:
        return []
    stmt = (select(CERT.c.id, CERT.c.kind, CERT.c.number, CERT.c.enterprise_id, CERT.c.expires_on, CERT.c.status)
            .where(CERT.c.enterprise_id == project.enterprise_id, CERT.c.deleted_at.is_(None),
                   CERT.c.kind.in_(FARM_CERTIFICATES)).order_by(CERT.c.kind, CERT.c.number))
    return [CertificateRef(*r) for r in session.connection().execute(stmt)]


@dataclass(frozen=True)
class ProjectRow:
    id: str
    name: str
    kind: str
    level: str
    crop: str
    enterprise_id: str | None
    lead_name: str
    township_ids: tuple[str, ...]
    townships: str  # names joined by "、"
    area_mu: float
    farms_covered: int
    farms_applying: int
    rate: float | None  # 推广实施率, %
    standards: tuple[str, ...]
    started_on: str | None
    accepted_on: str | None
    status: str
    certifications: tuple[CertificateRef, ...] = field(default_factory=tuple)


def projects(session: Session, *, township_id: str | None = None, status: str | None = None,
             crop: str | None = None, project_id: str | None = None) -> list[ProjectRow]:
    """Live projects and bases by start date (newest first), with townships, rate and linked certificates;
    ``project_id``: only that one (a form reads it afresh)."""
    conn = session.connection()
    stmt = select(PROJ).where(PROJ.c.deleted_at.is_(None)).order_by(
        func.coalesce(PROJ.c.started_on, "").desc(), PROJ.c.name)
    if status is not None:
        stmt = stmt.where(PROJ.c.status == status)
    if crop is not None:
        stmt = stmt.where(PROJ.c.crop == crop)
    if project_id is not None:
        stmt = stmt.where(PROJ.c.id == project_id)
    if township_id is not None:
        stmt = stmt.where(PROJ.c.id.in_(select(PT.c.project_id).where(PT.c.township_id == township_id)))
    found = list(conn.execute(stmt).mappings())
    ids = [r["id"] for r in found]
    towns: dict[str, list[tuple[str, str]]] = {}
    for pid, tid, name in conn.execute(select(PT.c.project_id, PT.c.township_id, ORG.c.name)
                                       .join(ORG, ORG.c.id == PT.c.township_id)
                                       .where(PT.c.project_id.in_(ids)).order_by(ORG.c.sort_order, ORG.c.name)):
        towns.setdefault(pid, []).append((tid, name))
    certs: dict[str, list[CertificateRef]] = {}
    for row in conn.execute(select(PC.c.project_id, CERT.c.id, CERT.c.kind, CERT.c.number, CERT.c.enterprise_id,
                                   CERT.c.expires_on, CERT.c.status).join(CERT, CERT.c.id == PC.c.certification_id)
                            .where(PC.c.project_id.in_(ids), CERT.c.deleted_at.is_(None))):
        certs.setdefault(row[0], []).append(CertificateRef(*row[1:]))
    return [ProjectRow(
        id=r["id"], name=r["name"], kind=r["kind"], level=r["level"], crop=r["crop"], enterprise_id=r["enterprise_id"],
        lead_name=r["lead_name"], township_ids=tuple(t for t, _ in towns.get(r["id"], [])),
        townships="、".join(n for _, n in towns.get(r["id"], [])), area_mu=float(r["area_mu"]),
        farms_covered=int(r["farms_covered"]), farms_applying=int(r["farms_applying"]),
        rate=rules.rate(int(r["farms_applying"]), int(r["farms_covered"])),
        standards=tuple(s for s in r["standards"].split("、") if s), started_on=r["started_on"],
        accepted_on=r["accepted_on"], status=r["status"], certifications=tuple(certs.get(r["id"], [])))
        for r in found]


@dataclass(frozen=True)
class Implementation:
    """Projects of a township (or the county: key ""), their area and farms, and the implementation rate."""

    key: str
    label: str
    projects: int
    area_mu: float
    farms_covered: int
    farms_applying: int
    rate: float | None


def implementation_rates(session: Session) -> list[Implementation]:
    """Per active township (the county's order), then the county's total as the last line (key "")."""
    conn = session.connection()
    live = [PROJ.c.deleted_at.is_(None), PROJ.c.status != "cancelled"]
    sums = (func.count(), func.coalesce(func.sum(PROJ.c.area_mu), 0), func.coalesce(func.sum(PROJ.c.farms_covered), 0),
            func.coalesce(func.sum(PROJ.c.farms_applying), 0))
    by_town = {str(t): (int(n), float(a), int(c), int(p)) for t, n, a, c, p in conn.execute(
        select(PT.c.township_id, *sums).join(PROJ, PROJ.c.id == PT.c.project_id).where(*live)
        .group_by(PT.c.township_id))}
    out = []
    for tid, name in conn.execute(select(ORG.c.id, ORG.c.name).where(ORG.c.kind == "township", ORG.c.active.is_(True))
                                  .order_by(ORG.c.sort_order, ORG.c.name)):
        n, area, covered, applying = by_town.get(tid, (0, 0.0, 0, 0))
        out.append(Implementation(tid, name, n, round(area, 2), covered, applying, rules.rate(applying, covered)))
    n, area, covered, applying = conn.execute(select(*sums).where(*live)).one()
    out.append(Implementation("", "", int(n), round(float(area), 2), int(covered), int(applying),
                              rules.rate(int(applying), int(covered))))
    return out

