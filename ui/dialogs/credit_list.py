"""列入名单 / 移出名单: an entry on the 经营异常名录 or the 严重违法失信名单, and taking one off on a given day.

An entry taken off is never deleted: the core sets its 移出日期 and keeps it, and regrades the enterprise on
both occasions. Dates may be typed as people write them (2026/3/5, 2026年3月5日); the core checks them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs.base import FormDialog
from ui.models.credit import list_label
from ui.widgets_search import ChoiceCombo

LISTS = ("abnormal_operation", "serious_dishonest")
HINT_STYLE = "color: #5f6b76;"


def typed(text: str) -> str:
    """A typed date as ISO text, or the text itself for the core to refuse with its own message."""
    from ui.dialogs.certification_form import typed_day

    return typed_day(text)


def line(name: str, length: int, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setMaxLength(length)
    return edit


def box(name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().height() * lines + 12)
    return edit


class AddEntryDialog(FormDialog):
    """列入名单: which list, since when, by whom, under which document, why."""

    def __init__(self, name: str, today: date, *, authority: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credit_list_add")
        self.list_kind = ChoiceCombo("list_kind")
        self.list_kind.set_choices(None, [(k, list_label(k)) for k in LISTS])
        self.listed_on = line("listed_on", 20, today.isoformat())
        self.authority = line("authority", 100, authority)
        self.document_no = line("document_no", 60)
        self.reason = box("reason")
        self.source = line("source", 200)
        self.note = QLabel()
        self.note.setObjectName("list_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        captions = (self.tr("名单"), self.tr("列入日期"), self.tr("决定机关"), self.tr("决定书文号"),
                    self.tr("列入事由"), self.tr("信息来源"))
        widgets = (self.list_kind, self.listed_on, self.authority, self.document_no, self.reason, self.source)
        for caption, widget in zip(captions, widgets, strict=True):
            self.form.addRow(caption, widget)
        self.form.addRow("", self.note)
        self.setWindowTitle(self.tr("列入名单 — {0}").format(name))
        self.listed_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.document_no.setPlaceholderText(self.tr("例如 青市监异〔2026〕3号"))
        self.source.setPlaceholderText(self.tr("例如 国家企业信用信息公示系统"))
        self.note.setText(self.tr(
            "列入经营异常名录的企业，信用等级最高为 C 级；列入严重违法失信名单的一律为 D 级。保存后立即重新评定该企业。"
        ))
        self.ok_button.setText(self.tr("列入"))
        self.cancel_button.setText(self.tr("取消"))
        self.setMinimumWidth(520)

    def values(self) -> dict[str, str]:
        """The keyword arguments of ``credit.add_list_entry`` as entered."""
        return {
            "list_kind": self.list_kind.value() or LISTS[0],
            "listed_on": typed(self.listed_on.text()),
            "authority": self.authority.text(),
            "document_no": self.document_no.text(),
            "reason": self.reason.toPlainText(),
            "source": self.source.text(),
        }


class RemoveEntryDialog(FormDialog):
    """移出名单: the day the entry ends, and why; the entry stays on record."""

    def __init__(self, summary: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credit_list_remove")
        self.entry = QLabel(summary)
        self.entry.setObjectName("entry_summary")
        self.entry.setWordWrap(True)
        self.removed_on = line("removed_on", 20, today.isoformat())
        self.reason = box("reason", 2)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        self.form.addRow(self.tr("名单记录"), self.entry)
        self.form.addRow(self.tr("移出日期"), self.removed_on)
        self.form.addRow(self.tr("移出事由"), self.reason)
        self.form.addRow("", self.note)
        self.setWindowTitle(self.tr("移出名单"))
        self.reason.setPlaceholderText(self.tr("例如 已补报年度报告，经申请移出"))
        self.note.setText(self.tr("记录保留，注明移出日期；保存后立即重新评定该企业。"))
        self.ok_button.setText(self.tr("移出"))
        self.cancel_button.setText(self.tr("取消"))
        self.setMinimumWidth(480)

    def values(self) -> dict[str, str]:
        return {"removed_on": typed(self.removed_on.text()), "reason": self.reason.toPlainText()}
