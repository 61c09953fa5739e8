"""Instruments under compulsory verification: adding and editing them, the overdue list, the two rates per township.

What counts where is defined once in :mod:`qsupervise.rules.instruments`; the SQL here says the same thing
(``IN_CYCLE``, ``OVERDUE``), and the tests compare both on a fixture counted by hand.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, func, select
from sqlalchemy import text as sql_text
from sqlmodel import Session
from sqlmodel import select as sm_select

from qsupervise import dialect
from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.models import Enterprise, Instrument, OrgKind, OrgUnit, utcnow
from qsupervise.rules import instruments as rules
from qsupervise.services import Changes, audit, versions
from qsupervise.services.enterprises import FieldProblem, InvalidInput

INSTRUMENT: Table = Instrument.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
IC, E = INSTRUMENT.c, ENT.c
TRADING = ("active", "suspended")  # enterprise statuses whose instruments are listed
LIST_LIMIT = 200


@dataclass(frozen=True)
class InstrumentInput:
    """What a user says about one instrument; dates as YYYY-MM-DD text or dates, the result as 合格/不合格."""

    enterprise_id: str
    name: str
    model: str = ""
    serial: str = ""
    use_category: str = rules.TRADE
    location: str = ""
    registered: bool = True
    verification_body: str = ""
    certificate_no: str = ""
    cycle_months: int = rules.DEFAULT_CYCLE
    verified_on: str | date | None = None
    due_on: str | date | None = None  # empty: the verification date plus the cycle
    result: str | None = None


def _tidy(value: str) -> str:
    return " ".join(value.split())


def _code(value: str) -> str:
    """Serial and certificate numbers: full-width forms made half-width, spaces trimmed, as printed otherwise."""
    return " ".join(unicodedata.normalize("NFKC", value).split())


def _date(value: str | date | None, field: str, problems: list[FieldProblem]) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        problems.append(FieldProblem(field, "instrument_date", "error",
                                     {"field": text(f"instrument_field_{field}"), "value": value}))
        return None


def normalize(data: InstrumentInput, today: date) -> tuple[dict[str, Any], list[FieldProblem]]:
    """Column values as stored, and what is wrong with them (errors) or worth a look (warnings)."""
    problems: list[FieldProblem] = []
    name = _tidy(data.name)
    if not name:
        problems.append(FieldProblem("name", "missing_field", "error", {"field": text("instrument_field_name")}))
    category = rules.parse_category(data.use_category or "")
    if category is None:
        allowed = "、".join(zh for zh, _en in rules.CATEGORY_LABELS.values())
        problems.append(FieldProblem("use_category", "instrument_category", "error",
                                     {"value": data.use_category, "allowed": allowed}))
    cycle = data.cycle_months
    if not rules.MIN_CYCLE <= cycle <= rules.MAX_CYCLE:
        problems.append(FieldProblem("cycle_months", "instrument_cycle", "error",
                                     {"value": str(cycle), "low": str(rules.MIN_CYCLE), "high": str(rules.MAX_CYCLE)}))
    try:
        result = rules.parse_result(data.result)
    except ValueError:
        result = None
        problems.append(FieldProblem("result", "instrument_result", "error", {"value": data.result or ""}))
    verified = _date(data.verified_on, "verified_on", problems)
    due = _date(data.due_on, "due_on", problems)
    if verified is not None and verified > today:
        problems.append(FieldProblem("verified_on", "instrument_verified_future", "error",
                                     {"date": verified.isoformat(), "today": today.isoformat()}))
    if verified is not None and due is not None and due < verified:
        problems.append(FieldProblem("due_on", "instrument_due_before_verified", "error",
                                     {"due": due.isoformat(), "verified": verified.isoformat()}))
    if verified is None and result is not None:
        problems.append(FieldProblem("verified_on", "instrument_result_undated", "error", {}))
    if verified is not None and due is None and rules.MIN_CYCLE <= cycle <= rules.MAX_CYCLE:
        due = rules.due_date(verified, cycle)
    elif verified is not None and due is not None and due > rules.due_date(verified, cycle):
        problems.append(FieldProblem("due_on", "instrument_due_beyond_cycle", "warning",
                                     {"due": due.isoformat(), "months": str(cycle)}))
    values: dict[str, Any] = {
        "enterprise_id": data.enterprise_id.strip(),
        "name": name,
        "model": _tidy(data.model),
        "serial": _code(data.serial),
        "use_category": category or data.use_category,
        "location": _tidy(data.location),
        "registered": bool(data.registered),
        "verification_body": _tidy(data.verification_body),
        "certificate_no": _code(data.certificate_no),
        "cycle_months": cycle,
        "verified_on": verified.isoformat() if verified else None,
        "due_on": due.isoformat() if due else None,
        "result": result,
    }
    return values, problems


def check(
    session: Session, data: InstrumentInput, *, today: date, existing_id: str | None = None
) -> tuple[dict[str, Any], list[FieldProblem]]:
    """:func:`normalize`, then what needs the database: the enterprise, a serial number used twice."""
    values, problems = normalize(data, today)
    enterprise = session.get(Enterprise, values["enterprise_id"]) if values["enterprise_id"] else None
    if enterprise is None or enterprise.deleted_at is not None:
        problems.append(FieldProblem("enterprise_id", "instrument_enterprise_unknown", "error",
                                     {"id": values["enterprise_id"]}))
    elif values["serial"]:
        stmt = select(IC.id).where(IC.enterprise_id == enterprise.id, IC.serial == values["serial"],
                                  IC.name == values["name"], IC.deleted_at.is_(None))
        if existing_id:
            stmt = stmt.where(IC.id != existing_id)
        if session.connection().execute(stmt.limit(1)).first() is not None:
            problems.append(FieldProblem("serial", "instrument_serial_taken", "warning",
                                         {"serial": values["serial"], "name": values["name"]}))
    return values, problems


def save(
    session: Session,
    *,
    data: InstrumentInput,
    instrument_id: str | None = None,
    today: date | None = None,
    actor: str = "cli",
    opened_version: int | None = None,
) -> tuple[Instrument, list[FieldProblem]]:
    """Create (no id) or update an instrument; errors raise :class:`InvalidInput`, warnings are returned.

    ``today`` (default: the system date) is when a verification date is checked not to lie in the future. With
    ``opened_version`` (:func:`versions.version` when the form read it) an update is refused with
    :class:`versions.RecordChanged` when someone saved the instrument since (services/versions.py).
    """
    if instrument_id is not None and opened_version is not None:
        get(session, instrument_id)  # its own message (with the id) when there is no such instrument
        versions.refuse_if_changed(session, Instrument, instrument_id, opened_version, missing="instrument_not_found")
    values, problems = check(session, data, today=today or date.today(), existing_id=instrument_id)
    if any(p.severity == "error" for p in problems):
        raise InvalidInput(problems)
    if instrument_id is None:
        instrument = Instrument(**values)
        session.add(instrument)
        action = "instrument.create"
    else:
        instrument = get(session, instrument_id)
        for key, value in values.items():
            if getattr(instrument, key) != value:
                setattr(instrument, key, value)
        action = "instrument.update"
    session.flush()
    audit.record(session, actor=actor, action=action, target=instrument.name,
                 detail={"id": instrument.id, "enterprise_id": instrument.enterprise_id})
    return instrument, problems


def get(session: Session, instrument_id: str) -> Instrument:
    found = session.get(Instrument, instrument_id)
    if found is None:
        raise KnownError("instrument_not_found", id=instrument_id)
    return found


def set_deleted(session: Session, *, instrument_id: str, deleted: bool, actor: str = "cli") -> Changes:
    """Take an instrument out of use (soft delete, kept with its history) or bring it back."""
    instrument = get(session, instrument_id)
    instrument.deleted_at = utcnow() if deleted else None
    session.flush()
    action = "instrument.delete" if deleted else "instrument.restore"
    audit.record(session, actor=actor, action=action, target=instrument.name, detail={"id": instrument.id})
    return Changes(tables=frozenset({"instrument"}), ids=frozenset({instrument.id}))


def input_from(instrument: Instrument) -> InstrumentInput:
    """The form's starting values for an existing instrument."""
    return InstrumentInput(
        enterprise_id=instrument.enterprise_id, name=instrument.name, model=instrument.model,
        serial=instrument.serial, use_category=instrument.use_category, location=instrument.location,
        registered=instrument.registered, verification_body=instrument.verification_body,
        certificate_no=instrument.certificate_no, cycle_months=instrument.cycle_months,
        verified_on=instrument.verified_on, due_on=instrument.due_on, result=instrument.result,
    )


