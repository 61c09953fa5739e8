"""Filter widgets for big lists: a search box that waits for a pause in typing, and coded choice combos."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """Emits ``search`` with the text once typing pauses for ``DEBOUNCE_MS``; Esc clears it.

    Return and Down send the text at once and emit ``leave`` (the page moves on to its list).
    """

    search = Signal(str)
    leave = Signal()

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)
        self._sent = ""

    def flush(self) -> None:
        """Send the text now (Return does this too) unless it was already sent."""
        self._timer.stop()
        if self.text() != self._sent:
            self._sent = self.text()
            self.search.emit(self._sent)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.flush()
            self.leave.emit()
            return
        super().keyPressEvent(event)


class ChoiceCombo(QComboBox):
    """A combo over stable codes: the first item is “all” (None); ``value()`` is the chosen code."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_choices(self, everything: str | None, choices: Sequence[tuple[str, str]]) -> None:
        """Refill, keeping the chosen code when it is still offered; no signal when it did not change."""
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        if everything is not None:
            self.addItem(everything, None)
        for code, text in choices:
            self.addItem(text, code)
        found = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(found if found >= 0 else 0)
        self.blockSignals(False)
        if self.value() != keep:
            self.currentIndexChanged.emit(self.currentIndex())

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, code: str | None) -> None:
        found = self.findData(code) if code else 0
        self.setCurrentIndex(max(found, 0))


def industry_choices(indent: str = "\u3000") -> list[tuple[str, str]]:
    """(canonical prefix, text) for each 门类 followed by its 大类, indented: ("C", "C 制造业"), ("C13", "　C13 …")."""
    from qsupervise.rules import industry

    items: list[tuple[str, str]] = []
    for letter, name in industry.SECTIONS.items():
        items.append((letter, f"{letter} {name}"))
        items += [(code, f"{indent}{code} {label}") for code, label in industry.divisions_of(letter)]
    return items


class IndustryCombo(ChoiceCombo):
    """全部行业, then each 门类 with its 大类 indented under it; the value is a code prefix like "C" or "C13"."""

    def __init__(self, name: str = "industry", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setMaxVisibleItems(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)

    def fill(self, everything: str) -> None:
        self.set_choices(everything, industry_choices())
        for i in range(1, self.count()):
            code = str(self.itemData(i))
            if len(code) == 1:  # 门类 stand out from their 大类
                font = self.font()
                font.setBold(True)
                self.setItemData(i, font, Qt.ItemDataRole.FontRole)
