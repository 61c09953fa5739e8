"""The main window: navigation, pages, menus, status bar, and remembering where the user left off.

Only Qt is imported at module level so the window paints before the core (SQLAlchemy) loads.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QByteArray, QEvent, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from ui import modal
from ui.database import Database
from ui.file_actions import FileActions
from ui.pages.awards import AwardsPage
from ui.pages.base import Page
from ui.pages.certifications import CertificationsPage
from ui.pages.dashboard import DashboardPage
from ui.pages.exchange import ExchangePage
from ui.pages.letters import LettersPage
from ui.pages.placeholder import KEYS as PLACEHOLDER_KEYS
from ui.pages.placeholder import PlaceholderPage
from ui.pages.registry import RegistryPage
from ui.pages.settings import SettingsPage
from ui.pages.spotchecks import SpotChecksPage
from ui.pages.standards import StandardsPage

if TYPE_CHECKING:
    from qsupervise.permissions import Principal
    from qsupervise.store import Store

PAGE_KEYS = ("dashboard", *PLACEHOLDER_KEYS, "settings")
DB_FILTER = "QSupervise (*.db *.sqlite);;* (*)"


def build_page(key: str, db: Database) -> Page:
    if key == "dashboard":
        return DashboardPage(db)
    if key == "settings":
        return SettingsPage(db)
    if key == "registry":
        return RegistryPage(db)
    if key == "spotchecks":
        return SpotChecksPage(db)
    if key == "certifications":
        return CertificationsPage(db)
    if key == "awards":
        return AwardsPage(db)
    if key == "standards":
        return StandardsPage(db)
    if key == "letters":
        return LettersPage(db)
    if key == "exchange":
        return ExchangePage(db)
    return PlaceholderPage(key, db)


class Pages(Sequence[Page]):
    """The window's pages, each built the first time it is needed: start-up builds only the one shown
    (every page built up front cost ~180 ms of styled widgets before the first paint)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._built: list[Page | None] = [None] * len(PAGE_KEYS)

    def __len__(self) -> int:
        return len(PAGE_KEYS)

    @overload
    def __getitem__(self, index: int) -> Page: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Page]: ...

    def __getitem__(self, index: int | slice) -> Page | Sequence[Page]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        index = range(len(self))[index]  # negative indexes, and IndexError past the end
        page = self._built[index]
        if page is None:
            page = self._build(index)
        return page

    def _build(self, index: int) -> Page:
        window = self.window
        page = build_page(PAGE_KEYS[index], window.db)
        page.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
        stand_in = window.stack.widget(index)
        current = window.stack.currentIndex()
        window.stack.insertWidget(index, page)
        window.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        window.stack.setCurrentIndex(current)
        self._built[index] = page
        return page

    def built(self) -> list[Page]:
        return [p for p in self._built if p is not None]


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.resize(1200, 760)
        self.db = Database(self)
        self.db.authenticator = self.authenticate
        self.files = FileActions(self)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.addItems([""] * len(PAGE_KEYS))
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for _key in PAGE_KEYS:
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        self.pages = Pages(self)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_station = QLabel()
        self.status_station.setObjectName("status_station")
        self.status_user = QLabel()
        self.status_user.setObjectName("status_user")
        self.status_db = QLabel()
        self.status_db.setObjectName("status_db")
        for label in (self.status_station, self.status_user, self.status_db):
            self.statusBar().addPermanentWidget(label)

        self._build_menus()
        self.nav.currentRowChanged.connect(self.show_page)
        self.db.opened.connect(self.on_opened)
        self.db.changed.connect(self.on_changed)
        self.nav.setCurrentRow(0)
        self.retranslate()
        self.update_actions()

    # -- menus ---------------------------------------------------------------------

    def _action(
        self,
        name: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts keep working when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        f = self.files
        self.action_open = self._action("action_open", f.open_interactive, QKeySequence.StandardKey.Open)
        self.action_new = self._action("action_new", f.new_interactive, "Ctrl+Shift+N")
        self.action_connect = self._action("action_connect", f.connect_interactive)
        self.action_backup = self._action("action_backup", f.backup_now, "Ctrl+B")
        self.action_restore = self._action("action_restore", f.restore_interactive)
        self.action_switch_user = self._action("action_switch_user", self.switch_user)
        self.action_change_password = self._action("action_change_password", self.change_password)
        self.action_quit = self._action("action_quit", self.close, "Ctrl+Q")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_refresh = self._action("action_refresh", self.refresh, QKeySequence.StandardKey.Refresh)
        self.action_refresh.setShortcuts([QKeySequence("F5")])
        self.action_about = self._action("action_about", self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.page_actions = []
        for i in range(len(PAGE_KEYS)):
            action = self._action(f"action_page_{i + 1}", lambda _=False, row=i: self.nav.setCurrentRow(row))
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            self.page_actions.append(action)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("menu_file")
        for action in (self.action_open, self.action_new, self.action_connect, self.action_backup, self.action_restore):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_switch_user)
        self.file_menu.addAction(self.action_change_password)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("menu_view")
        self.view_menu.addAction(self.action_refresh)
        self.view_menu.addSeparator()
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("menu_help")
        self.help_menu.addAction(self.action_about)

    def update_actions(self) -> None:
        have = self.db.store is not None and not self.db.busy
        for action in (self.action_backup, self.action_restore, self.action_refresh):
            action.setEnabled(have)
        for action in (self.action_open, self.action_new, self.action_connect):
            action.setEnabled(not self.db.busy)
        self.action_switch_user.setEnabled(have and self.db.principal is not None)
        self.action_change_password.setEnabled(have and self.db.principal is not None)
        self.apply_role()

    # -- pages ---------------------------------------------------------------------

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        page = self.pages[row]
        self.stack.setCurrentIndex(row)
        if page.stale:
            page.refresh()

    def refresh(self) -> None:
        self.current_page().refresh()
        self.update_status()

    def on_changed(self) -> None:
        for page in self.pages.built():
            page.stale = True
        self.refresh()

    def on_opened(self) -> None:
        for page in self.pages.built():
            page.forget()
        if self.db.path is not None:
            QSettings().setValue("db/last", str(self.db.path))
        self.update_actions()
        self.update_title()
        self.on_changed()

    # -- status bar and title -----------------------------------------------------

    def update_status(self) -> None:
        station = self.db.station
        self.status_station.setText(self.tr("站点：{0}").format(f"{station[0]} {station[1]}" if station else "—"))
        who = self.db.principal
        if who is None:
            self.status_user.setText(self.tr("用户：{0}").format(self.tr("{0}（本机）").format(getpass.getuser())))
            self.status_user.setToolTip(self.tr("操作以内置用户“gui”记入审计日志"))
        else:
            from ui import i18n
            from ui.permissions import role_label

            role = role_label(who.role, i18n.error_lang())
            self.status_user.setText(self.tr("用户：{0}（{1}）").format(who.display_name or who.username, role))
            self.status_user.setToolTip(self.tr("以“{0}”登录；操作以此用户记入审计日志").format(who.username))
        path = self.db.path
        self.status_db.setText(self.tr("数据库：{0}").format(path if path else self.tr("未打开")))
        self.status_db.setToolTip(str(path) if path else "")

    def update_title(self) -> None:
        title = self.tr("质量监管工作台")
        if self.db.station is not None:
            title = f"{title} — {self.db.station[1]}"
        self.setWindowTitle(title)

    def retranslate(self) -> None:
        labels = [
            self.tr("工作台"),
            self.tr("企业档案"),
            self.tr("监督抽查"),
            self.tr("认证许可"),
            self.tr("品牌与奖项"),
            self.tr("标准化"),
            self.tr("责任书与考核"),
            self.tr("数据交换"),
            self.tr("设置"),
        ]
        for i, text in enumerate(labels):
            self.nav.item(i).setText(text)
            self.page_actions[i].setText(text)
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.view_menu.setTitle(self.tr("视图(&V)"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.action_open.setText(self.tr("打开数据库…"))
        self.action_new.setText(self.tr("新建数据库…"))
        self.action_connect.setText(self.tr("连接服务器数据库…"))
        self.action_backup.setText(self.tr("立即备份"))
        self.action_restore.setText(self.tr("从备份恢复…"))
        self.action_switch_user.setText(self.tr("切换用户…"))
        self.action_change_password.setText(self.tr("修改密码…"))
        self.action_quit.setText(self.tr("退出"))
        self.action_refresh.setText(self.tr("刷新"))
        self.action_about.setText(self.tr("关于"))
        self.update_title()
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- questions (tests replace these) ------------------------------------------

    def ask_open_path(self) -> Path | None:
        start = str(self.db.path.parent) if isinstance(self.db.path, Path) else ""  # a server has no folder
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据库"), start, DB_FILTER)
        return Path(name) if name else None

    def ask_new_path(self) -> Path | None:
        start = str(self.db.path.parent / "qsupervise.db") if isinstance(self.db.path, Path) else "qsupervise.db"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("新建数据库"), start, DB_FILTER)
        return Path(name) if name else None

    def ask_restore_path(self, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择要恢复的备份"), str(folder), DB_FILTER)
        return Path(name) if name else None

    # -- users ----------------------------------------------------------------------

    def authenticate(self, store: Store) -> Principal | None:
        """Asked by the database before a file opens: the first administrator, or a sign-in."""
        from ui.dialogs.sign_in import authenticate

        return authenticate(self, store)

    def switch_user(self) -> None:
        from ui.dialogs.sign_in import switch_user

        if self.db.store is not None and (who := switch_user(self, self.db.store)) is not None:
            self.db.set_principal(who)
            self.statusBar().showMessage(self.tr("已切换为 {0}").format(who.username), 10000)

    def change_password(self) -> None:
        from ui.dialogs.sign_in import ChangePasswordDialog

        who = self.db.principal
        if self.db.store is not None and who is not None and modal.exec_dialog(
            ChangePasswordDialog(self.db.store, who, self)
        ):
            self.statusBar().showMessage(self.tr("密码已修改。"), 10000)

    def apply_role(self) -> None:
        """Hide what the signed-in user's role cannot use (the core refuses it anyway)."""
        from ui.permissions import allows

        exchange = allows(self.db, "package.import") or allows(self.db, "package.export")
        have = self.db.store is not None and not self.db.busy
        self.action_backup.setEnabled(have and allows(self.db, "backup"))
        on_server = self.db.store is not None and self.db.store.is_server  # pg_restore is the server's work
        self.action_restore.setEnabled(have and allows(self.db, "restore") and not on_server)
        for i, key in enumerate(PAGE_KEYS):
            usable = exchange if key == "exchange" else True
            self.nav.item(i).setHidden(not usable)
            self.page_actions[i].setEnabled(usable)

    def show_about(self) -> None:
        from ui.dialogs.about import AboutDialog

        modal.exec_dialog(AboutDialog(self.db.revision(), self))

    # -- start and stop -----------------------------------------------------------

    def start(self, db_arg: str | None = None) -> None:
        """After the first paint: choose the database (--db, last used, default) and open it. A server database
        (a ``postgresql://`` URL, kept without its password) asks for the password again."""
        from qsupervise import dialect
        from qsupervise.paths import default_db_path

        last = str(QSettings().value("db/last", "") or "")
        path: Path | str
        if db_arg:
            path = db_arg if dialect.is_server(db_arg) else Path(db_arg)
        elif dialect.is_server(last):
            path = last
        else:
            path = Path(last) if last and Path(last).exists() else default_db_path()
        self.files.open_path(path, first_start=True)
        self.refresh()

    def restore_window_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        try:
            page = int(str(settings.value("window/page", 0)))
        except ValueError:  # a hand-edited settings file must not stop the start
            page = 0
        if 0 <= page < len(self.pages):
            self.nav.setCurrentRow(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", self.nav.currentRow())
        self.db.close()
        super().closeEvent(event)
