"""The register of granted titles (名牌/获奖): entered by awarding or by hand, revoked with a reason,
expiring, counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlmodel import Session

from qsupervise.errors import KnownError
from qsupervise.models import (
    Brand,
    Enterprise,
    utcnow,
)
from qsupervise.rules import awards as rules
from qsupervise.services import audit
from qsupervise.services.award_records import (
    BRAND,
    ENT,
    EXPIRING_DAYS,
    ORG,
    day,
    iso_day,
    whole,
)

# --- the register of granted titles ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BrandInput:
    """A title granted outside the workflow (an older 名牌, a national title the county only records)."""

    enterprise_id: str
    kind: str
    title: str
    level: str
    granted_on: str | date
    expires_on: str | date | None = None  # None: from ``validity_years``
    validity_years: int | None = None
    product_id: str | None = None
    product_name: str = ""
    certificate_no: str = ""
    program_id: str | None = None


def register_brand(session: Session, data: BrandInput, *, actor: str = "cli") -> Brand:
    enterprise = session.get(Enterprise, data.enterprise_id)
    if enterprise is None or enterprise.deleted_at is not None:
        raise KnownError("enterprise_not_found", ref=data.enterprise_id)
    if data.kind not in rules.KINDS:
        raise KnownError("award_bad_kind", value=data.kind, kinds=", ".join(rules.KINDS))
    level = rules.parse_level(data.level)
    if level is None:
        raise KnownError("award_bad_level", value=data.level)
    title = (data.title or "").strip()[:200]
    if not title:
        raise KnownError("award_program_name")
    granted = day(data.granted_on, "granted_on")
    expires = iso_day(data.expires_on, "expires_on")
    if expires is None:
        derived = rules.expires_on(granted, whole(data.validity_years, "validity_years", 1, rules.MAX_YEARS))
        expires = derived.isoformat() if derived else None
    if expires is not None and expires < granted.isoformat():
        raise KnownError("award_expiry_order", granted=granted.isoformat(), expires=expires)
    brand = Brand(enterprise_id=enterprise.id, product_id=data.product_id, product_name=data.product_name.strip(),
                  program_id=data.program_id, kind=data.kind, title=title, level=level,
                  granted_on=granted.isoformat(), expires_on=expires, certificate_no=data.certificate_no.strip()[:60])
    session.add(brand)
    session.flush()
    audit.record(session, actor=actor, action="award.brand_add", target=enterprise.name,
                 detail={"brand": brand.id, "title": title, "granted": brand.granted_on})
    return brand


def revoke_brand(session: Session, brand_id: str, *, reason: str, on: date | str, actor: str = "cli") -> Brand:
    """Revoke a title (撤销): its status becomes revoked, the row stays; the reason and day go to the audit trail."""
    brand = session.get(Brand, brand_id)
    if brand is None or brand.deleted_at is not None:
        raise KnownError("award_brand_unknown", id=brand_id)
    if brand.status == rules.REVOKED:
        raise KnownError("award_brand_revoked", title=brand.title)
    if not (reason or "").strip():
        raise KnownError("award_revoke_reason")
    brand.status = rules.REVOKED
    brand.updated_at = utcnow()
    session.add(brand)
    session.flush()
    audit.record(session, actor=actor, action="award.brand_revoke", target=brand.id,
                 detail={"title": brand.title, "on": day(on, "on").isoformat(), "reason": reason.strip()})
    return brand


@dataclass(frozen=True)
class BrandRow:
    """A title as the register lists it; ``status`` derived on the day asked (valid | expired | revoked)."""

    id: str
    enterprise_id: str
    enterprise: str
    uscc: str
    township_id: str
    township: str
    kind: str
    title: str
    level: str
    product_name: str
    granted_on: str
    expires_on: str | None
    status: str
    certificate_no: str
    days_left: int | None  # to the expiry day (0: expires today; negative: expired)
    program_id: str | None
    application_id: str | None


def _status_condition(status: str, day: str) -> ColumnElement[bool]:
    if status == rules.REVOKED:
        return BRAND.c.status == rules.REVOKED
    dated = and_(BRAND.c.expires_on.isnot(None), BRAND.c.expires_on < day)
    if status == rules.EXPIRED:
        return and_(BRAND.c.status != rules.REVOKED, dated)
    if status == rules.VALID:
        return and_(BRAND.c.status != rules.REVOKED, or_(BRAND.c.expires_on.is_(None), BRAND.c.expires_on >= day))
    raise KnownError("award_bad_brand_status", value=status)


def brands(
    session: Session, *, today: date, enterprise_id: str | None = None, level: str | None = None,
    kind: str | None = None, status: str | None = None, township_id: str | None = None,
    expiring_days: int | None = None,
) -> list[BrandRow]:
    """The register, filtered; ``expiring_days``: only titles in force expiring within that many days (soonest
    first); otherwise newest grant first."""
    day = today.isoformat()
    stmt = (
        select(BRAND, ENT.c.name.label("enterprise"), ENT.c.uscc, ENT.c.township_id,
               func.coalesce(ORG.c.name, "").label("township"))
        .select_from(BRAND.join(ENT, ENT.c.id == BRAND.c.enterprise_id).outerjoin(ORG, ORG.c.id == ENT.c.township_id))
        .where(BRAND.c.deleted_at.is_(None), ENT.c.deleted_at.is_(None))
    )
    for column, value in ((BRAND.c.enterprise_id, enterprise_id), (BRAND.c.level, level), (BRAND.c.kind, kind),
                          (ENT.c.township_id, township_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    if status is not None:
        stmt = stmt.where(_status_condition(status, day))
    if expiring_days is not None:
        until = (today + timedelta(days=max(expiring_days, 0))).isoformat()
        stmt = stmt.where(_status_condition(rules.VALID, day), BRAND.c.expires_on.isnot(None),
                          BRAND.c.expires_on <= until).order_by(BRAND.c.expires_on, ENT.c.name, BRAND.c.id)
    else:
        stmt = stmt.order_by(BRAND.c.granted_on.desc(), ENT.c.name, BRAND.c.id)
    return [_brand_row(r, today) for r in session.connection().execute(stmt).mappings()]


def _brand_row(r: Any, today: date) -> BrandRow:
    expires = r["expires_on"]
    left = (date.fromisoformat(expires[:10]) - today).days if expires else None
    return BrandRow(
        id=r["id"], enterprise_id=r["enterprise_id"], enterprise=r["enterprise"], uscc=r["uscc"] or "",
        township_id=r["township_id"], township=r["township"], kind=r["kind"], title=r["title"], level=r["level"],
        product_name=r["product_name"], granted_on=r["granted_on"], expires_on=expires,
        status=rules.brand_status(r["status"], expires, today), certificate_no=r["certificate_no"],
        days_left=left, program_id=r["program_id"], application_id=r["application_id"])


def expiring(session: Session, today: date, days: int = EXPIRING_DAYS) -> list[BrandRow]:
    """Titles in force whose term ends within ``days`` (the 工作台's 即将到期), soonest first."""
    return brands(session, today=today, expiring_days=days)


@dataclass(frozen=True)
class BrandCount:
    key: str  # a level code or a township id ("" for none)
    label: str  # the township's name; for a level its code (the interface names it)
    count: int


def brand_counts(session: Session, *, today: date, by: str = "level") -> list[BrandCount]:
    """Titles in force on ``today``, counted by level (national first) or by township (by name)."""
    valid = _status_condition(rules.VALID, today.isoformat())
    base = BRAND.join(ENT, ENT.c.id == BRAND.c.enterprise_id)
    live = [BRAND.c.deleted_at.is_(None), ENT.c.deleted_at.is_(None), valid]
    conn = session.connection()
    if by == "level":
        stmt = select(BRAND.c.level, func.count()).select_from(base).where(*live).group_by(BRAND.c.level)
        found = {str(k): int(n) for k, n in conn.execute(stmt)}
        rank = {level: n for n, level in enumerate(rules.LEVELS)}
        return [BrandCount(k, k, n) for k, n in sorted(found.items(), key=lambda kv: (rank.get(kv[0], 9), kv[0]))]
    if by == "township":
        name = func.coalesce(ORG.c.name, "")
        stmt = (select(func.coalesce(ENT.c.township_id, ""), name, func.count())
                .select_from(base.outerjoin(ORG, ORG.c.id == ENT.c.township_id)).where(*live)
                .group_by(ENT.c.township_id, name).order_by(name))
        return [BrandCount(str(k), str(label), int(n)) for k, label, n in conn.execute(stmt)]
    raise ValueError(f"unknown grouping {by!r}; use level or township")
