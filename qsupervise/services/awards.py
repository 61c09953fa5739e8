"""Brand and award programmes (品牌与奖项): programmes, applications and their workflow, the eligibility pre-check,
document checklists, GB/T 19580 score sheets and the register of granted titles.

The rules (kinds, templates, the table of moves, conditions, maxima, validity) live in rules/awards.py; the
pre-check itself in services/award_eligibility.py; the eligibility and document functions in award_checks.py,
scores in award_scores.py, the register in brands.py — all reached through this module. Functions take the
caller's session and never commit: one user action is one call in one transaction.

Public functions (stable names; the GUI, the demo, the exports and the reward fund use them):

- programmes: :class:`ProgramInput`, :func:`add_program`, :func:`update_program`, :func:`set_program_deleted`,
  :func:`get_program`, :func:`find_program`, :func:`programs`, :func:`documents_required`;
- applications: :class:`ApplicationInput`, :func:`apply`, :func:`edit_application`, :func:`get_application`,
  :func:`move`, :func:`steps_of`, :func:`applications`, :func:`applications_of`;
- eligibility: :func:`check_eligibility`, :func:`last_check`, :func:`override_condition`,
  :func:`withdraw_override`, :func:`overrides_of`;
- documents: :func:`documents_of`, :func:`set_document`;
- scores: :func:`save_scores`, :func:`score_sheets`, :func:`score_summary`;
- the register: :class:`BrandInput`, :func:`register_brand`, :func:`revoke_brand`, :func:`brands`,
  :func:`expiring`, :func:`brand_counts`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise.changelog import to_json
from qsupervise.errors import KnownError
from qsupervise.models import (
    ApplicationDocument,
    ApplicationStep,
    AwardApplication,
    AwardProgram,
    Brand,
    Enterprise,
    Product,
    utcnow,
)
from qsupervise.rules import awards as rules
from qsupervise.services import audit, versions
from qsupervise.services.award_checks import (
    check_eligibility,
    documents_of,
    last_check,
    override_condition,
    set_document,
    withdraw_override,
)
from qsupervise.services.award_eligibility import ConditionResult, overrides_of
from qsupervise.services.award_records import (
    ApplicationRow,
    application_rows,
    applications,
    applications_of,
    documents_required,
    get_application,
    get_program,
    iso_day,
    steps_of,
    whole,
)
from qsupervise.services.award_records import day as _day
from qsupervise.services.award_scores import (
    InvalidScores,
    ScoreSummary,
    SheetView,
    save_scores,
    score_sheets,
    score_summary,
)
from qsupervise.services.brands import (
    BrandCount,
    BrandInput,
    BrandRow,
    brand_counts,
    brands,
    expiring,
    register_brand,
    revoke_brand,
)

__all__ = [
    "ApplicationInput", "ApplicationRow", "BrandCount", "BrandInput", "BrandRow", "ConditionResult",
    "InvalidScores", "Moved", "ProgramInput", "ScoreSummary", "SheetView", "add_program", "applications",
    "applications_of", "apply", "brand_counts", "brands", "check_eligibility", "documents_of", "documents_required",
    "edit_application", "expiring", "find_program", "get_application", "get_program", "last_check", "move",
    "override_condition", "overrides_of", "programs", "register_brand", "revoke_brand", "save_scores",
    "score_sheets", "score_summary", "set_document", "set_program_deleted", "steps_of", "update_program",
    "withdraw_override",
]

MIN_YEAR, MAX_YEAR = 1990, 2100


# --- programmes -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgramInput:
    """A programme as the user fills it in; :meth:`from_template` gives the defaults of a kind."""

    name: str
    year: int
    kind: str = rules.OTHER
    level: str = rules.MUNICIPAL
    organiser: str = ""
    opens_on: str | date | None = None
    closes_on: str | date | None = None
    criteria: str = ""
    documents: Sequence[str] = ()
    conditions: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # over rules.DEFAULT_CONDITIONS
    max_winners: int | None = None
    validity_years: int | None = None
    reapply_years: int | None = None
    reward_fen: int = 0
    scored: bool = False

    @classmethod
    def from_template(cls, kind: str, *, name: str, year: int, **changes: Any) -> ProgramInput:
        """The template of ``kind`` (documents, conditions, validity, scored, criteria) with ``changes`` over it."""
        template = rules.TEMPLATES.get(kind)
        if template is None:
            raise KnownError("award_bad_kind", value=kind, kinds=", ".join(rules.KINDS))
        conditions = template.full_conditions()
        for code, params in (changes.pop("conditions", None) or {}).items():  # each over the template's own
            conditions[code] = {**conditions.get(code, {}), **params}
        base = cls(name=name, year=year, kind=kind, criteria=template.criteria, documents=template.documents,
                   conditions=conditions, validity_years=template.validity_years,
                   reapply_years=template.reapply_years, scored=template.scored)
        return replace(base, **changes)

    @classmethod
    def of(cls, program: AwardProgram) -> ProgramInput:
        """A stored programme as input, to edit and give to :func:`update_program`."""
        return cls(name=program.name, year=program.year, kind=program.kind, level=program.level,
                   organiser=program.organiser, opens_on=program.opens_on, closes_on=program.closes_on,
                   criteria=program.criteria, documents=tuple(documents_required(program)),
                   conditions=rules.conditions_of(program.conditions), max_winners=program.max_winners,
                   validity_years=program.validity_years, reapply_years=program.reapply_years,
                   reward_fen=program.reward_fen, scored=program.scored)


def _program_values(data: ProgramInput) -> dict[str, Any]:
    """The columns of a programme, checked; KnownError on the first problem."""
    name = (data.name or "").strip()
    if not name:
        raise KnownError("award_program_name")
    if data.kind not in rules.KINDS:
        raise KnownError("award_bad_kind", value=data.kind, kinds=", ".join(rules.KINDS))
    level = rules.parse_level(data.level)
    if level is None:
        raise KnownError("award_bad_level", value=data.level)
    if isinstance(data.year, bool) or not isinstance(data.year, int) or not MIN_YEAR <= data.year <= MAX_YEAR:
        raise KnownError("award_bad_year", value=data.year)
    opens, closes = iso_day(data.opens_on, "opens_on"), iso_day(data.closes_on, "closes_on")
    if opens and closes and closes < opens:
        raise KnownError("award_window_order", opens=opens, closes=closes)
    conditions = rules.conditions_of(data.conditions)
    problem = rules.check_conditions(conditions)
    if problem is not None:
        raise KnownError("award_bad_condition", condition=problem[0], parameter=problem[1], value=problem[2])
    documents = list(dict.fromkeys(d.strip()[:200] for d in data.documents if d and d.strip()))
    reward = whole(data.reward_fen, "reward_fen", 0, 10**12)
    return {
        "kind": data.kind, "name": name[:200], "level": level, "year": data.year,
        "organiser": (data.organiser or "").strip()[:200], "opens_on": opens, "closes_on": closes,
        "criteria": (data.criteria or "").strip(), "documents": to_json(documents),
        "conditions": to_json(conditions),
        "max_winners": whole(data.max_winners, "max_winners", 1, 100_000),
        "validity_years": whole(data.validity_years, "validity_years", 1, rules.MAX_YEARS),
        "reapply_years": whole(data.reapply_years, "reapply_years", 0, rules.MAX_YEARS),
        "reward_fen": reward or 0, "scored": bool(data.scored),
    }


def _name_taken(session: Session, name: str, year: int, other_than: str | None) -> None:
    stmt = sm_select(AwardProgram.id).where(AwardProgram.name == name, AwardProgram.year == year,
                                            col(AwardProgram.deleted_at).is_(None))
    if other_than:
        stmt = stmt.where(AwardProgram.id != other_than)
    if session.exec(stmt.limit(1)).first() is not None:
        raise KnownError("award_program_taken", name=name, year=year)


def add_program(session: Session, data: ProgramInput, *, actor: str = "cli") -> AwardProgram:
    """A new programme; the conditions are stored in full (later changes of the defaults leave it as it is)."""
    values = _program_values(data)
    _name_taken(session, values["name"], values["year"], None)
    program = AwardProgram(**values)
    session.add(program)
    session.flush()
    audit.record(session, actor=actor, action="award.program_add", target=program.name,
                 detail={"program": program.id, "kind": program.kind, "year": program.year, "level": program.level})
    return program


def update_program(session: Session, program_id: str, data: ProgramInput, *, actor: str = "cli",
                   opened_version: int | None = None) -> AwardProgram:
    """Replace a programme's settings (applications keep their checklist; a new check reads the new conditions).
    ``opened_version`` (versions.version when the form read it): refused when someone saved it since."""
    program = get_program(session, program_id)
    if opened_version is not None:
        versions.refuse_if_changed(session, AwardProgram, program_id, opened_version, missing="award_program_unknown")
    values = _program_values(data)
    _name_taken(session, values["name"], values["year"], program.id)
    changed = {k: v for k, v in values.items() if getattr(program, k) != v}
    for name, value in changed.items():
        setattr(program, name, value)
    if changed:
        program.updated_at = utcnow()
        session.add(program)
        session.flush()
        audit.record(session, actor=actor, action="award.program_update", target=program.name,
                     detail={"program": program.id, "fields": sorted(changed)})
    return program


def set_program_deleted(session: Session, program_id: str, *, deleted: bool, actor: str = "cli") -> AwardProgram:
    """Withdraw a programme (soft: kept, hidden from lists) or bring it back; refused while it has live
    applications other than drafts and withdrawn ones."""
    program = session.get(AwardProgram, program_id)
    if program is None:
        raise KnownError("award_program_unknown", ref=program_id)
    if deleted:
        busy = session.exec(sm_select(func.count()).select_from(AwardApplication).where(
            AwardApplication.program_id == program.id, col(AwardApplication.deleted_at).is_(None),
            col(AwardApplication.state).not_in((rules.DRAFT, rules.WITHDRAWN)))).one()
        if busy:
            raise KnownError("award_program_busy", name=program.name, count=busy)
    program.deleted_at = utcnow() if deleted else None
    program.updated_at = utcnow()
    session.add(program)
    session.flush()
    audit.record(session, actor=actor, action="award.program_delete" if deleted else "award.program_restore",
                 target=program.name, detail={"program": program.id})
    return program


def find_program(session: Session, ref: str, *, year: int | None = None) -> AwardProgram:
    """A live programme named by its record id or exact name (of ``year`` when given; a name used in several
    years is ambiguous without it)."""
    value = (ref or "").strip()
    live = col(AwardProgram.deleted_at).is_(None)
    for condition in (col(AwardProgram.id) == value, col(AwardProgram.name) == value):
        stmt = sm_select(AwardProgram).where(condition, live)
        if year is not None:
            stmt = stmt.where(AwardProgram.year == year)
        found = session.exec(stmt.limit(2)).all()
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise KnownError("award_program_ambiguous", ref=value)
    raise KnownError("award_program_unknown", ref=value)


def programs(session: Session, *, year: int | None = None, kind: str | None = None) -> list[AwardProgram]:
    """Live programmes, newest year first, then by level (national first) and name."""
    stmt = sm_select(AwardProgram).where(col(AwardProgram.deleted_at).is_(None))
    if year is not None:
        stmt = stmt.where(AwardProgram.year == year)
    if kind is not None:
        stmt = stmt.where(AwardProgram.kind == kind)
    found = list(session.exec(stmt))
    rank = {level: n for n, level in enumerate(rules.LEVELS)}
    return sorted(found, key=lambda p: (-p.year, rank.get(p.level, 9), p.name, p.id))


# --- applications ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationInput:
    program_id: str
    enterprise_id: str
    product_id: str | None = None
    product_name: str = ""  # the product's name; taken from the product record when only the id is given
    note: str = ""


def apply(session: Session, data: ApplicationInput, *, today: date | str, actor: str = "cli") -> AwardApplication:
    """A new application in ``draft`` with the programme's document checklist and its first step (创建)."""
    program = get_program(session, data.program_id)
    enterprise = session.get(Enterprise, data.enterprise_id)
    if enterprise is None or enterprise.deleted_at is not None:
        raise KnownError("enterprise_not_found", ref=data.enterprise_id)
    day = _day(today, "today")
    product_name = (data.product_name or "").strip()[:200]
    if data.product_id:
        product = session.get(Product, data.product_id)
        if product is None or product.deleted_at is not None or product.enterprise_id != enterprise.id:
            raise KnownError("award_product_other", product=data.product_id, name=enterprise.name)
        product_name = product_name or product.name
    elif product_name:  # a product of the registry named as typed: linked when exactly one matches
        same = session.exec(sm_select(Product.id).where(Product.enterprise_id == enterprise.id,
                                                        Product.name == product_name,
                                                        col(Product.deleted_at).is_(None)).limit(2)).all()
        data = replace(data, product_id=same[0] if len(same) == 1 else None)
    if program.kind in rules.PRODUCT_KINDS and not product_name:
        raise KnownError("award_product_needed", program=program.name)
    for other in application_rows(session, program_id=program.id, enterprise_id=enterprise.id):
        if other.state != rules.WITHDRAWN and other.product_name == product_name:
            raise KnownError("award_apply_twice", name=enterprise.name, program=program.name,
                             state=rules.state_label(other.state), id=other.id)
    application = AwardApplication(program_id=program.id, enterprise_id=enterprise.id, product_id=data.product_id,
                                   product_name=product_name, note=(data.note or "").strip())
    session.add(application)
    session.flush()
    for name in documents_required(program):
        session.add(ApplicationDocument(application_id=application.id, name=name, required=True))
    session.add(ApplicationStep(application_id=application.id, from_state="", to_state=rules.DRAFT,
                                on=day.isoformat(), actor=actor))
    session.flush()
    audit.record(session, actor=actor, action="award.apply", target=enterprise.name,
                 detail={"application": application.id, "program": program.id, "product": product_name})
    return application


