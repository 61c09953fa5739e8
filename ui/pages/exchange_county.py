"""数据交换 → 站点与导入 (the county): check the townships' packages first (a dry run per package, nothing
written), then 应用 imports them for real (one backup before the batch); the stations table says who sent what
and writes each township its return package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.pages.exchange_common import GOOD_STYLE, HINT_STYLE, RED_STYLE, WARN_STYLE, human_size, stamp
from ui.pages.exchange_stations import StationsPanel
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import allows, is_admin

if TYPE_CHECKING:
    from qsupervise.sync.exchange import ExportResult, ImportResult
    from ui.pages.exchange import ExchangePage

FILE, STATION, STATE, CREATED, UPDATED, UNCHANGED, CONFLICTS, ERRORS, NOTE = range(9)
NUMBERS = (CREATED, UPDATED, UNCHANGED, CONFLICTS, ERRORS)
RED = QColor("#c62828")
GREEN = QColor("#2e7d32")
AMBER = QColor("#b26a00")
SKIPPED = "skipped"  # not imported: the user cancelled before its turn


class CountyTab(QWidget):
    def __init__(self, page: ExchangePage) -> None:
        super().__init__()
        self.setObjectName("exchange_county_tab")
        self.page = page
        self.db = page.db
        self.results: list[ImportResult] = []  # the dry run's, replaced one by one by the real imports
        self.applied = False
        self.exports: list[ExportResult] = []
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for key, slot in (("import_files", self.import_files), ("import_folder", self.import_folder),
                          ("apply", self.apply), ("clear", self.clear)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            bar.addWidget(button)
            self.buttons[key] = button
            if key == "import_folder":
                bar.addSpacing(12)
        bar.addStretch(1)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("county_totals")
        self.totals_label.linkActivated.connect(lambda _link: self.page.show_conflicts())
        bar.addWidget(self.totals_label)

        self.table = QTableWidget(0, 9)
        self.table.setObjectName("import_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # a refusal's reason is read in full
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyHint(self.table, "import_empty")
        self.outcome = QLabel()
        self.outcome.setObjectName("import_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stations_title = QLabel()
        self.stations_title.setProperty("section", True)
        self.return_all = QPushButton()
        self.return_all.setObjectName("btn_return_all")
        self.return_all.clicked.connect(self.write_all_returns)
        self.stations = StationsPanel(self.db)
        self.stations.write_return.connect(self.write_return)
        self.stations.message.connect(self.page.message.emit)
        self.stations.note.connect(self.show_note)
        self.export_note = QLabel()
        self.export_note.setObjectName("return_outcome")
        self.export_note.setWordWrap(True)
        self.export_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addLayout(bar)
        top_box.addWidget(self.table, 1)
        top_box.addWidget(self.outcome)
        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 6, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.stations_title)
        title_row.addStretch(1)
        title_row.addWidget(self.stations.enrol_button)
        title_row.addWidget(self.stations.revoke_button)
        title_row.addSpacing(12)
        title_row.addWidget(self.return_all)
        bottom_box.addLayout(title_row)
        bottom_box.addWidget(self.stations, 1)
        bottom_box.addWidget(self.export_note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split, 1)
        self.retranslate()
        self.update_buttons()

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db.store is None or self.page.role != "county":
            self.stations.forget()
            self.totals_label.setText("")
            self.update_buttons()
            return
        from qsupervise.sync import conflicts
        from qsupervise.sync.status import totals

        with self.db.read() as s:
            self.stations.can_export = allows(self.db, "package.export")
            self.stations.can_manage = is_admin(self.db)
            self.stations.load(s)
            open_count = len(conflicts.open_conflicts(s))
        sums = totals(self.db.store)
        text = self.tr("未处理冲突 {0} · 暂存待核对 {1} · 等待关联记录 {2}").format(open_count, sums.held, sums.pending)
        if open_count or sums.held:
            text = f'<a href="conflicts">{text}</a>'
        self.totals_label.setText(text)
        self.totals_label.setStyleSheet(WARN_STYLE if open_count or sums.held else HINT_STYLE)
        self.update_buttons()

    def forget(self) -> None:
        self.results, self.applied, self.exports = [], False, []
        self.stations.forget()
        self.show_results()
        self.export_note.setText("")

    def update_buttons(self) -> None:
        ready = self.db.store is not None and self.page.role == "county" and not self.db.busy
        importing = allows(self.db, "package.import")
        for key in ("import_files", "import_folder", "apply", "clear"):
            self.buttons[key].setVisible(importing)
        self.buttons["import_files"].setEnabled(ready)
        self.buttons["import_folder"].setEnabled(ready)
        self.buttons["apply"].setEnabled(ready and not self.applied and any(r.status == "dry_run"
                                                                            for r in self.results))
        self.buttons["clear"].setEnabled(not self.db.busy and bool(self.results))
        exporting = allows(self.db, "package.export")
        self.return_all.setVisible(exporting)
        self.return_all.setEnabled(ready and any(not r.revoked for r in self.stations.rows))
        self.stations.ready = ready
        self.stations.can_manage = is_admin(self.db)
        self.stations.update_buttons()

    # -- importing ---------------------------------------------------------------------------------

    def import_files(self) -> None:
        if self.buttons["import_files"].isEnabled():
            paths = self.page.ask_open_paths(self.tr("选择乡镇交来的同步包"))
            if paths:
                self.check(paths)

    def import_folder(self) -> None:
        if self.buttons["import_folder"].isEnabled():
            folder = self.page.ask_folder(self.tr("选择存放同步包的文件夹"))
            if folder is not None:
                self.check([folder])

    def check(self, paths: list[Path]) -> None:
        """The dry run: each package checked and merged in a transaction that is rolled back."""
        from qsupervise.sync import exchange

        files = exchange.package_files(list(paths))
        if not files:
            modal.warn(self, self.tr("所选位置没有同步包（.qsp 文件）。"))
            return
        self.run(files, dry_run=True)

    def apply(self) -> None:
        """Import for real the packages the dry run found importable (a backup is made before the first)."""
        if not self.buttons["apply"].isEnabled():
            return
        files = [r.path for r in self.results if r.status == "dry_run"]
        if files:
            self.run(files, dry_run=False)

    def run(self, files: list[Path], *, dry_run: bool) -> None:
        store = self.db.store
        if store is None:
            return
        lang = i18n.error_lang()
        step = self.tr("正在核对 {0}（{1}/{2}）…") if dry_run else self.tr("正在导入 {0}（{1}/{2}）…")

        def job(*, progress: Any, cancel: Any) -> list[ImportResult]:
            from qsupervise.sync import exchange

            done: list[ImportResult] = []
            for i, path in enumerate(files):
                if cancel.is_set():
                    done += [exchange.ImportResult(path=p, status=SKIPPED) for p in files[i:]]
                    break
                progress(i / len(files), step.format(path.name, i + 1, len(files)))
                # one package at a time, for progress and cancel; the backup before the first one only
                done += exchange.import_packages(store, [path], dry_run=dry_run, backup=not dry_run and i == 0,
                                                 lang=lang)
            progress(1.0, "")
            return done

        def finished(results: list[ImportResult]) -> None:
            if dry_run:
                self.results, self.applied = results, False
            else:
                by_path = {r.path: r for r in results}
                self.results = [by_path.get(r.path, r) for r in self.results]
                self.applied = True
            self.show_results()
            if not dry_run:
                imported = sum(r.status == "imported" for r in results)
                self.page.message.emit(self.tr("已导入 {0} 个同步包").format(imported))
                self.db.notify_changed()
            self.update_buttons()

        label = self.tr("正在核对同步包…") if dry_run else self.tr("正在导入同步包…")
        self.page.run_job(job, label=label, on_success=finished, cancellable=len(files) > 1)

    def clear(self) -> None:
        self.results, self.applied = [], False
        self.show_results()
        self.update_buttons()

    def state_text(self, result: ImportResult) -> tuple[str, QColor | None]:
        return {
            "dry_run": (self.tr("可导入"), GREEN),
            "imported": (self.tr("已导入"), GREEN),
            "already": (self.tr("已导入过"), None),
            "refused": (self.tr("拒收"), RED),
            SKIPPED: (self.tr("未导入（已取消）"), AMBER),
        }.get(result.status, (result.status, None))

    def note_text(self, result: ImportResult) -> str:
        from qsupervise.sync.status import gap_text

        if result.status == "refused":
            return result.error
        if result.status == "already":
            return self.tr("同一个包以前已导入，不会重复导入。")
        m = result.summary
        notes = []
        if m.held:
            notes.append(self.tr("{0} 条时间超前本机一天以上，暂存待核对").format(m.held))
        if m.pending:
            notes.append(self.tr("{0} 条等待关联记录").format(m.pending))
        if result.gaps:
            notes.append(self.tr("缺序号 {0}").format(gap_text(result.gaps)))
        if m.problems:
            notes.append(m.problems[0])
        return "；".join(notes)

    def show_results(self) -> None:
        self.table.setRowCount(len(self.results))
        for r, result in enumerate(self.results):
            m = result.summary
            state, colour = self.state_text(result)
            counted = result.status in ("dry_run", "imported")
            numbers = (m.created, m.updated + m.deleted, m.unchanged, m.conflicts, m.errors)
            texts = [result.path.name, result.station_name or result.station[:8], state,
                     *((f"{n:,}" if counted else "") for n in numbers), self.note_text(result)]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c in NUMBERS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == STATE and colour is not None:
                    item.setForeground(colour)
                if (c == CONFLICTS and counted and m.conflicts) or (c == ERRORS and counted and m.errors):
                    item.setForeground(RED if c == ERRORS else AMBER)
                if c in (FILE, NOTE):
                    item.setToolTip(str(result.path) if c == FILE else text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.empty.show_text("" if self.results else self.tr(
            "点“导入同步包…”选择乡镇交来的 .qsp 文件（或整个文件夹）。先试导入：只核对，并显示每个包将新增、更新多少，"
            "有无冲突；确认后再点“应用”。"))
        self.show_outcome()

    def show_outcome(self) -> None:
        if not self.results:
            self.outcome.setText(self.tr("导入前会自动备份数据库；同一个包导入两次不会重复。"))
            self.outcome.setStyleSheet(HINT_STYLE)
            return
        refused = sum(r.status == "refused" for r in self.results)
        ready = sum(r.status == "dry_run" for r in self.results)
        imported = sum(r.status == "imported" for r in self.results)
        if not self.applied:
            text = self.tr("试导入完成（未写入）：{0} 个包可导入，{1} 个拒收。点“应用”导入可导入的包。").format(
                ready, refused)
            if not ready:
                text = self.tr("试导入完成（未写入）：没有可导入的包。")
        else:
            text = self.tr("已导入 {0} 个包，拒收 {1} 个。导入前已备份数据库。").format(imported, refused)
        self.outcome.setText(text)
        worked = imported if self.applied else ready
        if refused:
            self.outcome.setStyleSheet(WARN_STYLE if worked else RED_STYLE)
        else:
            self.outcome.setStyleSheet(GOOD_STYLE if self.applied else "")

    # -- return packages ---------------------------------------------------------------------------

    def write_return(self, station_id: str) -> None:
        row = self.stations.station(station_id)
        store = self.db.store
        if row is None or store is None or self.db.busy:
            return
        path = self.page.ask_save_path(self.tr("写回执下发包"), self.tr("{0}-回执-{1}.qsp").format(row.name, stamp()))
        if path is None:
            return

        def job(*, progress: Any, cancel: Any) -> list[ExportResult]:
            from qsupervise.sync import exchange

            progress(-1.0, "")
            return [exchange.export_package(store, path, station=station_id)]

        self.page.run_job(job, label=self.tr("正在写{0}的回执下发包…").format(row.name), on_success=self.exported)

    def write_all_returns(self) -> None:
        """A return package for every township not revoked, into one folder."""
        store = self.db.store
        rows = [r for r in self.stations.rows if not r.revoked]
        if store is None or not rows or self.db.busy:
            return
        folder = self.page.ask_folder(self.tr("选择存放回执下发包的文件夹"))
        if folder is None:
            return
        when = stamp()
        name = self.tr("{0}-回执-{1}.qsp")
        targets = [(r.id, folder / name.format(r.name, when)) for r in rows]
        step = self.tr("正在写回执下发包（{0}/{1}）…")

        def job(*, progress: Any, cancel: Any) -> list[ExportResult]:
            from qsupervise.sync import exchange

            done = []
            for i, (station_id, path) in enumerate(targets):
                if cancel.is_set():
                    break
                progress(i / len(targets), step.format(i + 1, len(targets)))
                done.append(exchange.export_package(store, path, station=station_id))
            return done

        self.page.run_job(job, label=self.tr("正在写回执下发包…"), on_success=self.exported, cancellable=True)

    def show_note(self, text: str, style: str) -> None:
        self.export_note.setText(text)
        self.export_note.setStyleSheet(style)

    def exported(self, results: list[ExportResult]) -> None:
        self.exports = results
        lines = [self.tr("已写出 {0}（{1}，{2} 条变更），已读回核对。").format(
            r.path, human_size(r.size), f"{r.changes:,}") for r in results]
        self.export_note.setText("\n".join(lines))
        self.export_note.setStyleSheet(GOOD_STYLE)
        if results:
            self.page.message.emit(self.tr("已写出 {0} 个回执下发包").format(len(results)))
        self.db.notify_changed()  # 最近联系 follows the audit entry

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "import_files": (self.tr("导入同步包…"), self.tr("选择一个或多个乡镇同步包（.qsp），先试导入核对")),
            "import_folder": (self.tr("导入文件夹…"), self.tr("试导入一个文件夹里的全部 .qsp 同步包")),
            "apply": (self.tr("应用"), self.tr("正式导入试导入核对通过的包（导入前自动备份）")),
            "clear": (self.tr("清除列表"), self.tr("清除上面的核对结果")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.table.setHorizontalHeaderLabels([
            self.tr("文件"), self.tr("站点"), self.tr("状态"), self.tr("新增"), self.tr("更新"), self.tr("未变"),
            self.tr("冲突"), self.tr("错误"), self.tr("说明"),
        ])
        self.stations_title.setText(self.tr("乡镇站点"))
        self.return_all.setText(self.tr("为全部乡镇写回执…"))
        self.return_all.setToolTip(self.tr("在一个文件夹里为每个未停用的乡镇写回执下发包"))
        self.stations.retranslate()
        self.show_results()
