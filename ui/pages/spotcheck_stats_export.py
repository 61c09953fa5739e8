"""Export of the 统计 tab: the rate table (with a total row) and the failing items, one sheet each, as shown."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ui.models.spotcheck_stats import FailingItemsModel, RatesModel
from ui.usage import record_use

if TYPE_CHECKING:
    from ui.pages.spotcheck_stats import SpotcheckStatsView


class StatsExport(QObject):
    """The tab's export action: asks for a file, writes it in a worker, tells the status bar."""

    def __init__(self, view: SpotcheckStatsView) -> None:
        super().__init__(view)
        self.view = view

    def scope(self) -> str:
        year = self.view.year()
        return self.tr("{0} 年").format(year) if year else self.tr("全部年度")

    def ask_path(self) -> Path | None:
        view = self.view
        name = self.tr("抽查合格率-{0}-{1}.xlsx").format(
            self.scope(), view.group_title(view.grouping()).replace("/", "、")
        )
        chosen, _ = QFileDialog.getSaveFileName(view, self.tr("导出统计"), name, self.tr("Excel 工作簿 (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def sheets(self) -> list[Any]:
        """The two tables as the screen shows them (rates in the chart's order, then a total row)."""
        from qsupervise.documents.summary_sheets import SheetData

        view = self.view
        model, items = view.model, view.items
        rows: list[list[Any]] = [list(model.values(r)) for r in model.rows]
        total, passed = view.overall()
        rows.append([self.tr("合计"), total, passed, total - passed, passed / total if total else None])
        by = view.group_title(view.grouping())
        return [
            SheetData(self.tr("合格率"), model.headers(), rows,
                      caption=self.tr("监督抽查合格率 · {0} · 按{1}").format(self.scope(), by),
                      percent_columns=frozenset({RatesModel.RATE})),
            SheetData(self.tr("不合格项目"), items.headers(), [[r.rank, r.name, r.count, r.share] for r in items.rows],
                      caption=self.tr("不合格项目排行 · {0}").format(self.scope()),
                      percent_columns=frozenset({FailingItemsModel.SHARE})),
        ]  # fmt: skip

    def run(self) -> None:
        view = self.view
        if not view.model.rows:
            return
        path = view.ask_export_path()
        if path is None:
            return
        data = self.sheets()
        from ui.workers import run_task

        def job(*, progress: Callable[[float, str], None], cancel: threading.Event) -> Path:
            from qsupervise.documents.summary_sheets import write_sheets

            return write_sheets(path, data)

        def done(written: Path) -> None:
            view.exported = written
            view.message.emit(self.tr("统计表已导出到 {0}").format(written))
            record_use(view, view.db, "export.spotcheck_stats", written)

        view.exported = None
        view.task = run_task(view, job, label=self.tr("正在导出…"), on_success=done, cancellable=False)
