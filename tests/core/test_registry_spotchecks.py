"""An enterprise's spot checks in the registry: failing ones of the last 3 years per page, and its check list."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from qsupervise.models import Enterprise, SpotCheck, SpotCheckPlan
from qsupervise.services import org, registry
from qsupervise.store import Store

TODAY = date(2026, 11, 24)


@pytest.fixture
def county(store: Store) -> dict[str, str]:
    with store.session() as s:
        town = org.resolve(s, "城关镇").id
        ents = {name: Enterprise(name=name, township_id=town) for name in ("酒厂", "商店", "新厂")}
        s.add_all(ents.values())
        plans = {y: SpotCheckPlan(plan_no=f"县抽〔{y}〕1号", year=y) for y in (2022, 2023, 2024, 2026)}
        gone = SpotCheckPlan(plan_no="作废计划", year=2026, deleted_at=datetime.now(UTC))
        s.add_all([*plans.values(), gone])
        s.flush()
        brewery, shop = ents["酒厂"].id, ents["商店"].id

        def check(plan: SpotCheckPlan, verdict: str | None, **kw: Any) -> None:
            s.add(SpotCheck(plan_id=plan.id, sampling="sampled", verdict=verdict, **kw))

        check(plans[2026], "fail", enterprise_id=brewery, product="白酒", sampled_on="2026-03-01")
        check(plans[2024], "serious_fail", enterprise_id=shop, producer_id=brewery, product="黄酒",
              sampled_on="2024-05-01", failed_items="甲醇")
        check(plans[2023], "fail", enterprise_id=brewery, producer_id=brewery, product="米酒", sampled_on="2023-11-24")
        check(plans[2023], "fail", enterprise_id=brewery, product="米酒", sampled_on="2023-11-23")  # a day too early
        check(plans[2022], "fail", enterprise_id=brewery, product="老酒")  # no date: the plan's year end, too early
        check(plans[2026], "fail", enterprise_id=brewery, product="果酒", retest_verdict="pass", report_on="2026-02-01")
        check(plans[2026], "fail", enterprise_id=brewery, product="药酒", sampled_on="2026-04-01",
              deleted_at=datetime.now(UTC))
        check(gone, "fail", enterprise_id=brewery, product="啤酒", sampled_on="2026-04-01")
        check(plans[2026], "pass", enterprise_id=brewery, product="白酒", sampled_on="2026-05-01")
        check(plans[2026], None, enterprise_id=brewery, product="白酒", sampled_on="2026-06-01")
    return {name: e.id for name, e in ents.items()}


def test_the_look_back_starts_three_years_before() -> None:
    assert registry.failing_since(TODAY) == date(2023, 11, 24)
    assert registry.failing_since(date(2024, 2, 29)) == date(2021, 2, 28)


def test_failing_checks_as_unit_or_producer(store: Store, county: dict[str, str]) -> None:
    with store.read() as s:
        counts = registry.failing_checks(s, list(county.values()), since=registry.failing_since(TODAY))
    # 白酒 2026, 黄酒 2024 (as producer), 米酒 on the first day (unit and producer: once)
    assert counts == {county["酒厂"]: 3, county["商店"]: 1}
    with store.read() as s:
        assert registry.failing_checks(s, [], since=TODAY) == {}
        assert registry.failing_checks(s, [county["酒厂"]], since=date(2020, 1, 1)) == {county["酒厂"]: 5}


def test_list_rows_carry_the_count(store: Store, county: dict[str, str]) -> None:
    with store.read() as s:
        rows = registry.rows(s, registry.find(s, registry.Query()), today=TODAY)
    assert {r.name: r.failed_checks for r in rows} == {"酒厂": 3, "商店": 1, "新厂": 0}


def test_checks_of_an_enterprise(store: Store, county: dict[str, str]) -> None:
    with store.read() as s:
        checks = registry.checks_of(s, county["酒厂"], today=TODAY)
        assert registry.checks_of(s, county["新厂"], today=TODAY) == []
    assert [(c.year, c.product) for c in checks] == [
        (2026, "白酒"), (2026, "白酒"), (2026, "白酒"), (2026, "果酒"), (2024, "黄酒"), (2023, "米酒"), (2023, "米酒"),
        (2022, "老酒"),
    ]
    by = {(c.product, c.sampled_on): c for c in checks}
    assert by[("黄酒", "2024-05-01")].role == "producer"
    assert by[("米酒", "2023-11-24")].role == "both"
    assert by[("白酒", "2026-03-01")].role == "unit"
    assert by[("白酒", "2026-03-01")].next_step is not None
    assert by[("白酒", "2026-03-01")].next_step.code == "serve_notice"
    assert by[("白酒", "2026-05-01")].next_step is None
    fruit = by[("果酒", None)]
    assert (fruit.failing, fruit.counted_on) == (False, "2026-02-01")
    assert by[("老酒", None)].counted_on == "2022-12-31"
    assert by[("黄酒", "2024-05-01")].failed_items == "甲醇"
