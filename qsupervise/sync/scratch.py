"""The merge's scratch tables: temporary tables of its connection (never in the database file or schema).

* ``qs_merge_in``: the incoming records past what the merge keeps in memory, staged as they stream in (a
  repeated ``change_id``: the last one wins), flagged ``known`` when the change log has them, then copied into
  the log with one ``INSERT … SELECT`` in ``(station, seq)`` order.
* ``qs_merge_ids`` (SQLite): the ids of one lookup, joined instead of ``IN`` lists of 500 parameters (each
  compiled by SQLAlchemy and bound one by one). PostgreSQL takes them as one array parameter instead.

Their columns have the change log's types, so values are stored and compared as the log stores and compares
them. Statements go through the driver's cursor (executemany, no per-row SQLAlchemy work) inside the caller's
transaction, in SQL both engines read; only the parameter mark differs (``?`` for SQLite, ``%s`` for psycopg).
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Column,
    Connection,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    any_,
    bindparam,
    select,
)

from qsupervise import dialect
from qsupervise.models.system import Change

CHANGE_TABLE: Table = Change.__table__  # type: ignore[attr-defined]
COLUMNS = tuple(c.name for c in CHANGE_TABLE.c)  # change_id first
_META = MetaData()
STAGED = Table("qs_merge_in", _META,
               *(Column(c.name, BigInteger if c.type.python_type is int else String, primary_key=c.primary_key)
                 for c in CHANGE_TABLE.c),
               Column("known", Integer, nullable=False, server_default="0"), prefixes=["TEMPORARY"])
IDS_TABLE = Table("qs_merge_ids", _META, Column("v", String), prefixes=["TEMPORARY"])
Index("qs_merge_in_order", STAGED.c.station_id, STAGED.c.seq)  # the order the new records go into the log
BATCH = 20_000


def _mark(conn: Connection) -> str:
    return "?" if conn.dialect.name == dialect.SQLITE else "%s"


def _cursor(conn: Connection) -> Any:
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def run(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Execute one statement through the driver; its rows (none for a statement without)."""
    cur = _cursor(conn)
    try:
        cur.execute(sql.replace("?", _mark(conn)), params)
        return list(cur.fetchall()) if cur.description else []
    finally:
        cur.close()


