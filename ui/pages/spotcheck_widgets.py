"""Small widgets of the 监督抽查 screens: the sentence an empty table shows in its middle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

MAX_WIDTH = 560


class EmptyHint(QLabel):
    """A muted sentence in the middle of an empty table saying what to do next; hidden when there is no text."""

    def __init__(self, view: QAbstractItemView, name: str) -> None:
        super().__init__(view.viewport())
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: #5f6b76; font-size: 11pt;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._view = view
        view.viewport().installEventFilter(self)
        self.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        area = self._view.viewport().rect()
        width = max(min(area.width() - 40, MAX_WIDTH), 120)
        height = self.heightForWidth(width)
        self.setGeometry((area.width() - width) // 2, max(16, (area.height() - height) // 3), width, height)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.place()
