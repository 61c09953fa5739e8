"""抽查记录: the 抽样单, pasting test items from Excel, the derived verdict, and the follow-up steps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from ui.dialogs.spotcheck_editor import SpotCheckEditor, forms_available
from ui.dialogs.spotcheck_items import MEASURED, NAME, VERDICT
from ui.models.spotchecks import ChecksModel

PAGE = 2
FIRMS = 8
PASTED = (
    "酸值\t5.1\t≤3.0\t1.2\tmg/g\t合格\tB\n"
    "过氧化值\t5.2\t≤0.25\t0.40\tg/100g\t不合格\tA\n"
    "溶剂残留量\t5.3\t≤20\t未检出\tmg/kg\tP\tB\n"
)


def activate(qtbot, widget) -> None:
    """Shortcuts (Ctrl+S) go to the active window; offscreen, activation is asynchronous."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def records(qtbot, window, demo_db):
    """Four drawn samples of one plan, listed on 抽查记录."""
    from qsupervise.models import Enterprise
    from qsupervise.services import draws, spotchecks
    from qsupervise.services import spotcheck_plans as plans

    towns = list(demo_db.townships.values())
    with window.db.session() as s:
        for i in range(FIRMS):
            s.add(Enterprise(name=f"青溪县星河{i:02d}食品有限公司", township_id=towns[i % 3], industry_code="C1391"))
        for name in ("张三", "李四", "王五"):
            spotchecks.add_inspector(s, name=name, actor="gui")
        data = plans.PlanInput(plan_no="2026-县-01", year=2026, category="食用植物油", sample_count=4)
        plans.add(s, data, actor="gui")
    with window.db.session() as s:
        draws.run_draw(s, plans.by_no(s, "2026-县-01"), seed="7", as_of=date.today(), actor="gui")
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    page.tabs.setCurrentIndex(1)
    tab = page.records_tab
    assert tab.model.rowCount() == 4
    return tab


def row_texts(tab, row: int) -> list[str]:
    return [tab.model.index(row, c).data() for c in range(tab.model.columnCount())]


def open_row(qtbot, tab, row: int) -> None:
    tab.view.setFocus()
    tab.view.selectRow(row)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)


def stored(tab, check_id: str):
    from qsupervise.services import spotchecks

    with tab.db.read() as s:
        return spotchecks.get(s, check_id), spotchecks.items_of(s, check_id)


