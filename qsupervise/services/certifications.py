"""认证许可: certificates and licences of enterprises — checking, saving, the list, the expiry watch, rewards.

The list and the watch are SQL over the partial indexes of live certificates (by expiry date, by enterprise),
so they stay fast at hundreds of thousands of rows. "Expired" is derived from the expiry date and the day one
looks (``today``, always given by the caller), never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Table, case, func, literal, select
from sqlmodel import Session
from sqlmodel import select as sm_select

from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.models import Certification, Enterprise, OrgUnit, RewardPayment, utcnow
from qsupervise.rules import certificates as rules
from qsupervise.services import audit, reward_fund, versions

# The list lives in certification_lists; its names stay reachable here for the callers that use them.
from qsupervise.services.certification_lists import MAX_PAGE as MAX_PAGE
from qsupervise.services.certification_lists import PAGE as PAGE
from qsupervise.services.certification_lists import CertQuery as CertQuery
from qsupervise.services.certification_lists import CertRow as CertRow
from qsupervise.services.certification_lists import count as count
from qsupervise.services.certification_lists import order as order
from qsupervise.services.certification_lists import page as page
from qsupervise.services.certification_lists import rows_by_id as rows_by_id
from qsupervise.services.certification_lists import statement as statement

CERT: Table = Certification.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
PAY: Table = RewardPayment.__table__  # type: ignore[attr-defined]
LIMITS = {"number": rules.NUMBER_LIMIT, "number_note": 200, "issuer": 100, "scope": 500, "source": 200}


# --- the expiry watch (工作台, 认证许可 page) -------------------------------------------------------------------


@dataclass(frozen=True)
class ExpiryWatch:
    """Certificates to act on, per township and band (rules.BANDS: lapsed, 30, 60, 90 — bands do not overlap).

    Counted: live certificates, valid or suspended (revoked and cancelled ones need no renewal), of live
    enterprises; ``lapsed`` are those whose expiry date passed within the last ``lapsed_days`` days.
    """

    today: date
    by_township: dict[str, dict[str, int]]  # township id -> band -> count (every band present)
    township_names: dict[str, str]

    def total(self, band: str) -> int:
        return sum(counts[band] for counts in self.by_township.values())

    def within(self, days: int) -> int:
        """Certificates still valid that expire within ``days`` (30, 60 or 90) days, the expiry day included."""
        bands = [b for b, d in rules.BAND_DAYS if d <= days]
        return sum(self.total(b) for b in bands)


LAPSED_DAYS = 90  # lapsed longer ago: still "expired" in the list, no longer an alert (see expiry_watch)


def expiry_watch(
    session: Session, today: date, township_id: str | None = None, *, lapsed_days: int | None = LAPSED_DAYS
) -> ExpiryWatch:
    """Counts of lapsed certificates and of those expiring within 30 / 60 / 90 days, by township.

    Lapsed ones count for ``lapsed_days`` after their expiry (the mirror of the 90 days ahead): each day of
    look-back is another day of lapsed certificates to read, and at 300k certificates a look-back of a year
    takes 200 ms instead of 80. ``lapsed_days=None`` counts every lapsed certificate however old.
    """
    d30, d60, d90 = (today + timedelta(days=d) for _b, d in rules.BAND_DAYS)
    band = case(
        (CERT.c.expires_on < today.isoformat(), rules.LAPSED),
        (CERT.c.expires_on <= d30.isoformat(), "30"),
        (CERT.c.expires_on <= d60.isoformat(), "60"),
        else_="90",
    )
    where: list[ColumnElement[bool]] = [
        CERT.c.deleted_at.is_(None), CERT.c.expires_on <= d90.isoformat(), CERT.c.status.in_(rules.DATED),
        ENT.c.deleted_at.is_(None),
    ]
    if lapsed_days is not None:
        where.append(CERT.c.expires_on >= (today - timedelta(days=lapsed_days)).isoformat())
    if township_id is not None:
        where.append(ENT.c.township_id == township_id)
    stmt = (
        select(ENT.c.township_id, band.label("band"), func.count())
        .select_from(CERT.join(ENT, ENT.c.id == CERT.c.enterprise_id))
        .where(*where)
        .group_by(ENT.c.township_id, band)
    )
    conn = session.connection()
    by_township: dict[str, dict[str, int]] = {}
    for town, name, n in conn.execute(stmt):
        by_township.setdefault(town, dict.fromkeys(rules.BANDS, 0))[name] = int(n)
    names = {}
    if by_township:
        rows = conn.execute(select(ORG.c.id, ORG.c.name).where(ORG.c.id.in_(list(by_township))))
        names = {r[0]: r[1] for r in rows}
    return ExpiryWatch(today, by_township, names)


# --- checking and saving ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificationInput:
    """What a form (or an import row) gives for one certificate; dates as ``date`` or YYYY-MM-DD text."""

    enterprise_id: str
    kind: str
    number: str = ""
    number_note: str = ""
    issuer: str = ""
    scope: str = ""
    issued_on: date | str | None = None
    expires_on: date | str | None = None
    status: str = rules.VALID
    product_id: str | None = None
    attachment_id: str | None = None
    reward_eligible: bool = False
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class CertProblem:
    """A problem of one field; ``code`` is the stable reason, ``key`` the message (the code when empty)."""

    field: str
    code: str
    severity: str  # "error" | "warning"
    params: dict[str, str] = dc_field(default_factory=dict)
    key: str = ""

    def message(self, lang: str = "zh") -> str:
        return text(self.key or self.code, lang, **self.params)


class InvalidCertification(KnownError):
    """Raised by :func:`save` when the input has errors; ``problems`` says which."""

    def __init__(self, problems: list[CertProblem]) -> None:
        errors = [p for p in problems if p.severity == "error"]
        super().__init__("invalid_input", count=len(errors), first=errors[0].message())
        self.problems = problems


def iso_day(value: date | str | None) -> str | None:
    """YYYY-MM-DD or None; raises ValueError for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    return date.fromisoformat(value.strip()).isoformat()


