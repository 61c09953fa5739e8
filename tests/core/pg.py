"""PostgreSQL for the core tests: a migrated, initialised template database and a fresh copy per test.

``QS_TEST_PG`` is the URL of a maintenance database on a test server (``scripts/pg_test_server.sh url``); with
``QS_TEST_ENGINE=postgresql`` the ``store`` fixture of every core test hands out a PostgreSQL store instead of a
SQLite file. ``CREATE DATABASE … TEMPLATE`` copies the template in about 50 ms.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

PG_URL = os.environ.get("QS_TEST_PG", "")
ON_PG = os.environ.get("QS_TEST_ENGINE", "sqlite") == "postgresql"
needs_pg = pytest.mark.skipif(not PG_URL, reason="QS_TEST_PG is not set (.ci/run and `make test-pg` set it)")


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
    """Fresh databases for one test session, dropped at its end."""

    def __init__(self) -> None:
        self.made: list[str] = []

    def empty(self) -> str:
        """The URL of a new, empty database."""
        name = create_database()
        self.made.append(name)
        return url_of(name)

    def copy_of(self, template: str) -> str:
        name = create_database(template)
        self.made.append(name)
        return url_of(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        drop_database(name)
        self.made.remove(name)

    def drop_all(self) -> None:
        for name in self.made:
            drop_database(name)
        self.made.clear()


def make_template(databases: Databases, initialise: Callable[[Any], None]) -> str:
    """A database migrated to the head and initialised by ``initialise(store)``; returns its name."""
    from qsupervise.store import Store

    url = databases.empty()
    with Store.open(url, create=True) as store:
        initialise(store)
    return url.rsplit("/", 1)[1]


# -- which core tests run on PostgreSQL ------------------------------------------------------------------------

_FILE = "reads or changes the SQLite file itself (sqlite3, PRAGMA, sqlite_master, the file lock, the backup API)"
# Whole modules, then single tests, that use the ``store`` fixture but cannot run on a server, and why.
SQLITE_ONLY_MODULES = {
    "test_audit_chain.py": _FILE,
    "test_backups.py": "backups and restores of files (a server's backup is pg_dump: test_postgres.py)",
    "test_certifications_tables.py": _FILE,
    "test_import_enterprises.py": _FILE,
    "test_spotcheck_tables.py": _FILE,
    "test_storage_check.py": "where a database file lives and who has it open",
    "test_export_enterprises.py": _FILE,
    "test_store.py": "opening, locking and migrating database files",
}
SQLITE_ONLY_TESTS = {
    "test_certifications_services.py::test_attachments_are_kept_once_per_content": _FILE,
    "test_changelog.py::test_bulk_rows_are_stored_exactly_like_orm_rows": "compares SQLite's storage classes (typeof)",
    "test_product_tallies.py::test_the_triggers_exist_at_the_head_revision": _FILE,
    "test_standards_catalogue.py::test_a_dry_run_leaves_the_database_untouched": _FILE,
    "test_standards_ledger.py::test_every_filter_gives_the_rows_and_counts_of_the_plain_query": "its reference "
    "query is SQLite SQL text (WHERE … AND 1)",
    "test_standards_ledger.py::test_one_products_standards_and_a_late_page": "its reference query is SQLite SQL",
    "test_standards_ledger.py::test_the_fixture_covers_what_the_filters_tell_apart": "its reference query is "
    "SQLite SQL",
}


def sqlite_only(nodeid: str) -> str | None:
    """Why a core test stays on SQLite (None: it runs on PostgreSQL too)."""
    name = nodeid.split("tests/core/", 1)[-1]
    module, _, test = name.partition("::")
    return SQLITE_ONLY_MODULES.get(module) or SQLITE_ONLY_TESTS.get(f"{module}::{test.split('[', 1)[0]}")


def on_server(fixtures: list[str]) -> bool:
    """Whether a test uses a database the engine switch reaches (the ``store`` fixture or the server's own)."""
    return "store" in fixtures or "pg_databases" in fixtures
