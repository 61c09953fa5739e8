"""The database the window works on: which file is open, its station, and telling pages it changed.

The core is imported inside the methods so the window can paint before SQLAlchemy loads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sqlmodel import Session

    from qsupervise.store import QsSession, Store

# Every write from the window is audited as the built-in system user "gui".
ACTOR = "gui"


class Database(QObject):
    opened = Signal()  # another file (or none) is now open
    changed = Signal()  # rows changed: visible pages should refresh

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.station: tuple[str, str] | None = None  # (code, name)
        self.busy = False  # a background job holds the file (backup, restore)

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
        self._switch(store)
        return True

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
        except BaseException:
            store.close()
            if not existed:
                # Leave no half-made file behind for a typo in the form.
                for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    leftover.unlink(missing_ok=True)
            raise
        self._switch(store)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store = None
        self.station = None
        self.opened.emit()

    def _switch(self, store: Store) -> None:
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
