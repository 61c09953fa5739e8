"""Adding and editing enterprises: one set of rules for the form and the importer."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from datetime import date
from functools import lru_cache
from typing import Any

from sqlmodel import Session

from qsupervise.codes import KINDS, SCALES, STATUSES
from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.models import Enterprise, OrgKind, OrgUnit, utcnow
from qsupervise.rules import uscc as uscc_rules
from qsupervise.services import Changes, audit, registry, versions

PHONE = re.compile(r"^[0-9+\-() 转]{5,30}$")


@dataclass(frozen=True)
class EnterpriseInput:
    """What a user (or a spreadsheet row) says about one enterprise."""

    name: str
    township_id: str
    uscc: str = ""
    uscc_override: str = ""  # the reason a code that fails the check character is accepted
    address: str = ""
    legal_rep: str = ""
    chief_quality_officer: str = ""
    industry_code: str = ""
    kind: str = "enterprise"
    scale: str = "below"
    key_energy_user: bool = False
    leading_enterprise: bool = False
    status: str = "active"
    contact_name: str = ""
    contact_phone: str = ""
    founded_on: str = ""

    def values(self) -> dict[str, Any]:
        """Column values as stored (empty code and override as NULL)."""
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        data["uscc"] = self.uscc or None
        data["uscc_override"] = self.uscc_override or None
        data["founded_on"] = self.founded_on or None
        return data


@dataclass(frozen=True)
class FieldProblem:
    field: str
    code: str
    severity: str  # "error" | "warning"
    params: dict[str, str] = dc_field(default_factory=dict)

    def message(self, lang: str = "zh") -> str:
        return text(self.code, lang, **self.params)


class InvalidInput(KnownError):
    """Raised by :func:`save` when a form or row has errors; ``problems`` says which."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        first = next(p for p in problems if p.severity == "error")
        super().__init__("invalid_input", count=sum(p.severity == "error" for p in problems), first=first.message())
        self.problems = problems


# Text fields and the length of their column (SQLite never enforced them; PostgreSQL's btree indexes refuse
# keys past ~2.7 kB, and the search key is built from the name).
TEXT_LIMITS = {
    name: int(length) for name in ("name", "uscc_override", "address", "legal_rep", "chief_quality_officer",
                                   "contact_name", "contact_phone")
    if (length := getattr(Enterprise.__table__.c[name].type, "length", None))  # type: ignore[attr-defined]
}


@lru_cache(maxsize=4096)
def _industry_code(value: str) -> str | None:
    """Canonical GB/T 4754 code for a code or a name (imports repeat a few values many times)."""
    from qsupervise.rules import industry

    parsed = industry.parse(value) or industry.by_name(value)
    return parsed.code if parsed else None


def normalize(data: EnterpriseInput) -> tuple[EnterpriseInput, list[FieldProblem]]:
    """Clean the values and check what can be checked without the database."""
    problems: list[FieldProblem] = []
    name = " ".join(data.name.split())
    if not name:
        problems.append(FieldProblem("name", "missing_field", "error", {"field": text("field_name")}))
    if not data.township_id:
        problems.append(FieldProblem("township_id", "missing_field", "error", {"field": text("field_township")}))
    code = uscc_rules.normalize(data.uscc)
    override = data.uscc_override.strip()
    if code:
        code, found = uscc_rules.validate(code)
        for p in found:
            severity = uscc_rules.severity(p.code)
            problems.append(FieldProblem("uscc", p.code, severity, dict(p.message_args)))
            if p.code == "uscc_checksum" and not override:
                problems.append(FieldProblem("uscc_override", "uscc_override_needed", "error", {}))
    else:
        problems.append(FieldProblem("uscc", "uscc_missing", "warning", {}))
    industry_code = data.industry_code.strip()
    if industry_code:
        canonical = _industry_code(industry_code)
        if canonical is None:
            problems.append(FieldProblem("industry_code", "industry_code", "error", {"value": industry_code}))
        else:
            industry_code = canonical
    for name_, value, allowed in (
        ("kind", data.kind, KINDS),
        ("scale", data.scale, SCALES),
        ("status", data.status, STATUSES),
    ):
        if value not in allowed:
            problems.append(FieldProblem(name_, "bad_choice", "error", {"value": value, "allowed": "/".join(allowed)}))
    founded = data.founded_on.strip()
    if founded:
        try:
            founded = date.fromisoformat(founded).isoformat()
        except ValueError:
            problems.append(FieldProblem("founded_on", "date_format", "error", {"value": founded}))
    phone = data.contact_phone.strip()
    if phone and not PHONE.match(phone):
        problems.append(FieldProblem("contact_phone", "phone_format", "warning", {"value": phone}))

    def tidy(value: str) -> str:
        return " ".join(value.split())

    cleaned = replace(
        data,
        name=name,
        uscc=code,
        uscc_override=override if any(p.code == "uscc_checksum" for p in problems) else "",
        industry_code=industry_code,
        founded_on=founded,
        contact_phone=phone,
        address=tidy(data.address),
        legal_rep=tidy(data.legal_rep),
        chief_quality_officer=tidy(data.chief_quality_officer),
        contact_name=tidy(data.contact_name),
    )
    for field_, limit in TEXT_LIMITS.items():  # the columns' lengths (a server's indexes cannot hold more)
        length = len(getattr(cleaned, field_))
        if length > limit:
            problems.append(FieldProblem(field_, "field_too_long", "error",
                                         {"length": str(length), "limit": str(limit)}))
    return cleaned, problems


