"""The database file: open safely, migrate, one transaction per user action, backups."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from qsupervise import changelog, schema
from qsupervise.changelog import WriteContext
from qsupervise.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseNewer,
    DatabaseReadOnly,
    KnownError,
)
from qsupervise.models import OrgKind, OrgUnit, Station, User
from qsupervise.paths import backups_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
KEEP_BACKUPS = 30


class QsSession(Session):
    """A session whose flushes write the change log (see :mod:`qsupervise.changelog`)."""


changelog.install(QsSession)


def translate(exc: BaseException, path: Path) -> KnownError | None:
    """Map a SQLite failure to the known problem a user can act on, if it is one."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked("db_locked", path=path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseReadOnly("db_readonly", path=path)
    if "disk is full" in text or "database or disk is full" in text:
        return KnownError("disk_full")
    if "not a database" in text or "malformed" in text or "disk i/o" in text:
        return DatabaseDamaged("db_damaged", path=path, detail=text)
    return None


def _probe(path: Path) -> tuple[str | None, int]:
    """Read the schema revision without changing anything in the file."""
    with path.open("rb") as fh:
        head = fh.read(16)
    if head and head != SQLITE_MAGIC:
        raise DatabaseDamaged("db_damaged", path=path, detail="not a SQLite file")
    if not head:
        return None, 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return schema.read_revision(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, path) or DatabaseDamaged("db_damaged", path=path, detail=str(exc)) from exc


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseReadOnly("db_readonly", path=path)


def _make_engine(path: Path) -> Engine:
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


class Store:
    """An open QSupervise database file."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(qs_write=True)
        self._users: dict[str, str] = {}
        self._station_id: str | None = None

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False) -> Store:
        """Open ``path`` (creating it when ``create``), migrating an older schema after a backup."""
        path = Path(path).expanduser().absolute()
        if not path.exists():
            if not create:
                raise DatabaseMissing("db_missing", path=path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseReadOnly("db_readonly", path=path) from exc
            revision, tables = None, 0
        else:
            revision, tables = _probe(path)
        if revision is None and tables:
            raise DatabaseDamaged("db_damaged", path=path, detail="no schema version")
        if revision is not None and not schema.is_known(revision):
            raise DatabaseNewer("db_newer", path=path, found=revision, known=schema.HEAD)
        _check_writable(path)
        engine = _make_engine(path)
        store = cls(path, engine)
        try:
            if revision != schema.HEAD:
                if revision is not None:
                    store.backup(reason=f"before-migrate-{revision}")
                schema.upgrade(store._writer)
        except DBAPIError as exc:
            engine.dispose()
            raise translate(exc, path) or exc from exc
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- sessions ------------------------------------------------------------------

    @contextmanager
    def session(self, *, actor: str = "cli", context: WriteContext | None = None) -> Iterator[QsSession]:
        """One user action: commit on success, roll back on any error."""
        with QsSession(self._writer, expire_on_commit=False) as s:
            try:
                s.info["write_context"] = context or self.write_context(actor, s)
                yield s
                s.commit()
            except DBAPIError as exc:
                s.rollback()
                raise translate(exc, self.path) or exc from exc
            except BaseException:
                s.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A view for queries; nothing is committed, loaded objects stay readable after."""
        with Session(self.engine, expire_on_commit=False) as s:
            try:
                yield s
            except DBAPIError as exc:
                raise translate(exc, self.path) or exc from exc

    def write_context(self, actor: str, session: Session) -> WriteContext:
        return WriteContext(station_id=self.station_id(session), user_id=self.user_id(actor, session))

    def station_id(self, session: Session | None = None) -> str:
        if self._station_id is None:
            with self._maybe(session) as s:
                found = s.exec(select(col(Station.id)).where(Station.is_local == True)).first()  # noqa: E712
            if not found:
                return ""  # not initialised yet: look again next time
            self._station_id = found
        return self._station_id

    def user_id(self, username: str, session: Session | None = None) -> str:
        if username not in self._users:
            with self._maybe(session) as s:
                found = s.exec(select(col(User.id)).where(User.username == username)).first()
            if not found:
                return username
            self._users[username] = found
        return self._users[username]

    def forget_cache(self) -> None:
        self._users.clear()
        self._station_id = None

    @contextmanager
    def _maybe(self, session: Session | None) -> Iterator[Session]:
        if session is not None:
            yield session
        else:
            with self.read() as s:
                yield s

    def is_initialised(self) -> bool:
        with self.read() as s:
            county = s.exec(select(col(OrgUnit.id)).where(OrgUnit.kind == OrgKind.COUNTY)).first()
        return county is not None and bool(self.station_id())

    # -- backups -------------------------------------------------------------------

    def backup(self, dest: Path | str | None = None, *, reason: str = "manual") -> Path:
        """Copy the live database with SQLite's backup API; rotate the backups folder."""
        if dest is None:
            folder = backups_dir(self.path)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            dest = folder / f"{self.path.stem}-{stamp}-{reason}.db"
            n = 1
            while dest.exists():
                n += 1
                dest = folder / f"{self.path.stem}-{stamp}-{reason}-{n}.db"
        dest = Path(dest).absolute()
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            _copy_database(self.path, dest)
        except (OSError, sqlite3.Error) as exc:
            dest.unlink(missing_ok=True)
            known = translate(exc, self.path)
            raise known or KnownError("backup_failed", detail=str(exc)) from exc
        if dest.parent == backups_dir(self.path) and reason != "manual":
            rotate(dest.parent, self.path.stem, KEEP_BACKUPS)
        return dest

    def restore(self, source: Path | str) -> Path:
        """Replace the contents with a backup; the current state is backed up first."""
        source = Path(source).absolute()
        try:
            revision, _tables = _probe(source)
            conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
        except (KnownError, OSError, sqlite3.Error) as exc:
            raise KnownError("restore_not_db", path=source, detail=str(exc)) from exc
        if revision is None or ok != "ok":
            raise KnownError("restore_not_db", path=source, detail=ok if ok != "ok" else "no schema version")
        if not schema.is_known(revision):
            raise DatabaseNewer("db_newer", path=source, found=revision, known=schema.HEAD)
        safety = self.backup(reason="before-restore")
        self.engine.dispose()
        _copy_database(source, self.path)
        self.forget_cache()
        if revision != schema.HEAD:
            schema.upgrade(self._writer)
        return safety

    # -- checks --------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Messages from SQLite's integrity check (empty when the file is sound)."""
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def _copy_database(source: Path, dest: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(dest, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; manual ones are the user's to delete."""
    files = sorted(folder.glob(f"{stem}-*-before-*.db"), key=lambda p: p.stat().st_mtime)
    removed = files[: max(0, len(files) - keep)]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed
