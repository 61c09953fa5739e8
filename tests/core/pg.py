"""PostgreSQL for the core tests: a migrated, initialised template database and a fresh copy per test.

``QS_TEST_PG`` is the URL of a maintenance database on a test server (``scripts/pg_test_server.sh url``); with
``QS_TEST_ENGINE=postgresql`` the ``store`` fixture of every core test hands out a PostgreSQL store instead of a
SQLite file, made by ``CREATE DATABASE … TEMPLATE`` (ahead of time: :class:`Databases`).
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

PG_URL = os.environ.get("QS_TEST_PG", "")
ON_PG = os.environ.get("QS_TEST_ENGINE", "sqlite") == "postgresql"
needs_pg = pytest.mark.skipif(not PG_URL, reason="QS_TEST_PG is not set (.ci/run and `make test-pg` set it)")


NewDb = Callable[[Path], str]  # the ``new_db`` fixture (tests/core/conftest.py): a new file's path or server database
Build = Callable[..., "Built"]  # the ``build_county`` fixture: ``build_county(build, initialised=True)``


def url_of(database: str) -> str:
    """The test server's URL for another database."""
    from sqlalchemy.engine import make_url

    return make_url(PG_URL).set(database=database).render_as_string(hide_password=False)


@contextmanager
def maintenance() -> Iterator[Any]:
    """An autocommit psycopg connection to the maintenance database (CREATE / DROP DATABASE)."""
    import psycopg

    conn = psycopg.connect(PG_URL, autocommit=True)
    try:
        yield conn
    finally:
        conn.close()


def create_database(template: str | None = None) -> str:
    name = f"qs_test_{uuid.uuid4().hex[:12]}"
    with maintenance() as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return name


def drop_database(name: str) -> None:
    with maintenance() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Databases:
    """Fresh databases for one test session, dropped at its end.

    Copying a template waits for the server (a few hundred ms on a busy machine, most of a test's time), so the
    next copies of a template are made in the background while a test runs on the one handed out."""

    AHEAD = 3  # copies of a template made ahead (by two threads)

    def __init__(self) -> None:
        self.made: list[str] = []
        self._lock = threading.Lock()
        self._workers: ThreadPoolExecutor | None = None
        self._ahead: dict[str, deque[Future[str]]] = {}

    def _create(self, template: str | None = None) -> str:
        name = create_database(template)
        with self._lock:
            self.made.append(name)
        return name

    def empty(self) -> str:
        """The URL of a new, empty database."""
        return url_of(self._create())

    def copy_now(self, source: str) -> str:
        """The URL of a new copy of ``source`` (which nobody may be connected to), made now and only this one."""
        return url_of(self._create(source))

    def copy_of(self, template: str) -> str:
        """The URL of a new copy of ``template`` (which nobody may be connected to), the next copies made ahead
        (nobody may connect to ``template`` again)."""
        if self._workers is None:
            self._workers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pg-copy")
        queue = self._ahead.setdefault(template, deque())
        while len(queue) <= self.AHEAD:
            queue.append(self._workers.submit(self._create, template))
        return url_of(queue.popleft().result())

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        drop_database(name)
        with self._lock:
            self.made.remove(name)

    def drop_all(self) -> None:
        if self._workers is not None:
            self._workers.shutdown(wait=True, cancel_futures=True)  # copies made ahead are in ``made`` then
            self._workers = None
        self._ahead.clear()
        for name in self.made:
            drop_database(name)
        self.made.clear()


class Built:
    """A database built once and copied for each test: a file, or (PostgreSQL pass) a server database."""

    def __init__(self, source: Path | str, databases: Databases | None) -> None:
        self.source, self.databases = source, databases

    @contextmanager
    def copy(self, folder: Path) -> Iterator[str]:
        """A fresh copy of the database: its file in ``folder`` or its server URL (dropped afterwards)."""
        if self.databases is None:
            path = folder / "county.db"
            shutil.copy(self.source, path)
            yield str(path)
            return
        url = self.databases.copy_of(str(self.source))
        yield url
        self.databases.drop(url)

    def address(self) -> str:
        """The built database itself, for a module whose tests all work on one database in turn."""
        return str(self.source) if self.databases is None else url_of(str(self.source))


