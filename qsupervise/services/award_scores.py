"""GB/T 19580 score sheets of an application: one per reviewer, whole points within each category's maximum,
averaged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise.changelog import to_json
from qsupervise.errors import KnownError
from qsupervise.models import (
    AwardProgram,
    ScoreSheet,
    utcnow,
)
from qsupervise.rules import awards as rules
from qsupervise.services import audit
from qsupervise.services.award_records import (
    get_application,
)

# --- scoring (GB/T 19580) -------------------------------------------------------------------------------------


class InvalidScores(KnownError):
    """Scores outside their limits; ``problems`` lists each, the message names the first."""

    def __init__(self, problems: Sequence[rules.ScoreProblem]) -> None:
        first = problems[0]
        super().__init__(first.code, category=rules.category_label(first.category),
                         category_en=rules.category_label(first.category, "en"), value=first.value,
                         max=first.maximum, count=len(problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class SheetView:
    id: str
    reviewer: str
    scores: dict[str, int]
    total: int
    comment: str

    @property
    def complete(self) -> bool:
        return all(c in self.scores for c, _m in rules.CATEGORIES)


@dataclass(frozen=True)
class ScoreSummary:
    """The sheets and their averages: per category over the sheets that scored it, and the total as the sum of
    the category averages (rounded to 0.01 for display)."""

    sheets: tuple[SheetView, ...]
    averages: dict[str, float | None]
    total: float | None

    @property
    def reviewers(self) -> int:
        return len(self.sheets)


def _sheet_view(sheet: ScoreSheet) -> SheetView:
    try:
        raw = orjson.loads(sheet.scores or "{}")
    except orjson.JSONDecodeError:
        raw = {}
    scores = {c: int(raw[c]) for c, _m in rules.CATEGORIES if isinstance(raw.get(c), int)}
    return SheetView(sheet.id, sheet.reviewer, scores, sheet.total, sheet.comment)


def score_sheets(session: Session, application_id: str) -> list[ScoreSheet]:
    stmt = (sm_select(ScoreSheet).where(ScoreSheet.application_id == application_id,
                                        col(ScoreSheet.deleted_at).is_(None))
            .order_by(col(ScoreSheet.created_at), col(ScoreSheet.id)))
    return list(session.exec(stmt))


def save_scores(
    session: Session, application_id: str, reviewer: str, scores: Mapping[str, Any], *, comment: str | None = None,
    actor: str = "cli",
) -> ScoreSheet:
    """Save one reviewer's sheet (their earlier sheet is replaced): whole points from 0 to each category's maximum,
    1000 in all; only for a scored programme, while the application is in document or site review."""
    application = get_application(session, application_id)
    program = session.get(AwardProgram, application.program_id)
    if program is None or not program.scored:
        raise KnownError("award_not_scored", program=program.name if program else application.program_id)
    if application.state not in rules.SCORING_STATES:
        raise KnownError("award_scoring_state", state=rules.state_label(application.state),
                         state_en=rules.state_label(application.state, "en"))
    who = (reviewer or "").strip()[:50]
    if not who:
        raise KnownError("award_reviewer_empty")
    clean, problems = rules.check_scores(scores)
    if problems:
        raise InvalidScores(problems)
    sheet = next((s for s in score_sheets(session, application.id) if s.reviewer == who), None)
    if sheet is None:
        sheet = ScoreSheet(application_id=application.id, reviewer=who)
    sheet.scores = to_json({c: clean[c] for c, _m in rules.CATEGORIES if c in clean})
    sheet.total = sum(clean.values())
    if comment is not None:
        sheet.comment = comment.strip()
    sheet.updated_at = utcnow()
    session.add(sheet)
    session.flush()
    audit.record(session, actor=actor, action="award.scores", target=application.id,
                 detail={"sheet": sheet.id, "reviewer": who, "total": sheet.total})
    return sheet


def score_summary(session: Session, application_id: str) -> ScoreSummary:
    sheets = tuple(_sheet_view(s) for s in score_sheets(session, application_id))
    averages: dict[str, float | None] = {}
    for category, _maximum in rules.CATEGORIES:
        given = [s.scores[category] for s in sheets if category in s.scores]
        averages[category] = round(sum(given) / len(given), 2) if given else None
    known = [v for v in averages.values() if v is not None]
    return ScoreSummary(sheets, averages, round(sum(known), 2) if known else None)
