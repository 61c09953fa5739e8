"""Every blocking question the interface asks goes through here, so tests can answer it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def exec_dialog(dialog: QDialog) -> bool:
    """Run ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def warn(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("modal", "提示"), text)


def inform(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("modal", "完成"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    """Ask before something that cannot be taken back with one click; No is the default."""
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("modal", "请确认"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, text: str, yes: str, no: str, title: str | None = None) -> bool:
    """Ask between two named actions (rich text allowed); True for ``yes``. ``no`` is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("modal", "请确认"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is yes_button
