"""奖励资金: the county's yearly reward fund — its budget, the payments drawing on it, the balance and the ledger.

Money is whole 分 everywhere; amounts typed in 元 ("4万", "40,000", "40000.50") are read exactly with Decimal.
A year's fund holds the live payments whose ``fund_year`` is that year. A payment that would take the year past
its budget, or that falls in a year with no budget, is refused unless someone confirms it with a reason: the
reason goes into the payment's note and the audit log. Roles arrive with a later issue; until then the explicit
``confirm_overdraw=True`` (on the command line ``--confirm-overdraw --reason TEXT``) is the confirmation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Table, func, select
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise.errors import KnownError
from qsupervise.models import (
    AwardApplication,
    AwardProgram,
    Brand,
    Certification,
    Enterprise,
    RewardFund,
    RewardPayment,
    utcnow,
)
from qsupervise.rules import awards as award_rules
from qsupervise.services import audit

PAY: Table = RewardPayment.__table__  # type: ignore[attr-defined]
FUND: Table = RewardFund.__table__  # type: ignore[attr-defined]
SUBJECT_KINDS = ("certification", "award", "brand")
OVERDRAW_MARK = "超预算发放（已确认）"  # opens the note of a payment confirmed past the budget
NO_BUDGET_MARK = "无预算发放（已确认）"  # … of a payment confirmed in a year without a budget
CONFIRM_MARKS = (OVERDRAW_MARK, NO_BUDGET_MARK)
MOST_FEN = 10**15  # 10 万亿元: beyond any county's fund; keeps typos such as "4e20" out
_NUMBER = re.compile(r"\d+(\.\d+)?|\.\d+")


# --- money ------------------------------------------------------------------------------------------------------


def parse_yuan(typed: str | int | Decimal, *, allow_zero: bool = False) -> int:
    """An amount in 元 as people write it, in 分, exactly: "40000", "40,000.50", "４万", "4.5万元", "¥1,000".

    Refused (``fund_money_format``): anything else, negative amounts, fractions of a 分, zero unless
    ``allow_zero``. Never goes through float, so "0.1" and "0.2" make exactly "0.3".
    """
    if isinstance(typed, bool):
        raise KnownError("fund_money_format", value=typed)
    if isinstance(typed, int):
        amount = Decimal(typed)
    elif isinstance(typed, Decimal):
        amount = typed
    else:
        cleaned = unicodedata.normalize("NFKC", str(typed)).strip()
        for noise in (",", " ", "¥", "￥", "RMB", "元", "人民币"):
            cleaned = cleaned.replace(noise, "")
        unit = Decimal(1)
        if cleaned.endswith("万"):
            cleaned, unit = cleaned[:-1], Decimal(10_000)
        if not _NUMBER.fullmatch(cleaned):
            raise KnownError("fund_money_format", value=typed)
        try:
            amount = Decimal(cleaned) * unit
        except InvalidOperation:
            raise KnownError("fund_money_format", value=typed) from None
    if not amount.is_finite():
        raise KnownError("fund_money_format", value=typed)
    fen = amount * 100
    if fen != fen.to_integral_value() or fen < 0 or fen > MOST_FEN or (fen == 0 and not allow_zero):
        raise KnownError("fund_money_format", value=typed)
    return int(fen)


def yuan(fen: int) -> str:
    """分 as 元 with thousands separators and two decimals: 4000050 -> "40,000.50"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def yuan_number(fen: int) -> Decimal:
    """分 as a Decimal number of 元 with two places (what a spreadsheet cell holds)."""
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


# --- the fund of a year ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FundYear:
    """One year's fund as it stands: the budget (None: none set), what is paid and how many payments."""

    year: int
    fund_id: str | None
    budget_fen: int | None
    document_no: str
    paid_fen: int
    payments: int

    @property
    def remaining_fen(self) -> int | None:
        return None if self.budget_fen is None else self.budget_fen - self.paid_fen

    @property
    def overdrawn(self) -> bool:
        return self.budget_fen is not None and self.paid_fen > self.budget_fen

    def as_dict(self) -> dict[str, Any]:
        return {"year": self.year, "fund_id": self.fund_id, "budget_fen": self.budget_fen,
                "document_no": self.document_no, "paid_fen": self.paid_fen, "payments": self.payments,
                "remaining_fen": self.remaining_fen, "overdrawn": self.overdrawn}


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= 2100:
        raise KnownError("payment_fund_year", value=value)
    return value


def fund_of(session: Session, year: int) -> RewardFund | None:
    """The fund row of ``year``; if two stations each made one before they synchronised, the older counts."""
    stmt = sm_select(RewardFund).where(RewardFund.year == year).order_by(col(RewardFund.created_at), col(RewardFund.id))
    return session.exec(stmt.limit(1)).first()