def check(data: CertificationInput) -> tuple[CertificationInput, list[CertProblem]]:
    """The input cleaned (number normalised, text trimmed, dates as text) and its problems.

    A number failing its kind's format is a warning; keeping it needs a ``number_note`` saying why.
    """
    problems: list[CertProblem] = []
    if not data.enterprise_id:
        problems.append(CertProblem("enterprise_id", "missing_field", "error", {"field": text("cert_field_holder")}))
    if data.kind not in rules.KINDS:
        problems.append(CertProblem("kind", "certificate_type", "error", {"value": data.kind}))
    if data.status not in rules.STORED_STATUSES:
        problems.append(CertProblem("status", "cert_status", "error", {"value": data.status}))
    number = rules.normalize_number(data.number)
    texts = {"number": number, "number_note": data.number_note.strip(), "issuer": " ".join(data.issuer.split()),
             "scope": data.scope.strip(), "source": data.source.strip()}
    for name, value in texts.items():
        if len(value) > LIMITS[name]:
            params = {"field": text(f"cert_field_{name}"), "length": str(len(value)), "limit": str(LIMITS[name])}
            problems.append(CertProblem(name, "text_too_long", "error", params, "cert_text_too_long"))
    if data.kind in rules.KINDS:
        for p in rules.check_number(data.kind, number):
            problems.append(CertProblem("number", p.code, p.severity, p.params, p.key))
        if any(p.field == "number" and p.severity == "warning" for p in problems) and not texts["number_note"]:
            problems.append(CertProblem("number_note", "number_note_needed", "error", {}, "cert_number_note_needed"))
    days: dict[str, str | None] = {}
    for name in ("issued_on", "expires_on"):
        raw = getattr(data, name)
        try:
            days[name] = iso_day(raw)
        except ValueError:
            days[name] = None
            problems.append(CertProblem(name, "date_format", "error", {"value": str(raw)}))
    if days["issued_on"] and days["expires_on"] and days["expires_on"] < days["issued_on"]:
        problems.append(CertProblem("expires_on", "date_order", "error", {"issued": days["issued_on"],
                                                                          "expires": days["expires_on"]},
                                    "cert_dates_order"))
    cleaned = CertificationInput(
        enterprise_id=data.enterprise_id, kind=data.kind, number=number, number_note=texts["number_note"],
        issuer=texts["issuer"], scope=texts["scope"], issued_on=days["issued_on"], expires_on=days["expires_on"],
        status=data.status, product_id=data.product_id or None, attachment_id=data.attachment_id or None,
        reward_eligible=data.reward_eligible, source=texts["source"], note=data.note.strip(),
    )
    return cleaned, problems


def get(session: Session, cert_id: str, *, include_deleted: bool = False) -> Certification:
    cert = session.get(Certification, cert_id)
    if cert is None or (cert.deleted_at is not None and not include_deleted):
        raise KnownError("cert_unknown", id=cert_id)
    return cert