def of_enterprise(session: Session, enterprise_id: str, *, include_deleted: bool = False) -> list[Instrument]:
    """An enterprise's instruments, the ones due first first (never verified last)."""
    stmt = sm_select(Instrument).where(Instrument.enterprise_id == enterprise_id)
    if not include_deleted:
        stmt = stmt.where(Instrument.deleted_at == None)  # noqa: E711
    rows = list(session.exec(stmt))
    rows.sort(key=lambda i: (i.due_on is None, i.due_on or "", i.name, i.serial))
    return rows


# -- lists and rates (SQL over all instruments) -------------------------------------------------------------


def _listed() -> list[ColumnElement[bool]]:
    """Live instruments of live enterprises still trading (rules: "listed")."""
    return [IC.deleted_at.is_(None), E.deleted_at.is_(None), E.status.in_(TRADING)]


def _overdue(today: str) -> ColumnElement[bool]:
    return IC.due_on < today


@dataclass(frozen=True)
class InstrumentRow:
    """One instrument in a list, with its enterprise and its status on the day asked."""

    id: str
    enterprise_id: str
    enterprise_name: str
    township_id: str
    name: str
    model: str
    serial: str
    use_category: str
    registered: bool
    verified_on: str | None
    due_on: str | None
    result: str | None
    status: str  # rules.OK | DUE_SOON | OVERDUE | FAILED | UNVERIFIED
    days_overdue: int  # 0 unless overdue


