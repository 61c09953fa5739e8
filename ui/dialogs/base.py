"""A form dialog whose OK runs the action itself, so a refused input keeps the dialog and what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPushButton, QVBoxLayout, QWidget

from ui import i18n, modal


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Set by the caller: one service call in one transaction; a KnownError it raises is shown here.
        self.apply: Callable[[], object] | None = None
        self.outcome: object = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        self.ok_button.setObjectName("btn_ok")
        self.cancel_button.setObjectName("btn_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def accept(self) -> None:
        from qsupervise.errors import KnownError

        if self.apply is not None:
            try:
                self.outcome = self.apply()
            except KnownError as exc:
                modal.warn(self, exc.message(i18n.error_lang()))
                return
        super().accept()
