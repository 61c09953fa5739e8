"""The database file: open safely, migrate, one transaction per user action, backups."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from qsupervise import changelog, db_lock, dialect, schema
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
from qsupervise.permissions import Principal

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = dialect.BUSY_TIMEOUT_MS


class QsSession(Session):
    """A session whose flushes write the change log (see :mod:`qsupervise.changelog`)."""


changelog.install(QsSession)


def translate(exc: BaseException, path: Path | str) -> KnownError | None:
    """Map a database failure to the known problem a user can act on, if it is one."""
    said = str(getattr(exc, "orig", None) or exc)
    text = said.lower()
    if dialect.is_retryable(text):
        return KnownError("db_write_conflict", path=path)
    if isinstance(path, dialect.ServerUrl):
        return server_problem(said, path)
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


def server_problem(said: str, url: dialect.ServerUrl) -> KnownError | None:
    """A server that cannot be reached or refuses us, in words a user can act on."""
    text = said.lower()
    detail = said.strip().splitlines()[0][:200] if said.strip() else ""
    if "password authentication failed" in text or "no password supplied" in text:
        return KnownError("db_server_auth", url=url)
    if "connection" in text and ("refused" in text or "timeout" in text or "could not" in text or "failed" in text):
        return KnownError("db_server_unreachable", url=url, detail=detail)
    if "does not exist" in text and "database" in text:
        return KnownError("db_server_unreachable", url=url, detail=detail)
    return None


class Store:
    """An open QSupervise database: a file, or a database on a PostgreSQL server (``path`` is then its URL
    without the password)."""

    def __init__(self, path: Path | dialect.ServerUrl, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(qs_write=True)
        self._users: dict[str, str] = {}
        self._station_id: str | None = None
        self._lock: Path | None = None  # the lock file this store holds a share of (db_lock); set by open()
        self.principal: Principal | None = None  # who signed in (the GUI); None: full rights (the CLI)

    # -- opening -------------------------------------------------------------------

    @property
    def is_server(self) -> bool:
        return isinstance(self.path, dialect.ServerUrl)

    @property
    def file(self) -> Path:
        """The database file; a server database has none (what needs one refuses it)."""
        if isinstance(self.path, dialect.ServerUrl):
            raise KnownError("db_server_no_file", url=self.path)
        return self.path

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False) -> Store:
        """Open ``path`` (creating it when ``create``), migrating an older schema after a backup.

        A ``postgresql://`` URL opens a database on a server instead of a file (it must exist; ``create`` allows
        it to be empty)."""
        if dialect.is_server(path):
            return cls._open_server(str(path), create=create)
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
        lock = db_lock.acquire(path)  # another program has it open: db_in_use
        store = cls(path, dialect.sqlite_engine(path))
        store._lock = lock
        store._migrate(revision)
        return store

    @classmethod
    def _open_server(cls, url: str, *, create: bool) -> Store:
        shown = dialect.public_url(url)
        store = cls(shown, dialect.server_engine(url))
        try:
            with store.engine.connect() as conn:
                revision, tables = dialect.server_revision(conn)
        except DBAPIError as exc:
            store.close()
            raise translate(exc, shown) or exc from exc
        if revision is None and tables:
            store.close()
            raise DatabaseDamaged("db_damaged", path=shown, detail="no schema version")
        if revision is None and not create:
            store.close()
            raise DatabaseMissing("db_server_empty", url=shown)
        if revision is not None and not schema.is_known(revision):
            store.close()
            raise DatabaseNewer("db_newer", path=shown, found=revision, known=schema.HEAD)
        store._migrate(revision)
        return store

    def _migrate(self, revision: str | None) -> None:
        """Bring the schema to the head (a backup first when there is data) and guard the audit trail."""
        try:
            if revision != schema.HEAD:
                if revision is not None:
                    self._backup_before_migrating(revision)
                schema.upgrade(self._writer)
            from qsupervise.services.audit import protect  # audit_entry append-only triggers (decision 0007)

            protect(self, migrated=revision != schema.HEAD)
        except DBAPIError as exc:
            self.close()
            raise translate(exc, self.path) or exc from exc
        except BaseException:
            self.close()
            raise

    def _backup_before_migrating(self, revision: str) -> None:
        try:
            self.backup(reason=f"before-migrate-{revision}")
        except KnownError as exc:
            if not self.is_server:
                raise
            # A hub's backups are the server's (its administrator's pg_dump schedule); one of ours is a bonus.
            log.warning("no backup before migrating %s: %s", self.path, exc.message("en"))

    def close(self) -> None:
        self.engine.dispose()
        lock, self._lock = self._lock, None
        if lock is not None:
            db_lock.release(lock)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- sessions ------------------------------------------------------------------

    @contextmanager
    def session(
        self, *, actor: str = "cli", context: WriteContext | None = None, principal: Principal | None = None
    ) -> Iterator[QsSession]:
        """One user action: commit on success, roll back on any error.

        Every write is checked against ``principal`` (default: the store's signed-in user; none: full rights).
        """
        who = principal or self.principal
        with QsSession(self._writer, expire_on_commit=False) as s:
            try:
                ctx = context or self.write_context(who.username if who else actor, s)
                if who is not None:
                    ctx.principal = ctx.principal or who
                s.info["write_context"] = ctx
                s.info["principal"] = ctx.principal
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
        """Copy the live database (backup API, fsync, integrity check); see :mod:`qsupervise.backups`."""
        from qsupervise import backups

        return backups.make(self, dest, reason=reason)

    def restore(self, source: Path | str) -> Path:
        """Replace the contents with a backup; the current state is backed up first (returned)."""
        from qsupervise import backups

        return backups.replace(self, source)

    # -- checks --------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Messages from SQLite's integrity check (empty when the file is sound; a server checks its own)."""
        with self.engine.connect() as conn:
            return dialect.integrity_problems(conn)

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None

