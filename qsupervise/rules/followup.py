"""Deadlines after a failing result, per SAMR Order No. 18 (《产品质量监督抽查管理暂行办法》).

notice served → objection within 15 days (复检 on the reserve sample is final) → correction ordered, to be
made within 60 days → recheck within 75 days of the order → a failing recheck is announced → second recheck
60–90 days after the announcement → closed. Days are calendar days; "6 months" is calendar months, clamped
to the month's end (31 August + 6 months = 28/29 February).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from qsupervise.rules.verdicts import PASS, is_failing

OBJECTION_DAYS = 15
CORRECTION_DAYS = 60
RECHECK_DAYS = 75
SECOND_RECHECK_FROM_DAYS = 60
SECOND_RECHECK_DAYS = 90
REPEAT_MONTHS = 6

# Steps in order; each is done when its date column is set.
STEPS = (
    "serve_notice", "objection", "retest", "order_correction", "recheck", "announce", "second_recheck", "close",
)
DATE_OF = {
    "serve_notice": "notice_served_on",
    "retest": "retest_on",
    "order_correction": "correction_ordered_on",
    "recheck": "recheck_on",
    "announce": "announced_on",
    "second_recheck": "second_recheck_on",
    "close": "closed_on",
}
VERDICT_OF = {"retest": "retest_verdict", "recheck": "recheck_verdict", "second_recheck": "second_recheck_verdict"}


def day(value: str | date | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def after_days(start: date | None, days: int) -> date | None:
    return None if start is None else start + timedelta(days=days)


def months_before(end: date, months: int = REPEAT_MONTHS) -> date:
    earlier: date = end - relativedelta(months=months)
    return earlier


@dataclass(frozen=True)
class Deadlines:
    objection_due: date | None  # last day to object (异议)
    correction_due: date | None  # last day to correct (整改)
    recheck_due: date | None  # last day of the recheck (复查)
    second_recheck_from: date | None
    second_recheck_due: date | None


def deadlines(check: Mapping[str, Any]) -> Deadlines:
    served, ordered, announced = (day(check.get(k)) for k in ("notice_served_on", "correction_ordered_on",
                                                                "announced_on"))
    return Deadlines(
        objection_due=after_days(served, OBJECTION_DAYS),
        correction_due=after_days(ordered, CORRECTION_DAYS),
        recheck_due=after_days(ordered, RECHECK_DAYS),
        second_recheck_from=after_days(announced, SECOND_RECHECK_FROM_DAYS),
        second_recheck_due=after_days(announced, SECOND_RECHECK_DAYS),
    )


@dataclass(frozen=True)
class Step:
    """What a failing sample waits for next; ``due`` is the last day, ``earliest`` the first allowed one."""

    code: str
    due: date | None = None
    earliest: date | None = None

    def overdue(self, today: date) -> bool:
        return self.due is not None and today > self.due

    def days_left(self, today: date) -> int | None:
        return None if self.due is None else (self.due - today).days


def next_step(check: Mapping[str, Any], today: date | None = None) -> Step | None:
    """The open step of a sample's follow-up, or None (not failing, or closed).

    ``today`` only matters while the objection window is open: until it ends the next step is the objection
    (waiting for the producer); after it, ordering the correction.
    """
    if check.get("closed_on") or not is_failing(check.get("verdict")):
        return None
    d = deadlines(check)
    if not check.get("notice_served_on"):
        return Step("serve_notice")
    if check.get("objection_on"):
        if not check.get("retest_verdict"):
            return Step("retest")
        if check.get("retest_verdict") == PASS:
            return Step("close")
    elif today is not None and d.objection_due is not None and today <= d.objection_due \
            and not check.get("correction_ordered_on"):
        return Step("objection", due=d.objection_due)
    if not check.get("correction_ordered_on"):
        return Step("order_correction", earliest=d.objection_due)
    if not check.get("recheck_verdict"):
        return Step("recheck", due=d.recheck_due)
    if check.get("recheck_verdict") == PASS:
        return Step("close")
    if not check.get("announced_on"):
        return Step("announce")
    if not check.get("second_recheck_verdict"):
        return Step("second_recheck", due=d.second_recheck_due, earliest=d.second_recheck_from)
    return Step("close")