def _rows(session: Session, stmt: Any, today: date) -> list[InstrumentRow]:
    out = []
    for r in session.connection().execute(stmt):
        verified = date.fromisoformat(r.verified_on) if r.verified_on else None
        due = date.fromisoformat(r.due_on) if r.due_on else None
        out.append(InstrumentRow(
            r.id, r.enterprise_id, r.enterprise_name, r.township_id, r.name, r.model, r.serial, r.use_category,
            bool(r.registered), r.verified_on, r.due_on, r.result, rules.status(verified, due, r.result, today),
            (today - due).days if rules.is_overdue(due, today) and due else 0,
        ))
    return out


def _columns() -> list[Any]:
    return [IC.id, IC.enterprise_id, E.name.label("enterprise_name"), E.township_id, IC.name, IC.model, IC.serial,
            IC.use_category, IC.registered, IC.verified_on, IC.due_on, IC.result]


def overdue(
    session: Session, today: date, township_id: str | None = None, limit: int = LIST_LIMIT
) -> list[InstrumentRow]:
    """Listed instruments past their due date, the longest overdue first (the partial due-date index, in order)."""
    stmt = (select(*_columns()).select_from(INSTRUMENT.join(ENT, ENT.c.id == IC.enterprise_id))
            .where(*_listed(), _overdue(today.isoformat())).order_by(IC.due_on, IC.id).limit(limit))
    if township_id:
        stmt = stmt.where(E.township_id == township_id)
    return _rows(session, stmt, today)


def listing(
    session: Session, today: date, *, township_id: str | None = None, limit: int = LIST_LIMIT
) -> list[InstrumentRow]:
    """Listed instruments by enterprise, then due date."""
    stmt = (select(*_columns()).select_from(INSTRUMENT.join(ENT, ENT.c.id == IC.enterprise_id))
            .where(*_listed()).order_by(E.name, IC.enterprise_id, IC.due_on, IC.id).limit(limit))
    if township_id:
        stmt = stmt.where(E.township_id == township_id)
    return _rows(session, stmt, today)


