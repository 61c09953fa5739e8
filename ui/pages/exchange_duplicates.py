"""冲突与重复 → possible duplicates (one credit code registered by two townships: merge into the one kept) and
held records (stamped more than a day ahead of this computer: applied once someone has checked the sender's date)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR
from ui.pages.exchange_common import HINT_STYLE, WARN_STYLE, local_time, table_label
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import is_admin

if TYPE_CHECKING:
    from qsupervise.sync.conflicts import DuplicateGroup
    from ui.pages.conflicts_tab import ConflictsTab

ID_ROLE = Qt.ItemDataRole.UserRole


def hint_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class DuplicatesPanel(QWidget):
    def __init__(self, tab: ConflictsTab) -> None:
        super().__init__()
        self.tab = tab
        self.db = tab.db
        self.groups: list[DuplicateGroup] = []
        self.names: dict[str, str] = {}  # township and station names by id
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicate_tree")
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.tree, "duplicates_empty")
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("btn_merge_duplicate")
        self.merge_button.clicked.connect(self.merge)
        self.hint = hint_label("duplicates_hint")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

    def load(self, s: Any) -> None:
        from sqlmodel import select

        from qsupervise.models import OrgUnit, Station
        from qsupervise.sync import conflicts

        self.groups = conflicts.duplicates(s)
        self.names = {u.id: u.name for u in s.exec(select(OrgUnit))}
        self.names.update({st.id: st.name for st in s.exec(select(Station))})
        self.show_groups()

    def forget(self) -> None:
        self.groups = []
        self.show_groups()

    def show_groups(self) -> None:
        self.tree.clear()
        for group in self.groups:
            top = QTreeWidgetItem([group.uscc, self.tr("{0} 家").format(len(group.enterprises)), "", "", ""])
            top.setData(0, ID_ROLE, group.uscc)
            for e in group.enterprises:
                child = QTreeWidgetItem([e.name, self.names.get(e.township_id or "", ""), e.address or "",
                                         local_time(e.created_at), self.names.get(e.origin_station, "")])
                child.setData(0, ID_ROLE, e.id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.empty.show_text("" if self.groups else self.tr(
            "没有可能重复的企业。两个乡镇各自登记了同一个统一社会信用代码的企业时，会在这里列出，由您合并。"))
        self.update_buttons()

    def selected(self) -> tuple[DuplicateGroup, str | None] | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0]
        top = item.parent() or item
        group = self.groups[self.tree.indexOfTopLevelItem(top)]
        return group, (str(item.data(0, ID_ROLE)) if item.parent() is not None else None)

    def update_buttons(self) -> None:
        allowed = is_admin(self.db) and self.db.store is not None and not self.db.busy
        self.merge_button.setEnabled(allowed and self.selected() is not None)
        if self.groups and not is_admin(self.db):
            self.hint.setText(self.tr("合并重复企业需要县级管理员权限。"))
            self.hint.setStyleSheet(WARN_STYLE)
        else:
            self.hint.setText(self.tr("同一统一社会信用代码登记了不止一家企业。选中一组（或要保留的那家），点“合并到…”。"))
            self.hint.setStyleSheet(HINT_STYLE)

    def merge(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.sync import conflicts
        from ui.dialogs.duplicate_merge import DuplicateMergeDialog

        chosen = self.selected()
        if chosen is None or not self.merge_button.isEnabled():
            return
        group, keep_id = chosen
        dialog = DuplicateMergeDialog(group.uscc, group.enterprises, self.names, keep_id, self)
        try:
            if not modal.exec_dialog(dialog):
                return
            keep, drops = dialog.keep_id(), dialog.drop_ids()
            keep_name = next(e.name for e in group.enterprises if e.id == keep)
        finally:
            dialog.deleteLater()
        question = self.tr("把 {0} 家企业合并到“{1}”？合并后不能撤销（被合并的企业停用，记录保留）。").format(
            len(drops), keep_name)
        if not modal.confirm(self, question, self.tr("合并重复企业")):
            return
        try:
            with self.db.session() as s:
                moved = sum(conflicts.merge_duplicate(s, keep_id=keep, drop_id=d, actor=ACTOR) for d in drops)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.tab.page.message.emit(self.tr("已把 {0} 家企业合并到“{1}”，改挂 {2} 条记录。").format(
            len(drops), keep_name, moved))

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("信用代码 / 企业"), self.tr("乡镇"), self.tr("地址"), self.tr("登记时间"),
                                   self.tr("登记站点")])
        self.merge_button.setText(self.tr("合并到…"))
        self.show_groups()


class HeldPanel(QWidget):
    """Held change records, grouped by station and kind."""

    def __init__(self, tab: ConflictsTab) -> None:
        super().__init__()
        self.tab = tab
        self.db = tab.db
        self.rows: list[Any] = []  # the SyncHeld rows
        self.stations: dict[str, str] = {}
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("held_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = EmptyHint(self.table, "held_empty")
        self.release_button = QPushButton()
        self.release_button.setObjectName("btn_release_held")
        self.release_button.clicked.connect(self.release)
        self.hint = hint_label("held_hint")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.release_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def load(self, s: Any) -> None:
        from sqlmodel import select

        from qsupervise.models import Station
        from qsupervise.sync import conflicts

        self.rows = conflicts.held(s)
        self.stations = {st.id: st.name for st in s.exec(select(Station))}
        self.show_rows()

    def forget(self) -> None:
        self.rows = []
        self.show_rows()

    def show_rows(self) -> None:
        from qsupervise.sync.merge import stamp_time

        groups: dict[tuple[str, str], list[int]] = defaultdict(list)
        for h in self.rows:
            groups[(h.station_id, h.table_name)].append(h.hlc)
        self.table.setRowCount(len(groups))
        for r, ((station, table), stamps) in enumerate(sorted(groups.items())):
            first, last = local_time(stamp_time(min(stamps))), local_time(stamp_time(max(stamps)))
            texts = [self.stations.get(station, station[:8]), table_label(table), f"{len(stamps):,}",
                     first if first == last else f"{first} – {last}"]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.empty.show_text("" if self.rows else self.tr(
            "没有暂存的记录。时间比本机超前一天以上的变更（通常是发送方电脑日期设错了）会暂存在这里，核对后再应用。"))
        self.update_buttons()

    def update_buttons(self) -> None:
        allowed = is_admin(self.db) and self.db.store is not None and not self.db.busy
        self.release_button.setEnabled(allowed and bool(self.rows))
        if self.rows and not is_admin(self.db):
            self.hint.setText(self.tr("应用暂存记录需要县级管理员权限。"))
            self.hint.setStyleSheet(WARN_STYLE)
        else:
            self.hint.setText(self.tr(
                "这些变更的时间比本机时钟超前一天以上，暂未应用；本机时钟赶上后会自动应用。"))
            self.hint.setStyleSheet(HINT_STYLE)

    def release(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.sync import conflicts

        if not self.release_button.isEnabled():
            return
        question = self.tr(
            "这 {0} 条变更的时间比本机超前一天以上，通常是发送方电脑的日期设错了。\n\n"
            "请先打电话核对发送方电脑的日期和时间：\n"
            "· 如果是发送方日期错了：请对方改正日期，这些记录不必应用；\n"
            "· 如果是本机日期错了：请先改正本机日期，记录会自动应用；\n"
            "· 如果两边日期都对（核对无误）：再应用。\n\n"
            "应用后，本机的时钟也会随之前移到这些记录的时间。现在应用？").format(f"{len(self.rows):,}")
        if not modal.confirm(self, question, self.tr("核对后应用")):
            return
        try:
            with self.db.session() as s:
                applied = conflicts.release_held(s, force=True, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.tab.page.message.emit(self.tr("已应用 {0} 条暂存记录。").format(applied))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("来自站点"), self.tr("类别"), self.tr("条数"),
                                              self.tr("记录时间")])
        self.release_button.setText(self.tr("核对后应用…"))
        self.show_rows()
