"""Hooks for measuring and smoke-testing start-up: ``QS_STARTUP_PROBE`` and ``QS_SMOKE_TEST``."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.database import Database


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            watched.removeEventFilter(self)
        return False


def install(app: QApplication, window: QWidget, db: Database) -> None:
    """``QS_STARTUP_PROBE=1``: print "painted" at the first paint and "loaded" once the database
    is open and shown, then quit (benchmarks/startup.py). ``QS_SMOKE_TEST=1``: quit 1.5 s after
    the database opened (scripts/bundle_check.sh)."""
    if os.environ.get("QS_STARTUP_PROBE") == "1":
        probe = _FirstPaint(window)
        window.installEventFilter(probe)

        def loaded() -> None:
            print("loaded", flush=True)
            QTimer.singleShot(0, app.quit)

        db.opened.connect(lambda: QTimer.singleShot(0, loaded))
    if os.environ.get("QS_SMOKE_TEST") == "1":
        db.opened.connect(lambda: QTimer.singleShot(1500, app.quit))
