"""资格预审: the pre-check on demand (it also runs on submission) — each condition of the programme with pass or
fail and the evidence found in the data; a failed condition is accepted only with a written reason, which is
recorded and shown with it; every override, withdrawn ones too, is listed with who and when."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ui.database import ACTOR
from ui.models.awards import AMBER, GREEN, MUTED, RED, condition_label

if TYPE_CHECKING:
    from qsupervise.services.award_eligibility import ConditionResult
    from ui.dialogs.award_editor import ApplicationEditor, Snapshot

ERROR_COLOUR = "#c62828"
MUTED_COLOUR = "#5f6b76"
CODE_ROLE = Qt.ItemDataRole.UserRole


class EligibilityTab(QWidget):
    def __init__(self, editor: ApplicationEditor) -> None:
        super().__init__()
        self.setObjectName("eligibility_tab")
        self.editor = editor
        self.results: list[ConditionResult] = []
        self.final = False

        self.summary = QLabel()
        self.summary.setObjectName("check_summary")
        self.summary.setWordWrap(True)
        self.run_button = QPushButton()
        self.run_button.setObjectName("btn_run_check")
        self.run_button.setAutoDefault(False)
        self.run_button.clicked.connect(self.run_check)
        self.override_button = QPushButton()
        self.override_button.setObjectName("btn_override")
        self.override_button.setAutoDefault(False)
        self.override_button.clicked.connect(self.override)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("btn_withdraw_override")
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.problem = QLabel()
        self.problem.setObjectName("check_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("conditions_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 190)
        header.resizeSection(1, 90)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(3, 220)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.override())

        self.overrides_title = QLabel()
        self.overrides_title.setProperty("section", True)
        self.overrides = QTableWidget(0, 5)
        self.overrides.setObjectName("overrides_table")
        self.overrides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overrides.verticalHeader().setVisible(False)
        self.overrides.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        o_header = self.overrides.horizontalHeader()
        for column, width in enumerate((90, 190, 80, 70)):
            o_header.resizeSection(column, width)
        o_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.run_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.problem, 1)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.overrides_title)
        layout.addWidget(self.overrides)
        self.retranslate()

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("重新审查"))
        self.run_button.setToolTip(self.tr("按今天的企业档案、证书、抽查和信用数据逐项审查"))
        self.override_button.setText(self.tr("认可…"))
        self.override_button.setToolTip(self.tr("对选中的未通过条件写明理由予以认可（记入审计日志）"))
        self.withdraw_button.setText(self.tr("撤回认可"))
        self.withdraw_button.setToolTip(self.tr("撤回选中条件的认可（记录保留）"))
        self.table.setHorizontalHeaderLabels([self.tr("条件"), self.tr("结果"), self.tr("依据"), self.tr("认可理由")])
        self.overrides_title.setText(self.tr("认可记录"))
        self.overrides.setHorizontalHeaderLabels([self.tr("日期"), self.tr("条件"), self.tr("认可人"), self.tr("状态"),
                                                  self.tr("理由")])

    # -- showing -----------------------------------------------------------------------------------

    def result_text(self, result: ConditionResult) -> tuple[str, QColor]:
        if result.passed:
            return self.tr("通过"), GREEN
        if result.overridden:
            return self.tr("已认可"), AMBER
        return self.tr("未通过"), RED

    def show_snapshot(self, snap: Snapshot) -> None:
        lang = i18n.error_lang()
        self.results = list(snap.results)
        self.final = snap.final
        self.table.setRowCount(len(self.results))
        for row, result in enumerate(self.results):
            verdict, colour = self.result_text(result)
            cells = (condition_label(result.code), verdict, result.evidence(lang), result.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, result.code)
                if column in (2, 3) and text:
                    item.setToolTip(text)
                if column == 1:
                    item.setForeground(colour)
                    font = item.font()
                    font.setBold(not result.passed)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        passed = sum(r.passed for r in self.results)
        accepted = sum(r.overridden and not r.passed for r in self.results)
        failed = len(self.results) - passed - accepted
        if not self.results:
            if snap.checked_on is None:
                text = self.tr("尚未审查。点“重新审查”按今天的数据逐项核对；提交时也会自动审查。")
            else:
                text = self.tr("本项目没有启用资格条件。")
            self.summary.setStyleSheet(f"color: {MUTED_COLOUR};")
        else:
            text = self.tr("审查日期 {0}：{1} 项条件，{2} 项通过").format(
                snap.checked_on or "—", len(self.results), passed)
            if accepted:
                text += self.tr("，{0} 项经认可").format(accepted)
            if failed:
                text += self.tr("，{0} 项未通过（须补正资料或写明理由认可后才能提交）").format(failed)
                self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            else:
                text += self.tr("，可以提交") if snap.state == "draft" else ""
                self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.overrides.setRowCount(len(snap.overrides))
        for row, given in enumerate(snap.overrides):
            cells = (given.decided_on, condition_label(given.condition), given.decided_by or "—",
                     self.tr("已撤回") if given.withdrawn else self.tr("有效"), given.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if given.withdrawn:
                    item.setForeground(MUTED)
                if column == 4:
                    item.setToolTip(text)
                self.overrides.setItem(row, column, item)
        self.overrides_title.setVisible(bool(snap.overrides))
        self.overrides.setVisible(bool(snap.overrides))
        line = self.overrides.fontMetrics().height() + 12
        shown = min(max(len(snap.overrides), 1), 4)  # a longer history scrolls
        self.overrides.setFixedHeight(self.overrides.horizontalHeader().sizeHint().height() + shown * line + 4)
        self.run_button.setEnabled(not self.final)
        self.update_buttons()

    def selected(self) -> ConditionResult | None:
        rows = self.table.selectionModel().selectedRows()
        return self.results[rows[0].row()] if rows and rows[0].row() < len(self.results) else None

    def select_condition(self, code: str) -> None:
        for row, result in enumerate(self.results):
            if result.code == code:
                self.table.selectRow(row)
                return

    def update_buttons(self) -> None:
        result = self.selected()
        self.override_button.setEnabled(
            not self.final and result is not None and not result.passed and not result.overridden)
        self.withdraw_button.setEnabled(not self.final and result is not None and result.overridden)

    def problem_from_flow(self, text: str) -> None:
        """A refused submission: its message shown here, over the failed conditions."""
        self.problem.setText(text)
        self.problem.setVisible(True)

    # -- actions -----------------------------------------------------------------------------------

    def run_check(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import awards

        editor = self.editor
        self.problem.setVisible(False)
        try:
            with editor.db.session() as s:
                results = awards.check_eligibility(s, editor.application_id, date.today())
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            return
        failed = sum(not r.accepted for r in results)
        editor.after_save(self.tr("已完成资格预审：{0} 项未通过。").format(failed) if failed
                          else self.tr("已完成资格预审：全部通过或经认可。"))

    def override(self) -> None:
        from qsupervise.services import awards
        from ui.dialogs.award_reason import ReasonDialog

        result = self.selected()
        if result is None or result.passed or result.overridden or self.final:
            return
        editor = self.editor
        label = condition_label(result.code)
        dialog = ReasonDialog(
            self.tr("认可未通过的资格条件"),
            self.tr("“{0}”未通过：{1}\n确有理由予以认可的，请写明理由。理由与认可人、日期一并记录，并显示在资格预审中。")
            .format(label, result.evidence(i18n.error_lang())),
            parent=self,
        )

        def apply() -> object:
            with editor.db.session() as s:
                return awards.override_condition(s, editor.application_id, result.code, dialog.reason(),
                                                 on=date.today(), actor=ACTOR)

        dialog.apply = apply
        accepted = modal.exec_dialog(dialog)
        dialog.deleteLater()
        if accepted:
            self.problem.setVisible(False)
            editor.after_save(self.tr("已认可“{0}”。").format(label))
            self.select_condition(result.code)

    def withdraw(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import awards

        result = self.selected()
        if result is None or not result.overridden or result.override_id is None or self.final:
            return
        editor = self.editor
        label = condition_label(result.code)
        question = self.tr("撤回对“{0}”的认可？撤回后该条件重新按未通过处理，认可记录保留。").format(label)
        if not modal.confirm(self, question):
            return
        try:
            with editor.db.session() as s:
                awards.withdraw_override(s, result.override_id, on=date.today(), actor=ACTOR)
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            return
        editor.after_save(self.tr("已撤回对“{0}”的认可。").format(label))
