"""The eligibility pre-check: every condition passes on a clean record and fails on its own fixture; overrides
are recorded with a reason, needed at submission, and withdrawn without being deleted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlmodel import Session, select

from qsupervise.errors import KnownError
from qsupervise.models import (
    AuditEntry,
    AwardApplication,
    Brand,
    Certification,
    CreditListEntry,
    EligibilityOverride,
    Enterprise,
    OrgUnit,
    SpotCheck,
    SpotCheckPlan,
)
from qsupervise.services import awards, credit
from qsupervise.store import Store

TODAY = date(2026, 6, 30)
ALL_ON = {"operating_years": {"min_years": 3}, "iso9001": {"on": True},
          "spot_checks": {"years": 3, "level": "fail"}, "credit_list": {"abnormal_operation": True},
          "credit_grade": {"on": True, "min_grade": "B"}, "recent_winner": {"years": 3}}


def clean_firm(s: Session, name: str = "合格示范有限公司") -> Enterprise:
    """Founded 2015, ISO 9001 in force, nothing else on record."""
    town = s.exec(select(OrgUnit).where(OrgUnit.kind == "township")).first()
    assert town is not None
    firm = Enterprise(name=name, township_id=town.id, founded_on="2015-04-01")
    s.add(firm)
    s.flush()
    s.add(Certification(enterprise_id=firm.id, kind="iso9001", number="00125Q30001R1M", issued_on="2024-01-10",
                        expires_on="2027-01-09"))
    s.flush()
    return firm


def setup(store: Store, conditions: dict[str, Any] | None = None, *, kind: str = "famous_brand",
          **program: Any) -> tuple[str, str]:
    """(application id, enterprise id): a clean firm's draft to a programme with every condition on."""
    with store.session() as s:
        firm = clean_firm(s)
        values: dict[str, Any] = {"conditions": conditions or ALL_ON, **program}
        prog = awards.add_program(s, awards.ProgramInput.from_template(kind, name="2026 年度市名牌产品", year=2026,
                                                                       **values))
        app = awards.apply(s, awards.ApplicationInput(prog.id, firm.id, product_name="有机酱油"), today=TODAY)
        return app.id, firm.id


def check(store: Store, app_id: str, today: date = TODAY) -> dict[str, awards.ConditionResult]:
    with store.session() as s:
        return {r.code: r for r in awards.check_eligibility(s, app_id, today)}


def add_sample(s: Session, eid: str, *, verdict: str = "fail", sampled_on: str = "2025-05-10",
               as_producer: bool = False, **values: Any) -> None:
    plan = s.exec(select(SpotCheckPlan)).first()
    if plan is None:
        plan = SpotCheckPlan(plan_no="P-2025", year=2025, authority="测试县市场监督管理局")
        s.add(plan)
        s.flush()
    other = None
    if as_producer:
        other = Enterprise(name="经销商", township_id=s.get(Enterprise, eid).township_id)  # type: ignore[union-attr]
        s.add(other)
        s.flush()
    s.add(SpotCheck(plan_id=plan.id, enterprise_id=other.id if other else eid, producer_id=eid if other else None,
                    sampling="sampled", sample_no=f"CJ-{sampled_on}-{verdict}", product="酱油", verdict=verdict,
                    sampled_on=sampled_on, **values))
    s.flush()


def test_a_clean_record_passes_every_condition_with_evidence(store: Store) -> None:
    app_id, _eid = setup(store)
    results = check(store, app_id)
    assert list(results) == ["operating_years", "iso9001", "spot_checks", "credit_list", "credit_grade",
                             "recent_winner"]
    assert all(r.passed and not r.overridden for r in results.values())
    assert "2015-04-01" in results["operating_years"].evidence("zh")
    assert "00125Q30001R1M" in results["iso9001"].evidence("en")
    assert "2023-06-30" in results["spot_checks"].evidence("zh")
    assert "A" in results["credit_grade"].evidence("zh")
    for r in results.values():
        for lang in ("zh", "en"):
            assert r.evidence(lang)
            assert "{" not in r.evidence(lang)
            assert r.label(lang)
    with store.read() as s:
        app = s.get(AwardApplication, app_id)
        assert app is not None
        assert app.checked_on == "2026-06-30"
        checked_on, kept = awards.last_check(s, app_id)
    assert checked_on == "2026-06-30"
    assert [r.code for r in kept] == list(results)
    assert kept == list(results.values())


