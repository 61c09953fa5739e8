"""Start-up timing: run work after the window's first paint; hooks ``QS_STARTUP_PROBE`` and ``QS_SMOKE_TEST``."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.database import Database


class _FirstPaint(QObject):
    """Calls ``callback`` once, just after ``widget`` first painted (or after ``fallback_ms``)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int, defer: bool) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        self._defer = defer
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)  # a minimised or hidden window never paints

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            if self._defer:
                QTimer.singleShot(0, self._fire)  # let this paint reach the screen first
            else:
                self._fire()
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], fallback_ms: int = 500, *, defer: bool = True
) -> None:
    _FirstPaint(widget, callback, fallback_ms, defer)


def install(app: QApplication, window: QWidget, db: Database) -> None:
    """``QS_STARTUP_PROBE=1``: print "painted" at the first paint and "loaded" once the database
    is open and shown, then quit (benchmarks/startup.py). ``QS_SMOKE_TEST=1``: quit 1.5 s after
    the database opened (scripts/bundle_check.sh)."""
    if os.environ.get("QS_STARTUP_PROBE") == "1":
        # timing only, the app quits once loaded: no sign-in dialog to wait on (the CLI has full rights anyway)
        db.authenticator = None
        after_first_paint(window, lambda: print("painted", flush=True), fallback_ms=60_000, defer=False)

        def loaded() -> None:
            print("loaded", flush=True)
            QTimer.singleShot(0, app.quit)

        db.opened.connect(lambda: QTimer.singleShot(0, loaded))
    if os.environ.get("QS_SMOKE_TEST") == "1":
        db.opened.connect(lambda: QTimer.singleShot(1500, app.quit))
        # a database without users asks for the first administrator, one with users for a sign-in: a start
        # that reached that dialog has started too (quitting ends the dialog's loop as well)
        watch = QTimer(app)
        watch.setInterval(250)

        def dialog_shown() -> None:
            if app.activeModalWidget() is not None:
                watch.stop()
                QTimer.singleShot(1500, app.quit)

        watch.timeout.connect(dialog_shown)
        watch.start()
