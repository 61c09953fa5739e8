"""Responsibility letters (质量工作目标责任书) and the year-end assessment of townships and member units.

A metric says what is measured and how it scores; a letter binds a unit to targets for a year (the "五定":
person, responsibility, target, task, deadline); each target's results are kept per stage — the unit's own
self-assessment (自评) and the county's verified value (核查) — side by side.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from qsupervise.models.base import Record


class AssessmentMetric(Record, table=True):
    """A target the county can set: computed from the data (``source``) or entered by hand (``source`` "")."""

    __tablename__ = "assessment_metric"

    code: str = Field(max_length=40, index=True)
    name: str = Field(max_length=200)
    unit: str = Field(default="", max_length=20)  # %, 个, 项 …
    source: str = Field(default="", max_length=40)  # "" (manual) or a source of rules/assessment.SOURCES
    params: str = Field(default="{}")  # JSON: parameters of the source (certificate kinds, brand levels …)
    direction: str = Field(default="higher", max_length=8)  # higher | lower (is better)
    rule: str = Field(default="linear", max_length=12)  # threshold | linear
    floor: float | None = None  # the value that scores zero (linear), below which nothing scores (both)
    bonus_per_unit: float = 0  # extra points for each unit beyond the target
    bonus_cap: float = 0  # at most this many extra points
    description: str = Field(default="")
    deleted_at: datetime | None = None


class ResponsibilityLetter(Record, table=True):
    """One unit's letter for a year, or a template (``is_template``) that letters are made from."""

    __tablename__ = "responsibility_letter"

    year: int = Field(index=True)
    is_template: bool = False
    for_kind: str = Field(default="township", max_length=20)  # township | member_unit (of a template)
    org_unit_id: str | None = Field(default=None, foreign_key="org_unit.id", index=True)
    title: str = Field(default="", max_length=200)
    doc_no: str = Field(default="", max_length=60)
    party_a: str = Field(default="", max_length=100)  # the county (甲方)
    party_b: str = Field(default="", max_length=100)  # the township or member unit (乙方)
    party_a_person: str = Field(default="", max_length=50)
    party_b_person: str = Field(default="", max_length=50)
    preamble: str = Field(default="")
    terms: str = Field(default="")  # 考核与奖惩 and other clauses after the target table
    signed_on: str | None = Field(default=None, max_length=10)
    locked: bool = False  # signed: parties and targets can no longer change
    scan_attachment_id: str | None = Field(default=None, foreign_key="attachment.id")
    cutoff_on: str | None = Field(default=None, max_length=10)  # the assessment counts data up to this day
    stage: str = Field(default="open", max_length=16)  # open | self_assessed | verified | published
    self_submitted_on: str | None = Field(default=None, max_length=10)
    verified_on: str | None = Field(default=None, max_length=10)
    published_on: str | None = Field(default=None, max_length=10)
    deleted_at: datetime | None = None


class LetterTarget(Record, table=True):
    """One target of a letter: what, how much, how many points, who answers for it, by when."""

    __tablename__ = "letter_target"

    letter_id: str = Field(foreign_key="responsibility_letter.id", index=True)
    metric_id: str = Field(foreign_key="assessment_metric.id", index=True)
    position: int = 0
    target: float | None = None
    weight: float = 0  # points at full marks
    task: str = Field(default="", max_length=500)  # the task as the letter words it
    responsible: str = Field(default="", max_length=50)
    deadline: str | None = Field(default=None, max_length=10)
    deleted_at: datetime | None = None


class TargetResult(Record, table=True):
    """A target's value at one stage (self | verified), with the comment and evidence behind it."""

    __tablename__ = "target_result"

    target_id: str = Field(foreign_key="letter_target.id", index=True)
    stage: str = Field(max_length=10)  # self | verified
    value: float | None = None
    computed: float | None = None  # what the data gave at the cut-off when the value was recorded
    comment: str = Field(default="", max_length=1000)
    attachment_id: str | None = Field(default=None, foreign_key="attachment.id")
    entered_by: str = Field(default="", max_length=50)
    entered_on: str | None = Field(default=None, max_length=10)
