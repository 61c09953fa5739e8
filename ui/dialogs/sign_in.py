"""登录 when a database with users opens, 修改密码, and the flow that decides which of them (or 创建管理员) to show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui import modal
from ui.dialogs.base import FormDialog
from ui.dialogs.first_admin import FirstAdminDialog, StrengthHint, password_field

if TYPE_CHECKING:
    from qsupervise.permissions import Principal
    from qsupervise.store import Store

LAST_USER = "users/last"


class SignInDialog(FormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, *, switching: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("切换用户") if switching else self.tr("登录"))
        self.setMinimumWidth(380)
        where = QLabel(self.tr("数据库：{0}").format(store.path))
        where.setObjectName("where")
        where.setWordWrap(True)
        self.form.addRow(where)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(50)
        self.password = password_field("password")
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("密码"), self.password)
        self.ok_button.setText(self.tr("登录"))
        last = str(QSettings().value(LAST_USER, "") or "")
        self.username.setText(last)
        (self.password if last else self.username).setFocus()
        self.apply = self.sign_in

    def sign_in(self) -> Principal:
        from qsupervise.services import users

        try:
            self.principal = users.sign_in(self.store, self.username.text(), self.password.text())
        except Exception:
            self.password.clear()
            self.password.setFocus()
            raise
        QSettings().setValue(LAST_USER, self.principal.username)
        return self.principal


class ChangePasswordDialog(FormDialog):
    def __init__(self, store: Store, who: Principal, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.who = who
        self.setWindowTitle(self.tr("修改密码"))
        self.setMinimumWidth(400)
        if forced:
            note = QLabel(self.tr("管理员重置了您的密码。请设置一个只有您知道的新密码后继续。"))
            note.setObjectName("intro")
            note.setWordWrap(True)
            self.form.addRow(note)
        self.old = password_field("old_password")
        self.password = password_field("password")
        self.password2 = password_field("password2")
        self.hint = StrengthHint()
        self.form.addRow(self.tr("用户"), QLabel(who.username))
        self.form.addRow(self.tr("当前密码"), self.old)
        self.form.addRow(self.tr("新密码"), self.password)
        self.form.addRow(self.tr("再次输入"), self.password2)
        self.form.addRow("", self.hint)
        self.password.textChanged.connect(lambda text: self.hint.show_for(text, who.username))
        self.hint.show_for("", who.username)
        self.old.setFocus()
        self.apply = self.change

    def change(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import users

        if self.password.text() != self.password2.text():
            raise KnownError("password_mismatch")
        with self.store.session(principal=self.who) as s:
            users.change_password(s, self.who.user_id, self.old.text(), self.password.text())


def authenticate(parent: QWidget | None, store: Store) -> Principal | None:
    """Who works with ``store``: the first administrator of a file without users, else a sign-in (and the new
    password an admin's reset asks for). None when the user gives up."""
    from qsupervise.services import users

    with store.read() as s:
        anyone = users.has_users(s)
    if not anyone:
        first = FirstAdminDialog(store, parent)
        accepted = modal.exec_dialog(first)
        _done(parent, first)
        return first.principal if accepted else None
    return _signed_in(parent, store, SignInDialog(store, parent))


def switch_user(parent: QWidget | None, store: Store) -> Principal | None:
    """Another user signs in to the open file (the current one stays signed in if this is cancelled)."""
    dialog = SignInDialog(store, parent, switching=True)
    dialog.username.clear()
    dialog.username.setFocus()
    return _signed_in(parent, store, dialog)


def _signed_in(parent: QWidget | None, store: Store, dialog: SignInDialog) -> Principal | None:
    """The user of a sign-in dialog, after the new password an administrator's reset asks for."""
    from qsupervise.models import User

    accepted = modal.exec_dialog(dialog)
    _done(parent, dialog)
    if not accepted or dialog.principal is None:
        return None
    who = dialog.principal
    with store.read() as s:
        user = s.get(User, who.user_id)
        must_change = user is not None and user.must_change_password
    if must_change:
        change = ChangePasswordDialog(store, who, parent, forced=True)
        accepted = modal.exec_dialog(change)
        _done(parent, change)
        if not accepted:
            return None
    return who


def _done(parent: QWidget | None, dialog: QWidget) -> None:
    """A dialog asked before the window is used: give the window back its keyboard."""
    dialog.hide()
    dialog.deleteLater()
    if parent is not None:
        parent.window().activateWindow()
