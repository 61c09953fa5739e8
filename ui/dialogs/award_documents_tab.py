"""申报材料: the application's document checklist (the programme's required documents, then any the applicant
brought besides), each with its scan once provided: attach a PDF or an image (stored by content hash), open it,
remove it, or add a document not on the list."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR
from ui.dialogs.base import FormDialog
from ui.models.awards import GREEN, MUTED, RED
from ui.pages import certification_files

if TYPE_CHECKING:
    from qsupervise.models import ApplicationDocument
    from ui.dialogs.award_editor import ApplicationEditor, Snapshot

ERROR_COLOUR = "#c62828"
MUTED_COLOUR = "#5f6b76"
SCAN_FILTER = "PDF / 图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;* (*)"


class DocumentsTab(QWidget):
    def __init__(self, editor: ApplicationEditor) -> None:
        super().__init__()
        self.setObjectName("documents_tab")
        self.editor = editor
        self.documents: list[ApplicationDocument] = []
        self.files: dict[str, tuple[str, str, int]] = {}
        self.final = False

        self.summary = QLabel()
        self.summary.setObjectName("documents_summary")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("documents_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 60)
        header.resizeSection(2, 260)
        header.resizeSection(3, 160)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_or_attach())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, slot in (("attach_document", self.attach), ("open_document", self.open),
                          ("detach_document", self.detach), ("add_document", self.add_other)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, run=slot: run())
            row.addWidget(button)
            self.buttons[key] = button
        self.problem = QLabel()
        self.problem.setObjectName("documents_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        row.addWidget(self.problem, 1)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("材料名称"), self.tr("类型"), self.tr("文件"), self.tr("备注")])
        texts = {
            "attach_document": (self.tr("添加文件…"), self.tr("为选中的材料选择 PDF 或图片（扫描件）")),
            "open_document": (self.tr("打开"), self.tr("用本机的程序打开选中材料的文件")),
            "detach_document": (self.tr("移除文件"), self.tr("移除选中材料的文件（材料仍在清单上）")),
            "add_document": (self.tr("添加其他材料…"), self.tr("清单之外企业另行提供的材料")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)

    def show_snapshot(self, snap: Snapshot) -> None:
        keep = self.selected()
        self.documents = list(snap.documents)
        self.files = dict(snap.files)
        self.final = snap.final
        self.table.setRowCount(len(self.documents))
        for row, doc in enumerate(self.documents):
            info = self.files.get(doc.attachment_id or "")
            if info is not None:
                name, _mime, size = info
                given = f"{name}　{certification_files.size_text(size)}"
            else:
                given = self.tr("未提交")
            cells = (doc.name, self.tr("必需") if doc.required else self.tr("补充"), given, doc.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setForeground(GREEN if info is not None else RED if doc.required else MUTED)
                    item.setToolTip(text)
                if column == 0:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        required = [d for d in self.documents if d.required]
        missing = sum(1 for d in required if not d.attachment_id)
        if not self.documents:
            self.summary.setText(self.tr("本项目未列申报材料。可用“添加其他材料”登记企业提供的材料。"))
            self.summary.setStyleSheet(f"color: {MUTED_COLOUR};")
        else:
            self.summary.setText(self.tr("必需材料 {0} 项，已提交 {1} 项，未提交 {2} 项；补充材料 {3} 项。").format(
                len(required), len(required) - missing, missing, len(self.documents) - len(required)))
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};" if missing else "")
        if keep is not None:
            self.select(keep.name)
        self.update_buttons()

    def selected(self) -> ApplicationDocument | None:
        rows = self.table.selectionModel().selectedRows()
        return self.documents[rows[0].row()] if rows and rows[0].row() < len(self.documents) else None

    def select(self, name: str) -> None:
        for row, doc in enumerate(self.documents):
            if doc.name == name:
                self.table.selectRow(row)
                return

    def update_buttons(self) -> None:
        doc = self.selected()
        self.buttons["attach_document"].setEnabled(doc is not None and not self.final)
        self.buttons["open_document"].setEnabled(doc is not None and doc.attachment_id is not None)
        self.buttons["detach_document"].setEnabled(doc is not None and doc.attachment_id is not None and not self.final)
        self.buttons["add_document"].setEnabled(not self.final)
        if doc is not None:
            self.buttons["attach_document"].setText(self.tr("更换文件…") if doc.attachment_id else self.tr("添加文件…"))

    # -- actions -----------------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        """The file to attach; tests replace this."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择申报材料文件"), certification_files.last_folder(),
                                              SCAN_FILTER)
        if not name:
            return None
        certification_files.remember(Path(name))
        return Path(name)

    def set_file(self, name: str, path: Path | None, *, detach: bool = False) -> bool:
        from qsupervise.errors import KnownError
        from qsupervise.services import awards

        editor = self.editor
        self.problem.setVisible(False)
        try:
            with editor.db.session() as s:
                awards.set_document(s, editor.application_id, name, source=path,
                                    file_name=path.name if path is not None else "", detach=detach, actor=ACTOR)
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            return False
        note = self.tr("已移除“{0}”的文件。").format(name) if detach else self.tr("已添加“{0}”的文件。").format(name)
        editor.after_save(note)
        self.select(name)
        return True

    def attach(self) -> None:
        doc = self.selected()
        if doc is None or self.final:
            return
        path = self.ask_path()
        if path is not None:
            self.set_file(doc.name, path)

    def detach(self) -> None:
        doc = self.selected()
        if doc is None or doc.attachment_id is None or self.final:
            return
        if modal.confirm(self, self.tr("移除“{0}”的文件？材料仍留在清单上，可重新添加。").format(doc.name)):
            self.set_file(doc.name, None, detach=True)

    def open_or_attach(self) -> None:
        doc = self.selected()
        if doc is not None and doc.attachment_id is not None:
            self.open()
        else:
            self.attach()

    def open(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import attachments

        doc = self.selected()
        if doc is None or doc.attachment_id is None:
            return
        try:
            with self.editor.db.read() as s:
                name, _mime, _size = attachments.info(s, doc.attachment_id)
                data = attachments.read(s, doc.attachment_id)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        path = certification_files.scan_copy(name, data, hashlib.sha256(data).hexdigest())
        if not certification_files.open_local_file(path):
            modal.warn(self, self.tr("没有可以打开“{0}”的程序。文件已复制到 {1}").format(name, path))

    def add_other(self) -> None:
        """A document not on the programme's list: its name, then (optionally) its file."""
        if self.final:
            return
        dialog = FormDialog(self)
        dialog.setWindowTitle(self.tr("添加其他材料"))
        edit = QLineEdit()
        edit.setObjectName("document_name")
        edit.setMaxLength(200)
        dialog.form.addRow(self.tr("材料名称"), edit)
        dialog.ok_button.setText(self.tr("下一步：选择文件…"))
        dialog.cancel_button.setText(self.tr("取消"))
        dialog.setMinimumWidth(420)
        accepted = modal.exec_dialog(dialog)
        name = edit.text().strip()
        dialog.deleteLater()
        if not accepted or not name:
            return
        path = self.ask_path()
        self.set_file(name, path)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
