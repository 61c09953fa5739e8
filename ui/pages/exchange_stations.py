"""数据交换 → 站点与导入, the townships' table: what each has sent (last package, seq held, gaps), when the
county last heard from or wrote to it, whether it reported this month, and its return package; the county
administrator enrols a township here (its enrolment file) and revokes a station (lost laptop)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.pages.exchange_common import GOOD_STYLE, last_folder, local_time, remember
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


@dataclass(frozen=True)
class Enrolled:
    """What an enrolment did, for the message: both fingerprints are read out over the phone."""

    station_id: str
    name: str
    code: str
    path: Path
    fingerprint: str
    county: str
    county_fingerprint: str


class StationsPanel(QWidget):
    write_return = Signal(str)  # the station id whose return package to write
    message = Signal(str)  # for the status bar
    note = Signal(str, str)  # what an enrolment or revocation did (text, style), shown below the table

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[StationStatus] = []
        self.contacts: dict[str, str] = {}  # station id -> the newest of received / written, ISO
        self.fingerprints: dict[str, str] = {}  # station id -> its key's fingerprint
        self.can_export = True
        self.can_manage = True  # the county administrator: enrol and revoke
        self.ready = False  # a county database is open and not busy
        # placed by the tab beside the table's title
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("btn_enrol_station")
        self.enrol_button.clicked.connect(self.enrol)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("btn_revoke_station")
        self.revoke_button.clicked.connect(self.revoke)
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
        self.table.itemSelectionChanged.connect(self.update_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def load(self, s: Session) -> None:
        from qsupervise.sync.stations import list_stations
        from qsupervise.sync.status import station_rows

        self.rows = [r for r in station_rows(s) if not r.is_local]
        self.fingerprints = {i.id: i.fingerprint for i in list_stations(s) if i.fingerprint}
        written = last_exports(s)
        self.contacts = {}
        for row in self.rows:
            moments = [m for m in (row.last_package_at, local_iso(written.get(row.id))) if m]
            self.contacts[row.id] = max(moments) if moments else ""
        self.show_rows()

    def forget(self) -> None:
        self.rows, self.contacts, self.fingerprints = [], {}, {}
        self.show_rows()

    def show_rows(self) -> None:
        from qsupervise.sync.status import gap_text

        keep = self.selected()
        self.table.clearSelection()
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
                if c in (NAME, CODE) and row.id in self.fingerprints:
                    item.setToolTip(self.tr("密钥指纹 {0}").format(self.fingerprints[row.id]))
                self.table.setItem(r, c, item)
            button = QPushButton(self.tr("写回执下发包…"))
            button.setObjectName(f"btn_return_{row.code}")
            button.setToolTip(self.tr("为{0}写回执下发包：县级已收到哪些、县级和其他乡镇的更新").format(row.name))
            button.setEnabled(not row.revoked and self.can_export)
            button.setVisible(self.can_export)
            button.clicked.connect(lambda _=False, sid=row.id: self.write_return.emit(sid))
            self.table.setCellWidget(r, ACTION, button)
        self.fit_buttons()
        if keep is not None:
            self.select(keep.id)
        if self.rows:
            self.empty.show_text("")
        elif self.can_manage:
            self.empty.show_text(self.tr(
                "还没有登记乡镇站点。点上方“登记乡镇站点…”为乡镇保存登记文件，用 U 盘交给乡镇，"
                "乡镇用它初始化本机的数据库。"))
        else:
            self.empty.show_text(self.tr("还没有登记乡镇站点。登记乡镇站点需要县级管理员。"))
        self.update_buttons()

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

    def selected(self) -> StationStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select(self, station_id: str) -> None:
        row = next((i for i, r in enumerate(self.rows) if r.id == station_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.enrol_button, self.revoke_button):
            button.setVisible(self.can_manage)
        self.enrol_button.setEnabled(self.ready and self.can_manage)
        self.revoke_button.setEnabled(self.ready and self.can_manage and chosen is not None and not chosen.revoked)

    # -- enrolment and revocation (the county administrator) ----------------------------------------------

    def enrol(self) -> None:
        """Choose the township, then the file; the station is added and its file written in one transaction."""
        from qsupervise.services import org
        from qsupervise.sync import keys, stations
        from ui.dialogs.station_enroll import StationEnrollDialog

        if not self.enrol_button.isEnabled():
            return
        with self.db.read() as s:
            taken = {i.org_unit_id for i in stations.list_stations(s) if i.role == "township" and not i.revoked_at}
            units = [u for u in org.list_units(s, include_inactive=False) if u.kind == "township"]
        dialog = StationEnrollDialog([u.name for u in units if u.id not in taken],
                                     [u.name for u in units if u.id in taken], parent=self)
        dialog.ask_path = lambda name: self.ask_enroll_path(self.tr("{0}.enroll").format(name))

        def apply() -> Enrolled:
            assert dialog.path is not None
            with self.db.session() as s:
                station, document = stations.add_station(s, name=dialog.name(), actor=ACTOR)
                written = stations.write_enrollment(dialog.path, document)  # no file, no station
                county = document["body"]["county"]
                return Enrolled(
                    station_id=station.id, name=station.name, code=station.code, path=written,
                    fingerprint=keys.fingerprint(keys.public_key_from_text(station.public_key or "")),
                    county=str(county["name"]),
                    county_fingerprint=keys.fingerprint(keys.public_key_from_text(county["public_key"])))

        dialog.apply = apply
        if not modal.exec_dialog(dialog) or not isinstance(dialog.outcome, Enrolled):
            return
        done = dialog.outcome
        self.select(done.station_id)
        text = self.tr(
            "已登记乡镇站点 {0}（代码 {1}）。\n登记文件：{2}\n\n"
            "请与乡镇电话核对两个指纹：\n乡镇站点 {0}：{3}\n县级 {4}：{5}\n\n"
            "该文件含乡镇私钥：只用 U 盘交给乡镇一次，乡镇初始化后立即删除；不要用微信、邮件传送。"
        ).format(done.name, done.code, done.path, done.fingerprint, done.county, done.county_fingerprint)
        self.note.emit(text.replace("\n\n", "\n"), GOOD_STYLE)
        self.message.emit(self.tr("已登记乡镇站点 {0}").format(done.name))
        modal.inform(self, text, self.tr("已登记乡镇站点"))

    def revoke(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.sync import stations

        row = self.selected()
        if row is None or row.revoked or not self.revoke_button.isEnabled():
            return
        question = self.tr(
            "停用乡镇站点 {0}（{1}）？\n\n用于乡镇电脑丢失或被盗：停用后，来自这个站点的同步包一律拒收"
            "（包括已在路上的），也不再为它写回执下发包。已经导入的数据保留。\n\n"
            "停用不能撤销。乡镇换用新电脑时，重新登记这个乡镇，用新的登记文件初始化。").format(row.name, row.code)
        if not modal.confirm(self, question, self.tr("停用站点")):
            return
        try:
            with self.db.session() as s:
                stations.revoke_station(s, ref=row.id, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.select(row.id)
        text = self.tr("已停用乡镇站点 {0}（{1}）：此后来自该站点的同步包一律拒收。").format(row.name, row.code)
        self.note.emit(text, GOOD_STYLE)
        self.message.emit(text)

    def ask_enroll_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存登记文件"), str(Path(last_folder()) / suggested),
                                              self.tr("登记文件 (*.enroll)"))
        if not name:
            return None
        path = Path(name)
        remember(path)
        return path if path.suffix.lower() == ".enroll" else path.with_name(path.name + ".enroll")

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("乡镇站点"), self.tr("代码"), self.tr("最近同步包"), self.tr("已收序号（连续/最高）"),
            self.tr("缺序号"), self.tr("最近联系"), self.tr("本月已上报"), self.tr("状态"), self.tr("回执"),
        ])
        self.enrol_button.setText(self.tr("登记乡镇站点…"))
        self.enrol_button.setToolTip(self.tr("为乡镇生成站点密钥，保存登记文件，交给乡镇初始化数据库"))
        self.revoke_button.setText(self.tr("停用站点…"))
        self.revoke_button.setToolTip(self.tr("乡镇电脑丢失时停用所选站点：此后拒收它的同步包"))
        self.show_rows()


def local_iso(moment: Any) -> str:
    """A stored UTC time as the ISO text station_rows uses ("" for none)."""
    from datetime import UTC

    if moment is None:
        return ""
    when = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return str(when.isoformat(timespec="seconds"))
