"""Core fixtures: a migrated, initialised template database copied for each test.

With ``QS_TEST_ENGINE=postgresql`` and ``QS_TEST_PG`` set, ``store`` is a copy of a template database on the
PostgreSQL test server instead (tests/core/pg.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qsupervise.services import setup
from qsupervise.store import Store
from tests.core import pg

TOWNSHIPS = ["城关镇", "河口镇", "柳林乡"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With QS_TEST_ENGINE=postgresql: run the tests that use a database through ``store`` (or the server's own
    fixtures) on the server, skip those that need the SQLite file (saying why), leave the rest to the SQLite run."""
    if not pg.ON_PG:
        return
    kept, dropped = [], []
    for item in items:
        if not str(item.path).startswith(str(Path(__file__).parent)):
            kept.append(item)
            continue
        if not pg.on_server(list(getattr(item, "fixturenames", []))):
            dropped.append(item)
            continue
        reason = pg.sqlite_only(item.nodeid)
        if reason:
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "county.db"
    with Store.open(path, create=True) as store, store.session() as s:
        setup.initialise(s, role="county", name="测试县", area_code="420999", townships=TOWNSHIPS)
    return path


def _initialise(store: Store) -> None:
    with store.session() as s:
        setup.initialise(s, role="county", name="测试县", area_code="420999", townships=TOWNSHIPS)


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[pg.Databases]:
    if not pg.PG_URL:
        pytest.skip("QS_TEST_PG is not set (.ci/run and `make test-pg` set it)")
    made = pg.Databases()
    yield made
    made.drop_all()


@pytest.fixture(scope="session")
def pg_template(pg_databases: pg.Databases) -> str:
    """The name of a migrated, initialised county database on the test server."""
    return pg.make_template(pg_databases, _initialise)


@pytest.fixture(scope="session")
def county_engine(request: pytest.FixtureRequest) -> pg.Databases | None:
    """Where the sync tests' county works: on the PostgreSQL test server in the PostgreSQL pass (the server's
    databases, for ``World.on_server``), in a SQLite file otherwise (None). Townships are SQLite files always."""
    if not pg.ON_PG:
        return None
    databases: pg.Databases = request.getfixturevalue("pg_databases")
    return databases


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if pg.ON_PG:
        databases: pg.Databases = request.getfixturevalue("pg_databases")
        url = databases.copy_of(request.getfixturevalue("pg_template"))
        with Store.open(url) as opened:
            yield opened
        databases.drop(url)
        return
    path = tmp_path / "county.db"
    shutil.copy(request.getfixturevalue("template_db"), path)
    with Store.open(path) as opened:
        yield opened