def same_number(session: Session, kind: str, number: str, *, other_than: str | None = None) -> str | None:
    """The id of a live certificate of ``kind`` with this (normalised) number, other than ``other_than``."""
    if not number:
        return None
    stmt = select(CERT.c.id).where(CERT.c.number == number, CERT.c.kind == kind, CERT.c.deleted_at.is_(None))
    if other_than:
        stmt = stmt.where(CERT.c.id != other_than)
    found = session.connection().execute(stmt.limit(1)).scalar()
    return str(found) if found is not None else None


def save(
    session: Session, data: CertificationInput, *, cert_id: str | None = None, actor: str = "cli",
    opened_version: int | None = None,
) -> Certification:
    """Add a certificate (``cert_id`` None) or change one; raises :class:`InvalidCertification` on errors.

    With ``opened_version`` (:func:`versions.version` when the form read it) a change is refused with
    :class:`versions.RecordChanged` when someone saved the certificate since (services/versions.py).
    """
    if cert_id is not None and opened_version is not None:
        get(session, cert_id)  # a deleted one is "not found", as without the check
        versions.refuse_if_changed(session, Certification, cert_id, opened_version, missing="cert_unknown")
    cleaned, problems = check(data)
    if not any(p.severity == "error" for p in problems):
        problems += _links(session, cleaned, cert_id)
    if any(p.severity == "error" for p in problems):
        raise InvalidCertification(problems)
    values: dict[str, Any] = {
        "enterprise_id": cleaned.enterprise_id, "kind": cleaned.kind, "number": cleaned.number,
        "number_note": cleaned.number_note, "issuer": cleaned.issuer, "scope": cleaned.scope,
        "issued_on": cleaned.issued_on, "expires_on": cleaned.expires_on, "status": cleaned.status,
        "product_id": cleaned.product_id, "attachment_id": cleaned.attachment_id,
        "reward_eligible": cleaned.reward_eligible, "source": cleaned.source, "note": cleaned.note,
    }
    if cert_id is None:
        cert = Certification(**values)
        action = "certification.add"
        changed = sorted(values)
    else:
        cert = get(session, cert_id)
        changed = sorted(k for k, v in values.items() if getattr(cert, k) != v)
        for k in changed:
            setattr(cert, k, values[k])
        if changed:
            cert.updated_at = utcnow()
        action = "certification.edit"
    session.add(cert)
    session.flush()
    if changed:
        detail = {"kind": cert.kind, "number": cert.number, "enterprise": cert.enterprise_id, "fields": changed}
        audit.record(session, actor=actor, action=action, target=cert.id, detail=detail)
    return cert


def _links(session: Session, data: CertificationInput, cert_id: str | None) -> list[CertProblem]:
    """Problems only the database can tell: the holder, product and scan exist; the number is not taken."""
    from qsupervise.models import Attachment, Product

    problems: list[CertProblem] = []
    holder = session.get(Enterprise, data.enterprise_id)
    if holder is None or holder.deleted_at is not None:
        problems.append(CertProblem("enterprise_id", "unlinked_enterprise", "error", {"id": data.enterprise_id},
                                    "cert_holder_unknown"))
    if data.product_id:
        product = session.get(Product, data.product_id)
        if product is None or product.enterprise_id != data.enterprise_id:
            problems.append(CertProblem("product_id", "cert_product", "error", {"id": data.product_id}))
    if data.attachment_id and session.get(Attachment, data.attachment_id) is None:
        problems.append(CertProblem("attachment_id", "attachment_unknown", "error", {"id": data.attachment_id}))
    taken = same_number(session, data.kind, data.number, other_than=cert_id)
    if taken is not None:
        problems.append(CertProblem("number", "duplicate_number", "error",
                                    {"number": data.number, "kind": rules.kind_label(data.kind)},
                                    "cert_duplicate_number"))
    return problems


def set_deleted(session: Session, *, cert_id: str, deleted: bool, actor: str = "cli") -> Certification:
    """Delete a certificate (kept, hidden: deletions are soft) or bring a deleted one back."""
    cert = get(session, cert_id, include_deleted=True)
    if (cert.deleted_at is not None) == deleted:
        return cert
    if not deleted and (taken := same_number(session, cert.kind, cert.number, other_than=cert.id)):
        raise KnownError("cert_restore_taken", number=cert.number, other=taken)
    cert.deleted_at = utcnow() if deleted else None
    cert.updated_at = utcnow()
    session.add(cert)
    session.flush()
    audit.record(session, actor=actor, action="certification.delete" if deleted else "certification.restore",
                 target=cert.id, detail={"kind": cert.kind, "number": cert.number})
    return cert


