"""Scoring rules at, above and below the target; ranking ties; progress lights."""

from __future__ import annotations

from datetime import date

import pytest

from qsupervise.rules import assessment as rules
from qsupervise.rules.assessment import Rule

LINEAR_FROM_80 = Rule(rules.HIGHER, rules.LINEAR, floor=80)


@pytest.mark.parametrize(
    ("value", "rule", "expected"),
    [
        # threshold: all or nothing
        (90, Rule(rule=rules.THRESHOLD), 20),
        (95, Rule(rule=rules.THRESHOLD), 20),
        (89.99, Rule(rule=rules.THRESHOLD), 0),
        # linear from 0: 45 of 90 is half the points
        (45, Rule(), 10),
        (90, Rule(), 20),
        (120, Rule(), 20),
        (0, Rule(), 0),
        # linear from a floor of 80: 85 is halfway from 80 to 90; at or below 80 nothing
        (85, LINEAR_FROM_80, 10),
        (80, LINEAR_FROM_80, 0),
        (70, LINEAR_FROM_80, 0),
        (90, LINEAR_FROM_80, 20),
        (88, LINEAR_FROM_80, 16),
        # bonus: one point per unit above the target, at most 3
        (92, Rule(bonus_per_unit=1, bonus_cap=3), 22),
        (99, Rule(bonus_per_unit=1, bonus_cap=3), 23),
        (99, Rule(bonus_per_unit=1), 29),  # no cap
        (85, Rule(bonus_per_unit=1, bonus_cap=3), 18.89),  # below target: linear, no bonus
    ],
)
def test_higher_is_better(value: float, rule: Rule, expected: float) -> None:
    assert rules.score(value, 90, 20, rule) == pytest.approx(expected, abs=0.005)


@pytest.mark.parametrize(
    ("value", "rule", "expected"),
    [
        (0, Rule(rules.LOWER, rules.THRESHOLD), 10),
        (1, Rule(rules.LOWER, rules.THRESHOLD), 0),
        # at most 2 complaints: 3 is a third of the way from the floor 5 → 2/3 of the points?
        (2, Rule(rules.LOWER, rules.LINEAR, floor=5), 10),
        (3, Rule(rules.LOWER, rules.LINEAR, floor=5), 6.67),
        (5, Rule(rules.LOWER, rules.LINEAR, floor=5), 0),
        (9, Rule(rules.LOWER, rules.LINEAR, floor=5), 0),
        (1, Rule(rules.LOWER, rules.LINEAR, floor=5, bonus_per_unit=0.5), 10.5),
        # lower is better without a floor: a threshold
        (3, Rule(rules.LOWER, rules.LINEAR), 0),
    ],
)
def test_lower_is_better(value: float, rule: Rule, expected: float) -> None:
    assert rules.score(value, 2 if rule.rule == rules.LINEAR else 0, 10, rule) == pytest.approx(expected, abs=0.005)


def test_no_value_no_score_and_tasks() -> None:
    assert rules.score(None, 90, 20) is None
    assert rules.score(1, None, 5) == 5  # a task done
    assert rules.score(0, None, 5) == 0


def test_ranking_ties_share_a_place() -> None:
    ranked = rules.ranks([("a", 90.0), ("b", 95.5), ("c", 90.004), ("d", 80.0), ("e", None)])
    assert ranked == {"b": 1, "a": 2, "c": 2, "d": 4, "e": None}


def test_ranking_all_equal() -> None:
    assert rules.ranks([("a", 50.0), ("b", 50.0)]) == {"a": 1, "b": 1}


def test_year_share_and_expectation() -> None:
    assert rules.year_share(2026, date(2025, 12, 31)) == 0
    assert rules.year_share(2026, date(2027, 1, 1)) == 1
    assert rules.year_share(2026, date(2026, 7, 2)) == pytest.approx(183 / 365)
    assert rules.expected_so_far(4, rules.COUNT, 0.5) == 2  # half the year: half the new certificates
    assert rules.expected_so_far(5, rules.COUNT, 0.5) == 2  # in whole items
    assert rules.expected_so_far(1, rules.COUNT, 0.5) is None  # one brand a year: nobody is behind in June
    assert rules.expected_so_far(90, rules.RATE, 0.5) == 90  # a rate is due all year


def test_lights() -> None:
    assert rules.light([]) == rules.GREY
    assert rules.light([(None, 10)]) == rules.GREY
    assert rules.light([(10, 10), (8, 10)]) == rules.GREEN  # 18 of 20 = 0.9
    assert rules.light([(10, 10), (2, 10)]) == rules.AMBER  # 0.6
    assert rules.light([(5, 10), (0, 10)]) == rules.RED
    assert rules.light([(13, 10), (0, 10)]) == rules.RED  # bonus points do not make up for a missed target