def _many(conn: Connection, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    cur = _cursor(conn)
    try:
        cur.executemany(sql.replace("?", _mark(conn)), rows)
    finally:
        cur.close()


def _stream(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Iterator[list[Any]]:
    cur = _cursor(conn)
    try:
        cur.execute(sql.replace("?", _mark(conn)), params)
        while rows := cur.fetchmany(BATCH):
            yield rows
    finally:
        cur.close()


def open_(conn: Connection) -> None:
    close(conn)
    STAGED.create(conn)  # with its index
    IDS_TABLE.create(conn)


def close(conn: Connection) -> None:
    for table in (STAGED, IDS_TABLE):
        run(conn, f"DROP TABLE IF EXISTS {table.name}")  # unqualified: SQLite looks in temp first


def converters(conn: Connection, table: Table) -> list[tuple[int, Any]]:
    """(position, converter) of the table's columns that have one, as bulk inserts convert them."""
    return [(i, f) for i, f in enumerate(dialect.converters(conn, table)) if f is not None]


def _converted(values: list[Any], convert: list[tuple[int, Any]]) -> list[Any]:
    for i, f in convert:
        values[i] = f(values[i])
    return values


def stage(conn: Connection, records: list[Any], convert: list[tuple[int, Any]]) -> None:
    """Stage change records (COLUMNS order), converted as the change log's bulk insert converts them."""
    if not records:
        return
    if convert:
        records = [_converted(list(r), convert) for r in records]
    names = ", ".join(COLUMNS)
    update = ", ".join(f"{n} = excluded.{n}" for n in COLUMNS[1:])
    _many(conn, f"INSERT INTO {STAGED.name} ({names}) VALUES ({', '.join('?' * len(COLUMNS))}) "
                f"ON CONFLICT ({COLUMNS[0]}) DO UPDATE SET {update}", records)


def mark_known(conn: Connection) -> tuple[int, int]:
    """Flag the staged records the change log has; returns (new, known)."""
    run(conn, f"UPDATE {STAGED.name} SET known = 1 WHERE EXISTS "  # probes the log's index rather than scanning it
              f"(SELECT 1 FROM change_log c WHERE c.change_id = {STAGED.name}.change_id)")
    counts = dict(run(conn, f"SELECT known, count(*) FROM {STAGED.name} GROUP BY known"))
    return counts.get(0, 0), counts.get(1, 0)


def mark_taken(conn: Connection) -> list[tuple[Any, ...]]:
    """Flag (known = 2) new staged records whose (station, seq) the change log holds under another change id;
    returns them (a station restored from an older backup issued those seqs twice)."""
    clash = (f"known = 0 AND EXISTS (SELECT 1 FROM change_log c WHERE c.station_id = {STAGED.name}.station_id "
             f"AND c.seq = {STAGED.name}.seq)")
    found = run(conn, f"SELECT {', '.join(COLUMNS)} FROM {STAGED.name} WHERE {clash}")
    if found:
        run(conn, f"UPDATE {STAGED.name} SET known = 2 WHERE {clash}")
    return [tuple(r) for r in found]


def insert_new(conn: Connection) -> int | None:
    """Copy the new records into the change log by (station, seq); returns their highest clock stamp."""
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(n) for n in COLUMNS)
    run(conn, f"INSERT INTO {quote(CHANGE_TABLE.name)} ({names}) SELECT {names} FROM {STAGED.name} "
              "WHERE known = 0 ORDER BY station_id, seq")
    return run(conn, f"SELECT max(hlc) FROM {STAGED.name} WHERE known = 0")[0][0]  # type: ignore[no-any-return]


def known_rows(conn: Connection) -> set[tuple[str, str]]:
    """(table, row) of every staged record the change log had."""
    return {(r[0], r[1]) for r in run(conn, f"SELECT DISTINCT table_name, row_id FROM {STAGED.name} WHERE known = 1")}


def new_rows(conn: Connection) -> dict[str, dict[str, list[tuple[Any, ...]] | None]]:
    """table -> the rows the new records touch (-> None), in the order of their first record by (station, seq)."""
    found: dict[str, dict[str, list[tuple[Any, ...]] | None]] = {}
    for rows in _stream(conn, f"SELECT table_name, row_id FROM {STAGED.name} WHERE known = 0 ORDER BY station_id, seq"):
        for table, rid in rows:
            found.setdefault(table, {}).setdefault(rid)
    return found


def _fill_ids(conn: Connection, values: Iterable[str]) -> None:
    run(conn, f"DELETE FROM {IDS_TABLE.name}")
    _many(conn, f"INSERT INTO {IDS_TABLE.name} (v) VALUES (?)", zip(values))  # 1-tuples made in C


def among(conn: Connection, column: Any, values: Iterable[str]) -> Any:
    """``column IN values`` for a lookup of many ids: on SQLite a join with ``qs_merge_ids`` (filled here); on
    PostgreSQL ``column = ANY(array)``, one parameter the planner reads (an index probe per id)."""
    if conn.dialect.name != dialect.SQLITE:
        return column == any_(bindparam(None, list(values), type_=ARRAY(String)))
    _fill_ids(conn, values)
    return column.in_(select(IDS_TABLE.c.v))


def _of_rows(conn: Connection, row_ids: Sequence[str]) -> tuple[str, list[Any]]:
    """The ``row_id`` condition and parameters of a plain SQL lookup of the change log (as :func:`among`)."""
    if conn.dialect.name != dialect.SQLITE:
        return "row_id = ANY(?)", [list(row_ids)]
    _fill_ids(conn, row_ids)
    return f"row_id IN (SELECT v FROM {IDS_TABLE.name})", []


def rows_in_log(conn: Connection, table: str, row_ids: Sequence[str]) -> list[str]:
    """The rows among ``row_ids`` with records in the change log."""
    where, params = _of_rows(conn, row_ids)
    return [r[0] for r in run(conn, f"SELECT DISTINCT row_id FROM change_log WHERE table_name = ? AND {where}",
                              (table, *params))]


def records(conn: Connection, table: str, row_ids: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Every change record of these rows (each row's in the order of the log's index on SQLite)."""
    if not row_ids:
        return {}
    where, params = _of_rows(conn, row_ids)
    found: dict[str, list[tuple[Any, ...]]] = {}
    for rows in _stream(conn, f"SELECT {', '.join(COLUMNS)} FROM change_log WHERE table_name = ? AND {where}",
                        (table, *params)):
        for r in rows:
            found.setdefault(r[4], []).append(tuple(r))
    return found


def insert_many(conn: Connection, table: Table, rows: Sequence[Any], *, by_position: bool = False) -> None:
    """:func:`changelog.insert_many` (same converters, same :func:`dialect.insert_rows`), converting only the
    columns that have a converter rather than running a generator over every column of every row.
    ``by_position``: the rows are sequences in the table's column order (change records), not mappings."""
    if not rows:
        return
    names = [c.name for c in table.c]
    convert = converters(conn, table)
    if by_position:
        params: Sequence[Any] = [_converted(list(row), convert) for row in rows] if convert else rows
    else:
        pick = operator.itemgetter(*names)
        params = [_converted(list(pick(row)), convert) for row in rows]
    dialect.insert_rows(conn, table, names, params)
