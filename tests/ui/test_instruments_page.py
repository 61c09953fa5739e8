"""认证许可 → 计量器具: instruments added and checked through the real dialog, the overdue list and the two rates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.dialogs.instrument_form import InstrumentForm
from ui.models.instruments import InstrumentRatesModel, InstrumentsModel

PAGE = 3
TODAY = date.today()


@pytest.fixture
def firms(window, demo_db) -> dict[str, str]:
    from qsupervise.models import Enterprise

    towns = list(demo_db.townships.values())
    ids = {}
    with window.db.session() as s:
        for i in range(3):
            firm = Enterprise(name=f"青溪县星河{i:02d}超市", township_id=towns[i], industry_code="F5211")
            s.add(firm)
            s.flush()
            ids[firm.name] = firm.id
    return ids


@pytest.fixture
def tab(qtbot, window, firms):
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    page.tabs.setCurrentWidget(page.instruments_tab)
    return page.instruments_tab


def add_instrument(window, holder: str, name: str, verified_days_ago: int | None, **values) -> str:
    from qsupervise.services import instruments
    from qsupervise.services.instruments import InstrumentInput

    verified = TODAY - timedelta(days=verified_days_ago) if verified_days_ago is not None else None
    with window.db.session() as s:
        data = InstrumentInput(enterprise_id=holder, name=name, verified_on=verified, **values)
        return instruments.save(s, data=data, today=TODAY, actor="gui")[0].id


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def rate_row(tab, name: str) -> list[str]:
    model = tab.rates.model
    row = column(model, InstrumentRatesModel.NAME).index(name)
    return [model.index(row, c).data() for c in range(1, model.columnCount())]


def test_empty_tab_says_what_to_do(tab):
    assert tab.empty.text().startswith("还没有登记强检计量器具。点“新增器具”（Ctrl+N）")
    assert tab.count_label.text() == "共 0 台，逾期未检 0 台"
    assert rate_row(tab, "城关镇") == ["0", "0", "0", "0", "—", "—"]
    assert tab.rates.charts["registration"].bar_count() == 0


def test_an_instrument_past_its_due_date_is_overdue_and_moves_the_rates(qtbot, tab, prompts, firms):
    add_instrument(tab.window(), firms["青溪县星河00超市"], "电子台秤", 30, serial="T-1")  # in cycle
    tab.refresh()
    assert rate_row(tab, "城关镇") == ["1", "1", "1", "0", "100.0%", "100.0%"]
    verified = (TODAY - timedelta(days=400)).isoformat()
    seen = {}

    def fill(dialog: InstrumentForm) -> None:
        assert dialog.windowTitle() == "新增计量器具"
        prompts.type_text(dialog.finder.search, "星河00")
        qtbot.waitUntil(lambda: dialog.finder.results.count() == 1, timeout=2000)
        prompts.type_into(dialog, "name", "电子计价秤")
        prompts.type_into(dialog, "serial", "A-2024-001")
        prompts.type_into(dialog, "verified_on", verified)
        qtbot.waitUntil(lambda: "留空按周期推算" in dialog.edits["due_on"].placeholderText(), timeout=2000)
        seen["due"] = dialog.edits["due_on"].placeholderText()
        dialog.result_choice.set_value("pass")
        qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    prompts.on_dialog(fill)
    tab.window().activateWindow()
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    due = date.fromisoformat(verified)
    due = due.replace(year=due.year + 1) if not (due.month == 2 and due.day == 29) else due.replace(year=due.year + 1,
                                                                                                     day=28)
    assert seen["due"] == f"留空按周期推算：{due.isoformat()}"
    model = tab.model
    row = column(model, InstrumentsModel.NAME).index("电子计价秤")
    assert model.index(row, InstrumentsModel.DUE).data() == due.isoformat()
    status = model.index(row, InstrumentsModel.STATUS)
    assert status.data() == f"逾期未检（{(TODAY - due).days} 天）"
    assert status.data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert tab.current_id() == model.rows[row].id
    assert tab.count_label.text() == "共 2 台，逾期未检 1 台"
    assert rate_row(tab, "城关镇") == ["2", "2", "1", "1", "100.0%", "50.0%"]  # 强检受检率 halved
    assert rate_row(tab, "全县合计") == ["2", "2", "1", "1", "100.0%", "50.0%"]
    bars = tab.rates.charts["verification"].bars()
    assert [(b.label, b.text, b.tone) for b in bars] == [("城关镇", "50.0%", "warn")]  # under the 70 % target
    tab.overdue_only.setChecked(True)
    assert column(model, InstrumentsModel.NAME) == ["电子计价秤"]
    assert tab.count_label.text() == "共 1 台"


def test_bad_input_is_refused_and_nothing_is_saved(qtbot, tab, prompts):
    seen = {}
    future = (TODAY + timedelta(days=3)).isoformat()

    def fill(dialog: InstrumentForm) -> None:
        prompts.type_into(dialog, "verified_on", future)
        prompts.click_ok(dialog)
        labels = dialog.problem_labels
        seen["first"] = {f: labels[f].text() for f in labels if labels[f].isVisible()}
        prompts.type_into(dialog, "verified_on", "2026-02-30")
        prompts.click_ok(dialog)
        seen["date"] = labels["verified_on"].text()
        seen["open"] = dialog.isVisible()

    prompts.on_dialog(fill)
    click(qtbot, tab.buttons["new_instrument"])
    assert seen["first"] == {
        "enterprise_id": "请查找并选中使用这台器具的企业。",
        "name": "必填项“器具名称”为空。",
        "verified_on": f"检定日期 {future} 在今天（{TODAY.isoformat()}）之后。请按检定证书填写实际检定日期。",
    }
    assert seen["date"] == "检定日期“2026-02-30”格式不对，应为 YYYY-MM-DD，例如 2026-11-24。"
    assert seen["open"]
    assert tab.model.rowCount() == 0
    from qsupervise.services import instruments

    with tab.db.read() as s:
        assert instruments.count(s, TODAY) == 0


def test_filters_search_edit_and_delete(qtbot, tab, prompts, firms, demo_db):
    window = tab.window()
    add_instrument(window, firms["青溪县星河00超市"], "电子台秤", 30, serial="T-1")
    add_instrument(window, firms["青溪县星河01超市"], "压力表", 30, use_category="safety", model="Y-100")
    add_instrument(window, firms["青溪县星河02超市"], "血压计", None, use_category="medical", registered=False)
    tab.refresh()
    model = tab.model
    assert column(model, InstrumentsModel.STATUS) == ["有效", "有效", "未检定"]
    assert column(model, InstrumentsModel.REGISTERED) == ["已登记", "已登记", "未登记"]
    tab.category.set_value("safety")
    assert column(model, InstrumentsModel.NAME) == ["压力表"]
    tab.category.set_value(None)
    prompts.type_text(tab.search, "y-100")
    qtbot.waitUntil(lambda: column(model, InstrumentsModel.NAME) == ["压力表"], timeout=2000)
    assert tab.count_label.text() == "筛选出 1 台，逾期未检 0 台"
    tab.search.clear()
    tab.search.flush()
    tab.township.set_value(demo_db.townships["西乡镇"])
    assert column(model, InstrumentsModel.NAME) == ["血压计"]
    assert rate_row(tab, "西乡镇") == ["1", "0", "0", "0", "0.0%", "—"]
    tab.view.selectRow(0)

    def edit(dialog: InstrumentForm) -> None:
        assert dialog.windowTitle() == "编辑计量器具 — 血压计"
        dialog.registered.setChecked(True)
        prompts.click_ok(dialog)

    prompts.on_dialog(edit)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert rate_row(tab, "西乡镇") == ["1", "1", "0", "0", "100.0%", "0.0%"]
    prompts.answers = [True]
    click(qtbot, tab.buttons["delete_instrument"])
    assert prompts.questions[-1].startswith("删除计量器具“青溪县星河02超市 血压计")
    assert model.rowCount() == 0
    assert rate_row(tab, "西乡镇") == ["0", "0", "0", "0", "—", "—"]


def test_a_rates_row_filters_the_list(qtbot, tab, firms, demo_db):
    add_instrument(tab.window(), firms["青溪县星河01超市"], "压力表", 30, use_category="safety")
    add_instrument(tab.window(), firms["青溪县星河00超市"], "电子台秤", 30)
    tab.refresh()
    view = tab.rates.view
    index = tab.rates.model.index(1, 0)  # 东乡镇
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert tab.township.value() == demo_db.townships["东乡镇"]
    assert column(tab.model, InstrumentsModel.NAME) == ["压力表"]


def test_models_pass_the_model_tester(qtmodeltester, tab, firms):
    add_instrument(tab.window(), firms["青溪县星河00超市"], "电子台秤", 400, serial="T-1")
    tab.refresh()
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.rates.model)
