"""The demo county's townships as enrolled sync stations, with the packages they have sent.

Most townships are enrolled (two are not yet); each sent a package a month for the last half year, and its field
work in them (contact people and phones updated, addresses corrected) is merged through the real merge, so the
rows show it. Two townships have not reported this month, one package of the second township went missing (a gap
the page shows), a few addresses were corrected at the county and at a township at once
(conflicts to resolve), one firm was registered by two townships (a duplicate to merge) and one laptop's clock ran
three days ahead (its last changes are held for review). Ids, keys and stamps come from the seed.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import Connection, Table, select

from qsupervise import changelog
from qsupervise.changelog import WriteContext
from qsupervise.demo.firms import Firm
from qsupervise.ids import SeededIds
from qsupervise.models import Enterprise, OrgUnit, Station, SyncPackage, SyncWatermark
from qsupervise.rules import uscc as uscc_rules
from qsupervise.sync import keys, merge

ENTERPRISE: Table = Enterprise.__table__  # type: ignore[attr-defined]
STATION: Table = Station.__table__  # type: ignore[attr-defined]
PACKAGE: Table = SyncPackage.__table__  # type: ignore[attr-defined]
WATERMARK: Table = SyncWatermark.__table__  # type: ignore[attr-defined]
MONTHS = 6
NOT_ENROLLED = 2  # the last townships in the list have no station yet
LATE = 2  # enrolled townships that have not reported this month
STREETS = ("建设路", "人民路", "解放路", "工业园路", "滨河路", "新华街")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"
GIVEN = ("建国", "秀英", "志强", "丽娟", "海燕", "国华", "晓东", "春梅", "红梅", "卫东")


@dataclass(frozen=True)
class SyncDemoResult:
    stations: int
    packages: int
    changes: int
    conflicts: int
    held: int


class SyncDemo:
    def __init__(self, conn: Connection, ctx: WriteContext, rng: random.Random, as_of: date, seed: int,
                 townships: list[OrgUnit], ms: int) -> None:
        self.conn, self.ctx, self.rng, self.as_of = conn, ctx, rng, as_of
        self.townships = townships
        self.ids = SeededIds(seed + 9_001, ms)
        self.ms = ms
        self.town_names: dict[str, str] = {}

    def build(self, firms: list[Firm]) -> SyncDemoResult:
        by_town: dict[str, list[Firm]] = {}
        for f in firms:
            by_town.setdefault(f.township_id, []).append(f)
        enrolled = [t for t in self.townships[: max(len(self.townships) - NOT_ENROLLED, 0)] if by_town.get(t.id)]
        stations = self._stations(enrolled)
        # the county's own corrections first, so the townships' concurrent ones below conflict with them
        clashes = [self.rng.choice(by_town[t.id]) for t in enrolled[:3]]
        bases = changelog.latest_hlc(self.conn, "enterprise", [f.id for f in clashes], "address")
        self.town_names = {t.id: t.name for t in self.townships}
        changelog.bulk_update_rows(self.conn, self.ctx, ENTERPRISE,
                                   [(f.id, {"address": self._address(f)}) for f in clashes])
        clock = self.conn.exec_driver_sql("SELECT max(hlc) FROM local_clock").scalar_one()
        records: list[tuple[Any, ...]] = []
        packages: list[dict[str, Any]] = []
        for n, (town, station) in enumerate(zip(enrolled, stations, strict=True)):
            clash = clashes[n] if n < len(clashes) else None
            made, sent = self._township(town, station, by_town[town.id], clash, bases, clock + n * 100_000,
                                        late=n >= len(enrolled) - LATE, lose=n == 1)
            records += made
            packages += sent
        records += self._duplicate(stations, enrolled, by_town, clock + 50_000_000, records, packages)
        now = max(self.ms, clock >> changelog.COUNTER_BITS)  # the county's clock (set-up ran at the real time)
        ahead = self._ahead(stations[0], by_town[enrolled[0].id], records, now) if stations else []
        summary = merge.merge(self.conn, records + ahead, now_ms=now)
        if packages:
            self.conn.execute(PACKAGE.insert(), packages)
            self._watermarks(stations)
        return SyncDemoResult(len(stations), len(packages), summary.records_new, summary.conflicts, summary.held)

    # -- stations ----------------------------------------------------------------------------------------------

    def _stations(self, towns: list[OrgUnit]) -> list[str]:
        rows, found = [], []
        enrolled_on = datetime(self.as_of.year, self.as_of.month, 1, 9, tzinfo=UTC) - timedelta(days=30 * MONTHS + 20)
        for t in towns:
            station_id = self.ids()
            key = keys.StationKey(station_id=station_id, seed=self.rng.randbytes(32))
            rows.append({"id": station_id, "code": f"T{t.code or station_id[-6:].upper()}", "name": t.name,
                         "role": "township", "org_unit_id": t.id, "is_local": False,
                         "public_key": key.public_text(), "created_at": enrolled_on, "revoked_at": None})
            found.append(station_id)
        if rows:
            self.conn.execute(STATION.insert(), rows)
        return found

    def _watermarks(self, stations: list[str]) -> None:
        have = {s: st.held_through for s, st in _states(self.conn).items()}
        county = self.ctx.station_id
        now = datetime(self.as_of.year, self.as_of.month, self.as_of.day, tzinfo=UTC)
        rows = [{"peer_station_id": s, "origin_station_id": s, "seq": have.get(s, 0), "updated_at": now}
                for s in stations]
        rows += [{"peer_station_id": s, "origin_station_id": county, "seq": 0, "updated_at": now} for s in stations]
        self.conn.execute(WATERMARK.insert(), rows)

    # -- a township's packages ----------------------------------------------------------------------------------

    def _township(self, town: OrgUnit, station: str, firms: list[Firm], clash: Firm | None, bases: dict[str, int],
                  start: int, *, late: bool, lose: bool) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
        records: list[tuple[Any, ...]] = []
        packages: list[dict[str, Any]] = []
        seq, hlc = 0, start
        months = MONTHS - (1 if late else 0)
        lost = 2 if lose else -1  # that month's package never arrived: its seqs are missing
        for month in range(months):
            first = seq + 1
            for _ in range(self.rng.randint(3, 12)):
                firm = self.rng.choice(firms)
                name, value = self._edit(firm)
                seq, hlc = seq + 1, hlc + 1
                if month != lost:
                    records.append(self._record(station, seq, firm.id, name, value, hlc, None))
            if month == months - 1 and clash is not None:
                seq, hlc = seq + 1, hlc + 1
                records.append(self._record(station, seq, clash.id, "address", self._address(clash), hlc,
                                            bases.get(clash.id)))
            if month != lost:
                packages.append(self._package(town, station, first, seq, month, months, late))
        return records, packages

    def _record(self, station: str, seq: int, row: str, name: str, value: Any, hlc: int,
                base: int | None = None) -> tuple[Any, ...]:
        return (self.ids(), station, seq, "enterprise", row, "update", name, changelog.to_json(value), hlc,
                base if base is not None else hlc - 1, "")

    def _package(self, town: OrgUnit, station: str, first: int, last: int, month: int, months: int,
                 late: bool) -> dict[str, Any]:
        back = (months - 1 - month) + (1 if late else 0)
        year, mon = self.as_of.year, self.as_of.month - back
        while mon < 1:
            year, mon = year - 1, mon + 12
        day = min(self.as_of.day if back == 0 else 25, 28)
        when = datetime(year, mon, max(day - self.rng.randint(0, 3), 1), 16, self.rng.randint(0, 59), tzinfo=UTC)
        package_id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        digest = hashlib.sha256(package_id.encode()).hexdigest()
        summary = {"created": 0, "updated": last - first + 1, "unchanged": 0, "conflicts": 0, "errors": 0}
        return {"package_id": package_id, "file_sha256": digest, "station_id": station, "kind": "township",
                "seq_first": first, "seq_last": last, "file_name": f"{town.name}-{when:%Y%m%d}.qsp",
                "summary": orjson.dumps(summary).decode(), "imported_at": when}

    def _edit(self, firm: Firm) -> tuple[str, Any]:
        pick = self.rng.random()
        if pick < 0.4:
            return "contact_phone", f"1{self.rng.choice('35789')}{self.rng.randrange(10**9):09d}"
        if pick < 0.7:
            return "contact_name", self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)
        if pick < 0.9:
            return "address", self._address(firm)
        return "chief_quality_officer", self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def _address(self, firm: Firm) -> str:
        return f"{self.town_names.get(firm.township_id, '')}{self.rng.choice(STREETS)}{self.rng.randint(1, 300)}号"

    # -- a duplicate and a laptop whose clock runs ahead ----------------------------------------------------------

    def _duplicate(self, stations: list[str], towns: list[OrgUnit], by_town: dict[str, list[Firm]], hlc: int,
                   records: list[tuple[Any, ...]], packages: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """The second township's record of a firm corrected to the name and code of one the first township has
        registered (it trades in both): two live rows with one credit code, for the county to merge."""
        if len(stations) < 2:
            return []
        original = next((f for f in by_town[towns[0].id] if f.kind == "enterprise" and f.trading), None)
        other = next((f for f in by_town[towns[1].id] if f.kind == "enterprise" and f.trading), None)
        if original is None or other is None:
            return []
        code = self.conn.execute(select(ENTERPRISE.c.uscc).where(ENTERPRISE.c.id == original.id)).scalar_one()
        if not code or uscc_rules.validate(code)[1]:
            return []
        seq = max((r[2] for r in records if r[1] == stations[1]), default=0)
        last = max((p for p in packages if p["station_id"] == stations[1]), key=lambda p: p["seq_last"])
        last["seq_last"] = seq + 2  # in its last package
        return [self._record(stations[1], seq + 1, other.id, "uscc", code, hlc),
                self._record(stations[1], seq + 2, other.id, "name", original.name, hlc + 1)]

    def _ahead(self, station: str, firms: list[Firm], records: list[tuple[Any, ...]], now: int
               ) -> list[tuple[Any, ...]]:
        """Two changes from a laptop whose clock was three days ahead: held, not applied."""
        seq = max((r[2] for r in records if r[1] == station), default=0)
        future = (now + 3 * 24 * 3600 * 1000) << changelog.COUNTER_BITS
        return [self._record(station, seq + 1 + i, self.rng.choice(firms).id, "contact_phone",
                             f"139{self.rng.randrange(10**8):08d}", future + i) for i in range(2)]


def _states(conn: Connection) -> dict[str, Any]:
    from qsupervise.sync import exchange

    return exchange.seq_states(conn)
