"""连接服务器数据库: where the county hub's PostgreSQL database is, and the password to sign in to it.

The dialog builds ``postgresql://user@host:port/db`` (never with the password in it). The password goes to the
connection through this process's PGPASSWORD, which libpq reads; it is not kept anywhere else (no QSettings).
"""

from __future__ import annotations

import os
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui import modal
from ui.dialogs.base import FormDialog

DEFAULT_PORT = 5432


def split_url(url: str) -> tuple[str, int, str, str]:
    """(host, port, database, user) of a ``postgresql://`` URL; blanks for what it does not say."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError:  # a hand-edited setting must not stop the dialog
        return "", DEFAULT_PORT, "", ""
    return parts.hostname or "", port, unquote(parts.path.lstrip("/")), unquote(parts.username or "")


def build_url(host: str, port: int, database: str, user: str) -> str:
    """``postgresql://user@host:port/db`` with the user and database name quoted as URLs need."""
    return f"postgresql://{quote(user, safe='')}@{host}:{port}/{quote(database, safe='')}"


def use_password(password: str) -> None:
    """Hand the password to libpq through this process's environment (children such as pg_dump inherit it);
    an empty one leaves what is there, so ~/.pgpass and an existing PGPASSWORD still work."""
    if password:
        os.environ["PGPASSWORD"] = password


class ServerConnectDialog(FormDialog):
    def __init__(self, url: str = "", *, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_connect")
        self.setWindowTitle(self.tr("连接服务器数据库"))
        self.setMinimumWidth(420)
        if intro:
            note = QLabel(intro)
            note.setObjectName("intro")
            note.setWordWrap(True)
            self.form.addRow(note)
        host, port, database, user = split_url(url) if url else ("", DEFAULT_PORT, "", "")
        self.host = self._edit("host", host)
        self.port = self._edit("port", str(port))
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database = self._edit("database", database)
        self.user = self._edit("user", user)
        self.password = self._edit("password", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("服务器地址"), self.host)
        self.form.addRow(self.tr("端口"), self.port)
        self.form.addRow(self.tr("数据库名"), self.database)
        self.form.addRow(self.tr("用户名"), self.user)
        self.form.addRow(self.tr("密码"), self.password)
        hint = QLabel(self.tr("密码只用于本次连接，不会保存。"))
        hint.setObjectName("password_hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.ok_button.setText(self.tr("连接"))
        first_empty = next((e for e in (self.host, self.database, self.user) if not e.text()), self.password)
        first_empty.setFocus()

    def _edit(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        return edit

    def url(self) -> str:
        port = int(self.port.text()) if self.port.text().isdigit() else DEFAULT_PORT
        return build_url(self.host.text().strip(), port, self.database.text().strip(), self.user.text().strip())

    def accept(self) -> None:
        missing = [label for edit, label in (
            (self.host, self.tr("服务器地址")),
            (self.database, self.tr("数据库名")),
            (self.user, self.tr("用户名")),
        ) if not edit.text().strip()]
        if missing:
            modal.warn(self, self.tr("请填写：{0}。").format("、".join(missing)), self.windowTitle())
            return
        use_password(self.password.text())
        super().accept()  # runs ``apply`` (opening the database); a refusal keeps the dialog and what was typed
