"""乡镇撤并: pick the unit that takes over, and say plainly what will move before it happens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ui.dialogs.base import FormDialog

if TYPE_CHECKING:
    from qsupervise.services.org import OrgInfo


class MergeDialog(FormDialog):
    def __init__(self, source: OrgInfo, candidates: list[OrgInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("合并“{0}”").format(source.name))
        self.target = QComboBox()
        self.target.setObjectName("target")
        for unit in candidates:
            self.target.addItem(unit.name, unit.id)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(380)
        self.form.addRow(self.tr("并入"), self.target)
        self.form.addRow(self.summary)
        self.ok_button.setText(self.tr("合并"))
        self.ok_button.setEnabled(bool(candidates))
        self.target.currentIndexChanged.connect(self.update_summary)
        self.update_summary()

    def target_id(self) -> str | None:
        data = self.target.currentData()
        return str(data) if data else None

    def update_summary(self) -> None:
        if self.target.count() == 0:
            self.summary.setText(self.tr("没有可并入的同类单位。"))
            return
        self.summary.setText(
            self.tr("将“{0}”并入“{1}”：{0} 的 {2} 家企业及其他记录移到 {1}，{0} 停用并保留记录。").format(
                self.source.name, self.target.currentText(), f"{self.source.enterprises:,}"
            )
        )
