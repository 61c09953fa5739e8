"""责任书与考核 → 考核, through the real page and dialogs: the pass-rate target computed from last year's samples
with its score, a task entered by hand with a comment and an evidence file, 提交自评, 核查确认 refused while a
target has no verified value (the core's message shown), 通报, the table exported to Excel on a worker, and the
drill-down listing the samples behind the rate."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from ui.dialogs.assessment_drill import AssessmentDrill
from ui.dialogs.assessment_entry import AssessmentEntry
from ui.main_window import PAGE_KEYS
from ui.models.assessment import DrillModel, TargetsModel, UnitsModel

PAGE = PAGE_KEYS.index("letters")
YEAR = date.today().year - 1  # a whole year of data: the cut-off is its last day
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360"
                    "0000000200015e2f6a3a0000000049454e44ae426082")
PASS_RATE = "产品质量监督抽查合格率"
TASK = "质量工作机构与专人落实"


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def county(path: Path, townships: dict[str, str]) -> None:
    """Last year's letters for the three townships and the member unit; in 城关镇 nine samples (eight pass, one
    fails: 88.89 %) and an ISO 9001 certificate, as the core stores them."""
    from qsupervise.models import Certification, Enterprise, SpotCheck, SpotCheckPlan
    from qsupervise.services import letters
    from qsupervise.store import Store

    with Store.open(path) as store:
        with store.session(actor="gui") as s:
            firm = Enterprise(name="城关食品厂", township_id=townships["城关镇"], industry_code="C1391")
            plan = SpotCheckPlan(plan_no=f"P{YEAR}", year=YEAR)
            s.add_all([firm, plan])
            s.flush()
            for n in range(9):
                s.add(SpotCheck(plan_id=plan.id, township_id=townships["城关镇"], enterprise_id=firm.id,
                                verdict="fail" if n == 4 else "pass", sampling="sampled",
                                sampled_on=f"{YEAR}-0{n + 1}-10", product=f"挂面{n + 1}"))
            s.add(Certification(enterprise_id=firm.id, kind="iso9001", number="ISO-1", issued_on=f"{YEAR}-05-01"))
        with store.session(actor="gui") as s:
            letters.create_letters(s, YEAR, "township", actor="gui")
            letters.create_letters(s, YEAR, "member_unit", actor="gui")


@pytest.fixture
def tab(qtbot, window, demo_db):
    county(demo_db.path, demo_db.townships)
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    page.set_year(YEAR)
    page.tabs.setCurrentWidget(page.assessment_tab)
    found = page.assessment_tab
    assert found.objectName() == "assessment_tab"
    wait(qtbot, found)
    return found


def wait(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.busy and tab.year_loaded == YEAR, timeout=10000)


def choose_unit(qtbot, tab, unit: str) -> None:
    row = column(tab.units, UnitsModel.UNIT).index(unit)
    rect = tab.unit_view.visualRect(tab.units.index(row, UnitsModel.UNIT))
    qtbot.mouseClick(tab.unit_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.current().unit == unit


def choose_target(qtbot, tab, metric: str) -> int:
    row = column(tab.targets, TargetsModel.METRIC).index(metric)
    tab.target_view.scrollTo(tab.targets.index(row, 0))
    rect = tab.target_view.visualRect(tab.targets.index(row, TargetsModel.METRIC))
    qtbot.mouseClick(tab.target_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.current_target().metric == metric
    return row


def cell(tab, metric: str, col: int) -> str:
    return tab.targets.index(column(tab.targets, TargetsModel.METRIC).index(metric), col).data()


def enter(qtbot, tab, prompts, metric: str, stage: str, *, done: bool | None = None, value: str | None = None,
          comment: str = "", evidence: Path | None = None) -> None:
    """Open 填写自评值… / 填写核查值… on ``metric`` and fill the dialog like a user."""

    def fill(dialog: AssessmentEntry) -> None:
        if done is not None:
            combo = dialog.findChild(QComboBox, "done")
            combo.setCurrentIndex(combo.findText("完成" if done else "未完成"))
        if value is not None:
            prompts.type_into(dialog, "value", value)
        if comment:
            prompts.type_into(dialog, "comment", comment)
        if evidence is not None:
            dialog.evidence.ask_path = lambda: evidence
            click(qtbot, dialog.evidence.buttons["attach"])
            assert evidence.name in dialog.evidence.label.text()
        prompts.click_ok(dialog)

    choose_target(qtbot, tab, metric)
    prompts.on_dialog(fill)
    click(qtbot, tab.buttons["enter_self" if stage == "self" else "enter_verified"])
    wait(qtbot, tab)


def test_the_pass_rate_is_computed_and_scored(qtbot, tab):
    assert column(tab.units, UnitsModel.UNIT) == ["城关镇", "东乡镇", "西乡镇"]
    assert set(column(tab.units, UnitsModel.STAGE)) == {"编制中"}
    assert tab.cutoff.date().toPython() == date(YEAR, 12, 31)
    choose_unit(qtbot, tab, "城关镇")
    assert cell(tab, PASS_RATE, TargetsModel.TARGET) == "≥90%"
    assert cell(tab, PASS_RATE, TargetsModel.DATA) == "88.89%（8/9）"
    # linear from the floor of 80 %: 20 × 8.89 / 10
    assert cell(tab, PASS_RATE, TargetsModel.SELF_SCORE) == "17.78"
    assert cell(tab, PASS_RATE, TargetsModel.VERIFIED_SCORE) == "17.78"
    assert cell(tab, "新增质量管理体系等认证", TargetsModel.DATA) == "1个"
    assert cell(tab, TASK, TargetsModel.VERIFIED) == "未填"
    assert "城关镇 · 编制中" in tab.target_title.text()
    # the member unit has no data: its targets are entered by hand
    tab.kind.setCurrentIndex(tab.kind.findData("member_unit"))
    assert column(tab.units, UnitsModel.UNIT) == ["县市场监管局"]
    assert set(column(tab.targets, TargetsModel.DATA)) == {""}


def test_self_assessment_verification_and_publishing(qtbot, window, tab, prompts, tmp_path):
    photo = tmp_path / "机构文件.png"
    photo.write_bytes(PNG)
    choose_unit(qtbot, tab, "城关镇")
    enter(qtbot, tab, prompts, TASK, "self", done=True, comment="已发文明确专干", evidence=photo)
    assert cell(tab, TASK, TargetsModel.SELF) == "完成"
    assert cell(tab, TASK, TargetsModel.SELF_SCORE) == "5"
    assert cell(tab, TASK, TargetsModel.COMMENT) == "自评：已发文明确专干"
    assert cell(tab, TASK, TargetsModel.EVIDENCE) == "📎"
    enter(qtbot, tab, prompts, "重大质量安全事故", "self", value="0")
    assert cell(tab, "重大质量安全事故", TargetsModel.SELF) == "0起"
    assert tab.current().unit == "城关镇"  # the refresh after each change keeps the unit

    click(qtbot, tab.buttons["submit_self"])
    wait(qtbot, tab)
    assert prompts.questions[-1].startswith("提交城关镇的自评")
    assert tab.current().stage == "self_assessed"
    assert not tab.buttons["submit_self"].isEnabled()
    choose_target(qtbot, tab, TASK)
    assert not tab.buttons["enter_self"].isEnabled()  # frozen

    # the county has entered nothing by hand yet, and 城关镇 has no instruments to compute rates from: refused
    assert cell(tab, "强检计量器具受检率", TargetsModel.DATA) == "无数据"
    click(qtbot, tab.buttons["verify"])
    wait(qtbot, tab)
    assert prompts.warnings[-1] == (
        "城关镇还有指标没有核查值：强检计量器具登记造册率、强检计量器具受检率、重大质量安全事故、质量工作机构与专人落实、"
        "质量月等宣传活动、企业质量状况调查与档案更新、配合开展监督抽查和后处理。请先填写。")
    assert tab.current().stage == "self_assessed"

    enter(qtbot, tab, prompts, TASK, "verified")  # the form opens with the unit's own value: the county agrees
    enter(qtbot, tab, prompts, "强检计量器具登记造册率", "verified", value="95", comment="按乡镇台账核实")
    enter(qtbot, tab, prompts, "强检计量器具受检率", "verified", value="60")
    assert cell(tab, "强检计量器具受检率", TargetsModel.VERIFIED) == "60%"
    assert cell(tab, "强检计量器具受检率", TargetsModel.VERIFIED_SCORE) == "5"  # floor 50: half the way to 70
    enter(qtbot, tab, prompts, "重大质量安全事故", "verified")
    enter(qtbot, tab, prompts, "质量月等宣传活动", "verified", done=False, comment="缺少活动照片，不予认定")
    for metric in ("企业质量状况调查与档案更新", "配合开展监督抽查和后处理"):
        enter(qtbot, tab, prompts, metric, "verified", done=True)
    assert cell(tab, "质量月等宣传活动", TargetsModel.VERIFIED_SCORE) == "0"
    assert cell(tab, TASK, TargetsModel.VERIFIED) == "完成"
    click(qtbot, tab.buttons["verify"])
    wait(qtbot, tab)
    score = tab.current()
    assert (score.stage, score.complete) == ("verified", True)
    row = column(tab.units, UnitsModel.UNIT).index("城关镇")
    assert tab.units.index(row, UnitsModel.COMPLETE).data() == "✓"
    assert tab.units.index(row, UnitsModel.STAGE).data() == "已核查"
    assert tab.units.index(row, UnitsModel.VERIFIED).data() == score_text(score.verified_total)

    click(qtbot, tab.buttons["publish"])  # the other two townships are not verified yet
    wait(qtbot, tab)
    assert prompts.warnings[-1].startswith("还有 2 个单位未完成核查（东乡镇、西乡镇）")
    verify_in_core(window, ("东乡镇", "西乡镇"))
    window.refresh()
    wait(qtbot, tab)
    click(qtbot, tab.buttons["publish"])
    wait(qtbot, tab)
    assert prompts.questions[-1].startswith(f"通报 {YEAR} 年 3 个乡镇/街道的考核结果")
    assert set(column(tab.units, UnitsModel.STAGE)) == {"已通报"}
    assert not tab.buttons["publish"].isEnabled()
    choose_target(qtbot, tab, TASK)
    assert not tab.buttons["enter_verified"].isEnabled()


def score_text(value: float) -> str:
    from ui.models.assessment import number

    return number(value)


def verify_in_core(window, units: tuple[str, ...]) -> None:
    """The county's verification of the other townships, straight through the services."""
    from qsupervise.services import assessment

    with window.db.store.session(actor="gui") as s:
        for score in assessment.sheet(s, YEAR, today=date.today()):
            if score.unit in units:
                for t in score.targets:
                    if t.verified_value is None:
                        assessment.enter(s, t.target_id, stage="verified", value=1, on=date.today(), actor="gui")
                assessment.verify(s, score.letter_id, on=date.today(), actor="gui")