def edit_application(session: Session, application_id: str, *, product_name: str | None = None,
                     note: str | None = None, actor: str = "cli",
                     opened_version: int | None = None) -> AwardApplication:
    """Change the note (any time) or the product named (in draft only: once submitted, it is what was applied for).
    ``opened_version`` (versions.version when it was read): refused when someone saved the application since."""
    application = get_application(session, application_id)
    if opened_version is not None:
        holder = session.get(Enterprise, application.enterprise_id)
        versions.refuse_if_changed(session, AwardApplication, application.id, opened_version,
                                   what=holder.name if holder is not None else application.product_name,
                                   missing="award_application_unknown")
    if product_name is not None and product_name.strip() != application.product_name:
        if application.state != rules.DRAFT:
            raise KnownError("award_not_draft", state=rules.state_label(application.state),
                             state_en=rules.state_label(application.state, "en"))
        application.product_name = product_name.strip()[:200]
        application.product_id = None
        same = session.exec(sm_select(Product.id).where(Product.enterprise_id == application.enterprise_id,
                                                        Product.name == application.product_name,
                                                        col(Product.deleted_at).is_(None)).limit(2)).all()
        application.product_id = same[0] if len(same) == 1 else None
    if note is not None:
        application.note = note.strip()
    application.updated_at = utcnow()
    session.add(application)
    session.flush()
    audit.record(session, actor=actor, action="award.application_edit", target=application.id,
                 detail={"product": application.product_name})
    return application


