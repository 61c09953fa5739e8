"""奖励资金 through the service: money in 分 read exactly, budgets, the balance, overdraw refused or confirmed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import col, select

from qsupervise.errors import KnownError
from qsupervise.models import (
    AuditEntry,
    AwardApplication,
    AwardProgram,
    Brand,
    Enterprise,
    RewardFund,
    RewardPayment,
)
from qsupervise.services import certifications, checks, org, reward_fund
from qsupervise.services.certifications import CertificationInput
from qsupervise.services.reward_fund import parse_yuan, yuan
from qsupervise.store import Store


def enterprise(store: Store, name: str, uscc: str | None = None) -> str:
    with store.session() as s:
        e = Enterprise(name=name, township_id=org.resolve(s, "城关镇").id, uscc=uscc)
        s.add(e)
        s.flush()
        return e.id


def cert(store: Store, holder: str, number: str, *, eligible: bool = True) -> str:
    with store.session() as s:
        return certifications.save(s, CertificationInput(enterprise_id=holder, kind="iso14001", number=number,
                                                         reward_eligible=eligible)).id


def award(store: Store, holder: str, state: str = "awarded") -> str:
    with store.session() as s:
        program = AwardProgram(kind="quality_award", name="县长质量奖", level="county", year=2026, scored=True)
        s.add(program)
        s.flush()
        app = AwardApplication(program_id=program.id, enterprise_id=holder, state=state)
        s.add(app)
        s.flush()
        return app.id


def brand(store: Store, holder: str, status: str = "valid") -> str:
    with store.session() as s:
        b = Brand(enterprise_id=holder, kind="famous_brand", title="市名牌产品", product_name="青溪绿茶",
                  granted_on="2025-12-01", expires_on="2028-12-01", status=status)
        s.add(b)
        s.flush()
        return b.id


def code_of(call: object) -> str:
    assert isinstance(call, pytest.ExceptionInfo)
    return str(call.value.code)


@pytest.mark.parametrize(("typed", "fen"), [
    ("40000", 4_000_000), ("40,000", 4_000_000), ("40000.50", 4_000_050), ("40,000.5", 4_000_050),
    ("4万", 4_000_000), ("4.5万元", 4_500_000), ("４００００元", 4_000_000), ("¥1,000.01", 100_001),
    ("0.01", 1), (".5", 50), ("1.00005万", 1_000_050), ("１２３４．５６", 123_456), (40000, 4_000_000),
])
def test_money_is_read_exactly(typed: str | int, fen: int) -> None:
    assert parse_yuan(typed) == fen


def test_money_never_goes_through_float() -> None:
    assert parse_yuan("0.1") + parse_yuan("0.2") == parse_yuan("0.3") == 30
    assert sum(parse_yuan("0.1") for _ in range(10)) == parse_yuan("1") == 100
    assert parse_yuan("9999999999.99") == 999_999_999_999  # a double would have lost the last 分 long before
    assert parse_yuan("0", allow_zero=True) == 0
    assert yuan(4_000_050) == "40,000.50"
    assert yuan(-1) == "-0.01"
    assert yuan(0) == "0.00"
    for bad in ("", "四万", "1.001", "-5", "0", "1e5", "4万万", "1,2,3.4.5", "nan", "inf", True, "1.0000001万"):
        with pytest.raises(KnownError) as refused:
            parse_yuan(bad)  # type: ignore[arg-type]
        assert refused.value.code == "fund_money_format", bad


def test_budget_balance_and_overdraw(store: Store) -> None:
    holder = enterprise(store, "甲公司")
    subject = award(store, holder)
    with store.session() as s:
        with pytest.raises(KnownError) as refused:
            reward_fund.pay(s, subject_kind="award", subject_id=subject, amount_fen=100, paid_on="2026-03-01")
        assert refused.value.code == "fund_no_budget"
        state = reward_fund.set_budget(s, year=2026, budget_fen=parse_yuan("10万"), document_no="青政办〔2026〕1号")
    assert (state.budget_fen, state.paid_fen, state.remaining_fen, state.payments) == (10_000_000, 0, 10_000_000, 0)
    with store.session() as s:
        first = reward_fund.pay(s, subject_kind="award", subject_id=subject, amount_fen=parse_yuan("60,000.10"),
                                paid_on=date(2026, 3, 1), document_no="青质强办〔2026〕3号")
        assert first.fund_id is not None
        assert first.fund_year == 2026
        assert first.enterprise_id == holder
        reward_fund.pay(s, subject_kind="award", subject_id=subject, amount_fen=parse_yuan("39999.90"),
                        paid_on="2026-04-01")
    with store.read() as s:
        state = reward_fund.balance(s, 2026)
    assert (state.paid_fen, state.remaining_fen, state.payments, state.overdrawn) == (10_000_000, 0, 2, False)
    with store.session() as s:
        with pytest.raises(KnownError) as refused:
            reward_fund.pay(s, subject_kind="award", subject_id=subject, amount_fen=1, paid_on="2026-05-01")
    assert refused.value.code == "fund_overdrawn"
    assert refused.value.params == {"year": "2026", "budget": "100,000.00", "paid": "100,000.00",
                                    "remaining": "0.00", "asked": "0.01", "budget_fen": "10000000",
                                    "paid_fen": "10000000", "remaining_fen": "0", "asked_fen": "1"}
    assert "预算 100,000.00 元" in refused.value.message()
    assert "余额 0.00 元" in refused.value.message()
    with store.session() as s:
        with pytest.raises(KnownError) as refused:
            reward_fund.pay(s, subject_kind="award", subject_id=subject, amount_fen=1, paid_on="2026-05-01",
                            confirm_overdraw=True, reason="  ")
        assert refused.value.code == "fund_reason_needed"
        extra = reward_fund.pay(s, subject_kind="award", subject_id=subject, amount_fen=500_000, paid_on="2026-05-01",
                                confirm_overdraw=True, reason="县政府常务会议纪要〔2026〕5号同意追加", note="追加")
    assert extra.note == f"{reward_fund.OVERDRAW_MARK}：县政府常务会议纪要〔2026〕5号同意追加\n追加"
    assert reward_fund.is_confirmed(extra.note)
    with store.read() as s:
        state = reward_fund.balance(s, 2026)
        entry = s.exec(select(AuditEntry).where(AuditEntry.target == extra.id)).one()
    assert (state.remaining_fen, state.overdrawn) == (-500_000, True)
    assert entry.action == "fund.payment"
    assert "县政府常务会议纪要" in entry.detail
    assert '"reason"' in entry.detail
    assert checks.check(store).ok


def test_no_budget_confirmed_and_budget_set_later_links_it(store: Store) -> None:
    holder = enterprise(store, "乙公司")
    subject = brand(store, holder)
    with store.session() as s:
        reward_fund.set_budget(s, year=2025, budget_fen=100)  # the county keeps a fund, not for 2027
        paid = reward_fund.pay(s, subject_kind="brand", subject_id=subject, amount_fen=300_000, paid_on="2027-01-10",
                               confirm_overdraw=True, reason="预算未下达，先行垫付")
    assert paid.fund_id is None
    assert paid.note.startswith(reward_fund.NO_BUDGET_MARK)
    with store.session() as s:
        state = reward_fund.set_budget(s, year=2027, budget_fen=1_000_000)
    with store.read() as s:
        assert s.get(RewardPayment, paid.id).fund_id == state.fund_id  # type: ignore[union-attr]
        assert [f.year for f in reward_fund.years(s)] == [2025, 2027]
    assert (state.paid_fen, state.remaining_fen) == (300_000, 700_000)
    with store.session() as s:
        with pytest.raises(KnownError) as refused:
            reward_fund.set_budget(s, year=2027, budget_fen=200_000)
        assert refused.value.code == "fund_budget_below_paid"
        again = reward_fund.set_budget(s, year=2027, budget_fen=2_000_000, document_no="青财〔2027〕2号")
        funds = s.exec(select(RewardFund).where(RewardFund.year == 2027)).all()
    assert len(funds) == 1
    assert again.budget_fen == 2_000_000
    assert again.document_no == "青财〔2027〕2号"
    with store.session() as s:  # cut below what was paid: only confirmed, and the fund's note keeps why
        cut = reward_fund.set_budget(s, year=2027, budget_fen=100_000, confirm_overdraw=True, reason="预算调减")
        fund = reward_fund.fund_of(s, 2027)
        assert fund is not None
        note = fund.note
    assert cut.overdrawn
    assert cut.remaining_fen == -200_000
    assert f"{reward_fund.OVERDRAW_MARK}：预算调减" in note


def test_subjects_are_checked(store: Store) -> None:
    holder, other = enterprise(store, "丙公司"), enterprise(store, "丁公司")
    pending, revoked = award(store, holder, state="publicity"), brand(store, holder, status="revoked")
    plain = cert(store, holder, "E1", eligible=False)
    good, won = brand(store, holder), award(store, holder)
    with store.session() as s:
        reward_fund.set_budget(s, year=2026, budget_fen=10_000_000)
        cases = [
            (dict(subject_kind="prize", subject_id="x"), "fund_subject_kind"),
            (dict(subject_kind="award", subject_id="nope"), "fund_subject_unknown"),
            (dict(subject_kind="award", subject_id=pending), "fund_award_not_awarded"),
            (dict(subject_kind="brand", subject_id=revoked), "fund_brand_revoked"),
            (dict(subject_kind="certification", subject_id=plain), "cert_not_reward_eligible"),
            (dict(subject_kind="brand", subject_id=good, enterprise_id=other),
             "fund_subject_enterprise"),
            (dict(subject_kind="brand", subject_id=good, amount_fen=0), "payment_amount"),
            (dict(subject_kind="brand", subject_id=good, paid_on="2026-02-30"), "date_format"),
            (dict(subject_kind="brand", subject_id=good, fund_year=26), "payment_fund_year"),
        ]
        for given, expected in cases:
            values = {"amount_fen": 100, "paid_on": "2026-02-01", **given}
            with pytest.raises(KnownError) as refused:
                reward_fund.pay(s, **values)  # type: ignore[arg-type]
            assert refused.value.code == expected, given
        assert reward_fund.subject(s, "award", won).label == "2026年县长质量奖"
        assert reward_fund.subject(s, "brand", good).label == "市名牌产品（青溪绿茶）"


def test_certification_payments_draw_on_the_fund(store: Store) -> None:
    holder = enterprise(store, "戊公司")
    rewarded = cert(store, holder, "E2")
    with store.session() as s:  # no fund kept at all: recorded outside any ledger, as before the fund existed
        before = certifications.record_payment(s, cert_id=rewarded, amount_fen=100, paid_on="2026-01-05",
                                               fund_year=2026)
    assert before.fund_id is None
    with store.session() as s:
        state = reward_fund.set_budget(s, year=2026, budget_fen=2_000_000)
        assert s.get(RewardPayment, before.id).fund_id == state.fund_id  # type: ignore[union-attr]
        paid = certifications.record_payment(s, cert_id=rewarded, amount_fen=1_999_900, paid_on="2026-03-01",
                                             fund_year=2026, document_no="青质强办〔2026〕3号")
        assert paid.fund_id == state.fund_id
        with pytest.raises(KnownError) as refused:
            certifications.record_payment(s, cert_id=rewarded, amount_fen=1, paid_on="2026-03-02", fund_year=2026)
        assert refused.value.code == "fund_overdrawn"
        with pytest.raises(KnownError) as refused:  # the county keeps a fund now: a year without one is refused
            certifications.record_payment(s, cert_id=rewarded, amount_fen=1, paid_on="2027-03-02", fund_year=2027)
        assert refused.value.code == "fund_no_budget"
        confirmed = certifications.record_payment(s, cert_id=rewarded, amount_fen=1, paid_on="2026-03-03",
                                                  fund_year=2026, confirm_overdraw=True, reason="尾差")
    assert confirmed.note.startswith(reward_fund.OVERDRAW_MARK)
    with store.read() as s:
        book = reward_fund.ledger(s, 2026)
        actions = [a.action for a in s.exec(select(AuditEntry).order_by(col(AuditEntry.seq)))]
    assert [e.amount_fen for e in book.entries] == [100, 1_999_900, 1]
    assert [e.balance_fen for e in book.entries] == [1_999_900, 0, -1]
    assert book.entries[1].subject == "ISO 14001 环境管理体系认证 E2"
    assert book.entries[0].enterprise == "戊公司"
    assert book.entries[0].subject_kind == "certification"
    assert actions.count("fund.payment") == 3
    assert actions.count("certification.payment") == 3
    assert "fund.budget" in actions
