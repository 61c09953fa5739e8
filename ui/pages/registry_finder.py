"""Runs the registry's list query off the GUI thread and keeps only the newest request.

Typing "青溪" asks for two lists; sorting 200k rows by township takes a few hundred ms. The page
asks as often as it likes: one query runs at a time on a private one-thread pool, a newer request
waits in its place (replacing any older waiting one), and results of superseded requests are dropped.
Only ids, plain dataclasses and counts cross threads; the worker opens its own read session.

This is the quiet sibling of ``ui.workers.run_task`` (no progress dialog: a list query must never
pop up a modal box while the user types).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from ui import crash, i18n, modal

if TYPE_CHECKING:
    from qsupervise.services.registry import ListRow, Query
    from qsupervise.store import Store

KEEP_AT_MOST = 200  # selected ids carried across a refresh


@dataclass(frozen=True)
class Found:
    generation: int
    query: Query
    rowids: list[int]
    kept: list[int]  # positions in ``rowids`` of the ids asked to keep, in list order
    first_page: int  # the page ``rows`` belongs to
    rows: list[ListRow]  # that page, loaded in the worker so the first paint needs no query
    seconds: float


def run_find(store: Store, query: Query, keep_ids: list[str], page_size: int, generation: int) -> Found:
    """The worker's job: the ids in display order, where the kept ids landed, and their first page."""
    import time

    from qsupervise.services import registry

    started = time.perf_counter()
    with store.read() as s:
        rowids = registry.find(s, query)
        wanted = {rid for rid in (registry.rowid_of(s, i) for i in keep_ids[:KEEP_AT_MOST]) if rid is not None}
        kept = [i for i, rid in enumerate(rowids) if rid in wanted] if wanted else []
        first_page = kept[0] // page_size if kept else 0
        start = first_page * page_size
        rows = registry.rows(s, rowids[start : start + page_size])
    return Found(generation, query, rowids, kept, first_page, rows, time.perf_counter() - started)


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, store: Store, query: Query, keep: list[str], page_size: int, gen: int) -> None:
        super().__init__()
        self._relay = relay
        self._args = (store, query, keep, page_size, gen)

    def run(self) -> None:
        try:
            found = run_find(*self._args)
        except Exception as exc:  # shown on the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(found)


class Finder(QObject):
    """``request()`` as often as you like; ``found`` carries the result of the newest request only."""

    found = Signal(object)  # Found
    idle = Signal()  # nothing running and nothing waiting

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Created before the relay, so on destruction the pool (which waits for a running query)
        # goes first and the relay is still there to receive its last signal.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self.page_size = page_size
        self.generation = 0
        self.running = False
        self._waiting: tuple[Store, Query, list[str], int] | None = None

    @property
    def busy(self) -> bool:
        return self.running or self._waiting is not None

    def request(self, store: Store, query: Query, keep_ids: list[str]) -> int:
        self.generation += 1
        self._waiting = (store, query, list(keep_ids), self.generation)
        if not self.running:
            self._start_waiting()
        return self.generation

    def forget(self) -> None:
        """Drop any waiting request and ignore the running one (the database was closed)."""
        self.generation += 1
        self._waiting = None

    def _start_waiting(self) -> None:
        if self._waiting is None:
            self.idle.emit()
            return
        store, query, keep, gen = self._waiting
        self._waiting = None
        self.running = True
        self._pool.start(_Job(self._relay, store, query, keep, self.page_size, gen))

    def _on_finished(self, found: Found) -> None:
        self.running = False
        if found.generation == self.generation:
            self.found.emit(found)
        self._start_waiting()

    def _on_failed(self, exc: BaseException) -> None:
        from qsupervise.errors import KnownError

        self.running = False
        parent = self.parent()
        if isinstance(exc, KnownError):
            modal.warn(parent if isinstance(parent, QWidget) else None, exc.message(i18n.error_lang()))
        else:
            crash.report(exc)
        self._start_waiting()

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the running query ends (tests, and closing the window)."""
        return self._pool.waitForDone(msecs)
