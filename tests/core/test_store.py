"""Opening, refusing and backing up database files without ever damaging them."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise import dialect
from qsupervise import store as store_module
from qsupervise.errors import DatabaseDamaged, DatabaseLocked, DatabaseMissing, DatabaseNewer, DatabaseReadOnly
from qsupervise.models import Enterprise, OrgUnit
from qsupervise.store import Store
from tests.core import db_state


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_follow_the_design(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == store_module.BUSY_TIMEOUT_MS


def test_missing_file_is_refused_without_creating_it(tmp_path: Path) -> None:
    path = tmp_path / "nope.db"
    with pytest.raises(DatabaseMissing) as info:
        Store.open(path)
    assert not path.exists()
    assert "nope.db" in info.value.message("zh")
    assert "does not exist" in info.value.message("en")


def test_garbage_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库" * 100, encoding="utf-8")
    before = digest(path)
    with pytest.raises(DatabaseDamaged):
        Store.open(path)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseDamaged):
        Store.open(path)
    assert digest(path) == before


def left_alone(where: str) -> str:
    """What must not change: a file's every byte, a server database's every row."""
    if not dialect.is_server(where):
        return digest(Path(where))
    with db_state.plain(where) as engine:
        return db_state.snapshot(engine)


def test_newer_schema_is_refused_and_left_alone(store: Store) -> None:
    where = db_state.address(store)
    store.close()
    db_state.run(where, "UPDATE alembic_version SET version_num = '9999'")
    before = left_alone(where)
    with pytest.raises(DatabaseNewer) as info:
        Store.open(where)
    assert "9999" in info.value.message("zh")
    assert left_alone(where) == before


def test_read_only_location_is_reported(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root here, which ignores permission bits: simulate what os.access reports.
    store.close()
    monkeypatch.setattr(store_module.os, "access", lambda *_a, **_k: False)
    with pytest.raises(DatabaseReadOnly) as info:
        Store.open(store.path)
    assert "可写" in info.value.message("zh")


def test_locked_database_gives_a_clear_message_and_keeps_data(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    path = store.path
    store.close()
    locked = Store.open(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLocked), locked.session() as s:
            town = s.exec(select(OrgUnit).where(OrgUnit.name == "城关镇")).one()
            s.add(Enterprise(name="锁住时写入", township_id=town.id))
    finally:
        other.execute("ROLLBACK")
        other.close()
    with locked.read() as s:
        assert s.exec(select(Enterprise).where(Enterprise.name == "锁住时写入")).first() is None
    locked.close()


def test_exclusively_locked_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "held.db"
    Store.open(path, create=True).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked):
            Store.open(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_backup_and_restore_round_trip(store: Store) -> None:
    with store.read() as s:
        town = s.exec(select(OrgUnit).where(OrgUnit.name == "城关镇")).one()
    with store.session() as s:
        s.add(Enterprise(name="备份前", township_id=town.id))
    saved = store.backup()
    assert saved.parent == store.path.parent / "backups"
    with store.session() as s:
        s.add(Enterprise(name="备份后", township_id=town.id))
    safety = store.restore(saved)
    with store.read() as s:
        names = set(s.exec(select(Enterprise.name)).all())
    assert names == {"备份前"}
    with Store.open(safety) as old:  # the state before the restore is kept
        with old.read() as s:
            assert set(s.exec(select(Enterprise.name)).all()) == {"备份前", "备份后"}


def test_restore_refuses_a_file_that_is_not_a_backup(store: Store, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"\0" * 4096)
    before = digest(store.path)
    with pytest.raises(store_module.KnownError) as info:
        store.restore(bogus)
    assert info.value.code == "restore_not_db"
    assert digest(store.path) == before
