"""设置 → 审计日志: the audit trail with filters (user, kind of action, dates, text), newest first a page at a
time, the selected entry's data changes (old → new, from the change log) and an Excel export.

Filtering and paging happen in SQL (``services.audit_trail``); the table holds the pages fetched so far.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import ACTOR, Database
from ui.models.base import ListTableModel
from ui.pages.dashboard import dense_table
from ui.widgets_search import ChoiceCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.audit_trail import FieldChange, TrailFilter, TrailRow
    from ui.workers import Task

HINT_STYLE = "color: #5f6b76;"
PAGE = 200
CHANGES_SHOWN = 500
NO_DATE = QDate(2000, 1, 1)  # a date edit at its minimum shows "不限"


class TrailModel(ListTableModel["TrailRow"]):
    SEQ, AT, ACTOR, ACTION, TARGET, DETAIL = range(6)

    def headers(self) -> Sequence[str]:
        return [self.tr("序号"), self.tr("时间"), self.tr("用户"), self.tr("操作"), self.tr("对象"), self.tr("详情")]

    def cell(self, row: TrailRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.seq, row.local_time.strftime("%Y-%m-%d %H:%M:%S"), row.actor, row.action, row.target,
                      row.detail_text())
            return str(values[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChangesModel(ListTableModel["FieldChange"]):
    TABLE, ROW, FIELD, OLD, NEW, OP = range(6)

    def headers(self) -> Sequence[str]:
        return [self.tr("表"), self.tr("记录"), self.tr("字段"), self.tr("原值"), self.tr("新值"), self.tr("变更")]

    def cell(self, row: FieldChange, column: int, role: int) -> Any:
        from qsupervise.services.audit_trail import shown

        if role == Qt.ItemDataRole.DisplayRole:
            ops = {"insert": self.tr("新增"), "update": self.tr("修改"), "delete": self.tr("删除")}
            values = (row.table, row.row_id, row.field or "", shown(row.old), shown(row.new), ops.get(row.op, row.op))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.OLD, self.NEW):
            return shown(row.old if column == self.OLD else row.new)
        return None


class AuditTab(QWidget):
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_audit")
        self.db = db
        self.task: Task | None = None
        self.total = 0
        self._filling = False

        self.search = SearchBox()
        self.search.setObjectName("audit_search")
        self.search.search.connect(self.refresh)
        self.actor = ChoiceCombo("audit_actor")
        self.kind = ChoiceCombo("audit_kind")
        self.since = self.date_edit("audit_since")
        self.until = self.date_edit("audit_until")
        for combo in (self.actor, self.kind):
            combo.currentIndexChanged.connect(self.on_filters_changed)
        self.since_label, self.until_label = QLabel(), QLabel()
        self.export_button = QPushButton()
        self.export_button.setObjectName("btn_audit_export")
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search, 1)
        for widget in (self.actor, self.kind, self.since_label, self.since, self.until_label, self.until,
                       self.export_button):
            bar.addWidget(widget)

        self.model = TrailModel(self)
        self.view = dense_table("audit_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate((60, 150, 90, 170, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TrailModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self.show_detail)
        self.count_label = QLabel()
        self.count_label.setObjectName("audit_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        self.more_button = QPushButton()
        self.more_button.setObjectName("btn_audit_more")
        self.more_button.clicked.connect(self.load_more)

        self.detail = QLabel()
        self.detail.setObjectName("audit_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = ChangesModel(self)
        self.changes_view = dense_table("audit_changes")
        self.changes_view.setModel(self.changes)
        self.changes_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes_label = QLabel()
        self.changes_label.setObjectName("audit_changes_count")
        self.changes_label.setStyleSheet(HINT_STYLE)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.view, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.more_button)
        top_box.addLayout(count_row)
        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        bottom_box.addWidget(self.detail)
        bottom_box.addWidget(self.changes_view, 1)
        bottom_box.addWidget(self.changes_label)
        for table in (self.view, self.changes_view):  # the settings page must still fit a small window
            table.setMinimumHeight(48)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self.on_filters_changed)
        return edit

    # -- data ----------------------------------------------------------------------------------

    def filters(self) -> TrailFilter:
        from qsupervise.services.audit_trail import TrailFilter

        def day(edit: QDateEdit) -> Any:
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return TrailFilter(actor=self.actor.value(), kind=self.kind.value(), since=day(self.since),
                           until=day(self.until), text=self.search.text().strip())

    def refresh(self) -> None:
        from qsupervise.services import audit_trail

        if self.db.store is None:
            self.model.set_rows([])
            self.total = 0
            self.show_count()
            return
        chosen = self.filters()
        with self.db.read() as s:
            self.fill_choices(audit_trail.actors(s), audit_trail.kinds(s))
            rows = audit_trail.page(s, chosen, limit=PAGE)
            self.total = audit_trail.count(s, chosen)
        self.model.set_rows(rows)
        self.show_count()
        self.show_detail()

    def load_more(self) -> None:
        from qsupervise.services import audit_trail

        if self.db.store is None or not self.model.rows:
            return
        with self.db.read() as s:
            more = audit_trail.page(s, self.filters(), before=self.model.rows[-1].seq, limit=PAGE)
        self.model.set_rows(self.model.rows + more)
        self.show_count()

    def fill_choices(self, actors: list[str], kinds: list[str]) -> None:
        self._filling = True
        try:
            actor, kind = self.actor.value(), self.kind.value()
            self.actor.set_choices(self.tr("全部用户"), [(a, a) for a in actors])
            self.kind.set_choices(self.tr("全部操作"), [(k, k) for k in kinds])
            self.actor.set_value(actor)
            self.kind.set_value(kind)
        finally:
            self._filling = False

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_count(self) -> None:
        shown = self.model.rowCount()
        if shown < self.total:
            self.count_label.setText(self.tr("共 {0} 条，已显示 {1} 条").format(f"{self.total:,}", f"{shown:,}"))
        else:
            self.count_label.setText(self.tr("共 {0} 条").format(f"{self.total:,}"))
        self.more_button.setEnabled(shown < self.total)
        self.export_button.setEnabled(self.db.store is not None and not (self.task is not None and self.task.running))

    def current(self) -> TrailRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def show_detail(self) -> None:
        from qsupervise.services import audit_trail

        row = self.current()
        if row is None or self.db.store is None:
            self.detail.setText(self.tr("选中一条记录，查看它改动了哪些数据。"))
            self.changes.set_rows([])
            self.changes_label.setText("")
            return
        with self.db.read() as s:
            found = audit_trail.changes_of(s, row.seq, limit=CHANGES_SHOWN)
        self.detail.setText(self.tr("{0}  {1}  {2}  {3}\n{4}").format(
            row.local_time.strftime("%Y-%m-%d %H:%M:%S"), row.actor, row.action, row.target, row.detail_text()))
        self.changes.set_rows(found.changes)
        if not found.linked:
            self.changes_label.setText(self.tr("这条记录早于与变更记录的关联，无法列出它改动的数据。"))
        elif not found.total:
            self.changes_label.setText(self.tr("这次操作没有改动数据。"))
        elif found.total > len(found.changes):
            self.changes_label.setText(self.tr("共 {0} 条变更记录，显示前 {1} 项").format(
                f"{found.total:,}", f"{len(found.changes):,}"))
        else:
            self.changes_label.setText(self.tr("共 {0} 条变更记录").format(f"{found.total:,}"))

    # -- export ----------------------------------------------------------------------------------

    def ask_save_path(self, suggested: str) -> Path | None:
        """Where to write the workbook; tests replace this."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出审计日志"), str(Path.home() / suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def export(self) -> None:
        from ui.workers import run_task

        store = self.db.store
        if store is None or (self.task is not None and self.task.running):
            return
        path = self.ask_save_path(self.tr("审计日志.xlsx"))
        if path is None:
            return
        chosen, lang = self.filters(), i18n.error_lang()

        def job(*, progress: Any, cancel: Any) -> int:
            from qsupervise.documents.audit_export import export_trail

            return export_trail(store, path, filters=chosen, actor=ACTOR, lang=lang, progress=progress,
                                cancel=cancel.is_set)

        def finished(count: int) -> None:
            self.message.emit(self.tr("已导出 {0} 条审计日志到 {1}").format(f"{count:,}", path))
            self.refresh()

        self.task = run_task(self, job, label=self.tr("正在导出审计日志…"), on_success=finished,
                             on_done=self.show_count)
        self.show_count()

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("对象、操作或详情中的文字"))
        self.since_label.setText(self.tr("从"))
        self.until_label.setText(self.tr("到"))
        for edit in (self.since, self.until):
            edit.setSpecialValueText(self.tr("不限"))
        self.export_button.setText(self.tr("导出…"))
        self.export_button.setToolTip(self.tr("把筛选出的审计日志导出为 Excel"))
        self.more_button.setText(self.tr("加载更多"))
        if self.actor.count():
            self.actor.setItemText(0, self.tr("全部用户"))
        if self.kind.count():
            self.kind.setItemText(0, self.tr("全部操作"))
        self.model.retranslate()
        self.changes.retranslate()
        self.show_count()
        if self.db.store is not None:
            self.show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
