"""创建管理员: the first start of a database without users asks for its county administrator (no default password)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.dialogs.base import FormDialog

if TYPE_CHECKING:
    from qsupervise.permissions import Principal
    from qsupervise.store import Store


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


class StrengthHint(QLabel):
    """The hint under a new password: what is missing, or how strong it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strength")
        self.setWordWrap(True)

    def show_for(self, password: str, username: str = "") -> None:
        from qsupervise.services import setup, users

        if not password:
            self.setText(self.tr("至少 {0} 位，混用字母和数字（或符号）。").format(setup.MIN_PASSWORD))
            return
        problem = users.password_problem(password, username)
        if problem == "password_too_short":
            self.setText(self.tr("太短：至少 {0} 位。").format(setup.MIN_PASSWORD))
        elif problem:
            self.setText(self.tr("太简单：混用字母和数字，不要用用户名或连续、重复的字符。"))
        else:
            words = {1: self.tr("可用"), 2: self.tr("较强"), 3: self.tr("强"), 4: self.tr("很强")}
            self.setText(self.tr("密码强度：{0}").format(words[users.strength(password, username)]))


class FirstAdminDialog(FormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("创建管理员"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr(
            "这个数据库还没有用户。请创建县级管理员：管理员可以添加其他用户并分配角色。"
            "请记住密码——没有默认密码，忘记后只能由另一位管理员重置。"
        ))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(50)
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.display_name.setMaxLength(50)
        self.password = password_field("password")
        self.password2 = password_field("password2")
        self.hint = StrengthHint()
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("密码"), self.password)
        self.form.addRow(self.tr("再次输入"), self.password2)
        self.form.addRow("", self.hint)
        self.ok_button.setText(self.tr("创建并登录"))
        self.password.textChanged.connect(self.update_hint)
        self.username.textChanged.connect(self.update_hint)
        self.update_hint()
        self.apply = self.make_admin
        self.username.setFocus()

    def update_hint(self) -> None:
        self.hint.show_for(self.password.text(), self.username.text())

    def make_admin(self) -> Principal:
        from qsupervise.errors import KnownError
        from qsupervise.services import setup, users

        if self.password.text() != self.password2.text():
            raise KnownError("password_mismatch")
        name = self.username.text().strip()
        with self.store.session(actor="gui") as s:
            setup.create_admin(s, username=name, password=self.password.text(), actor="gui",
                               display_name=self.display_name.text())
        self.principal = users.sign_in(self.store, name, self.password.text())
        return self.principal
