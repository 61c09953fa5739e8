"""到期提醒: per township, certificates already lapsed and those expiring within 30 / 60 / 90 days (cumulative, as
the list's filters count them); a cell opens its list, and 打印提醒单 writes the township's reminder list (PDF).

"Lapsed" counts every valid or suspended certificate past its date, however old, so that the number is the one
the list's 过期 filter shows; a certificate replaced by a new one should be marked 注销 to leave the count.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.charts import Bar, BarChart
from ui.models.certifications import ID_ROLE, ExpiryModel, WatchRow
from ui.pages import certification_files
from ui.pages.dashboard import dense_table
from ui.usage import record_use

if TYPE_CHECKING:
    from qsupervise.documents.certification_reminders import Written
    from ui.pages.certifications import CertificationsPage
    from ui.workers import Task

HINT_STYLE = "color: #5f6b76;"


class ExpiryTab(QWidget):
    open_list = Signal(object, str)  # township id (None: all), band ("lapsed", "30", "60", "90")

    def __init__(self, page: CertificationsPage) -> None:
        super().__init__()
        self.setObjectName("expiry_tab")
        self.page = page
        self.db = page.db
        self.today = date.today()
        self.townships: list[tuple[str, str]] = []
        self.task: Task | None = None  # the last PDF job (tests wait on it)
        self.written: Written | None = None

        self.summary = QLabel()
        self.summary.setObjectName("expiry_summary")
        self.summary.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("btn_print_reminders")
        self.print_button.clicked.connect(self.print_reminders)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.print_button)
        self.model = ExpiryModel(self)
        self.view = dense_table("expiry_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ExpiryModel.NAME, 150)
        for column in range(1, 5):
            header.resizeSection(column, 96)
        self.view.setMinimumWidth(150 + 4 * 96 + 24)
        self.view.activated.connect(self.on_activated)
        # How long each township's reminder list is: the chart beside the table, in the same order.
        self.chart_title = QLabel()
        self.chart_title.setProperty("section", True)
        self.chart = BarChart()
        self.chart.setObjectName("expiry_chart")
        self.chart.bar_clicked.connect(self.select_township)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        chart_box = QVBoxLayout()
        chart_box.setSpacing(4)
        chart_box.addWidget(self.chart_title)
        chart_box.addWidget(scroll, 1)
        self.hint = QLabel()
        self.hint.setObjectName("expiry_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.view, 0)
        row.addLayout(chart_box, 1)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        from qsupervise.services import certifications

        if self.db.store is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("未打开数据库。"))
            self.print_button.setEnabled(False)
            return
        self.today = date.today()
        with self.db.read() as s:
            watch = certifications.expiry_watch(s, self.today, lapsed_days=None)
        names = dict(self.townships)
        order = [t for t, _n in self.townships] + sorted(set(watch.by_township) - set(names))
        rows = [self.watch_row(t, names.get(t) or watch.township_names.get(t, t), watch.by_township.get(t))
                for t in order]
        total = self.watch_row(None, self.tr("全县合计"), {b: watch.total(b) for b in ("lapsed", "30", "60", "90")})
        self.model.set_rows([*rows, total])
        self.chart.set_bars([self.bar(r) for r in rows])
        self.summary.setText(self.tr(
            "截至 {0}：已过期 {1} 份，30 天内到期 {2} 份，60 天内 {3} 份，90 天内 {4} 份。"
        ).format(self.today.isoformat(), *(f"{total.count(b):,}" for b in ("lapsed", "30", "60", "90"))))
        self.print_button.setEnabled(True)

    @staticmethod
    def watch_row(township_id: str | None, name: str, counts: dict[str, int] | None) -> WatchRow:
        c = counts or {}
        d30 = c.get("30", 0)
        d60 = d30 + c.get("60", 0)
        return WatchRow(township_id, name, c.get("lapsed", 0), d30, d60, d60 + c.get("90", 0))

    def bar(self, row: WatchRow) -> Bar:
        """A township's reminder list: lapsed and expiring within 90 days (the numbers are in the table)."""
        tip = self.tr("{0}\n已过期 {1} 份，90 天内到期 {2} 份（其中 30 天内 {3} 份）").format(
            row.name, row.lapsed, row.within90, row.within30)
        return Bar(row.name, row.lapsed + row.within90, "", tip)

    def select_township(self, position: int) -> None:
        """A bar clicked: its row in the table (Ctrl+P then prints that township)."""
        self.view.setCurrentIndex(self.model.index(position, ExpiryModel.D90))
        self.view.setFocus()

    def on_activated(self, index: QModelIndex) -> None:
        band = ExpiryModel.band_of(index.column())
        row = self.model.row_at(index)
        if band is not None and row is not None:
            self.open_list.emit(row.township_id, band)

    def current_township(self) -> str | None:
        index = self.view.currentIndex()
        found = index.data(ID_ROLE) if index.isValid() else None
        return str(found) if found else None

    # -- the reminder list -------------------------------------------------------------------------

    def ask_pdf_path(self, suggested: str) -> Path | None:
        start = str(Path(certification_files.last_folder()) / suggested)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存到期提醒单"), start, self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        certification_files.remember(path)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def print_reminders(self) -> None:
        from ui.dialogs.certification_reminders import ReminderDialog
        from ui.workers import run_task

        store = self.db.store
        if store is None:
            return
        dialog = ReminderDialog(self.townships, self.current_township(), parent=self)
        accepted = modal.exec_dialog(dialog)
        township_id, horizon, lapsed = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return
        name = dict(self.townships).get(township_id or "", self.tr("全县"))
        path = self.ask_pdf_path(self.tr("认证许可到期提醒单-{0}-{1}.pdf").format(name, self.today.isoformat()))
        if path is None:
            return
        today, lang = self.today, i18n.error_lang()

        def job(*, progress: Any, cancel: Any) -> Written:
            from qsupervise.documents.certification_reminders import write_reminders

            return write_reminders(store, path, today=today, township_id=township_id, horizon=horizon,
                                   include_lapsed=lapsed, lang=lang, progress=progress, cancel=cancel.is_set)

        def done(written: Written) -> None:
            self.written = written
            self.page.message.emit(self.tr("已生成到期提醒单 {0}（{1} 个乡镇，{2} 份证书）").format(
                written.path, written.townships, written.certificates))
            record_use(self, self.db, "print.cert_reminders", written.path,
                       {"townships": written.townships, "certificates": written.certificates})
            question = self.tr("提醒单已保存到\n{0}\n现在打开它（可从 PDF 阅读器打印）吗？").format(written.path)
            if modal.confirm(self, question, self.tr("已生成")):
                certification_files.open_local_file(written.path)

        self.written = None
        self.task = run_task(self, job, label=self.tr("正在生成到期提醒单…"), on_success=done)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.chart_title.setText(self.tr("各乡镇提醒单上的证书（已过期 + 90 天内到期）"))
        self.chart.set_empty_text(self.tr("没有已过期或 90 天内到期的证书"))
        self.print_button.setText(self.tr("打印提醒单…"))
        self.print_button.setToolTip(self.tr("为一个乡镇或全部乡镇生成到期提醒单（PDF，Ctrl+P）"))
        self.hint.setText(self.tr(
            "双击数字查看这些证书。“已过期”是有效期已过、状态仍为有效或暂停的证书；已换发新证的旧证书，"
            "请在证书台账中把状态改为“注销”。"
        ))
        self.model.retranslate()
        if self.db.store is not None and self.model.rowCount():
            self.refresh()
