"""导入标准目录: the county's catalogue from a spreadsheet.

The dialog dry-runs the file as soon as it opens (a worker, with progress): what would be added, updated and
implied by the 代替标准 column, and every problem. Rows with an error are never imported: they are written to an
error workbook beside the file at once (its path is shown), to be fixed and imported again. 导入 writes the
other rows (after a backup) and the catalogue's flags onto every product's standards.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.workers import Task, run_task

if TYPE_CHECKING:
    from qsupervise.documents.catalogue_import import CatalogueImport

SHOWN_PROBLEMS = 2000
ERROR_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#b26a00")


def errors_path_for(source: Path) -> Path:
    return source.with_name(f"{source.stem}-错误清单.xlsx")


class CatalogueImportDialog(QDialog):
    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standards_catalogue_import")
        self.db = db
        self.path = Path(path)
        self.dry: CatalogueImport | None = None
        self.imported: CatalogueImport | None = None
        self.errors_written: Path | None = None  # the error workbook written beside the file on a refusal
        self.task: Task | None = None

        self.file_label = QLabel()
        self.file_label.setObjectName("file_label")
        self.file_label.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setObjectName("steps")
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("refusal")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("problems")
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 50), (1, 110), (2, 50)):
            self.problems.horizontalHeader().resizeSection(column, width)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for key, slot in (("import", self.run_import), ("save_errors", self.save_errors), ("close", self.accept)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.file_label)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addWidget(self.problems, 1)
        layout.addLayout(row)
        self.resize(760, 520)
        self.retranslate()
        self.update_state()
        self.start(dry_run=True)

    # -- the runs ------------------------------------------------------------------------------

    def start(self, *, dry_run: bool) -> None:
        from qsupervise.documents.catalogue_import import import_catalogue

        store = self.db.store
        if store is None:
            return
        path, lang, errors_out = self.path, i18n.error_lang(), errors_path_for(self.path)

        def job(*, progress: Any, cancel: Any) -> tuple[CatalogueImport, Path | None]:
            done = import_catalogue(store, path, dry_run=dry_run, actor=ACTOR, lang=lang, progress=progress,
                                    cancel=cancel.is_set)
            written = None
            if done.result.counts.get("errors"):
                from qsupervise.documents.error_workbook import write_errors

                try:
                    write_errors(done.result, errors_out)
                    written = errors_out
                except OSError:
                    written = None  # a read-only folder: 保存错误清单… still offers another place
            return done, written

        label = self.tr("正在检查 {0} …").format(path.name) if dry_run else self.tr("正在导入标准目录…")
        self.file_label.setText(self.tr("文件：{0}").format(path))
        self.task = run_task(self, job, label=label, on_success=self.show_dry if dry_run else self.show_imported)
        self.task.failed.connect(lambda _exc: self.note.setText(self.tr("无法读取这个文件。")))
        self.task.done.connect(self.update_state)
        self.update_state()

    def run_import(self) -> None:
        if self.dry is None:
            return
        c = self.dry.result.counts
        question = self.tr("导入将新增 {0} 条、更新 {1} 条目录，并按目录重新标记产品的执行标准。"
                           "导入前会自动备份数据库。继续吗？").format(f"{c.get('created', 0):,}",
                                                                   f"{c.get('updated', 0):,}")
        if modal.confirm(self, question):
            self.start(dry_run=False)

    def show_dry(self, found: tuple[CatalogueImport, Path | None]) -> None:
        self.dry, self.errors_written = found
        self.show_result(found[0], self.tr("试导入（未写入）"))

    def show_imported(self, found: tuple[CatalogueImport, Path | None]) -> None:
        self.imported, self.errors_written = found
        self.show_result(found[0], self.tr("已导入") if found[0].result.ok else self.tr("未导入"))
        if found[0].result.ok:
            self.db.notify_changed()  # the importer wrote through the store itself

    def show_result(self, done: CatalogueImport, title: str) -> None:
        from qsupervise.messages import text

        lang = i18n.error_lang()
        result = done.result
        c = result.counts
        lines = [self.tr("{0}：共 {1} 行　新增 {2}　更新 {3}　未变 {4}　警告 {5}　错误 {6}").format(
            title, *(f"{c.get(k, 0):,}" for k in ("rows", "created", "updated", "unchanged", "warnings", "errors")))]
        if done.implied:
            lines.append(text("std_import_implied", lang, count=done.implied))
        if done.applied is not None:
            a = done.applied
            lines.append(text("std_flags_written", lang, superseded=a.superseded, withdrawn=a.withdrawn,
                              changed=a.changed, cleared=a.cleared))
        if result.backup is not None:
            lines.append(self.tr("导入前已备份到 {0}").format(result.backup))
        self.counts.setText("\n".join(lines))
        if c.get("errors"):
            note = text("std_import_skipped", lang, file=self.path.name, errors=c["errors"])
            if self.errors_written is not None:
                note += "\n" + self.tr("有错误的行已写入 {0}，改正后可直接再导入这个文件。").format(self.errors_written)
            self.note.setText(note)
            self.note.setStyleSheet("color: #c62828;")
        else:
            self.note.setText("")
        shown = result.problems[:SHOWN_PROBLEMS]
        self.problems.setRowCount(len(shown))
        for r, p in enumerate(shown):
            level = self.tr("错误") if p.severity == "error" else self.tr("警告")
            colour = ERROR_COLOUR if p.severity == "error" else WARNING_COLOUR
            for column, value in enumerate((str(p.row), p.column or "—", level, p.message)):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setToolTip(value)
                if column == 2:
                    item.setForeground(colour)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.problems.setItem(r, column, item)
        self.update_state()

    # -- the rows that failed --------------------------------------------------------------------

    def save_errors(self) -> None:
        from qsupervise.documents.error_workbook import write_errors
        from qsupervise.errors import KnownError

        done = self.imported or self.dry
        if done is None or not done.result.problems:
            return
        out = self.ask_errors_path()
        if out is None:
            return
        try:
            written = write_errors(done.result, out)
        except (KnownError, OSError) as exc:
            modal.warn(self, exc.message(i18n.error_lang()) if isinstance(exc, KnownError) else str(exc))
            return
        modal.inform(self, self.tr("已把 {0} 行写入 {1}。").format(f"{written:,}", out))

    def ask_errors_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存错误清单"), str(errors_path_for(self.path)),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    # -- state and texts -------------------------------------------------------------------------

    def update_state(self) -> None:
        running = self.task is not None and self.task.running
        done = self.imported is not None
        c = self.dry.result.counts if self.dry is not None else {}
        writes = c.get("created", 0) + c.get("updated", 0) + (self.dry.implied if self.dry is not None else 0)
        ready = self.dry is not None and self.dry.result.ok and not running and not done
        self.buttons["import"].setEnabled(ready and bool(writes))
        shown = self.imported or self.dry
        result = shown.result if shown is not None else None
        self.buttons["save_errors"].setEnabled(result is not None and bool(result.problems) and not running)
        self.buttons["close"].setText(self.tr("完成") if done else self.tr("关闭"))
        step = 2 if done else 1
        marks = [self.tr("① 试导入"), self.tr("② 导入")]
        self.steps.setText("　→　".join(f"<b>{m}</b>" if i + 1 == step else m for i, m in enumerate(marks)))
        if self.dry is not None and not done and self.dry.result.ok and not writes:
            self.note.setText(self.tr("目录已与这个文件一致，无需导入。"))
            self.note.setStyleSheet("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("导入标准目录"))
        self.problems.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("级别"), self.tr("问题")])
        self.buttons["import"].setText(self.tr("导入"))
        self.buttons["import"].setToolTip(self.tr("写入目录并重新标记产品的执行标准；有错误时整个文件都不导入"))
        self.buttons["save_errors"].setText(self.tr("保存错误清单…"))

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            return
        super().reject()
