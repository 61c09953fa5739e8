"""登记乡镇站点: choose a township without a station (or type a new one), then where to save its enrolment file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

from ui import modal
from ui.dialogs.base import FormDialog

HINT_STYLE = "color: #5f6b76;"
WARN_STYLE = "color: #c62828;"


class StationEnrollDialog(FormDialog):
    """``free``: the county's active townships without a station; ``enrolled``: those with one (refused here
    before a file is asked for; the core refuses them anyway). OK asks for the file (``ask_path``), then runs
    ``apply`` (add the station and write the file in one transaction)."""

    def __init__(self, free: list[str], enrolled: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station_enroll_dialog")
        self.setWindowTitle(self.tr("登记乡镇站点"))
        self.free = list(free)
        self.enrolled = set(enrolled)
        self.path: Path | None = None
        self.ask_path: Callable[[str], Path | None] | None = None  # set by the caller: the save dialog
        self.intro = QLabel(self.tr(
            "为乡镇生成站点密钥和登记文件（.enroll）。乡镇用这个文件初始化本机数据库，之后双方的同步包才能互认。"))
        self.intro.setWordWrap(True)
        self.township = QComboBox()
        self.township.setObjectName("township")
        self.township.setEditable(True)
        self.township.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.township.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.township.addItems(self.free)
        self.township.setCurrentIndex(-1)
        field = self.township.lineEdit()
        assert field is not None  # an editable combo has one
        field.setMaxLength(100)
        field.setPlaceholderText(
            self.tr("选择乡镇，或输入新乡镇名称") if self.free else self.tr("乡镇都已登记；可输入新乡镇名称"))
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.insertRow(0, self.intro)
        self.form.addRow(self.tr("乡镇"), self.township)
        self.form.addRow("", self.note)
        self.ok_button.setText(self.tr("登记并保存登记文件…"))
        self.township.currentTextChanged.connect(self.update_note)
        self.setMinimumWidth(460)
        self.update_note()

    def name(self) -> str:
        return self.township.currentText().strip()

    def update_note(self) -> None:
        name = self.name()
        taken = name in self.enrolled
        if not name:
            text = self.tr("列表中是尚未登记站点的乡镇。")
        elif taken:
            text = self.tr("“{0}”已登记站点。如该乡镇电脑丢失，请先停用它的站点，再重新登记。").format(name)
        elif name in self.free:
            text = self.tr("将为“{0}”生成站点密钥，并保存登记文件。").format(name)
        else:
            text = self.tr("行政区划中没有“{0}”：登记时将新增这个乡镇。").format(name)
        self.note.setText(text)
        self.note.setStyleSheet(WARN_STYLE if taken else HINT_STYLE)
        self.ok_button.setEnabled(bool(name) and not taken)

    def accept(self) -> None:
        """Ask for the file first: a station is only added with its file written (cancel keeps the dialog)."""
        name = self.name()
        if not name or name in self.enrolled:
            modal.warn(self, self.tr("请选择或输入尚未登记站点的乡镇。"))
            return
        self.path = self.ask_path(name) if self.ask_path is not None else None
        if self.path is None:
            return
        super().accept()
