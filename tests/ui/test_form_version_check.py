"""The edit forms refuse to overwrite what someone else saved after they opened the record (record_changed): the
question lists the other person's changes under the form's own labels, going back keeps the input with the message
under it, and overwriting when asked saves the form's values. Through the real pages, forms and buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.dialogs.certification_form import CertificationForm
from ui.dialogs.instrument_form import InstrumentForm
from ui.dialogs.letter_form import LetterForm, TargetsGrid
from ui.dialogs.spotcheck_editor import SpotCheckEditor
from ui.dialogs.standards_drafted import DraftedForm
from ui.main_window import PAGE_KEYS

TODAY = date.today()
OTHER = "lisi"  # the other county user (display name 李四)


@pytest.fixture
def holder(window, demo_db) -> str:
    """An enterprise to hold the records, and 李四, the other county user."""
    from qsupervise.models import Enterprise
    from qsupervise.services import users

    with window.db.session() as s:
        users.create_user(s, username=OTHER, password="Qingxi#7Tz59", role="county_admin", display_name="李四")
        firm = Enterprise(name="青溪县星河食品有限公司", township_id=demo_db.townships["城关镇"], industry_code="C1391")
        s.add(firm)
        s.flush()
        return firm.id


def someone_else(window, save: Callable[[Any], object]) -> None:
    """李四 saves through the services (his own transaction, as on his own computer) while our form is open."""
    from sqlmodel import select

    from qsupervise.models import User
    from qsupervise.services import users

    with window.db.read() as s:
        who = users.principal(s.exec(select(User).where(User.username == OTHER)).one())
    with window.db.store.session(principal=who) as s:
        save(s)


def open_page(window, key: str) -> Any:
    window.nav.setCurrentRow(PAGE_KEYS.index(key))
    return window.pages[PAGE_KEYS.index(key)]


def open_tab(window, key: str, tab_name: str) -> Any:
    """The page ``key`` shown at its tab ``tab_name``, read afresh."""
    page = open_page(window, key)
    tab = getattr(page, tab_name)
    page.tabs.setCurrentWidget(tab)
    tab.refresh()
    return tab


def go_back_then_overwrite(prompts, form: QWidget, shown: Callable[[], tuple]) -> dict:
    """Click OK, answer 回到表单 (what the form shows then is kept), click OK again and answer 覆盖保存."""
    seen: dict[str, Any] = {}
    prompts.answers.append(False)
    prompts.click_ok(form)
    seen["back"] = (form.isVisible(), *shown())
    prompts.answers.append(True)
    prompts.click_ok(form)
    seen["closed"] = not form.isVisible()
    return seen


def test_the_certificate_form_shows_the_other_change_and_overwrites_only_when_asked(qtbot, window, prompts, holder):
    from qsupervise.models import Certification
    from qsupervise.services import certifications
    from qsupervise.services.certifications import CertificationInput

    with window.db.session() as s:
        cert_id = certifications.save(s, CertificationInput(holder, "iso9001", issuer="旧机构"), actor="gui").id
    tab = open_page(window, "certifications").list_tab
    tab.refresh()
    seen: dict[str, Any] = {}

    def edit(form: CertificationForm) -> None:
        assert form.version_check.opened
        someone_else(window, lambda s: certifications.save(
            s, CertificationInput(holder, "iso9001", issuer="他人改的机构", note="他人的备注"), cert_id=cert_id))
        prompts.type_into(form, "issuer", "我填的机构")
        seen.update(go_back_then_overwrite(prompts, form, lambda: (form.edits["issuer"].text(), form.summary.text())))

    prompts.on_dialog(edit)
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    visible, typed, summary = seen["back"]
    assert (visible, typed) == (True, "我填的机构")
    assert "已被李四修改" in summary
    first, second = prompts.questions
    for text in ("发证机构", "他人改的机构", "备注", "他人的备注", "李四"):
        assert text in first
    assert first == second  # asked again: the form had not yet overwritten anything
    assert seen["closed"]
    assert not prompts.warnings
    with window.db.read() as s:
        stored = s.get(Certification, cert_id)
        assert stored is not None
        assert (stored.issuer, stored.note) == ("我填的机构", "")  # the form's values, all of them


def test_the_instrument_form_names_fields_and_choices_as_the_form_does(qtbot, window, prompts, holder):
    from qsupervise.models import Instrument
    from qsupervise.services import instruments
    from qsupervise.services.instruments import InstrumentInput

    with window.db.session() as s:
        instrument_id = instruments.save(s, data=InstrumentInput(holder, "电子计价秤"), today=TODAY, actor="gui")[0].id
    tab = open_tab(window, "certifications", "instruments_tab")
    seen: dict[str, Any] = {}

    def theirs(s: Any) -> None:
        data = replace(instruments.input_from(instruments.get(s, instrument_id)), location="二楼仓库",
                       use_category="safety")
        instruments.save(s, data=data, instrument_id=instrument_id, today=TODAY)

    def edit(form: InstrumentForm) -> None:
        someone_else(window, theirs)
        prompts.type_into(form, "location", "一楼收银台")
        prompts.answers.append(False)
        prompts.click_ok(form)
        seen["back"] = (form.isVisible(), form.edits["location"].text(), form.category.value(), form.summary.text())

    prompts.on_dialog(edit)
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert seen["back"][:3] == (True, "一楼收银台", "trade")
    assert "已被李四修改" in seen["back"][3]
    [question] = prompts.questions
    for text in ("使用地点", "二楼仓库", "使用类别", "安全防护", "李四"):
        assert text in question
    assert "safety" not in question  # the choice as the form lists it, not its code
    with window.db.read() as s:
        stored = s.get(Instrument, instrument_id)
        assert stored is not None
        assert (stored.location, stored.use_category) == ("二楼仓库", "safety")  # going back saved nothing


def test_the_letter_editor_counts_a_target_changed_alone(qtbot, window, prompts, holder):
    from qsupervise.services import letters

    with window.db.session() as s:
        letter_id = letters.create_letters(s, TODAY.year, unit_ids=[_township(s, "东乡镇")]).created[0]
        first_weight = letters.targets(s, letter_id)[0].weight
    tab = open_page(window, "letters").letters_tab
    tab.refresh()
    seen: dict[str, Any] = {}

    def theirs(s: Any) -> None:
        data = letters.input_of(s, letters.letter(s, letter_id))
        targets = list(data.targets)
        targets[0] = replace(targets[0], weight=30)
        letters.save_letter(s, letter_id, replace(data, targets=targets))

    def edit(form: LetterForm) -> None:
        someone_else(window, theirs)
        prompts.type_into(form, "doc_no", "青政责〔2026〕1号")
        weight = form.grid.cellWidget(1, TargetsGrid.WEIGHT)
        weight.selectAll()
        prompts.type_text(weight.lineEdit(), "12")
        seen.update(go_back_then_overwrite(prompts, form, lambda: (form.edits["doc_no"].text(), form.problem.text())))

    prompts.on_dialog(edit)
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.buttons["edit_letter"], Qt.MouseButton.LeftButton)
    visible, typed, problem = seen["back"]
    assert (visible, typed) == (True, "青政责〔2026〕1号")
    assert "已被李四修改" in problem
    question = prompts.questions[0]
    assert "目标任务" in question
    assert "1 项有改动" in question
    assert seen["closed"]
    with window.db.read() as s:
        row, targets = letters.letter(s, letter_id), letters.targets(s, letter_id)
        assert row.doc_no == "青政责〔2026〕1号"
        assert (targets[0].weight, targets[1].weight) == (first_weight, 12)  # ours, knowingly over their 30


def _township(s: Any, name: str) -> str:
    from sqlmodel import select

    from qsupervise.models import OrgUnit

    return s.exec(select(OrgUnit.id).where(OrgUnit.name == name)).one()


def test_a_standards_form_keeps_the_input_and_says_why_under_it(qtbot, window, prompts, holder):
    from qsupervise.models import DraftedStandard
    from qsupervise.services import standards_drafted as drafted
    from qsupervise.services.standards_drafted import DraftedInput

    with window.db.session() as s:
        data = DraftedInput(level="local", title="魔芋种植技术规程", drafter="县农技中心",
                            township_id=_township(s, "城关镇"))
        drafted_id = drafted.save_drafted(s, data, actor="gui").id
    tab = open_tab(window, "standards", "drafted_tab")
    seen: dict[str, Any] = {}

    def theirs(s: Any) -> None:
        changed = replace(data, title="魔芋标准化种植技术规程", township_id=_township(s, "东乡镇"))
        drafted.save_drafted(s, changed, drafted_id=drafted_id)

    def edit(form: DraftedForm) -> None:
        someone_else(window, theirs)
        prompts.type_into(form, "note", "已报市局")
        seen.update(go_back_then_overwrite(
            prompts, form, lambda: (form.note.text(), form.summary.isVisible(), form.summary.text())))

    prompts.on_dialog(edit)
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.buttons["edit_drafted"], Qt.MouseButton.LeftButton)
    visible, typed, shown, summary = seen["back"]
    assert (visible, typed, shown) == (True, "已报市局", True)
    assert "已被李四修改" in summary
    question = prompts.questions[0]
    for text in ("标准名称", "魔芋标准化种植技术规程", "所属乡镇", "东乡镇"):
        assert text in question
    assert not prompts.warnings  # the message is under the form, not in a second box
    assert seen["closed"]
    with window.db.read() as s:
        stored = s.get(DraftedStandard, drafted_id)
        assert stored is not None
        assert (stored.title, stored.note) == ("魔芋种植技术规程", "已报市局")


def test_the_sample_editor_asks_only_about_the_section_being_saved(qtbot, window, prompts, holder, demo_db):
    from qsupervise.models import Enterprise, SpotCheck
    from qsupervise.services import draws, spotchecks
    from qsupervise.services import spotcheck_plans as plans

    with window.db.session() as s:
        s.add(Enterprise(name="青溪县星河粮油有限公司", township_id=demo_db.townships["东乡镇"], industry_code="C1331"))
        for name in ("张三", "王五"):
            spotchecks.add_inspector(s, name=name, actor="gui")
        plan = plans.add(s, plans.PlanInput(plan_no="2026-县-09", year=2026, category="食用植物油", sample_count=1))
        draws.run_draw(s, plan, seed="7", as_of=TODAY, actor="gui")
    with window.db.session() as s:
        check_id = spotchecks.checks_of_plan(s, plan.id)[0].id
        spotchecks.save_sampling(s, check_id, {"sampling": "sampled", "product": "花生油", "sampled_on": "2026-05-21"})
    page = open_page(window, "spotchecks")
    page.tabs.setCurrentWidget(page.records_tab)
    tab = page.records_tab
    tab.run_query()
    seen: dict[str, Any] = {}

    def edit(editor: SpotCheckEditor) -> None:
        editor.tabs.setCurrentWidget(editor.results)
        prompts.type_into(editor.results, "report_no", "R-我的")  # not saved yet: kept through the reload below
        someone_else(window, lambda s: spotchecks.save_results(s, check_id, [], report_no="R-他人", verdict="pass"))
        editor.tabs.setCurrentWidget(editor.sampling)
        prompts.type_into(editor.sampling, "brand", "星河")
        qtbot.mouseClick(editor.sampling.save_button, Qt.MouseButton.LeftButton)
        seen["sampling"] = (len(prompts.questions), editor.note.text())
        editor.tabs.setCurrentWidget(editor.results)
        prompts.answers.append(False)
        qtbot.mouseClick(editor.results.save_button, Qt.MouseButton.LeftButton)
        seen["results"] = (editor.results.report_no.text(), editor.results.save_problem.text(), editor.results.dirty)

    prompts.on_dialog(edit)
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert seen["sampling"] == (0, "已保存抽样单（已抽样）。")  # their results are not the 抽样单's business
    typed, problem, dirty = seen["results"]
    assert (typed, dirty) == ("R-我的", True)
    assert "已被李四修改" in problem
    question, closing = prompts.questions  # then, closing with the results unsaved, the usual warning
    assert closing == "有未保存的修改，关闭后将丢失。确定关闭？"
    for text in ("报告编号", "R-他人", "结论", "合格"):
        assert text in question
    with window.db.read() as s:
        stored = s.get(SpotCheck, check_id)
        assert stored is not None
        assert (stored.brand, stored.report_no) == ("星河", "R-他人")
