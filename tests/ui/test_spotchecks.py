"""监督抽查: plans, inspectors and the 双随机 draw, clicked through the real page and dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.dialogs.spotcheck_draw import DrawDialog
from ui.dialogs.spotcheck_inspectors import InspectorsDialog, RecusalDialog
from ui.dialogs.spotcheck_plan import PlanDialog
from ui.models.spotchecks import ChecksModel, InspectorsModel, PlansModel, TargetsModel

PAGE = 2
FIRMS = 12


def add_firms(window, demo_db) -> None:
    from qsupervise.models import Enterprise

    towns = list(demo_db.townships.values())
    with window.db.session() as s:
        for i in range(FIRMS):
            s.add(Enterprise(name=f"青溪县星河{i:02d}食品有限公司", township_id=towns[i % 3], industry_code="C1391"))


def add_inspectors(window, names=("张三", "李四", "王五")) -> None:
    from qsupervise.services import spotchecks

    with window.db.session() as s:
        for name in names:
            spotchecks.add_inspector(s, name=name, unit="县市场监管局", actor="gui")


def add_plan(window, plan_no: str = "2026-县-01", count: int = 4) -> str:
    from qsupervise.services import spotcheck_plans as plans

    with window.db.session() as s:
        data = plans.PlanInput(plan_no=plan_no, year=2026, category="食用植物油", sample_count=count)
        return plans.add(s, data, actor="gui").id


@pytest.fixture
def page(qtbot, window, demo_db):
    add_firms(window, demo_db)
    window.nav.setCurrentRow(PAGE)
    found = window.pages[PAGE]
    assert found.objectName() == "page_spotchecks"
    return found


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_task(qtbot, owner) -> None:
    qtbot.waitUntil(lambda: owner.task is not None and not owner.task.running, timeout=5000)


def plan_numbers(page) -> list[str]:
    model = page.plans_tab.model
    return [model.index(r, PlansModel.NO).data() for r in range(model.rowCount())]


def test_empty_page_says_what_to_do_first(page):
    tab = page.plans_tab
    assert page.title_label.text() == "监督抽查"
    assert page.tabs.tabText(0) == "计划与抽取"
    assert page.tabs.tabText(1) == "抽查记录"
    assert tab.empty.isVisibleTo(page)
    assert tab.empty.text().startswith("还没有抽查计划。点“新建计划”（Ctrl+N）")
    assert tab.inspector_note.text() == "在岗检查人员 0 名"
    assert not tab.buttons["draw"].isEnabled()
    assert not tab.buttons["verify"].isEnabled()
    assert page.records_tab.empty.text().startswith("还没有抽查记录。")


def test_new_plan_through_the_dialog_with_inline_checks(qtbot, page, prompts, demo_db):
    add_plan(page.window(), "2026-县-00")
    page.refresh()
    seen = {}

    def fill(dialog: PlanDialog) -> None:
        assert dialog.windowTitle() == "新建抽查计划"
        assert dialog.pool_size.text().startswith("按此范围，候选企业共 12 家")
        prompts.click_ok(dialog)  # no number yet
        seen["missing"] = dialog.problem_labels["plan_no"].text()
        prompts.type_into(dialog, "plan_no", "2026-县-00")
        qtbot.waitUntil(lambda: "已被使用" in dialog.problem_labels["plan_no"].text(), timeout=2000)
        seen["taken"] = dialog.problem_labels["plan_no"].text()
        prompts.type_into(dialog, "plan_no", "2026-县-01")
        prompts.type_into(dialog, "category", "食用植物油")
        prompts.type_into(dialog, "industries", "C13, X9")
        qtbot.waitUntil(lambda: dialog.problem_labels["industries"].isVisible(), timeout=2000)
        seen["industry"] = dialog.problem_labels["industries"].text()
        prompts.type_into(dialog, "industries", "C13")
        dialog.townships.item(0).setCheckState(Qt.CheckState.Checked)  # 城关镇: 4 of the 12
        dialog.level.set_value("county")
        dialog.count.setValue(3)
        dialog.recuse_own_township.setChecked(True)
        qtbot.waitUntil(lambda: "共 4 家" in dialog.pool_size.text(), timeout=2000)
        qtbot.keyClick(dialog.edits["plan_no"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    prompts.on_dialog(fill)
    page.window().activateWindow()
    qtbot.keyClick(page.plans_tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {
        "missing": "请填写计划编号。",
        "taken": "计划编号“2026-县-00”已被使用，请换一个编号。",
        "industry": "“X9”不是 GB/T 4754 行业代码（门类字母或 2–4 位代码，如 C、C13、1391）。",
    }
    assert plan_numbers(page) == ["2026-县-00", "2026-县-01"]
    tab = page.plans_tab
    assert tab.current().plan_no == "2026-县-01"  # the new plan is selected
    model = tab.model
    row = 1
    assert [model.index(row, c).data() for c in range(model.columnCount())] == [
        "2026-县-01",
        "2026",
        "县级",
        "食用植物油",
        "生产领域",
        "待抽取",
        "0",
        "0",
    ]
    assert tab.draw_title.text() == "计划 2026-县-01：尚未抽取"
    assert "已新建抽查计划 2026-县-01" in page.window().statusBar().currentMessage()
    from qsupervise.services import spotcheck_plans as plans

    with page.db.read() as s:
        plan = plans.by_no(s, "2026-县-01")
        pool = plans.PoolFilter.from_json(plan.pool_filter)
    assert (plan.sample_count, plan.recuse_own_township, plan.authority) == (3, True, "测试县市场监督管理局")
    assert (pool.industries, pool.townships) == (["C13"], [demo_db.townships["城关镇"]])


def test_inspectors_are_added_and_recused(qtbot, page, prompts):
    def manage(dialog: InspectorsDialog) -> None:
        assert dialog.empty.isVisible()
        click(qtbot, dialog.add_button)  # no name
        assert dialog.problem.text() == "请填写检查人员姓名。"
        for name in ("张三", "李四"):
            prompts.type_into(dialog, "name", name)
            qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        dialog.township.setCurrentIndex(dialog.township.findText("东乡镇"))
        prompts.type_into(dialog, "name", "王五")
        prompts.type_into(dialog, "badge_no", "42000123")
        click(qtbot, dialog.add_button)
        model = dialog.model
        names = [model.index(r, InspectorsModel.NAME).data() for r in range(model.rowCount())]
        assert names == ["张三", "李四", "王五"]
        assert dialog.current_id() == model.rows[2].id  # the one just added
        assert model.index(2, InspectorsModel.TOWNSHIP).data() == "东乡镇"

        def recuse(recusal: RecusalDialog) -> None:
            prompts.click_ok(recusal)
            assert recusal.problem.text() == "请先查找并选中一家企业。"
            prompts.type_text(recusal.search, "星河03")
            qtbot.waitUntil(lambda: recusal.results.count() == 1, timeout=2000)
            prompts.click_ok(recusal)  # no reason
            assert recusal.problem.text() == "登记回避需要写明理由。"
            prompts.type_into(recusal, "reason", "配偶在该企业任职")
            prompts.click_ok(recusal)

        prompts.on_dialog(recuse)
        click(qtbot, dialog.recuse_button)
        assert dialog.recusals.item(0).text().startswith("青溪县星河03食品有限公司")
        assert model.index(2, InspectorsModel.RECUSALS).data() == "1"
        dialog.view.selectRow(0)  # 张三 goes off duty: listed last, muted, no longer counted
        assert dialog.active_button.text() == "停用"
        click(qtbot, dialog.active_button)
        assert [r.name for r in model.rows] == ["李四", "王五", "张三"]
        assert model.index(2, InspectorsModel.STATE).data() == "停用"
        assert dialog.active_button.text() == "重新启用"

    prompts.on_dialog(manage)
    click(qtbot, page.plans_tab.buttons["inspectors"])
    assert page.plans_tab.inspector_note.text() == "在岗检查人员 2 名"


def test_draw_with_a_typed_seed_then_verify_export_and_a_redraw_needs_a_reason(qtbot, page, prompts, tmp_path):
    window = page.window()
    add_inspectors(window)
    add_plan(window, count=4)
    page.refresh()
    tab = page.plans_tab
    assert tab.current().plan_no == "2026-县-01"

    def draw(dialog: DrawDialog) -> None:
        assert dialog.heading.text() == "计划 2026-县-01：第 1 次抽取"
        assert dialog.figures.text().startswith("候选企业 12 家，其中 0 家 6 个月内已被同一部门抽查过")
        assert "抽出 4 家" in dialog.figures.text()
        assert dialog.seed.text().isdigit()  # a suggestion, selected so typing replaces it
        assert not dialog.reason.isVisible()
        qtbot.keyClicks(dialog.seed, "20260518")
        prompts.click_ok(dialog)

    prompts.on_dialog(draw)
    click(qtbot, tab.buttons["draw"])
    wait_task(qtbot, tab)
    assert tab.draw_info is not None
    assert tab.draw_info.seed == "20260518"
    targets = tab.targets
    assert targets.rowCount() == 4
    for row in range(4):
        pair = targets.index(row, TargetsModel.INSPECTORS).data().split("、")
        assert len(pair) == 2
        assert set(pair) <= {"张三", "李四", "王五"}
        assert targets.index(row, TargetsModel.SAMPLING).data() == "待抽样"
    assert tab.draw_title.text() == "计划 2026-县-01：第 1 次抽取，抽出 4 家"
    assert "随机种子 20260518" in tab.draw_summary.text()
    assert tab.model.index(0, PlansModel.STATUS).data() == "已抽取"
    assert "第 1 次抽取完成：抽出 4 家" in window.statusBar().currentMessage()

    click(qtbot, tab.buttons["verify"])
    wait_task(qtbot, tab)
    assert prompts.infos[-1] == "核验通过：用记录的种子和名单重新计算，结果与记录一致。"

    out = tmp_path / "公开名单.xlsx"
    tab.ask_export_path = lambda suggested: out
    tab.task = None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(tab.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_task(qtbot, tab)
    assert tab.exported == out
    sheet = load_workbook(out).active
    assert "计划编号 2026-县-01" in sheet["A1"].value
    assert sheet["B4"].value.startswith("青溪县星河")

    refused = {}

    def redraw(dialog: DrawDialog) -> None:
        assert dialog.heading.text() == "计划 2026-县-01：第 2 次抽取"
        assert dialog.redraw_note.isVisible()
        assert dialog.reason.isVisible()
        prompts.type_into(dialog, "seed", "99")
        prompts.click_ok(dialog)  # no reason
        refused["text"] = dialog.problem.text()
        refused["open"] = dialog.isVisible()

    prompts.on_dialog(redraw)
    assert tab.buttons["draw"].text() == "重新抽取…"
    click(qtbot, tab.buttons["draw"])
    assert refused == {
        "text": "计划“2026-县-01”已经抽取过（第 1 次），重新抽取必须说明理由。",
        "open": True,
    }
    assert tab.draw_info.number == 1  # nothing was drawn

    def redraw_with_reason(dialog: DrawDialog) -> None:
        prompts.type_into(dialog, "seed", "99")
        prompts.type_into(dialog, "reason", "抽取范围设置有误")
        prompts.click_ok(dialog)

    prompts.on_dialog(redraw_with_reason)
    click(qtbot, tab.buttons["draw"])
    wait_task(qtbot, tab)
    assert tab.draw_info.number == 2
    assert "重新抽取理由：抽取范围设置有误" in tab.draw_summary.text()
    assert tab.model.index(0, PlansModel.SAMPLES).data() == "4"  # the first draw's samples were withdrawn


def test_a_draw_without_inspectors_is_not_offered(qtbot, page, prompts):
    add_plan(page.window())
    page.refresh()
    seen = {}

    def look(dialog: DrawDialog) -> None:
        seen["blocker"] = dialog.blocker.text()
        seen["ok"] = dialog.ok_button.isEnabled()

    prompts.on_dialog(look)
    click(qtbot, page.plans_tab.buttons["draw"])
    assert seen == {"blocker": "在岗检查人员不足两名：请先在“检查人员…”中添加。", "ok": False}
    assert page.plans_tab.inspector_note.text() == "在岗检查人员 0 名"


def test_models_pass_qt_checks(qtmodeltester, page):
    window = page.window()
    add_inspectors(window)
    add_plan(window)
    from qsupervise.services import draws
    from qsupervise.services import spotcheck_plans as plans

    with window.db.session() as s:
        draws.run_draw(s, plans.by_no(s, "2026-县-01"), seed="1", as_of=date.today(), actor="gui")
    page.records_tab.follow_plan(None)
    assert page.records_tab.model.rowCount() == 4
    for model in (page.plans_tab.model, page.plans_tab.targets, page.records_tab.model):
        qtmodeltester.check(model)
    assert page.records_tab.model.index(0, ChecksModel.STEP).data() == "抽样"
