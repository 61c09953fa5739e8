"""Awards: the eligibility pre-check of an application (and the overrides of failed conditions), and its
checklist of documents. Reached through :mod:`qsupervise.services.awards` like the rest of the awards services."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise.changelog import to_json
from qsupervise.errors import KnownError
from qsupervise.models import ApplicationDocument, AwardApplication, AwardProgram, EligibilityOverride, utcnow
from qsupervise.rules import awards as rules
from qsupervise.services import attachments, audit
from qsupervise.services.award_eligibility import ConditionResult, evaluate, stored
from qsupervise.services.award_records import day as _day
from qsupervise.services.award_records import documents_required, get_application

# --- eligibility ----------------------------------------------------------------------------------------------


def check_eligibility(session: Session, application_id: str, today: date | str) -> list[ConditionResult]:
    """Run the pre-check on ``today`` and keep it on the application (``eligibility``, ``checked_on``)."""
    application = get_application(session, application_id)
    if application.state in rules.FINAL_STATES:  # the check it was decided on stays as it was
        raise KnownError("award_application_final", state=rules.state_label(application.state),
                         state_en=rules.state_label(application.state, "en"))
    program = session.get(AwardProgram, application.program_id)
    if program is None:
        raise KnownError("award_program_unknown", ref=application.program_id)
    day = _day(today, "today")
    results = evaluate(session, application, program, day)
    application.eligibility = to_json([r.to_dict() for r in results])
    application.checked_on = day.isoformat()
    application.updated_at = utcnow()
    session.add(application)
    session.flush()
    return results


def last_check(session: Session, application_id: str) -> tuple[str | None, list[ConditionResult]]:
    """(the day checked, the results) of the last pre-check kept on the application."""
    application = get_application(session, application_id)
    return application.checked_on, stored(application)


def override_condition(
    session: Session, application_id: str, condition: str, reason: str, *, on: date | str, actor: str = "cli",
) -> EligibilityOverride:
    """Accept a failed condition with a reason (recorded, audited). The check is run again on ``on`` first: a
    condition that passes, is off in the programme, or is already overridden is refused."""
    application = get_application(session, application_id)
    if condition not in rules.CONDITIONS:
        raise KnownError("award_condition_unknown", value=condition, codes=", ".join(rules.CONDITIONS))
    if not (reason or "").strip():
        raise KnownError("award_override_reason")
    if application.state in rules.FINAL_STATES:
        raise KnownError("award_application_final", state=rules.state_label(application.state),
                         state_en=rules.state_label(application.state, "en"))
    day = _day(on, "on")
    results = {r.code: r for r in check_eligibility(session, application.id, day)}
    found = results.get(condition)
    if found is None:
        raise KnownError("award_condition_off", condition=condition)
    if found.overridden:
        raise KnownError("award_override_exists", condition=found.label("zh"), reason=found.reason)
    if found.passed:
        raise KnownError("award_condition_passed", condition=found.label("zh"))
    given = EligibilityOverride(application_id=application.id, condition=condition, reason=reason.strip()[:500],
                                decided_by=actor[:50], decided_on=day.isoformat())
    session.add(given)
    session.flush()
    check_eligibility(session, application.id, day)
    audit.record(session, actor=actor, action="award.override", target=application.id,
                 detail={"override": given.id, "condition": condition, "reason": given.reason})
    return given


def withdraw_override(session: Session, override_id: str, *, on: date | str | None = None,
                      actor: str = "cli") -> EligibilityOverride:
    """Withdraw an override: it is kept, marked withdrawn; the stored check is run again (on ``on`` or the day
    of the last check)."""
    given = session.get(EligibilityOverride, override_id)
    if given is None:
        raise KnownError("award_override_unknown", id=override_id)
    if given.withdrawn:
        raise KnownError("award_override_withdrawn", id=override_id)
    application = get_application(session, given.application_id)
    if application.state in rules.FINAL_STATES:
        raise KnownError("award_application_final", state=rules.state_label(application.state),
                         state_en=rules.state_label(application.state, "en"))
    given.withdrawn = True
    given.updated_at = utcnow()
    session.add(given)
    session.flush()
    day = on or application.checked_on or given.decided_on
    check_eligibility(session, application.id, day)
    audit.record(session, actor=actor, action="award.override_withdrawn", target=application.id,
                 detail={"override": given.id, "condition": given.condition})
    return given


# --- documents ------------------------------------------------------------------------------------------------


def documents_of(session: Session, application_id: str) -> list[ApplicationDocument]:
    """The checklist: the programme's documents in the programme's order, then the others as they were added."""
    stmt = (sm_select(ApplicationDocument).where(ApplicationDocument.application_id == application_id)
            .order_by(col(ApplicationDocument.created_at), col(ApplicationDocument.id)))
    found = list(session.exec(stmt))
    application = session.get(AwardApplication, application_id)
    program = session.get(AwardProgram, application.program_id) if application is not None else None
    place = {name: n for n, name in enumerate(documents_required(program))} if program is not None else {}
    return sorted(found, key=lambda d: (not d.required, place.get(d.name, len(place))))  # stable: ties keep order


def set_document(
    session: Session, application_id: str, name: str, *, source: Path | bytes | None = None, file_name: str = "",
    note: str | None = None, detach: bool = False, actor: str = "cli",
) -> ApplicationDocument:
    """Attach a scan (PDF or image, by content hash) to a checklist entry, change its note, or ``detach`` it.

    A name not on the checklist adds an entry that is not required (a document the applicant brought besides).
    """
    application = get_application(session, application_id)
    title = (name or "").strip()[:200]
    if not title:
        raise KnownError("award_document_name")
    entry = next((d for d in documents_of(session, application.id) if d.name == title), None)
    if entry is None:
        entry = ApplicationDocument(application_id=application.id, name=title, required=False)
    if detach:
        entry.attachment_id = None
    elif source is not None:
        entry.attachment_id = attachments.store(session, source, file_name).id
    if note is not None:
        entry.note = note.strip()[:300]
    entry.updated_at = utcnow()
    session.add(entry)
    session.flush()
    audit.record(session, actor=actor, action="award.document", target=application.id,
                 detail={"document": title, "attachment": entry.attachment_id, "detached": detach})
    return entry
