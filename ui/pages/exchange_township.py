"""数据交换 → 同步包 (a township): export the work the county has not acknowledged, import its return package,
and see what the county last confirmed and what is left to decide."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.pages.exchange_common import (
    GOOD_STYLE,
    HINT_STYLE,
    RED_STYLE,
    WARN_STYLE,
    human_size,
    local_time,
    stamp,
    table_label,
)
from ui.permissions import allows

if TYPE_CHECKING:
    from qsupervise.sync.exchange import ExportResult, ImportResult
    from ui.pages.exchange import ExchangePage

class TownshipTab(QWidget):
    def __init__(self, page: ExchangePage) -> None:
        super().__init__()
        self.setObjectName("exchange_township_tab")
        self.page = page
        self.db = page.db
        self.exported: ExportResult | None = None
        self.imported: list[ImportResult] = []
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for key, slot in (("export_package", self.export_package), ("import_return", self.import_return)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)

        self.values: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form_labels: dict[str, QLabel] = {}
        for key in ("receipt", "acknowledged", "open"):
            caption = QLabel()
            value = QLabel()
            value.setObjectName(f"township_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
            self.form_labels[key], self.values[key] = caption, value
        self.open_link = QLabel()
        self.open_link.setObjectName("township_open_link")
        self.open_link.linkActivated.connect(lambda _link: self.page.show_conflicts())
        self.form.addRow("", self.open_link)

        self.result_title = QLabel()
        self.result_title.setProperty("section", True)
        self.result = QLabel()
        self.result.setObjectName("township_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QTableWidget(0, 2)
        self.counts.setObjectName("township_counts")
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.verticalHeader().setVisible(False)
        self.counts.setAlternatingRowColors(True)
        self.counts.setShowGrid(False)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.setMaximumWidth(420)
        self.counts.setVisible(False)
        self.note = QLabel()
        self.note.setObjectName("township_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result)
        layout.addWidget(self.counts, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.note)
        self.retranslate()
        self.update_buttons()

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None or self.page.role != "township":
            for value in self.values.values():
                value.setText("—")
            self.open_link.setText("")
            self.update_buttons()
            return
        from sqlmodel import col, func, select

        from qsupervise.models import LocalClock, Station, SyncPackage
        from qsupervise.sync import conflicts, exchange, stations
        from qsupervise.sync.status import totals

        with self.db.read() as s:
            local = stations.local_station(s)
            county = s.exec(select(Station).where(Station.role == "county", Station.id != local.id)).first()
            clock = s.get(LocalClock, local.id)
            mine = clock.seq if clock is not None else 0
            acknowledged, last, received = 0, None, 0
            if county is not None:
                acknowledged = exchange.watermarks(s.connection(), county.id).get(local.id, 0)
                from_county = SyncPackage.station_id == county.id
                newest = (col(SyncPackage.imported_at).desc(), col(SyncPackage.seq_last).desc())
                last = s.exec(select(SyncPackage).where(from_county).order_by(*newest).limit(1)).first()
                received = s.exec(select(func.count()).select_from(SyncPackage).where(from_county)).one()
            open_count = len(conflicts.open_conflicts(s))
        sums = totals(self.db.store)
        if county is None:
            self.values["receipt"].setText(self.tr("本站没有登记县级站点：请用县级发放的登记文件初始化本站。"))
        elif last is None:
            self.values["receipt"].setText(self.tr("尚未导入过{0}的回执下发包。").format(county.name))
        else:
            self.values["receipt"].setText(self.tr("{0}，文件 {1}（共导入 {2} 个）").format(
                local_time(last.imported_at), last.file_name, received))
        waiting = max(mine - acknowledged, 0)
        if mine == 0:
            ack = self.tr("本站还没有记录。")
        elif waiting == 0:
            ack = self.tr("县级已收到本站全部 {0} 条变更记录。").format(f"{mine:,}")
        else:
            ack = self.tr("县级已确认收到本站前 {0} 条变更记录；另有 {1} 条尚未确认，每次导出都会带上，"
                          "直到县级回执确认收到。").format(f"{acknowledged:,}", f"{waiting:,}")
        self.values["acknowledged"].setText(ack)
        self.values["acknowledged"].setStyleSheet(WARN_STYLE if waiting else GOOD_STYLE if mine else "")
        self.values["open"].setText(self.tr("未处理冲突 {0} · 暂存待核对 {1} · 等待关联记录 {2}").format(
            open_count, sums.held, sums.pending))
        self.values["open"].setStyleSheet(WARN_STYLE if open_count or sums.held else "")
        self.open_link.setText(f'<a href="conflicts">{self.tr("到“冲突与重复”处理")}</a>'
                               if open_count or sums.held else "")
        self.update_buttons()

    def forget(self) -> None:
        self.exported = None
        self.imported = []
        self.show_result()

    def update_buttons(self) -> None:
        ready = self.db.store is not None and self.page.role == "township" and not self.db.busy
        self.buttons["export_package"].setVisible(allows(self.db, "package.export"))
        self.buttons["import_return"].setVisible(allows(self.db, "package.import"))
        for button in self.buttons.values():
            button.setEnabled(ready)

    # -- actions ---------------------------------------------------------------------------------

    def export_package(self) -> None:
        """Everything the county has not acknowledged, in one package: nothing is marked as sent."""
        store = self.db.store
        if store is None or not self.buttons["export_package"].isEnabled():
            return
        suggested = f"{self.page.station_name}-{stamp()}.qsp"
        path = self.page.ask_save_path(self.tr("导出同步包"), suggested)
        if path is None:
            return

        def job(*, progress: Any, cancel: Any) -> ExportResult:
            from qsupervise.sync import exchange

            progress(-1.0, "")
            return exchange.export_package(store, path)

        def done(result: ExportResult) -> None:
            self.exported, self.imported = result, []
            self.show_result()
            self.page.message.emit(self.tr("已导出同步包 {0}").format(result.path))
            self.db.notify_changed()  # the audit entry; the status stays as it was

        self.page.run_job(job, label=self.tr("正在导出同步包…"), on_success=done)

    def import_return(self) -> None:
        store = self.db.store
        if store is None or not self.buttons["import_return"].isEnabled():
            return
        paths = self.page.ask_open_paths(self.tr("导入县级回执/下发包"))
        if not paths:
            return
        lang = i18n.error_lang()

        def job(*, progress: Any, cancel: Any) -> list[ImportResult]:
            from qsupervise.sync import exchange

            progress(-1.0, "")
            return exchange.import_packages(store, list(paths), lang=lang)

        def done(results: list[ImportResult]) -> None:
            self.exported, self.imported = None, results
            self.show_result()
            refused = sum(r.refused for r in results)
            self.page.message.emit(self.tr("已导入 {0} 个回执下发包，拒收 {1} 个").format(
                len(results) - refused, refused))
            self.db.notify_changed()

        self.page.run_job(job, label=self.tr("正在导入县级回执下发包…"), on_success=done)

    # -- showing what was done ---------------------------------------------------------------------

    def show_result(self) -> None:
        self.counts.setVisible(False)
        self.result.setStyleSheet("")
        if self.exported is not None:
            done = self.exported
            self.result_title.setText(self.tr("刚导出的同步包"))
            empty = self.tr("没有县级尚未收到的变更；包里只有本站的接收情况，县级导入后即知本站已收到哪些。")
            self.result.setText(self.tr(
                "已写出 {0}（{1}），含 {2} 条变更记录（本站序号 {3}–{4}）。已读回核对，与写入的内容一致。{5}").format(
                done.path, human_size(done.size), f"{done.changes:,}", done.seq_first, done.seq_last,
                "" if done.changes else empty))
            rows = sorted(done.counts.items(), key=lambda kv: -kv[1])
            self.counts.setRowCount(len(rows))
            for r, (table, count) in enumerate(rows):
                self.counts.setItem(r, 0, QTableWidgetItem(table_label(table)))
                number = QTableWidgetItem(f"{count:,}")
                number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(r, 1, number)
            self.counts.setVisible(bool(rows))
            self.fit_counts()
        elif self.imported:
            from qsupervise.sync import status

            lang = i18n.error_lang()
            self.result_title.setText(self.tr("刚导入的回执下发包"))
            self.result.setText("\n".join(status.describe(r, lang) for r in self.imported))
            if any(r.refused for r in self.imported):
                self.result.setStyleSheet(RED_STYLE)
        else:
            self.result_title.setText(self.tr("操作结果"))
            self.result.setText(self.tr("导出或导入后，这里显示包里有什么、导入了什么。"))
            self.result.setStyleSheet(HINT_STYLE)

    def fit_counts(self) -> None:
        """As tall as its rows (up to a limit), so a short list does not leave an empty box."""
        self.counts.resizeRowsToContents()
        rows = sum(self.counts.rowHeight(r) for r in range(self.counts.rowCount()))
        frame = 2 * self.counts.frameWidth() + self.counts.horizontalHeader().sizeHint().height()
        self.counts.setFixedHeight(min(rows + frame + 2, 360))

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.buttons["export_package"].setText(self.tr("导出同步包…"))
        self.buttons["export_package"].setToolTip(
            self.tr("把县级尚未确认收到的全部变更写成一个 .qsp 文件，用 U 盘交给县级"))
        self.buttons["import_return"].setText(self.tr("导入县级回执/下发包…"))
        self.buttons["import_return"].setToolTip(self.tr("导入县级为本乡镇写的回执下发包（.qsp）"))
        for key, text in (("receipt", self.tr("县级最近回执：")), ("acknowledged", self.tr("县级已确认：")),
                          ("open", self.tr("待处理：")),):
            self.form_labels[key].setText(text)
        self.counts.setHorizontalHeaderLabels([self.tr("类别"), self.tr("变更记录")])
        self.note.setText(self.tr(
            "导出不会把任何记录标记为“已发送”：每个包都带着县级尚未确认收到的全部变更，丢了一个包，下一个包会再带上。"
            "县级导入后写的回执下发包告诉本站县级已收到哪些，同时带回县级和其他乡镇的更新。"))
        self.show_result()
