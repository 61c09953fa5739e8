"""Issue 9 in the window: exports and prints go into the audit trail (a failed entry keeps the file), each role sees
only the letters and assessment buttons it may use, and a restore asks who works with the restored file."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.test_assessment_tab import PAGE, YEAR, cell, choose_target, choose_unit, county, wait
from tests.ui.test_sign_in import signs_in
from ui.dialogs.assessment_entry import AssessmentEntry
from ui.dialogs.sign_in import SignInDialog
from ui.main_window import PAGE_KEYS
from ui.models.assessment import TargetsModel
from ui.pages.letters_tab import LettersModel

ADMIN = ("admin", "Qingxi-2026")
CERTIFICATIONS = PAGE_KEYS.index("certifications")
TASK = "质量工作机构与专人落实"


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_user(window, username: str, role: str, township_id: str | None = None) -> str:
    from qsupervise.models import Inspector
    from qsupervise.services import users

    password = "Township-7pass"
    with window.db.session() as s:
        inspector_id = None
        if role == "inspector":  # an inspector's user is one of the draw's pool
            inspector = Inspector(name="王检查", unit="县市场监管局")
            s.add(inspector)
            s.flush()
            inspector_id = inspector.id
        users.create_user(s, username=username, password=password, role=role, org_unit_id=township_id,
                          inspector_id=inspector_id, actor="gui")
    return password


def switch_to(window, prompts, username: str, password: str) -> None:
    """文件 → 切换用户… as a user would, typing into the real sign-in dialog."""
    prompts.auto_sign_in = False
    signs_in(prompts, username, password)
    window.action_switch_user.trigger()
    prompts.auto_sign_in = True
    assert window.db.principal.username == username


def used(window) -> list[tuple[str, str, str, dict]]:
    """The export and print entries of the audit trail: (actor, action, target, detail)."""
    from sqlmodel import col, select

    from qsupervise.models import AuditEntry

    with window.db.read() as s:
        entries = s.exec(select(AuditEntry).order_by(col(AuditEntry.seq))).all()
        return [(e.actor, e.action, e.target, json.loads(e.detail)) for e in entries
                if e.action.startswith(("export.", "print."))]


def letters_page(qtbot, window, demo_db):
    county(demo_db.path, demo_db.townships)  # last year's letters for the three townships and the member unit
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    page.set_year(YEAR)
    return page


def show_assessment(qtbot, page):
    page.tabs.setCurrentWidget(page.assessment_tab)
    tab = page.assessment_tab
    page.refresh()
    wait(qtbot, tab)
    return tab


# -- the audit trail ---------------------------------------------------------------------------------------


def test_the_assessment_export_and_report_are_audited_as_the_signed_in_user(qtbot, window, demo_db, tmp_path):
    tab = show_assessment(qtbot, letters_page(qtbot, window, demo_db))
    out = tmp_path / "考核表.xlsx"
    tab.actions_.ask_save_path = lambda title, suggested, kind="xlsx": out.with_suffix(f".{kind}")
    for key in ("export_assessment", "assessment_report"):
        click(qtbot, tab.buttons[key])
        with qtbot.waitSignal(tab.task.done, timeout=20000):
            pass
    assert [(who, action, target, detail["year"]) for who, action, target, detail in used(window)] == [
        ("admin", "export.assessment", "考核表.xlsx", YEAR),  # the signed-in user, not the built-in "gui"
        ("admin", "print.assessment_report", "考核表.pdf", YEAR),
    ]


def test_the_certificate_ledger_export_is_audited_and_a_failed_entry_keeps_the_file(
    qtbot, window, tmp_path, prompts, monkeypatch
):
    from qsupervise.errors import KnownError
    from qsupervise.services import audit

    window.nav.setCurrentRow(CERTIFICATIONS)
    page = window.pages[CERTIFICATIONS]
    out = tmp_path / "台账.xlsx"
    page.ask_export_path = lambda: out
    click(qtbot, page.list_tab.buttons["export"])
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=5000)
    assert [(a, t) for _who, a, t, _d in used(window)] == [("export.certifications", "台账.xlsx")]

    def refused(*args, **kwargs):
        raise KnownError("sign_in_cancelled", path="county.db")

    monkeypatch.setattr(audit, "record_use", refused)
    out.unlink()
    click(qtbot, page.list_tab.buttons["export"])
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=5000)
    assert out.exists()  # the file stays
    assert page.exported == (out, 0)
    assert window.statusBar().currentMessage().startswith("文件已保存，但没有记入审计日志：")
    assert prompts.warnings == []
    assert len(used(window)) == 1


def test_the_letters_batch_print_is_audited_only_when_it_finished(qtbot, window, demo_db, tmp_path, prompts):
    from ui.dialogs.letter_sign import BatchPrintDialog

    page = letters_page(qtbot, window, demo_db)
    tab = page.letters_tab
    page.tabs.setCurrentWidget(tab)
    page.refresh()
    out = tmp_path / "letters.pdf"

    def one_file(dialog: BatchPrintDialog) -> None:
        assert dialog.one_file.isChecked()
        prompts.type_into(dialog, "batch_path", str(out))
        prompts.click_ok(dialog)

    prompts.on_dialog(one_file)
    click(qtbot, tab.buttons["print_all"])
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=60000)
    assert tab.last_print is not None
    assert [(a, t, d["letters"]) for _who, a, t, d in used(window)] == [("print.letters", "letters.pdf", 4)]


# -- what each role sees -----------------------------------------------------------------------------------


def test_a_viewer_sees_the_letters_but_cannot_change_them(qtbot, window, demo_db, prompts):
    password = add_user(window, "zhao", "viewer")
    page = letters_page(qtbot, window, demo_db)
    tab = page.letters_tab
    page.tabs.setCurrentWidget(tab)
    page.refresh()
    tab.select_id(tab.model.rows[0].id)
    assert tab.buttons["edit_letter"].isEnabled()  # the administrator

    switch_to(window, prompts, "zhao", password)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=5000)
    tab.select_id(tab.model.rows[0].id)
    assert tab.model.index(0, LettersModel.UNIT).data() == "城关镇"
    for key in ("create_letters", "edit_letter", "sign_letter", "delete_letter"):
        assert not tab.buttons[key].isEnabled(), key
    assert not tab.template_button.isEnabled()
    assert tab.buttons["print_letter"].isEnabled()  # reading and printing stay
    tab.edit_letter()  # a double click opens no editor (ModalStub would fail on an unexpected dialog)
    page.tabs.setCurrentWidget(page.metrics_tab)
    metrics = page.metrics_tab
    metrics.view.selectRow(0)
    for key in ("new_metric", "edit_metric", "delete_metric", "default_metrics"):
        assert not metrics.buttons[key].isEnabled(), key
    tab = show_assessment(qtbot, page)
    choose_unit(qtbot, tab, "城关镇")
    choose_target(qtbot, tab, TASK)
    for key in ("enter_self", "submit_self", "enter_verified", "verify", "reopen", "publish", "set_cutoff"):
        assert not tab.buttons[key].isEnabled(), key
    assert tab.buttons["export_assessment"].isEnabled()


def test_a_township_clerk_self_assesses_their_own_township_only(qtbot, window, demo_db, prompts):
    password = add_user(window, "li", "township_clerk", demo_db.townships["城关镇"])
    page = letters_page(qtbot, window, demo_db)
    switch_to(window, prompts, "li", password)
    tab = show_assessment(qtbot, page)

    choose_unit(qtbot, tab, "东乡镇")
    choose_target(qtbot, tab, TASK)
    assert not tab.buttons["enter_self"].isEnabled()
    assert not tab.buttons["submit_self"].isEnabled()

    choose_unit(qtbot, tab, "城关镇")
    choose_target(qtbot, tab, TASK)
    assert tab.buttons["enter_self"].isEnabled()
    assert tab.buttons["submit_self"].isEnabled()
    for key in ("enter_verified", "verify", "reopen", "publish", "set_cutoff"):
        assert not tab.buttons[key].isEnabled(), key

    def done(dialog: AssessmentEntry) -> None:
        combo = dialog.findChild(QComboBox, "done")
        combo.setCurrentIndex(combo.findText("完成"))
        prompts.click_ok(dialog)

    prompts.on_dialog(done)
    click(qtbot, tab.buttons["enter_self"])
    wait(qtbot, tab)
    assert prompts.warnings == []  # the core agrees: the clerk's own township, the self stage
    assert cell(tab, TASK, TargetsModel.SELF) == "完成"
    # the letters tab: a clerk neither makes nor signs letters
    page.tabs.setCurrentWidget(page.letters_tab)
    page.refresh()
    page.letters_tab.select_id(page.letters_tab.model.rows[0].id)
    assert not page.letters_tab.buttons["sign_letter"].isEnabled()
    assert not page.letters_tab.buttons["create_letters"].isEnabled()


def test_an_inspector_gets_no_certificate_or_instrument_buttons(qtbot, window, prompts):
    password = add_user(window, "wang", "inspector")
    switch_to(window, prompts, "wang", password)
    window.nav.setCurrentRow(CERTIFICATIONS)
    page = window.pages[CERTIFICATIONS]
    for key in ("new_cert", "import"):
        assert not page.list_tab.buttons[key].isEnabled(), key
    assert page.list_tab.buttons["export"].isEnabled()
    page.tabs.setCurrentWidget(page.instruments_tab)
    assert not page.instruments_tab.buttons["new_instrument"].isEnabled()


# -- restoring ----------------------------------------------------------------------------------------------


def test_after_a_restore_whoever_works_with_the_file_signs_in_again(qtbot, window, demo_db, prompts):
    window.db.wait_for_daily_backup(10)
    backup = next((demo_db.path.parent / "backups").glob("*.db"))
    signed_before = len(prompts.signed_in)
    window.files.restore_from(backup)
    qtbot.waitUntil(lambda: not window.db.busy, timeout=10000)
    assert len(prompts.signed_in) == signed_before + 1
    assert isinstance(prompts.signed_in[-1], SignInDialog)
    assert "请重新登录" in prompts.infos[-1]
    assert window.db.principal.username == ADMIN[0]

    # nobody signs in: the restored file is closed, as on opening
    prompts.auto_sign_in = False
    prompts.on_dialog(lambda dialog: dialog.reject())
    window.files.restore_from(backup)
    qtbot.waitUntil(lambda: not window.db.busy, timeout=10000)
    assert window.db.store is None
    assert prompts.warnings[-1].startswith("没有登录，数据库")
    assert window.status_db.text() == "数据库：未打开"
    assert not window.action_restore.isEnabled()
