"""Schema changes happen only through Alembic; the store knows every revision in db/versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel, select

import qsupervise.models  # noqa: F401
from qsupervise import schema
from qsupervise.models import Enterprise, OrgUnit
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


def first_schema_database(path: Path) -> None:
    """A database as the first release wrote it: schema 0001 and rows inserted with plain SQL."""
    engine = create_engine(f"sqlite:///{path}")
    schema.upgrade(engine, schema.REVISIONS[0])
    engine.dispose()
    conn = sqlite3.connect(path)
    stamp = "2026-01-05 08:00:00.000000"
    common = (stamp, stamp, "u1", "s1")
    conn.execute(
        "INSERT INTO org_unit (id, created_at, updated_at, created_by, origin_station, kind, name, active, sort_order)"
        " VALUES ('c1', ?, ?, ?, ?, 'county', '旧县', 1, 0), ('t1', ?, ?, ?, ?, 'township', '旧镇', 1, 0)",
        common + common,
    )
    conn.execute(
        "INSERT INTO enterprise (id, created_at, updated_at, created_by, origin_station, name, uscc, township_id,"
        " address, legal_rep, chief_quality_officer, industry_code, kind, scale, key_energy_user,"
        " leading_enterprise, status, contact_name, contact_phone)"
        " VALUES ('e1', ?, ?, ?, ?, '发夏食品有限公司', '91350100M000100Y43', 't1', '', '', '', 'C1391',"
        " 'enterprise', 'below', 0, 0, 'active', '', '')",
        common,
    )
    conn.commit()
    conn.close()


def test_a_first_schema_database_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    first_schema_database(path)
    with Store.open(path) as store:
        assert store.revision() == schema.HEAD
        with store.read() as s:
            assert {u.name for u in s.exec(select(OrgUnit))} == {"旧县", "旧镇"}
            enterprise = s.exec(select(Enterprise)).one()
    assert enterprise.name == "发夏食品有限公司"
    assert enterprise.search_key.endswith("\x1ffxspyxgs\x1f91350100m000100y43")  # 0002 backfilled it
    assert len(list((tmp_path / "backups").glob("old-*-before-migrate-0001.db"))) == 1


def test_opening_an_older_database_backs_it_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend a newer head exists: the store must back the file up before migrating."""
    path = tmp_path / "old.db"
    Store.open(path, create=True).close()
    calls: list[str] = []
    current = schema.HEAD
    monkeypatch.setattr(schema, "HEAD", "9000")
    monkeypatch.setattr(schema, "REVISIONS", (*schema.REVISIONS, "9000"))
    monkeypatch.setattr(schema, "upgrade", lambda engine, target="head": calls.append(target))
    with Store.open(path):
        pass
    backups = list((tmp_path / "backups").glob(f"old-*-before-migrate-{current}.db"))
    assert len(backups) == 1
    assert calls == ["head"]
