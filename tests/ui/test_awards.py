"""品牌与奖项: programmes from templates, applications through their workflow with the eligibility pre-check and
overrides, the register of granted titles and the GB/T 19580 scoring sheet, through the real page and dialogs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.dialogs.award_editor import ApplicationEditor
from ui.dialogs.award_program_form import ProgramForm
from ui.dialogs.award_reason import ReasonDialog
from ui.models.awards import ApplicationsModel, BrandsModel, ProgramsModel
from ui.pages import certification_files

PAGE = 4
TODAY = date.today()


def add_firm(window, demo_db, name: str, founded: date, township: str = "城关镇") -> str:
    from qsupervise.models import Enterprise

    with window.db.session() as s:
        firm = Enterprise(name=name, township_id=demo_db.townships[township], industry_code="C1391",
                          founded_on=founded.isoformat())
        s.add(firm)
        s.flush()
        return firm.id


def add_program(window, kind: str, name: str, **changes) -> str:
    from qsupervise.services import awards
    from qsupervise.services.awards import ProgramInput

    data = ProgramInput.from_template(kind, name=name, year=TODAY.year, opens_on=TODAY - timedelta(days=30),
                                      closes_on=TODAY + timedelta(days=30), **changes)
    with window.db.session() as s:
        return awards.add_program(s, data, actor="gui").id


def apply(window, program_id: str, enterprise_id: str, product: str = "") -> str:
    from qsupervise.services import awards
    from qsupervise.services.awards import ApplicationInput

    with window.db.session() as s:
        return awards.apply(s, ApplicationInput(program_id, enterprise_id, product_name=product), today=TODAY,
                            actor="gui").id


def move(window, application_id: str, *states: str) -> None:
    from qsupervise.services import awards

    with window.db.session() as s:
        for state in states:
            awards.move(s, application_id, state, on=TODAY, actor="gui")


@pytest.fixture
def page(window):
    window.nav.setCurrentRow(PAGE)
    found = window.pages[PAGE]
    assert found.objectName() == "page_awards"
    return found


@pytest.fixture
def young_firm(window, demo_db) -> str:
    """Founded little more than a year ago: fails a 3-year operating condition."""
    return add_firm(window, demo_db, "青溪县新苗茶叶有限公司", TODAY - timedelta(days=400))


@pytest.fixture
def old_firm(window, demo_db) -> str:
    return add_firm(window, demo_db, "青溪县老字号酱园有限公司", date(TODAY.year - 12, 1, 1), "东乡镇")


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def cell_texts(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_empty_page_says_what_to_do(page):
    assert page.title_label.text() == "品牌与奖项"
    assert [page.tabs.tabText(i) for i in range(4)] == ["奖项计划", "申报", "名牌登记", "奖励资金"]
    assert page.programs_tab.empty.text().startswith("这一年度还没有评奖项目。点“新建项目”（Ctrl+N）")
    assert not page.programs_tab.buttons["edit_program"].isEnabled()
    shortcuts = {key: action.shortcut().toString() for key, action in page.shortcut_actions.items()}
    assert shortcuts == {"new": "Ctrl+N", "find": "Ctrl+F", "export": "Ctrl+E", "print": "Ctrl+P"}


def test_ctrl_n_on_the_fund_tab_opens_a_payment(qtbot, page, prompts):
    from ui.dialogs.fund_payment import PaymentDialog

    page.tabs.setCurrentWidget(page.fund_tab)
    page.window().activateWindow()
    qtbot.waitActive(page.window())
    prompts.on_dialog(lambda dialog: dialog.reject())
    qtbot.keyClick(page.fund_tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(prompts.seen[-1], PaymentDialog)
    assert not prompts.seen[-1].ok_button.isEnabled()  # nothing chosen to pay for yet


def test_a_programme_from_a_template_is_checked_and_listed(qtbot, page, prompts):
    tab = page.programs_tab
    seen = {}
    opens, closes = (TODAY + timedelta(days=10)).isoformat(), TODAY.isoformat()

    def fill(dialog: ProgramForm) -> None:
        seen["defaults"] = (dialog.windowTitle(), dialog.name.text(), dialog.scored.isChecked(),
                            dialog.reapply.value(), dialog.validity.text(), dialog.conditions.min_years.value(),
                            dialog.documents.toPlainText().splitlines()[3])
        prompts.type_into(dialog, "organiser", "青溪县人民政府")
        prompts.type_into(dialog, "opens_on", opens)
        prompts.type_into(dialog, "closes_on", closes)
        prompts.type_into(dialog, "reward", "10万")
        prompts.click_ok(dialog)  # closes before it opens: refused, the dialog stays
        seen["refused"] = (dialog.isVisible(), dialog.problem.text())
        prompts.type_into(dialog, "closes_on", (TODAY + timedelta(days=40)).isoformat())
        prompts.click_ok(dialog)

    prompts.on_dialog(fill)
    tab.template_actions["quality_award"].trigger()
    assert seen["defaults"] == ("新建评奖项目", f"{TODAY.year} 年度政府质量奖", True, 5, "长期", 5,
                                "卓越绩效自评报告（按 GB/T 19580）")
    assert seen["refused"] == (True, f"申报截止日期 {closes} 早于开始日期 {opens}。")
    model = tab.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[ProgramsModel.NAME] == f"{TODAY.year} 年度政府质量奖"
    assert row[ProgramsModel.KIND] == "政府质量奖（评分）"
    assert row[ProgramsModel.REWARD] == "100,000.00"
    assert row[ProgramsModel.ORGANISER] == "青溪县人民政府"
    assert tab.current_id() == model.rows[0].id


def test_edit_a_programme_keeps_its_conditions(qtbot, page, prompts):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品")
    tab = page.programs_tab
    tab.refresh()
    tab.view.selectRow(0)

    def edit(dialog: ProgramForm) -> None:
        assert dialog.windowTitle() == "编辑评奖项目"
        assert dialog.validity.value() == 3
        dialog.conditions.on["credit_grade"].setChecked(True)
        dialog.conditions.min_grade.set_value("A")
        dialog.max_winners.setValue(10)
        prompts.click_ok(dialog)

    prompts.on_dialog(edit)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    from qsupervise.rules import awards as rules
    from qsupervise.services import awards

    with page.db.read() as s:
        program = awards.get_program(s, program_id)
    conditions = rules.conditions_of(program.conditions)
    assert conditions["credit_grade"] == {"on": True, "min_grade": "A"}
    assert program.max_winners == 10
    assert column(tab.model, ProgramsModel.WINNERS) == ["10"]


def open_editor(qtbot, page, prompts, handler) -> None:
    """Open the first application of the 申报 list (Enter), driving the editor with ``handler``."""
    page.tabs.setCurrentWidget(page.applications_tab)
    tab = page.applications_tab
    tab.refresh()
    tab.view.selectRow(0)
    prompts.on_dialog(handler)
    click(qtbot, tab.buttons["open_application"])


def test_submission_is_refused_until_the_failed_condition_is_accepted_with_a_reason(
        qtbot, page, prompts, young_firm):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品", conditions={"iso9001": {"on": False}})
    apply(page.window(), program_id, young_firm, "新苗绿茶")
    seen = {}

    def drive(editor: ApplicationEditor) -> None:
        flow = editor.flow
        editor.tabs.setCurrentWidget(flow)
        seen["moves"] = sorted(flow.move_buttons)
        prompts.type_text(flow.comment, "材料齐全")
        click(qtbot, flow.move_buttons["submitted"])
        check = editor.eligibility
        seen["refused"] = (editor.snap.state, editor.tabs.currentWidget() is check, check.problem.text())
        seen["failed"] = (cell_texts(check.table, 0), cell_texts(check.table, 1), check.table.item(0, 2).text())
        check.table.selectRow(0)

        def accept_reason(dialog: ReasonDialog) -> None:
            assert not dialog.ok_button.isEnabled()  # no reason, no OK
            assert "经营年限" in dialog.question.text()
            prompts.type_into(dialog, "reason", "企业由老厂改制，经营实际已满 10 年")
            prompts.click_ok(dialog)

        prompts.on_dialog(accept_reason)
        click(qtbot, check.override_button)
        seen["accepted"] = (check.table.item(0, 1).text(), check.table.item(0, 3).text(), check.summary.text(),
                            cell_texts(check.overrides, 4))
        editor.tabs.setCurrentWidget(flow)
        click(qtbot, flow.move_buttons["submitted"])
        seen["submitted"] = (editor.snap.state, editor.state_badge.text(), cell_texts(flow.history, 2),
                             flow.history.item(1, 4).text())

    open_editor(qtbot, page, prompts, drive)
    assert seen["moves"] == ["submitted", "withdrawn"]
    state, went_to_check, message = seen["refused"]
    assert state == "draft"
    assert went_to_check
    assert message.startswith("有 1 项资格条件未通过（经营年限），不能提交。")
    labels, verdicts, evidence = seen["failed"]
    assert labels == ["经营年限", "监督抽查", "信用名单", "再次申报间隔"]
    assert verdicts == ["未通过", "通过", "通过", "通过"]
    assert "不足 3 年" in evidence
    assert seen["accepted"][:2] == ("已认可", "企业由老厂改制，经营实际已满 10 年")
    assert "1 项经认可" in seen["accepted"][2]
    assert seen["accepted"][3] == ["企业由老厂改制，经营实际已满 10 年"]
    assert seen["submitted"] == ("submitted", "已提交", ["草稿", "已提交"], "材料齐全")
    assert column(page.applications_tab.model, ApplicationsModel.STATE) == ["已提交"]


def test_allowed_steps_lead_to_the_award_and_the_register(qtbot, page, prompts, old_firm):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品", conditions={"iso9001": {"on": False}})
    app_id = apply(page.window(), program_id, old_firm, "老字号酱油")
    move(page.window(), app_id, "submitted")
    offered = []

    def drive(editor: ApplicationEditor) -> None:
        flow = editor.flow
        for target in ("eligibility_review", "document_review", "site_review", "publicity"):
            offered.append(sorted(flow.move_buttons))
            click(qtbot, flow.move_buttons[target])
        offered.append(sorted(flow.move_buttons))
        prompts.type_into(editor, "certificate_no", "QXMP-2026-001")
        click(qtbot, flow.move_buttons["awarded"])
        offered.append((editor.snap.state, flow.next_box.isVisible(), flow.where.text(), editor.pay_button.isEnabled()))

    open_editor(qtbot, page, prompts, drive)
    assert offered[0] == ["draft", "eligibility_review", "withdrawn"]
    assert offered[1] == ["document_review", "draft", "not_awarded", "withdrawn"]
    assert offered[4] == ["awarded", "not_awarded", "withdrawn"]
    assert offered[5] == ("awarded", False, f"申报已获奖（{TODAY.isoformat()}），流程结束。", True)
    assert any("获奖" in q for q in prompts.questions)  # a final result is asked first
    page.tabs.setCurrentWidget(page.register_tab)
    model = page.register_tab.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    expires = date(TODAY.year + 3, TODAY.month, 28 if (TODAY.month, TODAY.day) == (2, 29) else TODAY.day)
    assert row[BrandsModel.ENTERPRISE] == "青溪县老字号酱园有限公司"
    assert row[BrandsModel.TITLE] == "青溪县名牌产品"
    assert row[BrandsModel.PRODUCT] == "老字号酱油"
    assert row[BrandsModel.EXPIRES] == expires.isoformat()
    assert row[BrandsModel.STATUS] == "有效"
    assert row[BrandsModel.CERTIFICATE] == "QXMP-2026-001"


def test_expiring_titles_are_highlighted_and_filtered(qtbot, page, old_firm, young_firm):
    from qsupervise.services import awards
    from qsupervise.services.awards import BrandInput

    with page.db.session() as s:
        for firm, title, expires in ((old_firm, "省名牌产品", TODAY + timedelta(days=30)),
                                     (young_firm, "市名牌产品", TODAY + timedelta(days=400)),
                                     (young_firm, "县名牌产品", TODAY - timedelta(days=5))):
            awards.register_brand(s, BrandInput(firm, "famous_brand", title, "provincial",
                                                TODAY - timedelta(days=900), expires_on=expires), actor="gui")
    tab = page.register_tab
    page.tabs.setCurrentWidget(tab)
    model = tab.model
    status = dict(zip(column(model, BrandsModel.TITLE), column(model, BrandsModel.STATUS), strict=True))
    assert status == {"省名牌产品": "有效，还剩 30 天", "市名牌产品": "有效", "县名牌产品": "已到期"}
    soon = column(model, BrandsModel.TITLE).index("省名牌产品")
    assert model.index(soon, BrandsModel.STATUS).data(Qt.ItemDataRole.ForegroundRole).name() == "#b26a00"
    assert model.index(soon, BrandsModel.TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 条 90 天内到期" in tab.count_label.text()
    tab.status.set_value("expiring")
    assert column(model, BrandsModel.TITLE) == ["省名牌产品"]
    tab.status.set_value("expired")
    assert column(model, BrandsModel.TITLE) == ["县名牌产品"]


def test_scores_are_limited_to_each_category_and_averaged(qtbot, page, prompts, old_firm):
    program_id = add_program(page.window(), "quality_award", "青溪县县长质量奖", conditions={"iso9001": {"on": False}})
    app_id = apply(page.window(), program_id, old_firm)
    move(page.window(), app_id, "submitted", "eligibility_review", "document_review")
    editor = ApplicationEditor(page.db, app_id, parent=page)
    qtbot.addWidget(editor)
    editor.show()
    scores = editor.scores
    assert editor.tabs.tabText(4) == "评分"
    prompts.type_text(scores.reviewer.lineEdit(), "张评审")
    leadership = scores.spins["leadership"]
    leadership.lineEdit().selectAll()
    qtbot.keyClicks(leadership, "150")  # above 110: the last key is refused and the limit said
    assert leadership.value() == 15
    assert scores.problem.text() == "“领导”的分数 150 超过该类目满分 110 分。"
    points = {"leadership": 95, "strategy": 80, "customers": 70, "resources": 110, "processes": 85,
              "measurement": 60, "results": 330}
    for code, value in points.items():
        spin = scores.spins[code]
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, str(value))
    assert scores.total.text() == "合计 830 / 1000 分"
    click(qtbot, scores.save_button)
    assert cell_texts(scores.sheets, 0) == ["张评审", "平均（1 人）"]
    prompts.type_text(scores.reviewer.lineEdit(), "李评审")
    for code, value in {**points, "results": 350}.items():
        scores.spins[code].setValue(value)
    click(qtbot, scores.save_button)
    assert cell_texts(scores.sheets, 0) == ["张评审", "李评审", "平均（2 人）"]
    assert cell_texts(scores.sheets, 8) == ["830", "850", "840"]
    assert scores.sheets.item(2, 7).text() == "340"
    scores.reviewer.setCurrentText("张评审")  # an existing reviewer's sheet comes back to be changed
    assert scores.spins["results"].value() == 330
    editor.close()


def test_scoring_is_closed_outside_the_review_steps(qtbot, page, old_firm):
    program_id = add_program(page.window(), "quality_award", "青溪县县长质量奖", conditions={"iso9001": {"on": False}})
    app_id = apply(page.window(), program_id, old_firm)
    editor = ApplicationEditor(page.db, app_id, parent=page)
    qtbot.addWidget(editor)
    assert not editor.scores.entry.isEnabled()
    assert editor.scores.state_note.text() == "只有在资料评审或现场评审阶段才能录入评分；当前为“草稿”。"
    famous = add_program(page.window(), "famous_brand", "青溪县名牌产品")
    other = ApplicationEditor(page.db, apply(page.window(), famous, old_firm, "酱油"), parent=page)
    qtbot.addWidget(other)
    assert other.tabs.count() == 4  # no scoring sheet for an unscored programme


def test_documents_are_attached_and_opened(qtbot, page, prompts, old_firm, tmp_path, monkeypatch):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品")
    app_id = apply(page.window(), program_id, old_firm, "酱油")
    scan = tmp_path / "licence.pdf"
    scan.write_bytes(b"%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    opened = []
    monkeypatch.setattr(certification_files, "open_local_file", lambda path: opened.append(path) or True)
    editor = ApplicationEditor(page.db, app_id, parent=page)
    qtbot.addWidget(editor)
    docs = editor.documents
    monkeypatch.setattr(docs, "ask_path", lambda: scan)
    assert cell_texts(docs.table, 0)[:3] == ["申报表", "营业执照（复印件）", "诚信守法承诺书"]
    assert docs.summary.text().startswith("必需材料 9 项，已提交 0 项")
    docs.table.selectRow(1)
    click(qtbot, docs.buttons["attach_document"])
    assert docs.table.item(1, 2).text().startswith("licence.pdf")
    assert docs.summary.text().startswith("必需材料 9 项，已提交 1 项")
    click(qtbot, docs.buttons["open_document"])
    assert len(opened) == 1
    assert opened[0].read_bytes() == scan.read_bytes()


def test_the_application_summary_is_printed(qtbot, page, old_firm, tmp_path, monkeypatch):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品", conditions={"iso9001": {"on": False}})
    apply(page.window(), program_id, old_firm, "酱油")
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *args: out)
    monkeypatch.setattr(certification_files, "open_local_file", lambda path: True)
    tab = page.applications_tab
    page.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    click(qtbot, tab.buttons["print_summary"])
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=5000)
    assert page.exported == out
    assert out.read_bytes()[:5] == b"%PDF-"


def test_models_pass_the_model_tester(qtmodeltester, page, old_firm):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品", conditions={"iso9001": {"on": False}})
    app_id = apply(page.window(), program_id, old_firm, "酱油")
    move(page.window(), app_id, "submitted", "eligibility_review", "document_review", "site_review", "publicity",
         "awarded")
    page.refresh()
    for tab in page.all_tabs():
        tab.refresh()
    for model in (page.programs_tab.model, page.applications_tab.model, page.register_tab.model,
                  page.fund_tab.model):
        qtmodeltester.check(model)
