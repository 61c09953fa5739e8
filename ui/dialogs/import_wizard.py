"""导入企业名录: read the file, confirm how its columns map, dry-run, import, and keep the rows that failed.

Every step is the core's (``qsupervise.documents``): reading and both runs go through
``ui.workers.run_task`` with progress and cancel; this dialog shows what they found and lets the
user change the column mapping between the dry run and the real one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.registry_text import field_label
from ui.usage import record_use
from ui.workers import Task, run_task

if TYPE_CHECKING:
    from qsupervise.documents.enterprise_import import Preview
    from qsupervise.documents.results import ImportResult

REQUIRED = ("name", "township")
SHOWN_PROBLEMS = 2000  # the rest are in the error workbook
ERROR_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#b26a00")
# The importer's fields, in the order a clerk thinks of them.
IMPORT_FIELDS = (
    "name",
    "uscc",
    "uscc_override",
    "township",
    "industry_code",
    "kind",
    "scale",
    "status",
    "legal_rep",
    "chief_quality_officer",
    "address",
    "contact_name",
    "contact_phone",
    "founded_on",
    "key_energy_user",
    "leading_enterprise",
)


class ImportWizard(QDialog):
    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.db = db
        self.path = Path(path)
        self.preview: Preview | None = None
        self.dry: ImportResult | None = None  # the dry run for the mapping now shown
        self.imported: ImportResult | None = None
        self.task: Task | None = None  # the running or last background step (tests wait on it)
        self.saved_errors: tuple[Path, int] | None = None

        self.file_label = QLabel()
        self.file_label.setObjectName("file_label")
        self.file_label.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setObjectName("steps")
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mapping")
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 200)
        header.resizeSection(1, 260)
        self.combos: list[QComboBox] = []
        self.mapping_note = QLabel()
        self.mapping_note.setObjectName("mapping_note")
        self.mapping_note.setWordWrap(True)
        self.skip_warnings = QCheckBox()
        self.skip_warnings.setObjectName("skip_warnings")
        self.skip_warnings.toggled.connect(self.forget_dry_run)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("problems")
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 60), (1, 150), (2, 50)):
            self.problems.horizontalHeader().resizeSection(column, width)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.skip_warnings)
        row.addStretch(1)
        for key, slot in (
            ("dry_run", self.dry_run),
            ("import", self.run_import),
            ("save_errors", self.save_errors),
            ("close", self.accept),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        self.buttons["dry_run"].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.file_label)
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.counts)
        layout.addWidget(self.problems, 2)
        layout.addLayout(row)
        self.resize(820, 640)
        self.retranslate()
        self.update_state()
        self.read_file()

    # -- step 1: read the file and guess its columns ------------------------------------------

    def read_file(self) -> None:
        from qsupervise.documents.enterprise_import import preview

        path = self.path

        def job(*, progress: Any, cancel: Any) -> Preview:
            progress(-1.0, "")
            return preview(path)

        self.file_label.setText(self.tr("正在读取 {0} …").format(path.name))
        self.task = run_task(self, job, label=self.tr("正在读取 {0}").format(path.name), on_success=self.show_preview)
        self.task.failed.connect(lambda _exc: self.file_label.setText(self.tr("无法读取这个文件。")))

    def show_preview(self, found: Preview) -> None:
        self.preview = found
        table = found.table
        self.file_label.setText(
            self.tr("文件：{0}　工作表：{1}　表头在第 {2} 行，数据 {3} 行").format(
                self.path.name, table.sheet, table.header_row, f"{len(table.rows):,}"
            )
        )
        self.mapping_table.setRowCount(len(table.headers))
        self.combos = []
        for column, header in enumerate(table.headers):
            sample = next((cells[column] for _n, cells in table.rows[:20] if cells[column]), "")
            self.mapping_table.setItem(column, 0, QTableWidgetItem(header or self.tr("（无表头）")))
            self.mapping_table.setItem(column, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.setObjectName(f"map_{column}")
            combo.addItem(self.tr("（不导入）"), "")
            for field in IMPORT_FIELDS:
                combo.addItem(import_field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(found.mapping.get(column, ""))))
            combo.currentIndexChanged.connect(self.forget_dry_run)
            self.mapping_table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.update_state()

    def mapping(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.combos) if c.currentData()}

    def mapping_problem(self) -> str:
        chosen = list(self.mapping().values())
        missing = [import_field_label(f) for f in REQUIRED if f not in chosen]
        if missing:
            return self.tr("缺少必需的列：{0}。请在“导入为”中指定。").format("、".join(missing))
        twice = sorted({f for f in chosen if chosen.count(f) > 1}, key=IMPORT_FIELDS.index)
        if twice:
            return self.tr("“{0}”对应了多列，只能保留一列。").format("、".join(map(import_field_label, twice)))
        return ""

    def forget_dry_run(self) -> None:
        """The mapping or an option changed: the last dry run no longer says what an import would do."""
        if self.imported is None:
            self.dry = None
            self.counts.setText("")
            self.problems.setRowCount(0)
        self.update_state()

    # -- step 2 and 3: dry run, then the import ---------------------------------------------------

    def _start(self, *, dry_run: bool) -> None:
        from qsupervise.documents.enterprise_import import import_enterprises

        store = self.db.store
        if store is None or self.preview is None:
            return
        path, mapping, skip, lang = self.path, self.mapping(), self.skip_warnings.isChecked(), i18n.error_lang()

        def job(*, progress: Any, cancel: Any) -> ImportResult:
            return import_enterprises(
                store,
                path,
                mapping=mapping,
                dry_run=dry_run,
                skip_warnings=skip,
                actor=ACTOR,
                lang=lang,
                progress=progress,
                cancel=cancel.is_set,
            )

        label = self.tr("正在试导入…") if dry_run else self.tr("正在导入…")
        self.task = run_task(self, job, label=label, on_success=self.show_dry if dry_run else self.show_imported)
        self.task.done.connect(self.update_state)
        self.update_state()

    def dry_run(self) -> None:
        self._start(dry_run=True)

    def run_import(self) -> None:
        if self.dry is None:
            return
        c = self.dry.counts
        question = self.tr(
            "导入将新增 {0} 家、更新 {1} 家企业，{2} 行有错误不导入。导入前会自动备份数据库。继续吗？"
        ).format(f"{c.get('created', 0):,}", f"{c.get('updated', 0):,}", f"{c.get('errors', 0):,}")
        if modal.confirm(self, question):
            self._start(dry_run=False)

    def show_dry(self, result: ImportResult) -> None:
        self.dry = result
        self.show_result(result, self.tr("试导入（未写入）"))
        self.buttons["import"].setDefault(True)

    def show_imported(self, result: ImportResult) -> None:
        self.imported = result
        self.show_result(result, self.tr("已导入"))
        if result.backup is not None:
            self.counts.setText(self.counts.text() + "\n" + self.tr("导入前已备份到 {0}").format(result.backup))
        self.db.notify_changed()  # the importer wrote through the store itself

    def show_result(self, result: ImportResult, title: str) -> None:
        c = result.counts
        self.counts.setText(
            self.tr("{0}：共 {1} 行　新增 {2}　更新 {3}　未变 {4}　警告 {5}　错误 {6}").format(
                title, *(f"{c.get(k, 0):,}" for k in ("rows", "created", "updated", "unchanged", "warnings", "errors"))
            )
        )
        shown = result.problems[:SHOWN_PROBLEMS]
        self.problems.setRowCount(len(shown))
        for r, p in enumerate(shown):
            level = self.tr("错误") if p.severity == "error" else self.tr("警告")
            colour = ERROR_COLOUR if p.severity == "error" else WARNING_COLOUR
            for c_, text in enumerate((str(p.row), p.column or "—", level, p.message)):
                item = QTableWidgetItem(text)
                if c_ == 3:
                    item.setToolTip(text)  # long messages are cut in the cell
                if c_ == 2:
                    item.setForeground(colour)
                if c_ == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.problems.setItem(r, c_, item)
        if len(result.problems) > SHOWN_PROBLEMS:
            self.counts.setText(
                self.counts.text()
                + "\n"
                + self.tr("仅列出前 {0} 条问题，完整清单请“保存错误清单…”。").format(f"{SHOWN_PROBLEMS:,}")
            )
        self.update_state()

    def summary_text(self) -> str:
        c = self.imported.counts if self.imported is not None else {}
        return self.tr("导入完成：新增 {0} 家，更新 {1} 家，{2} 行未导入。").format(
            f"{c.get('created', 0):,}", f"{c.get('updated', 0):,}", f"{c.get('errors', 0):,}"
        )

    # -- the rows that failed -------------------------------------------------------------------

    def save_errors(self) -> None:
        from qsupervise.documents.error_workbook import write_errors
        from qsupervise.errors import KnownError

        result = self.imported or self.dry
        if result is None or not result.problems:
            return
        out = self.ask_errors_path()
        if out is None:
            return
        try:
            written = write_errors(result, out)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.saved_errors = (out, written)
        record_use(self, self.db, "export.import_errors", out, {"rows": written, "source": self.path.name})
        modal.inform(self, self.tr("已把 {0} 行写入 {1}。改正后可直接再导入这个文件。").format(f"{written:,}", out))

    def ask_errors_path(self) -> Path | None:
        start = str(self.path.with_name(f"{self.path.stem}-错误清单.xlsx"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存错误清单"), start, self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    # -- state and texts -------------------------------------------------------------------------

    def update_state(self) -> None:
        running = self.task is not None and self.task.running
        problem = self.mapping_problem() if self.preview is not None else ""
        self.mapping_note.setText(problem)
        self.mapping_note.setStyleSheet("color: #c62828;" if problem else "")
        done = self.imported is not None
        ready = self.preview is not None and not problem and not running and not done
        self.buttons["dry_run"].setEnabled(ready)
        self.buttons["import"].setEnabled(ready and self.dry is not None)
        result = self.imported or self.dry
        self.buttons["save_errors"].setEnabled(result is not None and bool(result.problems) and not running)
        self.buttons["close"].setText(self.tr("完成") if done else self.tr("关闭"))
        for combo in self.combos:
            combo.setEnabled(not running and not done)
        self.skip_warnings.setEnabled(not running and not done)
        step = 3 if done else 2 if self.dry is not None else 1
        marks = [self.tr("① 核对列"), self.tr("② 试导入"), self.tr("③ 导入")]
        self.steps.setText("　→　".join(f"<b>{m}</b>" if i + 1 == step else m for i, m in enumerate(marks)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("导入企业名录"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("示例"), self.tr("导入为")])
        self.problems.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("级别"), self.tr("问题")])
        self.skip_warnings.setText(self.tr("跳过有警告的行"))
        self.skip_warnings.setToolTip(self.tr("不勾选时，只有警告的行照常导入并保留警告"))
        texts = {
            "dry_run": self.tr("试导入"),
            "import": self.tr("导入"),
            "save_errors": self.tr("保存错误清单…"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.buttons["dry_run"].setToolTip(self.tr("检查每一行，统计会新增、更新多少，不写入数据库"))
        self.buttons["import"].setToolTip(self.tr("按试导入的结果写入；有错误的行不导入"))

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()  # Esc while a step runs cancels the step, not the window
            return
        super().reject()


def import_field_label(field: str) -> str:
    return field_label("township_id" if field == "township" else field)
