"""Reads a 标准化 tab's data off the GUI thread and keeps only the newest answer.

Over 600k executed standards a page of the ledger, its summary or the adoption rates take tens to hundreds of
milliseconds: a tab asks its :class:`Loader` as often as the user changes a filter; one read runs at a time on a
private one-thread pool, a newer request waits in its place (replacing an older waiting one), and the answer of
a request that was overtaken (its generation is not the newest) is dropped, so the tab keeps showing what it
had until the newest answer arrives. The job opens its own read session; only plain dataclasses cross threads.

The quiet sibling of ``ui.workers.run_task`` (no progress dialog), like the registry's ``registry_finder``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from ui import crash, i18n, modal

Job = Callable[[], Any]


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Run(QRunnable):
    def __init__(self, relay: _Relay, job: Job, generation: int) -> None:
        super().__init__()
        self._relay = relay
        self._job = job
        self._generation = generation

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # shown on the GUI thread
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.finished, result)

    def _emit(self, signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the tab is gone; a read has nothing to undo
            signal.emit(self._generation, value)


class Loader(QObject):
    """``request(job)`` as often as you like; ``loaded`` carries the result of the newest request only."""

    loaded = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Created before the relay: on destruction the pool (which waits for a running read) goes first.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self.generation = 0
        self.running = False
        self._waiting: tuple[Job, int] | None = None

    @property
    def busy(self) -> bool:
        return self.running or self._waiting is not None

    def request(self, job: Job) -> int:
        self.generation += 1
        self._waiting = (job, self.generation)
        if not self.running:
            self._start_waiting()
        return self.generation

    def forget(self) -> None:
        """Drop a waiting request and ignore the running one (another file was opened)."""
        self.generation += 1
        self._waiting = None

    def _start_waiting(self) -> None:
        if self._waiting is None:
            return
        job, generation = self._waiting
        self._waiting = None
        self.running = True
        self._pool.start(_Run(self._relay, job, generation))

    def _on_finished(self, generation: int, result: object) -> None:
        self.running = False
        if generation == self.generation:
            self.loaded.emit(result)
        self._start_waiting()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        from qsupervise.errors import KnownError

        self.running = False
        if generation == self.generation:
            parent = self.parent()
            if isinstance(exc, KnownError):
                modal.warn(parent if isinstance(parent, QWidget) else None, exc.message(i18n.error_lang()))
            else:
                crash.report(exc)
        self._start_waiting()

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the running read ends (tests, and closing the window)."""
        return self._pool.waitForDone(msecs)
