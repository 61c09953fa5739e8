"""责任书与考核 — the 责任书 and 指标库 tabs through the real page and dialogs: letters created for a year from the
templates, a target edited in the editor, signing (the editor turns read-only) and unlocking with a reason, a metric
added, a batch print into a folder in the worker, and the print preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLabel, QLineEdit, QPushButton

from ui.dialogs import pdf_preview
from ui.dialogs.award_reason import ReasonDialog
from ui.dialogs.letter_form import LetterForm, TargetsGrid
from ui.dialogs.letter_metric_form import MetricForm
from ui.dialogs.letter_sign import BatchPrintDialog, CreateDialog, SignDialog
from ui.main_window import PAGE_KEYS
from ui.pages import certification_files
from ui.pages.letters_tab import LettersModel

PAGE = PAGE_KEYS.index("letters")
YEAR = date.today().year
# a 1×1 PNG: the scan of a signed letter
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360"
                    "0000000200015e2f6a3a0000000049454e44ae426082")


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box or radio button on its indicator (its centre may be empty space in a wide row)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.fixture
def page(window):
    window.nav.setCurrentRow(PAGE)
    found = window.pages[PAGE]
    assert found.objectName() == "page_letters"
    return found


@pytest.fixture
def tab(page):
    return page.letters_tab


def create(qtbot, tab, prompts, kinds=("township", "member_unit")) -> dict:
    seen = {}

    def fill(dialog: CreateDialog) -> None:
        seen["boxes"] = {k: (b.text(), b.isChecked()) for k, b in dialog.boxes.items()}
        for kind, box in dialog.boxes.items():
            if box.isChecked() != (kind in kinds):
                tick(qtbot, box)
        prompts.click_ok(dialog)

    prompts.on_dialog(fill)
    click(qtbot, tab.buttons["create_letters"])
    return seen


def select(qtbot, tab, unit: str) -> None:
    row = column(tab.model, LettersModel.UNIT).index(unit)
    rect = tab.view.visualRect(tab.model.index(row, LettersModel.UNIT))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.current().unit == unit


def stored_targets(window, unit: str):
    from qsupervise.services import letters

    with window.db.read() as s:
        row = next(r for r in letters.letters(s, YEAR) if r.unit == unit)
        return letters.letter(s, row.id), letters.targets(s, row.id)


def test_the_page_has_three_tabs_and_a_remembered_year(qtbot, page, tab):
    assert page.title_label.text() == "责任书与考核"
    assert [page.tabs.tabText(i) for i in range(3)] == ["责任书", "指标库", "考核"]
    combo = page.year_combo
    assert combo.objectName() == "letters_year"
    assert page.year() == YEAR
    assert combo.currentText() == f"{YEAR} 年"
    assert {YEAR, YEAR + 1} <= {combo.itemData(i) for i in range(combo.count())}
    assert tab.empty.text().startswith(f"{YEAR} 年还没有责任书。点“生成责任书…”")
    assert not tab.buttons["edit_letter"].isEnabled()
    assert not tab.buttons["print_all"].isEnabled()
    with qtbot.waitSignal(page.year_changed) as changed:
        combo.setCurrentIndex(combo.findData(YEAR + 1))
    assert changed.args == [YEAR + 1]
    assert page.year() == YEAR + 1
    assert int(QSettings().value("letters/year")) == YEAR + 1
    assert tab.empty.text().startswith(f"{YEAR + 1} 年还没有责任书")


def test_letters_are_created_for_townships_and_member_units(qtbot, window, tab, prompts):
    seen = create(qtbot, tab, prompts)
    assert seen["boxes"]["township"] == ("乡镇（3 个单位，已有责任书 0 份）", True)
    assert seen["boxes"]["member_unit"][1] is True
    assert prompts.infos[-1] == "已生成 4 份责任书。"
    assert column(tab.model, LettersModel.UNIT) == ["城关镇", "东乡镇", "西乡镇", "县市场监管局"]
    assert column(tab.model, LettersModel.KIND) == ["乡镇", "乡镇", "乡镇", "成员单位"]
    assert column(tab.model, LettersModel.TITLE)[0] == f"{YEAR}年度质量工作目标责任书"
    assert column(tab.model, LettersModel.TARGETS)[:3] == ["12", "12", "12"]
    assert column(tab.model, LettersModel.POINTS)[0] == "100"
    assert column(tab.model, LettersModel.STAGE)[0] == "待签订"
    assert tab.count_label.text() == "共 4 份，已签订 0 份"
    assert tab.page.year_combo.findData(YEAR) >= 0

    create(qtbot, tab, prompts, kinds=("township",))  # again: every township has one
    assert prompts.infos[-1].startswith("已生成 0 份责任书。3 个单位已有责任书，未重复生成：城关镇、东乡镇、西乡镇")
    assert tab.model.rowCount() == 4


def test_a_target_is_edited_in_the_letter_editor(qtbot, window, tab, prompts):
    create(qtbot, tab, prompts, kinds=("township",))
    select(qtbot, tab, "东乡镇")
    seen = {}

    def edit(dialog: LetterForm) -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # for Ctrl+S
        grid = dialog.grid
        seen["start"] = (dialog.windowTitle(), grid.rowCount(), dialog.total.text(), dialog.ok_button.isVisible())
        assert dialog.edits["party_b"].text() == "东乡镇"
        target = grid.cellWidget(0, TargetsGrid.TARGET)
        target.clear()
        prompts.type_text(target, "x")  # not a number: refused inline, the dialog stays
        prompts.click_ok(dialog)
        seen["problem"] = dialog.problem.text()
        assert dialog.isVisible()
        target.clear()
        prompts.type_text(target, "95")
        weight = grid.cellWidget(0, TargetsGrid.WEIGHT)
        weight.selectAll()
        prompts.type_text(weight.lineEdit(), "25")
        seen["live"] = dialog.total.text()
        qtbot.mouseClick(grid.cellWidget(1, TargetsGrid.TASK), Qt.MouseButton.LeftButton)
        assert grid.currentRow() == 1
        click(qtbot, dialog.row_buttons["target_down"])  # the 2nd target becomes the 3rd
        assert grid.currentRow() == 2
        click(qtbot, dialog.row_buttons["add_target"])  # a new row after it
        assert grid.rowCount() == 13
        assert grid.currentRow() == 3
        metric = grid.cellWidget(3, TargetsGrid.METRIC)
        metric.setCurrentIndex(metric.findText("质量月等宣传活动（项）"))
        assert grid.cellWidget(3, TargetsGrid.TARGET).placeholderText() == "完成"
        prompts.type_text(grid.cellWidget(3, TargetsGrid.TASK), "开展质量提升专项行动")
        prompts.type_text(grid.cellWidget(3, TargetsGrid.DEADLINE), f"{YEAR}/6/30")
        seen["added"] = dialog.total.text()
        click(qtbot, dialog.row_buttons["target_up"])
        prompts.type_into(dialog, "party_b_person", "乡长 李四")
        qtbot.keyClick(dialog.edits["party_b_person"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saves

    prompts.on_dialog(edit)
    window.activateWindow()  # the dialog opened from an active window is active: Ctrl+S reaches it
    qtbot.waitActive(window)
    click(qtbot, tab.buttons["edit_letter"])
    assert seen["start"] == (f"{YEAR} 年度责任书 — 东乡镇", 12, "共 12 项目标，合计 100 分", True)
    assert seen["problem"] == "第 1 项目标的目标值“x”不是数字。"
    assert seen["live"] == "共 12 项目标，合计 105 分"
    assert seen["added"] == "共 13 项目标，合计 110 分"
    row, targets = stored_targets(window, "东乡镇")
    assert row.party_b_person == "乡长 李四"
    assert (targets[0].target, targets[0].weight) == (95, 25)
    assert targets[1].task == "培育绿色、有机等农产品认证"
    assert targets[2].task == "开展质量提升专项行动"
    assert targets[2].deadline == f"{YEAR}-06-30"
    assert targets[3].task == "引导企业导入先进质量管理体系并通过认证"
    assert len(targets) == 13
    assert column(tab.model, LettersModel.POINTS)[1] == "110"
    _, others = stored_targets(window, "城关镇")
    assert others[0].target == 90  # only this letter changed


def test_signing_locks_the_letter_and_unlocking_needs_a_reason(qtbot, window, tab, prompts, tmp_path, monkeypatch):
    create(qtbot, tab, prompts, kinds=("township",))
    select(qtbot, tab, "城关镇")
    scan = tmp_path / "城关镇-签订.png"
    scan.write_bytes(PNG)

    def sign(dialog: SignDialog) -> None:
        monkeypatch.setattr(dialog, "ask_scan_path", lambda: scan)
        click(qtbot, dialog.browse)
        assert dialog.scan.text() == str(scan)
        prompts.type_into(dialog, "signed_on", f"{YEAR}-02-15")
        prompts.click_ok(dialog)

    prompts.on_dialog(sign)
    click(qtbot, tab.buttons["sign_letter"])
    assert tab.current().locked
    assert tab.current().has_scan
    locked = tab.model.index(0, LettersModel.LOCKED)
    assert locked.data(Qt.ItemDataRole.DecorationRole) is not None
    assert locked.data(Qt.ItemDataRole.AccessibleTextRole) == "已锁定"
    assert tab.model.index(0, LettersModel.SIGNED).data() == f"{YEAR}-02-15"
    assert tab.model.index(0, LettersModel.STAGE).data() == "已签订"
    assert not tab.buttons["sign_letter"].isEnabled()
    assert not tab.buttons["delete_letter"].isEnabled()

    opened = []
    monkeypatch.setattr(certification_files, "open_local_file", lambda path: opened.append(path) or True)
    click(qtbot, tab.buttons["view_scan"])
    assert opened[0].read_bytes() == PNG

    seen = {}

    def look(dialog: LetterForm) -> None:
        seen["note"] = dialog.note.text()
        metric = dialog.grid.cellWidget(0, TargetsGrid.METRIC)
        seen["state"] = (dialog.read_only, dialog.ok_button.isVisible(), dialog.cancel_button.text(),
                         dialog.edits["title"].isReadOnly(), metric.focusPolicy() == Qt.FocusPolicy.NoFocus,
                         dialog.grid.cellWidget(0, TargetsGrid.TARGET).isReadOnly(),
                         dialog.row_buttons["add_target"].isEnabled())
        click(qtbot, dialog.cancel_button)

    prompts.on_dialog(look)
    click(qtbot, tab.buttons["edit_letter"])
    assert seen["note"].startswith(f"本责任书已于 {YEAR}-02-15 签订并锁定，只能查看")
    assert seen["state"] == (True, False, "关闭", True, True, True, False)

    def unlock(dialog: ReasonDialog) -> None:
        assert "城关镇" in dialog.question.text()
        assert not dialog.ok_button.isEnabled()  # a reason is required
        prompts.type_text(dialog.edit, "签订后发现目标值有误")
        prompts.click_ok(dialog)

    prompts.on_dialog(unlock)
    click(qtbot, tab.buttons["unlock_letter"])
    assert not tab.current().locked
    assert tab.buttons["edit_letter"].isEnabled()
    assert tab.buttons["sign_letter"].isEnabled()
    from sqlmodel import select as sm_select

    from qsupervise.models.system import AuditEntry

    with window.db.read() as s:
        reasons = [a.detail for a in s.exec(sm_select(AuditEntry).where(AuditEntry.action == "letters.unlock")).all()]
    assert len(reasons) == 1
    assert "签订后发现目标值有误" in reasons[0]

    prompts.answers.append(True)
    click(qtbot, tab.buttons["delete_letter"])
    assert "删除“城关镇”的" in prompts.questions[-1]
    assert column(tab.model, LettersModel.UNIT) == ["东乡镇", "西乡镇"]


def test_the_template_editor_changes_the_letters_made_from_it(qtbot, window, tab, prompts):
    seen = {}

    def edit(dialog: LetterForm) -> None:
        seen["title"] = dialog.windowTitle()
        seen["note"] = dialog.note.text()
        title = dialog.findChild(QLineEdit, "title")
        title.clear()
        prompts.type_text(title, "质量强县工作目标责任书")
        grid = dialog.grid
        grid.selectRow(grid.rowCount() - 1)
        click(qtbot, dialog.row_buttons["remove_target"])
        seen["total"] = dialog.total.text()
        prompts.click_ok(dialog)

    prompts.on_dialog(edit)
    click(qtbot, tab.template_button)  # the button itself: the townships' template
    assert seen["title"] == f"编辑 {YEAR} 年度乡镇责任书模板"
    assert "{乙方}" in seen["note"]
    assert seen["total"] == "共 11 项目标，合计 95 分"
    create(qtbot, tab, prompts, kinds=("township",))
    assert set(column(tab.model, LettersModel.TITLE)) == {"质量强县工作目标责任书"}
    assert set(column(tab.model, LettersModel.POINTS)) == {"95"}


def test_a_metric_is_added_to_the_catalogue(qtbot, page, prompts):
    tab = page.metrics_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.empty.text().startswith("指标库是空的")
    assert tab.buttons["default_metrics"].isEnabled()
    click(qtbot, tab.buttons["default_metrics"])
    assert tab.model.rowCount() == 12
    assert not tab.buttons["default_metrics"].isEnabled()
    sources = column(tab.model, 3)
    assert "监督抽查合格率" in sources
    assert "手工填报" in sources
    seen = {}

    def fill(dialog: MetricForm) -> None:
        prompts.type_into(dialog, "code", "pass_rate")  # taken: refused inline
        prompts.type_into(dialog, "name", "新增 ISO 22000 等认证")
        dialog.source.setCurrentIndex(dialog.source.findData("certifications_new"))
        assert dialog.cert_box.isVisibleTo(dialog)
        assert not dialog.brand_box.isVisibleTo(dialog)
        assert dialog.unit.text() == "个"
        for code in ("iso9001", "sc"):
            tick(qtbot, dialog.cert_kinds[code])
        bonus = dialog.findChild(QDoubleSpinBox, "bonus_per_unit")
        bonus.selectAll()
        prompts.type_text(bonus.lineEdit(), "1")
        seen["rule"] = dialog.explain.text()
        dialog.rule.setCurrentIndex(dialog.rule.findData("threshold"))
        seen["threshold"] = dialog.explain.text()
        prompts.click_ok(dialog)
        seen["problem"] = dialog.problem.text()
        assert dialog.isVisible()
        prompts.type_into(dialog, "code", "cert_new_food")
        prompts.click_ok(dialog)

    prompts.on_dialog(fill)
    click(qtbot, tab.buttons["new_metric"])
    assert seen["problem"] == "指标代码“pass_rate”已被另一个指标使用。"
    assert seen["rule"] == "达到目标值得满分，未达到按实际值占目标值的比例得分；每超过目标 1个加 1 分，不封顶。"
    assert seen["threshold"].startswith("达到目标值得满分，否则不得分；")
    row = tab.current()
    assert (row.code, row.source, row.rule, row.bonus_per_unit) == ("cert_new_food", "certifications_new",
                                                                    "threshold", 1)
    assert tab.model.index(tab.model.rows.index(row), 4).data() == "ISO 9001 质量管理体系认证、食品生产许可（SC）"

    prompts.answers.append(True)
    click(qtbot, tab.buttons["delete_metric"])
    assert "cert_new_food" not in column(tab.model, 0)


def test_all_letters_print_into_a_folder_in_the_background(qtbot, window, tab, prompts, tmp_path):
    create(qtbot, tab, prompts)
    out = tmp_path / "打印"

    def choose(dialog: BatchPrintDialog) -> None:
        assert any("共 4 份责任书" in label.text() for label in dialog.findChildren(QLabel))
        tick(qtbot, dialog.folder)
        assert not dialog.path.text().endswith(".pdf")
        prompts.type_into(dialog, "batch_path", str(out))
        prompts.click_ok(dialog)

    prompts.on_dialog(choose)
    click(qtbot, tab.buttons["print_all"])
    page = tab.page
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=60000)
    result = tab.last_print
    assert result is not None
    assert result.letters == 4
    files = sorted(out.glob("*.pdf"))
    assert len(files) == 4
    assert all(p.read_bytes().startswith(b"%PDF") for p in files)
    assert prompts.infos[-1].startswith(f"已打印 4 份责任书，共 {result.pages} 页：")


def test_all_letters_print_into_one_file(qtbot, window, tab, prompts, tmp_path):
    create(qtbot, tab, prompts, kinds=("member_unit",))
    out = tmp_path / "一份"

    def choose(dialog: BatchPrintDialog) -> None:
        assert dialog.one_file.isChecked()
        prompts.type_into(dialog, "batch_path", str(out))
        prompts.click_ok(dialog)

    prompts.on_dialog(choose)
    click(qtbot, tab.buttons["print_all"])
    qtbot.waitUntil(lambda: tab.page.task is not None and not tab.page.task.running, timeout=60000)
    assert tab.last_print.paths == [out.with_name("一份.pdf")]
    assert out.with_name("一份.pdf").read_bytes().startswith(b"%PDF")


def test_one_letter_is_printed_and_previewed(qtbot, window, tab, prompts, monkeypatch):
    create(qtbot, tab, prompts, kinds=("township",))
    select(qtbot, tab, "西乡镇")
    external: list[Path] = []
    monkeypatch.setattr(pdf_preview, "open_external", lambda path: external.append(path) or True)
    seen = {}

    def preview(dialog) -> None:
        seen["dialog"] = (type(dialog).__name__, dialog.windowTitle(), dialog.page_count())
        qtbot.mouseClick(dialog.findChild(QPushButton, "btn_close"), Qt.MouseButton.LeftButton)

    in_app = pdf_preview.pdf_modules() is not None
    if in_app:
        prompts.on_dialog(preview)
    click(qtbot, tab.buttons["print_letter"])
    qtbot.waitUntil(lambda: tab.page.task is not None and not tab.page.task.running, timeout=30000)
    assert tab.printed is not None
    assert tab.printed.read_bytes().startswith(b"%PDF")
    assert "西乡镇" in tab.printed.name
    if in_app:
        assert seen["dialog"][:2] == ("PdfPreview", "打印预览 — 西乡镇")
        assert seen["dialog"][2] >= 1
        assert external == []
    else:  # Qt PDF is not installed (PySide6-Essentials): the system viewer shows it
        assert external == [tab.printed]


def test_a_batch_print_can_be_cancelled(qtbot, window, tab, prompts, tmp_path, monkeypatch):
    import threading

    from qsupervise.services import letters

    create(qtbot, tab, prompts)
    out = tmp_path / "取消.pdf"
    cancelled = threading.Event()
    real = letters.letter_docs

    def held(*args, **kwargs):  # the worker waits until the user has pressed 取消
        assert cancelled.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(letters, "letter_docs", held)

    def choose(dialog: BatchPrintDialog) -> None:
        prompts.type_into(dialog, "batch_path", str(out))
        prompts.click_ok(dialog)

    prompts.on_dialog(choose)
    click(qtbot, tab.buttons["print_all"])
    task = tab.page.task
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)  # the progress shows once it takes a while
    click(qtbot, task.dialog.findChild(QPushButton))
    cancelled.set()
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert tab.last_print is None
    assert prompts.infos[-1] == "已取消批量打印。"
    assert prompts.warnings == []
    assert not out.exists()
