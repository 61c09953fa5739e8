"""合并重复企业: choose which of the enterprises sharing a credit code to keep; the others are merged into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ui.dialogs.base import FormDialog

if TYPE_CHECKING:
    from qsupervise.models import Enterprise


class DuplicateMergeDialog(FormDialog):
    def __init__(self, uscc: str, enterprises: list[Enterprise], names: dict[str, str], keep_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        """``names`` gives a township's and a station's name by id, for telling the candidates apart."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("合并重复企业"))
        self.enterprises = enterprises
        self.keep = QComboBox()
        self.keep.setObjectName("keep")
        for e in enterprises:
            parts = [e.name, names.get(e.township_id or "", ""), names.get(e.origin_station, "")]
            self.keep.addItem(" · ".join(p for p in parts if p), e.id)
        if keep_id is not None and (index := self.keep.findData(keep_id)) >= 0:
            self.keep.setCurrentIndex(index)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(440)
        self.form.addRow(self.tr("统一社会信用代码"), QLabel(uscc))
        self.form.addRow(self.tr("保留"), self.keep)
        self.form.addRow(self.summary)
        self.ok_button.setText(self.tr("合并"))
        self.keep.currentIndexChanged.connect(self.update_summary)
        self.update_summary()

    def keep_id(self) -> str:
        return str(self.keep.currentData())

    def drop_ids(self) -> list[str]:
        return [e.id for e in self.enterprises if e.id != self.keep_id()]

    def update_summary(self) -> None:
        others = [e.name for e in self.enterprises if e.id != self.keep_id()]
        self.summary.setText(self.tr(
            "把“{0}”合并到“{1}”：它们的产品、证书、抽查等记录改挂到保留的企业，然后停用（记录保留，可在变更记录里查到）。"
            "合并随同步包传到各站点。").format("”“".join(others), self.keep.currentText().split(" · ")[0]))
