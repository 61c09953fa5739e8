"""A county and its enrolled townships on disk, for sync tests: built once, copied per test.

``World.make(folder, ["甲镇", "乙镇"])`` initialises the county, enrols each township (its enrolment file
read back and a township database set up from it), each station with its own key folder. ``world.copy(dest)``
gives fresh files of the same world quickly (keys are shared read-only).

``world.on_server(databases)`` moves the county into a database on the PostgreSQL test server, as a county that
works on a hub (its townships stay SQLite files, as they are deployed); its copies are then copies of that
database (``CREATE DATABASE … TEMPLATE``). The sync tests' templates do so in the PostgreSQL pass
(``county_engine`` in tests/core/conftest.py).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from qsupervise import store_move
from qsupervise.services import enterprises, setup
from qsupervise.store import Store
from qsupervise.sync import conflicts, exchange, merge, stations
from tests.core import pg

COUNTY = "county"


@dataclass
class World:
    folder: Path
    townships: list[str]
    dbs: dict[str, Path | str] = field(default_factory=dict)  # name -> file or server URL ("county": the county)
    key_dirs: dict[str, Path] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)  # township name -> org unit id
    station_ids: dict[str, str] = field(default_factory=dict)
    server: pg.Databases | None = None  # where the server databases of this world are made (on_server)
    template: bool = False  # copied test after test: the server makes the next copies ahead

    @classmethod
    def make(cls, folder: Path, townships: list[str]) -> World:
        world = cls(folder, list(townships))
        folder.mkdir(parents=True, exist_ok=True)
        world.dbs[COUNTY] = folder / "county.db"
        world.key_dirs[COUNTY] = folder / "keys-county"
        with Store.open(world.dbs[COUNTY], create=True) as store, store.session() as s:
            setup.initialise(s, role="county", name="测试县", area_code="420999")
            world.station_ids[COUNTY] = store.station_id(s)
            stations.local_key(s, key_dir=world.key_dirs[COUNTY])
        for name in townships:
            enroll = folder / f"{name}.enroll"
            with Store.open(world.dbs[COUNTY]) as store, store.session() as s:
                station, document = stations.add_station(s, name=name, key_dir=world.key_dirs[COUNTY])
                stations.write_enrollment(enroll, document)
                world.units[name] = station.org_unit_id or ""
                world.station_ids[name] = station.id
            world.dbs[name] = folder / f"{name}.db"
            world.key_dirs[name] = folder / f"keys-{name}"
            with Store.open(world.dbs[name], create=True) as store, store.session() as s:
                stations.init_from_enrollment(s, stations.read_enrollment(enroll), key_dir=world.key_dirs[name])
        return world

    def on_server(self, databases: pg.Databases | None) -> World:
        """The county moved into a new database on the test server (``databases`` None: it stays a file), this
        world made the template its copies are made from; returns it."""
        if databases is not None:
            url = databases.empty()
            store_move.move(self.dbs[COUNTY], url)  # closes its connections: the database can be a template
            self.dbs[COUNTY], self.server, self.template = url, databases, True
        return self

    def copy(self, dest: Path) -> World:
        """The same world in ``dest``: each file copied, each server database copied into a new one."""
        dest.mkdir(parents=True, exist_ok=True)
        dbs: dict[str, Path | str] = {}
        for name, db in self.dbs.items():
            if isinstance(db, Path):
                dbs[name] = dest / db.name
                shutil.copy(db, dbs[name])
                continue
            assert self.server is not None, f"{name}: {db} is not a database of this world's server"
            source = db.rsplit("/", 1)[1]
            dbs[name] = self.server.copy_of(source) if self.template else self.server.copy_now(source)
        return World(dest, list(self.townships), dbs, dict(self.key_dirs), dict(self.units), dict(self.station_ids),
                     self.server)

    def discard(self) -> None:
        """Drop this world's server databases (its files go with the test's folder)."""
        assert not self.template, "the template is dropped with the test session"
        if self.server is not None:
            for name, db in list(self.dbs.items()):
                if isinstance(db, str):
                    self.server.drop(db)
                    del self.dbs[name]

    def restore(self, name: str, backup: Path) -> None:
        """``backup`` (a copy of the database ``name`` made by ``Store.backup``) put back: the program restores a
        file; a server database is restored by its administrator — here the copy moved into a new database, which
        ``name`` works on from then on."""
        db = self.dbs[name]
        if isinstance(db, Path):
            with Store.open(db) as store:
                store.restore(backup)
            return
        assert self.server is not None
        url = self.server.empty()
        store_move.move(backup, url)
        self.server.drop(db)
        self.dbs[name] = url

    def copy_keys_to(self, keys: Path) -> None:
        """Every station's key file into one key folder (where a window started on this machine looks)."""
        keys.mkdir(parents=True, exist_ok=True)
        for folder in self.key_dirs.values():
            for key in folder.glob("*.key"):
                shutil.copy(key, keys / key.name)

    # -- acting at one installation ---------------------------------------------------------------------------

    def open(self, name: str) -> Store:
        return Store.open(self.dbs[name])

    def address(self, name: str) -> str:
        """What ``--db`` takes to reach the database of ``name``: its file or its server URL."""
        return str(self.dbs[name])

    def add_enterprise(self, name: str, firm: str, *, township: str | None = None, uscc: str = "") -> str:
        """A new enterprise at the installation ``name`` (a township's own by default); returns its id."""
        unit = self.units[township or name]
        with self.open(name) as store, store.session() as s:
            row, _problems = enterprises.save(s, data=enterprises.EnterpriseInput(name=firm, township_id=unit,
                                                                                   uscc=uscc))
            return row.id

    def edit_enterprise(self, name: str, enterprise_id: str, **values: Any) -> None:
        with self.open(name) as store, store.session() as s:
            from qsupervise.models import Enterprise

            row = s.get(Enterprise, enterprise_id)
            assert row is not None, f"{enterprise_id} not at {name}"
            for key, value in values.items():
                setattr(row, key, value)
            s.flush()

    def export(self, name: str, dest: Path) -> Path:
        """A township's package for the county, or (``name`` = "county:甲镇") the county's return package."""
        if name.startswith(COUNTY + ":"):
            with self.open(COUNTY) as store:
                exchange.export_package(store, dest, station=name.split(":", 1)[1], key_dir=self.key_dirs[COUNTY])
        else:
            with self.open(name) as store:
                exchange.export_package(store, dest, key_dir=self.key_dirs[name])
        return dest

    def import_(self, name: str, *paths: Path, dry_run: bool = False, now_ms: int | None = None
                ) -> list[exchange.ImportResult]:
        with self.open(name) as store:
            return exchange.import_packages(store, list(paths), dry_run=dry_run, backup=False, now_ms=now_ms)

    # -- looking ----------------------------------------------------------------------------------------------

    def dump(self, name: str, *, tables: tuple[str, ...] | None = None) -> dict[str, list[tuple[Any, ...]]]:
        """Every synchronised row (without ``updated_at``, which each installation stamps itself)."""
        found: dict[str, list[tuple[Any, ...]]] = {}
        with self.open(name) as store, store.engine.connect() as conn:
            for table in merge.synced_tables():
                if tables and table.name not in tables:
                    continue
                columns = [c for c in table.c if c.name != "updated_at"]
                found[table.name] = sorted(tuple(r) for r in conn.execute(select(*columns)))
        return found

    def conflict_keys(self, name: str) -> set[tuple[str, str, str]]:
        with self.open(name) as store, store.session() as s:
            return {c.key for c in conflicts.open_conflicts(s)}

    def change_count(self, name: str) -> int:
        with self.open(name) as store, store.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar_one())
