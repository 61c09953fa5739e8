"""Bugs (anything that is not a KnownError): log the traceback and show a crash report."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

log = logging.getLogger("qsupervise.ui")
_showing = False


def log_path() -> Path:
    from qsupervise.paths import data_dir

    return data_dir() / "logs" / "qsupervise.log"


def setup_logging() -> None:
    """Send the interface's log to the user-data folder (rotated, so it never fills a disk)."""
    from logging.handlers import RotatingFileHandler

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("qsupervise")
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def describe(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The report text: versions first, so a pasted report says where it came from."""
    import platform
    import traceback

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    import qsupervise

    head = (
        f"QSupervise {qsupervise.__version__} · Python {platform.python_version()} · "
        f"Qt {qVersion()} · PySide6 {pyside_version} · {platform.platform()}"
    )
    return head + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: never raises, never recurses into a second dialog."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    text = describe(exc_type, exc, tb)
    if not logging.getLogger("qsupervise").handlers:
        setup_logging()
    log.error("unhandled exception\n%s", text)
    if sys.__stderr__ is not None:
        sys.__stderr__.write(text)
    if _showing:
        return
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    _showing = True
    try:
        from ui import modal
        from ui.dialogs.crash import CrashDialog

        modal.exec_dialog(CrashDialog(text, str(log_path())))
    finally:
        _showing = False


def install() -> None:
    """Catch bugs from now on; the log file is opened on the first report, keeping start-up quick."""
    sys.excepthook = handle


def report(exc: BaseException) -> None:
    """Hand a bug caught elsewhere (e.g. from a worker thread) to whatever hook is installed."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
