"""The one place for SQL that differs between SQLite (a file) and PostgreSQL (a county hub).

Services never ask which engine they run on: what they need that the two engines spell differently is a
function here, chosen by ``conn.dialect.name``. Portable SQL (``case`` instead of ``iif``, ``FOR UPDATE``
that SQLite's compiler leaves out) needs no function. ``enterprise.rowid`` and friends are portable too:
on PostgreSQL those tables carry an identity column named ``rowid`` (migration 0011).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Select, String, Table, bindparam, case, create_engine, event, func, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Boolean

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
BUSY_TIMEOUT_MS = 5000
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
APPEND_ONLY_MESSAGE = "audit_entry is append-only"


class ServerUrl(str):
    """Where a server database is, as shown to people: the URL without its password."""


def is_server(target: object) -> bool:
    """Whether ``target`` (a path or a text from ``--db``) names a server database rather than a file."""
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def engine_url(url: str) -> str:
    """``postgresql://…`` as SQLAlchemy spells it for psycopg 3."""
    text = url.strip()
    for scheme in ("postgresql://", "postgres://"):
        if text.lower().startswith(scheme):
            return "postgresql+psycopg://" + text[len(scheme):]
    return text


def public_url(url: str) -> ServerUrl:
    """The URL without a password (what messages, logs and ``store.path`` show)."""
    parsed = make_url(engine_url(url))._replace(password=None)  # URL.set(password=None) keeps the old one
    shown = parsed.render_as_string(hide_password=True).replace("postgresql+psycopg://", "postgresql://", 1)
    return ServerUrl(shown)


def name(conn: Connection | Engine) -> str:
    return conn.dialect.name


def location(bind: Any) -> str:
    """What ``store.path`` shows for the database behind ``bind``: the file's path, or the public URL."""
    url = getattr(bind, "url", None)
    if url is None:
        return ""
    if url.get_backend_name() == SQLITE:
        return str(url.database or "")
    return str(public_url(url.render_as_string(hide_password=False)))


# -- SQL expressions both engines understand ----------------------------------------------


class TrueLiteral(ColumnElement[bool]):
    """``true`` as a literal, not a parameter: SQLite's ``1`` (so its planner matches the partial indexes
    written ``WHERE … = 1``), PostgreSQL's ``true``."""

    type = Boolean()
    inherit_cache = True


@compiles(TrueLiteral)
def _true_sqlite(_element: TrueLiteral, _compiler: Any, **_kw: Any) -> str:
    return "1"


@compiles(TrueLiteral, "postgresql")
def _true_postgresql(_element: TrueLiteral, _compiler: Any, **_kw: Any) -> str:
    return "true"


TRUE = TrueLiteral()


class json_values(GenericFunction[Any]):
    """The elements of a JSON array given as text, as a one-column table ``value`` (``table_valued("value")``):
    SQLite's ``json_each``, PostgreSQL's ``json_array_elements_text``."""

    name = "json_each"
    inherit_cache = True


@compiles(json_values, "postgresql")
def _json_values_postgresql(element: json_values, compiler: Any, **kw: Any) -> str:
    return f"json_array_elements_text(CAST({compiler.process(element.clauses, **kw)} AS json))"


class unindexed(ColumnElement[Any]):
    """A column's value that SQLite may not look rows up by (``+column``), to keep its planner from turning a
    join round; PostgreSQL needs no such hint (and has no unary plus on text)."""

    inherit_cache = True

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(unindexed)
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


@compiles(unindexed, "postgresql")
def _unindexed_postgresql(element: unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


class order(ColumnElement[Any]):
    """``key`` ascending (or descending) in an ORDER BY, NULL taken as the smallest value as SQLite does;
    PostgreSQL takes NULL as the largest unless told."""

    inherit_cache = True

    def __init__(self, key: Any, descending: bool = False) -> None:
        self.key = key
        self.descending = descending
        self.type = key.type


@compiles(order)
def _order_sqlite(element: order, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.key, **kw)} {'DESC' if element.descending else 'ASC'}"


@compiles(order, "postgresql")
def _order_postgresql(element: order, compiler: Any, **kw: Any) -> str:
    nulls = "DESC NULLS LAST" if element.descending else "ASC NULLS FIRST"
    return f"{compiler.process(element.key, **kw)} {nulls}"


