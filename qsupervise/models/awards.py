"""Brands and quality awards (品牌与奖项): programs, applications and their steps, documents, eligibility
overrides, scoring sheets, the granted-brands register, and the yearly reward fund (奖励资金)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from qsupervise.models.base import Record


class AwardProgram(Record, table=True):
    """An award or brand programme of one year (名牌产品, 政府质量奖, 地理标志产品, 工程质量奖 …)."""

    __tablename__ = "award_program"

    # famous_brand | quality_award | trademark | gi_product | engineering | other
    kind: str = Field(max_length=24, index=True)
    name: str = Field(max_length=200)
    level: str = Field(default="municipal", max_length=12)  # national | provincial | municipal | county
    year: int = Field(index=True)
    organiser: str = Field(default="", max_length=200)
    opens_on: str | None = Field(default=None, max_length=10)
    closes_on: str | None = Field(default=None, max_length=10)
    criteria: str = Field(default="")
    documents: str = Field(default="[]")  # JSON list of required document names
    conditions: str = Field(default="{}")  # JSON: the eligibility conditions and their parameters
    max_winners: int | None = None
    validity_years: int | None = None
    reapply_years: int | None = None  # a winner may apply again after this many years
    reward_fen: int = 0
    scored: bool = False  # uses the GB/T 19580 scoring sheet
    deleted_at: datetime | None = None


class AwardApplication(Record, table=True):
    """An enterprise's application to a programme (and the product it names, for brands)."""

    __tablename__ = "award_application"

    program_id: str = Field(foreign_key="award_program.id", index=True)
    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    product_id: str | None = Field(default=None, foreign_key="product.id")
    product_name: str = Field(default="", max_length=200)
    state: str = Field(default="draft", max_length=16, index=True)
    submitted_on: str | None = Field(default=None, max_length=10)
    decided_on: str | None = Field(default=None, max_length=10)
    eligibility: str = Field(default="[]")  # JSON: the last pre-check, condition by condition, with evidence
    checked_on: str | None = Field(default=None, max_length=10)
    note: str = Field(default="")
    deleted_at: datetime | None = None


class ApplicationStep(Record, table=True):
    """One move of an application through the workflow: from, to, when, who, and why."""

    __tablename__ = "application_step"

    application_id: str = Field(foreign_key="award_application.id", index=True)
    from_state: str = Field(max_length=16)
    to_state: str = Field(max_length=16)
    on: str = Field(max_length=10)
    actor: str = Field(default="", max_length=50)
    comment: str = Field(default="", max_length=500)


class ApplicationDocument(Record, table=True):
    """One entry of an application's document checklist, with its attachment once provided."""

    __tablename__ = "application_document"

    application_id: str = Field(foreign_key="award_application.id", index=True)
    name: str = Field(max_length=200)
    required: bool = True
    attachment_id: str | None = Field(default=None, foreign_key="attachment.id")
    note: str = Field(default="", max_length=300)


class EligibilityOverride(Record, table=True):
    """A failed eligibility condition accepted by a person, with the reason (kept even when withdrawn)."""

    __tablename__ = "eligibility_override"

    application_id: str = Field(foreign_key="award_application.id", index=True)
    condition: str = Field(max_length=40)
    reason: str = Field(max_length=500)
    decided_by: str = Field(default="", max_length=50)
    decided_on: str = Field(max_length=10)
    withdrawn: bool = False


class ScoreSheet(Record, table=True):
    """One reviewer's GB/T 19580 scores of an application: points per category, checked against the maxima."""

    __tablename__ = "score_sheet"

    application_id: str = Field(foreign_key="award_application.id", index=True)
    reviewer: str = Field(max_length=50)
    scores: str = Field(default="{}")  # JSON: category code -> points
    total: int = 0
    comment: str = Field(default="")
    deleted_at: datetime | None = None


class Brand(Record, table=True):
    """A granted brand or award (获奖/名牌 register): what, to whom, level, and for how long."""

    __tablename__ = "brand"

    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    product_id: str | None = Field(default=None, foreign_key="product.id")
    product_name: str = Field(default="", max_length=200)
    program_id: str | None = Field(default=None, foreign_key="award_program.id")
    application_id: str | None = Field(default=None, foreign_key="award_application.id")
    kind: str = Field(max_length=24, index=True)
    title: str = Field(max_length=200)
    level: str = Field(default="municipal", max_length=12)
    granted_on: str = Field(max_length=10)
    expires_on: str | None = Field(default=None, max_length=10, index=True)
    status: str = Field(default="valid", max_length=12)  # valid | revoked (expired is derived from the date)
    certificate_no: str = Field(default="", max_length=60)
    deleted_at: datetime | None = None


class RewardFund(Record, table=True):
    """The county's quality reward fund of one year: its budget; payments (reward_payment) draw on it."""

    __tablename__ = "reward_fund"

    year: int = Field(index=True)
    budget_fen: int = 0
    document_no: str = Field(default="", max_length=60)
    note: str = Field(default="")
