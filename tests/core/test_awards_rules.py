"""Award rules without a database: the table of moves, templates, conditions, GB/T 19580 limits, title expiry."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from qsupervise.messages import CATALOGUE, text
from qsupervise.rules import awards as rules

ALLOWED = [(a, b) for a in rules.STATES for b in rules.MOVES[a]]
REFUSED = [(a, b) for a in rules.STATES for b in rules.STATES if b not in rules.MOVES[a]]


def test_the_table_of_moves() -> None:
    assert rules.MOVES == {
        "draft": ("submitted", "withdrawn"),
        "submitted": ("eligibility_review", "draft", "withdrawn"),
        "eligibility_review": ("document_review", "draft", "not_awarded", "withdrawn"),
        "document_review": ("site_review", "not_awarded", "withdrawn"),
        "site_review": ("publicity", "not_awarded", "withdrawn"),
        "publicity": ("awarded", "not_awarded", "withdrawn"),
        "awarded": (),
        "not_awarded": (),
        "withdrawn": (),
    }
    assert len(ALLOWED) + len(REFUSED) == len(rules.STATES) ** 2


@pytest.mark.parametrize(("source", "target"), ALLOWED)
def test_allowed_moves(source: str, target: str) -> None:
    assert rules.can_move(source, target)


@pytest.mark.parametrize(("source", "target"), REFUSED)
def test_other_moves_are_refused(source: str, target: str) -> None:
    assert not rules.can_move(source, target)


def test_withdrawal_from_every_open_state_and_final_states_are_final() -> None:
    assert all(rules.can_move(s, rules.WITHDRAWN) for s in rules.OPEN_STATES)
    assert all(not rules.MOVES[s] for s in rules.FINAL_STATES)
    assert set(rules.OPEN_STATES) | set(rules.FINAL_STATES) == set(rules.STATES)
    assert not rules.can_move("nonsense", rules.DRAFT)


def test_every_label_and_state_has_both_languages() -> None:
    for state in rules.STATES:
        assert rules.state_label(state, "zh") != rules.state_label(state, "en")
    for kind in rules.KINDS:
        assert rules.kind_label(kind, "zh") != rules.kind_label(kind, "en")
    for code in rules.CONDITIONS:
        zh, en = CATALOGUE[f"award_condition_{code}"]
        assert zh
        assert en
    assert rules.state_label("draft") == "草稿"
    assert rules.level_label("county", "en") == "county"


@pytest.mark.parametrize(("typed", "level"), [("county", "county"), ("县", "county"), ("县级", "county"),
                                             ("省", "provincial"), ("National", "national"), ("市级", "municipal"),
                                             ("乡", None), ("", None)])
def test_levels_as_typed(typed: str, level: str | None) -> None:
    assert rules.parse_level(typed) == level


def test_gbt_19580_categories_add_up_to_1000() -> None:
    assert rules.MAXIMA == {"leadership": 110, "strategy": 90, "customers": 90, "resources": 130,
                            "processes": 100, "measurement": 80, "results": 400}
    assert sum(rules.MAXIMA.values()) == rules.TOTAL == 1000
    assert rules.category_label("measurement") == "测量、分析与改进"


def test_templates_fill_the_defaults() -> None:
    brand = rules.TEMPLATES["famous_brand"]
    assert (brand.validity_years, brand.reapply_years, brand.scored) == (3, 3, False)
    award = rules.TEMPLATES["quality_award"]
    assert (award.validity_years, award.reapply_years, award.scored) == (None, 5, True)
    assert award.full_conditions()["operating_years"] == {"on": True, "min_years": 5}
    assert rules.TEMPLATES["gi_product"].full_conditions()["iso9001"]["on"] is False
    assert set(rules.TEMPLATES) == set(rules.KINDS)
    for template in rules.TEMPLATES.values():
        assert template.documents
        assert rules.check_conditions(template.full_conditions()) is None


def test_conditions_merge_over_the_defaults() -> None:
    merged = rules.conditions_of('{"spot_checks": {"years": 5}, "bogus": {"on": true}}')
    assert merged["spot_checks"] == {"on": True, "years": 5, "level": "fail"}
    assert "bogus" not in merged
    assert merged["credit_grade"]["on"] is False
    assert rules.conditions_of(None) == rules.DEFAULT_CONDITIONS


@pytest.mark.parametrize(("conditions", "problem"), [
    ({"spot_checks": {"years": -1}}, ("spot_checks", "years", "-1")),
    ({"spot_checks": {"years": 51}}, ("spot_checks", "years", "51")),
    ({"spot_checks": {"level": "bad"}}, ("spot_checks", "level", "bad")),
    ({"operating_years": {"min_years": 2.5}}, ("operating_years", "min_years", "2.5")),
    ({"operating_years": {"min_years": None}}, ("operating_years", "min_years", "None")),
    ({"credit_grade": {"min_grade": "E"}}, ("credit_grade", "min_grade", "E")),
    ({"iso9001": {"on": "yes"}}, ("iso9001", "on", "yes")),
    ({"iso9001": {"colour": 1}}, ("iso9001", "colour", "1")),
    ({"recent_winner": {"years": None}}, None),
    ({"recent_winner": {"years": 0, "same_level": False}}, None),
])
def test_condition_parameters_are_checked(conditions: dict[str, Any], problem: tuple[str, str, str] | None) -> None:
    assert rules.check_conditions(rules.conditions_of(conditions)) == problem


@pytest.mark.parametrize(("grade", "minimum", "ok"), [("A", "B", True), ("B", "B", True), ("C", "B", False),
                                                      ("D", "A", False), ("A", "A", True), ("?", "B", False)])
def test_grade_at_least(grade: str, minimum: str, ok: bool) -> None:
    assert rules.grade_at_least(grade, minimum) is ok


@pytest.mark.parametrize(("since", "today", "years"), [
    (date(2020, 3, 1), date(2023, 3, 1), 3),
    (date(2020, 3, 1), date(2023, 2, 28), 2),
    (date(2020, 2, 29), date(2023, 2, 28), 3),  # a leap-day birthday counts on 28 February
    (date(2020, 2, 29), date(2023, 2, 27), 2),
    (date(2024, 1, 1), date(2023, 1, 1), -1),
])
def test_whole_years(since: date, today: date, years: int) -> None:
    assert rules.whole_years(since, today) == years


# --- scores ----------------------------------------------------------------------------------------------------


def test_scores_within_limits_are_kept_as_integers() -> None:
    clean, problems = rules.check_scores({"leadership": 110, "strategy": "90", "results": 400.0,
                                          "resources": Decimal("0"), "processes": None, "measurement": ""})
    assert problems == []
    assert clean == {"leadership": 110, "strategy": 90, "results": 400, "resources": 0}


@pytest.mark.parametrize(("category", "value", "code"), [
    ("leadership", -1, "award_score_negative"),
    ("leadership", "-5", "award_score_negative"),
    ("leadership", 111, "award_score_above_max"),
    ("results", 401, "award_score_above_max"),
    ("strategy", 12.5, "award_score_not_integer"),
    ("strategy", "12.5", "award_score_not_integer"),
    ("strategy", "十", "award_score_not_integer"),
    ("strategy", True, "award_score_not_integer"),
    ("strategy", [1], "award_score_not_integer"),
    ("marketing", 10, "award_score_unknown"),
])
def test_scores_outside_limits(category: str, value: object, code: str) -> None:
    clean, problems = rules.check_scores({category: value})
    assert [p.code for p in problems] == [code]
    assert category not in clean
    message = text(code, "zh", category=rules.category_label(category), value=value, max=problems[0].maximum,
                   category_en=rules.category_label(category, "en"))
    assert "{" not in message


def test_the_total_limit_holds_with_every_category_at_its_maximum() -> None:
    clean, problems = rules.check_scores(dict(rules.MAXIMA))
    assert (sum(clean.values()), problems) == (1000, [])


# --- title expiry ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("granted", "years", "expires"), [
    (date(2024, 3, 15), 3, date(2027, 3, 15)),
    (date(2024, 2, 29), 3, date(2027, 2, 28)),  # leap day granted: 28 February in a common year
    (date(2024, 2, 29), 4, date(2028, 2, 29)),  # … and 29 February again in a leap year
    (date(2023, 1, 31), 1, date(2024, 1, 31)),
    (date(2023, 12, 31), 3, date(2026, 12, 31)),
    (date(2023, 6, 30), 5, date(2028, 6, 30)),
    (date(2023, 6, 30), None, None),
    (date(2023, 6, 30), 0, None),
])
def test_expiry_is_calendar_years_after_the_grant(granted: date, years: int | None, expires: date | None) -> None:
    assert rules.expires_on(granted, years) == expires


@pytest.mark.parametrize(("status", "expires", "today", "shown"), [
    ("valid", "2027-02-28", date(2027, 2, 28), "valid"),  # the expiry day itself still holds
    ("valid", "2027-02-28", date(2027, 3, 1), "expired"),
    ("valid", date(2027, 2, 28), date(2027, 3, 1), "expired"),
    ("valid", None, date(2099, 1, 1), "valid"),
    ("revoked", "2030-01-01", date(2027, 1, 1), "revoked"),
    ("revoked", "2020-01-01", date(2027, 1, 1), "revoked"),
])
def test_brand_status_is_derived_from_the_date(status: str, expires: str | date | None, today: date,
                                               shown: str) -> None:
    assert rules.brand_status(status, expires, today) == shown
    assert rules.brand_status_label(shown, "zh") != rules.brand_status_label(shown, "en")


def test_every_evidence_and_score_code_has_both_languages() -> None:
    import re
    from pathlib import Path

    import qsupervise

    root = Path(qsupervise.__file__).parent
    source = (root / "services" / "award_eligibility.py").read_text(encoding="utf-8")
    source += (root / "rules" / "awards.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'"(award_(?:ev|score)_[a-z_]+)"', source))
    assert len(codes) > 20
    for code in codes:
        zh, en = CATALOGUE[code]
        assert zh != en, code