class name_grams_contain(ColumnElement[bool]):
    """A hint beside ``search_key LIKE '%needle%'`` for a needle of one or two non-ASCII characters: true on
    SQLite (its scan is fast); on PostgreSQL ``qs_name_grams(key) @> ARRAY[needle]`` (migration 0012), which its
    GIN index answers where trigrams cannot. Never a filter of its own: the LIKE beside it decides."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement),  # noqa: RUF012 (SQLAlchemy's)
                           ("needle", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any], needle: str) -> None:
        self.column = column
        self.needle = bindparam(None, needle, type_=String())


@compiles(name_grams_contain)
def _grams_sqlite(_element: name_grams_contain, _compiler: Any, **_kw: Any) -> str:
    return "1"


@compiles(name_grams_contain, "postgresql")
def _grams_postgresql(element: name_grams_contain, compiler: Any, **kw: Any) -> str:
    key, needle = compiler.process(element.column, **kw), compiler.process(element.needle, **kw)
    return f"qs_name_grams({key}) @> ARRAY[CAST({needle} AS text)]"


def count_where(condition: Any) -> Any:
    """How many rows of a group meet ``condition`` (SQLite could sum the condition; PostgreSQL cannot)."""
    return func.sum(case((condition, 1), else_=0))


def any_where(condition: Any) -> Any:
    """1 when some row of a group meets ``condition``, else 0 (a max over booleans, portably)."""
    return func.max(case((condition, 1), else_=0))


# -- engines -------------------------------------------------------------------------


def sqlite_engine(path: Path) -> Engine:
    """A file: WAL, foreign keys on, FULL sync, busy timeout; write transactions take the lock at BEGIN."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get("qs_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def server_engine(url: str) -> Engine:
    """A PostgreSQL hub through psycopg 3. The password comes from the URL or, as libpq does it, from
    PGPASSWORD or ~/.pgpass; nothing here stores it. Read committed; the change-log clock row is locked
    (``SELECT … FOR UPDATE``) until commit, so sequence numbers follow commit order."""
    return create_engine(
        engine_url(url),
        pool_pre_ping=True,
        # Waiting for another user's lock ends like SQLite's busy timeout: the action fails, "try again".
        # Plans for the statement's own values: a search for 石 and one for qx share a prepared statement, and
        # a generic plan made for one of them (after five runs) scanned every row for the other (0.4 s).
        connect_args={"application_name": "qsupervise", "connect_timeout": 10,
                      "options": f"-c lock_timeout={BUSY_TIMEOUT_MS} -c plan_cache_mode=force_custom_plan"},
    )


# -- schema --------------------------------------------------------------------------


def server_revision(conn: Connection) -> tuple[str | None, int]:
    """(revision or None, number of tables) of a server database, read without changing it."""
    tables = inspect(conn).get_table_names()
    if "alembic_version" not in tables:
        return None, len(tables)
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return (row[0] if row else None), len(tables)


def table_names(conn: Connection) -> list[str]:
    return list(inspect(conn).get_table_names())


# -- bulk inserts --------------------------------------------------------------------


def _to_bool(value: Any) -> Any:
    return None if value is None else bool(value)


def converters(conn: Connection, table: Table) -> list[Callable[[Any], Any] | None]:
    """Per column, SQLAlchemy's own bind converter (None: the value goes as it is)."""
    found: list[Callable[[Any], Any] | None] = []
    for c in table.c:
        convert = c.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        if convert is None and conn.dialect.name == POSTGRESQL and c.type.python_type is bool:
            convert = _to_bool  # bulk rows may carry 0/1 (SQLite's booleans); PostgreSQL wants true/false
        found.append(convert)
    return found


def insert_rows(conn: Connection, table: Table, names: Sequence[str], params: Sequence[Sequence[Any]]) -> None:
    """Insert converted rows (tuples in ``names`` order) through the driver: executemany on SQLite, COPY on
    PostgreSQL (several times faster than INSERT there)."""
    quote = conn.dialect.identifier_preparer.quote  # a column may be called "on"
    columns = ", ".join(quote(n) for n in names)
    driver = conn.connection.driver_connection
    if conn.dialect.name == POSTGRESQL:
        with driver.cursor() as cur, cur.copy(f"COPY {quote(table.name)} ({columns}) FROM STDIN") as copy:  # type: ignore[union-attr]
            for row in params:
                copy.write_row(row)
        return
    sql = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({', '.join('?' * len(names))})"
    driver.executemany(sql, params)  # type: ignore[union-attr]


def first_column(conn: Connection, stmt: Select[Any]) -> list[Any]:
    """First column of every row; on SQLite straight through the driver (200k ids without 200k Row objects)."""
    if conn.dialect.name != SQLITE:
        return list(conn.execute(stmt).scalars())
    compiled = stmt.compile(dialect=conn.dialect)
    params = [compiled.params[n] for n in (compiled.positiontup or [])]
    cursor = conn.connection.driver_connection.execute(str(compiled), params)  # type: ignore[union-attr]
    return [r[0] for r in cursor.fetchall()]


