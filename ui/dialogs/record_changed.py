"""What a form shows when the row it edits was saved by someone else after it opened (services/versions.py).

The user's input stays in the form; this lists the other person's changes (field, value, who, when) and asks
whether to overwrite them with the form's values or go back to the form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox, QFormLayout, QLabel, QLayout, QWidget

from ui import i18n, modal

if TYPE_CHECKING:
    from ui.database import Database

ERROR_COLOUR = "#c62828"


def _holds(item_widget: QWidget | None, item_layout: QLayout | None, name: str) -> bool:
    if item_widget is not None:
        return item_widget.objectName() == name or item_widget.findChild(QWidget, name) is not None
    if item_layout is not None:
        for i in range(item_layout.count()):
            child = item_layout.itemAt(i)
            if child is not None and _holds(child.widget(), child.layout(), name):
                return True
    return False


def form_label(dialog: QWidget, field: str) -> str:
    """The label of the form row whose widget (or a widget inside it) is named ``field``; the name otherwise."""
    if field == "deleted_at":  # a deletion (versions.edits_since), which no form shows as a field
        return QCoreApplication.translate("record_changed", "已删除")
    layouts = list(dialog.findChildren(QFormLayout))  # type: ignore[var-annotated]
    for layout in layouts:
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or item is None or label.widget() is None:
                continue
            if _holds(item.widget(), item.layout(), field):
                return str(label.widget().property("text") or field).rstrip("：:")
    return field


def plain_value(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("record_changed", "（空）")
    if isinstance(value, bool):
        yes = QCoreApplication.translate("record_changed", "是")
        return yes if value else QCoreApplication.translate("record_changed", "否")
    return str(value)


def overwrite(dialog: QWidget, error: Any, *, label: Callable[[str], str] | None = None,
              value: Callable[[str, Any], str] | None = None) -> bool:
    """Show ``error`` (a versions.RecordChanged); True when the user chooses to save the form's values anyway."""
    from ui.pages.exchange_common import local_time

    name_of = label or (lambda field: form_label(dialog, field))
    shown = value or (lambda _field, v: plain_value(v))
    heads = (QCoreApplication.translate("record_changed", "字段"),
             QCoreApplication.translate("record_changed", "对方保存的值"),
             QCoreApplication.translate("record_changed", "修改人"),
             QCoreApplication.translate("record_changed", "时间"))
    rows = [(name_of(e.field), shown(e.field, e.value), e.user or "?", local_time(e.at)) for e in error.edits]
    table = ""
    if rows:
        cells = "".join("<tr>" + "".join(f"<td>{escape(t)}</td>" for t in row) + "</tr>" for row in rows)
        table = ("<table cellspacing='0' cellpadding='4' border='1'><tr>"
                 + "".join(f"<th>{escape(h)}</th>" for h in heads) + f"</tr>{cells}</table>")
    head = QCoreApplication.translate(
        "record_changed", "“{what}”在您打开后已被他人保存，您的修改还没有保存。对方的改动：").format(
        what=escape(error.params["what"]))
    tail = QCoreApplication.translate(
        "record_changed", "您填写的内容仍在表单里。用您填写的内容覆盖对方的改动，还是回到表单对照修改？")
    return modal.choose(dialog, f"<p>{head}</p>{table}<p>{tail}</p>",
                        QCoreApplication.translate("record_changed", "用我的内容覆盖保存"),
                        QCoreApplication.translate("record_changed", "回到表单"),
                        QCoreApplication.translate("record_changed", "记录已被他人修改"))


def summary_line(dialog: QWidget) -> QLabel:
    """A message line above the buttons of a ui/dialogs/base.FormDialog, hidden until there is something to say."""
    line = QLabel()
    line.setObjectName("summary")
    line.setWordWrap(True)
    line.setVisible(False)
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.count() - 1, line)
    return line


class VersionCheck:
    """A form's side of the version check: :attr:`opened` (the version it read its row at, None for a new row)
    and :meth:`save`, which asks the user when someone saved the row since and, told to, saves again at the
    version just shown (a knowing overwrite); sent back, the form keeps the input and shows the message.

    ``labels`` names fields the form shows under another caption (a QLabel or text), ``aliases`` the widget
    that stands for a field (``township_id`` → the combo ``township``); other fields are found by objectName
    in the form's QFormLayouts. Values of a combo show as its item, an enterprise's id (with ``db``) as its name.
    """

    def __init__(self, dialog: QWidget, *, summary: QLabel | None = None,
                 labels: Mapping[str, QLabel | str] | None = None, aliases: Mapping[str, str] | None = None,
                 value: Callable[[str, Any], str | None] | None = None, db: Database | None = None) -> None:
        self.dialog = dialog
        self.summary = summary  # where the message goes when the user goes back (None: a warning)
        self.labels = dict(labels or {})
        self.aliases = dict(aliases or {})
        self.custom_value = value  # its None: the usual text
        self.db = db
        self.opened: int | None = None

    def label(self, field: str) -> str:
        found = self.labels.get(field)
        text = found.text() if isinstance(found, QLabel) else found
        if text:
            return text.rstrip("：:")
        name = self.aliases.get(field, field)
        shown = form_label(self.dialog, name)
        return field if shown == name else shown

    def value(self, field: str, value: Any) -> str:
        custom = self.custom_value(field, value) if self.custom_value is not None else None
        if custom is not None:
            return custom
        if field == "deleted_at":
            return plain_value(value is not None and value is not False)
        combo = self.dialog.findChild(QComboBox, self.aliases.get(field, field))
        if combo is not None and value not in (None, "") and combo.findData(value) >= 0:
            return combo.itemText(combo.findData(value))
        if field == "enterprise_id" and value and self.db is not None and self.db.store is not None:
            from qsupervise.models import Enterprise

            with self.db.read() as s:
                found = s.get(Enterprise, str(value))
                if found is not None:
                    return found.name
        return plain_value(value)

    def save(self, write: Callable[[int | None], object]) -> bool:
        """``write(opened)`` saves in one transaction; False when the user went back to the form instead of
        overwriting what someone saved meanwhile. Other errors are the caller's."""
        from qsupervise.services import versions

        while True:
            try:
                write(self.opened)
                return True
            except versions.RecordChanged as exc:
                if not overwrite(self.dialog, exc, label=self.label, value=self.value):
                    self.show(self.went_back(exc))
                    return False
                self.opened = exc.current  # a knowing overwrite of what was just shown

    def went_back(self, error: Any) -> str:
        """The form's message after the user went back: who changed which fields (by the form's labels)."""
        who = "、".join(dict.fromkeys(e.user for e in error.edits if e.user)) or QCoreApplication.translate(
            "record_changed", "他人")
        fields = "、".join(self.label(e.field) for e in error.edits)
        return QCoreApplication.translate(
            "record_changed", "“{what}”在您打开后已被{who}修改（{fields}），您的修改未保存。请对照后再保存。").format(
            what=error.params["what"], who=who, fields=fields)

    def apply(self, write: Callable[[int | None], object]) -> bool:
        """:meth:`save` for a form whose every refusal is a message (ui/dialogs/base.FormDialog): True when saved."""
        from qsupervise.errors import KnownError

        if self.summary is not None:
            self.summary.setVisible(False)
        try:
            return self.save(write)
        except KnownError as exc:
            modal.warn(self.dialog, exc.message(i18n.error_lang()))
            return False

    def show(self, text: str) -> None:
        if self.summary is None:
            modal.warn(self.dialog, text)
            return
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.summary.setVisible(True)
