"""设置 → 行政区划: add, rename, merge, deactivate through the real buttons and dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from ui.dialogs.merge import MergeDialog
from ui.dialogs.org_unit import OrgUnitDialog
from ui.main_window import PAGE_KEYS

SETTINGS = PAGE_KEYS.index("settings")


def units(window) -> dict[str, object]:
    from qsupervise.services import org

    with window.db.read() as s:
        return {u.name: u for u in org.list_units(s)}


def org_tab(qtbot, window):
    nav = window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(SETTINGS)).center())
    return window.pages[SETTINGS].org_tab


def click_row(qtbot, tab, name: str) -> None:
    row = next(i for i, u in enumerate(tab.model.rows) if u.name == name)
    rect = tab.view.visualRect(tab.model.index(row, 1))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected().name == name


def button(tab, key: str) -> QPushButton:
    return tab.findChild(QPushButton, f"btn_{key}")


def test_table_lists_units_with_kind_and_state(qtbot, window):
    tab = org_tab(qtbot, window)
    model = tab.model
    shown = {
        model.index(r, 1).data(): (model.index(r, 0).data(), model.index(r, 4).data()) for r in range(model.rowCount())
    }
    assert shown["测试县"] == ("县", "启用")
    assert shown["县市场监管局"] == ("成员单位", "启用")
    assert shown["城关镇"] == ("乡镇/街道", "启用")
    assert not button(tab, "rename").isEnabled()
    click_row(qtbot, tab, "测试县")
    assert not button(tab, "merge").isEnabled()  # the county itself is not editable


def test_add_rename_merge_deactivate(qtbot, window, demo_db, prompts):
    from qsupervise.models import Enterprise

    with window.db.store.session(actor="gui") as s:
        for i in range(3):
            s.add(Enterprise(name=f"东乡企业{i}", township_id=demo_db.townships["东乡镇"]))
    tab = org_tab(qtbot, window)

    def add(dialog: OrgUnitDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("township"))
        prompts.type_into(dialog, "name", "南山镇")
        prompts.type_into(dialog, "code", "123456001")
        prompts.click_ok(dialog)

    prompts.on_dialog(add)
    qtbot.mouseClick(button(tab, "add"), Qt.MouseButton.LeftButton)
    found = units(window)["南山镇"]
    assert (found.kind, found.code, found.active) == ("township", "123456001", True)
    assert tab.selected().name == "南山镇"
    assert "南山镇" in window.statusBar().currentMessage()

    def rename(dialog: OrgUnitDialog) -> None:
        assert dialog.name.text() == "南山镇"
        prompts.type_into(dialog, "name", "南山街道")
        prompts.click_ok(dialog)

    prompts.on_dialog(rename)
    qtbot.mouseClick(button(tab, "rename"), Qt.MouseButton.LeftButton)
    assert "南山街道" in units(window)
    assert "南山镇" not in units(window)

    click_row(qtbot, tab, "东乡镇")
    summaries = []

    def merge(dialog: MergeDialog) -> None:
        dialog.target.setCurrentIndex(dialog.target.findText("西乡镇"))
        summaries.append(dialog.summary.text())
        assert dialog.target.findText("县市场监管局") == -1  # only units of the same kind
        prompts.click_ok(dialog)

    prompts.on_dialog(merge)
    qtbot.mouseClick(button(tab, "merge"), Qt.MouseButton.LeftButton)
    assert summaries == ["将“东乡镇”并入“西乡镇”：东乡镇 的 3 家企业及其他记录移到 西乡镇，东乡镇 停用并保留记录。"]
    after = units(window)
    assert after["东乡镇"].active is False
    assert after["东乡镇"].merged_into == after["西乡镇"].id
    assert after["西乡镇"].enterprises == 3
    assert after["东乡镇"].enterprises == 0
    row = tab.model.row_of(after["东乡镇"].id)
    assert tab.model.index(row, 4).data() == "已并入西乡镇"
    click_row(qtbot, tab, "东乡镇")
    assert not button(tab, "activate").isEnabled()  # a merged unit stays retired

    click_row(qtbot, tab, "南山街道")
    qtbot.mouseClick(button(tab, "deactivate"), Qt.MouseButton.LeftButton)
    assert "南山街道" in prompts.questions[-1]
    assert units(window)["南山街道"].active is False
    assert button(tab, "activate").isEnabled()
    qtbot.mouseClick(button(tab, "activate"), Qt.MouseButton.LeftButton)
    assert units(window)["南山街道"].active is True

    # the dashboard, refreshed when shown again, sees the merge
    window.nav.setCurrentRow(0)
    names = [r.name for r in window.pages[0].townships.rows]
    assert "东乡镇" not in names
    assert "南山街道" in names


def test_deactivate_declined_changes_nothing(qtbot, window, prompts):
    tab = org_tab(qtbot, window)
    click_row(qtbot, tab, "西乡镇")
    prompts.answers.append(False)
    qtbot.mouseClick(button(tab, "deactivate"), Qt.MouseButton.LeftButton)
    assert units(window)["西乡镇"].active is True


def test_known_error_shows_a_warning_and_keeps_the_dialog(qtbot, window, prompts):
    tab = org_tab(qtbot, window)
    kept = []

    def empty_name(dialog: OrgUnitDialog) -> None:
        prompts.click_ok(dialog)
        kept.append(dialog.isVisible())
        prompts.type_into(dialog, "name", "城关镇")  # taken by an active township
        prompts.click_ok(dialog)
        kept.append(dialog.isVisible())
        dialog.reject()

    prompts.on_dialog(empty_name)
    before = set(units(window))
    qtbot.mouseClick(button(tab, "add"), Qt.MouseButton.LeftButton)
    assert kept == [True, True]
    assert prompts.warnings[0] == "名称不能为空。"
    assert "城关镇" in prompts.warnings[1]
    assert set(units(window)) == before


def test_add_through_the_real_modal_dialog(qtbot, window, prompts, monkeypatch):
    """Once without the stand-in: the dialog really runs modally and is filled while it waits."""
    import ui.modal

    monkeypatch.setattr(ui.modal, "exec_dialog", prompts.real["exec_dialog"])
    tab = org_tab(qtbot, window)
    done = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OrgUnitDialog):
            QTimer.singleShot(20, fill)
            return
        prompts.type_text(dialog.findChild(QLineEdit, "name"), "北岭乡")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        done.append(True)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(button(tab, "add"), Qt.MouseButton.LeftButton)
    assert done == [True]
    assert units(window)["北岭乡"].kind == "township"