def raw_rows(conn: Connection, sql: str) -> Iterable[Sequence[Any]]:
    """Rows of a constant SELECT without parameters, fetched by the driver (no Row objects)."""
    driver = conn.connection.driver_connection
    if conn.dialect.name == SQLITE:
        return driver.execute(sql)  # type: ignore[union-attr,no-any-return]
    with driver.cursor() as cur:  # type: ignore[union-attr]
        cur.execute(sql)
        return list(cur.fetchall())


def fixed_order_join(conn: Connection) -> str:
    """The join keyword that keeps the tables in the written order: SQLite's CROSS JOIN; PostgreSQL plans."""
    return "CROSS JOIN" if conn.dialect.name == SQLITE else "JOIN"


def index_hint(conn: Connection, index: str) -> str:
    """SQLite's ``INDEXED BY`` (the planner picks badly there); PostgreSQL plans without hints."""
    return f"INDEXED BY {index}" if conn.dialect.name == SQLITE else ""


def json_text(conn: Connection, column: str, key_param: str) -> str:
    """SQL for the value of the top-level key ``:key_param`` in JSON text ``column``; NULL when it is no JSON."""
    if conn.dialect.name == SQLITE:
        return f"CASE WHEN json_valid({column}) THEN json_extract({column}, '$.' || :{key_param}) END"
    # PostgreSQL 15 has no json_valid: detail texts are JSON objects or plain words; only objects are cast.
    return (f"CASE WHEN {column} LIKE '{{%}}' THEN "
            f"CAST(CAST({column} AS jsonb) ->> :{key_param} AS bigint) END")


# -- checks --------------------------------------------------------------------------


def integrity_problems(conn: Connection) -> list[str]:
    """SQLite's own integrity check of the file (empty when sound); a server keeps its own pages."""
    if conn.dialect.name != SQLITE:
        return []
    rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def foreign_key_failures(conn: Connection) -> dict[str, int]:
    """Rows whose foreign key points nowhere, per table. PostgreSQL enforces every key on each write."""
    if conn.dialect.name != SQLITE:
        return {}
    counts: dict[str, int] = {}
    for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        counts[str(row[0])] = counts.get(str(row[0]), 0) + 1
    return counts


# -- triggers ------------------------------------------------------------------------


def trigger_names(conn: Connection, table: str) -> set[str]:
    if conn.dialect.name == SQLITE:
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
    else:
        rows = conn.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = to_regclass(%(t)s)", {"t": table})
    return {str(r[0]) for r in rows}


def append_only_triggers(conn: Connection, table: str, names: Mapping[str, str]) -> dict[str, list[str]]:
    """Statements creating each trigger in ``names`` (trigger name → UPDATE or DELETE) that refuses that
    statement on ``table``."""
    out: dict[str, list[str]] = {}
    for trigger, verb in names.items():
        if conn.dialect.name == SQLITE:
            out[trigger] = [f"CREATE TRIGGER IF NOT EXISTS {trigger} BEFORE {verb} ON {table} "
                            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"]
        else:
            out[trigger] = [
                "CREATE OR REPLACE FUNCTION qs_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$",
                f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
                f"CREATE TRIGGER {trigger} BEFORE {verb} ON {table} FOR EACH ROW EXECUTE FUNCTION qs_append_only()",
            ]
    return out


# -- server backups ------------------------------------------------------------------


def pg_dump(url: str, dest: Path) -> None:
    """A custom-format dump of the server database (``pg_restore`` reads it). The password, if the URL has one,
    goes through the environment, never the command line."""
    import os

    from qsupervise.errors import KnownError

    exe = shutil.which("pg_dump")
    if exe is None:
        raise KnownError("backup_no_pg_dump", url=public_url(url))
    parsed = make_url(engine_url(url))
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    dsn = parsed._replace(drivername="postgresql", password=None).render_as_string(hide_password=False)
    try:
        subprocess.run([exe, "--format=custom", f"--file={dest}", f"--dbname={dsn}"], check=True, env=env,
                       capture_output=True, timeout=3600)
    except (OSError, subprocess.SubprocessError) as exc:
        said = getattr(exc, "stderr", None) or b""
        detail = said.decode("utf-8", "replace").strip()[:300] if isinstance(said, bytes) else str(exc)
        raise KnownError("backup_pg_dump_failed", url=public_url(url), detail=detail or str(exc)) from exc


# -- errors --------------------------------------------------------------------------

_RETRY = re.compile(r"deadlock detected|could not serialize|lock timeout|canceling statement due to lock")


def is_retryable(text: str) -> bool:
    """A server refused one transaction because another held what it needed (try the action again)."""
    return bool(_RETRY.search(text))
