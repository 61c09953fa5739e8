"""认证许可 → 证书台账 and 到期提醒: certificates added, checked, paid, deleted and printed through the real page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from ui.dialogs.certification_form import CertificationForm
from ui.dialogs.certification_payment import PaymentDialog
from ui.dialogs.certification_reminders import ReminderDialog
from ui.models.certifications import CertsModel, ExpiryModel
from ui.pages import certification_files

PAGE = 3
TODAY = date.today()


def add_firms(window, demo_db) -> dict[str, str]:
    from qsupervise.models import Enterprise

    towns = list(demo_db.townships.values())
    ids = {}
    with window.db.session() as s:
        for i in range(6):
            firm = Enterprise(name=f"青溪县星河{i:02d}食品有限公司", township_id=towns[i % 3], industry_code="C1391",
                              contact_name="王五", contact_phone=f"1380000{i:04d}")
            s.add(firm)
            s.flush()
            ids[firm.name] = firm.id
    return ids


def add_cert(window, holder: str, expires_in: int, kind: str = "iso9001", number: str = "", **values) -> str:
    from qsupervise.services import certifications
    from qsupervise.services.certifications import CertificationInput

    expires = TODAY + timedelta(days=expires_in)
    with window.db.session() as s:
        data = CertificationInput(enterprise_id=holder, kind=kind, number=number, expires_on=expires,
                                  issued_on=expires - timedelta(days=1000), **values)
        return certifications.save(s, data, actor="gui").id


@pytest.fixture
def firms(window, demo_db) -> dict[str, str]:
    return add_firms(window, demo_db)


@pytest.fixture
def page(qtbot, window, firms):
    window.nav.setCurrentRow(PAGE)
    found = window.pages[PAGE]
    assert found.objectName() == "page_certifications"
    return found


@pytest.fixture
def no_viewer(monkeypatch):
    opened = []
    monkeypatch.setattr(certification_files, "open_local_file", lambda path: opened.append(path) or True)
    return opened


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_holder(qtbot, prompts, dialog, text: str) -> None:
    prompts.type_text(dialog.finder.search, text)
    qtbot.waitUntil(lambda: dialog.finder.results.count() == 1, timeout=2000)


def double_click(qtbot, view, index) -> None:
    """As a user's double-click arrives: a press and release first (the view activates the item it pressed)."""
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def stored(window) -> int:
    from qsupervise.services import certifications
    from qsupervise.services.certifications import CertQuery

    with window.db.read() as s:
        return certifications.count(s, CertQuery(), today=TODAY)


def test_empty_ledger_says_what_to_do(page):
    tab = page.list_tab
    assert page.title_label.text() == "认证许可"
    assert [page.tabs.tabText(i) for i in range(3)] == ["证书台账", "到期提醒", "计量器具"]
    assert tab.empty.text().startswith("还没有登记证书。点“新增证书”（Ctrl+N）")
    assert tab.count_label.text() == "共 0 份"
    assert not tab.buttons["edit_cert"].isEnabled()
    assert not tab.buttons["payment"].isEnabled()


