"""数据交换 → 冲突与重复: fields two stations changed without seeing each other (side by side: where they started,
each version, what shows now; the user takes one or types the right value), enterprises registered twice, and
records held because their stamps are far ahead of this computer's clock.

Resolving writes a new change that travels to every station (qsupervise/sync/conflicts.py); it needs the
county administrator's rights, as merging duplicates and releasing held records do.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR
from ui.pages.exchange_common import HINT_STYLE, WARN_STYLE, local_time, table_label
from ui.pages.exchange_duplicates import DuplicatesPanel, HeldPanel
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import is_admin

if TYPE_CHECKING:
    from qsupervise.sync.conflicts import Conflict, Version
    from ui.pages.exchange import ExchangePage

RECORD, KIND, FIELD, VERSIONS = range(4)
WHICH, VALUE, STATION, USER, WHEN = range(5)
# Fields holding codes or links: picked from the versions, never typed.
CODE_FIELDS = frozenset({"kind", "scale", "status", "stage", "verdict", "role", "level", "result"})


def raw_text(value: Any) -> str:
    return "" if value is None else str(value)


def looks_like_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def typed_value(conflict: Conflict) -> bool:
    """Whether a value of this field may be typed (text), not only picked from the versions."""
    values = [v.value for v in conflict.versions] + [conflict.current]
    if conflict.field.endswith(("_id", "_code")) or conflict.field in CODE_FIELDS:
        return False
    return all(v is None or isinstance(v, str) for v in values)


class ConflictsPanel(QWidget):
    """The open conflicts: a list, and the one chosen side by side."""

    def __init__(self, tab: ConflictsTab) -> None:
        super().__init__()
        self.tab = tab
        self.db = tab.db
        self.conflicts: list[Conflict] = []
        self.townships: dict[str, str] = {}
        self.choices: list[Any] = []  # the value each row of the versions table stands for
        self.chosen: int | None = None

        self.list = QTableWidget(0, 4)
        self.list.setObjectName("conflict_list")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.setAlternatingRowColors(True)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self.show_current)
        self.list_empty = EmptyHint(self.list, "conflicts_empty")

        self.heading = QLabel()
        self.heading.setObjectName("conflict_heading")
        self.heading.setProperty("section", True)
        self.heading.setWordWrap(True)
        self.versions = QTableWidget(0, 5)
        self.versions.setObjectName("conflict_versions")
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.verticalHeader().setVisible(False)
        self.versions.setShowGrid(False)
        self.versions.setWordWrap(True)
        vheader = self.versions.horizontalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vheader.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        self.versions.itemSelectionChanged.connect(self.on_version_chosen)
        self.value_caption = QLabel()
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("conflict_value")
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("btn_resolve")
        self.resolve_button.clicked.connect(self.resolve)
        self.hint = QLabel()
        self.hint.setObjectName("conflict_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_caption)
        value_row.addWidget(self.value_edit, 1)
        value_row.addWidget(self.resolve_button)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(8, 0, 0, 0)
        side_box.addWidget(self.heading)
        side_box.addWidget(self.versions, 1)
        side_box.addLayout(value_row)
        side_box.addWidget(self.hint)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(side)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split, 1)

    # -- data ------------------------------------------------------------------------------------

    def load(self, s: Any) -> None:
        from qsupervise.services import org
        from qsupervise.sync import conflicts

        keep = self.current()
        self.conflicts = conflicts.open_conflicts(s)
        self.townships = {u.id: u.name for u in org.list_units(s)}
        self.show_list(keep.key if keep is not None else None)

    def forget(self) -> None:
        self.conflicts = []
        self.show_list(None)

    def field_text(self, conflict: Conflict) -> str:
        if conflict.table == "enterprise":
            from ui.registry_text import field_label

            return field_label(conflict.field)
        return conflict.field

    def value_display(self, conflict: Conflict, value: Any) -> str:
        if conflict.table == "enterprise":
            from ui.registry_text import value_text

            return value_text(conflict.field, value, self.townships)
        if value is None or value == "":
            return self.tr("（空）")
        if isinstance(value, bool):
            return self.tr("是") if value else self.tr("否")
        return str(value)

    def show_list(self, keep: tuple[str, str, str] | None) -> None:
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.conflicts))
        for r, c in enumerate(self.conflicts):
            texts = [c.label or c.row_id[:8], table_label(c.table), self.field_text(c), str(len(c.versions))]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if col == VERSIONS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.list.setItem(r, col, item)
        self.list.blockSignals(False)
        self.list_empty.show_text("" if self.conflicts else self.tr(
            "没有未处理的冲突。两个站点各自改了同一条记录的同一项、且互不知情时，导入后会在这里列出，由您决定采用哪个值。"))
        rows = [i for i, c in enumerate(self.conflicts) if c.key == keep]
        if rows or self.conflicts:
            self.list.selectRow(rows[0] if rows else 0)
        self.show_current()

    def select_record(self, table: str | None, row_id: str | None) -> None:
        for i, c in enumerate(self.conflicts):
            if (table is None or c.table == table) and (row_id is None or c.row_id == row_id):
                self.list.selectRow(i)
                return

    def current(self) -> Conflict | None:
        rows = self.list.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def show_current(self) -> None:
        conflict = self.current()
        self.versions.blockSignals(True)
        self.versions.setRowCount(0)
        self.choices, self.chosen = [], None
        self.value_edit.clear()
        if conflict is None:
            self.heading.setText(self.tr("选择左侧的一条冲突查看各方的值。") if self.conflicts else "")
            self.versions.blockSignals(False)
            self.update_buttons()
            return
        self.heading.setText(self.tr("{0}“{1}”的“{2}”").format(
            table_label(conflict.table), conflict.label or conflict.row_id[:8], self.field_text(conflict)))
        rows: list[tuple[str, Version | None, Any]] = []
        if conflict.base is not None:
            rows.append((self.tr("修改前"), conflict.base, conflict.base.value))
        for i, version in enumerate(conflict.versions, 1):
            rows.append((self.tr("版本 {0}").format(i), version, version.value))
        rows.append((self.tr("当前显示"), None, conflict.current))
        self.versions.setRowCount(len(rows))
        for r, (which, version, value) in enumerate(rows):
            texts = [which, self.value_display(conflict, value), version.station_name if version else "",
                     version.user if version else "", local_time(version.at) if version else ""]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if version is None or (conflict.base is not None and r == 0):
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.versions.setItem(r, c, item)
            self.choices.append(value)
        self.versions.resizeRowsToContents()
        self.versions.blockSignals(False)
        first_version = 1 if conflict.base is not None else 0
        self.versions.selectRow(first_version)
        self.on_version_chosen()
        self.update_buttons()

    def on_version_chosen(self) -> None:
        rows = self.versions.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = rows[0].row()
        self.value_edit.setText(raw_text(self.choices[self.chosen]))

    def update_buttons(self) -> None:
        conflict = self.current()
        allowed = is_admin(self.db) and self.db.store is not None and not self.db.busy
        self.resolve_button.setEnabled(allowed and conflict is not None)
        self.value_edit.setEnabled(allowed and conflict is not None and typed_value(conflict))
        if conflict is not None and not is_admin(self.db):
            self.hint.setText(self.tr("处理冲突需要县级管理员权限。"))
            self.hint.setStyleSheet(WARN_STYLE)
        else:
            self.hint.setText(self.tr(
                "选中一个版本（或直接改下面的值），点“采用”。采用的值会随同步包传到各站点，结束这条冲突；"
                "其他值保留在变更记录里。"))
            self.hint.setStyleSheet(HINT_STYLE)

    # -- resolving -------------------------------------------------------------------------------

    def value_to_write(self, conflict: Conflict) -> tuple[bool, Any]:
        """(ok, value): the version picked, or what was typed (checked for a date field)."""
        text = self.value_edit.text().strip()
        if self.chosen is not None and text == raw_text(self.choices[self.chosen]):
            return True, self.choices[self.chosen]
        if not typed_value(conflict):
            return True, self.choices[self.chosen] if self.chosen is not None else conflict.current
        values = [v.value for v in conflict.versions if v.value not in (None, "")]
        if text and values and all(looks_like_date(v) for v in values):
            try:
                (datetime.fromisoformat if any("T" in v for v in values) else date.fromisoformat)(text)
            except ValueError:
                modal.warn(self, self.tr("“{0}”不是日期，请按 2026-01-31 的格式填写。").format(text))
                return False, None
        if not text:
            return True, None if any(v.value is None for v in conflict.versions) else ""
        return True, text

    def resolve(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.sync import conflicts

        conflict = self.current()
        if conflict is None or not self.resolve_button.isEnabled():
            return
        ok, value = self.value_to_write(conflict)
        if not ok:
            return
        try:
            with self.db.session() as s:
                conflicts.resolve(s, table=conflict.table, row_id=conflict.row_id, field_name=conflict.field,
                                  value=value, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.tab.page.message.emit(self.tr("已采用“{0}”作为{1}“{2}”的{3}；下次同步后各站点一致。").format(
            self.value_display(conflict, value), table_label(conflict.table), conflict.label,
            self.field_text(conflict)))

    def retranslate(self) -> None:
        self.list.setHorizontalHeaderLabels([self.tr("记录"), self.tr("类别"), self.tr("字段"), self.tr("版本数")])
        self.versions.setHorizontalHeaderLabels([self.tr("来源"), self.tr("值"), self.tr("站点"), self.tr("用户"),
                                                 self.tr("时间")])
        self.value_caption.setText(self.tr("采用的值："))
        self.resolve_button.setText(self.tr("采用"))
        self.resolve_button.setToolTip(self.tr("以此值结束这条冲突（传到各站点）"))
        self.show_list(self.current().key if self.current() is not None else None)


class ConflictsTab(QWidget):
    def __init__(self, page: ExchangePage) -> None:
        super().__init__()
        self.setObjectName("exchange_conflicts_tab")
        self.page = page
        self.db = page.db
        self.inner = QTabWidget()
        self.inner.setObjectName("conflict_tabs")
        self.inner.setDocumentMode(True)
        self.conflicts = ConflictsPanel(self)
        self.duplicates = DuplicatesPanel(self)
        self.held = HeldPanel(self)
        for panel in (self.conflicts, self.duplicates, self.held):
            self.inner.addTab(panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.inner, 1)
        self.retranslate()

    def refresh(self) -> None:
        if self.db.store is None:
            self.forget()
            return
        with self.db.read() as s:
            self.conflicts.load(s)
            self.duplicates.load(s)
            self.held.load(s)
        self.show_counts()
        self.update_buttons()

    def forget(self) -> None:
        self.conflicts.forget()
        self.duplicates.forget()
        self.held.forget()
        self.show_counts()

    def select_record(self, table: str | None, row_id: str | None) -> None:
        if self.page.stale_tabs and self in self.page.stale_tabs:
            self.page.refresh_tab(self)
        self.inner.setCurrentWidget(self.conflicts)
        self.conflicts.select_record(table, row_id)

    def update_buttons(self) -> None:
        self.conflicts.update_buttons()
        self.duplicates.update_buttons()
        self.held.update_buttons()

    def show_counts(self) -> None:
        counts = (len(self.conflicts.conflicts), len(self.duplicates.groups), len(self.held.rows))
        titles = (self.tr("字段冲突（{0}）"), self.tr("可能重复的企业（{0}）"), self.tr("暂存记录（{0}）"))
        for i, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.inner.setTabText(i, title.format(count))

    def retranslate(self) -> None:
        self.conflicts.retranslate()
        self.duplicates.retranslate()
        self.held.retranslate()
        self.show_counts()