@dataclass(frozen=True)
class Moved:
    """What a move changed: the application's state, the step written, and the title granted when awarded."""

    application_id: str
    from_state: str
    to_state: str
    on: str
    step_id: str
    brand_id: str | None = None
    results: tuple[ConditionResult, ...] = ()  # the pre-check run on submission


def move(
    session: Session, application_id: str, to_state: str, *, on: date | str, comment: str = "",
    actor: str = "cli", certificate_no: str = "",
) -> Moved:
    """Move an application along the table of ``rules.MOVES``, dated, with who and why.

    Submitting checks the application window and runs the eligibility pre-check: a failed condition without an
    override refuses the move. Awarding writes the title into the brand register (``certificate_no`` goes on it)
    unless the programme's ``max_winners`` are all granted.
    """
    application = get_application(session, application_id)
    program = session.get(AwardProgram, application.program_id)
    if program is None:
        raise KnownError("award_program_unknown", ref=application.program_id)
    source = application.state
    if to_state not in rules.STATES:
        raise KnownError("award_bad_state", value=to_state, states=", ".join(rules.STATES))
    if not rules.can_move(source, to_state):
        nexts = rules.MOVES.get(source, ())
        raise KnownError("award_bad_move", source=rules.state_label(source, "zh"), target=rules.state_label(to_state),
                         source_en=rules.state_label(source, "en"), target_en=rules.state_label(to_state, "en"),
                         allowed="、".join(rules.state_label(s) for s in nexts) or "—",
                         allowed_en=", ".join(rules.state_label(s, "en") for s in nexts) or "none")
    if program.deleted_at is not None and to_state != rules.WITHDRAWN:
        raise KnownError("award_program_unknown", ref=program.id)
    day = _day(on, "on")
    last = _last_step_day(session, application.id)
    if last and day.isoformat() < last:
        raise KnownError("award_move_before", on=day.isoformat(), last=last)
    results: tuple[ConditionResult, ...] = ()
    brand_id: str | None = None
    if to_state == rules.SUBMITTED:
        _in_window(program, day)
        results = tuple(check_eligibility(session, application.id, day))
        failed = [r for r in results if not r.accepted]
        if failed:
            raise KnownError("award_not_eligible", count=len(failed),
                             conditions="、".join(r.label("zh") for r in failed),
                             conditions_en=", ".join(r.label("en") for r in failed))
        application.submitted_on = day.isoformat()
    if to_state == rules.AWARDED:
        brand_id = _grant(session, application, program, day, certificate_no).id
    if to_state in rules.FINAL_STATES:
        application.decided_on = day.isoformat()
    application.state = to_state
    application.updated_at = utcnow()
    session.add(application)
    step = ApplicationStep(application_id=application.id, from_state=source, to_state=to_state, on=day.isoformat(),
                           actor=actor[:50], comment=(comment or "").strip()[:500])
    session.add(step)
    session.flush()
    audit.record(session, actor=actor, action="award.move", target=application.id, detail={
        "from": source, "to": to_state, "on": day.isoformat(), "comment": step.comment, "brand": brand_id})
    return Moved(application.id, source, to_state, day.isoformat(), step.id, brand_id, results)


