"""Verdicts, follow-up deadlines and the 双随机 draw: the rules of SAMR Order No. 18 as pure functions."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date

import pytest

from qsupervise.rules import draw, followup, verdicts
from qsupervise.rules.verdicts import FAIL, PASS, SERIOUS


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([(PASS, "A"), (PASS, "B")], PASS),
        ([(PASS, "A"), (FAIL, "B")], FAIL),
        ([(FAIL, "B"), (FAIL, "A")], SERIOUS),
        ([(FAIL, "a")], SERIOUS),
        ([(PASS, "B"), (None, "B")], None),
        ([], None),
    ],
)
def test_verdict_is_derived_from_the_items(items: list[tuple[str | None, str]], expected: str | None) -> None:
    assert verdicts.derive(items) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("合格", PASS), ("符合", PASS), ("P", PASS), (" p ", PASS), ("复查合格", PASS), ("所检项目符合标准要求", PASS),
        ("不合格", FAIL), ("不符合", FAIL), ("F", FAIL), ("复查仍不合格", FAIL), ("经检验，综合判定为不合格", FAIL),
        ("所检项目不符合ＧＢ ２７６０要求", FAIL), ("严重不合格", SERIOUS),
        ("/", None), ("", None), ("待定", None), ("FP", None),
    ],
)
def test_published_verdict_words(cell: str, expected: str | None) -> None:
    assert verdicts.parse_published(cell) == expected


def failing(**dates: str) -> dict[str, str]:
    return {"verdict": FAIL, **dates}


def test_the_objection_window_is_fifteen_calendar_days() -> None:
    check = failing(notice_served_on="2026-02-20")
    assert followup.deadlines(check).objection_due == date(2026, 3, 7)
    step = followup.next_step(check, date(2026, 3, 7))
    assert step is not None
    assert step.code == "objection"
    assert not step.overdue(date(2026, 3, 7))
    after = followup.next_step(check, date(2026, 3, 8))
    assert after is not None
    assert after.code == "order_correction"
    assert after.earliest == date(2026, 3, 7)


@pytest.mark.parametrize(
    ("ordered", "correction", "recheck"),
    [
        ("2026-01-31", date(2026, 4, 1), date(2026, 4, 16)),
        ("2024-01-01", date(2024, 3, 1), date(2024, 3, 16)),  # leap year: February has 29 days
        ("2025-01-01", date(2025, 3, 2), date(2025, 3, 17)),
        ("2026-12-31", date(2027, 3, 1), date(2027, 3, 16)),  # over the year's end
    ],
)
def test_correction_and_recheck_deadlines(ordered: str, correction: date, recheck: date) -> None:
    check = failing(notice_served_on="2020-01-01", correction_ordered_on=ordered)
    d = followup.deadlines(check)
    assert (d.correction_due, d.recheck_due) == (correction, recheck)
    step = followup.next_step(check, date(2030, 1, 1))
    assert step is not None
    assert step.code == "recheck"
    assert step.due == recheck
    assert not step.overdue(recheck)
    assert step.overdue(date(2030, 1, 1))
    assert step.days_left(recheck) == 0


def test_a_failing_recheck_is_announced_and_rechecked_60_to_90_days_later() -> None:
    check = failing(notice_served_on="2026-01-05", correction_ordered_on="2026-01-25", recheck_on="2026-04-01",
                    recheck_verdict=FAIL)
    step = followup.next_step(check, date(2026, 4, 2))
    assert step is not None
    assert step.code == "announce"
    assert step.due is None
    check["announced_on"] = "2026-04-10"
    step = followup.next_step(check, date(2026, 4, 11))
    assert step == followup.Step("second_recheck", due=date(2026, 7, 9), earliest=date(2026, 6, 9))
    check.update(second_recheck_on="2026-07-01", second_recheck_verdict=PASS)
    assert followup.next_step(check, date(2026, 7, 2)) == followup.Step("close")
    check["closed_on"] = "2026-07-03"
    assert followup.next_step(check, date(2026, 7, 4)) is None


def test_an_objection_leads_to_a_retest_whose_pass_closes_the_case() -> None:
    check = failing(notice_served_on="2026-03-01", objection_on="2026-03-10")
    assert followup.next_step(check, date(2026, 3, 11)) == followup.Step("retest")
    check.update(retest_on="2026-03-20", retest_verdict=PASS)
    assert followup.next_step(check, date(2026, 3, 21)) == followup.Step("close")
    check["retest_verdict"] = FAIL
    step = followup.next_step(check, date(2026, 3, 21))
    assert step is not None
    assert step.code == "order_correction"


def test_passing_and_unjudged_samples_have_no_follow_up() -> None:
    assert followup.next_step({"verdict": PASS}, date(2026, 1, 1)) is None
    assert followup.next_step({"verdict": None}, date(2026, 1, 1)) is None
    assert followup.next_step({"verdict": SERIOUS}, date(2026, 1, 1)) == followup.Step("serve_notice")


@pytest.mark.parametrize(
    ("end", "start"),
    [
        (date(2026, 8, 31), date(2026, 2, 28)),
        (date(2024, 8, 31), date(2024, 2, 29)),  # leap year
        (date(2026, 3, 31), date(2025, 9, 30)),
        (date(2026, 6, 15), date(2025, 12, 15)),
    ],
)
def test_six_months_are_calendar_months_clamped_to_the_month_end(end: date, start: date) -> None:
    assert followup.months_before(end) == start


def pool(n: int) -> list[draw.Candidate]:
    return [draw.Candidate(f"91420000MA{i:07d}X", f"e{i}", f"t{i % 3}") for i in range(n)]


OFFICERS = [draw.Officer(f"i{j}", f"t{j % 3}") for j in range(6)]


def test_same_seed_and_pools_give_the_same_draw_and_hashes() -> None:
    a = draw.run("20260301", pool(500), OFFICERS, 25)
    b = draw.run("20260301", list(reversed(pool(500))), list(reversed(OFFICERS)), 25)
    assert [(t.candidate.key, t.inspectors) for t in a.targets] == [(t.candidate.key, t.inspectors) for t in b.targets]
    assert (a.pool_hash, a.inspector_hash, a.result_hash) == (b.pool_hash, b.inspector_hash, b.result_hash)
    assert len(a.targets) == 25
    assert len({t.candidate.key for t in a.targets}) == 25


def test_a_different_seed_or_pool_changes_the_draw_or_its_hash() -> None:
    a = draw.run("1", pool(500), OFFICERS, 25)
    assert draw.run("2", pool(500), OFFICERS, 25).result_hash != a.result_hash
    smaller = draw.run("1", pool(499), OFFICERS, 25)
    assert smaller.pool_hash != a.pool_hash
    assert draw.run("1", pool(500), OFFICERS[:5], 25).inspector_hash != a.inspector_hash


def test_the_ranking_is_the_documented_sha256_one() -> None:
    """Anyone can re-run a draw from the documentation: rank = SHA-256(seed ␟ key ␟ 0) as an integer."""
    candidates = pool(50)
    outcome = draw.run("abc", candidates, OFFICERS, 5)
    by_hand = sorted(
        candidates,
        key=lambda c: (int.from_bytes(hashlib.sha256(f"abc\x1f{c.key}\x1f0".encode()).digest(), "big"), c.key),
    )
    assert [t.candidate.key for t in outcome.targets] == [c.key for c in by_hand[:5]]


def test_the_draw_is_the_same_in_another_interpreter_with_another_hash_seed() -> None:
    code = (
        "from qsupervise.rules import draw\n"
        "c=[draw.Candidate(f'k{i}', f'e{i}', f't{i%3}', 1+i%2) for i in range(300)]\n"
        "o=[draw.Officer(f'i{j}', f't{j%3}') for j in range(5)]\n"
        "print(draw.run('s', c, o, 12, recuse_own_township=True).result_hash)\n"
    )
    here = draw.run("s", [draw.Candidate(f"k{i}", f"e{i}", f"t{i % 3}", 1 + i % 2) for i in range(300)],
                    [draw.Officer(f"i{j}", f"t{j % 3}") for j in range(5)], 12, recuse_own_township=True)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "12345"})
    assert out.stdout.strip() == here.result_hash


def test_recused_inspectors_and_own_township_are_never_assigned() -> None:
    candidates = pool(300)
    recusals = {("i0", c.key) for c in candidates[::2]}
    outcome = draw.run("x", candidates, OFFICERS, 60, recusals=recusals, recuse_own_township=True)
    assert len(outcome.targets) == 60
    for t in outcome.targets:
        assert len(set(t.inspectors)) == 2
        for i in t.inspectors:
            assert (i, t.candidate.key) not in recusals
            officer = next(o for o in OFFICERS if o.id == i)
            assert officer.township_id != t.candidate.township_id
    load = [sum(i in t.inspectors for t in outcome.targets) for i in ("i0", "i1", "i2", "i3", "i4", "i5")]
    assert max(load) - min(load) <= 5  # the work is spread (i0, recused from half, does a little less)


def test_a_target_without_two_eligible_inspectors_is_skipped() -> None:
    candidates = [draw.Candidate("k1", "e1", "t0"), draw.Candidate("k2", "e2", "t1")]
    officers = [draw.Officer("a", "t0"), draw.Officer("b", "t0"), draw.Officer("c", "t1")]
    outcome = draw.run("s", candidates, officers, 2, recuse_own_township=True)
    assert [t.candidate.key for t in outcome.targets] == ["k2"]
    assert [c.key for c in outcome.skipped] == ["k1"]


def test_weights_make_a_candidate_more_likely_to_be_drawn() -> None:
    heavy = [draw.Candidate(f"h{i}", f"h{i}", None, 3) for i in range(1000)]
    light = [draw.Candidate(f"l{i}", f"l{i}", None, 1) for i in range(1000)]
    outcome = draw.run("w", heavy + light, OFFICERS, 200)
    drawn_heavy = sum(t.candidate.key.startswith("h") for t in outcome.targets)
    assert drawn_heavy > 130  # about three quarters are expected


def test_pool_texts_read_back() -> None:
    candidates = pool(10)
    again = draw.parse_pool(draw.pool_text(candidates))
    assert draw.pool_text(again) == draw.pool_text(candidates)
    officers, recusals = draw.parse_officers(draw.officer_text(OFFICERS, {("i1", "k")}))
    assert sorted(officers, key=lambda o: o.id) == OFFICERS
    assert recusals == {("i1", "k")}