def _paid(session: Session, year: int) -> tuple[int, int]:
    stmt = select(func.coalesce(func.sum(PAY.c.amount_fen), 0), func.count()).where(
        PAY.c.fund_year == year, PAY.c.deleted_at.is_(None))
    total, count = session.connection().execute(stmt).one()
    return int(total), int(count)


def balance(session: Session, year: int) -> FundYear:
    """The fund of ``year``: budget, paid so far (live payments of that fund year) and what remains."""
    fund = fund_of(session, _year(year))
    paid, count = _paid(session, year)
    if fund is None:
        return FundYear(year, None, None, "", paid, count)
    return FundYear(year, fund.id, fund.budget_fen, fund.document_no, paid, count)


def years(session: Session) -> list[FundYear]:
    """Every year with a budget or a payment, oldest first."""
    conn = session.connection()
    found = {int(y) for (y,) in conn.execute(select(FUND.c.year).distinct())}
    found |= {int(y) for (y,) in conn.execute(select(PAY.c.fund_year).where(PAY.c.deleted_at.is_(None)).distinct())}
    return [balance(session, y) for y in sorted(found) if 2000 <= y <= 2100]


def set_budget(
    session: Session,
    *,
    year: int,
    budget_fen: int,
    document_no: str = "",
    note: str = "",
    confirm_overdraw: bool = False,
    reason: str = "",
    actor: str = "cli",
) -> FundYear:
    """Set (or change) the budget of ``year`` and the document that granted it.

    Payments of the year recorded before it had a fund are linked to it. A budget below what the year has already
    paid is refused (``fund_budget_below_paid``) unless confirmed with a reason, as an overdraft is.
    """
    _year(year)
    if isinstance(budget_fen, bool) or not isinstance(budget_fen, int) or not 0 <= budget_fen <= MOST_FEN:
        raise KnownError("fund_money_format", value=budget_fen)
    paid, _count = _paid(session, year)
    why = " ".join(reason.split())
    if budget_fen < paid:
        if not confirm_overdraw:
            raise KnownError("fund_budget_below_paid", year=year, budget=yuan(budget_fen), paid=yuan(paid),
                             budget_fen=budget_fen, paid_fen=paid)
        if not why:
            raise KnownError("fund_reason_needed")
    fund = fund_of(session, year)
    before = None if fund is None else (fund.budget_fen, fund.document_no)
    document = document_no.strip()[:60]
    if fund is None:
        fund = RewardFund(year=year, budget_fen=budget_fen, document_no=document, note=note.strip())
    else:
        fund.budget_fen = budget_fen
        if document:
            fund.document_no = document
        if note.strip():
            fund.note = note.strip()
        fund.updated_at = utcnow()
    if budget_fen < paid:
        fund.note = "\n".join(x for x in (fund.note, f"{OVERDRAW_MARK}：{why}") if x)
    session.add(fund)
    session.flush()
    linked = _link_orphans(session, fund)
    detail: dict[str, Any] = {"year": year, "budget_fen": budget_fen, "document_no": fund.document_no,
                              "linked_payments": linked}
    if before is not None:
        detail["before_fen"] = before[0]
    if budget_fen < paid:
        detail.update(overdraw=True, reason=why, paid_fen=paid)
    audit.record(session, actor=actor, action="fund.budget", target=fund.id, detail=detail)
    return balance(session, year)


def _link_orphans(session: Session, fund: RewardFund) -> int:
    stmt = sm_select(RewardPayment).where(RewardPayment.fund_year == fund.year,
                                          col(RewardPayment.fund_id).is_(None))
    orphans = list(session.exec(stmt))
    for payment in orphans:
        payment.fund_id = fund.id
        payment.updated_at = utcnow()
        session.add(payment)
    if orphans:
        session.flush()
    return len(orphans)


# --- paying -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """What a payment is for: a new certificate, an award won (an application) or a granted brand."""

    kind: str
    id: str
    enterprise_id: str
    label: str


