"""The scan of a certificate in its form: choose a PDF or an image, see its name and size, open it, remove it.

A file chosen here is only read and checked (a PDF or an image, at most the core's size limit); the form
stores it with :meth:`ScanField.store` inside the transaction that saves the certificate, so a cancelled form
leaves nothing in the database. A stored scan is opened from a temporary copy (the database holds the only
real one).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import Database
from ui.pages import certification_files

if TYPE_CHECKING:
    from sqlmodel import Session

ERROR_COLOUR = "#c62828"
HINT_STYLE = "color: #5f6b76;"
SCAN_FILTER = "PDF / 图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;* (*)"


class ScanField(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_field")
        self.db = db
        self.attachment_id: str | None = None  # the stored scan the certificate points at
        self.pending: tuple[str, bytes] | None = None  # a file chosen here, stored on save
        self.label = QLabel()
        self.label.setObjectName("scan_label")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("problem_attachment_id")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons: dict[str, QPushButton] = {}
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.label, 1)
        for key, slot in (("attach", self.choose), ("open_scan", self.open), ("remove_scan", self.remove)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            line.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.problem)
        self.retranslate()
        self.show_info(None)

    def retranslate(self) -> None:
        self.buttons["attach"].setToolTip(self.tr("选择 PDF 或图片（证书扫描件、照片）"))
        self.buttons["open_scan"].setText(self.tr("打开"))
        self.buttons["remove_scan"].setText(self.tr("移除"))

    def load(self, attachment_id: str | None, info: tuple[str, str, int] | None) -> None:
        """The scan a stored certificate has: its id and (name, MIME type, size)."""
        self.attachment_id, self.pending = attachment_id, None
        self.show_info(info)

    # -- choosing and showing ----------------------------------------------------------------

    def ask_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择证书扫描件"), certification_files.last_folder(),
                                              SCAN_FILTER)
        if not name:
            return None
        certification_files.remember(Path(name))
        return Path(name)

    def choose(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import attachments

        path = self.ask_path()
        if path is None:
            return
        lang = i18n.error_lang()
        try:
            size = path.stat().st_size
            if size > attachments.MAX_BYTES:
                raise KnownError("attachment_too_big", file=path.name, size=certification_files.size_text(size),
                                 limit=certification_files.size_text(attachments.MAX_BYTES))
            data = path.read_bytes()
            if not data:
                raise KnownError("attachment_empty", file=path.name)
            mime = attachments.guess_mime(data, path.name)
            if mime not in attachments.ALLOWED:
                raise KnownError("attachment_type", file=path.name)
        except OSError as exc:
            self.show_problem(KnownError("attachment_unreadable", file=path.name, detail=str(exc)).message(lang))
            return
        except KnownError as exc:
            self.show_problem(exc.message(lang))
            return
        self.pending = (path.name, data)
        self.show_info((path.name, mime, len(data)))
        self.changed.emit()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(True)

    def show_info(self, info: tuple[str, str, int] | None) -> None:
        self.problem.setVisible(False)
        has = info is not None
        if info is not None:
            name, _mime, size = info
            note = self.tr("（保存后存入数据库）") if self.pending is not None else ""
            self.label.setText(f"{name}　{certification_files.size_text(size)}{note}")
            self.label.setStyleSheet("")
        else:
            self.label.setText(self.tr("未添加"))
            self.label.setStyleSheet(HINT_STYLE)
        self.buttons["attach"].setText(self.tr("更换…") if has else self.tr("添加…"))
        self.buttons["open_scan"].setEnabled(has)
        self.buttons["remove_scan"].setEnabled(has)

    def remove(self) -> None:
        self.pending = None
        self.attachment_id = None
        self.show_info(None)
        self.changed.emit()

    def open(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import attachments

        if self.pending is not None:
            name, data = self.pending
        elif self.attachment_id is not None:
            try:
                with self.db.read() as s:
                    name, _mime, _size = attachments.info(s, self.attachment_id)
                    data = attachments.read(s, self.attachment_id)
            except KnownError as exc:
                modal.warn(self, exc.message(i18n.error_lang()))
                return
        else:
            return
        path = certification_files.scan_copy(name, data, hashlib.sha256(data).hexdigest())
        if not certification_files.open_local_file(path):
            modal.warn(self, self.tr("没有可以打开“{0}”的程序。文件已复制到 {1}").format(name, path))

    # -- saving --------------------------------------------------------------------------------

    def store(self, session: Session) -> str | None:
        """The attachment id to save with the certificate: a chosen file stored now (by content hash), or the one
        it had (None: no scan)."""
        from qsupervise.services import attachments

        if self.pending is not None:
            return attachments.store(session, self.pending[1], self.pending[0]).id
        return self.attachment_id
