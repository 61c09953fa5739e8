"""One sample (抽查记录): the 抽样单, the test results, the follow-up of a failing result, and its printed forms.

Each section saves on its own, as one service call in one transaction; after a save every section is read again
from the database (a section with unsaved edits keeps them), so a new verdict at once opens the follow-up.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.dialogs.record_changed import VersionCheck
from ui.models.spotchecks import label
from ui.usage import record_use

if TYPE_CHECKING:
    from qsupervise.models import TestItem
    from qsupervise.services.spotcheck_lists import CheckDetail
    from ui.dialogs.spotcheck_followup import FollowupTab
    from ui.dialogs.spotcheck_results import ResultsTab
    from ui.workers import Task

ERROR_COLOUR = "#c62828"
MUTED_COLOUR = "#5f6b76"
FOLDER_KEY = "spotchecks/pdf_folder"
SAMPLING_STATES = ("pending", "sampled", "refused", "not_found")
# the 抽样单's text fields, left column then right column
LEFT_FIELDS = ("sample_no", "product", "category", "brand", "spec")
RIGHT_FIELDS = ("batch", "test_qty", "reserve_qty", "declared_standard", "producer_name")
MAX_LENGTHS = {
    "sample_no": 60,
    "product": 200,
    "category": 100,
    "brand": 100,
    "spec": 200,
    "batch": 100,
    "test_qty": 40,
    "reserve_qty": 40,
    "declared_standard": 200,
    "producer_name": 200,
    "sampler1": 50,
    "sampler2": 50,
}
FORMS = ("sampling_form", "result_notice", "correction_order")


def forms_available() -> bool:
    """The PDF forms module is written separately; the buttons appear once it is there."""
    return importlib.util.find_spec("qsupervise.documents.spotcheck_forms") is not None


def field_title(name: str) -> str:
    return {
        "sampling": QCoreApplication.translate("spotcheck_editor", "抽样状态"),
        "sampled_on": QCoreApplication.translate("spotcheck_editor", "抽样日期"),
        "sample_no": QCoreApplication.translate("spotcheck_editor", "抽样单编号"),
        "product": QCoreApplication.translate("spotcheck_editor", "产品名称"),
        "category": QCoreApplication.translate("spotcheck_editor", "产品类别"),
        "brand": QCoreApplication.translate("spotcheck_editor", "商标"),
        "spec": QCoreApplication.translate("spotcheck_editor", "规格型号"),
        "batch": QCoreApplication.translate("spotcheck_editor", "生产日期/批号"),
        "test_qty": QCoreApplication.translate("spotcheck_editor", "检验样品数量"),
        "reserve_qty": QCoreApplication.translate("spotcheck_editor", "备用样品数量"),
        "declared_standard": QCoreApplication.translate("spotcheck_editor", "执行标准"),
        "producer_name": QCoreApplication.translate("spotcheck_editor", "标称生产者"),
        "samplers": QCoreApplication.translate("spotcheck_editor", "抽样人员"),
        "report_no": QCoreApplication.translate("spotcheck_editor", "报告编号"),
        "report_on": QCoreApplication.translate("spotcheck_editor", "报告日期"),
    }.get(name, name)


class SamplingTab(QWidget):
    """抽样单: what was sampled, by whom, when; or that the unit refused (拒检) or was not found."""

    def __init__(self, editor: SpotCheckEditor) -> None:
        super().__init__()
        self.setObjectName("sampling_tab")
        self.editor = editor
        self.dirty = False
        self._loading = False
        self.edits: dict[str, QLineEdit] = {}
        for name in (*LEFT_FIELDS, *RIGHT_FIELDS, "sampler1", "sampler2", "sampled_on"):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(MAX_LENGTHS.get(name, 20))
            edit.textEdited.connect(self.on_edited)
            self.edits[name] = edit
        self.state = QComboBox()
        self.state.setObjectName("sampling")
        self.state.currentIndexChanged.connect(self.on_state_changed)
        self.date_problem = QLabel()
        self.date_problem.setObjectName("problem_sampled_on")
        self.date_problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.date_problem.setVisible(False)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.save_button = QPushButton()
        self.save_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.save_button.setObjectName("btn_save_sampling")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)

        self.captions: dict[str, QLabel] = {}
        left = QFormLayout()
        right = QFormLayout()
        date_box = QWidget()
        date_column = QVBoxLayout(date_box)
        date_column.setContentsMargins(0, 0, 0, 0)
        date_column.setSpacing(2)
        date_column.addWidget(self.edits["sampled_on"])
        date_column.addWidget(self.date_problem)
        left.addRow(self._caption("sampling"), self.state)
        left.addRow(self._caption("sampled_on"), date_box)
        for name in LEFT_FIELDS:
            left.addRow(self._caption(name), self.edits[name])
        for name in RIGHT_FIELDS:
            right.addRow(self._caption(name), self.edits[name])
        samplers = QHBoxLayout()
        samplers.setContentsMargins(0, 0, 0, 0)
        samplers.addWidget(self.edits["sampler1"])
        samplers.addWidget(self.edits["sampler2"])
        sampler_box = QWidget()
        sampler_box.setLayout(samplers)
        right.addRow(self._caption("samplers"), sampler_box)
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        # the sample's version when this 抽样单 was read (the editor's); only changes of the 抽样单 since refuse
        # a save (spotchecks.save_sampling)
        self.version_check = VersionCheck(self, summary=self.problem,
                                          value=lambda field, v: label(field, str(v)) if field == "sampling" else None)

    def _caption(self, name: str) -> QLabel:
        self.captions[name] = QLabel()
        return self.captions[name]

    def retranslate(self) -> None:
        for name, caption in self.captions.items():
            caption.setText(field_title(name))
        self.save_button.setText(self.tr("保存抽样单"))
        self.save_button.setToolTip(self.tr("保存抽样单（Ctrl+S）"))
        self.edits["sampled_on"].setPlaceholderText(self.tr("如 2026-03-05"))
        self.edits["batch"].setPlaceholderText(self.tr("生产日期或批号，如 2026-02-18 / 20260218A"))
        self.edits["test_qty"].setPlaceholderText(self.tr("如 6 瓶"))
        self.edits["reserve_qty"].setPlaceholderText(self.tr("如 6 瓶"))
        self.edits["declared_standard"].setPlaceholderText(self.tr("如 GB/T 18186-2000"))
        self.edits["producer_name"].setPlaceholderText(self.tr("标签上的生产者；与被抽样单位相同可不填"))
        keep = self.state.currentData()
        self.state.blockSignals(True)
        self.state.clear()
        for code in SAMPLING_STATES:
            self.state.addItem(label("sampling", code), code)
        self.state.setCurrentIndex(max(self.state.findData(keep), 0))
        self.state.blockSignals(False)

    def show_detail(self, detail: CheckDetail) -> None:
        values = detail.values
        self.version_check.opened = self.editor.version
        self._loading = True
        try:
            for name, edit in self.edits.items():
                edit.setText(str(values.get(name) or ""))
            # the two drawn inspectors are the usual samplers
            for n, name in enumerate(("sampler1", "sampler2")):
                if not self.edits[name].text() and detail.inspectors[n]:
                    self.edits[name].setText(detail.inspectors[n])
            if not self.edits["category"].text():
                self.edits["category"].setText(detail.plan_category)
            self.state.setCurrentIndex(max(self.state.findData(values.get("sampling")), 0))
        finally:
            self._loading = False
        self.dirty = False
        self.problem.setVisible(False)
        self.date_problem.setVisible(False)

    def on_edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.problem.setVisible(False)

    def on_state_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        if self.state.currentData() == "sampled" and not self.edits["sampled_on"].text().strip():
            self.edits["sampled_on"].setText(date.today().isoformat())

    def values(self) -> dict[str, Any]:
        from qsupervise.services import spotcheck_lists

        found: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        found["sampling"] = str(self.state.currentData())
        found["sampled_on"] = spotcheck_lists.typed_date(found["sampled_on"], field_title("sampled_on"))
        return found

    def save(self) -> bool:
        from qsupervise.errors import KnownError
        from qsupervise.services import spotchecks

        lang = i18n.error_lang()
        self.date_problem.setVisible(False)
        self.problem.setVisible(False)
        try:
            values = self.values()
        except KnownError as exc:
            self.date_problem.setText(exc.message(lang))
            self.date_problem.setVisible(True)
            self.edits["sampled_on"].setFocus(Qt.FocusReason.OtherFocusReason)
            return False

        def write(opened: int | None) -> None:
            with self.editor.db.session() as s:
                spotchecks.save_sampling(s, self.editor.check_id, values, actor=ACTOR, opened_version=opened)

        try:
            if not self.version_check.save(write):
                return False
        except KnownError as exc:
            self.problem.setText(exc.message(lang))
            self.problem.setVisible(True)
            return False
        self.dirty = False
        self.editor.after_save(self.tr("已保存抽样单（{0}）。").format(label("sampling", values["sampling"])))
        if values["sampling"] == "sampled":
            self.editor.tabs.setCurrentWidget(self.editor.results)
        return True


class SpotCheckEditor(QDialog):
    saved = Signal(str)  # the sample's id, after each save

    def __init__(self, db: Database, check_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.dialogs.spotcheck_followup import FollowupTab
        from ui.dialogs.spotcheck_results import ResultsTab

        self.setObjectName("spotcheck_editor")
        self.db = db
        self.check_id = check_id
        self.detail: CheckDetail | None = None
        self.version = 0  # the sample's version when last read (spotchecks.version): each section's starting one
        self.items: list[TestItem] = []
        self.task: Task | None = None  # the last PDF job (tests wait on its ``done``)
        self.printed: Path | None = None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setProperty("section", True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel()
        self.subheading.setObjectName("subheading")
        self.subheading.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.subheading.setWordWrap(True)
        self.sampling = SamplingTab(self)
        self.results: ResultsTab = ResultsTab(self)
        self.followup: FollowupTab = FollowupTab(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editor_tabs")
        self.tabs.addTab(self.sampling, "")
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(self.followup, "")
        self.note = QLabel()
        self.note.setObjectName("saved_note")
        self.note.setStyleSheet("color: #2e7d32;")

        self.print_buttons: dict[str, QPushButton] = {}
        bottom = QHBoxLayout()
        if forms_available():
            for key in FORMS:
                button = QPushButton()
                button.setObjectName(f"btn_{key}")
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, k=key: self.print_form(k))
                bottom.addWidget(button)
                self.print_buttons[key] = button
        bottom.addSpacing(12)
        bottom.addWidget(self.note, 1)
        self.close_button = QPushButton()
        self.close_button.setObjectName("btn_close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        save = QAction(self)
        save.setObjectName("action_save")
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.triggered.connect(self.save_current)
        self.addAction(save)
        if "sampling_form" in self.print_buttons:
            print_action = QAction(self)
            print_action.setShortcut(QKeySequence("Ctrl+P"))
            print_action.triggered.connect(lambda: self.print_form("sampling_form"))
            self.addAction(print_action)
        self.resize(980, 640)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("抽样单"))
        self.tabs.setTabText(1, self.tr("检验结果"))
        self.tabs.setTabText(2, self.tr("后处理"))
        self.close_button.setText(self.tr("关闭"))
        self.close_button.setToolTip(self.tr("关闭（Esc）"))
        texts = {
            "sampling_form": (self.tr("打印抽样单"), self.tr("生成抽样单 PDF（Ctrl+P）")),
            "result_notice": (self.tr("检验结果通知书"), self.tr("生成检验结果通知书 PDF")),
            "correction_order": (self.tr("责令改正通知书"), self.tr("生成责令改正通知书 PDF")),
        }
        for key, button in self.print_buttons.items():
            button.setText(texts[key][0])
            button.setToolTip(texts[key][1])

    # -- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the sample again; sections with unsaved edits keep what the user typed."""
        from qsupervise.services import spotcheck_lists, spotchecks

        with self.db.read() as s:
            self.version = spotchecks.version(s, self.check_id)
            self.detail = spotcheck_lists.check_detail(s, self.check_id)
            self.items = spotchecks.items_of(s, self.check_id)
        d = self.detail
        v = d.values
        self.setWindowTitle(self.tr("抽查记录 — {0}").format(v["unit_name"]))
        self.heading.setText(v["unit_name"] or self.tr("（未命名单位）"))
        parts = [
            self.tr("统一社会信用代码 {0}").format(v["uscc"]) if v["uscc"] else "",
            d.township,
            self.tr("计划 {0}").format(d.plan_no),
            self.tr("检查人员 {0}").format("、".join(n for n in d.inspectors if n)) if any(d.inspectors) else "",
            self.tr("承检机构 {0}").format(v["agency"]) if v["agency"] else "",
        ]
        self.subheading.setText(" · ".join(p for p in parts if p))
        if not self.sampling.dirty:
            self.sampling.show_detail(d)
        self.results.show_detail(d, self.items)
        self.followup.show_detail(d)
        verdict = v["verdict"]
        failing = verdict in ("fail", "serious_fail")
        self.tabs.setTabText(2, self.tr("后处理") if failing else self.tr("后处理（不适用）"))
        if "result_notice" in self.print_buttons:
            self.print_buttons["result_notice"].setEnabled(verdict is not None)
            self.print_buttons["correction_order"].setEnabled(failing)

    def after_save(self, note: str) -> None:
        self.note.setText(note)
        self.reload()
        self.saved.emit(self.check_id)

    def save_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.sampling:
            self.sampling.save()
        elif current is self.results:
            self.results.save()

    @property
    def dirty(self) -> bool:
        return self.sampling.dirty or self.results.dirty

    def reject(self) -> None:
        if self.dirty and not modal.confirm(self, self.tr("有未保存的修改，关闭后将丢失。确定关闭？")):
            return
        super().reject()

    # -- printed forms ------------------------------------------------------------------------

    def ask_pdf_path(self, suggested: str) -> Path | None:
        folder = str(QSettings().value(FOLDER_KEY, "") or "")
        start = str(Path(folder if folder and Path(folder).is_dir() else Path.home()) / suggested)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), start, self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return None
        QSettings().setValue(FOLDER_KEY, str(Path(name).parent))
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def open_document(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_form(self, kind: str) -> None:
        if kind not in self.print_buttons or not self.print_buttons[kind].isEnabled() or self.detail is None:
            return
        titles = {
            "sampling_form": self.tr("抽样单"),
            "result_notice": self.tr("检验结果通知书"),
            "correction_order": self.tr("责令改正通知书"),
        }
        unit = "".join(c for c in self.detail.values["unit_name"] if c not in '\\/:*?"<>|')[:40]
        path = self.ask_pdf_path(f"{titles[kind]}-{unit or self.check_id[:8]}.pdf")
        if path is None:
            return
        store, check_id, lang = self.db.store, self.check_id, i18n.error_lang()
        if store is None:
            return
        from ui.workers import run_task

        def job(*, progress: Any, cancel: Any) -> Path:
            from qsupervise.documents import spotcheck_forms

            write = getattr(spotcheck_forms, kind)
            with store.read() as s:
                return Path(write(s, check_id, path, lang=lang))

        def done(written: Path) -> None:
            self.printed = written
            self.note.setText(self.tr("已生成 {0}").format(written))
            record_use(self, self.db, f"print.{kind}", written, {"check_id": check_id})
            self.open_document(written)

        self.printed = None
        self.task = run_task(
            self, job, label=self.tr("正在生成 {0}…").format(titles[kind]), on_success=done, cancellable=False
        )
