"""Rules of instruments under compulsory verification (强检计量器具): use categories, due dates, overdue, the rates.

Definitions (the same in :mod:`qsupervise.services.instruments`, where the rates are one SQL query):

- **listed** (在册器具): a live instrument of an enterprise that is live and still trading (status active or
  suspended). Instruments of deleted, cancelled (注销) or revoked (吊销) enterprises count nowhere.
- **registered** (已登记造册): a listed instrument with ``registered`` set, i.e. filed with the metrology authority.
- **due date** (下次检定日期, ``due_on``): the verification date plus the cycle in calendar months
  (``relativedelta``: 2024-01-31 + 1 month = 2024-02-29, 2024-02-29 + 12 months = 2025-02-28), unless the
  certificate prints another; it is stored so that a query can compare it.
- **overdue** (逾期未检): ``today`` is after the due date. On the due date itself the instrument is still in
  cycle: its last verification is exactly one cycle old, not older.
- **verified in cycle** (按周期受检): registered, verified on or before ``today``, the due date not passed
  (``verified_on <= today <= due_on``), and a recorded result, if any, is 合格 (pass). A failed verification
  or a verification that has lapsed does not count; one without a recorded result does (the certificate
  number is the evidence).
- **登记造册率** = registered ÷ listed; **强检受检率** = verified in cycle ÷ registered. Either is None (shown
  as —) when its denominator is 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta

TRADE, SAFETY, MEDICAL, ENVIRONMENT = "trade", "safety", "medical", "environment"
CATEGORIES: tuple[str, ...] = (TRADE, SAFETY, MEDICAL, ENVIRONMENT)
CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    TRADE: ("贸易结算", "trade settlement"),
    SAFETY: ("安全防护", "safety protection"),
    MEDICAL: ("医疗卫生", "medical and health"),
    ENVIRONMENT: ("环境监测", "environment monitoring"),
}
PASS, FAIL = "pass", "fail"
RESULTS: tuple[str, ...] = (PASS, FAIL)
RESULT_LABELS: dict[str, tuple[str, str]] = {PASS: ("合格", "pass"), FAIL: ("不合格", "fail")}
MIN_CYCLE, MAX_CYCLE = 1, 120  # months; JJG cycles run from 3 months (some medical) to a few years
DEFAULT_CYCLE = 12

REGISTRATION_TARGET = 0.90  # 登记造册率 a county usually aims at
VERIFICATION_TARGET = 0.70  # 强检受检率

# status of one instrument on a day (for lists; the rates use the definitions above)
OK, DUE_SOON, OVERDUE, FAILED, UNVERIFIED = "ok", "due_soon", "overdue", "failed", "unverified"
DUE_SOON_DAYS = 30

_CATEGORY_WORDS = {
    **{code: code for code in CATEGORIES},
    **{zh: code for code, (zh, _en) in CATEGORY_LABELS.items()},
    **{en: code for code, (_zh, en) in CATEGORY_LABELS.items()},
    "贸易": TRADE, "结算": TRADE, "安全": SAFETY, "医疗": MEDICAL, "卫生": MEDICAL, "环境": ENVIRONMENT,
    "环保": ENVIRONMENT, "环境保护": ENVIRONMENT, "环境监测用": ENVIRONMENT,
}
_RESULT_WORDS = {
    "pass": PASS, "合格": PASS, "p": PASS, "符合": PASS, "准予使用": PASS,
    "fail": FAIL, "不合格": FAIL, "f": FAIL, "不符合": FAIL, "停止使用": FAIL,
}


def category_label(code: str, lang: str = "zh") -> str:
    pair = CATEGORY_LABELS.get(code)
    return code if pair is None else pair[1] if lang.startswith("en") else pair[0]


def result_label(code: str | None, lang: str = "zh") -> str:
    pair = RESULT_LABELS.get(code or "")
    return "" if pair is None else pair[1] if lang.startswith("en") else pair[0]


def parse_category(value: str) -> str | None:
    """A use category typed as its code, its Chinese or English label, or a short form (贸易, 环保); else None."""
    return _CATEGORY_WORDS.get(" ".join(value.split()).lower()) or _CATEGORY_WORDS.get(value.strip())


def parse_result(value: str | None) -> str | None:
    """合格/不合格 (pass/fail, P/F, 符合/不符合); empty is None. Raises ValueError for anything else."""
    if value is None or not value.strip():
        return None
    found = _RESULT_WORDS.get(value.strip().lower())
    if found is None:
        raise ValueError(value)
    return found


@lru_cache(maxsize=8192)
def due_date(verified_on: date, cycle_months: int) -> date:
    """The next verification date: the same day ``cycle_months`` calendar months later (clamped at month ends).

    Cached: lists and the demo ask for the same few hundred dates again and again.
    """
    return verified_on + relativedelta(months=cycle_months)


def is_overdue(due_on: date | None, today: date) -> bool:
    """Past its due date; an instrument without one (never verified, no date set) is not overdue but unverified."""
    return due_on is not None and today > due_on


def in_cycle(registered: bool, verified_on: date | None, due_on: date | None, result: str | None, today: date) -> bool:
    """Counts toward 强检受检率 (see the module docstring)."""
    return (
        registered
        and verified_on is not None
        and due_on is not None
        and verified_on <= today <= due_on
        and result in (None, PASS)
    )


def status(verified_on: date | None, due_on: date | None, result: str | None, today: date) -> str:
    """What a list shows for one instrument: failed, overdue, unverified, due within DUE_SOON_DAYS, or ok."""
    if result == FAIL:
        return FAILED
    if is_overdue(due_on, today):
        return OVERDUE
    if verified_on is None or due_on is None:
        return UNVERIFIED
    return DUE_SOON if (due_on - today).days <= DUE_SOON_DAYS else OK


@dataclass(frozen=True)
class Tally:
    """The counts behind the two rates, for a township or the county."""

    listed: int = 0
    registered: int = 0
    verified_in_cycle: int = 0
    overdue: int = 0

    @property
    def registration_rate(self) -> float | None:
        """登记造册率: registered ÷ listed."""
        return self.registered / self.listed if self.listed else None

    @property
    def verification_rate(self) -> float | None:
        """强检受检率: verified in cycle ÷ registered."""
        return self.verified_in_cycle / self.registered if self.registered else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.listed + other.listed, self.registered + other.registered,
                     self.verified_in_cycle + other.verified_in_cycle, self.overdue + other.overdue)


def tally(registered: bool, verified_on: date | None, due_on: date | None, result: str | None, today: date) -> Tally:
    """One listed instrument's contribution to the counts (the Python twin of the service's SQL)."""
    return Tally(1, int(registered), int(in_cycle(registered, verified_on, due_on, result, today)),
                 int(is_overdue(due_on, today)))