def test_conditions_switched_off_are_not_checked(store: Store) -> None:
    app_id, _eid = setup(store, {c: {"on": False} for c in ALL_ON})
    assert check(store, app_id) == {}


def _founded(value: str | None) -> Callable[[Session, str], None]:
    def change(s: Session, eid: str) -> None:
        firm = s.get(Enterprise, eid)
        assert firm is not None
        firm.founded_on = value
        s.add(firm)
    return change


def _certificate(**values: Any) -> Callable[[Session, str], None]:
    def change(s: Session, eid: str) -> None:
        cert = s.exec(select(Certification).where(Certification.enterprise_id == eid)).one()
        for name, value in values.items():
            setattr(cert, name, value)
        s.add(cert)
    return change


def _listed(kind: str, removed_on: str | None = None) -> Callable[[Session, str], None]:
    def change(s: Session, eid: str) -> None:
        s.add(CreditListEntry(enterprise_id=eid, list_kind=kind, listed_on="2026-01-05", removed_on=removed_on,
                              authority="测试县市场监督管理局", document_no="测失〔2026〕1号"))
    return change


def _sample(**values: Any) -> Callable[[Session, str], None]:
    def change(s: Session, eid: str) -> None:
        add_sample(s, eid, **values)
    return change


def _won(granted_on: str, *, level: str = "municipal", kind: str = "famous_brand",
         product: str = "有机酱油") -> Callable[[Session, str], None]:
    def change(s: Session, eid: str) -> None:
        s.add(Brand(enterprise_id=eid, kind=kind, title="市名牌产品", level=level, granted_on=granted_on,
                    product_name=product))
    return change


def _grade(letter: str) -> Callable[[Session, str], None]:
    def change(s: Session, eid: str) -> None:
        credit.override(s, eid, letter, "测试：人工调整", today=TODAY)
    return change


# (condition, change to the clean record, passes?, words in the Chinese evidence)
CASES: list[tuple[str, Callable[[Session, str], None], bool, str]] = [
    ("operating_years", _founded("2023-06-30"), True, "已满 3 年"),  # three years to the day
    ("operating_years", _founded("2023-07-01"), False, "2026-07-01 起满足"),
    ("operating_years", _founded(None), False, "未登记成立日期"),
    ("iso9001", _certificate(expires_on="2026-06-30"), True, "有效期至 2026-06-30"),  # the last day still holds
    ("iso9001", _certificate(expires_on="2026-06-29"), False, "过期"),
    ("iso9001", _certificate(status="suspended"), False, "暂停"),
    ("iso9001", _certificate(kind="iso14001"), False, "未登记 ISO 9001"),
    ("iso9001", _certificate(issued_on="2026-07-01"), False, "未登记 ISO 9001"),  # not issued yet on the day
    ("spot_checks", _sample(verdict="pass"), True, "无最终判定不合格"),
    ("spot_checks", _sample(), False, "CJ-2025-05-10-fail"),
    ("spot_checks", _sample(verdict="serious_fail"), False, "1 批次"),
    ("spot_checks", _sample(as_producer=True), False, "CJ-2025-05-10-fail"),  # as the labelled producer
    ("spot_checks", _sample(retest_verdict="pass"), True, "无最终判定不合格"),  # a passing 复检 is final
    ("spot_checks", _sample(sampled_on="2023-06-29"), True, "2023-06-30 起"),  # outside the three years
    ("spot_checks", _sample(sampled_on="2023-06-30"), False, "CJ-2023-06-30-fail"),
    ("credit_list", _listed("serious_dishonest"), False, "严重违法失信名单"),
    ("credit_list", _listed("serious_dishonest", removed_on="2026-03-01"), True, "未列入"),
    ("credit_list", _listed("abnormal_operation"), False, "经营异常名录"),
    ("credit_grade", _grade("B"), True, "要求 B 级及以上"),
    ("credit_grade", _grade("C"), False, "低于要求的 B 级"),
    ("recent_winner", _won("2023-06-30"), True, "未获同级"),  # three years ago to the day: may apply again
    ("recent_winner", _won("2023-07-01"), False, "2026-07-01 起方可再次申报"),
    ("recent_winner", _won("2025-01-01", level="provincial"), True, "未获同级"),
    ("recent_winner", _won("2025-01-01", kind="quality_award"), True, "未获同级"),
    ("recent_winner", _won("2025-01-01", product="生抽"), True, "未获同级"),  # another product
    ("recent_winner", _won("2025-01-01", product=""), False, "市名牌产品"),
]


