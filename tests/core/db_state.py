"""What a test database holds, read the same way on SQLite and on PostgreSQL (through SQLAlchemy, never the file).

``snapshot`` proves "nothing was written": a hash over every row of every table the database has (the inspector's
list, so a table the models do not know counts too), each table's rows in primary-key order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, inspect, text

from qsupervise import dialect
from qsupervise.store import Store

Db = Store | Engine


def _engine(db: Db) -> Engine:
    return db.engine if isinstance(db, Store) else db


def address(store: Store) -> str:
    """What ``--db`` and :func:`plain` take to reach ``store`` again: its file, or its server URL with the
    password (``store.path`` shows a server URL without it)."""
    if store.is_server:
        return store.engine.url.render_as_string(hide_password=False)
    return str(store.path)


@contextmanager
def plain(db: str | Path) -> Iterator[Engine]:
    """An engine on a database file or server URL as any other program would open it (no Store: nothing is
    migrated, locked or repaired), disposed of afterwards."""
    engine = create_engine(dialect.engine_url(str(db)) if dialect.is_server(db) else f"sqlite:///{db}")
    try:
        yield engine
    finally:
        engine.dispose()


def run(db: str | Path, *statements: str) -> None:
    """Run statements as someone outside the program would: a plain connection, one transaction."""
    with plain(db) as engine, engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def _value(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


def _tables(conn: Connection) -> list[tuple[str, list[str]]]:
    """Every table (name, primary-key columns), by name; SQLite's AUTOINCREMENT counters as well."""
    if conn.dialect.name == "sqlite":  # one query: the inspector's dozens took most of a snapshot's time
        found: dict[str, list[str]] = {}
        for table, column in conn.exec_driver_sql(
                "SELECT m.name, k.name FROM sqlite_master m LEFT JOIN pragma_table_info(m.name) k ON k.pk > 0 "
                "WHERE m.type = 'table' AND (m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' OR m.name = 'sqlite_sequence') "
                "ORDER BY m.name, k.pk"):
            found.setdefault(table, []).extend([column] if column else [])
        return list(found.items())
    inspector = inspect(conn)
    names = inspector.get_table_names()
    keys = {table: pk.get("constrained_columns") or [] for (_schema, table), pk in
            inspector.get_multi_pk_constraint().items()}
    return [(name, keys.get(name, [])) for name in sorted(names)]


def snapshot(db: Db) -> str:
    """A hash of every row of every table: equal before and after means nothing at all was written."""
    digest = hashlib.sha256()
    with _engine(db).connect() as conn:
        quote = conn.dialect.identifier_preparer.quote
        for table, key in _tables(conn):
            order = f" ORDER BY {', '.join(quote(c) for c in key)}" if key else ""
            result = conn.exec_driver_sql(f"SELECT * FROM {quote(table)}{order}")
            lines = [repr(tuple(_value(v) for v in row)) for row in result]
            digest.update(repr((table, list(result.keys()), len(lines))).encode())
            for line in lines if key else sorted(lines):  # a table without a key: its rows as a sorted list
                digest.update(line.encode())
    return digest.hexdigest()


def count(db: Db, table: str) -> int:
    with _engine(db).connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def select_rows(db: Db, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The rows of a query as dicts of the stored values (``params`` as ``:name`` placeholders)."""
    with _engine(db).connect() as conn:
        return [dict(r) for r in conn.execute(text(sql), params or {}).mappings()]


def select_tuples(db: Db, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    with _engine(db).connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params or {})]


def live_rows(db: Db, table: str, key: str) -> dict[str, dict[str, Any]]:
    """The rows of ``table`` not deleted, by the value of their column ``key``."""
    return {r[key]: r for r in select_rows(db, f"SELECT * FROM {table} WHERE deleted_at IS NULL")}


@contextmanager
def commits(db: str | Path) -> Iterator[Callable[[], object]]:
    """A reading of ``db`` that changes whenever a write to it is committed, cheap enough to take after each of a
    thousand calls: SQLite's ``PRAGMA data_version`` on a connection of its own; on PostgreSQL each table's row
    count and the newest row version in it (``xmin``: set by an insert or an update; a delete lowers the count)."""
    with plain(db) as engine, engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if conn.dialect.name == "sqlite":
            yield lambda: conn.exec_driver_sql("PRAGMA data_version").scalar_one()
            return
        quote = conn.dialect.identifier_preparer.quote
        query = " UNION ALL ".join(f"SELECT '{table}', count(*), max(xmin::text::bigint) FROM {quote(table)}"
                                   for table, _key in _tables(conn))
        yield lambda: {table: tuple(row) for table, *row in conn.exec_driver_sql(query)}
