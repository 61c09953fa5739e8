"""Consistency checks behind ``check-db``: SQLite integrity and foreign keys, change log, clock, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table, exists, func
from sqlmodel import Session, SQLModel, select

from qsupervise import dialect, storage_check
from qsupervise.changelog import CHANGE_TABLE
from qsupervise.messages import text
from qsupervise.models import LocalClock
from qsupervise.services import audit
from qsupervise.store import Store


@dataclass(frozen=True)
class Problem:
    code: str
    params: dict[str, str]

    def message(self, lang: str = "zh") -> str:
        return text(self.code, lang, **self.params)


@dataclass(frozen=True)
class Report:
    schema: str | None
    problems: list[Problem]
    rows: dict[str, int]
    changes: int
    notes: list[Problem] = field(default_factory=list)  # what could not be checked here (no failure)

    @property
    def ok(self) -> bool:
        return not self.problems


def tracked_tables() -> list[Table]:
    return [t for t in SQLModel.metadata.sorted_tables if "origin_station" in t.c]


def check(store: Store) -> Report:
    problems = [Problem("check_integrity", {"detail": line}) for line in store.integrity_problems()[:20]]
    with store.engine.connect() as conn:
        for name, count in dialect.foreign_key_failures(conn).items():
            problems.append(Problem("check_foreign_keys", {"table": name, "count": str(count)}))
    rows: dict[str, int] = {}
    with store.read() as s:
        c = CHANGE_TABLE.c
        for table in tracked_tables():
            rows[table.name] = s.exec(select(func.count()).select_from(table)).one()
            logged = exists().where(c.table_name == table.name, c.row_id == table.c.id)
            missing = s.exec(select(func.count()).select_from(table).where(~logged)).one()
            if missing:
                problems.append(Problem("check_changelog_missing", {"table": table.name, "count": str(missing)}))
        changes = s.exec(select(func.count()).select_from(CHANGE_TABLE)).one()
        problems += _clock_problems(s, store.station_id(s))
        chain = audit.verify(s.connection(), db_path=str(store.path))
        problems += [Problem(code, params) for code, params in chain.problems]
        notes = [Problem(code, params) for code, params in chain.notes]
    # Where the file lives (network share, USB stick, sync folder) is a warning, never a failure.
    if not store.is_server:
        notes += [Problem(code, storage_check.params(store.file)) for code in storage_check.warnings(store.file)]
    return Report(store.revision(), problems, rows, changes, notes)


def _clock_problems(session: Session, station_id: str) -> list[Problem]:
    clock = session.get(LocalClock, station_id) if station_id else None
    if clock is None:
        return []
    c = CHANGE_TABLE.c
    mine = c.station_id == station_id
    count, top_seq, top_hlc = session.exec(select(func.count(), func.max(c.seq), func.max(c.hlc)).where(mine)).one()
    found: list[Problem] = []
    if count != (top_seq or 0) or (top_seq or 0) != clock.seq:
        found.append(Problem("check_changelog_seq", {"expected": str(clock.seq), "found": str(count)}))
    if top_hlc is not None and clock.hlc < top_hlc:
        found.append(Problem("check_clock", {"clock": str(clock.hlc), "latest": str(top_hlc)}))
    return found
