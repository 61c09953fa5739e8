"""The database the window works on: which file is open, its station, and telling pages it changed.

The core is imported inside the methods so the window can paint before SQLAlchemy loads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    import threading

    from sqlmodel import Session

    from qsupervise.permissions import Principal
    from qsupervise.store import QsSession, Store

# Writes from the window are audited as the built-in system user "gui" until someone signs in; then the
# change log records the signed-in user and every session carries their rights (qsupervise/permissions.py).
ACTOR = "gui"


DAILY_BACKUP_DELAY = 20.0  # seconds after a file opens

class Database(QObject):
    opened = Signal()  # another file (or none) is now open
    changed = Signal()  # rows changed: visible pages should refresh

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.station: tuple[str, str] | None = None  # (code, name)
        self.busy = False  # a background job holds the file (backup, restore)
        self._daily: threading.Timer | None = None  # the day's first backup, started when a file opens
        # Asked for a user before a file opens (the window's sign-in or first-administrator dialog); None
        # (a Database without a window) opens with full rights, as the CLI does.
        self.authenticator: Callable[[Store], Principal | None] | None = None

    @property
    def principal(self) -> Principal | None:
        """Who signed in to the open file (None: no file, or no sign-in asked for)."""
        return self.store.principal if self.store is not None else None

    def set_principal(self, principal: Principal | None) -> None:
        """Another user signed in: every session from now on carries their rights; pages rebuild what they show."""
        if self.store is not None:
            self.store.principal = principal
            self.opened.emit()

    def _sign_in(self, store: Store) -> None:
        """Ask who works with ``store``; closes it and refuses when nobody signs in."""
        if self.authenticator is None:
            return
        from qsupervise.errors import KnownError

        try:
            principal = self.authenticator(store)
        except BaseException:
            store.close()
            raise
        if principal is None:
            from qsupervise.services import users

            with store.read() as s:
                nobody = not users.has_users(s)
            store.close()
            raise KnownError("sign_in_no_admin" if nobody else "sign_in_cancelled", path=store.path)
        store.principal = principal

    def sign_in_again(self) -> None:
        """The open file now holds another state (a restore): its users may differ, so whoever works with it signs
        in anew. When nobody does, the file is closed (as on opening) and the KnownError says so."""
        store = self.store
        if store is None or self.authenticator is None:
            return
        store.principal = None  # the user signed in before may not exist in the restored file
        try:
            self._sign_in(store)  # closes the store when nobody signs in
        except BaseException:
            self.store = None
            self.station = None
            self.opened.emit()
            raise
        self.opened.emit()

    @property
    def path(self) -> Path | None:
        return self.store.path if self.store is not None else None

    def open(self, path: Path | str) -> bool:
        """Open an existing file; False when it has no county yet (the caller offers to set it up)."""
        from qsupervise.store import Store

        store = Store.open(path, create=False)
        if not store.is_initialised():
            store.close()
            return False
        self._sign_in(store)
        self._switch(store)
        self.start_daily_backup()
        return True

    def start_daily_backup(self) -> None:
        """The day's first backup of the open file, made on a thread beside the work (qsupervise.backups.daily).

        It copies the last commit through its own connection, so edits go on meanwhile; a restore waits for it.
        """
        import threading

        store = self.store
        if store is None or store.is_server:  # a hub is backed up by its server (pg_dump), not by every client
            return
        # a little later, so that it does not compete with the first pages' queries (4–5 s on a 200k file)
        self._daily = threading.Timer(DAILY_BACKUP_DELAY, _daily_backup, args=(store,))
        self._daily.name, self._daily.daemon = "daily-backup", True
        self._daily.start()

    def stop_daily_backup(self) -> None:
        """Another file, a restore or closing: a backup not begun yet is dropped, one under way is waited for."""
        if self._daily is not None:
            self._daily.cancel()
            self._daily.join()
            self._daily = None

    def wait_for_daily_backup(self, timeout: float | None = None) -> None:
        if self._daily is not None:
            self._daily.join(timeout)

    def create(
        self,
        path: Path | str,
        *,
        role: str,
        name: str,
        area_code: str | None = None,
        county_name: str | None = None,
        townships: list[str] | None = None,
    ) -> None:
        """Set up a new database (or an existing empty one) and open it."""
        from qsupervise.errors import KnownError
        from qsupervise.services import setup
        from qsupervise.store import Store

        path = Path(path).expanduser().absolute()
        existed = path.exists()
        store = Store.open(path, create=True)
        try:
            if store.is_initialised():
                raise KnownError("db_exists", path=path)
            with store.session(actor=ACTOR) as s:
                setup.initialise(
                    s,
                    role=role,
                    name=name,
                    area_code=area_code or None,
                    county_name=county_name or None,
                    townships=townships or [],
                    actor=ACTOR,
                )
            store.forget_cache()
            self._sign_in(store)  # a new file has no users: its first administrator is made now
        except BaseException:
            store.close()
            if not existed:
                # Leave no half-made file behind for a typo in the form.
                for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    leftover.unlink(missing_ok=True)
            raise
        self._switch(store)

    def close(self) -> None:
        self.stop_daily_backup()
        if self.store is not None:
            self.store.close()
        self.store = None
        self.station = None
        self.opened.emit()

    def _switch(self, store: Store) -> None:
        self.stop_daily_backup()
        if self.store is not None:
            self.store.close()
        self.store = store
        self.reload_station()
        self.opened.emit()

    def reload_station(self) -> None:
        from qsupervise.services import setup

        self.station = None
        if self.store is not None:
            with self.store.read() as s:
                station = setup.local_station(s)
                if station is not None:
                    self.station = (station.code, station.name)

    @contextmanager
    def session(self) -> Iterator[QsSession]:
        """One user action, one transaction; pages are told to refresh after it commits."""
        if self.store is None:
            raise RuntimeError("no database open")
        with self.store.session(actor=ACTOR) as s:
            yield s
        self.changed.emit()

    @contextmanager
    def read(self) -> Iterator[Session]:
        if self.store is None:
            raise RuntimeError("no database open")
        with self.store.read() as s:
            yield s

    def notify_changed(self) -> None:
        self.changed.emit()

    def revision(self) -> Any:
        return self.store.revision() if self.store is not None else None


def _daily_backup(store: Store) -> None:
    import logging

    from qsupervise import backups
    from qsupervise.errors import KnownError

    try:
        made = backups.daily(store)
    except KnownError as exc:  # a full disk or an unwritable folder must not stop the work; the log says it
        logging.getLogger(__name__).warning("daily backup of %s failed: %s", store.path, exc.message("en"))
    else:
        if made is not None:
            logging.getLogger(__name__).info("daily backup %s", made)
