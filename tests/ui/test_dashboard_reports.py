"""工作台 · 上报 at the county: who reported this month, and the county summary workbook from a click."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.core.sync_world import COUNTY, World
from tests.ui.conftest import ADMIN


@pytest.fixture
def county_window(qtbot: Any, tmp_path: Path, prompts: Any) -> Any:
    from qsupervise.services import setup
    from ui.main_window import MainWindow

    world = World.make(tmp_path / "w", ["甲镇", "乙镇"])
    world.add_enterprise("甲镇", "甲镇食品厂")
    world.import_(COUNTY, world.export("甲镇", tmp_path / "a.qsp"))
    with world.open(COUNTY) as store, store.session() as s:
        setup.create_admin(s, username=ADMIN[0], password=ADMIN[1])
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.files.open_path(world.dbs[COUNTY])
    yield win
    win.pages[0].wait()
    win.db.close()


def test_the_county_sees_who_has_not_reported_and_exports_the_summary(
    qtbot: Any, county_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = county_window.pages[0]
    panel = page.reports_panel
    qtbot.waitUntil(lambda: panel.rows != [], timeout=5000)
    tabs = page.township_tabs
    assert tabs.isTabVisible(panel.index)
    assert tabs.tabText(panel.index) == "上报（未报 1）"
    assert "1 / 2" in panel.figure.text()
    table = panel.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown == {"甲镇": "已上报", "乙镇": "未上报"}
    assert table.item(0, 0).text() == "乙镇"  # who has not reported comes first
    out = tmp_path / "汇总.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.exported is not None, timeout=10000)
    rows = list(openpyxl.load_workbook(out)["分乡镇汇总"].iter_rows(values_only=True))
    by_name = {r[0]: r for r in rows[2:]}
    assert by_name["甲镇"][1] == 1
    assert by_name["甲镇"][-1] == "是"
    assert by_name["乙镇"][-1] == "否"


def test_a_county_without_stations_is_told_how_to_enrol_them(window: Any, qtbot: Any) -> None:
    page = window.pages[0]
    panel = page.reports_panel
    qtbot.waitUntil(lambda: panel.rows != [], timeout=5000)
    assert page.township_tabs.isTabVisible(panel.index)
    assert "还没有登记乡镇站点" in panel.figure.text()
    assert panel.table.rowCount() == 0


def test_a_township_has_no_reports_tab(qtbot: Any, tmp_path: Path, prompts: Any) -> None:
    from qsupervise.services import setup
    from ui.main_window import MainWindow

    world = World.make(tmp_path / "w", ["甲镇"])
    with world.open("甲镇") as store, store.session() as s:
        setup.create_admin(s, username=ADMIN[0], password=ADMIN[1])
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.files.open_path(world.dbs["甲镇"])
    panel = win.pages[0].reports_panel
    qtbot.waitUntil(lambda: panel.rows != [], timeout=5000)
    assert not win.pages[0].township_tabs.isTabVisible(panel.index)
    win.pages[0].wait()
    win.db.close()
