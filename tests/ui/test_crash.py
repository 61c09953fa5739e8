"""A bug is logged with its traceback and shown in a copyable report."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from ui import crash
from ui.dialogs.crash import CrashDialog


def test_handle_logs_and_shows_the_report(qtbot, prompts, tmp_path):
    crash.setup_logging()
    root = logging.getLogger("qsupervise")
    added = root.handlers[-1]
    shown = []

    def look(dialog: CrashDialog) -> None:
        shown.append(dialog.findChild(QPlainTextEdit, "traceback").toPlainText())
        qtbot.mouseClick(dialog.findChild(QPushButton, "btn_copy"), qtbot_left())
        dialog.reject()

    prompts.on_dialog(look)
    try:
        try:
            {}["missing"]
        except KeyError as exc:
            crash.handle(type(exc), exc, exc.__traceback__)
    finally:
        root.removeHandler(added)
        added.close()
    assert "KeyError: 'missing'" in shown[0]
    assert "QSupervise" in shown[0]
    assert QGuiApplication.clipboard().text() == shown[0]
    log = crash.log_path()
    assert log.parent.parent == tmp_path / "data"
    assert "KeyError: 'missing'" in log.read_text(encoding="utf-8")


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
