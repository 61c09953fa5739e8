"""Add or rename a township / member unit (name and optional area code)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui.dialogs.base import FormDialog

if TYPE_CHECKING:
    from qsupervise.services.org import OrgInfo


class OrgUnitDialog(FormDialog):
    def __init__(self, *, unit: OrgInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = unit
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("乡镇/街道"), "township")
        self.kind.addItem(self.tr("成员单位"), "member_unit")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(100)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setMaxLength(9)
        self.code.setPlaceholderText(self.tr("6 或 9 位数字，可不填"))
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("区划代码"), self.code)
        if unit is None:
            self.setWindowTitle(self.tr("新增单位"))
        else:
            self.setWindowTitle(self.tr("重命名“{0}”").format(unit.name))
            self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind)))
            self.kind.setEnabled(False)
            self.name.setText(unit.name)
            self.name.selectAll()
            self.code.setText(unit.code or "")
        self.setMinimumWidth(360)

    def values(self) -> dict[str, str]:
        return {"kind": str(self.kind.currentData()), "name": self.name.text(), "code": self.code.text().strip()}