def _last_step_day(session: Session, application_id: str) -> str | None:
    stmt = sm_select(func.max(ApplicationStep.on)).where(ApplicationStep.application_id == application_id)
    found = session.exec(stmt).one()
    return str(found) if found else None


def _in_window(program: AwardProgram, day: date) -> None:
    if program.opens_on and day.isoformat() < program.opens_on:
        raise KnownError("award_window_not_open", program=program.name, opens=program.opens_on, on=day.isoformat())
    if program.closes_on and day.isoformat() > program.closes_on:
        raise KnownError("award_window_closed", program=program.name, closes=program.closes_on, on=day.isoformat())


def _grant(session: Session, application: AwardApplication, program: AwardProgram, day: date,
           certificate_no: str) -> Brand:
    if program.max_winners is not None:
        won = session.exec(sm_select(func.count()).select_from(AwardApplication).where(
            AwardApplication.program_id == program.id, AwardApplication.state == rules.AWARDED,
            col(AwardApplication.deleted_at).is_(None))).one()
        if won >= program.max_winners:
            raise KnownError("award_max_winners", program=program.name, count=won)
    expiry = rules.expires_on(day, program.validity_years)
    brand = Brand(enterprise_id=application.enterprise_id, product_id=application.product_id,
                  product_name=application.product_name, program_id=program.id, application_id=application.id,
                  kind=program.kind, title=program.name, level=program.level, granted_on=day.isoformat(),
                  expires_on=expiry.isoformat() if expiry else None, certificate_no=(certificate_no or "").strip()[:60])
    session.add(brand)
    session.flush()
    return brand
