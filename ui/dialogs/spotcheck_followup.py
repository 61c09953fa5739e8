"""后处理: a failing sample's next step with its deadline, every deadline of SAMR Order No. 18, and one row per
step to record its date (and the verdict of a 复检 / 复查 / 再次复查). Each 登记 is one transaction."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import ACTOR
from ui.models.spotchecks import days_text, label

if TYPE_CHECKING:
    from qsupervise.errors import KnownError
    from qsupervise.services.spotcheck_lists import CheckDetail
    from ui.dialogs.spotcheck_editor import SpotCheckEditor

ERROR_COLOUR = "#c62828"
AMBER_COLOUR = "#b26a00"
MUTED_COLOUR = "#5f6b76"
STEPS = ("serve_notice", "objection", "retest", "order_correction", "recheck", "announce", "second_recheck", "close")
VERDICT_STEPS = ("retest", "recheck", "second_recheck")
SOON_DAYS = 7


def step_title(step: str) -> str:
    """The name of a step as a thing done (the catalogue's step_* labels say what is awaited)."""
    return {
        "serve_notice": QCoreApplication.translate("spotcheck_followup", "送达检验结论"),
        "objection": QCoreApplication.translate("spotcheck_followup", "提出异议"),
        "retest": QCoreApplication.translate("spotcheck_followup", "复检"),
        "order_correction": QCoreApplication.translate("spotcheck_followup", "责令改正"),
        "recheck": QCoreApplication.translate("spotcheck_followup", "整改复查"),
        "announce": QCoreApplication.translate("spotcheck_followup", "公告"),
        "second_recheck": QCoreApplication.translate("spotcheck_followup", "再次复查"),
        "close": QCoreApplication.translate("spotcheck_followup", "结案"),
    }.get(step, step)


def date_column(step: str) -> str:
    from qsupervise.rules import followup

    return "objection_on" if step == "objection" else followup.DATE_OF[step]


def friendly(exc: KnownError) -> str:
    """The core names steps by code ("serve_notice"); say them the way the page does."""
    from qsupervise.errors import KnownError

    params = dict(exc.params)
    for key in ("step", "previous"):
        if key in params:
            params[key] = step_title(params[key])
    return KnownError(exc.code, **params).message(i18n.error_lang())


class FollowupTab(QWidget):
    def __init__(self, editor: SpotCheckEditor) -> None:
        super().__init__()
        self.setObjectName("followup_tab")
        self.editor = editor
        self.today = date.today()

        self.not_failing = QLabel()
        self.not_failing.setObjectName("not_failing")
        self.not_failing.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.not_failing.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setObjectName("next_step")
        self.next_label.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)

        self.titles: dict[str, QLabel] = {}
        self.dates: dict[str, QLineEdit] = {}
        self.verdicts: dict[str, QComboBox] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.states: dict[str, QLabel] = {}
        steps = QGridLayout()
        steps.setHorizontalSpacing(10)
        steps.setVerticalSpacing(6)
        self.head = [QLabel(), QLabel(), QLabel()]
        for column, head in enumerate(self.head):
            head.setStyleSheet(f"color: {MUTED_COLOUR};")
            steps.addWidget(head, 0, column)
        for row, step in enumerate(STEPS, start=1):
            title = QLabel()
            self.titles[step] = title
            when = QLineEdit()
            when.setObjectName(f"date_{step}")
            when.setMaximumWidth(130)
            when.returnPressed.connect(lambda s=step: self.record(s))
            self.dates[step] = when
            steps.addWidget(title, row, 0)
            steps.addWidget(when, row, 1)
            if step in VERDICT_STEPS:
                combo = QComboBox()
                combo.setObjectName(f"verdict_{step}")
                self.verdicts[step] = combo
                steps.addWidget(combo, row, 2)
            button = QPushButton()
            button.setObjectName(f"btn_step_{step}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=step: self.record(s))
            self.buttons[step] = button
            steps.addWidget(button, row, 3)
            state = QLabel()
            state.setObjectName(f"state_{step}")
            self.states[step] = state
            steps.addWidget(state, row, 4)
        steps.setColumnStretch(4, 1)

        self.deadlines_box = QGroupBox()
        deadlines = QFormLayout(self.deadlines_box)
        deadlines.setVerticalSpacing(8)
        self.deadline_captions = {k: QLabel() for k in ("objection", "correction", "recheck", "second_recheck")}
        self.deadline_values = {k: QLabel() for k in self.deadline_captions}
        for key, caption in self.deadline_captions.items():
            self.deadline_values[key].setObjectName(f"deadline_{key}")
            deadlines.addRow(caption, self.deadline_values[key])
        self.deadline_note = QLabel()
        self.deadline_note.setWordWrap(True)
        self.deadline_note.setStyleSheet(f"color: {MUTED_COLOUR};")
        deadlines.addRow(self.deadline_note)

        middle = QHBoxLayout()
        middle.setSpacing(24)
        middle.addLayout(steps, 3)
        middle.addWidget(self.deadlines_box, 2, Qt.AlignmentFlag.AlignTop)
        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        inner.addWidget(self.summary)
        inner.addWidget(self.next_label)
        inner.addLayout(middle)
        inner.addWidget(self.problem)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.not_failing)
        layout.addWidget(self.content, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for step, title in self.titles.items():
            title.setText(step_title(step))
            self.dates[step].setPlaceholderText(self.tr("日期"))
            self.buttons[step].setText(self.tr("登记"))
        for head, text in zip(self.head, (self.tr("步骤"), self.tr("日期"), self.tr("结论")), strict=True):
            head.setText(text)
        for combo in self.verdicts.values():
            keep = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("（选择）"), None)
            combo.addItem(label("verdict", "pass"), "pass")
            combo.addItem(label("verdict", "fail"), "fail")
            combo.setCurrentIndex(max(combo.findData(keep), 0))
        self.deadlines_box.setTitle(self.tr("期限（按《产品质量监督抽查管理暂行办法》计算）"))
        self.deadline_captions["objection"].setText(self.tr("异议截止"))
        self.deadline_captions["correction"].setText(self.tr("整改期满"))
        self.deadline_captions["recheck"].setText(self.tr("复查截止"))
        self.deadline_captions["second_recheck"].setText(self.tr("再次复查"))
        self.deadline_note.setText(
            self.tr("送达后 15 日内可提出异议；责令改正后 60 日内整改、75 日内复查；公告后 60–90 日再次复查。")
        )
        self.not_failing.setText(self.tr("只有不合格的样品才有后处理。本样品结论为合格或尚未判定。"))

    def show_detail(self, detail: CheckDetail) -> None:
        from qsupervise.rules import followup

        v = detail.values
        failing = v["verdict"] in ("fail", "serious_fail")
        self.not_failing.setVisible(not failing)
        self.content.setVisible(failing)
        self.problem.setVisible(False)
        if not failing:
            return
        self.today = date.today()
        step = followup.next_step(v, self.today)
        items = v["failed_items"] or self.tr("（未列明）")
        self.summary.setText(self.tr("结论：{0}　　不合格项目：{1}").format(label("verdict", v["verdict"]), items))
        self.show_next(step)
        d = followup.deadlines(v)

        def shown(day: date | None) -> str:
            return day.isoformat() if day else "—"

        self.deadline_values["objection"].setText(shown(d.objection_due))
        self.deadline_values["correction"].setText(shown(d.correction_due))
        self.deadline_values["recheck"].setText(shown(d.recheck_due))
        window = f"{shown(d.second_recheck_from)} — {shown(d.second_recheck_due)}" if d.second_recheck_from else "—"
        self.deadline_values["second_recheck"].setText(window)
        for code in STEPS:
            recorded = v[date_column(code)]
            self.dates[code].setText(recorded or "")
            if code in self.verdicts:
                combo = self.verdicts[code]
                combo.setCurrentIndex(max(combo.findData(v[followup.VERDICT_OF[code]]), 0))
            is_next = step is not None and step.code == code
            font = self.titles[code].font()
            font.setBold(is_next)
            self.titles[code].setFont(font)
            state = self.states[code]
            if is_next:
                state.setText(self.tr("← 下一步"))
                state.setStyleSheet(f"color: {AMBER_COLOUR};")
                if not recorded:
                    self.dates[code].setText(self.today.isoformat())
            else:
                state.setText(self.tr("已登记") if recorded else "")
                state.setStyleSheet(f"color: {MUTED_COLOUR};")
            self.buttons[code].setText(self.tr("更正") if recorded else self.tr("登记"))

    def show_next(self, step: object) -> None:
        from qsupervise.rules.followup import Step

        if not isinstance(step, Step):
            self.next_label.setText(self.tr("后处理已结案。"))
            self.next_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
            return
        parts = [self.tr("下一步：{0}").format(label("step", step.code))]
        colour = "#1d2329"
        if step.due is not None:
            days = step.days_left(self.today)
            parts.append(self.tr("期限 {0}（{1}）").format(step.due.isoformat(), days_text(days)))
            if days is not None and days < 0:
                colour = ERROR_COLOUR
            elif days is not None and days <= SOON_DAYS:
                colour = AMBER_COLOUR
        if step.earliest is not None:
            parts.append(self.tr("不早于 {0}").format(step.earliest.isoformat()))
        self.next_label.setText("　　".join(parts))
        self.next_label.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 11pt;")

    def record(self, step: str) -> bool:
        from qsupervise.errors import KnownError
        from qsupervise.services import spotcheck_lists, spotchecks

        self.problem.setVisible(False)
        try:
            on = spotcheck_lists.typed_date(self.dates[step].text(), step_title(step))
            if on is None:
                self.show_problem(self.tr("请填写“{0}”的日期。").format(step_title(step)), step)
                return False
            verdict = self.verdicts[step].currentData() if step in self.verdicts else None
            with self.editor.db.session() as s:
                spotchecks.record_step(s, self.editor.check_id, step, on, verdict=verdict, actor=ACTOR)
        except KnownError as exc:
            self.show_problem(friendly(exc), step)
            return False
        self.editor.after_save(self.tr("已登记：{0} {1}。").format(step_title(step), on))
        return True

    def show_problem(self, message: str, step: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)
        self.dates[step].setFocus(Qt.FocusReason.OtherFocusReason)
