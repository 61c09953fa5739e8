"""The credit grade's rules: each moves the score and grade as documented, and every point has a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from qsupervise.messages import CATALOGUE
from qsupervise.rules import credit
from qsupervise.rules.credit import Facts, Item, Rule, Rules, grade

TODAY = date(2026, 6, 30)
RECENT = Item("2025-05-01", "CS-01")
OTHER = Item("2024-11-02", "CS-02")


def facts(**values: object) -> Facts:
    return Facts(as_of=TODAY, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("record", "score", "letter", "rule"), [
    (facts(), 100, "A", None),
    (facts(failed=(RECENT,)), 90, "A", "spot_fail"),
    (facts(failed=(RECENT, OTHER)), 80, "B", "spot_fail"),
    (facts(seriously_failed=(RECENT,)), 75, "B", "spot_serious_fail"),
    (facts(failed=(RECENT,), unrectified=(RECENT,)), 75, "B", "unrectified"),
    (facts(penalties=(RECENT,)), 90, "A", "penalty"),
    (facts(lapsed_licences=(Item("", "XK13-014-00321"),)), 80, "B", "lapsed_licence"),
    (facts(certificates=(Item("2027-01-01", "ISO 9001 1"),)), 105, "A", "certification"),
    (facts(certificates=tuple(Item("2027-01-01", f"ISO {n}") for n in range(3))), 110, "A", "certification"),
    (facts(awards=(RECENT,)), 110, "A", "award"),
    (facts(penalties=(RECENT,), awards=(RECENT,)), 100, "A", "award"),
    (facts(serious_dishonest=(Item("2026-01-05", "2026-01-05 县局 失〔2026〕1号"),)), 100, "D", "serious_dishonest"),
    (facts(abnormal_operation=(Item("2026-01-05", "2026-01-05 县局"),)), 100, "C", "abnormal_operation"),
    (facts(abnormal_operation=(RECENT,), seriously_failed=(RECENT, OTHER, RECENT)), 25, "D", "abnormal_operation"),
    (facts(seriously_failed=(RECENT, OTHER)), 50, "D", "spot_serious_fail"),
])
def test_each_rule_moves_score_and_grade_as_documented(record: Facts, score: int, letter: str,
                                                       rule: str | None) -> None:
    out = grade(record, Rules())
    assert (out.score, out.grade) == (score, letter)
    assert sum(r.points for r in out.basis) == out.score  # every point has its line
    rules_shown = [r.rule for r in out.basis]
    assert rules_shown[0] == "base"
    if rule is not None:
        assert rule in rules_shown
    for reason in out.basis:
        zh, en = reason.text("zh"), reason.text("en")
        assert zh
        assert en
        assert zh != en
        assert "{" not in zh + en


def test_the_award_line_says_nothing_is_counted_until_awards_exist() -> None:
    line = next(r for r in grade(facts(), Rules()).basis if r.rule == "award")
    assert (line.points, line.count) == (0, 0)
    assert "评奖模块尚未启用" in line.text("zh")
    assert "not in use yet" in line.text("en")
    counted = next(r for r in grade(facts(awards=(RECENT,)), Rules()).basis if r.rule == "award")
    assert (counted.points, counted.count) == (10, 1)


@pytest.mark.parametrize(("score", "letter"), [(200, "A"), (90, "A"), (89, "B"), (75, "B"), (74, "C"), (60, "C"),
                                               (59, "D"), (0, "D")])
def test_thresholds_at_their_edges(score: int, letter: str) -> None:
    rules = Rules.of([Rule("base", score)])
    assert grade(facts(), rules).grade == letter
    assert rules.grade_of(score) == letter


def test_windows_count_three_years_back_to_the_day_and_nothing_after_today() -> None:
    edge, before, later = Item("2023-06-30", "edge"), Item("2023-06-29", "old"), Item("2026-07-01", "later")
    out = grade(facts(failed=(later, edge, before), penalties=(before,)), Rules())
    line = next(r for r in out.basis if r.rule == "spot_fail")
    assert (line.count, line.evidence) == (1, ("edge",))
    assert "penalty" not in [r.rule for r in out.basis]
    # unrectified has no window: an old finding still counts until it is rectified
    assert grade(facts(unrectified=(Item("2015-01-01", "x"),)), Rules()).score == 85


def test_county_settings_change_points_windows_and_switch_rules_off() -> None:
    record = facts(failed=(RECENT,), penalties=(Item("2022-01-01", "old"),))
    rules = Rules.of([Rule("spot_fail", -30, 3), Rule("penalty", -10, 5), Rule("certification", 5, 0, False)])
    out = grade(replace(record, certificates=(Item("", "ISO"),)), rules)
    assert out.score == 100 - 30 - 10
    assert "certification" not in [r.rule for r in out.basis]


def test_evidence_is_capped_but_the_count_is_not() -> None:
    many = tuple(Item(f"2025-0{n}-01", f"CS-{n}") for n in range(1, 9))
    line = next(r for r in grade(facts(penalties=many), Rules()).basis if r.rule == "penalty")
    assert line.count == 8
    assert len(line.evidence) == credit.MAX_EVIDENCE
    assert "另有 3 条" in line.text("zh")
    assert credit.Reason.from_dict(line.to_dict()) == line


def test_rule_changes_are_checked() -> None:
    rules = Rules()
    assert credit.check_rule(Rule("grade_b", 95), rules) == "credit_rule_order"
    assert credit.check_rule(Rule("grade_c", 75), rules) == "credit_rule_order"
    assert credit.check_rule(Rule("grade_a", 95), rules) is None
    assert credit.check_rule(Rule("base", 100, 0, False), rules) == "credit_rule_fixed"
    assert credit.check_rule(Rule("spot_fail", -10, 11), rules) == "credit_rule_window"
    assert credit.check_rule(Rule("spot_fail", -101), rules) == "credit_rule_points"
    assert credit.check_rule(Rule("nonsense", 1), rules) == "credit_rule_unknown"


def test_every_rule_has_a_label_and_a_reason_text_in_both_languages() -> None:
    for code in credit.CODES:
        assert f"credit_rule_{code}" in CATALOGUE
        if code not in (*credit.THRESHOLDS, "certification_cap"):
            assert f"credit_reason_{code}" in CATALOGUE
    for letter in credit.GRADES:
        assert f"credit_grade_{letter}" in CATALOGUE
    assert credit.DRAW_WEIGHTS == {"A": 1, "B": 2, "C": 3, "D": 4}
