"""The demo county: reproducible from seed, size and date; realistic; refuses to clobber data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from qsupervise.demo import DEFAULT_AS_OF, generate
from qsupervise.errors import KnownError
from qsupervise.models import Change, Enterprise, ExecutedStandard, OrgUnit, Product
from qsupervise.rules import uscc
from qsupervise.services import checks, dashboard
from qsupervise.store import Store
from tests.core import pg

OPENED: list[Store] = []  # the stores a test opened, closed after it (a server connection left open warns)


@pytest.fixture(autouse=True)
def _close_stores() -> Iterator[None]:
    yield
    while OPENED:
        OPENED.pop().close()


def fresh(path: str) -> Store:
    """A new database opened (closed after the test)."""
    OPENED.append(Store.open(path, create=True))
    return OPENED[-1]


def make(path: str, n: int = 400, seed: int = 3, as_of: date | None = None) -> Store:
    store = fresh(path)
    generate(store, enterprises=n, seed=seed, **({"as_of": as_of} if as_of else {}))
    return store


def snapshot(store: Store) -> list[tuple[object, ...]]:
    with store.read() as s:
        return [
            (e.id, e.name, e.uscc, e.township_id, e.legal_rep, e.industry_code, e.kind, e.status, e.created_at)
            for e in s.exec(select(Enterprise).order_by(Enterprise.id))
        ]


def test_same_seed_same_data(tmp_path: Path, new_db: pg.NewDb) -> None:
    a, b = make(new_db(tmp_path / "a.db")), make(new_db(tmp_path / "b.db"))
    c = make(new_db(tmp_path / "c.db"), seed=4)
    assert snapshot(a) == snapshot(b)
    assert snapshot(a) != snapshot(c)
    d = make(new_db(tmp_path / "d.db"), as_of=date(2025, 12, 31))
    assert snapshot(a) != snapshot(d)


def test_demo_is_realistic_and_consistent(tmp_path: Path, new_db: pg.NewDb) -> None:
    store = make(new_db(tmp_path / "demo.db"), n=1500)
    with store.read() as s:
        ents = s.exec(select(Enterprise)).all()
        townships = s.exec(select(OrgUnit).where(OrgUnit.kind == "township")).all()
        products = s.exec(select(Product)).all()
        stds = s.exec(select(ExecutedStandard)).all()
        summary = dashboard.summary(s)
    assert 15 <= len(townships) <= 20
    assert all(len(t.code or "") == 9 for t in townships)
    assert len(ents) == 1500
    assert len({e.uscc for e in ents}) == 1499  # one code registered by two townships: the duplicate to merge
    for e in ents:
        _code, problems = uscc.validate(e.uscc or "")
        if e.uscc_override:
            assert [p.code for p in problems] == ["uscc_checksum"]
        else:
            assert problems == [], e.uscc
    kinds = summary.by_kind
    assert kinds["individual"] > kinds["enterprise"] > kinds["coop"] > 0
    assert products
    assert all(s_.normalized and s_.kind != "unknown" for s_ in stds)
    assert summary.enterprises == 1500
    assert sum(t.enterprises for t in summary.by_township) == 1500
    assert checks.check(store).ok


def test_refuses_a_database_with_data(tmp_path: Path, new_db: pg.NewDb) -> None:
    store = make(new_db(tmp_path / "demo.db"), n=10)
    with pytest.raises(KnownError) as info:
        generate(store, enterprises=10, seed=1)
    assert info.value.code == "db_has_data"


def test_keeps_an_initialised_county(store: Store) -> None:
    generate(store, enterprises=200, seed=1)
    with store.read() as s:
        county = s.exec(select(OrgUnit).where(OrgUnit.kind == "county")).one()
        towns = {t.id for t in s.exec(select(OrgUnit).where(OrgUnit.kind == "township"))}
        used = {e.township_id for e in s.exec(select(Enterprise))}
    assert county.name == "测试县"
    assert used <= towns
    assert len(towns) == 3


def test_cancel_leaves_nothing(tmp_path: Path, new_db: pg.NewDb) -> None:
    store = fresh(new_db(tmp_path / "demo.db"))
    with pytest.raises(KnownError) as info:
        generate(store, enterprises=50_000, seed=1, cancel=lambda: True)
    assert info.value.code == "cancelled"
    assert not store.is_initialised()


def test_store_writes_after_demo_initialised_it(tmp_path: Path, new_db: pg.NewDb) -> None:
    store = fresh(new_db(tmp_path / "fresh.db"))
    assert not store.is_initialised()
    generate(store, enterprises=0, seed=1)
    with store.read() as s:
        town = s.exec(select(OrgUnit).where(OrgUnit.kind == "township")).first()
    assert town is not None
    with store.session() as s:  # the station found by the demo's own transaction is used
        s.add(Enterprise(name="演示后新增", township_id=town.id))
    assert checks.check(store).ok


@pytest.mark.slow
def test_demo_at_county_scale_is_consistent(tmp_path: Path, new_db: pg.NewDb) -> None:
    store = make(new_db(tmp_path / "big.db"), n=50_000, seed=11)
    report = checks.check(store)
    assert report.ok, [p.message() for p in report.problems]
    assert report.rows["enterprise"] == 50_000
    # every row of every synchronised table has exactly one insert record
    with store.read() as s:
        inserts = s.exec(select(func.count()).select_from(Change).where(Change.op == "insert")).one()
    assert inserts == sum(report.rows.values())


def test_demo_spot_checks_are_consistent_and_reproducible(tmp_path: Path, new_db: pg.NewDb) -> None:
    from qsupervise.models import RandomDraw, SpotCheck, TestItem
    from qsupervise.rules import followup, verdicts
    from qsupervise.services import draws, spotchecks

    store = make(new_db(tmp_path / "sc.db"), n=6000)
    as_of = DEFAULT_AS_OF
    with store.read() as s:
        checks = s.exec(select(SpotCheck)).all()
        records = s.exec(select(RandomDraw)).all()
        items: dict[str, list[TestItem]] = {}
        for item in s.exec(select(TestItem)):
            items.setdefault(item.spot_check_id, []).append(item)
        overdue = spotchecks.count_overdue(s, as_of)
    assert records
    assert all(draws.verify(r) for r in records)
    judged = [c for c in checks if c.verdict]
    assert len(judged) > 100
    for c in judged:
        assert c.verdict == verdicts.derive((i.verdict, i.importance) for i in items[c.id])
    failing = [c for c in judged if verdicts.is_failing(c.verdict)]
    assert 0.03 < len(failing) / len(judged) < 0.15
    assert any(c.verdict == "serious_fail" for c in failing)
    assert any(c.closed_on for c in failing)
    assert overdue == sum(1 for c in failing if (st := followup.next_step(c.model_dump(), as_of)) and st.overdue(as_of))
    for c in failing:  # the steps happened in order and never after the demo's date
        dated = [getattr(c, col) for col in ("notice_served_on", "correction_ordered_on", "recheck_on", "closed_on")]
        present = [d for d in dated if d]
        assert present == sorted(present)
        assert all(d <= as_of.isoformat() for d in present)
        assert (followup.next_step(c.model_dump(), as_of) is None) == bool(c.closed_on)
    assert any(c.producer_id is None and c.producer_name for c in checks)  # producers outside the county
    assert any(c.sampling == "pending" for c in checks)  # this year's samples still to take
    again = make(new_db(tmp_path / "sc2.db"), n=6000)
    with again.read() as s:
        assert [(c.id, c.verdict, c.closed_on) for c in s.exec(select(SpotCheck).order_by(SpotCheck.id))] == sorted(
            [(c.id, c.verdict, c.closed_on) for c in checks])


# -- issue 5: certificates, instruments, credit -------------------------------------------------------------------


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory, new_db: pg.NewDb) -> Iterator[Store]:
    with Store.open(new_db(tmp_path_factory.mktemp("issue5") / "county.db"), create=True) as store:
        generate(store, enterprises=6000, seed=7)
        yield store


def rows_of(store: Store, model: type, *columns: str) -> list[tuple[object, ...]]:
    with store.read() as s:
        found = s.exec(select(model).order_by(model.id)).all()  # type: ignore[attr-defined]
        return [tuple(getattr(r, c) for c in columns) for r in found]


def test_issue5_data_is_reproducible(tmp_path: Path, new_db: pg.NewDb) -> None:
    from qsupervise.models import Certification, CreditGrade, CreditListEntry, Instrument, Penalty, RewardPayment

    a, b = make(new_db(tmp_path / "a.db"), n=2500, seed=9), make(new_db(tmp_path / "b.db"), n=2500, seed=9)
    tables = {
        Certification: ("id", "enterprise_id", "kind", "number", "issued_on", "expires_on", "status"),
        RewardPayment: ("id", "subject_id", "amount_fen", "paid_on"),
        Instrument: ("id", "enterprise_id", "name", "serial", "registered", "verified_on", "due_on", "result"),
        CreditListEntry: ("id", "enterprise_id", "list_kind", "listed_on", "removed_on"),
        Penalty: ("id", "enterprise_id", "decided_on", "amount_fen"),
        CreditGrade: ("id", "enterprise_id", "grade", "score", "basis"),
    }
    for model, columns in tables.items():
        assert rows_of(a, model, *columns) == rows_of(b, model, *columns), model.__name__
    assert rows_of(a, Certification, "id")
    assert rows_of(a, Instrument, "id")
    assert rows_of(a, CreditGrade, "id")


def test_issue5_leaves_the_enterprises_and_spot_checks_of_a_seed_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_db: pg.NewDb
) -> None:
    import importlib

    from qsupervise.demo import certifications, credit, instruments
    from qsupervise.models import SpotCheck

    gen = importlib.import_module("qsupervise.demo.generate")  # the module, not the function the package exports
    full = make(new_db(tmp_path / "full.db"), n=1200, seed=4)
    monkeypatch.setattr(certifications.CertificationDemo, "build", lambda self, firms: certifications.CertCounts())
    monkeypatch.setattr(instruments.InstrumentDemo, "build", lambda self, firms: 0)
    monkeypatch.setattr(credit.CreditDemo, "build", lambda self, firms: credit.CreditCounts())
    monkeypatch.setattr(gen, "_grade", lambda *args: 0)
    bare = make(new_db(tmp_path / "bare.db"), n=1200, seed=4)
    assert snapshot(full) == snapshot(bare)
    columns = ("id", "enterprise_id", "product", "verdict", "sampled_on", "closed_on")
    assert rows_of(full, SpotCheck, *columns) == rows_of(bare, SpotCheck, *columns)
    assert rows_of(bare, Product, "id", "name") == rows_of(full, Product, "id", "name")


def test_demo_certificates_look_real(county: Store) -> None:
    from qsupervise.models import Certification, RewardPayment
    from qsupervise.rules import certificates
    from qsupervise.services import certifications

    as_of = DEFAULT_AS_OF
    with county.read() as s:
        certs = s.exec(select(Certification)).all()
        payments = s.exec(select(RewardPayment)).all()
        firms = {e.id: e for e in s.exec(select(Enterprise))}
        watch = certifications.expiry_watch(s, as_of, lapsed_days=None)
    kinds = {c.kind for c in certs}
    assert {"sc", "ccc", "xk", "iso9001", "iso14001", "iso45001", "green_food"} <= kinds
    for c in certs:
        assert c.number == certificates.normalize_number(c.number), c.number
        assert certificates.check_number(c.kind, c.number) == [], (c.kind, c.number)
        holder = firms[c.enterprise_id]
        assert c.issued_on
        assert c.issued_on > (holder.founded_on or "")
        assert c.issued_on <= as_of.isoformat()
        assert c.expires_on is None or c.expires_on > c.issued_on
        if c.kind == "sc":
            assert holder.industry_code in ("C1391", "C1431", "C1511", "C1524", "C1351", "C1469", "C1371")
        if c.kind == "ccc":
            assert holder.industry_code == "C3874"
    assert len({(c.kind, c.number) for c in certs if c.kind in ("sc", "xk")}) == sum(
        1 for c in certs if c.kind in ("sc", "xk"))
    iso = [c for c in certs if c.kind == "iso9001"]
    above = sum(1 for c in iso if firms[c.enterprise_id].scale == "above") / len(iso)
    assert 0.2 < above < 0.8  # a share of 规上 firms far beyond their share of the registry
    assert all(watch.total(band) > 0 for band in certificates.BANDS), {b: watch.total(b) for b in certificates.BANDS}
    statuses = {c.status for c in certs}
    assert {"valid", "suspended", "revoked", "cancelled"} <= statuses
    eligible = {c.id: c for c in certs if c.reward_eligible}
    assert eligible
    assert payments
    for p in payments:
        if p.subject_kind != "certification":  # awards and brands: test_demo_awards_and_the_reward_fund
            continue
        cert = eligible[p.subject_id]
        assert p.enterprise_id == cert.enterprise_id
        assert cert.issued_on
        assert cert.issued_on < p.paid_on <= as_of.isoformat()
        assert p.amount_fen > 0
        assert p.fund_year == int(p.paid_on[:4])


def test_demo_instruments_scatter_around_the_targets(county: Store) -> None:
    from qsupervise.models import Instrument
    from qsupervise.rules import instruments as rules
    from qsupervise.services import instruments

    as_of = DEFAULT_AS_OF
    with county.read() as s:
        found = instruments.rates(s, as_of)
        items = s.exec(select(Instrument)).all()
        overdue = instruments.overdue(s, as_of, limit=5)
    assert 600 < len(items) < 1500  # tens of thousands at 200k enterprises
    assert {i.use_category for i in items} == set(rules.CATEGORIES)
    for i in items:
        assert i.result in (None, "pass", "fail")
        if i.verified_on:
            assert i.verified_on <= as_of.isoformat()
            assert i.due_on == rules.due_date(date.fromisoformat(i.verified_on), i.cycle_months).isoformat()
            assert i.certificate_no
            assert i.verification_body
        else:
            assert i.due_on is None
            assert i.result is None
    county_rates = found.county
    assert county_rates.registration_rate is not None
    assert county_rates.verification_rate is not None
    assert 0.86 < county_rates.registration_rate < 0.97
    assert 0.66 < county_rates.verification_rate < 0.88
    below_registration, below_verification = found.below_target()
    assert 0 < below_registration < len(found.townships)
    assert 0 < below_verification < len(found.townships)
    assert overdue
    assert all(r.days_overdue > 0 for r in overdue)


def test_demo_credit_records_and_grades(county: Store) -> None:
    from qsupervise.models import CreditGrade, CreditListEntry, Penalty

    with county.read() as s:
        entries = s.exec(select(CreditListEntry)).all()
        penalties = s.exec(select(Penalty)).all()
        grades = s.exec(select(CreditGrade)).all()
    abnormal = [e for e in entries if e.list_kind == "abnormal_operation"]
    assert 0.002 < len(abnormal) / 6000 < 0.012
    assert len(entries) - len(abnormal) < 10  # 严重违法失信: very few
    assert all(e.removed_on is None or e.removed_on >= e.listed_on for e in entries)
    assert penalties
    assert all(p.amount_fen > 0 and p.document_no for p in penalties)
    assert {g.grade for g in grades} >= {"A", "B", "C"}  # certificates lift some; lists and failures lower others
    assert checks.check(county).ok


# -- issue 6: brands, awards and the reward fund -----------------------------------------------------------------


def test_issue6_data_is_reproducible(tmp_path: Path, new_db: pg.NewDb) -> None:
    from qsupervise.models import (
        ApplicationStep,
        AwardApplication,
        AwardProgram,
        Brand,
        EligibilityOverride,
        RewardFund,
        RewardPayment,
        ScoreSheet,
    )

    a, b = make(new_db(tmp_path / "a.db"), n=1500, seed=9), make(new_db(tmp_path / "b.db"), n=1500, seed=9)
    c = make(new_db(tmp_path / "c.db"), n=1500, seed=10)
    tables = {
        AwardProgram: ("id", "kind", "name", "year", "opens_on", "closes_on", "reward_fen"),
        AwardApplication: ("id", "program_id", "enterprise_id", "product_name", "state", "submitted_on",
                           "decided_on", "eligibility", "checked_on"),
        ApplicationStep: ("id", "application_id", "from_state", "to_state", "on", "actor", "comment"),
        EligibilityOverride: ("id", "application_id", "condition", "reason", "decided_on"),
        ScoreSheet: ("id", "application_id", "reviewer", "scores", "total"),
        Brand: ("id", "enterprise_id", "title", "granted_on", "expires_on", "status"),
        RewardFund: ("id", "year", "budget_fen", "document_no"),
        RewardPayment: ("id", "subject_kind", "subject_id", "amount_fen", "paid_on", "fund_id", "note"),
    }
    for model, columns in tables.items():
        assert rows_of(a, model, *columns) == rows_of(b, model, *columns), model.__name__
        assert rows_of(a, model, *columns), model.__name__
    assert rows_of(a, AwardApplication, "enterprise_id") != rows_of(c, AwardApplication, "enterprise_id")


def test_demo_awards_and_the_reward_fund(county: Store) -> None:
    import json

    from qsupervise.models import (
        ApplicationDocument,
        ApplicationStep,
        AwardApplication,
        AwardProgram,
        Brand,
        EligibilityOverride,
        RewardFund,
        RewardPayment,
        ScoreSheet,
    )
    from qsupervise.rules import awards as rules
    from qsupervise.services import award_eligibility, reward_fund

    as_of = DEFAULT_AS_OF
    day = as_of.isoformat()
    with county.read() as s:
        programs = {p.id: p for p in s.exec(select(AwardProgram))}
        apps = s.exec(select(AwardApplication)).all()
        steps: dict[str, list[ApplicationStep]] = {}
        for st in s.exec(select(ApplicationStep)):
            steps.setdefault(st.application_id, []).append(st)
        sheets = s.exec(select(ScoreSheet)).all()
        overrides = s.exec(select(EligibilityOverride)).all()
        documents = s.exec(select(ApplicationDocument)).all()
        brands = s.exec(select(Brand)).all()
        funds = s.exec(select(RewardFund)).all()
        payments = s.exec(select(RewardPayment)).all()
        ledgers = [reward_fund.ledger(s, f.year) for f in funds]
    # programmes of the last three years, the kinds a county deals with
    assert {p.year for p in programs.values()} == {as_of.year - 2, as_of.year - 1, as_of.year}
    assert {"famous_brand", "quality_award", "gi_product", "engineering"} <= {p.kind for p in programs.values()}
    assert {"市长质量奖", "县长质量奖", "市名牌产品"} <= {p.name for p in programs.values()}
    # every state of the workflow, reached along the table of moves, dated in order and never after the demo date
    assert {a.state for a in apps} == set(rules.STATES)
    for a in apps:
        program = programs[a.program_id]
        path = sorted(steps[a.id], key=lambda st: (st.on, st.created_at))  # as the application's history lists them
        assert path[0].from_state == ""
        assert path[0].to_state == rules.DRAFT
        assert all(x.to_state == y.from_state and rules.can_move(x.to_state, y.to_state)
                   for x, y in pairwise(path)), [(x.from_state, x.to_state) for x in path]
        assert path[-1].to_state == a.state
        assert all(st.on <= day for st in path)
        if a.state in rules.FINAL_STATES:
            assert a.decided_on == path[-1].on
            assert program.year < as_of.year or a.state != rules.AWARDED
        if a.state not in (rules.DRAFT, rules.WITHDRAWN) or a.submitted_on:
            assert program.opens_on <= (a.submitted_on or "") <= program.closes_on, a.id
        results = [r for r in json.loads(a.eligibility)]
        assert results
        assert a.checked_on
        assert a.checked_on <= day
        if a.submitted_on:  # submitted only with every condition met or accepted
            assert all(r["passed"] or r["overridden"] for r in results)
    assert any(a.state == rules.DRAFT and any(not r["passed"] for r in json.loads(a.eligibility)) for a in apps)
    # a few overrides, each with its reason, and the stored pre-check says so
    assert 1 <= len(overrides) <= 6
    by_app = {a.id: a for a in apps}
    for o in overrides:
        assert o.reason
        assert not o.withdrawn
        stored = {r.code: r for r in award_eligibility.stored(by_app[o.application_id])}
        assert stored[o.condition].overridden
        assert not stored[o.condition].passed
    # three reviewers per scored application (a sheet or two missing while the documents are still reviewed)
    per_app: dict[str, list[ScoreSheet]] = {}
    for sheet in sheets:
        per_app.setdefault(sheet.application_id, []).append(sheet)
        scores = json.loads(sheet.scores)
        assert sheet.total == sum(scores.values())
        assert all(0 <= scores[c] <= m for c, m in rules.CATEGORIES)
        assert 600 <= sheet.total <= 900
    for aid, given in per_app.items():
        assert programs[by_app[aid].program_id].scored
        assert len(given) == 3 or by_app[aid].state == rules.DOCUMENT_REVIEW
        assert len({g.reviewer for g in given}) == len(given)
    assert documents
    # the register: winners' titles, older ones lapsed or lapsing within 90 days, one revoked
    won = {a.id for a in apps if a.state == rules.AWARDED}
    assert won == {b.application_id for b in brands if b.application_id}
    statuses = [rules.brand_status(b.status, b.expires_on, as_of) for b in brands]
    assert {"valid", "expired", "revoked"} <= set(statuses)
    soon = (as_of + timedelta(days=90)).isoformat()
    assert any(st == "valid" and b.expires_on and b.expires_on <= soon for b, st in zip(brands, statuses, strict=True))
    # the fund: a budget per year; every payment linked to its year's fund; balances never below zero unless
    # the payment that took it there was confirmed (its note says so), and it was the year's last
    assert sorted(f.year for f in funds) == [as_of.year - 2, as_of.year - 1, as_of.year]
    by_year = {f.year: f.id for f in funds}
    assert {p.subject_kind for p in payments} == {"certification", "award", "brand"}
    for p in payments:
        assert p.fund_id == by_year[p.fund_year]
        assert p.paid_on <= day
        assert p.amount_fen > 0
        if p.subject_kind == "award":
            assert p.subject_id in won
    overdrawn = 0
    for ledger in ledgers:
        for n, entry in enumerate(ledger.entries):
            if entry.balance_fen is not None and entry.balance_fen < 0:
                assert reward_fund.is_confirmed(entry.note), entry
                assert n == len(ledger.entries) - 1
                overdrawn += 1
            else:
                assert not reward_fund.is_confirmed(entry.note)
    assert overdrawn == 1
    assert ledgers[-1].fund.remaining_fen
    assert ledgers[-1].fund.remaining_fen > 0
    assert checks.check(county).ok