def test_a_certificate_added_through_the_dialog_is_listed(qtbot, page, prompts):
    def fill(dialog: CertificationForm) -> None:
        assert dialog.windowTitle() == "新增证书"
        choose_holder(qtbot, prompts, dialog, "星河01")
        dialog.kind.set_value("sc")
        prompts.type_into(dialog, "number", "sc 10642010100012")
        prompts.type_into(dialog, "issuer", "青溪县市场监督管理局")
        prompts.type_into(dialog, "issued_on", "2024/3/5")
        click(qtbot, dialog.suggest)  # 食品生产许可: five years
        assert dialog.edits["expires_on"].text() == "2029-03-04"
        qtbot.keyClick(dialog.edits["issuer"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    prompts.on_dialog(fill)
    page.window().activateWindow()
    qtbot.keyClick(page.list_tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tab = page.list_tab
    model = tab.model
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "青溪县星河01食品有限公司", "东乡镇", "食品生产许可（SC）", "SC10642010100012", "青溪县市场监督管理局",
        "2024-03-05", "2029-03-04", "有效", "",
    ]
    assert tab.current_id() == model.rows[0].id  # the new one is selected
    assert tab.count_label.text() == "共 1 份"
    assert "已登记证书 SC10642010100012" in page.window().statusBar().currentMessage()


def test_a_bad_sc_number_warns_and_saves_only_with_a_note(qtbot, page, prompts):
    seen = {}

    def fill(dialog: CertificationForm) -> None:
        choose_holder(qtbot, prompts, dialog, "星河02")
        dialog.kind.set_value("sc")
        prompts.type_into(dialog, "number", "SC123")
        number = dialog.problem_labels["number"]
        qtbot.waitUntil(number.isVisible, timeout=2000)
        seen["warning"] = (number.text(), number.styleSheet())
        assert dialog.edits["number_note"].isVisibleTo(dialog)  # the "keep with a note" field
        assert "核对原件" in dialog.summary.text()
        prompts.click_ok(dialog)  # no note yet: refused, the note asked for in red
        note = dialog.problem_labels["number_note"]
        seen["refused"] = (dialog.isVisible(), note.text(), note.styleSheet(), stored(dialog.parent().window()))
        prompts.type_into(dialog, "number_note", "已核对许可证原件")
        prompts.click_ok(dialog)

    prompts.on_dialog(fill)
    click(qtbot, page.list_tab.buttons["new_cert"])
    text, style = seen["warning"]
    assert text.startswith("食品生产许可证编号应为“SC”加 14 位数字")
    assert "#b26a00" in style  # amber: a warning, not an error
    visible, note, note_style, count = seen["refused"]
    assert (visible, count) == (True, 0)
    assert note.startswith("证书编号与该类证书的格式不符；核对原件无误后")
    assert "#c62828" in note_style
    model = page.list_tab.model
    assert column(model, CertsModel.NUMBER) == ["SC123"]
    assert model.rows[0].number_note == "已核对许可证原件"
    assert "已核对许可证原件" in model.index(0, CertsModel.NUMBER).data(Qt.ItemDataRole.ToolTipRole)


def test_missing_holder_and_bad_dates_are_refused_and_nothing_is_saved(qtbot, page, prompts):
    seen = {}

    def fill(dialog: CertificationForm) -> None:
        prompts.type_into(dialog, "issued_on", "2024-13-40")
        prompts.type_into(dialog, "expires_on", "2020-01-01")
        prompts.click_ok(dialog)
        labels = dialog.problem_labels
        seen["first"] = {f: labels[f].text() for f in ("enterprise_id", "issued_on") if labels[f].isVisible()}
        seen["summary"] = dialog.summary.text()
        prompts.type_into(dialog, "issued_on", "2024-03-05")
        choose_holder(qtbot, prompts, dialog, "星河03")
        prompts.click_ok(dialog)
        seen["order"] = labels["expires_on"].text()
        seen["open"] = dialog.isVisible()

    prompts.on_dialog(fill)
    click(qtbot, page.list_tab.buttons["new_cert"])
    assert seen["first"] == {
        "enterprise_id": "请查找并选中持证企业。",
        "issued_on": "日期“2024-13-40”格式不对，应为 YYYY-MM-DD，例如 2026-11-24。",
    }
    assert seen["summary"].startswith("有 2 处需要改正")
    assert seen["order"] == "有效期至 2020-01-01 早于发证日期 2024-03-05，请检查两个日期。"
    assert seen["open"]
    assert stored(page.window()) == 0
    assert page.list_tab.model.rowCount() == 0


def test_edit_delete_and_undo(qtbot, page, prompts, firms):
    cert_id = add_cert(page.window(), firms["青溪县星河00食品有限公司"], 400, number="00124Q20001R0M")
    tab = page.list_tab
    tab.view.selectRow(0)

    def edit(dialog: CertificationForm) -> None:
        assert dialog.windowTitle() == "编辑证书 — 青溪县星河00食品有限公司"
        assert dialog.finder.selected_id() == firms["青溪县星河00食品有限公司"]
        prompts.type_into(dialog, "issuer", "中国质量认证中心")
        prompts.click_ok(dialog)

    prompts.on_dialog(edit)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert column(tab.model, CertsModel.ISSUER) == ["中国质量认证中心"]
    assert tab.current_id() == cert_id
    prompts.answers = [True]
    click(qtbot, tab.buttons["delete_cert"])
    assert prompts.questions[-1].startswith(
        "删除证书“青溪县星河00食品有限公司 ISO 9001 质量管理体系认证 00124Q20001R0M”？"
    )
    assert tab.model.rowCount() == 0
    page.window().activateWindow()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert column(tab.model, CertsModel.NUMBER) == ["00124Q20001R0M"]
    assert tab.current_id() == cert_id
    assert "已恢复证书" in page.window().statusBar().currentMessage()


def test_filters_search_and_status_colours(qtbot, page, prompts, firms, demo_db):
    window = page.window()
    add_cert(window, firms["青溪县星河00食品有限公司"], -10, number="00124Q20001R0M")
    add_cert(window, firms["青溪县星河01食品有限公司"], 20, "ccc", "2021010101123456")
    add_cert(window, firms["青溪县星河02食品有限公司"], 500, "xk", "XK13-014-00001")
    page.refresh()
    tab = page.list_tab
    model = tab.model
    assert column(model, CertsModel.STATUS) == ["已过期 10 天", "有效，还剩 20 天", "有效"]
    assert model.index(0, CertsModel.STATUS).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert model.index(1, CertsModel.STATUS).data(Qt.ItemDataRole.ForegroundRole).name() == "#b26a00"
    tab.status.set_value("expired")
    assert column(model, CertsModel.NUMBER) == ["00124Q20001R0M"]
    tab.status.set_value(None)
    tab.expiring.set_value("30")
    assert column(model, CertsModel.NUMBER) == ["2021010101123456"]
    tab.expiring.set_value(None)
    prompts.type_text(tab.search, "星河01")  # the holder's name
    qtbot.waitUntil(lambda: column(model, CertsModel.NUMBER) == ["2021010101123456"], timeout=2000)
    tab.search.clear()
    prompts.type_text(tab.search, "xk13")  # the start of a number, as typed
    qtbot.waitUntil(lambda: column(model, CertsModel.NUMBER) == ["XK13-014-00001"], timeout=2000)
    tab.search.clear()
    tab.search.flush()
    tab.township.set_value(demo_db.townships["城关镇"])
    assert column(model, CertsModel.HOLDER) == ["青溪县星河00食品有限公司"]
    tab.kind.set_value("ccc")
    assert model.rowCount() == 0
    assert tab.empty.text() == "没有符合筛选条件的证书。"


def test_reward_payment_in_yuan_is_kept_in_fen(qtbot, page, prompts, firms):
    cert_id = add_cert(page.window(), firms["青溪县星河04食品有限公司"], 900, reward_eligible=True)
    page.refresh()
    tab = page.list_tab
    assert column(tab.model, CertsModel.REWARD) == ["可获奖励"]
    tab.view.selectRow(0)
    seen = {}

    def pay(dialog: PaymentDialog) -> None:
        seen["history"] = dialog.history_title.text()
        prompts.type_into(dialog, "amount", "四万")
        prompts.click_ok(dialog)
        seen["bad"] = dialog.problem.text()
        prompts.type_into(dialog, "amount", "40,000.50")
        prompts.type_into(dialog, "document_no", "青质强办〔2026〕3号")
        prompts.click_ok(dialog)

    prompts.on_dialog(pay)
    click(qtbot, tab.buttons["payment"])
    assert seen["history"] == "已发放 0 笔，合计 0.00 元"
    assert seen["bad"].startswith("金额应为大于 0 的数")
    from qsupervise.services import certifications

    with page.db.read() as s:
        paid = certifications.payments_of(s, cert_id=cert_id)
    assert [(p.amount_fen, p.document_no) for p in paid] == [(4000050, "青质强办〔2026〕3号")]
    assert "已登记奖励资金 40,000.50 元" in page.window().statusBar().currentMessage()


def test_a_scan_is_stored_by_hash_and_opened_from_a_copy(qtbot, page, prompts, tmp_path, no_viewer):
    scan = tmp_path / "证书.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 300)
    text_file = tmp_path / "说明.txt"
    text_file.write_text("不是图片")
    seen = {}

    def fill(dialog: CertificationForm) -> None:
        choose_holder(qtbot, prompts, dialog, "星河05")
        prompts.type_into(dialog, "number", "00124Q20099R0M")
        dialog.scan.ask_path = lambda: text_file
        click(qtbot, dialog.scan.buttons["attach"])
        seen["refused"] = dialog.problem_labels["attachment_id"].text()
        dialog.scan.ask_path = lambda: scan
        click(qtbot, dialog.scan.buttons["attach"])
        seen["label"] = dialog.findChild(QLabel, "scan_label").text()
        prompts.click_ok(dialog)

    prompts.on_dialog(fill)
    click(qtbot, page.list_tab.buttons["new_cert"])
    assert seen["refused"].startswith("文件“说明.txt”不是 PDF 或图片")
    assert seen["label"].startswith("证书.png　1 KB")
    tab = page.list_tab
    assert tab.model.rows[0].has_scan
    assert tab.model.index(0, CertsModel.NUMBER).data(Qt.ItemDataRole.DecorationRole) is not None  # the mark
    import hashlib

    from qsupervise.models import Attachment
    from qsupervise.services import certifications

    with page.db.read() as s:
        stored_scan = s.get(Attachment, certifications.get(s, tab.model.rows[0].id).attachment_id)
        assert (stored_scan.name, stored_scan.sha256) == ("证书.png", hashlib.sha256(scan.read_bytes()).hexdigest())

    def reopen(dialog: CertificationForm) -> None:
        seen["again"] = dialog.scan.label.text()
        click(qtbot, dialog.scan.buttons["open_scan"])
        dialog.reject()

    tab.view.selectRow(0)
    prompts.on_dialog(reopen)
    click(qtbot, tab.buttons["edit_cert"])
    assert seen["again"] == "证书.png　1 KB"
    assert no_viewer[0].name == "证书.png"
    assert no_viewer[0].read_bytes() == scan.read_bytes()


def test_expiring_in_20_days_counts_in_the_30_day_band_and_opens_its_list(qtbot, page, firms):
    window = page.window()
    add_cert(window, firms["青溪县星河00食品有限公司"], 20, number="00124Q20001R0M")  # 城关镇
    add_cert(window, firms["青溪县星河00食品有限公司"], -3, "ccc", "2021010101123456")
    page.refresh()
    page.tabs.setCurrentWidget(page.expiry_tab)
    model = page.expiry_tab.model
    assert column(model, ExpiryModel.NAME) == ["城关镇", "东乡镇", "西乡镇", "全县合计"]
    assert [model.index(0, c).data() for c in range(1, 5)] == ["1", "1", "1", "1"]
    add_cert(window, firms["青溪县星河03食品有限公司"], 25, "xk", "XK13-014-00001")  # 城关镇 again
    assert [model.index(0, c).data() for c in range(1, 5)] == ["1", "2", "2", "2"]  # the save refreshed it
    assert page.expiry_tab.summary.text().startswith(f"截至 {TODAY.isoformat()}：已过期 1 份，30 天内到期 2 份")
    view = page.expiry_tab.view
    double_click(qtbot, view, model.index(0, ExpiryModel.D30))
    assert page.tabs.currentWidget() is page.list_tab
    tab = page.list_tab
    assert tab.expiring.value() == "30"
    assert tab.status.value() is None
    assert column(tab.model, CertsModel.NUMBER) == ["00124Q20001R0M", "XK13-014-00001"]
    page.tabs.setCurrentWidget(page.expiry_tab)
    double_click(qtbot, view, model.index(3, ExpiryModel.LAPSED))
    assert tab.township.value() is None
    assert tab.status.value() == "expired"
    assert column(tab.model, CertsModel.NUMBER) == ["2021010101123456"]


def test_the_reminder_pdf_is_written_with_its_font(qtbot, page, prompts, firms, tmp_path, no_viewer):
    add_cert(page.window(), firms["青溪县星河00食品有限公司"], 20, number="00124Q20001R0M")
    page.refresh()
    tab = page.expiry_tab
    page.tabs.setCurrentWidget(tab)
    out = tmp_path / "提醒单.pdf"
    asked = []
    tab.ask_pdf_path = lambda suggested: asked.append(suggested) or out

    def choose(dialog: ReminderDialog) -> None:
        assert dialog.township.currentText() == "全部乡镇（每个乡镇另起一页）"
        dialog.horizon.set_value("30")
        prompts.click_ok(dialog)

    prompts.on_dialog(choose)
    prompts.answers = [True]  # open it
    page.window().activateWindow()
    qtbot.keyClick(tab.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.task is not None and not tab.task.running, timeout=5000)
    assert asked == [f"认证许可到期提醒单-全县-{TODAY.isoformat()}.pdf"]
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data
    assert (tab.written.townships, tab.written.certificates) == (1, 1)
    assert no_viewer == [out.absolute()]


def test_nothing_to_remind_is_said_plainly(qtbot, page, prompts, tmp_path):
    tab = page.expiry_tab
    page.tabs.setCurrentWidget(tab)
    tab.ask_pdf_path = lambda suggested: tmp_path / "x.pdf"
    prompts.on_dialog(lambda dialog: prompts.click_ok(dialog))
    click(qtbot, tab.print_button)
    qtbot.waitUntil(lambda: tab.task is not None and not tab.task.running, timeout=5000)
    assert prompts.warnings == ["全县没有已过期或 90 日内到期的证书，不用打印提醒单。"]
    assert not (tmp_path / "x.pdf").exists()


def test_ledger_export_keeps_the_filters(qtbot, page, firms, tmp_path):
    from openpyxl import load_workbook

    window = page.window()
    add_cert(window, firms["青溪县星河00食品有限公司"], 20, number="00124Q20001R0M")
    add_cert(window, firms["青溪县星河01食品有限公司"], 500, "ccc", "2021010101123456")
    page.refresh()
    tab = page.list_tab
    tab.kind.set_value("ccc")
    out = tmp_path / "台账.xlsx"
    page.ask_export_path = lambda: out
    page.window().activateWindow()
    qtbot.keyClick(tab.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=5000)
    assert page.exported == (out, 1)
    sheet = load_workbook(out).worksheets[0]
    numbers = [row[5] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert numbers == ["2021010101123456"]


def test_the_context_menu_offers_the_row_actions(page, firms):
    add_cert(page.window(), firms["青溪县星河00食品有限公司"], 20, number="00124Q20001R0M")
    page.refresh()
    tab = page.list_tab
    names = [a.text() for a in tab.view.actions()]
    assert names == ["编辑…", "删除", "奖励资金…"]
    tab.view.selectRow(0)
    assert tab.menu_actions["edit_cert"].isEnabled()
    assert not tab.menu_actions["payment"].isEnabled()  # not marked for a reward


def test_models_pass_the_model_tester(qtmodeltester, page, firms):
    window = page.window()
    add_cert(window, firms["青溪县星河00食品有限公司"], 20, number="00124Q20001R0M", reward_eligible=True)
    add_cert(window, firms["青溪县星河01食品有限公司"], -5, "ccc", "2021010101123456")
    page.refresh()
    page.tabs.setCurrentWidget(page.expiry_tab)
    assert page.list_tab.model.rowCount() == 2
    qtmodeltester.check(page.list_tab.model)
    qtmodeltester.check(page.expiry_tab.model)
