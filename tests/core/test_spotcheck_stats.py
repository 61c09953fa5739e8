"""Spot-check statistics: pass rates per township, industry, category and year, the year filter, failing items."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from qsupervise.models import Enterprise, SpotCheck, SpotCheckPlan
from qsupervise.services import org
from qsupervise.services import spotcheck_stats as stats
from qsupervise.store import Store


def add_plan(store: Store, year: int, category: str = "", **kw: Any) -> str:
    with store.session() as s:
        plan = SpotCheckPlan(plan_no=f"P{year}-{category or 'x'}-{kw.get('batch', '')}", year=year, category=category,
                             **kw)
        s.add(plan)
        s.flush()
        return plan.id


def add_check(store: Store, plan_id: str, verdict: str | None, **kw: Any) -> str:
    with store.session() as s:
        check = SpotCheck(plan_id=plan_id, verdict=verdict, sampling="sampled", product=kw.pop("product", "样品"), **kw)
        s.add(check)
        s.flush()
        return check.id


def add_enterprise(store: Store, name: str, industry_code: str) -> str:
    with store.session() as s:
        township = org.resolve(s, "城关镇").id
        e = Enterprise(name=name, township_id=township, industry_code=industry_code)
        s.add(e)
        s.flush()
        return e.id


def towns(store: Store) -> dict[str, str]:
    with store.read() as s:
        return {name: org.resolve(s, name).id for name in ("城关镇", "河口镇", "柳林乡")}


@pytest.fixture
def county(store: Store) -> Store:
    """2025: 城关镇 4 samples (1 failing), 河口镇 2 (both failing); 2026: 城关镇 2 passing, 1 without a township."""
    t = towns(store)
    food = add_enterprise(store, "青溪食品厂", "C1391")
    shoes = add_enterprise(store, "青溪鞋业", "C1952")
    p25 = add_plan(store, 2025, "食品")
    p26 = add_plan(store, 2026, "日用品")
    for verdict in ("pass", "pass", "pass", "fail"):
        add_check(store, p25, verdict, township_id=t["城关镇"], sampled_on="2025-05-10", producer_id=food,
                  failed_items="菌落总数、大肠菌群" if verdict == "fail" else "")
    add_check(store, p25, "serious_fail", township_id=t["河口镇"], sampled_on="2025-06-01", enterprise_id=shoes,
              failed_items="菌落总数，标签", category="鞋类")
    add_check(store, p25, "fail", township_id=t["河口镇"], sampled_on="2025-06-02", enterprise_id=shoes,
              failed_items="菌落总数(n=5,c=2)；霉菌")
    add_check(store, p26, "pass", township_id=t["城关镇"], sampled_on="2026-03-01")
    add_check(store, p26, "pass", township_id=t["城关镇"], sampled_on="2026-03-02")
    add_check(store, p26, "pass")  # no township, no date: the plan's year
    # not counted: no verdict yet, withdrawn, on a withdrawn plan
    add_check(store, p26, None, township_id=t["城关镇"], sampled_on="2026-04-01")
    add_check(store, p26, "fail", township_id=t["城关镇"], sampled_on="2026-04-01", deleted_at=datetime.now(UTC))
    gone = add_plan(store, 2026, "家电", deleted_at=datetime.now(UTC))
    add_check(store, gone, "fail", township_id=t["城关镇"], sampled_on="2026-05-01")
    return store


def rates(store: Store, by: str, year: int | None = None) -> list[tuple[str, int, int]]:
    with store.read() as s:
        return [(r.label, r.total, r.passed) for r in stats.pass_rates(s, by=by, year=year)]


def test_pass_rates_by_township(county: Store) -> None:
    assert rates(county, "township") == [("城关镇", 6, 5), ("河口镇", 2, 0), ("", 1, 1)]


def test_pass_rates_by_township_in_one_year(county: Store) -> None:
    assert rates(county, "township", 2025) == [("城关镇", 4, 3), ("河口镇", 2, 0)]
    assert rates(county, "township", 2026) == [("城关镇", 2, 2), ("", 1, 1)]
    assert rates(county, "township", 2024) == []


def test_pass_rates_by_industry_use_the_producer_else_the_sampled_unit(county: Store) -> None:
    assert rates(county, "industry") == [
        ("C13 农副食品加工业", 4, 3), ("", 3, 3), ("C19 皮革、毛皮、羽毛及其制品和制鞋业", 2, 0),
    ]


def test_pass_rates_by_category_fall_back_to_the_plan(county: Store) -> None:
    assert rates(county, "category") == [("食品", 5, 3), ("日用品", 3, 3), ("鞋类", 1, 0)]
    assert rates(county, "category", 2026) == [("日用品", 3, 3)]


def test_pass_rates_by_year_in_order(county: Store) -> None:
    assert rates(county, "year") == [("2025", 6, 3), ("2026", 3, 3)]
    assert rates(county, "year", 2026) == [("2026", 3, 3)]


def test_rate_figures() -> None:
    rate = stats.Rate("k", "label", 8, 6)
    assert (rate.failed, rate.rate) == (2, 0.75)
    assert stats.Rate("k", "label", 0, 0).rate is None


def test_overall_and_years(county: Store) -> None:
    with county.read() as s:
        everything = stats.overall(s)
        assert (everything.total, everything.passed, everything.key) == (9, 6, "")
        this_year = stats.overall(s, year=2025)
        assert (this_year.total, this_year.passed, this_year.key) == (6, 3, "2025")
        assert stats.years(s) == [2026, 2025]


def test_a_passing_retest_is_final(county: Store) -> None:
    plan = add_plan(county, 2024, "食品")
    add_check(county, plan, "fail", sampled_on="2024-01-05", retest_verdict="pass", failed_items="铅")
    add_check(county, plan, "fail", sampled_on="2024-01-06", retest_verdict="fail", failed_items="镉")
    assert rates(county, "year", 2024) == [("2024", 2, 1)]
    with county.read() as s:
        assert stats.failing_items(s, year=2024) == [("镉", 1)]


def test_the_report_date_gives_the_year_when_the_sampling_date_is_missing(county: Store) -> None:
    plan = add_plan(county, 2023)
    add_check(county, plan, "pass", sampled_on="", report_on="2024-01-10")
    assert ("2024", 1, 1) in rates(county, "year")


def test_failing_items_ranked(county: Store) -> None:
    with county.read() as s:
        assert stats.failing_items(s) == [("菌落总数", 2), ("大肠菌群", 1), ("标签", 1), ("菌落总数(n=5,c=2)", 1),
                                          ("霉菌", 1)]
        assert stats.failing_items(s, limit=2) == [("菌落总数", 2), ("大肠菌群", 1)]
        assert stats.failing_items(s, year=2026) == []


def test_failing_items_count_each_sample_once(store: Store) -> None:
    plan = add_plan(store, 2026)
    for _ in range(3):
        add_check(store, plan, "fail", failed_items="铅、铅 ; 镉")
    add_check(store, plan, "fail", failed_items="/")
    add_check(store, plan, "fail", failed_items="")
    with store.read() as s:
        assert stats.failing_items(s) == [("铅", 3), ("镉", 3)]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("菌落总数、大肠菌群", ["菌落总数", "大肠菌群"]),
        ("菌落总数，大肠菌群;霉菌；酵母\n铅", ["菌落总数", "大肠菌群", "霉菌", "酵母", "铅"]),
        ("标签（营养成分表,配料表）、净含量", ["标签（营养成分表,配料表）", "净含量"]),
        (" 铅。 ", ["铅"]),
        ("/", []),
        ("无", []),
        ("", []),
    ],
)
def test_split_items(text: str, items: list[str]) -> None:
    assert stats.split_items(text) == items


def test_empty_database(store: Store) -> None:
    with store.read() as s:
        for by in stats.GROUPS:
            assert stats.pass_rates(s, by=by) == []
        assert stats.overall(s) == stats.Rate("", "", 0, 0)
        assert stats.overall(s).rate is None
        assert stats.failing_items(s) == []
        assert stats.years(s) == []


def test_unknown_grouping(store: Store) -> None:
    with store.read() as s, pytest.raises(ValueError, match="grouping"):
        stats.pass_rates(s, by="colour")
