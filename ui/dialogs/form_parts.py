"""What the editing forms share: Save/Cancel with Ctrl+S, and the pause-then-check timer of inline validation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox

CHECK_DELAY_MS = 200  # a pause in typing after which the form checks what was typed


def save_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel (object names btn_ok / btn_cancel) wired to accept / reject; Ctrl+S saves too."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.setObjectName("buttons")
    buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("btn_ok")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("btn_cancel")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    save = QAction(dialog)
    save.setShortcut(QKeySequence("Ctrl+S"))
    save.triggered.connect(dialog.accept)
    dialog.addAction(save)
    return buttons


def check_timer(dialog: QDialog, check: Callable[[], object]) -> QTimer:
    """A single-shot timer that runs ``check`` once typing pauses for CHECK_DELAY_MS."""
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.setInterval(CHECK_DELAY_MS)
    timer.timeout.connect(check)
    return timer
