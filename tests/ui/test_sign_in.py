"""创建管理员 on a file without users, 登录 with its wrong-password message, 切换用户, and 设置 → 用户."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTabWidget

from ui.dialogs.first_admin import FirstAdminDialog
from ui.dialogs.sign_in import ChangePasswordDialog, SignInDialog
from ui.main_window import PAGE_KEYS
from ui.pages.users_tab import ResetDialog, UserDialog

SETTINGS = PAGE_KEYS.index("settings")
EXCHANGE = PAGE_KEYS.index("exchange")

ADMIN = ("admin", "Qingxi-2026")  # what tests/ui/conftest.py gives every test database
VIEWER = ("zhao", "Viewer-pass-1")


@pytest.fixture
def bare_window(qtbot, prompts):
    from ui.main_window import MainWindow

    prompts.auto_sign_in = False
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.db.close()


def no_users_db(tmp_path):
    from qsupervise.services import setup
    from qsupervise.store import Store

    path = tmp_path / "fresh.db"
    with Store.open(path, create=True) as store, store.session() as s:
        setup.initialise(s, role="county", name="新县", townships=["甲镇"])
    return path


def fill(prompts, dialog, **fields: str) -> None:
    for name, text in fields.items():
        prompts.type_into(dialog, name, text)


def signs_in(prompts, name: str, password: str) -> None:
    def handler(dialog: SignInDialog) -> None:
        assert isinstance(dialog, SignInDialog)
        fill(prompts, dialog, username=name, password=password)
        prompts.click_ok(dialog)

    prompts.on_dialog(handler)


def settings_tabs(qtbot, window) -> QTabWidget:
    nav = window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(SETTINGS)).center())
    return window.pages[SETTINGS].tabs


def test_first_start_creates_the_administrator(qtbot, bare_window, prompts, tmp_path):
    path = no_users_db(tmp_path)

    def handler(dialog: FirstAdminDialog) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        hint = dialog.findChild(type(dialog.hint), "strength")
        fill(prompts, dialog, username="chief", display_name="王局长", password="abcdefgh")
        assert "太简单" in hint.text()
        fill(prompts, dialog, password="Qingxi-2026!", password2="Qingxi-2027!")
        assert "密码强度" in hint.text()
        prompts.click_ok(dialog)
        assert prompts.warnings[-1] == "两次输入的密码不一致。"
        assert dialog.isVisible()  # what was typed stays
        fill(prompts, dialog, password2="Qingxi-2026!")
        prompts.click_ok(dialog)

    prompts.on_dialog(handler)
    assert bare_window.files.open_path(path)
    who = bare_window.db.principal
    assert (who.username, who.role) == ("chief", "county_admin")
    assert bare_window.status_user.text() == "用户：王局长（县级管理员）"
    from qsupervise.services import users

    with bare_window.db.read() as s:
        assert [u.username for u in users.users(s)] == ["chief"]


def test_cancelling_the_first_administrator_leaves_the_file_closed(bare_window, prompts, tmp_path):
    prompts.on_dialog(lambda dialog: dialog.reject())
    assert not bare_window.files.open_path(no_users_db(tmp_path))
    assert bare_window.db.store is None
    assert "没有创建管理员" in prompts.warnings[-1]


def test_wrong_password_says_so_and_keeps_the_dialog(qtbot, bare_window, prompts, demo_db):
    def handler(dialog: SignInDialog) -> None:
        fill(prompts, dialog, username=ADMIN[0], password="not-it-123")
        prompts.click_ok(dialog)
        assert prompts.warnings[-1] == "用户名或密码不正确。再错 4 次，账户将暂时锁定。"
        assert dialog.isVisible()
        assert dialog.findChild(QLineEdit, "password").text() == ""  # ready for the next try
        assert dialog.findChild(QLineEdit, "username").text() == ADMIN[0]
        fill(prompts, dialog, password=ADMIN[1])
        prompts.click_ok(dialog)

    prompts.on_dialog(handler)
    assert bare_window.files.open_path(demo_db.path)
    assert bare_window.db.principal.username == ADMIN[0]
    assert bare_window.status_user.text() == "用户：admin（县级管理员）"


def test_cancelled_sign_in_opens_nothing(bare_window, prompts, demo_db):
    prompts.on_dialog(lambda dialog: dialog.reject())
    assert not bare_window.files.open_path(demo_db.path)
    assert bare_window.db.store is None
    assert prompts.warnings[-1].startswith("没有登录，数据库")


def add_viewer(qtbot, window, prompts) -> None:
    tabs = settings_tabs(qtbot, window)
    tab = window.pages[SETTINGS].users_tab
    tabs.setCurrentWidget(tab)

    def handler(dialog: UserDialog) -> None:
        assert isinstance(dialog, UserDialog)
        fill(prompts, dialog, username=VIEWER[0], display_name="赵只读")
        dialog.role.setCurrentIndex(dialog.role.findData("township_clerk"))
        assert dialog.township.isVisibleTo(dialog)
        dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
        assert not dialog.township.isVisibleTo(dialog)
        fill(prompts, dialog, password="Temp-pass-1", password2="Temp-pass-1")
        prompts.click_ok(dialog)

    prompts.on_dialog(handler)
    qtbot.mouseClick(tab.findChild(QPushButton, "btn_add"), Qt.MouseButton.LeftButton)
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == [ADMIN[0], VIEWER[0]]
    assert tab.table.item(1, 2).text() == "只读用户"


def test_switching_to_a_viewer_hides_what_they_cannot_use(qtbot, window, prompts):
    add_viewer(qtbot, window, prompts)
    prompts.auto_sign_in = False
    signs_in(prompts, VIEWER[0], "Temp-pass-1")

    def new_password(dialog: ChangePasswordDialog) -> None:  # the admin gave a temporary one
        assert isinstance(dialog, ChangePasswordDialog)
        fill(prompts, dialog, old_password="Temp-pass-1", password=VIEWER[1], password2=VIEWER[1])
        prompts.click_ok(dialog)

    prompts.on_dialog(new_password)
    window.action_switch_user.trigger()
    assert window.db.principal.username == VIEWER[0]
    assert window.status_user.text() == "用户：赵只读（只读用户）"
    assert not window.action_backup.isEnabled()
    assert not window.action_restore.isEnabled()
    assert window.nav.item(EXCHANGE).isHidden()  # 数据交换: no packages for a viewer
    tabs = window.pages[SETTINGS].tabs
    visible = {tabs.tabText(i): tabs.isTabVisible(i) for i in range(tabs.count())}
    assert visible["界面"]
    assert not any(visible[name] for name in ("行政区划", "信用规则", "用户"))
    window.nav.setCurrentRow(1)
    registry = window.pages[1]
    for key in ("new", "edit", "toggle", "import"):
        assert not registry.buttons[key].isVisible(), key
    assert registry.buttons["export"].isVisible()
    # the core refuses a viewer's write whatever the interface shows
    from qsupervise.errors import KnownError
    from qsupervise.services import org

    with pytest.raises(KnownError) as info, window.db.session() as s:
        org.add_unit(s, kind="township", name="南山镇", actor="gui")
    assert info.value.code == "permission_denied"
    # and back to the administrator
    signs_in(prompts, *ADMIN)
    window.action_switch_user.trigger()
    assert window.db.principal.username == ADMIN[0]
    qtbot.waitUntil(lambda: not registry.finder.busy and registry.buttons["new"].isVisible(), timeout=5000)
    assert window.action_restore.isEnabled()
    assert not window.nav.item(EXCHANGE).isHidden()
    window.nav.setCurrentRow(SETTINGS)  # a page refreshes (and shows the user's tabs) when it is shown
    assert all(tabs.isTabVisible(i) for i in range(tabs.count()))


def test_users_tab_resets_and_deactivates(qtbot, window, prompts, demo_db):
    add_viewer(qtbot, window, prompts)
    tab = window.pages[SETTINGS].users_tab
    tab.table.selectRow(1)

    def reset(dialog: ResetDialog) -> None:
        fill(prompts, dialog, password="Reset-pass-7", password2="Reset-pass-7")
        prompts.click_ok(dialog)

    prompts.on_dialog(reset)
    qtbot.mouseClick(tab.findChild(QPushButton, "btn_reset"), Qt.MouseButton.LeftButton)
    assert "已重置" in window.statusBar().currentMessage()
    tab.table.selectRow(1)
    prompts.answers.append(True)
    qtbot.mouseClick(tab.findChild(QPushButton, "btn_toggle"), Qt.MouseButton.LeftButton)
    assert tab.table.item(1, 4).text() == "已停用"
    tab.table.selectRow(0)  # the admin cannot deactivate themselves
    prompts.answers.append(True)
    qtbot.mouseClick(tab.findChild(QPushButton, "btn_toggle"), Qt.MouseButton.LeftButton)
    assert prompts.warnings[-1] == "不能停用自己正在使用的账户。"
    # a deactivated user cannot sign in
    window.db.close()
    prompts.auto_sign_in = False
    signs_in(prompts, VIEWER[0], "Reset-pass-7")
    assert not window.files.open_path(demo_db.path)
    assert "已停用" in prompts.warnings[-2]
