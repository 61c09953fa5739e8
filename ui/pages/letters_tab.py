"""责任书: the year's letters, one per township and member unit, made at once from the year's templates (生成责任书,
编辑模板), adjusted one by one (编辑), signed with the scan attached (签订… locks the letter; 解除锁定… needs a reason),
printed as PDF in the official document layout one at a time with a preview, or all at once (批量打印…)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR
from ui.models.base import ListTableModel
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.usage import record_use
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.letters import LetterRow
    from ui.pages.letters import LettersPage

HINT_STYLE = "color: #5f6b76;"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
MUTED = QColor("#80868b")
GREEN = QColor("#2e7d32")
KINDS = ("township", "member_unit")
WIDTHS = (160, 80, 280, 56, 60, 96, 44, 80, 64)
PREVIEW_FOLDER = "qsupervise-letters"


_LOCK: list[QIcon] = []


def lock_icon() -> QIcon:
    """A padlock drawn once (an emoji 🔒 shows as a box where no colour-emoji font is installed)."""
    if not _LOCK:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#8a5a00"), 3.2))
        painter.drawArc(9, 3, 14, 16, 0, 180 * 16)  # the shackle
        painter.drawLine(9, 11, 9, 15)
        painter.drawLine(23, 11, 23, 15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#8a5a00"))
        painter.drawRoundedRect(5, 14, 22, 16, 3, 3)  # the body
        painter.end()
        _LOCK.append(QIcon(pixmap))
    return _LOCK[0]


def safe_name(text: str) -> str:
    return "".join(c for c in text if c not in '\\/:*?"<>|').strip() or "letter"


class LettersModel(ListTableModel["LetterRow"]):
    UNIT, KIND, TITLE, TARGETS, POINTS, SIGNED, LOCKED, STAGE, SCAN = range(9)

    def headers(self) -> Sequence[str]:
        return [self.tr("单位"), self.tr("类别"), self.tr("标题"), self.tr("目标"), self.tr("分值"),
                self.tr("签订日期"), self.tr("锁定"), self.tr("阶段"), self.tr("扫描件")]

    def kind_label(self, kind: str) -> str:
        return {"township": self.tr("乡镇"), "member_unit": self.tr("成员单位")}.get(kind, kind)

    def stage_label(self, row: LetterRow) -> str:
        if row.stage == "open":
            return self.tr("已签订") if row.locked else self.tr("待签订")
        return {"self_assessed": self.tr("已自评"), "verified": self.tr("已核查"),
                "published": self.tr("已通报")}.get(row.stage, row.stage)

    def cell(self, row: LetterRow, column: int, role: int) -> Any:
        from ui.pages.letter_metrics_tab import number_text

        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.UNIT: row.unit,
                self.KIND: self.kind_label(row.kind),
                self.TITLE: row.title,
                self.TARGETS: str(row.targets),
                self.POINTS: number_text(row.points),
                self.SIGNED: row.signed_on or "—",
                self.LOCKED: "",
                self.STAGE: self.stage_label(row),
                self.SCAN: self.tr("有") if row.has_scan else "—",
            }.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.LOCKED and row.locked:
            return lock_icon()
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.LOCKED:
            return self.tr("已锁定") if row.locked else self.tr("未锁定")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.TARGETS, self.POINTS):
                return RIGHT
            if column in (self.LOCKED, self.SCAN):
                return CENTER
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STAGE and row.locked:
                return GREEN
            if column in (self.SIGNED, self.SCAN) and not (row.signed_on if column == self.SIGNED else row.has_scan):
                return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return row.title
            if column == self.LOCKED and row.locked:
                return self.tr("已签订锁定：不能修改，除非解除锁定")
        return None


class LettersTab(QWidget):
    def __init__(self, page: LettersPage) -> None:
        super().__init__()
        self.setObjectName("letters_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None
        self.printed: Path | None = None  # the last PDF written (tests look at it)
        self.last_print: Any = None  # PrintResult of the last batch

        self.kind = ChoiceCombo("letter_kind")
        self.kind.currentIndexChanged.connect(self.on_filter_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("letter_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.kind)
        bar.addSpacing(12)
        self.template_button = QToolButton()
        self.template_button.setObjectName("btn_edit_template")
        self.template_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.template_button.clicked.connect(lambda: self.edit_template("township"))
        self.template_menu = QMenu(self.template_button)
        self.template_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = self.template_menu.addAction("")
            action.setObjectName(f"action_template_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.edit_template(k))
            self.template_actions[kind] = action
        self.template_button.setMenu(self.template_menu)
        for key, slot in (
            ("create_letters", self.create_letters),
            ("edit_letter", self.edit_letter),
            ("sign_letter", self.sign_letter),
            ("unlock_letter", self.unlock_letter),
            ("delete_letter", self.delete_letter),
            ("print_letter", self.print_letter),
            ("print_all", self.print_all),
            ("view_scan", self.view_scan),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            self.buttons[key] = button
            bar.addWidget(button)
            if key == "create_letters":
                bar.addWidget(self.template_button)
                bar.addSpacing(12)
            elif key in ("delete_letter", "print_all"):
                bar.addSpacing(12)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.model = LettersModel(self)
        self.view = dense_table("letter_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(LettersModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.edit_letter)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.view, "letters_empty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.update_buttons()

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from qsupervise.services import letters

        if self.db.store is None:
            self.model.set_rows([])
            self.show_count()
            self.update_buttons()
            return
        keep = self._keep or self.current_id()
        self._keep = None
        with self.db.read() as s:
            rows = letters.letters(s, self.page.year(), kind=self.kind.value())
        self.model.set_rows(rows)
        self.show_count()
        position = next((n for n, r in enumerate(rows) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self.update_buttons()

    def on_filter_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_count(self) -> None:
        rows = self.model.rows
        signed = sum(1 for r in rows if r.locked)
        self.count_label.setText(self.tr("共 {0} 份，已签订 {1} 份").format(len(rows), signed))
        year = self.page.year()
        if self.db.store is None:
            text = self.tr("未打开数据库。")
        elif rows:
            text = ""
        elif self.kind.value():
            text = self.tr("{0} 年这一类单位还没有责任书。").format(year)
        else:
            text = self.tr("{0} 年还没有责任书。点“生成责任书…”按模板为各乡镇和成员单位各生成一份；"
                           "生成前可先用“编辑模板”调整目标和分值。").format(year)
        self.empty.show_text(text)

    def current(self) -> LetterRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def select_id(self, letter_id: str) -> None:
        """Select a letter of the list (tests and the assessment tab use it)."""
        position = next((n for n, r in enumerate(self.model.rows) if r.id == letter_id), None)
        if position is not None:
            self.view.selectRow(position)

    def update_buttons(self) -> None:
        have = self.db.store is not None
        row = self.current() if have else None
        write = have and can_write(self.db, "responsibility_letter")  # the county's; a clerk only self-assesses
        self.buttons["create_letters"].setEnabled(write)
        self.template_button.setEnabled(write)
        self.buttons["edit_letter"].setEnabled(write and row is not None)
        self.buttons["print_letter"].setEnabled(row is not None)
        self.buttons["sign_letter"].setEnabled(write and row is not None and not row.locked)
        self.buttons["unlock_letter"].setEnabled(write and row is not None and row.locked)
        self.buttons["delete_letter"].setEnabled(write and row is not None and not row.locked)
        self.buttons["view_scan"].setEnabled(row is not None and row.has_scan)
        self.buttons["print_all"].setEnabled(have and bool(self.model.rows))

    # -- letters ---------------------------------------------------------------------------------

    def create_letters(self) -> None:
        from ui.dialogs.letter_sign import CreateDialog

        if self.db.store is None:
            return
        dialog = CreateDialog(self.db, self.page.year(), parent=self)
        if modal.exec_dialog(dialog):
            text = self.tr("已生成 {0} 份责任书。").format(len(dialog.created))
            if dialog.skipped:
                names = "、".join(dialog.skipped[:12]) + ("…" if len(dialog.skipped) > 12 else "")
                text += self.tr("{0} 个单位已有责任书，未重复生成：{1}。").format(len(dialog.skipped), names)
            self.page.message.emit(text)
            modal.inform(self, text)
        dialog.deleteLater()

    def edit_template(self, kind: str) -> None:
        from ui.dialogs.letter_form import LetterForm

        if self.db.store is None:
            return
        form = LetterForm(self.db, year=self.page.year(), template_kind=kind, parent=self)
        if modal.exec_dialog(form):
            self.page.message.emit(self.tr("已保存 {0} 年度{1}责任书模板。").format(
                self.page.year(), self.model.kind_label(kind)))
        form.deleteLater()

    def edit_letter(self) -> None:
        from ui.dialogs.letter_form import LetterForm

        row = self.current()
        if row is None or not self.buttons["edit_letter"].isEnabled():  # a double click of a reader
            return
        form = LetterForm(self.db, letter_id=row.id, parent=self)
        if modal.exec_dialog(form) and not form.read_only:
            self._keep = row.id
            self.page.message.emit(self.tr("已保存“{0}”的责任书。").format(row.unit))
        form.deleteLater()

    def sign_letter(self) -> None:
        from ui.dialogs.letter_sign import SignDialog

        row = self.current()
        if row is None or row.locked or self.db.store is None:
            return
        dialog = SignDialog(self.db, row.id, row.unit, parent=self)
        if modal.exec_dialog(dialog):
            self._keep = row.id
            self.page.message.emit(self.tr("“{0}”的责任书已签订并锁定。").format(row.unit))
        dialog.deleteLater()

    def unlock_letter(self) -> None:
        from qsupervise.services import letters
        from ui.dialogs.award_reason import ReasonDialog

        row = self.current()
        if row is None or not row.locked or self.db.store is None:
            return
        dialog = ReasonDialog(
            self.tr("解除锁定"),
            self.tr("解除“{0}”责任书的锁定？解除后可以修改，理由记入审计日志；改好后请重新签订。").format(row.unit),
            parent=self, placeholder=self.tr("写明理由，例如签订后发现目标值有误、经会议研究调整"))

        def apply() -> object:
            with self.db.session() as s:
                return letters.unlock(s, row.id, reason=dialog.reason(), actor=ACTOR)

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            self._keep = row.id
            self.page.message.emit(self.tr("已解除“{0}”责任书的锁定。").format(row.unit))
        dialog.deleteLater()

    def delete_letter(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import letters

        row = self.current()
        if row is None or row.locked or self.db.store is None:
            return
        if not modal.confirm(self, self.tr("删除“{0}”的 {1} 年度责任书？可以再用“生成责任书”按模板重新生成。")
                             .format(row.unit, row.year)):
            return
        try:
            with self.db.session() as s:
                letters.delete_letter(s, row.id, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.page.message.emit(self.tr("已删除“{0}”的责任书。").format(row.unit))

    # -- print and scans --------------------------------------------------------------------------

    def print_letter(self) -> None:
        """One letter as a PDF in a temporary folder, shown in the preview."""
        from ui.workers import run_task

        row = self.current()
        store = self.db.store
        if row is None or store is None:
            return
        folder = Path(tempfile.gettempdir()) / PREVIEW_FOLDER
        dest = folder / safe_name(self.tr("{0}年度责任书-{1}.pdf").format(row.year, row.unit))
        title = self.tr("打印预览 — {0}").format(row.unit)

        def job(*, progress: Any, cancel: Any) -> Path:
            from qsupervise.documents.letter_pdf import write_letter
            from qsupervise.services import letters

            folder.mkdir(parents=True, exist_ok=True)
            with store.read() as s:
                doc = letters.letter_doc(s, row.id)
            return write_letter(doc, dest, lang="zh")

        def done(path: Path) -> None:
            from ui.dialogs import pdf_preview

            self.printed = path
            record_use(self, self.db, "print.letters", path, {"letters": 1, "unit": row.unit, "preview": True})
            if not pdf_preview.show_pdf(self, path, title):
                modal.warn(self, self.tr("没有可以打开 PDF 的程序。文件已保存在：{0}").format(path))

        self.printed = None
        self.page.task = run_task(self, job, label=self.tr("正在生成“{0}”的责任书…").format(row.unit),
                                  on_success=done, cancellable=False)

    def print_all(self) -> None:
        """Every letter of the year into one PDF or a folder, in the background with progress and cancel."""
        from qsupervise.services import letters
        from ui.dialogs.letter_sign import BatchPrintDialog
        from ui.workers import run_task

        store = self.db.store
        if store is None or not self.model.rows:
            return
        year = self.page.year()
        with self.db.read() as s:
            count = len(letters.letters(s, year))
        dialog = BatchPrintDialog(year, count, parent=self)
        if not modal.exec_dialog(dialog):
            dialog.deleteLater()
            return
        one_file, dest = dialog.one_file.isChecked(), dialog.destination()
        dialog.deleteLater()
        step = self.tr("正在打印第 {0} / {1} 份责任书…")

        def job(*, progress: Any, cancel: Any) -> Any:
            from qsupervise.documents.letter_pdf import write_letters
            from qsupervise.errors import KnownError

            progress(-1.0, "")
            with store.read() as s:
                docs = letters.letter_docs(s, year)
            if one_file:
                dest.parent.mkdir(parents=True, exist_ok=True)
            else:
                dest.mkdir(parents=True, exist_ok=True)
            try:
                return write_letters(docs, dest, one_file=one_file, lang="zh",
                                     progress=lambda done, total: progress(done / total if total else 1.0,
                                                                           step.format(done, total)),
                                     cancelled=cancel.is_set)
            except KnownError as exc:
                if exc.code == "cancelled":
                    return None  # a file is not written; a folder keeps the letters finished before
                raise

        def done(result: Any) -> None:
            self.last_print = result
            if result is None:
                text = self.tr("已取消批量打印。")
                if not one_file:
                    text += self.tr("已写出的文件保留在 {0}。").format(dest)
            else:
                text = self.tr("已打印 {0} 份责任书，共 {1} 页：{2}").format(result.letters, result.pages, dest)
                record_use(self, self.db, "print.letters", dest, {"year": year, "letters": result.letters})
            self.page.message.emit(text)
            modal.inform(self, text)

        self.last_print = None
        self.page.task = run_task(self, job, label=self.tr("正在批量打印 {0} 年度责任书…").format(year),
                                  on_success=done)

    def view_scan(self) -> None:
        from qsupervise.services import attachments, letters
        from ui.dialogs import pdf_preview
        from ui.pages import certification_files

        row = self.current()
        if row is None or not row.has_scan or self.db.store is None:
            return
        with self.db.read() as s:
            scan_id = letters.letter(s, row.id).scan_attachment_id
            if scan_id is None:
                return
            name, mime, _size = attachments.info(s, scan_id)
            data = attachments.read(s, scan_id)
        path = certification_files.scan_copy(name or "scan", data, scan_id)
        if mime == "application/pdf":
            shown = pdf_preview.show_pdf(self, path, self.tr("扫描件 — {0}").format(row.unit))
        else:
            shown = certification_files.open_local_file(path)
        if not shown:
            modal.warn(self, self.tr("没有可以打开这个文件的程序。文件已保存在：{0}").format(path))

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._filling = True
        try:
            self.kind.set_choices(self.tr("全部单位"), [(k, self.model.kind_label(k)) for k in KINDS])
        finally:
            self._filling = False
        texts = {
            "create_letters": (self.tr("生成责任书…"), self.tr("按本年度模板为各乡镇、成员单位生成责任书")),
            "edit_letter": (self.tr("编辑…"), self.tr("修改选中单位的责任书（已签订的只能查看）")),
            "sign_letter": (self.tr("签订…"), self.tr("记录签订日期并附扫描件；签订后锁定")),
            "unlock_letter": (self.tr("解除锁定…"), self.tr("已签订的责任书确需修改时解除锁定（须写明理由）")),
            "delete_letter": (self.tr("删除"), self.tr("删除选中的未签订责任书")),
            "print_letter": (self.tr("打印/预览"), self.tr("生成选中责任书的 PDF 并预览")),
            "print_all": (self.tr("批量打印…"), self.tr("把本年度全部责任书打印为一个 PDF 或一个文件夹")),
            "view_scan": (self.tr("查看扫描件"), self.tr("打开签订后的扫描件")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.template_button.setText(self.tr("编辑模板"))
        self.template_button.setToolTip(self.tr("编辑本年度乡镇（或成员单位）责任书模板，生成责任书时使用"))
        self.template_actions["township"].setText(self.tr("乡镇责任书模板…"))
        self.template_actions["member_unit"].setText(self.tr("成员单位责任书模板…"))
        self.model.retranslate()
        self.show_count()
