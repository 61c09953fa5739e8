"""标记采标: a product's standard adopts an international or advanced foreign standard, identically (IDT, 等同采用)
or modified (MOD, 修改采用); the number is the international one (ISO 22000:2018, IEC 60598-1:2020 …)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.standards_ledger import LedgerRow

HINT_STYLE = "color: #5f6b76;"


class AdoptionDialog(FormDialog):
    def __init__(self, db: Database, row: LedgerRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standards_adoption")
        self.db = db
        self.row = row
        self.subject = QLabel(f"{escape(row.enterprise)}<br><b>{escape(row.product)}</b>　{escape(row.normalized)}")
        self.subject.setObjectName("subject")
        self.degree = ChoiceCombo("degree")
        self.degree.set_choices(None, [("IDT", self.tr("IDT 等同采用")), ("MOD", self.tr("MOD 修改采用"))])
        self.degree.set_value(row.adoption_degree or "IDT")
        self.number = QLineEdit(row.adopted_number)
        self.number.setObjectName("adopted_number")
        self.number.setMaxLength(100)
        self.number.setPlaceholderText(self.tr("如 ISO 22000:2018、IEC 60598-1:2020"))
        self.number.textChanged.connect(self.update_ok)
        self.hint = QLabel(self.tr("非等效（NEQ）不计为采标。"))
        self.hint.setStyleSheet(HINT_STYLE)
        self.form.addRow(self.tr("产品与标准"), self.subject)
        self.form.addRow(self.tr("采用程度"), self.degree)
        self.form.addRow(self.tr("国际标准编号"), self.number)
        self.form.addRow("", self.hint)
        self.apply = self.save
        self.setMinimumWidth(480)
        self.setWindowTitle(self.tr("标记采标"))
        self.ok_button.setText(self.tr("标记"))
        self.cancel_button.setText(self.tr("取消"))
        self.update_ok()

    def update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.number.text().strip()))

    def summary(self) -> str:
        return f"{self.degree.value() or ''} {self.number.text().strip()}"

    def save(self) -> object:
        from qsupervise.services import standards_adoption

        with self.db.session() as s:
            return standards_adoption.set_adoption(s, self.row.standard_id, degree=self.degree.value() or "IDT",
                                                   number=self.number.text(), actor=ACTOR)
