"""企业详情 → 信用: the grade and why, adjusted by hand (with a reason), list entries and penalties, recomputed and
printed; 设置 → 信用规则 edited and applied county-wide; the 工作台's grade card."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QSpinBox

from ui.dialogs.credit_list import AddEntryDialog, RemoveEntryDialog
from ui.dialogs.credit_override import OverrideDialog
from ui.dialogs.credit_penalty import PenaltyDialog
from ui.dialogs.enterprise_detail import EnterpriseDetail
from ui.main_window import PAGE_KEYS
from ui.models.credit import CreditRulesModel, HistoryModel, ListEntriesModel
from ui.pages import certification_files

TODAY = date.today()
SETTINGS = PAGE_KEYS.index("settings")


@pytest.fixture
def firms(window, demo_db) -> dict[str, str]:
    """明珠: two penalties (80, B); 白云: nothing on record (A); 黑石: on the 严重违法失信名单 (D)."""
    from qsupervise.models import Enterprise
    from qsupervise.services import credit

    towns = demo_db.townships
    with window.db.session() as s:
        made = {
            "pearl": Enterprise(name="青溪县明珠食品有限公司", township_id=towns["东乡镇"]),
            "cloud": Enterprise(name="青溪县白云五金厂", township_id=towns["西乡镇"]),
            "rock": Enterprise(name="青溪县黑石建材有限公司", township_id=towns["城关镇"]),
        }
        s.add_all(made.values())
        s.flush()
        for n in (1, 2):
            credit.add_penalty(s, enterprise_id=made["pearl"].id, decided_on=TODAY - timedelta(days=30 * n),
                               document_no=f"青市监罚〔2026〕{n}号", amount_fen=2000000, today=TODAY)
        credit.add_list_entry(s, enterprise_id=made["rock"].id, list_kind="serious_dishonest",
                              listed_on=TODAY - timedelta(days=100), document_no="青市监失〔2026〕1号", today=TODAY)
        return {key: e.id for key, e in made.items()}


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_credit(qtbot, window, enterprise_id: str) -> EnterpriseDetail:
    detail = EnterpriseDetail(window.db, enterprise_id, parent=window)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitExposed(detail)
    detail.tabs.setCurrentIndex(5)
    assert detail.tabs.tabText(5) == "信用"
    return detail


def texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_tab_shows_the_grade_and_why(qtbot, window, firms):
    panel = open_credit(qtbot, window, firms["pearl"]).credit
    assert panel.badge.text() == "B"
    assert panel.headline.text() == "B 级（基本诚信） · 得分 80 分"
    assert panel.decided.text() == f"评定于 {TODAY.isoformat()}"
    assert not panel.override_note.isVisible()
    assert not panel.stale_note.isVisible()
    reasons = [texts(panel.reasons, r) for r in range(panel.reasons.rowCount())]
    assert reasons[0] == ["基础分 100 分", "100"]
    assert reasons[1] == ["近 3 年受到行政处罚 2 次，每次 -10 分，计 -20 分：青市监罚〔2026〕1号、青市监罚〔2026〕2号",
                          "-20"]
    assert panel.records.tabText(2) == "行政处罚（2）"
    assert texts(panel.penalties, 0)[:4] == [(TODAY - timedelta(days=30)).isoformat(), "青市监罚〔2026〕1号", "—",
                                             "20,000.00"]
    clean = open_credit(qtbot, window, firms["cloud"]).credit
    assert clean.badge.text() == "A"
    assert clean.decided.text() == "没有扣分或加分的记录：按规则评定（未单独记录）"
    assert clean.records.tabText(0) == "等级历史（0）"
    assert not clean.buttons["clear_override"].isEnabled()


def test_an_override_needs_a_reason_and_keeps_the_computed_grade(qtbot, window, prompts, firms):
    panel = open_credit(qtbot, window, firms["pearl"]).credit
    seen = {}

    def adjust(dialog: OverrideDialog) -> None:
        assert dialog.grade.value() == "B"
        dialog.grade.set_value("A")
        prompts.click_ok(dialog)  # no reason: refused, the dialog stays
        seen["open"] = dialog.isVisible()
        prompts.type_into(dialog, "reason", "经县局质量股复核，处罚事项已整改到位（青质股〔2026〕5号）")
        prompts.click_ok(dialog)

    prompts.on_dialog(adjust)
    click(qtbot, panel.buttons["override"])
    assert prompts.warnings == ["人工调整信用等级必须写明理由（例如依据的文件或会议纪要）。"]
    assert seen["open"]
    assert panel.badge.text() == "A"
    assert panel.override_note.text() == (
        "人工调整：系统评定为 B 级；理由：经县局质量股复核，处罚事项已整改到位（青质股〔2026〕5号）（gui）")
    assert panel.message.text() == "已将“青溪县明珠食品有限公司”的信用等级调整为 A（系统评定 B）。"
    reason = "人工调整：经县局质量股复核，处罚事项已整改到位（青质股〔2026〕5号）"
    assert texts(panel.history, 0) == [TODAY.isoformat(), "A", "80", "B", reason, "gui"]
    assert panel.history.index(1, HistoryModel.REASON).data() == "按规则评定"
    click(qtbot, panel.buttons["clear_override"])
    assert panel.badge.text() == "B"
    assert texts(panel.history, 0)[1:5] == ["B", "80", "B", "按规则评定"]
    assert panel.message.text() == "已撤销“青溪县明珠食品有限公司”的人工调整，信用等级恢复为系统评定的 B。"
    assert not panel.buttons["clear_override"].isEnabled()


def test_a_serious_dishonest_entry_keeps_d_whatever_the_override(qtbot, window, prompts, firms):
    panel = open_credit(qtbot, window, firms["rock"]).credit
    assert panel.badge.text() == "D"
    seen = {}

    def adjust(dialog: OverrideDialog) -> None:
        seen["note"] = dialog.note.text()
        dialog.grade.set_value("B")
        prompts.type_into(dialog, "reason", "企业申请")
        prompts.click_ok(dialog)

    prompts.on_dialog(adjust)
    click(qtbot, panel.buttons["override"])
    assert seen["note"].startswith("该企业在严重违法失信名单上")
    listed = (TODAY - timedelta(days=100)).isoformat()
    assert prompts.warnings == [
        f"该企业在严重违法失信名单上（{listed}  青市监失〔2026〕1号），信用等级只能是 D 级，不能调整为 B。"
        "移出名单后再调整。"]
    assert panel.badge.text() == "D"
    assert panel.history.rowCount() == 1


def test_an_abnormal_operation_entry_caps_at_c_and_removing_it_lifts_the_grade(qtbot, window, prompts, firms):
    panel = open_credit(qtbot, window, firms["cloud"]).credit

    def enter(dialog: AddEntryDialog) -> None:
        assert dialog.list_kind.value() == "abnormal_operation"
        assert dialog.listed_on.text() == TODAY.isoformat()
        assert dialog.authority.text() == "测试县市场监督管理局"
        prompts.type_into(dialog, "document_no", "青市监异〔2026〕8号")
        prompts.type_into(dialog, "reason", "未按期公示年度报告")
        prompts.click_ok(dialog)

    prompts.on_dialog(enter)
    click(qtbot, panel.buttons["add_entry"])
    assert panel.badge.text() == "C"
    assert panel.message.text() == f"已将“青溪县白云五金厂”列入经营异常名录（{TODAY.isoformat()}）。当前信用等级：C。"
    assert panel.records.currentIndex() == 1
    assert panel.records.tabText(1) == "信用名单（1，在列 1）"
    assert texts(panel.lists, 0) == ["经营异常名录", TODAY.isoformat(), "在列", "测试县市场监督管理局",
                                     "青市监异〔2026〕8号", "未按期公示年度报告"]
    assert any("经营异常名录" in panel.reasons.index(r, 0).data() for r in range(panel.reasons.rowCount()))
    assert not panel.buttons["remove_entry"].isEnabled()  # nothing chosen yet
    panel.lists_view.selectRow(0)

    def remove(dialog: RemoveEntryDialog) -> None:
        assert dialog.entry.text() == f"经营异常名录，{TODAY.isoformat()} 列入，青市监异〔2026〕8号"
        prompts.type_into(dialog, "reason", "已补报年度报告")
        prompts.click_ok(dialog)

    prompts.on_dialog(remove)
    click(qtbot, panel.buttons["remove_entry"])
    assert panel.lists.rowCount() == 1  # taken off, never deleted
    assert panel.lists.index(0, ListEntriesModel.REMOVED).data() == TODAY.isoformat()
    assert panel.records.tabText(1) == "信用名单（1）"
    assert panel.badge.text() == "A"  # the core regrades on removal
    assert panel.message.text() == f"已将“青溪县白云五金厂”移出经营异常名录（{TODAY.isoformat()}）。当前信用等级：A。"
    assert [texts(panel.history, r)[1] for r in range(panel.history.rowCount())] == ["A", "C"]


def test_a_penalty_with_a_bad_amount_is_refused_then_recorded(qtbot, window, prompts, firms):
    panel = open_credit(qtbot, window, firms["cloud"]).credit

    def record(dialog: PenaltyDialog) -> None:
        prompts.type_into(dialog, "document_no", "青市监罚〔2026〕9号")
        prompts.type_into(dialog, "amount", "两万")
        prompts.click_ok(dialog)
        prompts.type_into(dialog, "amount", "20,000")
        prompts.type_into(dialog, "summary", "生产不符合标准的产品")
        prompts.click_ok(dialog)

    prompts.on_dialog(record)
    click(qtbot, panel.buttons["add_penalty"])
    assert prompts.warnings == ["金额“两万”不是有效的金额（单位：元，如 40000 或 40,000.00）。"]
    assert panel.records.currentIndex() == 2
    assert texts(panel.penalties, 0)[1:] == ["青市监罚〔2026〕9号", "测试县市场监督管理局", "20,000.00",
                                             "生产不符合标准的产品"]
    assert (panel.badge.text(), panel.headline.text()) == ("A", "A 级（诚信） · 得分 90 分")


def test_recompute_takes_in_what_changed_since_the_grade_was_recorded(qtbot, window, firms):
    from qsupervise.services import certifications
    from qsupervise.services.certifications import CertificationInput

    with window.db.session() as s:  # certificates do not regrade by themselves
        for kind in ("iso9001", "iso14001"):
            certifications.save(s, CertificationInput(enterprise_id=firms["pearl"], kind=kind,
                                                      expires_on=TODAY + timedelta(days=300)), actor="gui")
    panel = open_credit(qtbot, window, firms["pearl"]).credit
    assert panel.badge.text() == "B"
    assert panel.stale_note.isVisible()
    assert panel.stale_note.text() == (f"按 {TODAY.isoformat()} 的记录计算为 A 级 90 分，"
                                       "与记录的不同：点“重新计算”更新。")
    click(qtbot, panel.buttons["recompute"])
    assert panel.badge.text() == "A"
    assert not panel.stale_note.isVisible()
    assert panel.message.text() == f"已按 {TODAY.isoformat()} 的记录重新计算：信用等级由 B 级变为 A 级。"
    click(qtbot, panel.buttons["recompute"])
    assert panel.message.text() == f"已按 {TODAY.isoformat()} 的记录重新计算：等级和分数没有变化（A 级（诚信））。"


def test_the_credit_report_is_printed_with_its_font(qtbot, window, firms, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(certification_files, "open_local_file", lambda path: opened.append(path) or True)
    detail = open_credit(qtbot, window, firms["pearl"])
    panel = detail.credit
    out = tmp_path / "信用报告.pdf"
    asked = []
    panel.actions_.ask_pdf_path = lambda suggested: asked.append(suggested) or out
    detail.raise_()
    detail.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is detail, timeout=2000)
    panel.history_view.setFocus()
    qtbot.keyClick(panel.history_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # as 打印信用报告…
    qtbot.waitUntil(lambda: panel.actions_.task is not None and not panel.actions_.task.running, timeout=5000)
    assert asked == [f"企业质量信用报告-青溪县明珠食品有限公司-{TODAY.isoformat()}.pdf"]
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data  # the Chinese font travels with the file
    assert opened == [out]
    assert panel.message.text() == f"已生成信用报告 {out}"


def rules_tab(qtbot, window):
    window.nav.setCurrentRow(SETTINGS)
    page = window.pages[SETTINGS]
    page.tabs.setCurrentIndex(2)
    assert page.tabs.tabText(2) == "信用规则"
    return page.credit_tab


def rule_row(model: CreditRulesModel, code: str) -> int:
    return next(r for r in range(model.rowCount()) if model.rows[r].code == code)


def edit_cell(qtbot, view, index, value: int) -> None:
    """Double-click the cell, type the value into its spin box, press Enter."""
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = view.findChild(QSpinBox, "rule_editor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, str(value))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.findChild(QSpinBox, "rule_editor") is None, timeout=2000)  # committed (queued)


def test_a_rule_changed_in_settings_applies_after_recomputing_all(qtbot, window, prompts, firms):
    from qsupervise.services import credit

    tab = rules_tab(qtbot, window)
    model, view = tab.model, tab.view
    assert model.rowCount() == 14
    penalty = rule_row(model, "penalty")
    assert texts(model, penalty) == ["行政处罚（每次）", "-10 分", "近 3 年", "启用", "质量方面的行政处罚决定"]
    assert tab.grades_label.text().count("</b>") == 4
    assert tab.grades_caption.text() == "共 3 家；其中 1 家没有扣分或加分记录，按规则默认等级（A 级）计入"
    edit_cell(qtbot, view, model.index(penalty, CreditRulesModel.POINTS), -30)
    assert texts(model, penalty)[1] == "-30 分"
    with window.db.read() as s:
        assert credit.rules(s)["penalty"].points == -30
    assert tab.result.text() == "规则已修改：点“全部重新计算”后，各企业的等级才按新规则评定。"
    # grade thresholds stay in order: the core refuses B above A and the table keeps the old value
    grade_b = rule_row(model, "grade_b")
    edit_cell(qtbot, view, model.index(grade_b, CreditRulesModel.POINTS), 95)
    qtbot.waitUntil(lambda: bool(prompts.warnings), timeout=2000)
    assert prompts.warnings == ["等级分数线须 A > B > C，修改后为 A 90、B 95、C 60。"]
    assert texts(model, grade_b)[1] == "≥ 75 分"
    click(qtbot, tab.recompute_button)
    qtbot.waitUntil(lambda: tab.task is not None and not tab.task.running, timeout=5000)
    assert tab.result.text() == (f"已按 {TODAY.isoformat()} 的记录评定 3 家企业："
                                 "1 家的等级或分数有变化，其中等级变化的 1 家。")
    with window.db.read() as s:
        assert credit.current(s, firms["pearl"]).grade == "D"  # 100 − 2 × 30 = 40
        assert credit.grade_counts(s) == {"A": 1, "B": 0, "C": 0, "D": 2}
    assert "共 3 家" in tab.grades_caption.text()
    assert "<b style='color:#c62828'>D</b> 2" in tab.grades_label.text()


def test_a_rule_is_switched_off_with_its_check_box(qtbot, window, firms):
    from qsupervise.services import credit

    tab = rules_tab(qtbot, window)
    model, view = tab.model, tab.view
    row = rule_row(model, "penalty")
    index = model.index(row, CreditRulesModel.ACTIVE)
    rect = view.visualRect(index)
    box = QPoint(rect.left() + 10, rect.center().y())  # the check box sits at the cell's left
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert texts(model, row)[3] == "停用"
    with window.db.read() as s:
        assert not credit.rules(s)["penalty"].active
    fixed = model.index(rule_row(model, "base"), CreditRulesModel.ACTIVE)
    assert fixed.data() == "始终"
    assert not model.flags(fixed) & Qt.ItemFlag.ItemIsUserCheckable


def test_the_dashboard_card_counts_grades_with_the_unrecorded_at_the_default(qtbot, window, firms):
    page = window.pages[0]
    window.nav.setCurrentRow(0)
    page.refresh()
    assert page.wait()
    qtbot.waitUntil(lambda: page.compliance is not None, timeout=3000)
    card = page.cards["credit"]
    assert card.title.text() == "质量信用等级"
    value = card.value.text()
    assert [value.count(f">{g}</b> {n}") for g, n in (("A", 1), ("B", 1), ("C", 0), ("D", 1))] == [1, 1, 1, 1]
    assert card.caption.text() == "其中 1 家没有扣分或加分记录，按默认等级 A 级计入"


def test_a_deactivated_enterprise_is_shown_but_not_graded(qtbot, window, firms):
    from qsupervise.services import enterprises

    with window.db.session() as s:
        enterprises.set_deleted(s, enterprise_id=firms["pearl"], deleted=True, actor="gui")
    detail = open_credit(qtbot, window, firms["pearl"])
    panel = detail.credit
    assert (panel.badge.text(), panel.headline.text()) == ("—", "未评定")
    assert panel.decided.text() == "该企业已停用，不再评定信用等级。"
    assert panel.history.rowCount() == 2  # what was recorded stays readable
    assert panel.penalties.rowCount() == 2
    assert not any(b.isEnabled() for b in panel.buttons.values())
    assert not detail.certificates.buttons["new_cert"].isEnabled()


def test_the_credit_models_pass_the_model_tester(qtbot, qtmodeltester, window, prompts, firms):
    rock = open_credit(qtbot, window, firms["rock"]).credit
    pearl = open_credit(qtbot, window, firms["pearl"]).credit
    assert (rock.lists.rowCount(), pearl.penalties.rowCount()) == (1, 2)
    for model in (rock.reasons, rock.history, rock.lists, pearl.penalties):
        qtmodeltester.check(model)
    tab = rules_tab(qtbot, window)
    qtmodeltester.check(tab.model)
