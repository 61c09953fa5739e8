"""设置 → 审计日志: filters, the selected entry's changes (old → new), loading more and the Excel export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from ui.main_window import PAGE_KEYS

SETTINGS = PAGE_KEYS.index("settings")


def open_tab(qtbot, window):
    nav = window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(SETTINGS)).center())
    page = window.pages[SETTINGS]
    tab = page.audit_tab
    bar = page.tabs.tabBar()
    index = page.tabs.indexOf(tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentWidget() is tab
    assert page.tabs.tabText(index) == "审计日志"
    return tab


def column(tab, col: int) -> list[str]:
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def click_row(qtbot, tab, row: int) -> None:
    rect = tab.view.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def rename_enterprise(window, township: str) -> None:
    from qsupervise.services import enterprises

    with window.db.store.session(actor="gui") as s:
        made, _ = enterprises.save(s, data=enterprises.EnterpriseInput(name="旧名称厂", township_id=township),
                                   actor="gui")
    with window.db.store.session(actor="gui") as s:
        enterprises.save(s, data=enterprises.EnterpriseInput(name="新名称厂", township_id=township),
                         enterprise_id=made.id, actor="gui")


def test_the_trail_lists_filters_and_shows_old_and_new(qtbot, window, demo_db):
    rename_enterprise(window, demo_db.townships["城关镇"])
    tab = open_tab(qtbot, window)
    assert column(tab, 3)[:2] == ["enterprise.update", "enterprise.create"]
    assert "init" in column(tab, 3)
    assert tab.count_label.text() == f"共 {tab.model.rowCount()} 条"
    click_row(qtbot, tab, 0)
    changes = {tab.changes.index(r, 2).data(): (tab.changes.index(r, 3).data(), tab.changes.index(r, 4).data())
               for r in range(tab.changes.rowCount())}
    assert changes["name"] == ("旧名称厂", "新名称厂")
    assert "新名称厂" in tab.detail.text()
    assert tab.changes_label.text().startswith("共 ")

    tab.kind.setCurrentIndex(tab.kind.findData("org"))
    assert set(column(tab, 3)) == {"org.add"}
    tab.kind.setCurrentIndex(0)
    tab.search.clear()
    qtbot.keyClicks(tab.search, "update")
    qtbot.waitUntil(lambda: column(tab, 3) == ["enterprise.update"], timeout=3000)
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 1, timeout=3000)
    tab.until.setDate(QDate.currentDate().addDays(-3))
    assert tab.model.rowCount() == 0
    assert tab.count_label.text() == "共 0 条"
    tab.until.setDate(tab.until.minimumDate())
    tab.actor.setCurrentIndex(tab.actor.findData("gui"))
    assert set(column(tab, 2)) == {"gui"}


def test_more_pages_and_the_export(qtbot, window, tmp_path: Path, monkeypatch):
    from qsupervise.services import audit

    for i in range(230):
        with window.db.store.session(actor="gui") as s:
            audit.record(s, actor="gui", action="print.sampling_form", target=f"抽样单{i}.pdf")
    tab = open_tab(qtbot, window)
    assert tab.model.rowCount() == 200
    more = tab.findChild(QPushButton, "btn_audit_more")
    assert more.isEnabled()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == tab.total
    assert not more.isEnabled()
    click_row(qtbot, tab, 0)
    assert tab.changes_label.text() == "这次操作没有改动数据。"

    out = tmp_path / "trail.xlsx"
    monkeypatch.setattr(tab, "ask_save_path", lambda _suggested: out)
    tab.kind.setCurrentIndex(tab.kind.findData("print"))
    qtbot.mouseClick(tab.findChild(QPushButton, "btn_audit_export"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task is not None and not tab.task.running, timeout=10000)
    book = load_workbook(out, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert len(rows) == 231  # the header and every print
    tab.kind.setCurrentIndex(tab.kind.findData("export"))
    assert column(tab, 3) == ["export.audit"]
