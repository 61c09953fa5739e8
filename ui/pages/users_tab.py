"""设置 → 用户 (county administrators): list, add, role and its township or inspector link, reset, deactivate."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.dialogs.first_admin import StrengthHint, password_field

if TYPE_CHECKING:
    from qsupervise.models import User


class UserDialog(FormDialog):
    """A new user (with a first password), or another role and link for one."""

    def __init__(self, db: Database, user: User | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from qsupervise.rules import roles
        from qsupervise.services import org, spotchecks

        self.setWindowTitle(self.tr("新增用户") if user is None else self.tr("修改用户"))
        self.setMinimumWidth(420)
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("username")
        self.username.setMaxLength(50)
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("display_name")
        self.display_name.setMaxLength(50)
        self.role = QComboBox()
        self.role.setObjectName("role")
        lang = i18n.error_lang()
        for role in roles.ROLES:
            label = roles.LABELS[role]
            self.role.addItem(label[1] if lang == "en" else label[0], role)
        self.township = QComboBox()
        self.township.setObjectName("township")
        self.inspector = QComboBox()
        self.inspector.setObjectName("inspector")
        with db.read() as s:
            for unit in org.list_units(s, include_inactive=False):
                if unit.kind != "county":
                    self.township.addItem(unit.name, unit.id)
            for person in spotchecks.inspectors(s):
                self.inspector.addItem(f"{person.name} {person.unit}".strip(), person.id)
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("所属乡镇"), self.township)
        self.form.addRow(self.tr("检查人员"), self.inspector)
        self.password = password_field("password")
        self.password2 = password_field("password2")
        self.hint = StrengthHint()
        if user is None:
            self.form.addRow(self.tr("初始密码"), self.password)
            self.form.addRow(self.tr("再次输入"), self.password2)
            self.form.addRow("", self.hint)
            self.password.textChanged.connect(lambda text: self.hint.show_for(text, self.username.text()))
            self.hint.show_for("")
        else:
            self.role.setCurrentIndex(max(0, self.role.findData(roles.canonical(user.role))))
            self.township.setCurrentIndex(max(0, self.township.findData(user.org_unit_id)))
            self.inspector.setCurrentIndex(max(0, self.inspector.findData(user.inspector_id)))
        self.role.currentIndexChanged.connect(self.update_links)
        self.update_links()

    def update_links(self) -> None:
        role = self.role.currentData()
        self.form.setRowVisible(self.township, role == "township_clerk")
        self.form.setRowVisible(self.inspector, role == "inspector")

    def values(self) -> dict[str, Any]:
        role = str(self.role.currentData())
        return {
            "role": role,
            "display_name": self.display_name.text(),
            "org_unit_id": self.township.currentData() if role == "township_clerk" else None,
            "inspector_id": self.inspector.currentData() if role == "inspector" else None,
        }

    def checked_password(self) -> str:
        from qsupervise.errors import KnownError

        if self.password.text() != self.password2.text():
            raise KnownError("password_mismatch")
        return self.password.text()


class ResetDialog(FormDialog):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("重置密码"))
        note = QLabel(self.tr("为“{0}”设置临时密码。下次登录时需要改成自己的密码；账户锁定同时解除。").format(username))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.password = password_field("password")
        self.password2 = password_field("password2")
        self.hint = StrengthHint()
        self.form.addRow(self.tr("临时密码"), self.password)
        self.form.addRow(self.tr("再次输入"), self.password2)
        self.form.addRow("", self.hint)
        self.password.textChanged.connect(lambda text: self.hint.show_for(text, username))
        self.hint.show_for("")


class UsersTab(QWidget):
    message = Signal(str)
    COLUMNS = 6

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[User] = []
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for key, slot in (("add", self.add), ("edit", self.edit), ("reset", self.reset), ("toggle", self.toggle)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("users_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.update_buttons()

    # -- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected()
        self.rows = []
        names: dict[str, str] = {}
        if self.db.store is not None:
            from qsupervise.services import users

            with self.db.read() as s:
                self.rows = users.users(s)
                names = users.link_names(s)
        self.table.setRowCount(len(self.rows))
        for r, user in enumerate(self.rows):
            link = names.get(user.org_unit_id or user.inspector_id or "", "")
            last = user.last_sign_in.astimezone().strftime("%Y-%m-%d %H:%M") if user.last_sign_in else ""
            cells = (user.username, user.display_name, self.role_text(user.role), link,
                     self.tr("在用") if user.active else self.tr("已停用"), last)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(r, c, item)
        if keep is not None:
            self.select(keep.id)
        self.update_buttons()

    @staticmethod
    def role_text(role: str) -> str:
        from ui.permissions import role_label

        return role_label(role, i18n.error_lang())

    def selected(self) -> User | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def select(self, user_id: str) -> None:
        for r, user in enumerate(self.rows):
            if user.id == user_id:
                self.table.selectRow(r)

    def update_buttons(self) -> None:
        user = self.selected()
        self.buttons["add"].setEnabled(self.db.store is not None)
        for key in ("edit", "reset", "toggle"):
            self.buttons[key].setEnabled(user is not None)
        self.buttons["toggle"].setText(self.tr("启用") if user is not None and not user.active else self.tr("停用"))

    # -- actions ------------------------------------------------------------------------

    def _attempt(self, action: Callable[[], Any]) -> Any:
        from qsupervise.errors import KnownError

        try:
            return action()
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return None

    def add(self) -> None:
        from qsupervise.services import users

        dialog = UserDialog(self.db, parent=self)

        def apply() -> str:
            password = dialog.checked_password()
            with self.db.session() as s:
                return users.create_user(s, username=dialog.username.text(), password=password,
                                         must_change_password=True, actor=ACTOR, **dialog.values()).id

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            self.refresh()
            self.select(str(dialog.outcome))
            self.message.emit(self.tr("已新增用户“{0}”。").format(dialog.username.text().strip()))

    def edit(self) -> None:
        from qsupervise.services import users

        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self.db, user, parent=self)
        user_id = user.id

        def apply() -> None:
            with self.db.session() as s:
                users.update_user(s, user_id, actor=ACTOR, **dialog.values())

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            self.refresh()
            self.message.emit(self.tr("已修改用户“{0}”。").format(user.username))

    def reset(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import users

        user = self.selected()
        if user is None:
            return
        dialog = ResetDialog(user.username, parent=self)
        user_id = user.id

        def apply() -> None:
            if dialog.password.text() != dialog.password2.text():
                raise KnownError("password_mismatch")
            with self.db.session() as s:
                users.reset_password(s, user_id, dialog.password.text(), actor=ACTOR)

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            self.refresh()
            self.message.emit(self.tr("已重置“{0}”的密码。").format(user.username))

    def toggle(self) -> None:
        from qsupervise.services import users

        user = self.selected()
        if user is None:
            return
        active = not user.active
        if not active and not modal.confirm(
            self, self.tr("停用“{0}”？停用后不能再登录，其记录保留，可随时重新启用。").format(user.username)
        ):
            return

        def action() -> bool:
            with self.db.session() as s:
                users.set_active(s, user.id, active, actor=ACTOR)
            return True

        if self._attempt(action):
            self.refresh()
            text = self.tr("已启用“{0}”。") if active else self.tr("已停用“{0}”。")
            self.message.emit(text.format(user.username))

    # -- language --------------------------------------------------------------------

    def retranslate(self) -> None:
        labels = {
            "add": (self.tr("新增…"), self.tr("新增用户并设置初始密码")),
            "edit": (self.tr("修改…"), self.tr("修改姓名、角色及所属乡镇或检查人员")),
            "reset": (self.tr("重置密码…"), self.tr("设置临时密码并解除锁定")),
            "toggle": (self.tr("停用"), self.tr("停用后不能登录，记录保留")),
        }
        for key, (text, tip) in labels.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.table.setHorizontalHeaderLabels([
            self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("乡镇/检查人员"), self.tr("状态"),
            self.tr("上次登录"),
        ])
        self.update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
