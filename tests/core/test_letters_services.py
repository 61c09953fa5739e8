"""Responsibility letters and the assessment: each computable metric against a hand-computed county, letters
from templates, locking, stages, ranking and progress."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlmodel import select

from qsupervise.errors import KnownError
from qsupervise.models import Brand, Certification, Enterprise, Instrument, OrgKind, SpotCheck, SpotCheckPlan
from qsupervise.services import assessment, org
from qsupervise.services import assessment_metrics as measures
from qsupervise.services import letters as service
from qsupervise.store import Store

TODAY = date(2026, 2, 1)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def towns(store: Store) -> dict[str, str]:
    with store.read() as s:
        return {name: org.resolve(s, name).id for name in ("城关镇", "河口镇", "柳林乡")}


def add(store: Store, *rows: Any) -> None:
    with store.session() as s:
        for row in rows:
            s.add(row)
            s.flush()


@pytest.fixture
def county(store: Store) -> Store:
    """2025 by hand:

    - 城关镇: 6 samples judged in 2025 (3 pass, 2 fail, 1 fail overturned by the 复检 → 4 of 6 = 66.67 %), one
      2024 sample and one withdrawn sample not counted; ISO 9001 ×2 and an SC licence issued in 2025, an ISO 9001
      of 2024; a provincial brand 2025, a municipal brand 2025, a revoked provincial brand 2025; 4 instruments
      (3 registered, 2 of them verified in cycle on 2025-12-31); corrections ordered 2025-03-01 (rechecked on
      day 70: on time), 2025-04-01 (rechecked on day 90: late), 2025-12-01 (due 2026-02-14: not judged).
    - 河口镇: 2 samples, both pass (100 %); nothing else.
    - 柳林乡: no records at all.
    """
    t = towns(store)
    e1 = Enterprise(name="城关食品厂", township_id=t["城关镇"], industry_code="C1391")
    e2 = Enterprise(name="河口鞋业", township_id=t["河口镇"], industry_code="C1952")
    add(store, e1, e2)
    plan = SpotCheckPlan(plan_no="P2025", year=2025)
    gone = datetime.now(UTC)
    add(store, plan)

    def check(town: str, verdict: str, on: str, **kw: Any) -> SpotCheck:
        return SpotCheck(plan_id=plan.id, township_id=t[town], enterprise_id=e1.id if town == "城关镇" else e2.id,
                         verdict=verdict, sampling="sampled", sampled_on=on, product="挂面", **kw)

    add(store,
        check("城关镇", "pass", "2025-03-01"), check("城关镇", "pass", "2025-04-01"),
        check("城关镇", "pass", "2025-05-01"),
        check("城关镇", "fail", "2025-01-10", correction_ordered_on="2025-03-01", recheck_on="2025-05-10"),
        check("城关镇", "fail", "2025-02-10", retest_verdict="pass", correction_ordered_on="2025-04-01",
              recheck_on="2025-06-30"),
        check("城关镇", "fail", "2024-11-10"),
        check("城关镇", "fail", "2025-06-10", deleted_at=gone),
        check("城关镇", "fail", "2025-10-10", correction_ordered_on="2025-12-01"),
        check("河口镇", "pass", "2025-07-01"), check("河口镇", "pass", "2025-07-02"))
    add(store,
        Certification(enterprise_id=e1.id, kind="iso9001", number="1", issued_on="2025-02-01"),
        Certification(enterprise_id=e1.id, kind="iso9001", number="2", issued_on="2025-11-30"),
        Certification(enterprise_id=e1.id, kind="sc", number="SC1", issued_on="2025-06-01"),
        Certification(enterprise_id=e1.id, kind="iso9001", number="3", issued_on="2024-12-31"),
        Brand(enterprise_id=e1.id, kind="famous_brand", title="省名牌", level="provincial", granted_on="2025-09-01"),
        Brand(enterprise_id=e1.id, kind="famous_brand", title="市名牌", level="municipal", granted_on="2025-09-01"),
        Brand(enterprise_id=e1.id, kind="famous_brand", title="撤销", level="provincial", granted_on="2025-03-01",
              status="revoked"),
        Instrument(enterprise_id=e1.id, name="秤1", registered=True, verified_on="2025-06-01", due_on="2026-05-31",
                   result="pass"),
        Instrument(enterprise_id=e1.id, name="秤2", registered=True, verified_on="2025-01-01", due_on="2026-01-01"),
        Instrument(enterprise_id=e1.id, name="秤3", registered=True, verified_on="2024-01-01", due_on="2024-12-31"),
        Instrument(enterprise_id=e1.id, name="秤4", registered=False))
    return store


def values(store: Store, source: str, params: dict[str, Any] | None = None,
           cutoff: date = date(2025, 12, 31)) -> dict[str, tuple[float | None, int, int | None]]:
    t = {v: k for k, v in towns(store).items()}
    with store.read() as s:
        found = measures.values(s, source, params, 2025, cutoff)
    return {t[k]: (m.value, m.part, m.whole) for k, m in found.items() if k in t}


def test_pass_rate(county: Store) -> None:
    assert values(county, "spotcheck_pass_rate") == {"城关镇": (66.67, 4, 6), "河口镇": (100.0, 2, 2)}
    # up to 30 April: the passes of 03-01 and 04-01, the fail of 01-10 and the overturned fail of 02-10 → 3 of 4
    assert values(county, "spotcheck_pass_rate", cutoff=date(2025, 4, 30))["城关镇"] == (75.0, 3, 4)


def test_new_certifications_by_kind(county: Store) -> None:
    assert values(county, "certifications_new") == {"城关镇": (3.0, 3, None)}
    assert values(county, "certifications_new", {"kinds": ["iso9001"]}) == {"城关镇": (2.0, 2, None)}
    assert values(county, "certifications_new", {"kinds": ["iso9001"]}, date(2025, 6, 30)) == {
        "城关镇": (1.0, 1, None)}


def test_new_brands_by_level(county: Store) -> None:
    assert values(county, "brands_new") == {"城关镇": (2.0, 2, None)}  # the revoked one does not count
    assert values(county, "brands_new", {"levels": ["national", "provincial"]}) == {"城关镇": (1.0, 1, None)}


def test_instrument_rates(county: Store) -> None:
    assert values(county, "instrument_registration_rate") == {"城关镇": (75.0, 3, 4)}
    assert values(county, "instrument_verification_rate") == {"城关镇": (66.67, 2, 3)}


def test_rectification_on_time(county: Store) -> None:
    assert values(county, "rectification_on_time_rate") == {"城关镇": (50.0, 1, 2)}
    # in the middle of May the second correction is still within its 75 days: only the first is judged
    assert values(county, "rectification_on_time_rate", cutoff=date(2025, 5, 15)) == {"城关镇": (100.0, 1, 1)}


def test_drill_down_lists_what_counts(county: Store) -> None:
    t = towns(county)
    with county.read() as s:
        rows = measures.evidence(s, "spotcheck_pass_rate", None, t["城关镇"], 2025, date(2025, 12, 31))
        certs = measures.evidence(s, "certifications_new", {"kinds": ["iso9001"]}, t["城关镇"], 2025, None)
    assert len(rows) == 6
    assert sum(r.counts for r in rows) == 4
    assert any("复检合格" in r.text for r in rows)
    assert [c.on for c in certs] == ["2025-02-01", "2025-11-30"]


# --- letters ---------------------------------------------------------------------------------------------


def make_letters(store: Store, year: int = 2025) -> list[service.LetterRow]:
    with store.session() as s:
        service.create_letters(s, year, "township")
    with store.read() as s:
        return service.letters(s, year)


def test_letters_from_the_template_for_every_township(county: Store) -> None:
    rows = make_letters(county)
    assert [r.unit for r in rows] == ["城关镇", "河口镇", "柳林乡"]
    assert all(r.points == 100 and r.targets == 12 and not r.locked for r in rows)
    with county.session() as s:
        again = service.create_letters(s, 2025, "township")
        doc = service.letter_doc(s, rows[0].id)
    assert again.created == []
    assert again.skipped == ["城关镇", "河口镇", "柳林乡"]
    assert doc.party_b == "城关镇"
    assert "城关镇（乙方）" in doc.preamble[0]
    assert "{乙方}" not in "".join(doc.preamble)
    assert doc.targets[0].target == "≥90%"
    assert doc.total_points == "100"


def test_template_change_applies_to_letters_made_afterwards(county: Store) -> None:
    with county.session() as s:
        tpl = service.template_or_default(s, 2025, "township")
        data = service.input_of(s, tpl)
        first = data.targets[0]
        changed = service.TargetInput(first.metric_id, 95, 30, first.task, "王主任", "2025-12-31")
        service.save_template(s, 2025, "township", service.LetterInput(
            **{**data.__dict__, "targets": [changed, *data.targets[1:]]}))
    rows = make_letters(county)
    assert rows[0].points == 110
    with county.read() as s:
        assert service.letter_doc(s, rows[0].id).targets[0].responsible == "王主任"


def test_member_units_get_the_member_template(county: Store) -> None:
    with county.session() as s:
        org.add_unit(s, name="县教育局", kind=OrgKind.MEMBER_UNIT)
        created = service.create_letters(s, 2025, "member_unit")
    with county.read() as s:
        rows = service.letters(s, 2025, kind="member_unit")
    assert len(created.created) == 1
    assert rows[0].unit == "县教育局"
    assert rows[0].points == 100


def test_locked_letter_cannot_be_edited(county: Store) -> None:
    row = make_letters(county)[0]
    with county.session() as s:
        data = service.input_of(s, service.letter(s, row.id))
        service.sign(s, row.id, signed_on="2025-02-20", scan=PDF, scan_name="signed.pdf")
    with county.session() as s, pytest.raises(KnownError) as caught:
        service.save_letter(s, row.id, data)
    assert caught.value.code == "letter_locked"
    assert "2025-02-20" in caught.value.message()
    with county.session() as s, pytest.raises(KnownError):
        service.delete_letter(s, row.id)
    with county.session() as s, pytest.raises(KnownError) as caught:
        service.unlock(s, row.id, reason=" ")
    assert caught.value.code == "letter_unlock_reason"
    with county.session() as s:
        service.unlock(s, row.id, reason="目标值录错")
        service.save_letter(s, row.id, service.LetterInput(**{**data.__dict__, "title": "改过的标题"}))
    with county.read() as s:
        assert service.letter(s, row.id).title == "改过的标题"
        assert service.letters(s, 2025)[0].has_scan


def test_bad_letters_are_refused(county: Store) -> None:
    row = make_letters(county)[0]
    with county.session() as s:
        data = service.input_of(s, service.letter(s, row.id))
        computed = data.targets[0]
        for bad, code in (
            ({"title": " "}, "letter_title"),
            ({"targets": [service.TargetInput(computed.metric_id, None, 10)]}, "letter_target_value"),
            ({"targets": [service.TargetInput(computed.metric_id, 90, -1)]}, "letter_target_weight"),
            ({"targets": [service.TargetInput(computed.metric_id, 90, 1, deadline="31/12/2025")]}, "letter_bad_date"),
        ):
            with pytest.raises(KnownError) as caught:
                service.save_letter(s, row.id, service.LetterInput(**{**data.__dict__, **bad}))
            assert caught.value.code == code


# --- the assessment ------------------------------------------------------------------------------------------


def scores(store: Store) -> dict[str, assessment.LetterScore]:
    with store.read() as s:
        return {x.unit: x for x in assessment.sheet(s, 2025, today=TODAY)}


def test_sheet_scores_from_the_data(county: Store) -> None:
    make_letters(county)
    got = scores(county)
    town = {t.metric: t for t in got["城关镇"].targets}
    # pass rate 66.67 against 90 with the floor 80: 0 points; 河口镇 100 %: 20
    assert town["产品质量监督抽查合格率"].verified_value == 66.67
    assert town["产品质量监督抽查合格率"].verified_score == 0
    assert {t.metric: t for t in got["河口镇"].targets}["产品质量监督抽查合格率"].verified_score == 20
    # ISO 9001 ×2 against 2: full 10, no bonus; brands (provincial 1 against 1): 10
    assert town["新增质量管理体系等认证"].verified_score == 10
    assert town["新增省级以上名牌产品或质量奖"].verified_score == 10
    # registration 75 % against 90 with the floor 60: halfway → 5 of 10
    assert town["强检计量器具登记造册率"].verified_score == 5
    # 柳林乡 has no records: counts are 0, rates have no value (to be entered), nothing to rectify → 100 %
    empty = {t.metric: t for t in got["柳林乡"].targets}
    assert empty["新增质量管理体系等认证"].verified_value == 0
    assert empty["产品质量监督抽查合格率"].verified_value is None
    assert empty["抽查不合格企业按期整改率"].verified_score == 10
    assert not got["城关镇"].complete  # manual targets have no values yet


def enter_all_manual(store: Store, letter_id: str, stage: str, value: float = 1) -> None:
    with store.session() as s:
        for t in service.targets(s, letter_id):
            m = service.metric(s, t.metric_id)
            if not m.source:
                assessment.enter(s, t.id, stage=stage, value=0 if m.direction == "lower" else value,
                                 comment="见佐证", evidence=PDF, evidence_name="材料.pdf", on=TODAY)


def test_self_then_verified_side_by_side_and_ranked(county: Store) -> None:
    rows = {r.unit: r for r in make_letters(county)}
    for unit in rows:
        enter_all_manual(county, rows[unit].id, "self")
    with county.session() as s:
        target = service.targets(s, rows["河口镇"].id)[8]  # a task
        assessment.enter(s, target.id, stage="verified", value=0, comment="材料不全", on=TODAY)
    got = scores(county)
    hk = got["河口镇"]
    task = hk.targets[8]
    assert (task.self_score, task.verified_score, task.verified_comment) == (5, 0, "材料不全")
    # the unit scored its five manual targets (4 tasks + no accident, 5 points each); the county entered one (0)
    assert hk.self_total - hk.verified_total == 25
    # ranks by the verified total within the townships
    totals = sorted(((x.verified_total, x.unit) for x in got.values()), reverse=True)
    assert got[totals[0][1]].rank == 1
    assert sorted(x.rank for x in got.values() if x.rank) == [1, 2, 3]


def test_ties_share_a_rank(county: Store) -> None:
    rows = make_letters(county)
    with county.session() as s:
        for row in rows:  # the same value for every target of every letter: equal totals
            for t in service.targets(s, row.id):
                assessment.enter(s, t.id, stage="verified", value=t.target if t.target is not None else 1, on=TODAY)
    got = scores(county)
    assert {x.rank for x in got.values()} == {1}
    assert all(x.complete for x in got.values())


def test_stages_freeze_values(county: Store) -> None:
    row = make_letters(county)[0]
    enter_all_manual(county, row.id, "self")
    with county.session() as s:
        assessment.submit_self(s, row.id, on=TODAY)
    with county.session() as s, pytest.raises(KnownError) as caught:
        assessment.enter(s, service.targets(s, row.id)[0].id, stage="self", value=99, on=TODAY)
    assert caught.value.code == "assessment_self_closed"
    with county.session() as s, pytest.raises(KnownError) as caught:
        assessment.verify(s, row.id, on=TODAY)
    assert caught.value.code == "assessment_missing"
    assert "质量月等宣传活动" in caught.value.message()
    enter_all_manual(county, row.id, "verified")
    with county.session() as s:
        assessment.verify(s, row.id, on=TODAY)
    before = scores(county)["城关镇"].verified_total
    # new data after verification does not move the verified numbers
    with county.session() as s:
        e = s.exec(select(Enterprise).where(Enterprise.name == "城关食品厂")).one()
        s.add(Certification(enterprise_id=e.id, kind="iso14001", number="9", issued_on="2025-12-01"))
    assert scores(county)["城关镇"].verified_total == before
    with county.session() as s, pytest.raises(KnownError) as caught:
        assessment.publish(s, 2025, on=TODAY)
    assert caught.value.code == "assessment_not_verified"
    assert "河口镇" in caught.value.message()


def test_publish_then_nothing_changes(county: Store) -> None:
    rows = make_letters(county)
    for row in rows:
        enter_all_manual(county, row.id, "verified")
        with county.session() as s:
            for t in service.targets(s, row.id):
                if scores_value_missing(s, row.id, t.id):
                    assessment.enter(s, t.id, stage="verified", value=0, comment="无数据", on=TODAY)
            assessment.verify(s, row.id, on=TODAY)
    with county.session() as s:
        assert assessment.publish(s, 2025, on=TODAY) == 3
    with county.session() as s, pytest.raises(KnownError) as caught:
        assessment.enter(s, service.targets(s, rows[0].id)[0].id, stage="verified", value=1, on=TODAY)
    assert caught.value.code == "assessment_published"
    with county.session() as s:
        assessment.reopen(s, rows[0].id, reason="复核")
        assert service.letter(s, rows[0].id).stage == "verified"


def scores_value_missing(s: Any, letter_id: str, target_id: str) -> bool:
    row = service.letter(s, letter_id)
    line = next(t for t in assessment.sheet(s, row.year, today=TODAY, ids=[letter_id])[0].targets
                if t.target_id == target_id)
    return line.verified_value is None


def test_cutoff_limits_the_data(county: Store) -> None:
    make_letters(county)
    with county.session() as s:
        assert assessment.set_cutoff(s, 2025, "2025-04-30") == 3
    town = {t.metric: t for t in scores(county)["城关镇"].targets}
    assert town["产品质量监督抽查合格率"].computed == measures.Measure(75.0, 3, 4)
    with county.session() as s, pytest.raises(KnownError):
        assessment.set_cutoff(s, 2025, "30.04.2025")


def test_progress_lights_during_the_year(county: Store) -> None:
    make_letters(county, 2025)
    with county.read() as s:
        june = {p.unit: p for p in assessment.progress(s, 2025, today=date(2025, 6, 30))}
        july = {p.unit: p for p in assessment.progress(s, 2025, today=date(2025, 7, 2))}
        late = {p.unit: p for p in assessment.progress(s, 2025, today=date(2026, 1, 5))}

    def line(when: dict[str, assessment.UnitProgress], unit: str, metric: str) -> assessment.TargetProgress:
        return next(t for t in when[unit].targets if t.metric == metric)

    iso = "新增质量管理体系等认证"
    # two ISO certificates a year: in June not one is due yet (grey); from 2 July one is, and 城关镇 has one
    assert line(june, "城关镇", iso).expected is None
    assert line(june, "城关镇", iso).light == "grey"
    assert line(july, "城关镇", iso).expected == 1
    assert line(july, "城关镇", iso).light == "green"
    assert line(july, "河口镇", iso).light == "red"  # none yet
    # rates are due all year: 城关镇's 66.67 % pass rate is red already in June
    assert line(june, "城关镇", "产品质量监督抽查合格率").light == "red"
    assert line(june, "柳林乡", "产品质量监督抽查合格率").light == "grey"  # no samples: nothing to judge
    # after the deadlines, an unreported task counts as missed
    assert line(june, "城关镇", "质量工作机构与专人落实").light == "red"  # due 03-31, nothing entered
    assert line(late, "城关镇", "配合开展监督抽查和后处理").light == "red"
    assert late["城关镇"].light == "red"
    assert late["城关镇"].share is not None


def test_metric_catalogue(county: Store) -> None:
    with county.session() as s:
        assert service.ensure_metrics(s) == 12
        assert service.ensure_metrics(s) == 0
        added = service.save_metric(s, service.MetricInput("complaints", "质量投诉", "起", direction="lower",
                                                           floor=5))
        with pytest.raises(KnownError) as caught:
            service.save_metric(s, service.MetricInput("complaints", "重复", "起"))
        assert caught.value.code == "letter_metric_code_taken"
        with pytest.raises(KnownError) as caught:
            service.save_metric(s, service.MetricInput("x", "未知来源", source="weather"))
        assert caught.value.code == "letter_metric_source"
        service.delete_metric(s, added.id)
        assert "complaints" not in {m.code for m in service.metrics(s)}