def subject(session: Session, kind: str, subject_id: str) -> Subject:
    """The thing paid for, checked: a live certificate marked for a reward, an awarded application, a brand in
    force (not revoked)."""
    if kind not in SUBJECT_KINDS:
        raise KnownError("fund_subject_kind", value=kind)
    if kind == "certification":
        cert = session.get(Certification, subject_id)
        if cert is None or cert.deleted_at is not None:
            raise KnownError("cert_unknown", id=subject_id)
        from qsupervise.rules import certificates

        label = f"{certificates.kind_label(cert.kind)} {cert.number}".strip()
        if not cert.reward_eligible:
            raise KnownError("cert_not_reward_eligible", number=cert.number or certificates.kind_label(cert.kind))
        return Subject(kind, cert.id, cert.enterprise_id, label)
    if kind == "award":
        app = session.get(AwardApplication, subject_id)
        if app is None or app.deleted_at is not None:
            raise KnownError("fund_subject_unknown", kind=kind, id=subject_id)
        program = session.get(AwardProgram, app.program_id)
        label = subject_label(program, app.product_name)
        if app.state != award_rules.AWARDED:
            raise KnownError("fund_award_not_awarded", name=label, state=award_rules.state_label(app.state))
        return Subject(kind, app.id, app.enterprise_id, label)
    brand = session.get(Brand, subject_id)
    if brand is None or brand.deleted_at is not None:
        raise KnownError("fund_subject_unknown", kind=kind, id=subject_id)
    if brand.status == award_rules.REVOKED:
        raise KnownError("fund_brand_revoked", title=brand.title)
    label = brand.title + (f"（{brand.product_name}）" if brand.product_name else "")
    return Subject(kind, brand.id, brand.enterprise_id, label)


def subject_label(program: AwardProgram | None, product_name: str = "") -> str:
    name = f"{program.year}年{program.name}" if program is not None else ""
    return name + (f"（{product_name}）" if product_name else "")


def pay(
    session: Session,
    *,
    subject_kind: str,
    subject_id: str,
    amount_fen: int,
    paid_on: date | str,
    fund_year: int | None = None,
    enterprise_id: str | None = None,
    document_no: str = "",
    note: str = "",
    confirm_overdraw: bool = False,
    reason: str = "",
    unfunded_ok: bool = False,
    actor: str = "cli",
) -> RewardPayment:
    """Pay an enterprise for a certification, an award or a brand out of the fund of ``fund_year`` (default: the
    year paid).

    Refused: a year without a budget (``fund_no_budget``) and a payment past the budget (``fund_overdrawn``,
    naming budget, paid, remaining and asked), unless ``confirm_overdraw`` with a ``reason``, which then opens
    the payment's note and is kept in the audit log. ``enterprise_id``, when given, must be the subject's.
    ``unfunded_ok``: while the county keeps no fund at all (no year has a budget), record the payment outside
    any ledger, as the certification page did before the fund existed; the first budget set for its year links it.
    """
    found = subject(session, subject_kind, subject_id)
    if enterprise_id is not None and enterprise_id != found.enterprise_id:
        holder = session.get(Enterprise, enterprise_id)
        raise KnownError("fund_subject_enterprise", label=found.label, name=holder.name if holder else enterprise_id)
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or not 0 < amount_fen <= MOST_FEN:
        raise KnownError("payment_amount", value=amount_fen)
    day = _day(paid_on)
    year = _year(int(day[:4]) if fund_year is None else fund_year)
    state = balance(session, year)
    why = " ".join(reason.split())
    mark = ""
    if state.budget_fen is None:
        if not (unfunded_ok and _no_fund_at_all(session)):
            if not confirm_overdraw:
                raise KnownError("fund_no_budget", year=year, asked=yuan(amount_fen), asked_fen=amount_fen)
            mark = NO_BUDGET_MARK
    elif state.paid_fen + amount_fen > state.budget_fen:
        if not confirm_overdraw:
            remaining = state.budget_fen - state.paid_fen
            raise KnownError("fund_overdrawn", year=year, budget=yuan(state.budget_fen), paid=yuan(state.paid_fen),
                             remaining=yuan(remaining), asked=yuan(amount_fen), budget_fen=state.budget_fen,
                             paid_fen=state.paid_fen, remaining_fen=remaining, asked_fen=amount_fen)
        mark = OVERDRAW_MARK
    if mark and not why:
        raise KnownError("fund_reason_needed")
    text = note.strip()
    if mark:
        text = "\n".join(x for x in (f"{mark}：{why}", text) if x)
    payment = RewardPayment(
        enterprise_id=found.enterprise_id, subject_kind=found.kind, subject_id=found.id, amount_fen=amount_fen,
        paid_on=day, fund_year=year, fund_id=state.fund_id, document_no=document_no.strip()[:60], note=text,
    )
    session.add(payment)
    session.flush()
    detail: dict[str, Any] = {"subject_kind": found.kind, "subject": found.id, "enterprise": found.enterprise_id,
                              "amount_fen": amount_fen, "fund_year": year, "paid_on": day,
                              "budget_fen": state.budget_fen, "paid_before_fen": state.paid_fen}
    if mark:
        detail.update(confirmed=mark, reason=why)
    audit.record(session, actor=actor, action="fund.payment", target=payment.id, detail=detail)
    return payment