@pytest.mark.parametrize(("code", "change", "passes", "words"), CASES)
def test_each_condition_passes_or_fails_on_the_record(store: Store, code: str,
                                                      change: Callable[[Session, str], None], passes: bool,
                                                      words: str) -> None:
    app_id, eid = setup(store)
    with store.session() as s:
        change(s, eid)
    results = check(store, app_id)
    assert results[code].passed is passes, results[code].evidence("zh")
    assert words in results[code].evidence("zh")
    assert "{" not in results[code].evidence("en")
    others = [r for c, r in results.items() if c != code and not (code == "credit_list" and c == "credit_grade")]
    assert all(r.passed for r in others), [r.evidence("zh") for r in others if not r.passed]


def test_spot_check_level_serious_lets_ordinary_fails_through(store: Store) -> None:
    app_id, eid = setup(store, {**ALL_ON, "spot_checks": {"years": 3, "level": "serious_fail"}})
    with store.session() as s:
        add_sample(s, eid)
    assert check(store, app_id)["spot_checks"].passed
    with store.session() as s:
        add_sample(s, eid, verdict="serious_fail", sampled_on="2026-01-02")
    found = check(store, app_id)["spot_checks"]
    assert not found.passed
    assert "严重不合格" in found.evidence("zh")


def test_list_only_serious_by_default(store: Store) -> None:
    app_id, eid = setup(store, {**ALL_ON, "credit_list": {"abnormal_operation": False}})
    with store.session() as s:
        _listed("abnormal_operation")(s, eid)
    assert check(store, app_id)["credit_list"].passed


def test_reapply_years_fall_back_to_the_programme(store: Store) -> None:
    app_id, eid = setup(store, {**ALL_ON, "recent_winner": {"years": None}}, kind="quality_award",
                        reapply_years=5)
    with store.session() as s:
        _won("2021-07-01", kind="quality_award")(s, eid)
    result = check(store, app_id)["recent_winner"]
    assert not result.passed
    assert "须满 5 年，2026-07-01 起" in result.evidence("zh")
    assert check(store, app_id, date(2026, 7, 1))["recent_winner"].passed


def test_no_reapply_limit_passes(store: Store) -> None:
    app_id, eid = setup(store, {**ALL_ON, "recent_winner": {"years": 0}})
    with store.session() as s:
        _won("2026-01-01")(s, eid)
    assert check(store, app_id)["recent_winner"].evidence_code == "award_ev_winner_unlimited"


# --- overrides and submission ---------------------------------------------------------------------------------


