"""工作台 shows the database's real counts and follows changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from ui.models.dashboard import TownshipCountsModel
from ui.widgets import BAR_ROLE


def add_enterprises(window, township_id: str, n: int, kind: str = "individual") -> None:
    from qsupervise.models import Enterprise

    with window.db.store.session(actor="gui") as s:
        for i in range(n):
            s.add(Enterprise(name=f"测试企业{i}", township_id=township_id, kind=kind))


def test_cards_show_the_counts_from_the_database(window):
    page = window.pages[0]
    assert window.stack.currentWidget() is page
    assert page.cards["enterprises"].value.text() == "0"
    assert page.cards["townships"].value.text() == "3"
    assert "测试县" in page.county_label.text()
    assert page.townships.rowCount() == 3


def test_f5_refreshes_after_data_changes(qtbot, window, demo_db):
    page = window.pages[0]
    add_enterprises(window, demo_db.townships["东乡镇"], 2)
    add_enterprises(window, demo_db.townships["城关镇"], 1, kind="enterprise")
    assert page.cards["enterprises"].value.text() == "0"  # written behind the page's back
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.cards["enterprises"].value.text() == "3"
    assert page.cards["individual"].value.text() == "2"
    model = page.townships
    top = model.rows[0]
    assert (top.name, top.enterprises, top.individual) == ("东乡镇", 2, 2)
    assert model.index(0, TownshipCountsModel.ENTERPRISES).data(BAR_ROLE) == 1.0
    assert model.index(1, TownshipCountsModel.ENTERPRISES).data(BAR_ROLE) == 0.5


def test_thousands_separators(window, demo_db):
    add_enterprises(window, demo_db.townships["西乡镇"], 1234)
    window.findChild(QAction, "action_refresh").trigger()
    page = window.pages[0]
    assert page.cards["enterprises"].value.text() == "1,234"
    assert page.townships.index(0, TownshipCountsModel.ENTERPRISES).data() == "1,234"
    assert page.kinds.index(1, 2).data() == "100.0%"


def test_without_a_database_the_page_says_so(qtbot, prompts):
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    page = win.pages[0]
    page.refresh()
    assert page.cards["enterprises"].value.text() == "—"
    assert "未打开数据库" in page.county_label.text()
    assert win.status_db.text() == "数据库：未打开"
    assert not win.action_backup.isEnabled()