def test_the_table_and_the_report_are_exported_in_the_background(qtbot, tab, prompts, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.pages import assessment_actions

    target = tmp_path / "out" / "考核表.xlsx"
    target.parent.mkdir()
    asked = []

    def ask(title, suggested, kind="xlsx"):
        asked.append((title, suggested, kind))
        return target if kind == "xlsx" else target.with_suffix(".pdf")

    tab.actions_.ask_save_path = ask
    click(qtbot, tab.buttons["export_assessment"])
    with qtbot.waitSignal(tab.task.done, timeout=20000):
        pass
    assert asked[-1] == ("导出考核表", f"{YEAR}年度考核表.xlsx", "xlsx")
    assert tab.exported == target
    book = load_workbook(target, read_only=True)
    cells = {str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v}
    book.close()
    assert {"城关镇", "东乡镇", "县市场监管局", PASS_RATE} <= cells
    click(qtbot, tab.buttons["assessment_report"])
    with qtbot.waitSignal(tab.task.done, timeout=20000):
        pass
    assert tab.exported == target.with_suffix(".pdf")
    assert tab.exported.read_bytes().startswith(b"%PDF")
    assert prompts.warnings == []
    QSettings().setValue(assessment_actions.FOLDER_KEY, str(tmp_path))
    assert assessment_actions.last_folder() == str(tmp_path)


def test_the_drill_down_lists_the_samples_behind_the_rate(qtbot, tab, prompts):
    choose_unit(qtbot, tab, "城关镇")
    choose_target(qtbot, tab, TASK)
    assert not tab.buttons["drill"].isEnabled()  # entered by hand: nothing behind it
    choose_target(qtbot, tab, PASS_RATE)
    seen = {}

    def look(dialog: AssessmentDrill) -> None:
        model = dialog.model
        seen["rows"] = model.rowCount()
        seen["kinds"] = set(column(model, DrillModel.KIND))
        seen["counted"] = column(model, DrillModel.COUNTS).count("✓")
        seen["enterprises"] = set(column(model, DrillModel.ENTERPRISE))
        seen["summary"] = dialog.summary.text()
        dialog.only_missed.setChecked(True)
        seen["missed"] = [dialog.proxy.index(r, DrillModel.TEXT).data() for r in range(dialog.proxy.rowCount())]
        centre = dialog.view.visualRect(dialog.proxy.index(0, DrillModel.TEXT)).center()
        qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        dialog.reject()

    prompts.on_dialog(look)
    click(qtbot, tab.buttons["drill"])
    assert (seen["rows"], seen["counted"], seen["kinds"]) == (9, 8, {"抽查"})
    assert seen["enterprises"] == {"城关食品厂"}
    assert "计入 8 条，未计入 1 条" in seen["summary"]
    assert seen["missed"] == ["挂面5（不合格）"]
    assert prompts.infos[-1].endswith("挂面5（不合格）\n未计入")


def test_the_cut_off_day_moves_the_data(qtbot, tab, prompts):
    choose_unit(qtbot, tab, "城关镇")
    tab.cutoff.setDate(date(YEAR, 3, 31))
    click(qtbot, tab.buttons["set_cutoff"])
    wait(qtbot, tab)
    assert tab.cutoff.date().toPython() == date(YEAR, 3, 31)
    assert cell(tab, PASS_RATE, TargetsModel.DATA) == "100%（3/3）"
    assert tab.current().unit == "城关镇"


def test_a_value_that_is_not_a_number_keeps_the_dialog(qtbot, tab, prompts):
    choose_unit(qtbot, tab, "城关镇")
    seen = {}

    def fill(dialog: AssessmentEntry) -> None:
        assert dialog.findChild(QLineEdit, "value").placeholderText() == "留空则采用数据值 88.89"
        prompts.type_into(dialog, "value", "abc")
        prompts.click_ok(dialog)
        seen["open"] = dialog.isVisible()

    choose_target(qtbot, tab, PASS_RATE)
    prompts.on_dialog(fill)
    click(qtbot, tab.buttons["enter_self"])
    assert seen["open"] is True
    assert prompts.warnings == ["数值“abc”不是有效的数。"]


def test_without_letters_the_tab_says_how_to_make_them(qtbot, window, prompts):
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    page.set_year(YEAR)
    page.tabs.setCurrentWidget(page.assessment_tab)
    tab = page.assessment_tab
    wait(qtbot, tab)
    assert tab.units.rowCount() == 0
    assert tab.empty.text().startswith(f"{YEAR} 年还没有责任书。请先在“责任书”页")
    assert not tab.buttons["export_assessment"].isEnabled()
    assert not tab.buttons["publish"].isEnabled()
