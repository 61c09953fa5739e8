"""数据交换: a township exports its package, the county checks it (dry run) and applies it; a damaged package is
refused with its reason while the others import; conflicts are settled, duplicates merged and held records
applied on 冲突与重复; an enterprise in conflict carries a marker leading there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.core.sync_world import COUNTY, World
from ui.main_window import PAGE_KEYS, MainWindow

EXCHANGE = PAGE_KEYS.index("exchange")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.make(tmp_path_factory.mktemp("exchange-world"), ["甲镇", "乙镇"])


@pytest.fixture
def world(template: World, tmp_path: Path, isolated_settings: Path) -> World:
    """A fresh copy of the county and its townships, their station keys where the window looks for them."""
    copy = template.copy(tmp_path / "w")
    copy.copy_keys_to(Path(os.environ["QS_DATA_DIR"]) / "keys")
    return copy


@pytest.fixture
def opened(qtbot, prompts):
    """Opens a window on one installation of the world (its first administrator is made on the way)."""
    windows: list[MainWindow] = []

    def open_(world: World, name: str) -> MainWindow:
        for earlier in windows:
            earlier.db.close()
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.files.open_path(world.dbs[name])
        windows.append(win)
        return win

    yield open_
    for win in windows:
        win.db.close()


def exchange_page(qtbot, window):
    nav = window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(EXCHANGE)).center())
    page = window.pages[EXCHANGE]
    assert window.stack.currentWidget() is page
    return page


def click(qtbot, widget: QPushButton) -> None:
    assert widget.isVisible(), widget.objectName()
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_task(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=20000)
    assert not page.db.busy


def cells(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def click_row(qtbot, table, row: int, column: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def round_trip(world: World, folder: Path) -> None:
    """Every township reports, the county answers each, each township takes the answer (through the core)."""
    folder.mkdir(exist_ok=True)
    sent = [world.export(t, folder / f"{t}-up-{len(list(folder.iterdir()))}.qsp") for t in world.townships]
    assert all(not r.refused for r in world.import_(COUNTY, *sent))
    for t in world.townships:
        back = world.export(f"{COUNTY}:{t}", folder / f"{t}-down-{len(list(folder.iterdir()))}.qsp")
        assert all(not r.refused for r in world.import_(t, back))


def enterprise(world: World, name: str, firm_id: str):
    from qsupervise.models import Enterprise

    with world.open(name) as store, store.read() as s:
        return s.get(Enterprise, firm_id)


# -- township → county → township ----------------------------------------------------------------------------------


def test_a_township_package_is_checked_then_applied_at_the_county_and_the_receipt_returns(
    qtbot, world, opened, monkeypatch, tmp_path
):
    firm = world.add_enterprise("甲镇", "甲镇食品厂")
    world.add_enterprise("甲镇", "甲镇机械厂")

    window = opened(world, "甲镇")
    page = exchange_page(qtbot, window)
    tab = page.township_tab
    assert page.tabs.currentWidget() is tab
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.county_tab))
    assert "尚未导入过测试县的回执下发包" in tab.values["receipt"].text()
    assert "尚未确认" in tab.values["acknowledged"].text()  # nothing acknowledged yet
    suggested: list[str] = []
    out = tmp_path / "usb" / "甲镇.qsp"

    def ask_save(title: str, name: str) -> Path:
        suggested.append(name)
        return out

    monkeypatch.setattr(page, "ask_save_path", ask_save)
    click(qtbot, tab.buttons["export_package"])
    wait_task(qtbot, page)
    assert out.is_file()
    assert suggested[0].startswith("甲镇-")
    assert suggested[0].endswith(".qsp")
    assert "已读回核对" in tab.result.text()
    assert "企业" in cells(tab.counts, 0)
    assert cells(tab.counts, 1)[cells(tab.counts, 0).index("企业")] == "2"
    # nothing is marked as sent: the next package carries the same records again
    assert "尚未确认" in tab.values["acknowledged"].text()

    window = opened(world, COUNTY)
    page = exchange_page(qtbot, window)
    county = page.county_tab
    assert page.tabs.currentWidget() is county
    assert cells(county.stations.table, 0) == ["乙镇", "甲镇"]
    assert county.empty.isVisible()  # says what to do before anything was chosen
    monkeypatch.setattr(page, "ask_open_paths", lambda title: [out])
    click(qtbot, county.buttons["import_files"])
    wait_task(qtbot, page)
    assert cells(county.table, 2) == ["可导入"]
    assert cells(county.table, 1) == ["甲镇"]
    assert cells(county.table, 3) == ["2"]  # created
    assert enterprise(world, COUNTY, firm) is None  # a dry run writes nothing
    click(qtbot, county.buttons["apply"])
    wait_task(qtbot, page)
    assert cells(county.table, 2) == ["已导入"]
    assert "已导入 1 个包" in county.outcome.text()
    assert not county.buttons["apply"].isEnabled()
    assert enterprise(world, COUNTY, firm).name == "甲镇食品厂"
    row = cells(county.stations.table, 0).index("甲镇")
    assert county.stations.table.item(row, 6).text() == "✓"  # reported this month
    assert county.stations.table.item(row, 5).text() == "今天"

    back = tmp_path / "usb" / "甲镇-回执.qsp"
    monkeypatch.setattr(page, "ask_save_path", lambda title, name: back)
    button = county.stations.table.cellWidget(row, 8)
    assert button.text() == "写回执下发包…"
    click(qtbot, button)
    wait_task(qtbot, page)
    assert back.is_file()
    assert "已读回核对" in county.export_note.text()

    window = opened(world, "甲镇")
    page = exchange_page(qtbot, window)
    tab = page.township_tab
    monkeypatch.setattr(page, "ask_open_paths", lambda title: [back])
    click(qtbot, tab.buttons["import_return"])
    wait_task(qtbot, page)
    assert "已导入" in tab.result.text()
    assert "甲镇-回执.qsp" in tab.values["receipt"].text()
    assert tab.values["acknowledged"].text().startswith("县级已收到本站全部")


def test_a_damaged_package_is_refused_with_its_reason_and_the_others_import(qtbot, world, opened, monkeypatch,
                                                                             tmp_path):
    world.add_enterprise("甲镇", "甲镇食品厂")
    world.add_enterprise("乙镇", "乙镇机械厂")
    folder = tmp_path / "usb"
    folder.mkdir()
    world.export("甲镇", folder / "a-甲镇.qsp")
    world.export("乙镇", folder / "b-乙镇.qsp")
    data = bytearray((folder / "b-乙镇.qsp").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / "c-坏包.qsp").write_bytes(bytes(data))

    window = opened(world, COUNTY)
    page = exchange_page(qtbot, window)
    county = page.county_tab
    monkeypatch.setattr(page, "ask_folder", lambda title: folder)
    click(qtbot, county.buttons["import_folder"])
    wait_task(qtbot, page)
    assert cells(county.table, 0) == ["a-甲镇.qsp", "b-乙镇.qsp", "c-坏包.qsp"]
    assert cells(county.table, 2) == ["可导入", "可导入", "拒收"]
    reason = county.table.item(2, 8).text()
    assert "c-坏包.qsp" in reason
    assert "未作改动" in reason
    assert "1 个拒收" in county.outcome.text()
    click(qtbot, county.buttons["apply"])
    wait_task(qtbot, page)
    assert cells(county.table, 2) == ["已导入", "已导入", "拒收"]
    assert county.table.item(2, 8).text() == reason
    assert "已导入 2 个包，拒收 1 个" in county.outcome.text()
    names = {e.name for e in world_enterprises(world)}
    assert {"甲镇食品厂", "乙镇机械厂"} <= names


def world_enterprises(world: World) -> list:
    from sqlmodel import select

    from qsupervise.models import Enterprise

    with world.open(COUNTY) as store, store.read() as s:
        return list(s.exec(select(Enterprise)).all())


# -- 冲突与重复 -------------------------------------------------------------------------------------------------------


def conflicting(world: World, tmp_path: Path) -> str:
    firm = world.add_enterprise("甲镇", "甲镇食品厂")
    round_trip(world, tmp_path / "p")
    world.edit_enterprise("甲镇", firm, address="河口路 1 号")
    world.edit_enterprise(COUNTY, firm, address="河口路 2 号")
    round_trip(world, tmp_path / "p")
    return firm


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def conflicts_tab(qtbot, window):
    page = exchange_page(qtbot, window)
    click_tab(qtbot, page.tabs, page.tabs.indexOf(page.conflicts_tab))
    return page, page.conflicts_tab


def test_a_conflict_is_shown_side_by_side_and_settled_with_the_version_chosen(qtbot, world, opened, tmp_path):
    firm = conflicting(world, tmp_path)
    window = opened(world, COUNTY)
    _page, tab = conflicts_tab(qtbot, window)
    panel = tab.conflicts
    assert tab.inner.tabText(0) == "字段冲突（1）"
    assert cells(panel.list, 0) == ["甲镇食品厂"]
    assert cells(panel.list, 1) == ["企业"]
    assert cells(panel.list, 2) == ["地址"]
    assert "企业“甲镇食品厂”的“地址”" in panel.heading.text()
    which = cells(panel.versions, 0)
    assert which == ["修改前", "版本 1", "版本 2", "当前显示"]
    values = cells(panel.versions, 1)
    assert set(values[1:3]) == {"河口路 1 号", "河口路 2 号"}
    assert set(cells(panel.versions, 2)[1:3]) == {"甲镇", "测试县"}
    row = values.index("河口路 1 号")
    click_row(qtbot, panel.versions, row, 1)
    assert panel.value_edit.text() == "河口路 1 号"
    click(qtbot, panel.resolve_button)
    assert enterprise(world, COUNTY, firm).address == "河口路 1 号"
    assert panel.list.rowCount() == 0
    assert tab.inner.tabText(0) == "字段冲突（0）"
    assert panel.list_empty.isVisible()
    assert "河口路 1 号" in window.statusBar().currentMessage()


def test_a_conflict_can_be_settled_with_a_value_typed(qtbot, world, opened, tmp_path, prompts):
    firm = conflicting(world, tmp_path)
    window = opened(world, COUNTY)
    _page, tab = conflicts_tab(qtbot, window)
    panel = tab.conflicts
    panel.value_edit.clear()
    prompts.type_text(panel.value_edit, "河口路 3 号（核实）")
    click(qtbot, panel.resolve_button)
    assert enterprise(world, COUNTY, firm).address == "河口路 3 号（核实）"
    assert world.conflict_keys(COUNTY) == set()


def test_an_enterprise_in_conflict_carries_a_marker_leading_to_the_conflict(qtbot, world, opened, tmp_path, prompts):
    firm = conflicting(world, tmp_path)
    other = world.add_enterprise(COUNTY, "县直企业", township="乙镇")
    window = opened(world, COUNTY)
    window.nav.setCurrentRow(1)
    registry = window.pages[1]
    qtbot.waitUntil(lambda: not registry.finder.busy and registry.model.rowCount() == 2, timeout=5000)
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        badge = dialog.conflict_badge
        seen[dialog.enterprise_id] = badge.isVisible() and badge.text()
        if dialog.enterprise_id == firm:
            badge.linkActivated.emit("conflicts")  # the link in the marker

    for firm_id in (other, firm):
        prompts.on_dialog(look)
        row = next(r for r in range(registry.model.rowCount()) if registry.model.id_at(r) == firm_id)
        index = registry.model.index(row, 0)
        qtbot.mouseClick(registry.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=registry.view.visualRect(index).center())
        qtbot.keyClick(registry.view, Qt.Key.Key_Return)
    assert seen[other] is False
    assert str(seen[firm]).startswith("有同步冲突 1")
    page = window.pages[EXCHANGE]
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.conflicts_tab
    assert page.conflicts_tab.conflicts.current().row_id == firm


def test_duplicates_from_two_townships_are_merged_into_the_one_kept(qtbot, world, opened, tmp_path, prompts):
    from qsupervise.rules import uscc as rules

    first17 = "91420100MA4K12345"
    code = first17 + rules.check_char(first17)
    a = world.add_enterprise("甲镇", "某某食品有限公司", uscc=code)
    b = world.add_enterprise("乙镇", "某某食品公司", uscc=code)
    round_trip(world, tmp_path / "p")
    window = opened(world, COUNTY)
    _page, tab = conflicts_tab(qtbot, window)
    panel = tab.duplicates
    click_tab(qtbot, tab.inner, 1)
    assert tab.inner.tabText(1) == "可能重复的企业（1）"
    top = panel.tree.topLevelItem(0)
    assert top.text(0) == code
    assert top.childCount() == 2
    assert {top.child(i).text(1) for i in range(2)} == {"甲镇", "乙镇"}
    keep_row = next(i for i in range(2) if top.child(i).text(0) == "某某食品有限公司")
    panel.tree.scrollToItem(top.child(keep_row))
    rect = panel.tree.visualItemRect(top.child(keep_row))
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen: list[str] = []

    def choose(dialog) -> None:
        chosen.append(dialog.keep.currentText())
        assert "某某食品公司" in dialog.summary.text()
        prompts.click_ok(dialog)

    prompts.on_dialog(choose)
    prompts.answers.append(True)
    click(qtbot, panel.merge_button)
    assert chosen[0].startswith("某某食品有限公司")
    assert "合并" in prompts.questions[-1]
    assert enterprise(world, COUNTY, b).deleted_at is not None
    assert enterprise(world, COUNTY, a).deleted_at is None
    assert panel.tree.topLevelItemCount() == 0
    assert tab.inner.tabText(1) == "可能重复的企业（0）"


def test_held_records_are_applied_after_the_confirmation_about_the_date(qtbot, world, opened, tmp_path, prompts):
    from qsupervise.sync import merge

    firm = world.add_enterprise("甲镇", "甲镇食品厂")
    package = world.export("甲镇", tmp_path / "a.qsp")
    [result] = world.import_(COUNTY, package, now_ms=merge.wall_ms() - 2 * merge.DAY_MS)
    assert result.summary.held > 0
    window = opened(world, COUNTY)
    _page, tab = conflicts_tab(qtbot, window)
    panel = tab.held
    click_tab(qtbot, tab.inner, 2)
    assert tab.inner.tabText(2) == f"暂存记录（{result.summary.held}）"
    assert "企业" in cells(panel.table, 1)
    assert cells(panel.table, 0)[0] == "甲镇"
    prompts.answers.append(False)
    click(qtbot, panel.release_button)
    assert "发送方电脑的日期" in prompts.questions[-1]
    assert enterprise(world, COUNTY, firm) is None
    prompts.answers.append(True)
    click(qtbot, panel.release_button)
    assert enterprise(world, COUNTY, firm) is not None
    assert panel.table.rowCount() == 0


def test_settling_and_merging_need_the_county_administrator(qtbot, world, opened, tmp_path):
    from qsupervise.permissions import Principal

    conflicting(world, tmp_path)
    window = opened(world, COUNTY)
    _page, tab = conflicts_tab(qtbot, window)
    assert tab.conflicts.resolve_button.isEnabled()
    admin = window.db.principal
    window.db.set_principal(Principal(user_id=admin.user_id, username="clerk", role="township_clerk"))
    page = window.pages[EXCHANGE]
    page.refresh()
    assert not tab.conflicts.resolve_button.isEnabled()
    assert tab.conflicts.hint.text() == "处理冲突需要县级管理员权限。"
    assert not page.county_tab.buttons["import_files"].isHidden()  # a clerk may still exchange packages