def paste(qtbot, grid, text: str, row: int = 0, column: int = 0) -> None:
    QGuiApplication.clipboard().setText(text)
    grid.setFocus()
    grid.setCurrentCell(row, column)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_sampling_pasted_items_serious_verdict_and_serving_the_notice(qtbot, records, prompts):
    tab = records
    today = date.today()
    first = tab.model.rows[0]
    assert row_texts(tab, 0)[2:6] == ["待抽样", "—", "抽样", ""]
    seen = {}

    def edit(editor: SpotCheckEditor) -> None:
        sampling = editor.sampling
        assert editor.heading.text() == first.unit_name
        assert "计划 2026-县-01" in editor.subheading.text()
        assert not editor.results.content.isEnabled()  # results only after sampling
        assert sampling.edits["sampler1"].text() in ("张三", "李四", "王五")  # the drawn inspectors
        assert sampling.edits["category"].text() == "食用植物油"
        sampling.state.setCurrentIndex(sampling.state.findData("sampled"))
        assert sampling.edits["sampled_on"].text() == today.isoformat()  # offered when 已抽样 is chosen
        prompts.type_into(editor, "product", "压榨花生油")
        prompts.type_into(editor, "brand", "星河")
        prompts.type_into(editor, "sampled_on", "2026-13-01")
        click(qtbot, sampling.save_button)
        seen["bad date"] = sampling.date_problem.text()
        seen["after bad date"] = stored(tab, first.id)[0].sampling
        prompts.type_into(editor, "sampled_on", "2026/11/2")
        activate(qtbot, editor)
        qtbot.keyClick(sampling.edits["product"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert editor.note.text() == "已保存抽样单（已抽样）。"
        assert editor.tabs.currentWidget() is editor.results
        results = editor.results
        assert results.content.isEnabled()
        assert results.derived_label.text() == "—（尚无检验项目）"

        paste(qtbot, results.grid, PASTED)
        assert results.grid.rowCount() == 3
        assert results.grid.text(2, VERDICT) == "合格"  # P read as 合格
        assert results.derived_label.text() == "严重不合格"  # a class-A item failed
        assert not results.problems.isVisible()
        prompts.type_into(editor, "report_no", "QX2026-0042")
        prompts.type_into(editor, "report_on", "2026-11-10")
        click(qtbot, results.save_button)
        assert editor.note.text() == "已保存检验结果：严重不合格。"
        assert editor.tabs.currentWidget() is editor.followup

        follow = editor.followup
        assert follow.summary.text() == "结论：严重不合格　　不合格项目：过氧化值"
        assert follow.next_label.text() == "下一步：送达检验结论"
        assert follow.dates["serve_notice"].text() == today.isoformat()
        click(qtbot, follow.buttons["serve_notice"])
        due = today + timedelta(days=15)
        seen["next"] = follow.next_label.text()
        seen["objection due"] = follow.deadline_values["objection"].text() == due.isoformat()
        seen["served"] = follow.states["serve_notice"].text()
        click(qtbot, editor.close_button)

    prompts.on_dialog(edit)
    open_row(qtbot, tab, 0)
    due = today + timedelta(days=15)
    assert seen == {
        "bad date": "【抽样日期】日期“2026-13-01”不对，请写成 2026-03-05 这样。",
        "after bad date": "pending",
        "next": f"下一步：异议期（15 日）　　期限 {due.isoformat()}（还剩 15 天）",
        "objection due": True,
        "served": "已登记",
    }
    check, items = stored(tab, first.id)
    assert (check.sampling, check.product, check.sampled_on) == ("sampled", "压榨花生油", "2026-11-02")
    assert (check.verdict, check.report_no, check.failed_items) == ("serious_fail", "QX2026-0042", "过氧化值")
    assert [(i.name, i.verdict, i.importance) for i in items] == [
        ("酸值", "pass", "B"),
        ("过氧化值", "fail", "A"),
        ("溶剂残留量", "pass", "B"),
    ]
    assert check.notice_served_on == today.isoformat()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.rows[r].id == first.id)
    assert tab.current_id() == first.id  # still selected after the refreshes
    assert row_texts(tab, row)[1:6] == [
        "压榨花生油",
        "已抽样",
        "严重不合格",
        "异议期（15 日）",
        f"{due.isoformat()}（还剩 15 天）",
    ]


def test_bad_cells_are_named_and_nothing_is_saved(qtbot, records, prompts):
    from qsupervise.services import spotchecks

    tab = records
    target = tab.model.rows[1]
    with tab.db.session() as s:
        spotchecks.save_sampling(s, target.id, {"sampling": "sampled", "product": "菜籽油"}, actor="gui")
    seen = {}

    def edit(editor: SpotCheckEditor) -> None:
        editor.tabs.setCurrentWidget(editor.results)
        grid = editor.results.grid
        paste(qtbot, grid, "检验项目\t标准条款\t标准要求\t实测值\t单位\t判定\n" + PASTED.replace("不合格\tA", "优\tC"))
        assert grid.rowCount() == 3  # the copied header row was left out
        seen["problems"] = editor.results.problems.text()
        seen["derived"] = editor.results.derived_label.text()
        click(qtbot, editor.results.save_button)
        seen["warned"] = prompts.warnings[-1].splitlines()[0]

        grid.setCurrentCell(1, VERDICT)  # fixing the cell clears its line
        grid.item(1, VERDICT).setText("不符合")
        assert grid.text(1, VERDICT) == "不合格"
        assert editor.results.problems.text() == "第 2 行【重要程度】重要程度“C”不对，应为 A 或 B。"

        grid.setCurrentCell(2, NAME)  # Enter goes down, and opens a row below the last
        qtbot.keyClick(grid, Qt.Key.Key_Return)
        assert (grid.currentRow(), grid.rowCount()) == (3, 4)

        grid.setCurrentCell(0, MEASURED)  # typing into a cell, Enter commits it and goes down too
        grid.editItem(grid.item(0, MEASURED))
        cell = grid.viewport().findChild(QLineEdit)
        assert cell is not None
        cell.selectAll()
        qtbot.keyClicks(cell, "1.5")
        qtbot.keyClick(cell, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: grid.currentRow() == 1, timeout=2000)
        assert grid.text(0, MEASURED) == "1.5"

    prompts.on_dialog(edit)
    open_row(qtbot, tab, 1)
    assert seen == {
        "problems": "第 2 行【判定】判定“优”不认识，应为 合格 / 不合格（或 P / F、符合 / 不符合）。\n"
        "第 2 行【重要程度】重要程度“C”不对，应为 A 或 B。",
        "derived": "—（先改正标红的单元格）",
        "warned": "有 2 个单元格需要改正，未保存：",
    }
    assert len(prompts.questions) == 1  # closing with unsaved edits asked first
    check, items = stored(tab, target.id)
    assert (check.verdict, items) == (None, [])


def test_override_needs_a_reason_and_follow_up_filters(qtbot, records, prompts):
    from qsupervise.services import spotchecks
    from qsupervise.services.spotchecks import ItemInput

    tab = records
    today = date.today()
    late, fine = tab.model.rows[2], tab.model.rows[3]
    with tab.db.session() as s:
        for check in (late, fine):
            spotchecks.save_sampling(s, check.id, {"sampling": "sampled", "product": "芝麻油"}, actor="gui")
        spotchecks.save_results(s, late.id, [ItemInput("酸值", verdict="fail")], actor="gui")
        spotchecks.record_step(s, late.id, "serve_notice", today - timedelta(days=120), actor="gui")
        spotchecks.record_step(s, late.id, "order_correction", today - timedelta(days=100), actor="gui")
    seen = {}

    def override(editor: SpotCheckEditor) -> None:
        results = editor.results
        editor.tabs.setCurrentWidget(results)
        paste(qtbot, results.grid, "酸值\t\t\t\t\t合格\n")
        assert results.derived_label.text() == "合格"
        results.override.setCurrentIndex(results.override.findData("fail"))
        assert results.reason.isEnabled()
        click(qtbot, results.save_button)
        seen["refused"] = results.save_problem.text()
        prompts.type_into(editor, "override_reason", "复检结论为不合格")
        click(qtbot, results.save_button)
        seen["saved"] = editor.note.text()
        follow = editor.followup
        click(qtbot, follow.buttons["serve_notice"])  # today, offered as the next step's date
        prompts.type_into(editor, "date_objection", (today - timedelta(days=1)).isoformat())
        click(qtbot, follow.buttons["objection"])  # before the notice was served
        seen["objection"] = follow.problem.text()
        prompts.type_into(editor, "date_objection", today.isoformat())
        click(qtbot, follow.buttons["objection"])
        click(qtbot, follow.buttons["retest"])
        seen["retest"] = follow.problem.text()

    prompts.on_dialog(override)
    tab.plan.setCurrentIndex(0)  # 全部计划: the saves' refreshes keep it
    row = next(r for r in range(tab.model.rowCount()) if tab.model.rows[r].id == fine.id)
    open_row(qtbot, tab, row)
    assert tab.plan.value() is None
    assert seen["refused"] == "结论与检验项目推出的结论不同，请写明更改理由。"
    assert seen["saved"] == "已保存检验结果：不合格。"
    assert seen["objection"] == f"日期早于前一步“送达检验结论”的日期 {today.isoformat()}，请检查。"
    assert seen["retest"] == "“复检”需要同时给出结论（合格 / 不合格）。"
    check, _items = stored(tab, fine.id)
    assert (check.verdict, check.verdict_override) == ("fail", "复检结论为不合格")
    assert check.objection_on == today.isoformat()

    tab.followup.setCurrentIndex(tab.followup.findData("overdue"))
    assert [r.id for r in tab.model.rows] == [late.id]
    overdue = row_texts(tab, 0)
    assert overdue[4] == "整改复查（75 日内）"
    assert overdue[5] == f"{(today - timedelta(days=25)).isoformat()}（已逾期 25 天）"
    assert tab.model.index(0, ChecksModel.DUE).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    tab.followup.setCurrentIndex(tab.followup.findData("open"))
    assert [r.id for r in tab.model.rows] == [late.id, fine.id]  # overdue first
    tab.followup.setCurrentIndex(0)
    tab.verdict.setCurrentIndex(tab.verdict.findData("none"))
    assert tab.model.rowCount() == 2
    prompts.type_text(tab.search, "芝麻")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=2000)
    assert tab.empty.text() == "没有符合筛选条件的记录。"
    assert tab.count_label.text() == "共 0 条"


