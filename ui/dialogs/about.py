"""关于: the versions a support request needs (app, Python, Qt, SQLite, SQLAlchemy, schema)."""

from __future__ import annotations

import html
import platform
import sqlite3

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def versions(revision: str | None) -> list[tuple[str, str]]:
    import sqlalchemy

    import qsupervise

    return [
        ("QSupervise", qsupervise.__version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("schema", revision or "—"),
    ]


class AboutDialog(QDialog):
    def __init__(self, revision: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 质量监管工作台"))
        rows = versions(revision)
        labels = {"schema": self.tr("数据库结构版本")}
        table = "".join(
            f"<tr><td style='padding-right:16px'>{html.escape(labels.get(k, k))}</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        name = html.escape(self.tr("质量监管工作台"))
        blurb = html.escape(self.tr("县域质量监管离线工作台：企业档案、监督抽查、认证许可、责任书与考核。"))
        text = QLabel(f"<h3>{name} {html.escape(rows[0][1])}</h3><p>{blurb}</p><table>{table}</table>")
        text.setObjectName("versions")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
