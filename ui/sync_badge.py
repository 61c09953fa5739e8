"""A marker on a record that has open sync conflicts, leading to 数据交换 → 冲突与重复 where they are settled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.database import Database

BADGE_STYLE = "background: #fff4e5; color: #8a4b00; padding: 3px 8px; border-radius: 3px;"


class ConflictBadge(QLabel):
    """Hidden while the record has no open conflict; the link opens the conflicts of this record."""

    def __init__(self, db: Database, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflict_badge")
        self.db = db
        self.table = table
        self.row_id: str | None = None
        self.count = 0
        self.setStyleSheet(BADGE_STYLE)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(lambda _link: self.open_conflicts())
        self.setVisible(False)

    def show_for(self, row_id: str) -> int:
        """Count the record's open conflicts and show the marker when there are any; returns the count."""
        from qsupervise.sync import conflicts

        self.row_id = row_id
        with self.db.read() as s:
            self.count = len(conflicts.open_conflicts(s, table=self.table, row_id=row_id))
        self.retranslate()
        self.setVisible(self.count > 0)
        return self.count

    def retranslate(self) -> None:
        self.setText(self.tr('有同步冲突 {0} · <a href="conflicts">到“数据交换 → 冲突与重复”处理</a>').format(
            self.count))
        self.setToolTip(self.tr(
            "两个站点各自改了这条记录的同一项且互不知情；在“数据交换 → 冲突与重复”中选定采用的值。"))

    def open_conflicts(self) -> None:
        """Close the dialog the badge is on and show this record's conflicts on the 数据交换 page."""
        from ui.main_window import PAGE_KEYS, MainWindow

        dialog = self.window()
        owner = dialog.parentWidget()
        main = owner.window() if owner is not None else None
        if not isinstance(main, MainWindow):
            return
        row = PAGE_KEYS.index("exchange")
        main.nav.setCurrentRow(row)
        page = main.pages[row]
        show = getattr(page, "show_conflicts", None)
        if callable(show):
            show(self.table, self.row_id)
        if dialog is not main:
            dialog.close()