def make_template(databases: Databases, initialise: Callable[[Any], None]) -> str:
    """A database migrated to the head and initialised by ``initialise(store)``; returns its name."""
    from qsupervise.store import Store

    url = databases.empty()
    with Store.open(url, create=True) as store:
        initialise(store)
    return url.rsplit("/", 1)[1]


# -- which core tests run on PostgreSQL ------------------------------------------------------------------------

# Whole modules, then single tests, that use the ``store`` fixture but cannot run on a server, and why.
SQLITE_ONLY_MODULES = {
    "test_backups.py": "backups and restores of files (a server's backup is pg_dump or the program's SQLite "
    "copy: test_postgres.py)",
    "test_storage_check.py": "where a database file lives and who has it open",
}
_BACKUP = ("backs up or restores the file (a server's backup is pg_dump or a SQLite copy, its restore the "
           "administrator's: test_postgres.py)")
SQLITE_ONLY_TESTS = {
    "test_audit_chain.py::test_a_restore_moves_the_mark_back": _BACKUP,
    "test_store.py::test_pragmas_follow_the_design": "SQLite's PRAGMA settings",
    "test_store.py::test_read_only_location_is_reported": "a read-only folder or file (os.access)",
    "test_store.py::test_locked_database_gives_a_clear_message_and_keeps_data": "SQLite's file lock (BEGIN "
    "IMMEDIATE elsewhere; a server's write conflicts: test_postgres.py)",
    "test_store.py::test_backup_and_restore_round_trip": _BACKUP,
    "test_store.py::test_restore_refuses_a_file_that_is_not_a_backup": _BACKUP,
}


# Tests that fail on PostgreSQL because of the program, not the test (reported; strict xfail until fixed).
PG_BUGS: dict[str, str] = {}  # test -> the product bug that makes it fail on the server (none open)


# Tests that take long on the server and run there only in the full pass (``-m slow`` too): each generates demo
# counties several times over to compare them (the demo's letters and sync parts write row by row: ~4 s a county).
PG_SLOW = {
    "test_demo.py::test_same_seed_same_data",
    "test_demo.py::test_issue5_data_is_reproducible",
    "test_demo.py::test_issue6_data_is_reproducible",
}


def _name(nodeid: str) -> str:
    return nodeid.split("tests/core/", 1)[-1].split("[", 1)[0]


def pg_slow(nodeid: str) -> bool:
    return _name(nodeid) in PG_SLOW


def pg_bug(nodeid: str) -> str | None:
    """The program's known fault that makes a core test fail on PostgreSQL (None: none)."""
    return PG_BUGS.get(nodeid.split("tests/core/", 1)[-1])


def sqlite_only(nodeid: str) -> str | None:
    """Why a core test stays on SQLite (None: it runs on PostgreSQL too)."""
    name = nodeid.split("tests/core/", 1)[-1]
    module, _, test = name.partition("::")
    return SQLITE_ONLY_MODULES.get(module) or SQLITE_ONLY_TESTS.get(f"{module}::{test.split('[', 1)[0]}")


# the fixtures through which the engine switch reaches a test
SWITCHED = ("store", "county_engine", "pg_databases", "build_county", "new_db")


def on_server(fixtures: list[str]) -> bool:
    """Whether a test uses a database the engine switch reaches: the ``store`` fixture, a database built once for a
    module (``build_county``) or made by the test itself (``new_db``), the sync tests' county (``county_engine``:
    tests/core/sync_world.py) or the server's own databases."""
    return any(name in fixtures for name in SWITCHED)
