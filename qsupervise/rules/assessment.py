"""Scoring of responsibility-letter targets, ranking, and the traffic light of progress during the year.

A target scores by its metric's rule:

- **threshold** (达标得分): the full weight when the target is met, else 0.
- **linear** (按比例得分): the full weight when met; between the *floor* and the target, the share of the way
  from the floor to the target; at or beyond the floor, 0. Without a floor, a "higher is better" metric
  counts from 0 (80 of a target of 90 scores 8/9 of the weight); a "lower is better" metric without a
  floor scores as a threshold.
- **bonus** (加分): when met, ``bonus_per_unit`` extra points for each unit beyond the target (a percentage
  point of a rate, one more certificate …), at most ``bonus_cap`` (no cap when 0).

"Met" is value ≥ target when higher is better, value ≤ target when lower is better. A target without a
value (not yet entered) has no score. A task entered by hand is a metric with the target 1 (done) and the
value 1 or 0. Scores are rounded to two decimals, and totals compared at that precision, so 89.995 and
90.00 rank together as a person reading the table would expect.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

HIGHER, LOWER = "higher", "lower"
DIRECTIONS = (HIGHER, LOWER)
THRESHOLD, LINEAR = "threshold", "linear"
RULES = (THRESHOLD, LINEAR)

# sources of computed metrics: code -> (kind, unit). "rate" values are percentages (0–100), "count" values
# are numbers of records in the year up to the cut-off.
RATE, COUNT = "rate", "count"
SOURCES: dict[str, tuple[str, str]] = {
    "spotcheck_pass_rate": (RATE, "%"),
    "certifications_new": (COUNT, "个"),
    "brands_new": (COUNT, "个"),
    "instrument_registration_rate": (RATE, "%"),
    "instrument_verification_rate": (RATE, "%"),
    "rectification_on_time_rate": (RATE, "%"),
}

STAGES = ("self", "verified")
LETTER_STAGES = ("open", "self_assessed", "verified", "published")  # 编制/签订 → 自评 → 核查 → 通报

GREEN, AMBER, RED, GREY = "green", "amber", "red", "grey"
GREEN_SHARE, AMBER_SHARE = 0.9, 0.6  # of the points a unit can get so far


@dataclass(frozen=True)
class Rule:
    direction: str = HIGHER
    rule: str = LINEAR
    floor: float | None = None
    bonus_per_unit: float = 0
    bonus_cap: float = 0


def met(value: float, target: float, direction: str = HIGHER) -> bool:
    return value <= target if direction == LOWER else value >= target


def score(value: float | None, target: float | None, weight: float, rule: Rule = Rule()) -> float | None:
    """Points for ``value`` against ``target`` (see the module's text); None when there is no value."""
    if value is None:
        return None
    if target is None:  # a bare task: done (any value > 0) or not
        return round(weight if value > 0 else 0.0, 2)
    if met(value, target, rule.direction):
        extra = abs(value - target) * rule.bonus_per_unit
        if rule.bonus_cap > 0:
            extra = min(extra, rule.bonus_cap)
        return round(weight + extra, 2)
    if rule.rule == THRESHOLD:
        return 0.0
    floor = rule.floor
    if floor is None:
        if rule.direction == LOWER:
            return 0.0
        floor = 0.0
    span = target - floor
    if span == 0 or (rule.direction == HIGHER and value <= floor) or (rule.direction == LOWER and value >= floor):
        return 0.0
    share = (value - floor) / span
    return round(weight * min(max(share, 0.0), 1.0), 2)


def ranks(totals: Iterable[tuple[Hashable, float | None]]) -> dict[Hashable, int | None]:
    """Competition ranking (1, 2, 2, 4) by total, highest first, compared at two decimals; no total, no rank."""
    items = list(totals)
    scored = sorted((round(t, 2) for _k, t in items if t is not None), reverse=True)
    first: dict[float, int] = {}
    for i, t in enumerate(scored, start=1):
        first.setdefault(t, i)
    return {k: (first[round(t, 2)] if t is not None else None) for k, t in items}


def year_share(year: int, today: date) -> float:
    """How much of ``year`` has passed on ``today`` (0 before it, 1 after it)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    if today < start:
        return 0.0
    if today >= end:
        return 1.0
    return ((today - start).days + 1) / ((end - start).days + 1)


def expected_so_far(target: float, kind: str, share: float, direction: str = HIGHER) -> float | None:
    """What a unit on track has reached by now: a rate is due all along; a count grows through the year in
    whole items (4 certificates a year: 2 by the end of June), and while not one item is due yet (1 brand a
    year, in June) nobody is behind: None."""
    if kind == COUNT and direction == HIGHER:
        due = math.floor(target * share + 1e-9)
        return float(due) if due >= 1 else None
    return target


def light(points: Sequence[tuple[float | None, float]]) -> str:
    """Traffic light of a unit from (points so far or projected, weight) of its judged targets."""
    judged = [(p, w) for p, w in points if p is not None and w > 0]
    if not judged:
        return GREY
    share = sum(min(p, w) for p, w in judged) / sum(w for _p, w in judged)
    if share >= GREEN_SHARE:
        return GREEN
    return AMBER if share >= AMBER_SHARE else RED
