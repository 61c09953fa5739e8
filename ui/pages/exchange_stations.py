"""数据交换 → 站点与导入, the townships' table: what each has sent (last package, seq held, gaps), when the
county last heard from or wrote to it, whether it reported this month, and its return package."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.pages.exchange_common import local_time
from ui.pages.spotcheck_widgets import EmptyHint

if TYPE_CHECKING:
    from sqlmodel import Session

    from qsupervise.sync.status import StationStatus

NAME, CODE, LAST, SEQ, GAPS, CONTACT, REPORTED, STATE, ACTION = range(9)
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
QUIET_DAYS = 31  # no contact for longer than a month: shown amber


def last_exports(s: Session, limit: int = 1000) -> dict[str, datetime]:
    """When the county last wrote each township's return package (from the audit trail, newest first)."""
    import json

    from sqlmodel import col, select

    from qsupervise.models import AuditEntry

    found: dict[str, datetime] = {}
    rows = s.exec(select(AuditEntry.at, AuditEntry.detail).where(AuditEntry.action == "package.export")
                  .order_by(col(AuditEntry.seq).desc()).limit(limit))
    for at, detail in rows:
        try:
            station = json.loads(detail or "{}").get("for_station")
        except ValueError:
            continue
        if station and station not in found:
            found[station] = at
    return found


class StationsPanel(QWidget):
    write_return = Signal(str)  # the station id whose return package to write

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StationStatus] = []
        self.contacts: dict[str, str] = {}  # station id -> the newest of received / written, ISO
        self.can_export = True
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("stations_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyHint(self.table, "stations_empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def load(self, s: Session) -> None:
        from qsupervise.sync.status import station_rows

        self.rows = [r for r in station_rows(s) if not r.is_local]
        written = last_exports(s)
        self.contacts = {}
        for row in self.rows:
            moments = [m for m in (row.last_package_at, local_iso(written.get(row.id))) if m]
            self.contacts[row.id] = max(moments) if moments else ""
        self.show_rows()

    def forget(self) -> None:
        self.rows, self.contacts = [], {}
        self.show_rows()

    def show_rows(self) -> None:
        from qsupervise.sync.status import gap_text

        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            seq = f"{row.held_through:,} / {row.highest_seq:,}" if row.highest_seq else "—"
            gaps = self.tr("缺序号 {0}").format(gap_text(row.gaps)) if row.gaps else "—"
            contact = self.contacts.get(row.id, "")
            state = self.tr("已停用") if row.revoked else self.tr("正常")
            texts = [row.name, row.code, local_time(row.last_package_at) or self.tr("从未"), seq, gaps,
                     self.since_text(contact), "✓" if row.reported_this_month else "", state, ""]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c in (SEQ, REPORTED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == GAPS and row.gaps:
                    item.setForeground(AMBER)
                    tip = self.tr("{0} 的这些序号的记录还没有收到：请乡镇重新导出同步包（会自动带上）。")
                    item.setToolTip(tip.format(row.name))
                if c == STATE and row.revoked:
                    item.setForeground(RED)
                if c == CONTACT and contact:
                    item.setToolTip(local_time(contact))
                    if self.days_since(contact) > QUIET_DAYS:
                        item.setForeground(AMBER)
                if c == LAST and row.last_package_file:
                    item.setToolTip(row.last_package_file)
                self.table.setItem(r, c, item)
            button = QPushButton(self.tr("写回执下发包…"))
            button.setObjectName(f"btn_return_{row.code}")
            button.setToolTip(self.tr("为{0}写回执下发包：县级已收到哪些、县级和其他乡镇的更新").format(row.name))
            button.setEnabled(not row.revoked and self.can_export)
            button.setVisible(self.can_export)
            button.clicked.connect(lambda _=False, sid=row.id: self.write_return.emit(sid))
            self.table.setCellWidget(r, ACTION, button)
        self.fit_buttons()
        self.empty.show_text("" if self.rows else self.tr(
            "还没有登记乡镇站点。登记乡镇用命令行 station add --name 乡镇名 --out 乡镇名.enroll（见使用说明），"
            "把登记文件交给乡镇，用它初始化乡镇的数据库。"))

    def fit_buttons(self) -> None:
        """The buttons' column and the rows as large as a button (a header sizes to text, not to widgets)."""
        probe = QPushButton(self.tr("写回执下发包…")).sizeHint()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ACTION, probe.width() + 12)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(max(probe.height() + 4, self.table.fontMetrics().height() + 10))

    @staticmethod
    def days_since(moment: str) -> int:
        when = datetime.fromisoformat(moment)
        return (date.today() - when.astimezone().date()).days

    def since_text(self, moment: str) -> str:
        if not moment:
            return self.tr("从未")
        days = self.days_since(moment)
        if days <= 0:
            return self.tr("今天")
        return self.tr("{0} 天前").format(days)

    def station(self, station_id: str) -> StationStatus | None:
        return next((r for r in self.rows if r.id == station_id), None)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("乡镇站点"), self.tr("代码"), self.tr("最近同步包"), self.tr("已收序号（连续/最高）"),
            self.tr("缺序号"), self.tr("最近联系"), self.tr("本月已上报"), self.tr("状态"), self.tr("回执"),
        ])
        self.show_rows()


def local_iso(moment: Any) -> str:
    """A stored UTC time as the ISO text station_rows uses ("" for none)."""
    from datetime import UTC

    if moment is None:
        return ""
    when = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return str(when.isoformat(timespec="seconds"))
