"""The demo county: reproducible from seed, size and date; realistic; refuses to clobber data."""

from __future__ import annotations

from datetime import date
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


def make(path: Path, n: int = 400, seed: int = 3, as_of: date | None = None) -> Store:
    store = Store.open(path, create=True)
    generate(store, enterprises=n, seed=seed, **({"as_of": as_of} if as_of else {}))
    return store


def snapshot(store: Store) -> list[tuple[object, ...]]:
    with store.read() as s:
        return [
            (e.id, e.name, e.uscc, e.township_id, e.legal_rep, e.industry_code, e.kind, e.status, e.created_at)
            for e in s.exec(select(Enterprise).order_by(Enterprise.id))
        ]


def test_same_seed_same_data(tmp_path: Path) -> None:
    a, b = make(tmp_path / "a.db"), make(tmp_path / "b.db")
    c = make(tmp_path / "c.db", seed=4)
    assert snapshot(a) == snapshot(b)
    assert snapshot(a) != snapshot(c)
    d = make(tmp_path / "d.db", as_of=date(2025, 12, 31))
    assert snapshot(a) != snapshot(d)


def test_demo_is_realistic_and_consistent(tmp_path: Path) -> None:
    store = make(tmp_path / "demo.db", n=1500)
    with store.read() as s:
        ents = s.exec(select(Enterprise)).all()
        townships = s.exec(select(OrgUnit).where(OrgUnit.kind == "township")).all()
        products = s.exec(select(Product)).all()
        stds = s.exec(select(ExecutedStandard)).all()
        summary = dashboard.summary(s)
    assert 15 <= len(townships) <= 20
    assert all(len(t.code or "") == 9 for t in townships)
    assert len(ents) == 1500
    assert len({e.uscc for e in ents}) == 1500
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


def test_refuses_a_database_with_data(tmp_path: Path) -> None:
    store = make(tmp_path / "demo.db", n=10)
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


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "demo.db", create=True)
    with pytest.raises(KnownError) as info:
        generate(store, enterprises=50_000, seed=1, cancel=lambda: True)
    assert info.value.code == "cancelled"
    assert not store.is_initialised()


def test_store_writes_after_demo_initialised_it(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "fresh.db", create=True)
    assert not store.is_initialised()
    generate(store, enterprises=0, seed=1)
    with store.read() as s:
        town = s.exec(select(OrgUnit).where(OrgUnit.kind == "township")).first()
    assert town is not None
    with store.session() as s:  # the station found by the demo's own transaction is used
        s.add(Enterprise(name="演示后新增", township_id=town.id))
    assert checks.check(store).ok


@pytest.mark.slow
def test_demo_at_county_scale_is_consistent(tmp_path: Path) -> None:
    store = make(tmp_path / "big.db", n=50_000, seed=11)
    report = checks.check(store)
    assert report.ok, [p.message() for p in report.problems]
    assert report.rows["enterprise"] == 50_000
    # every row of every synchronised table has exactly one insert record
    with store.read() as s:
        inserts = s.exec(select(func.count()).select_from(Change).where(Change.op == "insert")).one()
    assert inserts == sum(report.rows.values())


def test_demo_spot_checks_are_consistent_and_reproducible(tmp_path: Path) -> None:
    from qsupervise.models import RandomDraw, SpotCheck, TestItem
    from qsupervise.rules import followup, verdicts
    from qsupervise.services import draws, spotchecks

    store = make(tmp_path / "sc.db", n=6000)
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
    again = make(tmp_path / "sc2.db", n=6000)
    with again.read() as s:
        assert [(c.id, c.verdict, c.closed_on) for c in s.exec(select(SpotCheck).order_by(SpotCheck.id))] == sorted(
            [(c.id, c.verdict, c.closed_on) for c in checks])
