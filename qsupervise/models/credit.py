"""Quality credit (质量信用): configurable rules, list entries, penalties, and the grade with its history."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from qsupervise.models.base import Record


class CreditRule(Record, table=True):
    """One rule of the county's credit scheme: what counts, how many points, over how many years.

    Codes and their meaning are documented in rules/credit.py; grade thresholds are rules too
    (``grade_a`` … with ``points`` as the lowest score of the grade).
    """

    __tablename__ = "credit_rule"

    code: str = Field(max_length=40, index=True)
    points: int = 0
    window_years: int = 3
    active: bool = True
    note: str = Field(default="", max_length=200)


class CreditListEntry(Record, table=True):
    """An entry on the 严重违法失信名单 (serious_dishonest) or the 经营异常名录 (abnormal_operation)."""

    __tablename__ = "credit_list_entry"

    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    list_kind: str = Field(max_length=24)
    listed_on: str = Field(max_length=10)
    removed_on: str | None = Field(default=None, max_length=10)
    authority: str = Field(default="", max_length=100)
    document_no: str = Field(default="", max_length=60)
    reason: str = Field(default="", max_length=500)
    source: str = Field(default="", max_length=200)
    deleted_at: datetime | None = None


class Penalty(Record, table=True):
    """An administrative penalty (行政处罚) in quality matters, an input of the credit grade."""

    __tablename__ = "penalty"

    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    decided_on: str = Field(max_length=10)
    document_no: str = Field(default="", max_length=60)
    authority: str = Field(default="", max_length=100)
    summary: str = Field(default="", max_length=500)
    amount_fen: int = 0
    deleted_at: datetime | None = None


class CreditGrade(Record, table=True):
    """A grade given to an enterprise: computed (with its reasons) or overridden by a person with a reason.

    Rows are history: each recomputation that changes the outcome and each override adds a row; the
    enterprise's grade is its newest row.
    """

    __tablename__ = "credit_grade"

    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    grade: str = Field(max_length=2)  # A | B | C | D
    score: int = 0
    computed_grade: str = Field(default="", max_length=2)
    basis: str = Field(default="[]")  # JSON list of {"rule", "points", "count", "evidence"}
    override_reason: str = Field(default="", max_length=300)
    decided_on: str = Field(max_length=10)
    decided_by: str = Field(default="", max_length=50)