@pytest.mark.skipif(not forms_available(), reason="the PDF forms module is not there yet")
def test_print_buttons_write_the_forms_and_open_them(qtbot, records, prompts, tmp_path, monkeypatch):
    tab = records
    opened = []
    monkeypatch.setattr(SpotCheckEditor, "ask_pdf_path", lambda self, suggested: tmp_path / suggested)
    monkeypatch.setattr(SpotCheckEditor, "open_document", lambda self, path: opened.append(path))
    seen = {}

    def edit(editor: SpotCheckEditor) -> None:
        seen["enabled"] = {k: b.isEnabled() for k, b in editor.print_buttons.items()}
        click(qtbot, editor.print_buttons["sampling_form"])
        qtbot.waitUntil(lambda: editor.task is not None and not editor.task.running, timeout=5000)
        seen["printed"] = editor.printed

    prompts.on_dialog(edit)
    open_row(qtbot, tab, 0)
    assert seen["enabled"] == {"sampling_form": True, "result_notice": False, "correction_order": False}
    printed = seen["printed"]
    assert printed is not None
    assert printed.name.startswith("抽样单-青溪县星河")
    assert printed.read_bytes().startswith(b"%PDF")
    assert opened == [printed]


def test_batch_results_pasted_from_a_result_list(qtbot, records, prompts):
    from ui.dialogs.spotcheck_batch import REPORT_NO, BatchResultsDialog

    tab = records
    ids = [r.id for r in tab.model.rows]
    with tab.db.session() as s:
        from qsupervise.services import spotchecks

        for n, check_id in enumerate(ids[:3]):
            spotchecks.save_sampling(s, check_id, {"sampling": "sampled", "product": "菜籽油", "sample_no": f"S-{n}"},
                                     actor="gui")
    tab.plan.set_value(None)  # 全部计划: a batch belongs to one plan
    assert not tab.batch_button.isEnabled()
    tab.plan.set_value(tab.plan.itemData(1))
    assert tab.batch_button.isEnabled()
    seen = {}

    def enter(dialog: BatchResultsDialog) -> None:
        assert dialog.grid.rowCount() == 3  # the sampled ones only
        # first a paste with an unreadable verdict and date: named, nothing saved
        paste(qtbot, dialog.grid, "R-1\t2026/6/1\t合格\t\nR-2\t6月2日\t待定\t\n", row=0, column=REPORT_NO)
        prompts.click_ok(dialog)
        seen["refused"] = dialog.problems.text()
        paste(qtbot, dialog.grid, "R-1\t2026/6/1\t合格\t/\nR-2\t2026年6月2日\t不合格\t酸值\nR-3\t2026-06-03\tP\t\n",
              row=0, column=REPORT_NO)
        prompts.click_ok(dialog)

    prompts.on_dialog(enter)
    click(qtbot, tab.batch_button)
    assert "第 2 行【报告日期】“6月2日”认不出" in seen["refused"]
    assert "第 2 行【结论】“待定”认不出" in seen["refused"]
    found = {}
    for check_id in ids[:3]:
        check, _items = stored(tab, check_id)
        found[check.sample_no] = (check.report_no, check.report_on, check.verdict, check.failed_items)
    assert found == {
        "S-0": ("R-1", "2026-06-01", "pass", ""),
        "S-1": ("R-2", "2026-06-02", "fail", "酸值"),
        "S-2": ("R-3", "2026-06-03", "pass", ""),
    }
    verdicts = {tab.model.rows[n].verdict for n in range(tab.model.rowCount())}
    assert {"pass", "fail"} <= verdicts  # the list shows them at once
