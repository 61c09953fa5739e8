"""Plans, draws, samples, results and follow-up through the services, on a real database."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from qsupervise.errors import KnownError
from qsupervise.models import AuditEntry, Change, Enterprise, OrgUnit, RandomDraw, SpotCheck, TestItem
from qsupervise.services import draws, spotchecks
from qsupervise.services import spotcheck_plans as plans
from qsupervise.services.spotchecks import ItemInput
from qsupervise.store import Store

AS_OF = date(2026, 5, 20)


def seed_registry(store: Store, n: int = 40) -> dict[str, str]:
    """n enterprises over the three townships and four inspectors; returns township name -> id."""
    with store.session() as s:
        towns = {u.name: u.id for u in s.exec(select(OrgUnit).where(OrgUnit.kind == "township"))}
        ids = list(towns.values())
        for i in range(n):
            s.add(Enterprise(name=f"测试企业{i:03d}有限公司", uscc=None, township_id=ids[i % 3], industry_code="C1391"))
        for n_, name in enumerate(("甲", "乙", "丙", "丁")):
            spotchecks.add_inspector(s, name=f"检查员{name}", township_id=ids[n_ % 3])
    return towns


def add_plan(store: Store, no: str = "P1", **kw: object) -> str:
    with store.session() as s:
        data = plans.PlanInput(plan_no=no, year=2026, category="食品", **kw)  # type: ignore[arg-type]
        return plans.add(s, data).id


def do_draw(store: Store, plan_no: str = "P1", seed: str = "7", reason: str = "", as_of: date = AS_OF) -> RandomDraw:
    with store.session() as s:
        return draws.run_draw(s, plans.by_no(s, plan_no), seed=seed, as_of=as_of, reason=reason)


def test_plan_input_is_checked(store: Store) -> None:
    add_plan(store, sample_count=5)
    with store.session() as s:
        for data, code in (
            (plans.PlanInput(plan_no="P1", year=2026, sample_count=1), "plan_exists"),
            (plans.PlanInput(plan_no=" ", year=2026, sample_count=1), "plan_no_missing"),
            (plans.PlanInput(plan_no="P2", year=26, sample_count=1), "plan_bad_year"),
            (plans.PlanInput(plan_no="P2", year=2026), "plan_no_size"),
            (plans.PlanInput(plan_no="P2", year=2026, sample_ratio=1.5), "plan_bad_ratio"),
            (plans.PlanInput(plan_no="P2", year=2026, sample_count=0), "plan_bad_count"),
            (plans.PlanInput(plan_no="P2", year=2026, sample_count=1, level="乡"), "plan_bad_level"),
            (plans.PlanInput(plan_no="P2", year=2026, sample_count=1, field="仓储"), "plan_bad_field"),
        ):
            with pytest.raises(KnownError) as caught:
                plans.add(s, data)
            assert caught.value.code == code
    with store.read() as s:
        plan = plans.by_no(s, "P1")
    assert (plan.level, plan.field, plan.authority) == ("county", "production", "测试县市场监督管理局")


def test_a_draw_creates_pending_samples_with_two_inspectors_and_is_recorded(store: Store) -> None:
    towns = seed_registry(store)
    add_plan(store, sample_count=6, pool=plans.PoolFilter(townships=[towns["城关镇"]]))
    record = do_draw(store)
    with store.read() as s:
        checks = spotchecks.checks_of_plan(s, record.plan_id)
        assert len(checks) == 6
        assert {c.sampling for c in checks} == {"pending"}
        assert {c.township_id for c in checks} == {towns["城关镇"]}
        assert all(c.inspector1_id and c.inspector2_id and c.inspector1_id != c.inspector2_id for c in checks)
        assert all(c.unit_name.startswith("测试企业") for c in checks)
        assert record.pool_size == 14
        assert len(json.loads(record.result)) == 6
        assert draws.verify(s.get(RandomDraw, record.id))  # type: ignore[arg-type]
        audit = s.exec(select(AuditEntry).where(AuditEntry.action == "draw.run")).one()
        assert json.loads(audit.detail)["pool_hash"] == record.pool_hash
        logged = s.exec(select(Change).where(Change.table_name == "spot_check")).all()
        assert len({c.row_id for c in logged}) == 6  # the samples travel through the change log


def test_the_same_seed_on_a_copy_gives_the_same_draw(store: Store, tmp_path: object) -> None:
    seed_registry(store)
    add_plan(store, sample_count=5)
    add_plan(store, "P2", sample_count=5)
    first, second = do_draw(store, "P1", "42"), do_draw(store, "P2", "42")
    assert first.pool_hash == second.pool_hash
    assert json.loads(first.result) == json.loads(second.result)


def test_a_redraw_needs_a_reason_and_withdraws_the_first_draws_samples(store: Store) -> None:
    seed_registry(store)
    add_plan(store, sample_count=4)
    first = do_draw(store)
    with pytest.raises(KnownError) as caught:
        do_draw(store, seed="8")
    assert caught.value.code == "draw_needs_reason"
    second = do_draw(store, seed="8", reason="公开摇号时种子读错")
    with store.read() as s:
        assert s.get(RandomDraw, first.id).superseded  # type: ignore[union-attr]
        assert second.number == 2
        live = spotchecks.checks_of_plan(s, second.plan_id)
        assert {c.draw_id for c in live} == {second.id}
        withdrawn = s.exec(select(SpotCheck).where(SpotCheck.draw_id == first.id)).all()
        assert all(c.deleted_at is not None for c in withdrawn)  # kept, marked withdrawn


def test_no_redraw_once_a_sample_was_taken(store: Store) -> None:
    seed_registry(store)
    add_plan(store, sample_count=3)
    record = do_draw(store)
    with store.session() as s:
        check = spotchecks.checks_of_plan(s, record.plan_id)[0]
        spotchecks.save_sampling(s, check.id, {"sampling": "sampled", "product": "挂面", "sampled_on": "2026-05-21"})
    with pytest.raises(KnownError) as caught:
        do_draw(store, seed="9", reason="再抽")
    assert caught.value.code == "draw_already_sampled"


def test_the_six_month_rule_leaves_out_recently_checked_producers(store: Store) -> None:
    seed_registry(store, n=6)
    add_plan(store, sample_count=6)
    record = do_draw(store, as_of=date(2026, 1, 10))
    with store.session() as s:
        for check in spotchecks.checks_of_plan(s, record.plan_id)[:2]:
            spotchecks.save_sampling(s, check.id, {"sampling": "sampled", "product": "挂面",
                                                   "category": "食品", "sampled_on": "2026-01-15"})
    add_plan(store, "P2", sample_count=6)
    later = do_draw(store, "P2", as_of=date(2026, 7, 14))  # within 6 months of 15 January
    assert (later.pool_size, later.excluded) == (4, 2)
    add_plan(store, "P3", sample_count=6)
    after = do_draw(store, "P3", as_of=date(2026, 7, 15))  # 6 full months after 15 January: allowed again
    assert (after.pool_size, after.excluded) == (6, 0)
    add_plan(store, "P4", sample_count=6, authority="某某市市场监督管理局")
    other = do_draw(store, "P4", as_of=date(2026, 3, 1))  # another authority may check them
    assert other.excluded == 0


def test_recusals_hold_in_the_draw(store: Store) -> None:
    seed_registry(store, n=10)
    with store.session() as s:
        ents = s.exec(select(Enterprise)).all()
        people = spotchecks.inspectors(s)
        for e in ents:
            spotchecks.recuse(s, inspector_id=people[0].id, enterprise_id=e.id, reason="亲属")
    add_plan(store, sample_count=10)
    record = do_draw(store)
    assert all(people[0].id not in t["inspectors"] for t in json.loads(record.result))
    with store.read() as s:
        assert draws.verify(s.get(RandomDraw, record.id))  # type: ignore[arg-type]


def test_a_tampered_draw_record_fails_verification(store: Store) -> None:
    seed_registry(store)
    add_plan(store, sample_count=5)
    record = do_draw(store)
    result = json.loads(record.result)
    result[0], result[1] = result[1], result[0]
    record.result = json.dumps(result)
    assert not draws.verify(record)


def sampled_check(store: Store) -> str:
    seed_registry(store, n=3)
    add_plan(store, sample_count=1)
    record = do_draw(store)
    with store.session() as s:
        check = spotchecks.checks_of_plan(s, record.plan_id)[0]
        spotchecks.save_sampling(s, check.id, {"sampling": "sampled", "product": "挂面", "sampled_on": "2026-05-21"})
        return check.id


def test_results_derive_the_verdict_and_an_override_needs_a_reason(store: Store) -> None:
    check_id = sampled_check(store)
    items = [ItemInput("水分", verdict="pass"), ItemInput("铅", verdict="fail", importance="A"),
             ItemInput("标签", verdict="fail")]
    with store.session() as s:
        check = spotchecks.save_results(s, check_id, items, report_no="R-1", report_on="2026-06-01")
        assert (check.verdict, check.failed_items) == ("serious_fail", "铅、标签")
    with store.session() as s, pytest.raises(KnownError) as caught:
        spotchecks.save_results(s, check_id, items, verdict="fail")
    assert caught.value.code == "verdict_override_reason"
    with store.session() as s:
        check = spotchecks.save_results(s, check_id, items, verdict="fail", override_reason="复检后铅项合格")
        assert check.verdict_override == "复检后铅项合格"
    with store.read() as s:
        assert [i.name for i in spotchecks.items_of(s, check_id)] == ["水分", "铅", "标签"]
        assert len(s.exec(select(TestItem)).all()) == 3  # replaced, not added twice


def test_bad_results_change_nothing(store: Store) -> None:
    check_id = sampled_check(store)
    with store.session() as s:
        spotchecks.save_results(s, check_id, [ItemInput("水分", verdict="pass")])
    for items, code in (
        ([ItemInput(" ", verdict="pass")], "item_no_name"),
        ([ItemInput("铅", verdict="fail", importance="C")], "item_bad_importance"),
        ([ItemInput("铅", verdict="maybe")], "item_bad_verdict"),
    ):
        with pytest.raises(KnownError) as caught, store.session() as s:
            spotchecks.save_results(s, check_id, items, report_no="X")
        assert caught.value.code == code
    with store.read() as s:
        check = spotchecks.get(s, check_id)
        assert (check.verdict, check.report_no) == ("pass", "")
        assert [i.name for i in spotchecks.items_of(s, check_id)] == ["水分"]


def test_item_verdict_words_from_a_paste() -> None:
    assert [spotchecks.parse_item_verdict(v) for v in ("合格", "不符合", "F", "", None)] == [
        "pass", "fail", "fail", None, None]
    with pytest.raises(KnownError):
        spotchecks.parse_item_verdict("待定")


def test_follow_up_steps_are_dated_in_order_and_overdue_ones_listed(store: Store) -> None:
    check_id = sampled_check(store)
    with store.session() as s:
        spotchecks.save_results(s, check_id, [ItemInput("铅", verdict="fail")], report_on="2026-06-01")
        spotchecks.record_step(s, check_id, "serve_notice", "2026-06-05")
        spotchecks.record_step(s, check_id, "order_correction", "2026-06-25")
    with store.read() as s:
        due = spotchecks.open_followups(s, date(2026, 9, 9))
        assert [(d.step.code, d.step.due) for d in due] == [("recheck", date(2026, 9, 8))]
        assert spotchecks.count_overdue(s, date(2026, 9, 9)) == 1
        assert spotchecks.count_overdue(s, date(2026, 9, 8)) == 0
    with store.session() as s, pytest.raises(KnownError) as caught:
        spotchecks.record_step(s, check_id, "recheck", "2026-06-01", verdict="pass")
    assert caught.value.code == "step_before_previous"
    with store.session() as s, pytest.raises(KnownError) as caught:
        spotchecks.record_step(s, check_id, "recheck", "2026-08-01")
    assert caught.value.code == "step_needs_verdict"
    with store.session() as s:
        spotchecks.record_step(s, check_id, "recheck", "2026-08-01", verdict="pass")
        spotchecks.record_step(s, check_id, "close", "2026-08-02")
    with store.read() as s:
        assert spotchecks.open_followups(s, date(2026, 9, 9)) == []


def test_sampling_input_is_checked(store: Store) -> None:
    check_id = sampled_check(store)
    for values, code in (
        ({"sampled_on": "2026-13-01"}, "spotcheck_bad_date"),
        ({"sampling": "lost"}, "spotcheck_bad_state"),
        ({"product": ""}, "spotcheck_needs_product"),
    ):
        with pytest.raises(KnownError) as caught, store.session() as s:
            spotchecks.save_sampling(s, check_id, values)
        assert caught.value.code == code
    with store.session() as s:  # a refusal (拒检) needs no product
        assert spotchecks.save_sampling(s, check_id, {"sampling": "refused", "product": ""}).sampling == "refused"
    with store.session() as s, pytest.raises(KnownError) as caught:
        spotchecks.save_results(s, check_id, [ItemInput("铅", verdict="pass")])
    assert caught.value.code == "spotcheck_not_sampled"


def sampled_checks(store: Store, n: int) -> list[str]:
    seed_registry(store, n=n + 2)
    add_plan(store, sample_count=n)
    record = do_draw(store)
    with store.session() as s:
        ids = []
        for check in spotchecks.checks_of_plan(s, record.plan_id):
            values = {"sampling": "sampled", "product": "挂面", "sampled_on": "2026-05-21"}
            spotchecks.save_sampling(s, check.id, values)
            ids.append(check.id)
        return ids


def test_a_batch_of_reports_is_saved_whole(store: Store) -> None:
    a, b, c = sampled_checks(store, 3)
    lines = [
        spotchecks.BatchResult(a, "R-1", "2026-06-01", "pass"),
        spotchecks.BatchResult(b, "R-2", "2026-06-02", "fail", "菌落总数、标签"),
        spotchecks.BatchResult(c),  # nothing given: skipped
    ]
    with store.session() as s:
        assert spotchecks.save_batch(s, lines) == 2
    with store.read() as s:
        assert (spotchecks.get(s, a).verdict, spotchecks.get(s, a).report_no) == ("pass", "R-1")
        assert (spotchecks.get(s, b).verdict, spotchecks.get(s, b).failed_items) == ("fail", "菌落总数、标签")
        assert spotchecks.get(s, c).verdict is None
    with store.session() as s:  # the same batch again changes nothing
        assert spotchecks.save_batch(s, lines) == 0


def test_a_batch_with_a_bad_line_saves_nothing_and_says_where(store: Store) -> None:
    a, b, c = sampled_checks(store, 3)
    with store.session() as s:
        spotchecks.save_results(s, c, [ItemInput("铅", verdict="pass")])
    lines = [
        spotchecks.BatchResult(a, "R-1", "2026-06-01", "pass"),
        spotchecks.BatchResult(b, "R-2", "2026-06-31", "pass"),  # no 31 June
        spotchecks.BatchResult(a, "R-3", None, "fail"),  # failing without its items
        spotchecks.BatchResult(c, "R-4", None, "fail", "铅"),  # the items say pass
    ]
    with pytest.raises(spotchecks.InvalidBatch) as caught, store.session() as s:
        spotchecks.save_batch(s, lines)
    assert [(p.line, p.field, p.code) for p in caught.value.problems] == [
        (2, "report_on", "spotcheck_bad_date"), (3, "failed_items", "batch_needs_failed_items"),
        (4, "verdict", "batch_has_items")]
    with store.read() as s:
        assert spotchecks.get(s, a).verdict is None  # nothing was written


def test_a_verdict_without_items_needs_no_override_reason(store: Store) -> None:
    (a,) = sampled_checks(store, 1)
    with store.session() as s:
        check = spotchecks.save_results(s, a, [], verdict="fail", report_no="R")
        assert (check.verdict, check.verdict_override) == ("fail", "")
