"""The 监督抽查 page's lists: plans with counts, a draw's preview and targets, samples with their next step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, OrgUnit
from qsupervise.services import draws, inspector_lists, spotchecks
from qsupervise.services import spotcheck_lists as lists
from qsupervise.services import spotcheck_plans as plans
from qsupervise.services.spotchecks import ItemInput
from qsupervise.store import Store

AS_OF = date(2026, 5, 20)


def seed(store: Store, n: int = 30) -> dict[str, str]:
    with store.session() as s:
        towns = {u.name: u.id for u in s.exec(select(OrgUnit).where(OrgUnit.kind == "township"))}
        ids = list(towns.values())
        for i in range(n):
            s.add(Enterprise(name=f"样本企业{i:03d}有限公司", township_id=ids[i % 3], industry_code="C1391"))
        for k, name in enumerate(("甲", "乙", "丙")):
            spotchecks.add_inspector(s, name=f"检查员{name}", township_id=ids[k])
    return towns


def make_plan(store: Store, no: str, **kw: object) -> str:
    with store.session() as s:
        return plans.add(s, plans.PlanInput(plan_no=no, year=2026, category="食品", **kw)).id  # type: ignore[arg-type]


def draw(store: Store, plan_id: str, seed_: str = "7", reason: str = "") -> str:
    with store.session() as s:
        plan = s.get(plans.SpotCheckPlan, plan_id)
        assert plan is not None
        return draws.run_draw(s, plan, seed=seed_, as_of=AS_OF, reason=reason).id


def fail(store: Store, check_id: str, *, serious: bool = False, served: date | None = None) -> None:
    with store.session() as s:
        spotchecks.save_sampling(s, check_id, {"sampling": "sampled", "product": "酱油", "sampled_on": "2026-05-01"})
        item = ItemInput("氨基酸态氮", verdict="fail", importance="A" if serious else "B")
        spotchecks.save_results(s, check_id, [item])
        if served:
            spotchecks.record_step(s, check_id, "serve_notice", served)


def test_plan_rows_count_samples_and_failures(store: Store) -> None:
    seed(store)
    first = make_plan(store, "P1", sample_count=5)
    make_plan(store, "P0", sample_count=2)
    with store.session() as s:
        plans.add(s, plans.PlanInput(plan_no="OLD", year=2025, sample_ratio=0.1))
    draw(store, first)
    with store.read() as s:
        checks = spotchecks.checks_of_plan(s, first)
    fail(store, checks[0].id, serious=True)
    with store.read() as s:
        rows = lists.plan_rows(s)
        assert [r.plan_no for r in rows] == ["P0", "P1", "OLD"]
        p1 = rows[1]
        assert (p1.samples, p1.sampled, p1.judged, p1.failing, p1.status) == (5, 1, 1, 1, "drawn")
        assert (rows[0].samples, rows[0].status) == (0, "draft")
        assert [r.plan_no for r in lists.plan_rows(s, year=2025)] == ["OLD"]
        assert lists.plan_years(s) == [2026, 2025]
        assert [(no, year) for _id, no, year in lists.plan_choices(s)] == [("P0", 2026), ("P1", 2026), ("OLD", 2025)]
        assert lists.plan_no_taken(s, " P1 ")
        assert not lists.plan_no_taken(s, "P9")


def test_preview_counts_the_pool_the_six_month_rule_and_the_previous_draw(store: Store) -> None:
    towns = seed(store)
    first = make_plan(store, "P1", sample_count=4, pool=plans.PoolFilter(townships=[towns["城关镇"]]))
    with store.read() as s:
        before = lists.draw_preview(s, first, AS_OF)
        assert (before.pool, before.excluded, before.wanted, before.inspectors, before.previous) == (10, 0, 4, 3, None)
        assert lists.pool_count(s, plans.PoolFilter(townships=[towns["城关镇"], towns["河口镇"]])) == 20
    draw(store, first)
    with store.read() as s:
        checks = spotchecks.checks_of_plan(s, first)
    fail(store, checks[0].id)  # sampled on 2026-05-01 by the same authority: out of the next plan's pool
    second = make_plan(store, "P2", sample_ratio=0.5, pool=plans.PoolFilter(townships=[towns["城关镇"]]))
    with store.read() as s:
        again = lists.draw_preview(s, first, AS_OF)
        assert (again.previous, again.started) == (1, 1)
        other = lists.draw_preview(s, second, AS_OF)
        assert (other.pool, other.excluded, other.candidates, other.wanted) == (10, 1, 9, 5)
        with pytest.raises(KnownError):
            lists.draw_preview(s, "nope", AS_OF)


def test_targets_in_draw_order_with_inspector_names(store: Store) -> None:
    seed(store)
    plan_id = make_plan(store, "P1", sample_count=3)
    draw_id = draw(store, plan_id)
    with store.read() as s:
        info = lists.current_draw(s, plan_id)
        assert info is not None
        assert (info.id, info.number, info.seed, info.targets) == (draw_id, 1, "7", 3)
        targets = lists.draw_targets(s, draw_id)
    assert [t.position for t in targets] == [1, 2, 3]
    assert all(t.name.startswith("样本企业") and t.township and t.sampling == "pending" for t in targets)
    assert all(a.startswith("检查员") and b.startswith("检查员") and a != b for a, b in (t.inspectors for t in targets))
    second = draw(store, plan_id, "8", reason="第一次抽取的名单有误")
    with store.read() as s:
        info = lists.current_draw(s, plan_id)
        assert info is not None
        assert (info.id, info.number, info.reason) == (second, 2, "第一次抽取的名单有误")
        assert lists.plan_rows(s)[0].samples == 3  # the first draw's pending samples were withdrawn


def test_find_checks_filters_and_orders_follow_ups(store: Store) -> None:
    seed(store)
    plan_id = make_plan(store, "P1", sample_count=6)
    draw(store, plan_id)
    today = date.today()
    with store.read() as s:
        checks = sorted(spotchecks.checks_of_plan(s, plan_id), key=lambda c: c.unit_name)
    fail(store, checks[0].id, served=today - timedelta(days=120))  # objection window long over
    fail(store, checks[1].id, serious=True, served=today - timedelta(days=3))  # inside the 15 days
    fail(store, checks[2].id)  # notice not served yet
    with store.session() as s:
        spotchecks.record_step(s, checks[0].id, "order_correction", today - timedelta(days=100))
    with store.read() as s:
        everything = lists.find_checks(s, lists.CheckQuery(plan_id=plan_id), today)
        assert (everything.total, everything.capped) == (6, False)
        assert [r.unit_name for r in everything.rows] == [c.unit_name for c in checks]
        assert [r.sampling for r in everything.rows].count("pending") == 3
        by_id = {r.id: r for r in everything.rows}
        late = by_id[checks[0].id]
        assert (late.step, late.due, late.days_left, late.overdue) == ("recheck", today - timedelta(days=25), -25, True)
        soon = by_id[checks[1].id]
        assert (soon.step, soon.due, soon.days_left, soon.verdict) == (
            "objection",
            today + timedelta(days=12),
            12,
            "serious_fail",
        )
        assert by_id[checks[2].id].step == "serve_notice"
        assert by_id[checks[3].id].step is None

        def ids(**kw: object) -> list[str]:
            return [r.id for r in lists.find_checks(s, lists.CheckQuery(**kw), today).rows]  # type: ignore[arg-type]

        assert ids(followup="open") == [checks[0].id, checks[1].id, checks[2].id]  # overdue, then by due date
        assert ids(followup="overdue") == [checks[0].id]
        assert ids(verdict="serious_fail") == [checks[1].id]
        assert len(ids(verdict="failing")) == 3
        assert len(ids(verdict="none")) == 3
        assert len(ids(sampling="pending")) == 3
        assert ids(text=checks[4].unit_name[-8:]) == [checks[4].id]
        assert ids(text="酱油", verdict="fail") == [checks[0].id, checks[2].id]
        capped = lists.find_checks(s, lists.CheckQuery(), today, limit=2)
        assert (len(capped.rows), capped.total, capped.capped) == (2, 6, True)


def test_check_detail_names_the_plan_township_and_inspectors(store: Store) -> None:
    seed(store)
    plan_id = make_plan(store, "P1", sample_count=1)
    draw(store, plan_id)
    with store.read() as s:
        check = spotchecks.checks_of_plan(s, plan_id)[0]
        detail = lists.check_detail(s, check.id)
        with pytest.raises(KnownError):
            lists.check_detail(s, "missing")
    assert (detail.plan_no, detail.plan_category, detail.values["sampling"]) == ("P1", "食品", "pending")
    assert detail.township
    assert all(n.startswith("检查员") for n in detail.inspectors)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-03-05", "2026-03-05"),
        ("2026-3-5", "2026-03-05"),
        ("2026/3/5", "2026-03-05"),
        ("2026.03.05", "2026-03-05"),
        ("2026年3月5日", "2026-03-05"),
        ("20260305", "2026-03-05"),
        (" ", None),
    ],
)
def test_typed_dates(typed: str, stored: str | None) -> None:
    assert lists.typed_date(typed, "抽样日期") == stored


@pytest.mark.parametrize("typed", ["2026-13-01", "2026-02-30", "明天", "26-3-5", "202603051"])
def test_bad_typed_dates_name_the_field(typed: str) -> None:
    with pytest.raises(KnownError) as caught:
        lists.typed_date(typed, "抽样日期")
    assert caught.value.message("zh").startswith("【抽样日期】日期")


def test_inspectors_recusals_and_enterprise_choices(store: Store) -> None:
    seed(store)
    with store.session() as s:
        person = spotchecks.inspectors(s)[0]
        firm = s.exec(select(Enterprise).where(Enterprise.name == "样本企业007有限公司")).one()
        spotchecks.recuse(s, inspector_id=person.id, enterprise_id=firm.id, reason="亲属在该企业任职")
    with store.read() as s:
        rows = inspector_lists.inspector_rows(s)
        assert [r.name for r in rows] == ["检查员丙", "检查员乙", "检查员甲"]
        assert {r.name: r.recusals for r in rows}[person.name] == 1
        assert all(r.active and r.township for r in rows)
        assert inspector_lists.recusals_of(s, person.id) == [
            inspector_lists.RecusalRow("样本企业007有限公司", "", "亲属在该企业任职")]
        found = lists.enterprise_choices(s, "样本企业00")
        assert len(found) == 10
        assert found[0].name == "样本企业000有限公司"
        assert found[0].township
        assert lists.enterprise_choices(s, "  ") == []
