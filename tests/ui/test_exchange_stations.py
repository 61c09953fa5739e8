"""数据交换 → 站点与导入 at the county: 登记乡镇站点 writes the enrolment file a township is set up from (and says
both fingerprints and that the file holds the private key); 停用站点 makes its packages refused; both need the
county administrator."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.core.sync_world import COUNTY, World
from tests.ui.test_exchange_page import cells, click, click_row, exchange_page, wait_task
from ui.main_window import MainWindow

NAME, STATE = 0, 7


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    """The county with 甲镇 enrolled and 乙镇 a township of its own without a station."""
    from qsupervise.services import org

    world = World.make(tmp_path_factory.mktemp("stations-world"), ["甲镇"])
    with world.open(COUNTY) as store, store.session() as s:
        org.add_unit(s, kind="township", name="乙镇")
    return world


@pytest.fixture
def world(template: World, tmp_path: Path, isolated_settings: Path) -> World:
    copy = template.copy(tmp_path / "w")
    copy.copy_keys_to(Path(os.environ["QS_DATA_DIR"]) / "keys")
    return copy


@pytest.fixture
def county(qtbot, world, prompts):
    """The 站点与导入 tab of a window on the county (its first administrator made on the way)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_path(world.dbs[COUNTY])
    page = exchange_page(qtbot, window)
    assert page.tabs.currentWidget() is page.county_tab
    yield page.county_tab
    window.db.close()


