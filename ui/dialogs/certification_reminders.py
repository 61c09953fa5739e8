"""打印提醒单: which township (or all, a page each), how far ahead, and whether lapsed certificates go on the list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets_search import ChoiceCombo

HORIZONS = (30, 60, 90)


class ReminderDialog(QDialog):
    def __init__(
        self, townships: list[tuple[str, str]], township_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_dialog")
        self.township = ChoiceCombo("township")
        self.township.set_choices(self.tr("全部乡镇（每个乡镇另起一页）"), townships)
        self.township.set_value(township_id)
        self.horizon = ChoiceCombo("horizon")
        self.horizon.set_choices(None, [(str(d), self.tr("{0} 天内到期").format(d)) for d in HORIZONS])
        self.horizon.set_value(str(HORIZONS[-1]))
        self.lapsed = QCheckBox()
        self.lapsed.setObjectName("include_lapsed")
        self.lapsed.setChecked(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b76;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setObjectName("btn_ok")
        self.captions = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.captions[0], self.township)
        form.addRow(self.captions[1], self.horizon)
        form.addRow(self.captions[2], self.lapsed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.setWindowTitle(self.tr("打印到期提醒单"))
        for caption, text in zip(self.captions, (self.tr("乡镇"), self.tr("列入"), self.tr("已过期")), strict=True):
            caption.setText(text)
        self.lapsed.setText(self.tr("也列入已过期、仍为有效或暂停状态的证书"))
        self.note.setText(self.tr(
            "生成 PDF（GB/T 9704 公文版式，字体嵌入），列出企业、证书、有效期、剩余天数和联系电话，"
            "供乡镇质量工作站逐一通知企业。"
        ))
        self.ok_button.setText(self.tr("生成 PDF…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def choice(self) -> tuple[str | None, int, bool]:
        """(township id or None for all, days ahead, lapsed included)."""
        return self.township.value(), int(self.horizon.value() or HORIZONS[-1]), self.lapsed.isChecked()