def test_submission_refused_until_a_failed_condition_is_overridden(store: Store) -> None:
    app_id, eid = setup(store)
    with store.session() as s:
        _founded("2024-01-01")(s, eid)
    with pytest.raises(KnownError) as refused, store.session() as s:
        awards.move(s, app_id, "submitted", on=TODAY)
    assert refused.value.code == "award_not_eligible"
    assert "经营年限" in refused.value.message("zh")
    assert "Years in operation" in refused.value.message("en")
    with pytest.raises(KnownError) as no_reason, store.session() as s:
        awards.override_condition(s, app_id, "operating_years", "  ", on=TODAY)
    assert no_reason.value.code == "award_override_reason"
    with store.session() as s:
        given = awards.override_condition(s, app_id, "operating_years", "由老厂改制，实际经营已逾十年", on=TODAY,
                                          actor="张三")
        override_id = given.id
    with store.read() as s:
        row = s.get(EligibilityOverride, override_id)
        assert row is not None
        assert (row.condition, row.decided_by, row.decided_on, row.withdrawn) == (
            "operating_years", "张三", "2026-06-30", False)
        _on, kept = awards.last_check(s, app_id)
        assert any(a.action == "award.override" for a in s.exec(select(AuditEntry)))
    result = next(r for r in kept if r.code == "operating_years")
    assert (result.passed, result.overridden, result.accepted) == (False, True, True)
    assert result.reason == "由老厂改制，实际经营已逾十年"
    with store.session() as s:
        moved = awards.move(s, app_id, "submitted", on=TODAY, comment="材料齐全")
    assert moved.to_state == "submitted"
    assert next(r for r in moved.results if r.code == "operating_years").overridden


def test_override_refusals(store: Store) -> None:
    app_id, eid = setup(store, {**ALL_ON, "credit_grade": {"on": False}})
    cases = [("nonsense", "award_condition_unknown"), ("credit_grade", "award_condition_off"),
             ("iso9001", "award_condition_passed")]
    for condition, code in cases:
        with pytest.raises(KnownError) as refused, store.session() as s:
            awards.override_condition(s, app_id, condition, "理由", on=TODAY)
        assert refused.value.code == code
    with store.session() as s:
        _certificate(status="revoked")(s, eid)
        awards.override_condition(s, app_id, "iso9001", "证书正在换发", on=TODAY)
    with pytest.raises(KnownError) as twice, store.session() as s:
        awards.override_condition(s, app_id, "iso9001", "再一次", on=TODAY)
    assert twice.value.code == "award_override_exists"


def test_withdrawing_an_override_keeps_it_and_submission_needs_it_again(store: Store) -> None:
    app_id, eid = setup(store)
    with store.session() as s:
        _sample()(s, eid)
        first = awards.override_condition(s, app_id, "spot_checks", "已整改并复查合格", on=TODAY).id
    with store.session() as s:
        withdrawn = awards.withdraw_override(s, first)
        assert withdrawn.withdrawn
    with pytest.raises(KnownError) as again, store.session() as s:
        awards.withdraw_override(s, first)
    assert again.value.code == "award_override_withdrawn"
    with store.read() as s:
        every = awards.overrides_of(s, app_id)
        assert [(o.id, o.withdrawn) for o in every] == [(first, True)]
        _on, kept = awards.last_check(s, app_id)
    assert not next(r for r in kept if r.code == "spot_checks").accepted
    with pytest.raises(KnownError) as refused, store.session() as s:
        awards.move(s, app_id, "submitted", on=TODAY)
    assert refused.value.code == "award_not_eligible"
    with store.session() as s:
        second = awards.override_condition(s, app_id, "spot_checks", "复检合格，报告见附件", on=TODAY).id
        awards.move(s, app_id, "submitted", on=TODAY)
    with store.read() as s:
        assert [(o.id, o.withdrawn) for o in awards.overrides_of(s, app_id)] == [(first, True), (second, False)]


def test_an_override_is_refused_once_the_application_is_decided(store: Store) -> None:
    app_id, eid = setup(store)
    with store.session() as s:
        awards.move(s, app_id, "withdrawn", on=TODAY)
        _founded(None)(s, eid)
    with pytest.raises(KnownError) as refused, store.session() as s:
        awards.override_condition(s, app_id, "operating_years", "理由", on=TODAY)
    assert refused.value.code == "award_application_final"
