"""Set up a new database: whose station this is (county or township) and its first townships."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs.base import FormDialog


class NewDatabaseDialog(FormDialog):
    def __init__(self, path: Path, *, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建数据库"))
        self.setMinimumWidth(460)
        if intro:
            note = QLabel(intro)
            note.setObjectName("intro")
            note.setWordWrap(True)
            self.form.addRow(note)
        self.path = QLabel(str(path))
        self.path.setObjectName("path")
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.addItem(self.tr("县级（县市场监管局）"), "county")
        self.role.addItem(self.tr("乡镇工作站"), "township")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.county_name = QLineEdit()
        self.county_name.setObjectName("county_name")
        self.area_code = QLineEdit()
        self.area_code.setObjectName("area_code")
        self.area_code.setMaxLength(9)
        self.area_code.setPlaceholderText(self.tr("6 或 9 位数字，可不填"))
        self.townships = QPlainTextEdit()
        self.townships.setObjectName("townships")
        self.townships.setPlaceholderText(self.tr("每行一个，可不填，以后在“设置 → 行政区划”中添加"))
        self.townships.setTabChangesFocus(True)
        self.townships.setFixedHeight(110)
        self.name_label = QLabel()
        self.form.addRow(self.tr("文件"), self.path)
        self.form.addRow(self.tr("本机是"), self.role)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.tr("所属县"), self.county_name)
        self.form.addRow(self.tr("区划代码"), self.area_code)
        self.form.addRow(self.tr("乡镇/街道"), self.townships)
        self.ok_button.setText(self.tr("创建"))
        self.role.currentIndexChanged.connect(self.update_role)
        self.update_role()
        self.name.setFocus()

    def is_county(self) -> bool:
        return bool(self.role.currentData() == "county")

    def update_role(self) -> None:
        county = self.is_county()
        self.name_label.setText(self.tr("县（市、区）名称") if county else self.tr("乡镇名称"))
        self.form.setRowVisible(self.county_name, not county)
        self.form.setRowVisible(self.townships, county)

    def values(self) -> dict[str, Any]:
        county = self.is_county()
        lines = [t.strip() for t in self.townships.toPlainText().splitlines() if t.strip()]
        return {
            "role": str(self.role.currentData()),
            "name": self.name.text().strip(),
            "area_code": self.area_code.text().strip() or None,
            "county_name": None if county else (self.county_name.text().strip() or None),
            "townships": lines if county else [],
        }
