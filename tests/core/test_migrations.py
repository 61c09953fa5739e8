"""Schema changes happen only through Alembic; the store knows every revision in db/versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel, select

import qsupervise.models  # noqa: F401
from qsupervise import schema
from qsupervise.models import OrgUnit
from qsupervise.services import setup
from qsupervise.store import Store


def test_revision_list_matches_the_scripts() -> None:
    assert list(schema.REVISIONS) == schema.script_revisions()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    with Store.open(tmp_path / "m.db", create=True) as store:
        inspector = inspect(store.engine)
        for table in SQLModel.metadata.sorted_tables:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == set(table.c.keys()), table.name
            indexes = {i["name"] for i in inspector.get_indexes(table.name)}
            assert {i.name for i in table.indexes} <= indexes, table.name


def test_a_first_schema_database_opens_and_keeps_its_data(tmp_path: Path) -> None:
    """Build a database at the first revision, fill it, and let the store bring it to head."""
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    schema.upgrade(engine, schema.REVISIONS[0])
    engine.dispose()
    with Store.open(path) as store:
        with store.session() as s:
            setup.initialise(s, role="county", name="旧县", townships=["旧镇"])
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.REVISIONS[0]
    conn.close()
    with Store.open(path) as store:
        assert store.revision() == schema.HEAD
        with store.read() as s:
            assert {u.name for u in s.exec(select(OrgUnit))} == {"旧县", "旧镇"}


def test_opening_an_older_database_backs_it_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend a newer head exists: the store must back the file up before migrating."""
    path = tmp_path / "old.db"
    Store.open(path, create=True).close()
    calls: list[str] = []
    monkeypatch.setattr(schema, "HEAD", "0002")
    monkeypatch.setattr(schema, "REVISIONS", ("0001", "0002"))
    monkeypatch.setattr(schema, "upgrade", lambda engine, target="head": calls.append(target))
    with Store.open(path):
        pass
    backups = list((tmp_path / "backups").glob("old-*-before-migrate-0001.db"))
    assert len(backups) == 1
    assert calls == ["head"]
