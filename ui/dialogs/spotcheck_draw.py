"""双随机抽取: what the draw will start from, the seed (typed from the public drawing), and a redraw's reason.

The dialog only collects; the page runs the draw in the background and records it. What would make the core
refuse (fewer than two inspectors, an empty pool, samples already taken) is said here before anything runs.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.database import Database

if TYPE_CHECKING:
    from qsupervise.services.spotcheck_lists import DrawPreview

ERROR_COLOUR = "#c62828"
AMBER_COLOUR = "#b26a00"


def suggested_seed() -> str:
    """Six random digits; the draw is as public as its seed, so a drawn-in-public number should replace it."""
    return f"{secrets.randbelow(900000) + 100000}"


class DrawDialog(QDialog):
    def __init__(self, db: Database, plan_id: str, plan_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draw_dialog")
        self.db = db
        self.plan_id = plan_id
        self.plan_no = plan_no
        self.as_of = date.today()
        self.preview: DrawPreview | None = None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setProperty("section", True)
        self.figures = QLabel()
        self.figures.setObjectName("figures")
        self.figures.setWordWrap(True)
        self.blocker = QLabel()
        self.blocker.setObjectName("blocker")
        self.blocker.setWordWrap(True)
        self.blocker.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.seed = QLineEdit(suggested_seed())
        self.seed.setObjectName("seed")
        self.seed.setMaxLength(100)
        self.another = QPushButton()
        self.another.setObjectName("btn_another_seed")
        self.another.setAutoDefault(False)
        self.another.clicked.connect(self.new_seed)
        self.seed_hint = QLabel()
        self.seed_hint.setObjectName("seed_hint")
        self.seed_hint.setWordWrap(True)
        self.seed_hint.setStyleSheet("color: #5f6b76;")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(300)
        self.redraw_note = QLabel()
        self.redraw_note.setObjectName("redraw_note")
        self.redraw_note.setWordWrap(True)
        self.redraw_note.setStyleSheet(f"color: {AMBER_COLOUR};")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.seed.textEdited.connect(lambda _t: self.problem.setVisible(False))
        self.reason.textEdited.connect(lambda _t: self.problem.setVisible(False))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        self.ok_button.setObjectName("btn_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("btn_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        seed_row = QHBoxLayout()
        seed_row.setContentsMargins(0, 0, 0, 0)
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.another)
        seed_box = QWidget()
        seed_box.setLayout(seed_row)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.seed_caption = QLabel()
        self.reason_caption = QLabel()
        self.form.addRow(self.seed_caption, seed_box)
        self.form.addRow("", self.seed_hint)
        self.form.addRow(self.reason_caption, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.figures)
        layout.addWidget(self.blocker)
        layout.addWidget(self.redraw_note)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.load()
        self.retranslate()
        self.seed.setFocus(Qt.FocusReason.OtherFocusReason)
        self.seed.selectAll()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def redraw(self) -> bool:
        return self.preview is not None and self.preview.previous is not None

    def load(self) -> None:
        from qsupervise.services import spotcheck_lists

        with self.db.read() as s:
            self.preview = spotcheck_lists.draw_preview(s, self.plan_id, self.as_of)

    def retranslate(self) -> None:
        p = self.preview
        assert p is not None
        self.setWindowTitle(self.tr("双随机抽取 — {0}").format(self.plan_no))
        number = (p.previous or 0) + 1
        self.heading.setText(self.tr("计划 {0}：第 {1} 次抽取").format(self.plan_no, number))
        self.figures.setText(
            self.tr(
                "候选企业 {0} 家，其中 {1} 家 6 个月内已被同一部门抽查过，不参加本次抽取；"
                "将从其余 {2} 家中抽出 {3} 家，每家配两名检查人员（在岗 {4} 名）。抽取日期 {5}。"
            ).format(
                f"{p.pool:,}",
                f"{p.excluded:,}",
                f"{p.candidates:,}",
                f"{p.wanted:,}",
                p.inspectors,
                self.as_of.isoformat(),
            )
        )
        blockers = []
        if p.inspectors < 2:
            blockers.append(self.tr("在岗检查人员不足两名：请先在“检查人员…”中添加。"))
        if p.candidates == 0:
            blockers.append(self.tr("候选企业名单是空的：请检查计划的抽取范围。"))
        if p.started:
            blockers.append(self.tr("上次抽取已有 {0} 个样品完成抽样，不能再重新抽取。").format(p.started))
        self.blocker.setText("\n".join(blockers))
        self.blocker.setVisible(bool(blockers))
        self.ok_button.setEnabled(not blockers)
        self.redraw_note.setText(
            self.tr(
                "此计划已抽取过（第 {0} 次）。重新抽取将作废上次结果，并撤回其尚未抽样的记录；"
                "必须写明理由，理由会写入公开名单。"
            ).format(p.previous)
            if self.redraw
            else ""
        )
        self.redraw_note.setVisible(self.redraw)
        self.form.setRowVisible(2, self.redraw)
        self.seed_caption.setText(self.tr("随机种子"))
        self.reason_caption.setText(self.tr("重新抽取理由"))
        self.seed_hint.setText(
            self.tr("已随机给出一个；如公开摇号，请改为摇出的数字。任何人可用同一种子和名单复核结果。")
        )
        self.another.setText(self.tr("换一个"))
        self.reason.setPlaceholderText(self.tr("例如：计划抽取范围设置有误"))
        self.ok_button.setText(self.tr("抽取"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def new_seed(self) -> None:
        self.seed.setText(suggested_seed())
        self.seed.setFocus(Qt.FocusReason.OtherFocusReason)
        self.seed.selectAll()

    def seed_text(self) -> str:
        return self.seed.text().strip()

    def reason_text(self) -> str:
        return self.reason.text().strip() if self.redraw else ""

    def accept(self) -> None:
        from qsupervise.messages import text

        lang = i18n.error_lang()
        if not self.seed_text():
            self.show_problem(text("draw_no_seed", lang), self.seed)
            return
        if self.redraw and not self.reason_text():
            self.show_problem(
                text("draw_needs_reason", lang, plan=self.plan_no, number=self.preview.previous if self.preview else 1),
                self.reason,
            )
            return
        super().accept()

    def show_problem(self, message: str, field: QLineEdit) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
