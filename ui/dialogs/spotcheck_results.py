"""检验结果: the report, the test items, and the overall verdict derived from them as they are typed.

The verdict follows the core's rule (``verdicts.derive``: a failing class-A item makes it 严重不合格). A user may
set another verdict only with a reason; the items, report and verdict are saved together in one transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR
from ui.dialogs.record_changed import VersionCheck
from ui.dialogs.spotcheck_items import ItemsGrid
from ui.models.spotchecks import label

if TYPE_CHECKING:
    from qsupervise.models import TestItem
    from qsupervise.services.spotcheck_lists import CheckDetail
    from ui.dialogs.spotcheck_editor import SpotCheckEditor

ERROR_COLOUR = "#c62828"
GREEN_COLOUR = "#2e7d32"
MUTED_COLOUR = "#5f6b76"
MAX_PROBLEM_LINES = 6
VERDICTS = ("pass", "fail", "serious_fail")


class ResultsTab(QWidget):
    def __init__(self, editor: SpotCheckEditor) -> None:
        super().__init__()
        from ui.dialogs.spotcheck_editor import field_title

        self.setObjectName("results_tab")
        self.editor = editor
        self.dirty = False
        self._loading = False
        self.derived: str | None = None

        self.not_sampled = QLabel()
        self.not_sampled.setObjectName("not_sampled")
        self.not_sampled.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.report_no = QLineEdit()
        self.report_no.setObjectName("report_no")
        self.report_no.setMaxLength(60)
        self.report_on = QLineEdit()
        self.report_on.setObjectName("report_on")
        self.report_on.setMaximumWidth(140)
        for edit in (self.report_no, self.report_on):
            edit.textEdited.connect(self.on_edited)
        self.grid = ItemsGrid()
        self.grid.changed.connect(self.on_items_changed)
        self.add_row = QPushButton()
        self.add_row.setObjectName("btn_add_row")
        self.add_row.clicked.connect(self.on_add_row)
        self.delete_row = QPushButton()
        self.delete_row.setObjectName("btn_delete_row")
        self.delete_row.clicked.connect(self.grid.delete_rows)
        self.paste = QPushButton()
        self.paste.setObjectName("btn_paste")
        self.paste.clicked.connect(self.on_paste)
        self.grid_hint = QLabel()
        self.grid_hint.setObjectName("grid_hint")
        self.grid_hint.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.problems = QLabel()
        self.problems.setObjectName("item_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problems.setVisible(False)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.derived_caption = QLabel()
        self.derived_label = QLabel()
        self.derived_label.setObjectName("derived_verdict")
        self.override = QComboBox()
        self.override.setObjectName("verdict_override")
        self.override.currentIndexChanged.connect(self.on_override_changed)
        self.override_caption = QLabel()
        self.reason = QLineEdit()
        self.reason.setObjectName("override_reason")
        self.reason.setMaxLength(300)
        self.reason.textEdited.connect(self.on_edited)
        self.save_problem = QLabel()
        self.save_problem.setObjectName("problem")
        self.save_problem.setWordWrap(True)
        self.save_problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.save_problem.setVisible(False)
        self.save_button = QPushButton()
        self.save_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.save_button.setObjectName("btn_save_results")
        self.save_button.clicked.connect(self.save)
        for button in (self.add_row, self.delete_row, self.paste, self.save_button):
            button.setAutoDefault(False)

        report = QHBoxLayout()
        self.report_no_caption = QLabel(field_title("report_no"))
        self.report_on_caption = QLabel(field_title("report_on"))
        report.addWidget(self.report_no_caption)
        report.addWidget(self.report_no, 1)
        report.addSpacing(16)
        report.addWidget(self.report_on_caption)
        report.addWidget(self.report_on)
        tools = QHBoxLayout()
        tools.addWidget(self.add_row)
        tools.addWidget(self.delete_row)
        tools.addWidget(self.paste)
        tools.addSpacing(12)
        tools.addWidget(self.grid_hint, 1)
        verdict = QHBoxLayout()
        verdict.addWidget(self.derived_caption)
        verdict.addWidget(self.derived_label)
        verdict.addSpacing(24)
        verdict.addWidget(self.override_caption)
        verdict.addWidget(self.override)
        verdict.addWidget(self.reason, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_problem, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(report)
        inner.addLayout(tools)
        inner.addWidget(self.grid, 1)
        inner.addWidget(self.problems)
        inner.addLayout(verdict)
        inner.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.not_sampled)
        layout.addWidget(self.content, 1)
        self.retranslate()
        # the sample's version when these results were read (the editor's); only changes of the results or the
        # items since refuse a save (spotchecks.save_results)
        self.version_check = VersionCheck(self, summary=self.save_problem, value=self.changed_text, labels={
            "report_no": self.report_no_caption, "report_on": self.report_on_caption, "verdict": self.tr("结论"),
            "verdict_override": self.tr("更改结论的理由"), "failed_items": self.tr("不合格项目"),
            "items": self.tr("检验项目")})

    def retranslate(self) -> None:
        self.not_sampled.setText(self.tr("先在“抽样单”中把状态设为“已抽样”并保存，再录入检验结果。"))
        self.report_on.setPlaceholderText(self.tr("如 2026-04-02"))
        self.add_row.setText(self.tr("添加行"))
        self.delete_row.setText(self.tr("删除行"))
        self.delete_row.setToolTip(self.tr("删除选中的行"))
        self.paste.setText(self.tr("从 Excel 粘贴"))
        self.paste.setToolTip(self.tr("在 Excel 或 WPS 中复制若干行，再点这里或在表格中按 Ctrl+V"))
        self.grid_hint.setText(self.tr("回车到下一行；判定可写 合格/不合格、符合/不符合、P/F"))
        self.derived_caption.setText(self.tr("结论（由检验项目推出）："))
        self.override_caption.setText(self.tr("更改结论："))
        self.reason.setPlaceholderText(self.tr("更改结论的理由（必填）"))
        self.save_button.setText(self.tr("保存检验结果"))
        self.save_button.setToolTip(self.tr("保存检验结果（Ctrl+S）"))
        keep = self.override.currentData()
        self.override.blockSignals(True)
        self.override.clear()
        self.override.addItem(self.tr("不更改"), None)
        for code in VERDICTS:
            self.override.addItem(label("verdict", code), code)
        self.override.setCurrentIndex(max(self.override.findData(keep), 0))
        self.override.blockSignals(False)
        self.grid.retranslate()
        self.show_derived()

    # -- data -------------------------------------------------------------------------------

    def show_detail(self, detail: CheckDetail, items: list[TestItem]) -> None:
        sampled = detail.values["sampling"] == "sampled"
        self.not_sampled.setVisible(not sampled)
        self.content.setEnabled(sampled)
        if self.dirty:
            return
        self.version_check.opened = self.editor.version
        v = detail.values
        self._loading = True
        try:
            self.report_no.setText(v["report_no"] or "")
            self.report_on.setText(v["report_on"] or "")
            self.grid.set_items(
                [(i.name, i.clause, i.required, i.measured, i.unit, i.verdict, i.importance) for i in items]
            )
            derived = self.derive()
            stored = v["verdict"]
            overridden = bool(v["verdict_override"]) and stored != derived
            self.override.setCurrentIndex(max(self.override.findData(stored), 0) if overridden else 0)
            self.reason.setText(v["verdict_override"] if overridden else "")
        finally:
            self._loading = False
        self.dirty = False
        self.on_items_changed(mark=False)

    def changed_text(self, field: str, value: object) -> str | None:
        """How someone's change shows in the record_changed question: a verdict by its name, the items counted."""
        if field == "items":
            return self.tr("{0} 项有改动").format(value)
        return label("verdict", str(value)) if field == "verdict" and value else None

    def derive(self) -> str | None:
        from qsupervise.errors import KnownError
        from qsupervise.rules import verdicts

        if self.grid.problems:
            return None
        try:
            items = self.grid.items()
        except KnownError:  # a cell the checks have not seen yet; listed once it is checked
            return None
        return verdicts.derive((i.verdict, i.importance) for i in items)

    def on_edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.save_problem.setVisible(False)

    def on_items_changed(self, mark: bool = True) -> None:
        if self._loading:
            return
        if mark:
            self.dirty = True
            self.save_problem.setVisible(False)
        self.derived = self.derive()
        lines = self.grid.problem_lines()
        shown = lines[:MAX_PROBLEM_LINES]
        if len(lines) > MAX_PROBLEM_LINES:
            shown.append(self.tr("……另有 {0} 处").format(len(lines) - MAX_PROBLEM_LINES))
        self.problems.setText("\n".join(shown))
        self.problems.setVisible(bool(lines))
        self.show_derived()

    def show_derived(self) -> None:
        if self.grid.problems:
            text, colour = self.tr("—（先改正标红的单元格）"), ERROR_COLOUR
        elif self.derived is None:
            empty = not any(not self.grid.row_is_empty(r) for r in range(self.grid.rowCount()))
            text = self.tr("—（尚无检验项目）") if empty else self.tr("待定（尚有项目未判定）")
            colour = MUTED_COLOUR
        else:
            text = label("verdict", self.derived)
            colour = GREEN_COLOUR if self.derived == "pass" else ERROR_COLOUR
        self.derived_label.setText(text)
        weight = "bold" if self.derived == "serious_fail" else "normal"
        self.derived_label.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        self.on_override_changed(mark=False)

    def on_override_changed(self, _index: int = 0, mark: bool = True) -> None:
        chosen = self.override.currentData()
        differs = chosen is not None and chosen != self.derived
        self.reason.setEnabled(differs)
        if mark and not self._loading:
            self.dirty = True

    def on_add_row(self) -> None:
        self.grid.add_row()
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_paste(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        self.grid.paste_text(QGuiApplication.clipboard().text())

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        from qsupervise.errors import KnownError
        from qsupervise.services import spotcheck_lists, spotchecks
        from ui.dialogs.spotcheck_editor import field_title

        lang = i18n.error_lang()
        self.save_problem.setVisible(False)
        if not self.content.isEnabled():
            return False
        lines = self.grid.problem_lines()
        if lines:
            message = self.tr("有 {0} 个单元格需要改正，未保存：\n{1}")
            modal.warn(self, message.format(len(lines), "\n".join(lines[:10])))
            return False
        chosen = self.override.currentData()
        verdict: str | None = None

        def write(opened: int | None) -> None:
            nonlocal verdict
            with self.editor.db.session() as s:
                check = spotchecks.save_results(
                    s,
                    self.editor.check_id,
                    items,
                    report_no=self.report_no.text(),
                    report_on=report_on,
                    verdict=chosen if chosen is not None and chosen != self.derived else None,
                    override_reason=self.reason.text(),
                    actor=ACTOR,
                    opened_version=opened,
                )
                verdict = check.verdict

        try:
            report_on = spotcheck_lists.typed_date(self.report_on.text(), field_title("report_on"))
            items = self.grid.items()
            if not self.version_check.save(write):
                return False
        except KnownError as exc:
            self.save_problem.setText(exc.message(lang))
            self.save_problem.setVisible(True)
            return False
        self.dirty = False
        self.editor.after_save(
            self.tr("已保存检验结果：{0}。").format(label("verdict", verdict) or self.tr("结论待定"))
        )
        if verdict in ("fail", "serious_fail"):
            self.editor.tabs.setCurrentWidget(self.editor.followup)
        return True
