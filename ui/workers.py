"""Run a long core function off the GUI thread, with progress, cancel, and errors shown on the GUI thread.

The core function has the shape ``f(*, progress, cancel)``: ``progress(fraction, message)`` with
fraction in 0..1 (negative: unknown), ``cancel`` a :class:`threading.Event` it polls.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from ui import crash, i18n, modal

MAX_UPDATES_PER_SECOND = 20
STEPS = 1000

Progress = Callable[[float, str], None]
Job = Callable[..., Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker only emits, Qt queues the calls across."""

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Job, relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._relay = relay
        self._cancel = cancel
        self._last = 0.0

    def _progress(self, fraction: float, message: str = "") -> None:
        # Throttled here, in the worker, so a chatty job cannot flood the GUI event queue.
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last >= 1.0 / MAX_UPDATES_PER_SECOND:
            self._last = now
            self._emit(self._relay.progressed, float(fraction), message)

    def run(self) -> None:
        try:
            result = self._job(progress=self._progress, cancel=self._cancel)
        except Exception as exc:  # every failure goes back to the GUI thread to be shown
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.finished, result)

    def _emit(self, signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The window that asked for the job is gone (its relay was deleted with it);
            # the job's own work is committed or rolled back already, there is no one to tell.
            self._cancel.set()


class Task(QObject):
    """One background job with its progress dialog; create with :func:`run_task`.

    The finished task is not deleteLater()'d: a caller may still be connected to ``done`` and
    disconnecting from a deleted object corrupts the heap in PySide6 6.12. It is small and goes
    with its parent; only the dialog is deleted at once.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(
        self,
        parent: QWidget,
        job: Job,
        *,
        label: str,
        cancellable: bool = True,
        min_duration_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._job = job
        self.cancel_event = threading.Event()
        self.running = False
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("progress_dialog")
        # Our own bar, updated directly: QProgressDialog.setValue would spin processEvents() when modal.
        self._bar = QProgressBar()
        self._bar.setRange(0, STEPS)
        self.dialog.setBar(self._bar)
        self.dialog.setLabelText(label)
        self.dialog.setWindowTitle(self.tr("请稍候"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if cancellable:
            self.dialog.setCancelButtonText(self.tr("取消"))
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self._min_duration_ms = min_duration_ms

    def start(self) -> Task:
        self.running = True
        self.dialog.setMinimumDuration(self._min_duration_ms)  # shows itself only if the job takes that long
        self.dialog.setValue(0)  # a new dialog sits at -1; 0 starts the timer that shows it
        QThreadPool.globalInstance().start(_Runnable(self._job, self._relay, self.cancel_event))
        return self

    def cancel(self) -> None:
        self.cancel_event.set()

    def _on_progress(self, fraction: float, message: str) -> None:
        if self.cancel_event.is_set() or not self.running:
            return
        if fraction < 0:
            self._bar.setRange(0, 0)
        else:
            self._bar.setRange(0, STEPS)
            self._bar.setValue(int(min(fraction, 1.0) * STEPS))
        if message:
            self.dialog.setLabelText(message)

    def _close(self) -> None:
        self.running = False
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _on_finished(self, result: object) -> None:
        self._close()
        self.succeeded.emit(result)
        self.done.emit()

    def _on_failed(self, exc: BaseException) -> None:
        from qsupervise.errors import KnownError

        self._close()
        if isinstance(exc, KnownError):
            modal.warn(self._parent, exc.message(i18n.error_lang()))
        else:
            crash.report(exc)
        self.failed.emit(exc)
        self.done.emit()


def run_task(
    parent: QWidget,
    job: Job,
    *,
    label: str,
    on_success: Callable[[Any], None] | None = None,
    on_done: Callable[[], None] | None = None,
    cancellable: bool = True,
    min_duration_ms: int = 400,
) -> Task:
    """Start ``job`` in the global thread pool; callbacks run on the GUI thread."""
    task = Task(parent, job, label=label, cancellable=cancellable, min_duration_ms=min_duration_ms)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_done is not None:
        task.done.connect(on_done)
    return task.start()
