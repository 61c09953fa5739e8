"""品牌与奖项: a new application through its dialog, titles entered and revoked in the register, a programme
withdrawn, and the results list and the whole-area workbook exported."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from tests.ui.test_awards import PAGE, add_firm, add_program, apply, click, column, move
from ui.dialogs.award_application_new import NewApplicationDialog
from ui.dialogs.award_brand_form import BrandForm
from ui.dialogs.award_editor import ApplicationEditor
from ui.dialogs.award_reason import ReasonDialog
from ui.models.awards import ApplicationsModel, BrandsModel, ProgramsModel

TODAY = date.today()


@pytest.fixture
def page(window):
    window.nav.setCurrentRow(PAGE)
    return window.pages[PAGE]


@pytest.fixture
def firm(window, demo_db) -> str:
    from qsupervise.models import Product

    firm_id = add_firm(window, demo_db, "青溪县老字号酱园有限公司", date(TODAY.year - 12, 1, 1), "东乡镇")
    with window.db.session() as s:
        s.add(Product(enterprise_id=firm_id, name="老字号酱油"))
    return firm_id


def test_a_new_application_starts_as_a_draft_with_its_checklist(qtbot, page, prompts, firm):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品")
    tab = page.applications_tab
    page.tabs.setCurrentWidget(tab)
    seen = {}

    def fill(dialog: NewApplicationDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # no enterprise chosen yet
        assert dialog.program.value() == program_id
        assert "按产品评定" in dialog.program_note.text()
        prompts.type_text(dialog.finder.search, "老字号")
        qtbot.waitUntil(lambda: dialog.finder.results.count() == 1, timeout=2000)
        dialog.product.setCurrentIndex(0)
        seen["product"] = dialog.product.currentText()
        prompts.click_ok(dialog)

    def editor(dialog: ApplicationEditor) -> None:
        seen["editor"] = (dialog.snap.state, dialog.documents.table.rowCount(), sorted(dialog.flow.move_buttons))
        dialog.reject()

    prompts.on_dialog(fill)
    prompts.on_dialog(editor)
    click(qtbot, tab.buttons["new_application"])
    assert seen["product"] == "老字号酱油"
    assert seen["editor"] == ("draft", 9, ["submitted", "withdrawn"])  # the editor opens on the new draft
    assert column(tab.model, ApplicationsModel.PRODUCT) == ["老字号酱油"]
    assert column(tab.model, ApplicationsModel.STATE) == ["草稿"]
    assert "已建立申报草稿" in page.window().statusBar().currentMessage()


def test_applications_are_filtered_by_state_township_and_text(qtbot, page, prompts, firm, demo_db):
    other = add_firm(page.window(), demo_db, "青溪县新苗茶叶有限公司", date(TODAY.year - 8, 1, 1), "西乡镇")
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品", conditions={"iso9001": {"on": False}})
    apply(page.window(), program_id, firm, "老字号酱油")
    move(page.window(), apply(page.window(), program_id, other, "新苗绿茶"), "submitted")
    tab = page.applications_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 2
    tab.state.set_value("submitted")
    assert column(tab.model, ApplicationsModel.ENTERPRISE) == ["青溪县新苗茶叶有限公司"]
    tab.state.set_value(None)
    tab.township.set_value(demo_db.townships["东乡镇"])
    assert column(tab.model, ApplicationsModel.ENTERPRISE) == ["青溪县老字号酱园有限公司"]
    tab.township.set_value(None)
    prompts.type_text(tab.search, "绿茶")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    assert tab.count_label.text() == "共 2 份，筛选后 1 份"


def test_a_title_entered_by_hand_and_revoked_with_a_reason(qtbot, page, prompts, firm):
    tab = page.register_tab
    page.tabs.setCurrentWidget(tab)

    def fill(dialog: BrandForm) -> None:
        prompts.type_text(dialog.finder.search, "老字号")
        qtbot.waitUntil(lambda: dialog.finder.results.count() == 1, timeout=2000)
        assert dialog.validity.value() == 3  # 名牌产品: three years
        dialog.level.set_value("provincial")
        prompts.type_into(dialog, "title", "湖北名牌产品")
        prompts.type_into(dialog, "granted_on", (TODAY - timedelta(days=100)).isoformat())
        prompts.type_into(dialog, "certificate_no", "HBMP-001")
        prompts.click_ok(dialog)

    prompts.on_dialog(fill)
    click(qtbot, tab.buttons["new_brand"])
    assert column(tab.model, BrandsModel.TITLE) == ["湖北名牌产品"]
    assert column(tab.model, BrandsModel.LEVEL) == ["省级"]
    assert column(tab.model, BrandsModel.PRODUCT) == ["老字号酱油"]
    tab.view.selectRow(0)

    def revoke(dialog: ReasonDialog) -> None:
        assert not dialog.ok_button.isEnabled()
        prompts.type_into(dialog, "reason", "抽查发现严重质量问题")
        prompts.click_ok(dialog)

    prompts.on_dialog(revoke)
    click(qtbot, tab.buttons["revoke_brand"])
    assert column(tab.model, BrandsModel.STATUS) == ["已撤销"]
    assert not tab.buttons["revoke_brand"].isEnabled()


def test_a_programme_is_withdrawn_only_without_live_applications(qtbot, page, prompts, firm):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品", conditions={"iso9001": {"on": False}})
    move(page.window(), apply(page.window(), program_id, firm, "老字号酱油"), "submitted")
    add_program(page.window(), "engineering", "青溪县优质工程奖")
    tab = page.programs_tab
    page.tabs.setCurrentWidget(tab)
    names = column(tab.model, ProgramsModel.NAME)
    tab.view.selectRow(names.index("青溪县名牌产品"))
    click(qtbot, tab.buttons["delete_program"])
    assert prompts.warnings[-1].startswith("项目“青溪县名牌产品”还有 1 份已提交的申报，不能撤销。")
    tab.view.selectRow(column(tab.model, ProgramsModel.NAME).index("青溪县优质工程奖"))
    click(qtbot, tab.buttons["delete_program"])
    assert column(tab.model, ProgramsModel.NAME) == ["青溪县名牌产品"]
    assert column(tab.model, ProgramsModel.APPS) == ["1（在办 1）"]


def test_results_and_the_whole_area_are_exported(qtbot, page, firm, tmp_path, monkeypatch):
    program_id = add_program(page.window(), "famous_brand", "青溪县名牌产品", conditions={"iso9001": {"on": False}})
    move(page.window(), apply(page.window(), program_id, firm, "老字号酱油"), "submitted", "eligibility_review",
         "document_review", "site_review", "publicity", "awarded")
    tab = page.programs_tab
    page.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    out = tmp_path / "results.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda *args: out)
    click(qtbot, tab.buttons["export_results"])
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=5000)
    assert page.exported == out
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[3][1] == "青溪县老字号酱园有限公司"
    assert rows[3][7] == "获奖"
    whole = tmp_path / "awards.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda *args: whole)
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=5000)
    assert page.exported == whole
    assert load_workbook(whole).sheetnames == ["奖项与名牌", "名牌登记", "奖励资金"]
    assert "1 个项目、1 份申报、1 条名牌登记" in page.window().statusBar().currentMessage()


def test_the_dashboard_counts_titles_by_level_and_those_expiring(window, firm):
    from qsupervise.services import awards
    from qsupervise.services.awards import BrandInput

    with window.db.session() as s:
        for title, level, expires in (("湖北名牌产品", "provincial", TODAY + timedelta(days=30)),
                                      ("市名牌产品", "municipal", TODAY + timedelta(days=400)),
                                      ("市长质量奖", "municipal", None),
                                      ("县名牌产品", "county", TODAY - timedelta(days=3))):
            awards.register_brand(s, BrandInput(firm, "famous_brand", title, level, TODAY - timedelta(days=800),
                                                expires_on=expires), actor="gui")
    window.nav.setCurrentRow(0)
    card = window.pages[0].cards["brands"]
    assert card.title.text() == "名牌与获奖（有效）"
    assert card.value.text().startswith("3 <span")  # the lapsed county title is not counted
    assert "90 日内到期 1" in card.value.text()
    assert "#b26a00" in card.value.text()
    assert card.caption.text() == "省 1 · 市 2"
