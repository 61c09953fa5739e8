"""What a form shows when the row it edits was saved by someone else after it opened (services/versions.py).

The user's input stays in the form; this lists the other person's changes (field, value, who, when) and asks
whether to overwrite them with the form's values or go back to the form.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLayout, QWidget

from ui import modal


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
