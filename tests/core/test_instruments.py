"""Instruments under compulsory verification: due dates, overdue, checked input, and both rates counted by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import select

from qsupervise.models import Enterprise, Instrument, OrgUnit
from qsupervise.rules import instruments as rules
from qsupervise.services import instruments
from qsupervise.services.enterprises import InvalidInput
from qsupervise.store import Store

TODAY = date(2026, 6, 30)


# -- rules ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verified", "months", "due"),
    [
        (date(2025, 6, 30), 12, date(2026, 6, 30)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # month end, common year: clamped
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # leap day, a year on
        (date(2024, 2, 29), 48, date(2028, 2, 29)),  # leap day, four years on
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 12, 15), 24, date(2027, 12, 15)),
    ],
)
def test_due_date_adds_calendar_months(verified: date, months: int, due: date) -> None:
    assert rules.due_date(verified, months) == due


def test_overdue_starts_the_day_after_the_due_date() -> None:
    due = date(2026, 2, 28)
    assert not rules.is_overdue(due, date(2026, 2, 27))
    assert not rules.is_overdue(due, due)  # the last verification is exactly one cycle old: still in cycle
    assert rules.is_overdue(due, date(2026, 3, 1))
    assert not rules.is_overdue(None, TODAY)
    verified = date(2025, 2, 28)
    assert rules.in_cycle(True, verified, due, None, due)
    assert not rules.in_cycle(True, verified, due, None, date(2026, 3, 1))


def test_leap_day_verification_is_due_on_the_28th() -> None:
    due = rules.due_date(date(2024, 2, 29), 12)
    assert rules.status(date(2024, 2, 29), due, "pass", date(2025, 2, 28)) == rules.DUE_SOON
    assert rules.status(date(2024, 2, 29), due, "pass", date(2025, 3, 1)) == rules.OVERDUE


def test_in_cycle_needs_registration_a_pass_and_a_past_date() -> None:
    v, d = date(2026, 1, 10), date(2027, 1, 10)
    assert rules.in_cycle(True, v, d, "pass", TODAY)
    assert rules.in_cycle(True, v, d, None, TODAY)  # no result recorded: the certificate is the evidence
    assert not rules.in_cycle(True, v, d, "fail", TODAY)
    assert not rules.in_cycle(False, v, d, "pass", TODAY)
    assert not rules.in_cycle(True, v, d, "pass", date(2026, 1, 9))  # verified after the day asked
    assert not rules.in_cycle(True, None, None, None, TODAY)


def test_status_of_one_instrument() -> None:
    assert rules.status(None, None, None, TODAY) == rules.UNVERIFIED
    assert rules.status(date(2026, 1, 1), date(2026, 7, 30), "pass", TODAY) == rules.DUE_SOON
    assert rules.status(date(2026, 1, 1), date(2026, 7, 31), "pass", TODAY) == rules.OK
    assert rules.status(date(2026, 1, 1), date(2027, 1, 1), "fail", TODAY) == rules.FAILED
    assert rules.status(None, date(2026, 6, 1), None, TODAY) == rules.OVERDUE  # a first verification never done


def test_labels_and_parsing() -> None:
    assert [rules.category_label(c) for c in rules.CATEGORIES] == ["贸易结算", "安全防护", "医疗卫生", "环境监测"]
    assert rules.category_label("medical", "en") == "medical and health"
    for typed, code in (("贸易结算", "trade"), (" 环境监测 ", "environment"), ("Safety", "safety"),
                        ("医疗", "medical"), ("safety protection", "safety")):
        assert rules.parse_category(typed) == code, typed
    assert rules.parse_category("计量") is None
    assert rules.parse_result("合格") == "pass"
    assert rules.parse_result(" 不合格 ") == "fail"
    assert rules.parse_result("") is None
    with pytest.raises(ValueError):
        rules.parse_result("待定")
    assert rules.result_label("fail") == "不合格"


def test_tally_rates() -> None:
    t = rules.Tally(10, 9, 6, 2)
    assert t.registration_rate == 0.9
    assert t.verification_rate == 6 / 9
    assert rules.Tally().registration_rate is None
    assert rules.Tally().verification_rate is None
    assert t + rules.Tally(1, 1, 1, 0) == rules.Tally(11, 10, 7, 2)


# -- saving ----------------------------------------------------------------------------------------------------


def towns(store: Store) -> dict[str, str]:
    with store.read() as s:
        return {u.name: u.id for u in s.exec(select(OrgUnit).where(OrgUnit.kind == "township"))}


def enterprise(store: Store, township: str, name: str, **kw: Any) -> str:
    with store.session() as s:
        e = Enterprise(name=name, township_id=towns(store)[township], **kw)
        s.add(e)
        s.flush()
        return e.id


def add(store: Store, enterprise_id: str, name: str = "电子计价秤", **kw: Any) -> Instrument:
    with store.session() as s:
        found, _warnings = instruments.save(s, data=instruments.InstrumentInput(enterprise_id, name, **kw), today=TODAY)
        s.expunge(found)
        return found


def problems_of(store: Store, data: instruments.InstrumentInput) -> list[tuple[str, str, str]]:
    with store.session() as s, pytest.raises(InvalidInput) as info:
        instruments.save(s, data=data, today=TODAY)
    return [(p.field, p.code, p.severity) for p in info.value.problems]


def test_save_computes_the_due_date_and_tidies_numbers(store: Store) -> None:
    shop = enterprise(store, "城关镇", "城关副食店")
    saved = add(store, shop, " 电子计价秤 ", serial=" ＡＢ２０２４ ００１ ", certificate_no="JD2026-0001 ",
                use_category="贸易结算", verified_on="2026-01-31", cycle_months=1, result="合格")
    assert saved.name == "电子计价秤"
    assert saved.serial == "AB2024 001"
    assert saved.certificate_no == "JD2026-0001"
    assert saved.use_category == "trade"
    assert (saved.verified_on, saved.due_on, saved.result) == ("2026-01-31", "2026-02-28", "pass")
    with store.read() as s:
        assert [i.id for i in instruments.of_enterprise(s, shop)] == [saved.id]


def test_bad_input_is_refused_with_every_problem(store: Store) -> None:
    shop = enterprise(store, "城关镇", "城关副食店")
    bad = instruments.InstrumentInput(shop, "  ", use_category="计量", cycle_months=0, verified_on="2026-13-01",
                                      result="待定")
    assert problems_of(store, bad) == [
        ("name", "missing_field", "error"),
        ("use_category", "instrument_category", "error"),
        ("cycle_months", "instrument_cycle", "error"),
        ("result", "instrument_result", "error"),
        ("verified_on", "instrument_date", "error"),
    ]
    early = instruments.InstrumentInput(shop, "压力表", verified_on="2026-03-01", due_on="2026-02-28")
    assert problems_of(store, early) == [("due_on", "instrument_due_before_verified", "error")]
    future = instruments.InstrumentInput(shop, "压力表", verified_on="2026-07-01")
    assert problems_of(store, future) == [("verified_on", "instrument_verified_future", "error")]
    undated = instruments.InstrumentInput(shop, "压力表", result="合格")
    assert problems_of(store, undated) == [("verified_on", "instrument_result_undated", "error")]
    nobody = instruments.InstrumentInput("no-such-id", "压力表")
    assert problems_of(store, nobody) == [("enterprise_id", "instrument_enterprise_unknown", "error")]
    with store.read() as s:
        assert s.exec(select(Instrument)).all() == []


def test_warnings_are_returned_not_raised(store: Store) -> None:
    shop = enterprise(store, "城关镇", "城关副食店")
    add(store, shop, serial="A1")
    with store.session() as s:
        data = instruments.InstrumentInput(shop, "电子计价秤", serial="A1", verified_on="2026-01-10",
                                           due_on="2027-06-30")
        _saved, warnings = instruments.save(s, data=data, today=TODAY)
    assert sorted(p.code for p in warnings) == ["instrument_due_beyond_cycle", "instrument_serial_taken"]


def test_update_and_soft_delete(store: Store) -> None:
    shop = enterprise(store, "城关镇", "城关副食店")
    saved = add(store, shop, verified_on="2025-05-01")
    with store.session() as s:
        data = instruments.input_from(instruments.get(s, saved.id))
        data = instruments.InstrumentInput(**{**data.__dict__, "verified_on": "2026-05-02", "due_on": None})
        updated, _ = instruments.save(s, data=data, instrument_id=saved.id, today=TODAY)
        assert updated.due_on == "2027-05-02"
    with store.session() as s:
        changes = instruments.set_deleted(s, instrument_id=saved.id, deleted=True)
    assert changes.touches("instrument")
    with store.read() as s:
        assert instruments.of_enterprise(s, shop) == []
        assert len(instruments.of_enterprise(s, shop, include_deleted=True)) == 1


# -- rates and the overdue list, counted by hand -----------------------------------------------------------------


@pytest.fixture
def county(store: Store) -> Store:
    """城关镇: 10 instruments; 河口镇: 4; 柳林乡: none. See the comments for what each one counts as on TODAY."""
    a = enterprise(store, "城关镇", "城关加油站")
    b = enterprise(store, "城关镇", "城关诊所")
    gone = enterprise(store, "城关镇", "已注销的店", status="cancelled")
    c = enterprise(store, "河口镇", "河口农贸市场")
    ok = {"verified_on": "2025-07-01", "result": "合格"}  # due 2026-07-01: in cycle
    add(store, a, "加油机", serial="1", **ok)  # registered, in cycle
    add(store, a, "加油机", serial="2", **ok)  # registered, in cycle
    add(store, a, "加油机", serial="3", verified_on="2025-06-30")  # due 2026-06-30 = TODAY: still in cycle
    add(store, a, "加油机", serial="4", verified_on="2025-06-29")  # due yesterday: overdue
    add(store, a, "加油机", serial="5", verified_on="2025-03-01", cycle_months=6)  # overdue since 2025-09-01
    add(store, b, "血压计", use_category="医疗卫生", verified_on="2026-01-05", result="不合格")  # failed
    add(store, b, "血压计", use_category="医疗卫生", serial="7")  # registered, never verified
    add(store, b, "血压计", use_category="医疗卫生", registered=False, **ok)  # not registered though verified
    add(store, b, "体温计", use_category="医疗卫生", registered=False)  # not registered
    add(store, b, "压力表", use_category="安全防护", **ok)  # registered, in cycle
    add(store, gone, "电子秤", verified_on="2020-01-01")  # its enterprise is cancelled: counts nowhere
    deleted = add(store, b, "旧血压计", verified_on="2020-01-01")  # soft-deleted: counts nowhere
    with store.session() as s:
        instruments.set_deleted(s, instrument_id=deleted.id, deleted=True)
    add(store, c, "电子计价秤", serial="c1", **ok)  # in cycle
    add(store, c, "电子计价秤", serial="c2", **ok)  # in cycle
    add(store, c, "电子计价秤", serial="c3", verified_on="2025-01-15", due_on="2025-12-31")  # overdue
    add(store, c, "电子汽车衡", registered=False, verified_on="2026-03-01")  # unregistered
    return store


def test_rates_by_hand(county: Store) -> None:
    with county.read() as s:
        found = instruments.rates(s, TODAY)
    by_name = {t.name: t for t in found.townships}
    assert list(by_name) == ["城关镇", "河口镇", "柳林乡"]
    assert by_name["城关镇"].tally == rules.Tally(listed=10, registered=8, verified_in_cycle=4, overdue=2)
    assert by_name["河口镇"].tally == rules.Tally(listed=4, registered=3, verified_in_cycle=2, overdue=1)
    assert by_name["柳林乡"].tally == rules.Tally()
    assert by_name["城关镇"].registration_rate == 0.8
    assert by_name["城关镇"].verification_rate == 0.5
    assert by_name["柳林乡"].registration_rate is None
    assert found.county == rules.Tally(14, 11, 6, 3)
    assert found.below_target() == (2, 2)


def test_the_sql_agrees_with_the_rules_on_any_day(county: Store) -> None:
    with county.read() as s:
        live = s.exec(select(Instrument, Enterprise).join(Enterprise).where(
            Instrument.deleted_at == None, Enterprise.status == "active")).all()  # noqa: E711
        for today in (date(2025, 6, 30), date(2025, 9, 1), date(2026, 1, 1), TODAY, date(2026, 7, 1),
                      date(2026, 7, 2), date(2030, 1, 1)):
            expected: dict[str, rules.Tally] = {}
            for i, e in live:
                one = rules.tally(i.registered, _d(i.verified_on), _d(i.due_on), i.result, today)
                expected[e.township_id] = expected.get(e.township_id, rules.Tally()) + one
            assert instruments.tallies(s, today) == expected, today


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def test_overdue_list_longest_first(county: Store) -> None:
    with county.read() as s:
        rows = instruments.overdue(s, TODAY)
        assert [(r.enterprise_name, r.serial, r.due_on, r.days_overdue) for r in rows] == [
            ("城关加油站", "5", "2025-09-01", 302),
            ("河口农贸市场", "c3", "2025-12-31", 181),
            ("城关加油站", "4", "2026-06-29", 1),
        ]
        assert {r.status for r in rows} == {rules.OVERDUE}
        hekou = towns(county)["河口镇"]
        assert [r.serial for r in instruments.overdue(s, TODAY, township_id=hekou)] == ["c3"]
        assert [r.serial for r in instruments.overdue(s, TODAY, limit=1)] == ["5"]
        assert instruments.count(s, TODAY, overdue_only=True) == 3
        assert instruments.count(s, TODAY) == 14
        assert instruments.count(s, TODAY, township_id=hekou) == 4
        listed = instruments.listing(s, TODAY, limit=100)
        assert len(listed) == 14
        assert {r.status for r in listed} == {rules.OK, rules.DUE_SOON, rules.OVERDUE, rules.FAILED, rules.UNVERIFIED}
