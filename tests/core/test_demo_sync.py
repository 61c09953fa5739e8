"""The demo county's sync stations: enrolled townships with their packages, merged for real, reproducible."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import select

from qsupervise.demo import DEFAULT_AS_OF, generate
from qsupervise.models import OrgUnit, Station, SyncPackage
from qsupervise.store import Store
from qsupervise.sync import conflicts, status


def months_back(day: date, n: int) -> str:
    month = day.year * 12 + day.month - 1 - n
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def make(path: Path, seed: int = 3) -> Store:
    store = Store.open(path, create=True)
    generate(store, enterprises=1200, seed=seed)
    return store


def test_demo_townships_report_with_the_stories_the_page_shows(tmp_path: Path) -> None:
    with make(tmp_path / "a.db") as store:
        rows = status.station_status(store)
        with store.session() as s:
            towns = s.exec(select(OrgUnit).where(OrgUnit.kind == "township")).all()
            open_conflicts = conflicts.open_conflicts(s)
            duplicates = conflicts.duplicates(s)
            held = conflicts.held(s)
            packages = s.exec(select(SyncPackage)).all()
    townships = [r for r in rows if r.role == "township"]
    assert len(townships) == len(towns) - 2  # two not enrolled yet
    assert all(r.held_through > 0 and r.last_package_at for r in townships)
    assert sum(1 for r in townships if r.gaps) == 1  # one package went missing
    last = {r.name: r.last_package_at[:7] for r in townships}
    as_of = DEFAULT_AS_OF.isoformat()[:7]
    assert sum(1 for m in last.values() if m == as_of) == len(townships) - 2  # two have not reported this month
    assert sum(1 for m in last.values() if m == months_back(DEFAULT_AS_OF, 1)) == 2
    assert len(open_conflicts) == 3
    assert all({v.station_name for v in c.versions} >= {"青溪县"} for c in open_conflicts)
    assert len(duplicates) == 1
    assert len(duplicates[0].enterprises) == 2
    assert len(held) == 2
    assert len(packages) >= 5 * len(townships)
    for p in packages:
        assert p.seq_first <= p.seq_last


def test_demo_stations_and_packages_are_reproducible(tmp_path: Path) -> None:
    def snapshot(store: Store) -> list[object]:
        with store.read() as s:
            stations = [(x.id, x.code, x.public_key) for x in s.exec(select(Station).order_by(Station.id))]
            packages = [(p.package_id, p.station_id, p.seq_first, p.seq_last, p.imported_at)
                        for p in s.exec(select(SyncPackage).order_by(SyncPackage.package_id))]
        return [stations, packages]

    with make(tmp_path / "a.db") as a, make(tmp_path / "b.db") as b:
        assert snapshot(a) == snapshot(b)
