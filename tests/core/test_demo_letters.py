"""The demo county's responsibility letters and assessment: reproducible, ids included, and telling a story."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise.demo import generate
from qsupervise.models import LetterTarget, ResponsibilityLetter, TargetResult
from qsupervise.rules import assessment as rules
from qsupervise.services import assessment, letters
from qsupervise.store import Store

AS_OF = date(2026, 6, 30)


def make(path: Path, seed: int) -> Store:
    store = Store.open(path, create=True)
    generate(store, enterprises=1200, seed=seed, as_of=AS_OF)
    return store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return make(tmp_path_factory.mktemp("letters") / "a.db", 5)


def rows(store: Store, model: type, *columns: str) -> list[tuple[object, ...]]:
    with store.read() as s:
        found = s.exec(select(model).order_by(model.id)).all()  # type: ignore[attr-defined]
        return [tuple(getattr(r, c) for c in columns) for r in found]


def test_same_seed_same_letters(demo: Store, tmp_path: Path) -> None:
    again = make(tmp_path / "b.db", 5)
    for model, columns in (
        (ResponsibilityLetter, ("id", "year", "org_unit_id", "party_b_person", "signed_on", "stage")),
        (LetterTarget, ("id", "letter_id", "metric_id", "target", "weight", "responsible", "deadline")),
        (TargetResult, ("id", "target_id", "stage", "value", "computed", "comment", "entered_on")),
    ):
        assert rows(demo, model, *columns) == rows(again, model, *columns), model.__name__


def test_last_year_published_this_year_in_progress(demo: Store) -> None:
    with demo.read() as s:
        past = letters.letters(s, 2025)
        now = letters.letters(s, 2026)
        sheet = assessment.sheet(s, 2025, today=AS_OF)
        progress = assessment.progress(s, 2026, today=AS_OF)
    assert len(past) == len(now) == 25  # 17 townships and 8 member units
    assert {r.stage for r in past} == {"published"}
    assert all(r.locked for r in past + now)
    assert all(x.complete for x in sheet)
    townships = sorted(x.rank for x in sheet if x.kind == "township" and x.rank)
    assert townships[0] == 1
    assert len(townships) == 17
    assert len({x.verified_total for x in sheet if x.kind == "township"}) > 5  # the ranking tells them apart
    assert any(x.self_total != x.verified_total for x in sheet)  # the county marked something down
    lights = {p.light for p in progress}
    assert len(progress) == 17
    assert lights <= {rules.GREEN, rules.AMBER, rules.RED}
    assert len(lights) >= 2