def check(
    session: Session, data: EnterpriseInput, *, existing_id: str | None = None
) -> tuple[EnterpriseInput, list[FieldProblem]]:
    """:func:`normalize`, then the rules that need the database: township, duplicates."""
    cleaned, problems = normalize(data)
    if cleaned.township_id:
        town = session.get(OrgUnit, cleaned.township_id)
        if town is None or town.kind == OrgKind.COUNTY:
            problems.append(FieldProblem("township_id", "unknown_township", "error", {"value": cleaned.township_id}))
        elif not town.active:
            problems.append(FieldProblem("township_id", "org_inactive", "error", {"name": town.name}))
    if cleaned.uscc:
        other = registry.by_code(session, cleaned.uscc, exclude=existing_id)
        if other is not None:
            town = session.get(OrgUnit, other.township_id)
            problems.append(
                FieldProblem(
                    "uscc",
                    "duplicate_code",
                    "error",
                    {"code": cleaned.uscc, "name": other.name, "township": town.name if town else "", "id": other.id},
                )
            )
    if cleaned.name and len(cleaned.name) <= TEXT_LIMITS["name"]:  # (SQLite refuses a LIKE pattern of 50k)
        for other_id, other_name in registry.similar_names(session, cleaned.name, exclude=existing_id):
            problems.append(FieldProblem("name", "similar_name", "warning", {"name": other_name, "id": other_id}))
    return cleaned, problems


def version(session: Session, enterprise_id: str) -> int:
    """The version a form opens an enterprise at (its newest change-log stamp); give it back to :func:`save`."""
    return versions.version(session, Enterprise, enterprise_id)


def save(
    session: Session, *, data: EnterpriseInput, enterprise_id: str | None = None, actor: str = "cli",
    opened_version: int | None = None,
) -> tuple[Enterprise, list[FieldProblem]]:
    """Create (no id) or update an enterprise; errors raise :class:`InvalidInput`, warnings are returned.

    With ``opened_version`` (:func:`version` when the form opened) an update is refused with
    :class:`versions.RecordChanged` when someone saved the enterprise since (services/versions.py).
    """
    if enterprise_id is not None and opened_version is not None:
        versions.refuse_if_changed(session, Enterprise, enterprise_id, opened_version, missing="enterprise_not_found")
    cleaned, problems = check(session, data, existing_id=enterprise_id)
    if any(p.severity == "error" for p in problems):
        raise InvalidInput(problems)
    values = cleaned.values()
    if enterprise_id is None:
        enterprise = Enterprise(**values)
        session.add(enterprise)
        action = "enterprise.create"
    else:
        found = session.get(Enterprise, enterprise_id)
        if found is None:
            raise KnownError("enterprise_not_found", ref=enterprise_id)
        enterprise = found
        for key, value in values.items():
            if getattr(enterprise, key) != value:
                setattr(enterprise, key, value)
        action = "enterprise.update"
    session.flush()
    audit.record(session, actor=actor, action=action, target=enterprise.name, detail={"id": enterprise.id})
    return enterprise, problems


def set_deleted(session: Session, *, enterprise_id: str, deleted: bool, actor: str = "cli") -> Changes:
    """停用 (soft delete, kept with its history) or bring back an enterprise."""
    enterprise = session.get(Enterprise, enterprise_id)
    if enterprise is None:
        raise KnownError("enterprise_not_found", ref=enterprise_id)
    if not deleted and enterprise.uscc:
        other = registry.by_code(session, enterprise.uscc, exclude=enterprise.id)
        if other is not None:
            raise KnownError("duplicate_code", code=enterprise.uscc, name=other.name, township="", id=other.id)
    enterprise.deleted_at = utcnow() if deleted else None
    session.flush()
    action = "enterprise.deactivate" if deleted else "enterprise.restore"
    audit.record(session, actor=actor, action=action, target=enterprise.name, detail={"id": enterprise.id})
    return Changes(tables=frozenset({"enterprise"}), ids=frozenset({enterprise.id}))


def input_from(enterprise: Enterprise) -> EnterpriseInput:
    """The form's starting values for an existing enterprise."""
    return EnterpriseInput(
        name=enterprise.name,
        township_id=enterprise.township_id,
        uscc=enterprise.uscc or "",
        uscc_override=enterprise.uscc_override or "",
        address=enterprise.address,
        legal_rep=enterprise.legal_rep,
        chief_quality_officer=enterprise.chief_quality_officer,
        industry_code=enterprise.industry_code,
        kind=enterprise.kind,
        scale=enterprise.scale,
        key_energy_user=enterprise.key_energy_user,
        leading_enterprise=enterprise.leading_enterprise,
        status=enterprise.status,
        contact_name=enterprise.contact_name,
        contact_phone=enterprise.contact_phone,
        founded_on=enterprise.founded_on or "",
    )
