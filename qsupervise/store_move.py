"""migrate-store: move a county's database file onto a PostgreSQL server in one transaction; and back.

The target must be empty. Schema (the same Alembic migrations), every table's rows in foreign-key order and
the audit trail's guards go in one transaction on the server, the row counts of every table are compared
before it commits, and anything going wrong rolls all of it back: the target is left empty. The file is opened
as a store (migrated to the head after a backup, locked against other programs while it is read) and left as
it was.

:func:`to_file` is the way back: every table of a server database copied into a new SQLite file (the app's own
backup of a hub where pg_dump is missing). That file opens like any county file, and ``migrate-store`` puts it
onto an empty server database again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, func, literal_column, select, text
from sqlmodel import SQLModel

from qsupervise import changelog, dialect, schema
from qsupervise.errors import DatabaseMissing, KnownError
from qsupervise.store import Store

BATCH = 5000
ROWID_TABLES = ("enterprise", "certification", "spot_check")  # their order is SQLite's rowid (migration 0011)
Progress = Callable[[float, str], None]


@dataclass
class Moved:
    source: Path | str  # a file, or a server's URL without its password
    target: str  # the URL without its password, or a file
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows, equal on both sides
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def tables() -> list[Table]:
    """Every table of the schema, each after the tables its foreign keys point to."""
    return list(SQLModel.metadata.sorted_tables)


def move(source: Path | str, target_url: str, *, progress: Progress | None = None) -> Moved:
    """Copy the file ``source`` into the empty server database ``target_url``; see the module's docstring."""
    report = progress or (lambda _f, _m: None)
    started = time.perf_counter()
    if dialect.is_server(str(source)) or not dialect.is_server(target_url):
        raise KnownError("migrate_store_not_file")
    path = Path(source).expanduser().absolute()
    if not path.exists():
        raise DatabaseMissing("db_missing", path=path)
    shown = dialect.public_url(target_url)
    moved = Moved(path, str(shown))
    with Store.open(path) as store:
        if not store.is_initialised():
            raise KnownError("db_not_initialised", path=path)
        engine = dialect.server_engine(target_url)
        try:
            with store.engine.connect() as src, engine.begin() as dst:
                _refuse_non_empty(dst, shown)
                report(0.0, "schema")
                schema.upgrade_within(dst)
                _copy(src, dst, moved, report)
                _finish(dst)
            _remember_audit_tail(store, moved)
        except Exception as exc:
            from qsupervise.store import translate

            if isinstance(exc, KnownError):
                raise
            known = translate(exc, shown) if hasattr(exc, "orig") else None
            raise known or exc from exc
        finally:
            engine.dispose()
    moved.seconds = time.perf_counter() - started
    report(1.0, "done")
    return moved


def _refuse_non_empty(conn: Connection, shown: dialect.ServerUrl) -> None:
    found = dialect.table_names(conn)
    if found:
        raise KnownError("migrate_store_target_not_empty", url=shown, tables=len(found))


def _copy(src: Connection, dst: Connection, moved: Moved, report: Progress) -> None:
    everything = tables()
    if dialect.name(dst) != dialect.SQLITE:
        for table in everything:  # the rows carry their tallies already: no trigger recomputes them row by row
            dst.exec_driver_sql(f'ALTER TABLE "{table.name}" DISABLE TRIGGER USER')
    for n, table in enumerate(everything):
        report(n / len(everything), table.name)
        stmt = select(table)
        if table.name in ROWID_TABLES:
            stmt = stmt.order_by(literal_column("rowid"))
        expected = int(src.execute(select(func.count()).select_from(table)).scalar_one())
        result = src.execution_options(yield_per=BATCH).execute(stmt)
        for batch in result.mappings().partitions(BATCH):
            changelog.insert_many(dst, table, [dict(r) for r in batch])
        copied = int(dst.execute(select(func.count()).select_from(table)).scalar_one())
        if copied != expected:
            raise KnownError("migrate_store_counts_differ", table=table.name, source=expected, target=copied)
        moved.counts[table.name] = copied
    if dialect.name(dst) != dialect.SQLITE:
        for table in everything:
            dst.exec_driver_sql(f'ALTER TABLE "{table.name}" ENABLE TRIGGER USER')


def _finish(dst: Connection) -> None:
    """Serial counters past the copied rows, the audit trail append-only, fresh planner statistics."""
    serials = dst.execute(text(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_default LIKE 'nextval(%'")).all()
    for table_name, column in serials:
        dst.execute(text(f'SELECT setval(pg_get_serial_sequence(:t, :c), coalesce(max("{column}"), 0) + 1, false) '
                         f'FROM "{table_name}"'), {"t": table_name, "c": column})
    _guard_audit(dst)
    dst.exec_driver_sql("ANALYZE")


def _guard_audit(dst: Connection) -> None:
    """The audit trail append-only, as Store.open leaves it (a copy must not look as if its guards were dropped)."""
    from qsupervise.services.audit import GUARD_VERBS

    for statements in dialect.append_only_triggers(dst, "audit_entry", GUARD_VERBS).values():
        for statement in statements:
            dst.exec_driver_sql(statement)


def _remember_audit_tail(store: Store, moved: Moved) -> None:
    """The high-water mark of the trail at its new place, so check-db there can tell a truncated trail."""
    from qsupervise.models import AuditEntry
    from qsupervise.services import audit_seal

    trail: Table = AuditEntry.__table__  # type: ignore[attr-defined]
    with store.read() as s:
        last = s.connection().execute(select(trail.c.seq, trail.c.hash).order_by(trail.c.seq.desc()).limit(1)).first()
        station = store.station_id(s)
    if last is not None:
        audit_seal.write_mark(audit_seal.mark_name(station, moved.target), audit_seal.Mark(int(last[0]), str(last[1])),
                              path=moved.target)


def to_file(store: Store, dest: Path, *, progress: Progress | None = None) -> Moved:
    """Copy the server database of ``store`` into the new SQLite file ``dest`` (schema by the same migrations,
    rows in foreign-key order, counts compared), written under a temporary name and renamed once complete."""
    report = progress or (lambda _f, _m: None)
    started = time.perf_counter()
    dest = Path(dest).absolute()
    partial = dest.with_name(dest.name + ".partial")
    moved = Moved(str(store.path), str(dest))
    _remove_file(partial)
    dest.parent.mkdir(parents=True, exist_ok=True)
    engine = dialect.sqlite_engine(partial)
    try:
        with store.engine.connect() as src, engine.begin() as dst:
            schema.upgrade_within(dst)
            # SQLite cannot switch triggers off: the tally triggers go while the rows (tallies included) go in.
            triggers = dst.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
            for name, _sql in triggers:
                dst.exec_driver_sql(f'DROP TRIGGER "{name}"')
            _copy(src, dst, moved, report)
            for _name, sql in triggers:
                dst.exec_driver_sql(sql)
            _guard_audit(dst)
        engine.dispose()
        _single_file(partial)
        os.replace(partial, dest)
    finally:
        engine.dispose()
        _remove_file(partial)
    moved.seconds = time.perf_counter() - started
    report(1.0, "done")
    return moved


def _single_file(path: Path) -> None:
    """The copy as one self-contained file (rollback journal, no -wal beside it); Store.open turns WAL on."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _remove_file(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
