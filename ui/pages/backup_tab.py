"""设置 → 备份与恢复: the backups of the open file, a backup now, restoring the one chosen, the folder.

Backing up and restoring go through the 文件 menu's own actions (ui/file_actions.py), so there is one
way of doing each: the same question, progress, audit entry and reopening of the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.database import Database
from ui.permissions import allows

if TYPE_CHECKING:
    from qsupervise.backups import BackupInfo
    from ui.file_actions import FileActions

WHEN, KIND, SIZE, NAME = range(4)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


class BackupTab(QWidget):
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[BackupInfo] = []
        self._connected: FileActions | None = None
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for key, slot in (("backup_now", self.backup_now), ("restore", self.restore_selected),
                          ("open_folder", self.open_folder)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backup_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((WHEN, 160), (KIND, 110), (SIZE, 90)):
            header.resizeSection(column, width)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(self.restore_selected)
        self.note = QLabel()
        self.note.setObjectName("backup_note")
        self.note.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("backup_empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        self.retranslate()
        for button in self.buttons.values():
            button.setEnabled(False)  # refresh() decides, once the page is shown (the core loads then)

    # -- data ----------------------------------------------------------------------

    def _files(self) -> FileActions | None:
        files = getattr(self.window(), "files", None)
        if files is not None and self._connected is not files:
            files.backups_changed.connect(self.refresh)
            self._connected = files
        return files

    def refresh(self) -> None:
        from qsupervise import backups

        self._files()
        path = self.db.path
        self.rows = backups.listing(path) if path is not None and not self.on_server() else []
        self.table.setRowCount(len(self.rows))
        for row, info in enumerate(self.rows):
            cells = (info.made_at.strftime("%Y-%m-%d %H:%M:%S"), self.kind_label(info.kind),
                     human_size(info.size), info.path.name)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == SIZE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not self.rows)
        self.update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _allowed(self, action: str) -> bool:
        return self.db.store is not None and allows(self.db, action)

    def update_buttons(self) -> None:
        ready = self.db.store is not None and not self.db.busy
        self.buttons["backup_now"].setEnabled(ready and self._allowed("backup"))
        self.buttons["restore"].setEnabled(ready and self.selected() is not None and self._allowed("restore"))
        self.buttons["open_folder"].setEnabled(self.db.path is not None and not self.on_server())

    def empty_text(self) -> str:
        if self.on_server():
            return self.tr("服务器上的数据库由服务器管理员按计划备份和恢复。“立即备份”在本机写一个备份："
                           "装有 pg_dump 时是 .dump 文件（用 pg_restore 恢复），否则是本程序导出的 SQLite 副本"
                           "（.db，可直接打开，或用 migrate-store 放回一个空的服务器数据库）。")
        return self.tr("还没有备份。")

    def on_server(self) -> bool:
        """A database on a PostgreSQL server: no backup folder beside a file."""
        return self.db.store is not None and self.db.store.is_server

    # -- actions -------------------------------------------------------------------

    def backup_now(self) -> None:
        files = self._files()
        if files is not None:
            files.backup_now()

    def restore_selected(self) -> None:
        info = self.selected()
        files = self._files()
        if info is not None and files is not None and self.buttons["restore"].isEnabled():
            files.restore_from(info.path)

    def open_folder(self) -> None:
        from qsupervise.paths import backups_dir

        if self.db.path is None or self.on_server():
            return
        folder = backups_dir(self.db.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = Path(self.db.path).parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- texts ---------------------------------------------------------------------

    def kind_label(self, kind: str) -> str:
        labels = {
            "daily": self.tr("自动"),
            "manual": self.tr("手动"),
            "migrate": self.tr("迁移前"),
            "import": self.tr("导入前"),
            "package": self.tr("数据包导入前"),
            "restore": self.tr("恢复前"),
            "demo": self.tr("演示数据前"),
        }
        return labels.get(kind, self.tr("自动"))

    def retranslate(self) -> None:
        self.buttons["backup_now"].setText(self.tr("立即备份"))
        self.buttons["restore"].setText(self.tr("恢复所选…"))
        self.buttons["open_folder"].setText(self.tr("打开备份文件夹"))
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("类型"), self.tr("大小"), self.tr("文件")])
        self.empty.setText(self.empty_text())
        self.note.setText(self.tr(
            "每天第一次打开数据库时、导入和恢复之前、升级数据库结构之前都会自动备份。自动备份保留最近 7 天每天一份、"
            "最近 4 周每周一份、最近 12 个月每月一份；手动备份不会被自动删除。备份放在数据库旁的 backups 文件夹里，"
            "请定期把它复制到另一块磁盘或 U 盘。"
        ))
        if self.rows:
            for row, info in enumerate(self.rows):
                item = self.table.item(row, KIND)
                if item is not None:
                    item.setText(self.kind_label(info.kind))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
