"""The window's frame: navigation, status bar, shortcuts, about box, remembered state."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ui.dialogs.about import AboutDialog
from ui.main_window import PAGE_KEYS, MainWindow
from ui.pages.placeholder import PlaceholderPage

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_is_reachable_from_the_nav_list(qtbot, window):
    nav = window.nav
    assert nav.count() == len(PAGE_KEYS) == 9
    for row in range(nav.count()):
        item = nav.item(row)
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
        assert window.stack.currentIndex() == row
        page = window.stack.currentWidget()
        assert page.objectName() == f"page_{PAGE_KEYS[row]}"
        assert page.title_label.text() == item.text()
        if isinstance(page, PlaceholderPage):
            assert page.notice.text() == "此模块尚在开发中，将在后续版本提供。"
            assert page.purpose.text().startswith("将提供：")
    assert "信用代码" in window.pages[1].search.placeholderText()  # 企业档案 is a real page now


def test_status_bar_shows_station_user_and_database(window, demo_db):
    assert window.status_station.text() == "站点：C123456 测试县"
    assert window.status_user.text() == "用户：admin（县级管理员）"  # signed in (tests/ui/conftest.py ADMIN)
    assert window.status_db.text() == f"数据库：{demo_db.path}"
    assert window.status_db.toolTip() == str(demo_db.path)
    assert "测试县" in window.windowTitle()


def test_ctrl_number_switches_pages(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == PAGE_KEYS.index("settings")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 1
    assert window.nav.currentRow() == 1


def test_every_action_has_a_name_and_the_menus_hold_them(window):
    names = {a.objectName() for a in window.findChildren(QAction)}
    expected = {"action_open", "action_new", "action_connect", "action_backup", "action_restore", "action_quit"}
    assert expected | {"action_about", "action_refresh"} <= names
    users = {"action_switch_user", "action_change_password"}
    assert {a.objectName() for a in window.file_menu.actions() if not a.isSeparator()} == expected | users
    assert window.findChild(QAction, "action_open").shortcut().toString() == "Ctrl+O"
    assert window.findChild(QAction, "action_new").shortcut().toString() == "Ctrl+Shift+N"
    assert window.findChild(QAction, "action_backup").shortcut().toString() == "Ctrl+B"
    assert window.findChild(QAction, "action_refresh").shortcut().toString() == "F5"


def test_about_lists_versions_and_schema(window, prompts):
    texts = []

    def read_and_close(dialog):
        texts.append(dialog.findChild(QLabel, "versions").text())
        dialog.reject()

    prompts.on_dialog(read_and_close)
    window.findChild(QAction, "action_about").trigger()
    assert isinstance(prompts.seen[-1], AboutDialog)
    for part in ("QSupervise", "Python", "PySide6", "SQLite", "SQLAlchemy", "数据库结构版本", window.db.revision()):
        assert part in texts[0]


def test_geometry_page_and_last_database_are_remembered(qtbot, window, demo_db):
    window.resize(800, 560)  # the offscreen screen is 800×600; 560 is above every page's minimum height
    window.nav.setCurrentRow(PAGE_KEYS.index("settings"))
    window.close()
    settings = QSettings()
    assert settings.value("db/last") == str(demo_db.path)
    assert int(settings.value("window/page")) == PAGE_KEYS.index("settings")
    again = MainWindow()
    qtbot.addWidget(again)
    again.restore_window_state()
    assert again.stack.currentIndex() == PAGE_KEYS.index("settings")
    assert again.size().height() == 560  # width is clamped to the 800-px offscreen screen


def test_start_reopens_the_last_database(qtbot, demo_db, prompts):
    QSettings().setValue("db/last", str(demo_db.path))
    win = MainWindow()
    qtbot.addWidget(win)
    win.start(None)
    assert win.db.path == demo_db.path
    win.db.close()


def test_main_window_module_loads_no_database_code():
    """Fast start: the window is built and paints before SQLAlchemy is imported."""
    script = (
        "import sys, ui.app, ui.main_window\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['t', '-platform', 'offscreen'])\n"
        "window = ui.main_window.MainWindow()  # building every page must not load it either\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_only_the_page_shown_is_built_at_start(qtbot):
    """Pages are built the first time they are shown: start-up pays for one page, not all of them."""
    from ui.main_window import PAGE_KEYS, MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert [type(p).__name__ for p in win.pages.built()] == ["DashboardPage"]
    win.nav.setCurrentRow(PAGE_KEYS.index("spotchecks"))
    assert win.stack.currentWidget() is win.pages[PAGE_KEYS.index("spotchecks")]
    assert len(win.pages.built()) == 2
    assert win.stack.count() == len(PAGE_KEYS)