@pytest.fixture
def save_as(monkeypatch):
    """Stands in for the save dialog: answers each call with the next path queued ("" = cancelled)."""
    answers: list[str] = []
    asked: list[str] = []

    def fake(parent, title, suggested, filters):
        asked.append(suggested)
        return (answers.pop(0) if answers else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return answers, asked


def pick_from_popup(qtbot, combo, text: str) -> None:
    """Open the combo's list with its arrow and click the entry."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=QPoint(combo.width() - 8, combo.height() // 2))
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a release sooner after opening is not a choice
    row = combo.findText(text)
    assert row >= 0, text
    spot = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert combo.currentText() == text


def state_of(tab, name: str) -> str:
    table = tab.stations.table
    rows = [r for r in range(table.rowCount()) if table.item(r, NAME).text() == name]
    return table.item(rows[-1], STATE).text()  # the newest station of that name


def test_a_township_enrolled_is_set_up_from_its_file_and_refused_once_revoked(
    qtbot, world, county, prompts, save_as, tmp_path
):
    from qsupervise.store import Store
    from qsupervise.sync import exchange, keys, stations

    answers, asked = save_as
    tab = county
    assert cells(tab.stations.table, NAME) == ["甲镇"]
    enroll = tmp_path / "usb" / "乙镇.enroll"
    answers.append(str(enroll))
    seen: dict[str, object] = {}

    def choose(dialog) -> None:
        combo = dialog.township
        seen["offered"] = [combo.itemText(i) for i in range(combo.count())]
        assert not dialog.ok_button.isEnabled()  # nothing chosen yet
        pick_from_popup(qtbot, combo, "乙镇")
        seen["note"] = dialog.note.text()
        prompts.click_ok(dialog)

    prompts.on_dialog(choose)
    click(qtbot, tab.stations.enrol_button)
    assert seen["offered"] == ["乙镇"]  # 甲镇 has its station already
    assert "乙镇" in str(seen["note"])
    assert Path(asked[0]).name == "乙镇.enroll"
    assert enroll.is_file()
    assert cells(tab.stations.table, NAME) == ["乙镇", "甲镇"]
    assert state_of(tab, "乙镇") == "正常"
    assert tab.stations.selected().name == "乙镇"

    enrollment = stations.read_enrollment(enroll)
    township_fingerprint = enrollment.township_key.fingerprint()
    county_fingerprint = keys.fingerprint(enrollment.county_public_key)
    told = prompts.infos[-1]
    assert township_fingerprint in told
    assert county_fingerprint in told
    assert "私钥" in told
    assert "U 盘" in told
    assert str(enroll) in told
    assert township_fingerprint in tab.export_note.text()  # stays on the page after the message

    # the township is set up from the file and sends its first package
    town_db, town_keys = tmp_path / "乙镇.db", tmp_path / "keys-乙镇"
    with Store.open(town_db, create=True) as store, store.session() as s:
        stations.init_from_enrollment(s, enrollment, key_dir=town_keys)
    world.units["乙镇"] = enrollment.township_org_unit_id
    world.dbs["乙镇"], world.key_dirs["乙镇"] = town_db, town_keys
    world.add_enterprise("乙镇", "乙镇食品厂")
    package = tmp_path / "usb" / "乙镇-1.qsp"
    with Store.open(town_db) as store:
        exchange.export_package(store, package, key_dir=town_keys)

    page = tab.page
    page.ask_open_paths = lambda title: [package]
    click(qtbot, tab.buttons["import_files"])
    wait_task(qtbot, page)
    assert cells(tab.table, 2) == ["可导入"]

    # the laptop is lost: the station is revoked, its package refused
    click_row(qtbot, tab.stations.table, cells(tab.stations.table, NAME).index("乙镇"))
    prompts.answers.append(True)
    click(qtbot, tab.stations.revoke_button)
    assert "乙镇" in prompts.questions[-1]
    assert "拒收" in prompts.questions[-1]
    assert state_of(tab, "乙镇") == "已停用"
    assert not tab.stations.revoke_button.isEnabled()  # the revoked row is still the one selected
    assert "已停用乡镇站点 乙镇" in tab.export_note.text()
    click(qtbot, tab.buttons["import_files"])
    wait_task(qtbot, page)
    assert cells(tab.table, 2) == ["拒收"]
    assert "已停用" in tab.table.item(0, 8).text()


def test_revoking_asks_first_and_no_leaves_the_station(qtbot, county, prompts):
    tab = county
    click_row(qtbot, tab.stations.table, 0)
    prompts.answers.append(False)
    click(qtbot, tab.stations.revoke_button)
    assert "丢失" in prompts.questions[-1]
    assert state_of(tab, "甲镇") == "正常"


def test_a_new_township_typed_is_added_and_cancelling_the_file_adds_nothing(
    qtbot, world, county, prompts, save_as, tmp_path
):
    from qsupervise.services import org

    answers, _asked = save_as
    tab = county
    enroll = tmp_path / "丙镇"  # the extension is added
    answers.extend(["", str(enroll)])
    notes: list[str] = []

    def type_name(dialog) -> None:
        field = dialog.township.lineEdit()
        prompts.type_text(field, "甲镇")
        notes.append(dialog.note.text())
        assert not dialog.ok_button.isEnabled()  # enrolled already: revoke it first
        field.clear()
        prompts.type_text(field, "丙镇")
        notes.append(dialog.note.text())
        prompts.click_ok(dialog)  # the save dialog is cancelled: the dialog stays
        assert dialog.isVisible()
        notes.append(",".join(cells(tab.stations.table, NAME)))
        prompts.click_ok(dialog)

    prompts.on_dialog(type_name)
    click(qtbot, tab.stations.enrol_button)
    assert "请先停用" in notes[0]
    assert "新增" in notes[1]
    assert notes[2] == "甲镇"  # nothing was added while the file was not chosen
    assert (tmp_path / "丙镇.enroll").is_file()
    assert cells(tab.stations.table, NAME) == ["丙镇", "甲镇"]
    with world.open(COUNTY) as store, store.read() as s:
        assert "丙镇" in {u.name for u in org.list_units(s) if u.kind == "township"}


def test_a_file_that_cannot_be_written_adds_no_station_and_says_why(qtbot, world, county, prompts, save_as,
                                                                    tmp_path):
    from qsupervise.services import org

    answers, _asked = save_as
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    answers.append(str(blocked / "丙镇.enroll"))

    def type_name(dialog) -> None:
        prompts.type_text(dialog.township.lineEdit(), "丙镇")
        prompts.click_ok(dialog)
        assert dialog.isVisible()  # refused: what was typed stays

    prompts.on_dialog(type_name)
    click(qtbot, county.stations.enrol_button)
    assert "not-a-folder" in prompts.warnings[-1]
    assert cells(county.stations.table, NAME) == ["甲镇"]
    with world.open(COUNTY) as store, store.read() as s:
        assert "丙镇" not in {u.name for u in org.list_units(s)}  # the whole transaction was rolled back


def test_enrolling_and_revoking_need_the_county_administrator(qtbot, county):
    from qsupervise.permissions import Principal

    tab = county
    stations = tab.stations
    assert stations.enrol_button.isVisible()
    assert stations.enrol_button.isEnabled()
    assert not stations.revoke_button.isEnabled()  # no row chosen
    click_row(qtbot, stations.table, 0)
    assert stations.revoke_button.isEnabled()
    db = tab.db
    admin = db.principal
    db.set_principal(Principal(user_id=admin.user_id, username="clerk", role="township_clerk"))
    tab.page.refresh()
    assert stations.enrol_button.isHidden()
    assert stations.revoke_button.isHidden()
    assert not tab.buttons["import_files"].isHidden()  # a clerk still exchanges packages


def test_the_empty_table_points_at_the_enrol_button(qtbot, county):
    tab = county
    tab.stations.rows = []
    tab.stations.show_rows()
    assert tab.stations.empty.isVisible()
    assert "登记乡镇站点…" in tab.stations.empty.text()
    assert "station add" not in tab.stations.empty.text()