def of_enterprise(session: Session, enterprise_id: str) -> list[Certification]:
    """The live certificates of one enterprise: by kind, the latest expiry first."""
    stmt = (
        sm_select(Certification)
        .where(Certification.enterprise_id == enterprise_id, Certification.deleted_at.is_(None))  # type: ignore[union-attr]
        .order_by(Certification.kind, Certification.expires_on.desc())  # type: ignore[union-attr]
    )
    return list(session.exec(stmt))


# --- reward payments (奖励资金) -------------------------------------------------------------------------------


def record_payment(
    session: Session,
    *,
    cert_id: str,
    amount_fen: int,
    paid_on: date | str,
    fund_year: int,
    document_no: str = "",
    note: str = "",
    confirm_overdraw: bool = False,
    reason: str = "",
    actor: str = "cli",
) -> RewardPayment:
    """Record money paid for a new certification marked ``reward_eligible`` (amount in 分, no rounding).

    The payment draws on the reward fund of ``fund_year`` (services/reward_fund.pay: no budget or past the
    budget is refused unless ``confirm_overdraw`` with a ``reason``); while the county keeps no fund at all it is
    recorded outside any ledger, as before the fund existed.
    """
    cert = get(session, cert_id)
    if not cert.reward_eligible:
        raise KnownError("cert_not_reward_eligible", number=cert.number or rules.kind_label(cert.kind))
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise KnownError("payment_amount", value=amount_fen)
    try:
        day = iso_day(paid_on)
    except ValueError:
        day = None
    if day is None:
        raise KnownError("date_format", value=paid_on)
    if not 2000 <= fund_year <= 2100:
        raise KnownError("payment_fund_year", value=fund_year)
    payment = reward_fund.pay(
        session, subject_kind="certification", subject_id=cert.id, amount_fen=amount_fen, paid_on=day,
        fund_year=fund_year, document_no=document_no, note=note, confirm_overdraw=confirm_overdraw, reason=reason,
        unfunded_ok=True, actor=actor,
    )
    audit.record(session, actor=actor, action="certification.payment", target=cert.id,
                 detail={"payment": payment.id, "amount_fen": amount_fen, "fund_year": fund_year, "paid_on": day})
    return payment


def set_payment_deleted(session: Session, *, payment_id: str, deleted: bool, actor: str = "cli") -> RewardPayment:
    """Withdraw a payment recorded by mistake (kept, hidden) or bring it back."""
    payment = session.get(RewardPayment, payment_id)
    if payment is None:
        raise KnownError("payment_unknown", id=payment_id)
    if (payment.deleted_at is not None) != deleted:
        payment.deleted_at = utcnow() if deleted else None
        payment.updated_at = utcnow()
        session.add(payment)
        session.flush()
        audit.record(session, actor=actor, action="payment.delete" if deleted else "payment.restore",
                     target=payment.id, detail={"amount_fen": payment.amount_fen})
    return payment


def payments_of(
    session: Session, *, cert_id: str | None = None, enterprise_id: str | None = None, fund_year: int | None = None
) -> list[RewardPayment]:
    """Live payments for certifications, by date paid: of one certificate, one enterprise and/or one fund year."""
    where: list[Any] = [RewardPayment.subject_kind == "certification", RewardPayment.deleted_at.is_(None)]  # type: ignore[union-attr]
    if cert_id is not None:
        where.append(RewardPayment.subject_id == cert_id)
    if enterprise_id is not None:
        where.append(RewardPayment.enterprise_id == enterprise_id)
    if fund_year is not None:
        where.append(RewardPayment.fund_year == fund_year)
    stmt = sm_select(RewardPayment).where(*where).order_by(RewardPayment.paid_on, RewardPayment.created_at)  # type: ignore[arg-type]
    return list(session.exec(stmt))


def paid_total(session: Session, *, fund_year: int | None = None) -> int:
    """分 paid for certifications (in ``fund_year``)."""
    stmt = select(func.coalesce(func.sum(PAY.c.amount_fen), literal(0))).where(
        PAY.c.subject_kind == "certification", PAY.c.deleted_at.is_(None)
    )
    if fund_year is not None:
        stmt = stmt.where(PAY.c.fund_year == fund_year)
    return int(session.connection().execute(stmt).scalar_one())
