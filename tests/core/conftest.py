"""Core fixtures: a migrated, initialised template database copied for each test.

With ``QS_TEST_ENGINE=postgresql`` and ``QS_TEST_PG`` set, ``store`` is a copy of a template database on the
PostgreSQL test server instead (tests/core/pg.py). So are the databases a module builds once (``build_county``) and
those a test makes itself (``new_db``, e.g. for ``init --db``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qsupervise.services import setup
from qsupervise.store import Store
from tests.core import pg
from tests.core.sync_world import World

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
        if pg.pg_slow(item.nodeid):
            item.add_marker(pytest.mark.slow)
        bug = pg.pg_bug(item.nodeid)
        if bug:
            item.add_marker(pytest.mark.xfail(reason=f"PostgreSQL: {bug}", strict=True))
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


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, county_engine: pg.Databases | None) -> World:
    """The sync tests' world: a county with 甲镇 and 乙镇 enrolled, built once per module (a module may define
    its own ``template``); ``world`` hands each test a copy."""
    return World.make(tmp_path_factory.mktemp("world"), ["甲镇", "乙镇"]).on_server(county_engine)


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    copy = template.copy(tmp_path / "w")
    yield copy
    copy.discard()


@pytest.fixture(scope="session")
def pg_blank(pg_databases: pg.Databases) -> str:
    """The name of a database on the test server migrated to the head but not initialised."""
    return pg.make_template(pg_databases, lambda _store: None)


@pytest.fixture(scope="session")
def build_county(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> pg.Build:
    """``build_county(build, initialised=True)``: a database built once by ``build(address)`` (a file's path or a
    server URL, for ``Store.open`` or ``--db``) — the initialised county (``template_db`` / ``pg_template``), or
    with ``initialised=False`` a new database — the template of a module's tests (``Built.copy`` per test)."""
    if pg.ON_PG:
        databases: pg.Databases = request.getfixturevalue("pg_databases")

        def on_server(build: Callable[[str], None], initialised: bool = True) -> pg.Built:
            url = databases.copy_now(request.getfixturevalue("pg_template" if initialised else "pg_blank"))
            build(url)  # its stores closed (their connections too): the database can be a template
            return pg.Built(url.rsplit("/", 1)[1], databases)

        return on_server

    def in_file(build: Callable[[str], None], initialised: bool = True) -> pg.Built:
        path = tmp_path_factory.mktemp("built") / "county.db"
        if initialised:
            shutil.copy(request.getfixturevalue("template_db"), path)
        build(str(path))
        return pg.Built(path, None)

    return in_file


@pytest.fixture(scope="session")
def new_db(request: pytest.FixtureRequest) -> pg.NewDb:
    """``new_db(path)``: where a test makes a database of its own (``Store.open(…, create=True)``, ``init --db``):
    the file ``path``, or in the PostgreSQL pass a new database on the server (its URL; ``path`` unused), migrated
    but not initialised — what opening it with ``create`` makes of an empty one, copied instead of migrated each time
    (the migrations from nothing: test_postgres.py, test_migrations.py)."""
    if not pg.ON_PG:
        return str
    databases: pg.Databases = request.getfixturevalue("pg_databases")
    blank: str = request.getfixturevalue("pg_blank")
    return lambda _path: databases.copy_of(blank)


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
