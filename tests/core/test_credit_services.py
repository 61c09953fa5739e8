"""Credit grades in the database: facts in bulk, recomputation, overrides, list entries, penalties, draw weights."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import select

from qsupervise.changelog import WriteContext
from qsupervise.errors import KnownError
from qsupervise.ids import SeededIds
from qsupervise.models import (
    AuditEntry,
    Certification,
    Change,
    CreditGrade,
    CreditListEntry,
    Enterprise,
    OrgUnit,
    SpotCheck,
    SpotCheckPlan,
)
from qsupervise.services import credit, credit_facts, draws
from qsupervise.store import Store

TODAY = date(2026, 6, 30)


def seed(store: Store, n: int = 6) -> list[str]:
    """n enterprises (ids in creation order) over the townships, and one plan."""
    with store.session() as s:
        towns = [u.id for u in s.exec(select(OrgUnit).where(OrgUnit.kind == "township"))]
        firms = [Enterprise(name=f"信用测试{i}有限公司", uscc=None, township_id=towns[i % len(towns)])
                 for i in range(n)]
        s.add_all(firms)
        s.add(SpotCheckPlan(plan_no="P-2025", year=2025, authority="测试县市场监督管理局"))
        s.flush()
        return [f.id for f in firms]


def add_check(store: Store, unit: str | None, *, producer: str | None = None, verdict: str = "fail",
              sampled_on: str = "2025-05-10", **values: Any) -> str:
    with store.session() as s:
        plan = s.exec(select(SpotCheckPlan)).one()
        check = SpotCheck(plan_id=plan.id, enterprise_id=unit, producer_id=producer, sampling="sampled",
                          sample_no=f"S-{sampled_on}-{verdict}-{len(values)}", product="酱油", verdict=verdict,
                          sampled_on=sampled_on, **values)
        s.add(check)
        s.flush()
        return check.id


def recompute(store: Store, today: date = TODAY) -> credit.Recomputed:
    with store.session() as s:
        return credit.recompute(s, today)


def standing(store: Store, eid: str) -> credit.Standing:
    with store.read() as s:
        return credit.current(s, eid)


def rows(store: Store) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(CreditGrade)).one())


def test_facts_count_a_sample_once_for_each_party_and_take_the_final_verdict(store: Store) -> None:
    a, b, c, d = seed(store, 4)
    add_check(store, a, producer=b)  # counts for both
    add_check(store, a, producer=a, verdict="serious_fail")  # once for a
    add_check(store, c, retest_verdict="pass", objection_on="2025-05-20", retest_on="2025-06-01")  # overturned
    add_check(store, d, verdict="pass")
    add_check(store, d, sampled_on="2026-07-15")  # after the day graded
    gone = add_check(store, d)
    with store.session() as s:
        s.get(SpotCheck, gone).deleted_at = datetime.now(UTC)  # type: ignore[union-attr]
    with store.read() as s:
        found = credit.facts_for(s.connection(), None, TODAY)
        few = credit.facts_for(s.connection(), [a, c], TODAY)
    assert (len(found[a].failed), len(found[a].seriously_failed)) == (1, 1)
    assert (len(found[b].failed), len(found[b].seriously_failed)) == (1, 0)
    assert found[c] == found[d] == credit.Facts(as_of=TODAY, awards=())  # nothing on record, no awards either
    assert few[a] == found[a]
    assert set(few) == {a, c}


def test_unrectified_means_overdue_or_a_failed_recheck_and_not_closed(store: Store) -> None:
    late, rechecked, closed, fresh = seed(store, 4)
    served = {"notice_served_on": "2025-05-20", "correction_ordered_on": "2025-06-10"}
    add_check(store, late, **served)  # recheck was due 2025-08-24
    add_check(store, rechecked, notice_served_on="2026-03-01", correction_ordered_on="2026-03-20",
              recheck_on="2026-05-01", recheck_verdict="fail")
    add_check(store, closed, closed_on="2025-12-01", **served)
    add_check(store, fresh, sampled_on="2026-06-20")  # notice not served yet: open, not overdue
    with store.read() as s:
        found = credit.facts_for(s.connection(), None, TODAY)
    assert [len(found[e].unrectified) for e in (late, rechecked, closed, fresh)] == [1, 1, 0, 0]
    with store.read() as s:
        out = credit.outcome_of(s, late, TODAY)
    assert (out.score, out.grade) == (75, "B")


def test_certificates_in_force_add_points_and_lapsed_licences_cost_them(store: Store) -> None:
    holder, lapsed, renewed, closed_down = seed(store, 4)
    with store.session() as s:
        s.get(Enterprise, closed_down).status = "cancelled"  # type: ignore[union-attr]
        for eid, kind, status, expires in (
            (holder, "iso9001", "valid", "2027-01-01"), (holder, "iso14001", "valid", "2026-06-30"),
            (holder, "iso45001", "valid", "2026-06-29"), (holder, "iso9001", "valid", "2028-01-01"),
            (lapsed, "sc", "valid", "2026-01-31"), (lapsed, "xk", "revoked", "2029-01-01"),
            (lapsed, "ccc", "cancelled", "2025-01-01"), (renewed, "sc", "valid", "2025-01-31"),
            (renewed, "sc", "valid", "2030-01-31"), (closed_down, "sc", "revoked", "2027-01-01"),
        ):
            s.add(Certification(enterprise_id=eid, kind=kind, status=status, expires_on=expires, number=kind.upper()))
    with store.read() as s:
        found = credit.facts_for(s.connection(), None, TODAY)
        scores = {e: credit.outcome_of(s, e, TODAY).score for e in (holder, lapsed, renewed, closed_down)}
    assert len(found[holder].certificates) == 2  # 9001 (once) and 14001 valid through today; 45001 expired
    assert {i.ref for i in found[lapsed].lapsed_licences} == {"SC", "XK"}
    assert scores == {holder: 110, lapsed: 60, renewed: 100, closed_down: 100}


def test_recompute_writes_only_what_changed_and_nothing_the_second_time(store: Store) -> None:
    ids = seed(store, 6)
    add_check(store, ids[0])
    add_check(store, ids[1], verdict="serious_fail")
    with store.read() as s:
        changes_before = s.exec(select(func.count()).select_from(Change)).one()
    done = recompute(store)
    assert (done.enterprises, done.written) == (6, 2)
    assert set(done.changed) == {ids[0], ids[1]}
    with store.read() as s:
        changes_after = s.exec(select(func.count()).select_from(Change)).one()
        logged = s.exec(select(func.count()).select_from(Change).where(Change.table_name == "credit_grade")).one()
    assert logged == 2
    assert changes_after > changes_before
    again = recompute(store)
    assert again.written == 0
    assert rows(store) == 2
    with store.read() as s:
        assert s.exec(select(func.count()).select_from(Change)).one() == changes_after
    # a clean enterprise has no row and stands at the default
    clean = standing(store, ids[5])
    assert (clean.grade, clean.score, clean.recorded) == ("A", 100, False)
    graded = standing(store, ids[1])
    assert (graded.grade, graded.score, graded.recorded, graded.decided_on) == ("B", 75, True, "2026-06-30")
    assert any("严重不合格" in line for line in graded.lines("zh"))
    # three years later the failure has left the window: back to A, a new row
    later = recompute(store, date(2028, 6, 1))
    assert later.written == 2
    assert standing(store, ids[0]).grade == "A"
    with store.read() as s:
        assert [h.grade for h in credit.history(s, ids[0])] == ["A", "A"]
        assert [h.score for h in credit.history(s, ids[0])] == [100, 90]


def test_list_entries_force_d_or_cap_at_c_and_a_removed_entry_no_longer_counts(store: Store) -> None:
    listed, abnormal = seed(store, 2)
    with store.session() as s:
        entry = credit.add_list_entry(s, enterprise_id=listed, list_kind="serious_dishonest", listed_on="2026-01-05",
                                      authority="测试县市场监督管理局", document_no="测市监失〔2026〕1号",
                                      reason="拒不改正", today=TODAY)
        credit.add_list_entry(s, enterprise_id=abnormal, list_kind="abnormal_operation", listed_on="2026-02-01",
                              today=TODAY)
        entry_id = entry.id
    assert (standing(store, listed).grade, standing(store, listed).score) == ("D", 100)
    assert standing(store, abnormal).grade == "C"
    with store.session() as s, pytest.raises(KnownError) as caught:
        credit.add_list_entry(s, enterprise_id=listed, list_kind="serious_dishonest", listed_on="2026-01-05",
                              document_no="测市监失〔2026〕1号", today=TODAY)
    assert caught.value.code == "credit_list_duplicate"
    with store.session() as s, pytest.raises(KnownError) as caught:
        credit.add_list_entry(s, enterprise_id=listed, list_kind="blacklist", listed_on="2026-01-05")
    assert caught.value.code == "credit_bad_list"
    with store.session() as s:
        credit.remove_list_entry(s, entry_id=entry_id, removed_on="2026-06-01", today=TODAY)
    assert standing(store, listed).grade == "A"
    with store.read() as s:
        kept = s.get(CreditListEntry, entry_id)
        assert kept is not None
        assert kept.removed_on == "2026-06-01"
        assert kept.deleted_at is None
        assert [h.grade for h in credit.history(s, listed)] == ["A", "D"]
    with store.session() as s, pytest.raises(KnownError) as caught:
        credit.remove_list_entry(s, entry_id=entry_id, removed_on="2026-06-02")
    assert caught.value.code == "credit_list_removed"
    # an entry removed only later is still in force on the day graded
    with store.session() as s:
        late = credit.add_list_entry(s, enterprise_id=listed, list_kind="serious_dishonest",
                                     listed_on="2026-03-01", today=TODAY)
        credit.remove_list_entry(s, entry_id=late.id, removed_on="2026-09-01", today=TODAY)
    assert standing(store, listed).grade == "D"


def test_override_needs_a_reason_keeps_the_computed_grade_and_is_history(store: Store) -> None:
    eid, listed = seed(store, 2)
    add_check(store, eid, verdict="serious_fail")
    add_check(store, eid, sampled_on="2025-09-01")
    recompute(store)
    assert standing(store, eid).grade == "C"
    with store.session() as s:
        for reason in ("", "   "):
            with pytest.raises(KnownError) as caught:
                credit.override(s, eid, "B", reason, today=TODAY)
            assert caught.value.code == "credit_override_reason"
        with pytest.raises(KnownError) as caught:
            credit.override(s, eid, "E", "理由", today=TODAY)
        assert caught.value.code == "credit_bad_grade"
    assert rows(store) == 1
    with store.session() as s:
        set_ = credit.override(s, eid, "b", "已整改到位，经领导小组研究", actor="张科长", today=TODAY)
    assert (set_.grade, set_.computed_grade, set_.score, set_.overridden) == ("B", "C", 65, True)
    with store.read() as s:
        past = credit.history(s, eid)
        audit = s.exec(select(AuditEntry).where(AuditEntry.action == "credit.override")).one()
    assert [(h.grade, h.computed_grade, h.override_reason) for h in past] == [
        ("B", "C", "已整改到位，经领导小组研究"), ("C", "C", "")]
    assert past[0].decided_by == "张科长"
    assert json.loads(audit.detail)["computed"] == "C"
    # nothing changed: the override holds; a score change within the same computed grade carries it
    assert recompute(store).written == 0
    with store.session() as s:
        s.add(Certification(enterprise_id=eid, kind="iso9001", expires_on="2028-01-01"))
    assert recompute(store).written == 1
    now = standing(store, eid)
    assert (now.grade, now.computed_grade, now.score) == ("B", "C", 70)
    assert now.override_reason == "已整改到位，经领导小组研究"
    assert now.decided_by == "张科长"
    # once the computed grade moves, the override lapses
    with store.session() as s:
        credit.add_penalty(s, enterprise_id=eid, decided_on="2026-05-01", document_no="罚1", today=TODAY)
    assert (standing(store, eid).grade, standing(store, eid).score) == ("B", 60)
    with store.session() as s:
        credit.add_penalty(s, enterprise_id=eid, decided_on="2026-05-02", document_no="罚2", today=TODAY)
    assert (standing(store, eid).grade, standing(store, eid).score, standing(store, eid).overridden) == ("D", 50, False)
    # lifting an override by hand
    with store.session() as s:
        credit.override(s, eid, "C", "复议", today=TODAY)
        lifted = credit.clear_override(s, eid, today=TODAY)
    assert (lifted.grade, lifted.overridden) == ("D", False)
    # a serious-dishonest entry cannot be overridden upwards
    with store.session() as s:
        credit.add_list_entry(s, enterprise_id=listed, list_kind="serious_dishonest", listed_on="2026-01-05",
                              today=TODAY)
        with pytest.raises(KnownError) as caught:
            credit.override(s, listed, "A", "理由", today=TODAY)
        assert caught.value.code == "credit_override_listed"
        assert credit.override(s, listed, "D", "维持", today=TODAY).grade == "D"


def test_penalties_need_a_document_and_are_not_recorded_twice(store: Store) -> None:
    (eid,) = seed(store, 1)
    with store.session() as s:
        with pytest.raises(KnownError) as caught:
            credit.add_penalty(s, enterprise_id=eid, decided_on="2026-01-01", document_no=" ")
        assert caught.value.code == "credit_penalty_document"
        with pytest.raises(KnownError) as caught:
            credit.add_penalty(s, enterprise_id=eid, decided_on="2026-13-01", document_no="罚1")
        assert caught.value.code == "credit_bad_date"
        credit.add_penalty(s, enterprise_id=eid, decided_on="2026-01-01", document_no="罚1", amount_fen=4_000_000,
                           today=TODAY)
        with pytest.raises(KnownError) as caught:
            credit.add_penalty(s, enterprise_id=eid, decided_on="2026-02-01", document_no="罚1", today=TODAY)
        assert caught.value.code == "credit_penalty_duplicate"
    assert standing(store, eid).score == 90
    assert credit.parse_amount("40,000.00") == 4_000_000
    assert credit.parse_amount("") == 0
    for bad in ("四万", "-5", "1.234"):
        with pytest.raises(KnownError):
            credit.parse_amount(bad)


def test_rules_default_until_the_county_sets_them_and_changes_are_audited(store: Store) -> None:
    (eid,) = seed(store, 1)
    add_check(store, eid)
    with store.session() as s:
        assert credit.rules(s)["spot_fail"].points == -10
        credit.set_rule(s, "spot_fail", points=-20)
        credit.set_rule(s, "spot_fail", window_years=5)
        with pytest.raises(KnownError) as caught:
            credit.set_rule(s, "grade_b", points=95)
        assert caught.value.code == "credit_rule_order"
        with pytest.raises(KnownError) as caught:
            credit.set_rule(s, "base", active=False)
        assert caught.value.code == "credit_rule_fixed"
    with store.read() as s:
        rule = credit.rules(s)["spot_fail"]
        assert (rule.points, rule.window_years) == (-20, 5)
        assert len(s.exec(select(AuditEntry).where(AuditEntry.action == "credit.rule")).all()) == 2
    recompute(store)
    assert (standing(store, eid).score, standing(store, eid).grade) == (80, "B")


def test_grade_counts_include_enterprises_with_nothing_on_record(store: Store) -> None:
    ids = seed(store, 6)
    add_check(store, ids[0], verdict="serious_fail")
    add_check(store, ids[0])
    add_check(store, ids[1])
    recompute(store)
    with store.read() as s:
        counts = credit.grade_counts(s)
        town = s.get(Enterprise, ids[0]).township_id  # type: ignore[union-attr]
        local = credit.grade_counts(s, town)
        page = credit.grades_of(s, ids[:3])
    assert counts == {"A": 5, "B": 0, "C": 1, "D": 0}
    assert sum(local.values()) == 2
    assert local["C"] == 1
    assert page == {ids[0]: "C", ids[1]: "A", ids[2]: "A"}


def test_draw_weights_follow_the_grades_and_history_for_the_ungraded(store: Store) -> None:
    graded_d, graded_b, ungraded, clean = seed(store, 4)
    add_check(store, graded_b, verdict="serious_fail")
    add_check(store, ungraded, sampled_on="2026-05-01")
    with store.session() as s:
        credit.add_list_entry(s, enterprise_id=graded_d, list_kind="serious_dishonest", listed_on="2026-01-05",
                              today=TODAY)
        credit.recompute(s, TODAY, [graded_b, graded_d])
        weights = draws.risk_weights(s.connection(), TODAY)
        before = draws.risk_weights(s.connection(), date(2026, 6, 29))  # grades decided later do not count
    assert weights[graded_d] == 4
    assert weights[graded_b] == 2
    assert weights[ungraded] == 2  # interim rule: one failing result in three years
    assert weights.get(clean, 1) == 1
    assert before[graded_b] == 3  # serious failure under the interim rule


def test_recompute_in_a_seeded_write_context_is_reproducible(template_db: Any, tmp_path: Any) -> None:
    """The demo recomputes inside its own session: ids and times come from its write context."""
    import shutil

    results = []
    for n in range(2):
        path = tmp_path / f"r{n}.db"
        shutil.copy(template_db, path)
        with Store.open(path) as store:
            ids = seed(store, 3)
            add_check(store, ids[0])
            with store.session() as s:
                ctx: WriteContext = s.info["write_context"]
                fixed = int(datetime(2026, 6, 30, 1, tzinfo=UTC).timestamp() * 1000)
                s.info["write_context"] = WriteContext(ctx.station_id, ctx.user_id, new_id=SeededIds(1, fixed),
                                                       wall_ms=lambda fixed=fixed: fixed)
                credit.recompute(s, TODAY)
            with store.read() as s:
                got = s.exec(select(CreditGrade.id, CreditGrade.created_at, CreditGrade.score)).all()
        results.append([(r[0], r[1], r[2]) for r in got])
    assert results[0] == results[1]
    assert len(results[0]) == 1
    assert results[0][0][1] == datetime(2026, 6, 30, 1, tzinfo=UTC)


def test_in_limit_and_bulk_paths_agree(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = seed(store, 5)
    add_check(store, ids[0], producer=ids[1])
    with store.session() as s:
        credit.add_penalty(s, enterprise_id=ids[2], decided_on="2026-01-01", document_no="罚", today=TODAY)
    with store.read() as s:
        bulk = credit.facts_for(s.connection(), None, TODAY)
        monkeypatch.setattr(credit_facts, "IN_LIMIT", 1)
        wide = credit.facts_for(s.connection(), ids[:3], TODAY)
    assert wide == {e: bulk[e] for e in ids[:3]}