def count(session: Session, today: date, *, township_id: str | None = None, overdue_only: bool = False) -> int:
    """How many instruments :func:`listing` (or :func:`overdue`) would list without a limit."""
    stmt = select(func.count()).select_from(INSTRUMENT.join(ENT, ENT.c.id == IC.enterprise_id)).where(*_listed())
    if overdue_only:
        stmt = stmt.where(_overdue(today.isoformat()))
    if township_id:
        stmt = stmt.where(E.township_id == township_id)
    return int(session.connection().execute(stmt).scalar_one())


@dataclass(frozen=True)
class TownshipRates:
    township_id: str
    name: str
    active: bool
    tally: rules.Tally

    @property
    def registration_rate(self) -> float | None:
        return self.tally.registration_rate

    @property
    def verification_rate(self) -> float | None:
        return self.tally.verification_rate


@dataclass(frozen=True)
class Rates:
    """登记造册率 and 强检受检率 per township and for the county, as of ``today``."""

    today: date
    townships: list[TownshipRates]
    county: rules.Tally
    registration_target: float = rules.REGISTRATION_TARGET
    verification_target: float = rules.VERIFICATION_TARGET

    def below_target(self) -> tuple[int, int]:
        """How many townships (with instruments) are below each target."""
        reg = sum(1 for t in self.townships if t.registration_rate is not None
                  and t.registration_rate < self.registration_target)
        ver = sum(1 for t in self.townships if t.verification_rate is not None
                  and t.verification_rate < self.verification_target)
        return reg, ver


# The rates in one pass over the instruments, each looking its enterprise up by id. CROSS JOIN fixes that
# order: left to itself SQLite's planner walks the 200k enterprises by township and probes the instruments of
# each (about 3× slower at 100k instruments); PostgreSQL has no such hint (dialect.fixed_order_join). Kept as
# SQL text so the benchmark runs the very same statement (RATES_SQL: SQLite's).
RATES_SQL_TEMPLATE = f"""
SELECT e.township_id,
       count(*),
       sum(CASE WHEN i.registered THEN 1 ELSE 0 END),
       sum(CASE WHEN i.registered AND i.verified_on <= :today AND i.due_on >= :today
           AND (i.result IS NULL OR i.result = '{rules.PASS}') THEN 1 ELSE 0 END),
       sum(CASE WHEN i.due_on < :today THEN 1 ELSE 0 END)
FROM instrument AS i {{join}} enterprise AS e ON e.id = i.enterprise_id
WHERE i.deleted_at IS NULL AND e.deleted_at IS NULL AND e.status IN ({", ".join(f"'{s}'" for s in TRADING)})
GROUP BY e.township_id
"""
RATES_SQL = RATES_SQL_TEMPLATE.format(join="CROSS JOIN")


def tallies(session: Session, today: date) -> dict[str, rules.Tally]:
    """The counts per township id: one grouped query over the listed instruments."""
    conn = session.connection()
    sql = RATES_SQL_TEMPLATE.format(join=dialect.fixed_order_join(conn))
    rows = conn.execute(sql_text(sql), {"today": today.isoformat()})
    return {r[0]: rules.Tally(int(r[1]), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0)) for r in rows}


def rates(session: Session, today: date) -> Rates:
    """Both rates for every active township (and an inactive one still holding instruments), in the county's order."""
    counts = tallies(session, today)
    units = session.connection().execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.active)  # type: ignore[call-overload]
        .where(OrgUnit.kind == OrgKind.TOWNSHIP).order_by(OrgUnit.sort_order, OrgUnit.name)
    ).all()
    rows = [TownshipRates(u.id, u.name, bool(u.active), counts.get(u.id, rules.Tally()))
            for u in units if u.active or u.id in counts]
    total = rules.Tally()
    for t in counts.values():
        total = total + t
    return Rates(today, rows, total)