def _day(value: date | str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise KnownError("date_format", value=value) from None


def _no_fund_at_all(session: Session) -> bool:
    return session.connection().execute(select(FUND.c.id).limit(1)).first() is None


def is_confirmed(note: str) -> bool:
    """Whether a payment's (or a fund's) note records a confirmed overdraft or a payment without a budget."""
    return any(mark in note for mark in CONFIRM_MARKS)


# --- the ledger ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerEntry:
    payment_id: str
    paid_on: str
    enterprise_id: str
    enterprise: str
    uscc: str
    subject_kind: str
    subject_id: str
    subject: str
    amount_fen: int
    document_no: str
    note: str
    balance_fen: int | None  # what remains after this payment (None: the year has no budget)


@dataclass(frozen=True)
class Ledger:
    """One year's fund: its budget and every payment by date, with the balance after each."""

    fund: FundYear
    entries: tuple[LedgerEntry, ...]

    @property
    def paid_fen(self) -> int:
        return sum(e.amount_fen for e in self.entries)


def ledger(session: Session, year: int) -> Ledger:
    """The payments of ``year``'s fund in the order paid, each with its enterprise, subject and running balance."""
    fund = balance(session, year)
    ent: Table = Enterprise.__table__  # type: ignore[attr-defined]
    stmt = (select(PAY, ent.c.name, ent.c.uscc).select_from(PAY.join(ent, ent.c.id == PAY.c.enterprise_id))
            .where(PAY.c.fund_year == year, PAY.c.deleted_at.is_(None))
            .order_by(PAY.c.paid_on, PAY.c.created_at, PAY.c.id))
    rows = session.connection().execute(stmt).mappings().all()
    labels = _labels(session, rows)
    left = fund.budget_fen
    entries: list[LedgerEntry] = []
    for r in rows:
        if left is not None:
            left -= r["amount_fen"]
        entries.append(LedgerEntry(
            payment_id=r["id"], paid_on=r["paid_on"], enterprise_id=r["enterprise_id"], enterprise=r["name"],
            uscc=r["uscc"] or "", subject_kind=r["subject_kind"], subject_id=r["subject_id"],
            subject=labels.get((r["subject_kind"], r["subject_id"]), ""), amount_fen=r["amount_fen"],
            document_no=r["document_no"], note=r["note"], balance_fen=left,
        ))
    return Ledger(fund, tuple(entries))


def _labels(session: Session, rows: Any) -> dict[tuple[str, str], str]:
    """What each payment was for, in words, read per kind in batches."""
    from qsupervise.rules import certificates

    wanted: dict[str, list[str]] = {}
    for r in rows:
        wanted.setdefault(r["subject_kind"], []).append(r["subject_id"])
    out: dict[tuple[str, str], str] = {}
    conn = session.connection()
    cert: Table = Certification.__table__  # type: ignore[attr-defined]
    app: Table = AwardApplication.__table__  # type: ignore[attr-defined]
    prog: Table = AwardProgram.__table__  # type: ignore[attr-defined]
    brand: Table = Brand.__table__  # type: ignore[attr-defined]
    for kind, ids in wanted.items():
        for start in range(0, len(ids), 500):
            part = list(dict.fromkeys(ids[start:start + 500]))
            if kind == "certification":
                for cid, ckind, number in conn.execute(
                        select(cert.c.id, cert.c.kind, cert.c.number).where(cert.c.id.in_(part))):
                    out[(kind, cid)] = f"{certificates.kind_label(ckind)} {number}".strip()
            elif kind == "award":
                stmt = (select(app.c.id, prog.c.year, prog.c.name, app.c.product_name)
                        .select_from(app.join(prog, prog.c.id == app.c.program_id)).where(app.c.id.in_(part)))
                for aid, year, name, product in conn.execute(stmt):
                    out[(kind, aid)] = f"{year}年{name}" + (f"（{product}）" if product else "")
            elif kind == "brand":
                for bid, title, product in conn.execute(
                        select(brand.c.id, brand.c.title, brand.c.product_name).where(brand.c.id.in_(part))):
                    out[(kind, bid)] = title + (f"（{product}）" if product else "")
    return out


def payments_for(session: Session, subject_kind: str, subject_id: str) -> list[RewardPayment]:
    """Live payments made for one subject, by date."""
    stmt = (sm_select(RewardPayment)
            .where(RewardPayment.subject_kind == subject_kind, RewardPayment.subject_id == subject_id,
                   col(RewardPayment.deleted_at).is_(None))
            .order_by(col(RewardPayment.paid_on), col(RewardPayment.created_at)))
    return list(session.exec(stmt))
