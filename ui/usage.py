"""Exports and prints made from the window go into the audit trail, as the CLI's do.

Called where a worker's result comes back (never on failure or cancel), after the file is written: a refused
or failed entry does not touch the file, it is only said in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ui import i18n

if TYPE_CHECKING:
    from ui.database import Database

MESSAGE_MS = 15000


def record_use(
    owner: QWidget, db: Database, action: str, target: Path | str, detail: dict[str, Any] | None = None
) -> bool:
    """One audit entry for an export or print (``action`` as the CLI names it, ``target`` the file written)."""
    store = db.store
    if store is None:
        return False
    from qsupervise.errors import KnownError
    from qsupervise.services import audit
    from ui.database import ACTOR

    name = target.name if isinstance(target, Path) else target
    try:
        audit.record_use(store, actor=ACTOR, action=action, target=name, detail=detail)
    except KnownError as exc:
        note = QCoreApplication.translate("usage", "文件已保存，但没有记入审计日志：{0}").format(
            exc.message(i18n.error_lang())
        )
        window = main_window(owner)
        if window is not None:
            window.statusBar().showMessage(note, MESSAGE_MS)
        return False
    return True


def main_window(widget: QWidget | None) -> QMainWindow | None:
    """The window whose status bar speaks for ``widget`` (a dialog's parent chain, else the application's)."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow) and top.isVisible():
            return top
    return None
