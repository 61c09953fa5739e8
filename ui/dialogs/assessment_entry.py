"""填写自评值 / 填写核查值: one target's value at a stage, with a comment and an evidence file (PDF or image).

A target with a number takes a number (left empty, the value the data gives counts); a task without a target
value is 完成 or 未完成 (1 or 0). OK runs :func:`qsupervise.services.assessment.enter` in one transaction; a
refused value keeps the dialog open with what was typed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.dialogs.certification_scan import SCAN_FILTER, ScanField
from ui.models.assessment import data_text, done_text, is_task, number

if TYPE_CHECKING:
    from qsupervise.services.assessment import LetterScore, TargetScore

FOLDER_KEY = "assessment/evidence_folder"
HINT_STYLE = "color: #5f6b76;"
MAX_COMMENT = 1000


class EvidenceField(ScanField):
    """The scan field of the certificate form, asking for 佐证材料; a stored file is replaced, not removed."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("evidence_field")
        self.buttons["remove_scan"].setVisible(False)

    def retranslate(self) -> None:
        super().retranslate()
        self.buttons["attach"].setToolTip(self.tr("选择 PDF 或图片（会议记录、照片、文件扫描件）"))

    def ask_path(self) -> Path | None:
        folder = str(QSettings().value(FOLDER_KEY, "") or "")
        start = folder if folder and Path(folder).is_dir() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择佐证材料"), start, SCAN_FILTER)
        if not name:
            return None
        QSettings().setValue(FOLDER_KEY, str(Path(name).parent))
        return Path(name)


class AssessmentEntry(FormDialog):
    def __init__(self, db: Database, score: LetterScore, target: TargetScore, stage: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment_entry")
        self.db, self.score, self.target, self.stage, self.today = db, score, target, stage, today
        verified = stage == "verified"
        self.setWindowTitle(self.tr("填写核查值") if verified else self.tr("填写自评值"))
        self.setMinimumWidth(520)

        heading = QLabel(f"<b>{score.unit}</b> · {target.metric}")
        heading.setObjectName("entry_heading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        goal = self.tr("完成") if is_task(target) else target.target_text
        facts = self.tr("目标 {0} · 分值 {1}").format(goal, number(target.weight))
        if target.deadline:
            facts += self.tr(" · 完成时限 {0}").format(target.deadline)
        if target.computed is not None:
            facts += self.tr(" · 数据值 {0}（截至 {1}）").format(data_text(target), score.cutoff.isoformat())
        if verified and target.self_value is not None and target.computed is None:
            facts += self.tr(" · 自评 {0}").format(self.value_text(target.self_value))
        self.facts = QLabel(facts)
        self.facts.setObjectName("entry_facts")
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet(HINT_STYLE)
        self.form.addRow(heading)
        self.form.addRow(self.facts)

        value, comment, evidence = self.start_values()
        self.done_box: QComboBox | None = None
        self.value: QLineEdit | None = None
        caption = self.tr("核查值") if verified else self.tr("自评值")
        if is_task(target):
            self.done_box = QComboBox()
            self.done_box.setObjectName("done")
            for text, data in ((self.tr("（未填）"), None), (self.tr("完成"), 1.0), (self.tr("未完成"), 0.0)):
                self.done_box.addItem(text, data)
            self.done_box.setCurrentIndex(0 if value is None else (1 if value > 0 else 2))
            self.form.addRow(caption, self.done_box)
        else:
            self.value = QLineEdit()
            self.value.setObjectName("value")
            if value is not None:
                self.value.setText(number(value))
            if target.computed is not None and target.computed.value is not None:
                self.value.setPlaceholderText(self.tr("留空则采用数据值 {0}").format(number(target.computed.value)))
            else:
                self.value.setPlaceholderText(self.tr("数值，单位：{0}").format(target.unit or "—"))
            self.form.addRow(self.tr("{0}（{1}）").format(caption, target.unit) if target.unit else caption,
                             self.value)
        self.comment = QPlainTextEdit(comment)
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().height() * 4 + 14)
        self.comment.setPlaceholderText(self.tr("完成情况、依据或核减理由"))
        self.form.addRow(self.tr("说明"), self.comment)
        self.evidence = EvidenceField(db)
        if evidence is not None:
            self.evidence.load(evidence, self.stored_info(evidence))
        self.form.addRow(self.tr("佐证材料"), self.evidence)
        self.ok_button.setText(self.tr("保存"))
        self.cancel_button.setText(self.tr("取消"))
        self.apply = self.save

    def value_text(self, value: float) -> str:
        return done_text(value) if is_task(self.target) else f"{number(value)}{self.target.unit}"

    def start_values(self) -> tuple[float | None, str, str | None]:
        """What the form opens with: the stage's value (for the county, the unit's own when it has none yet); a
        value that only repeats the data is left empty, so the data keeps counting."""
        t = self.target
        if self.stage == "verified":
            value, comment, evidence = t.verified_value, t.verified_comment, t.verified_evidence
            if value is None:
                value = t.self_value
        else:
            value, comment, evidence = t.self_value, t.self_comment, t.self_evidence
        if t.computed is not None and value == t.computed.value:
            value = None
        return value, comment, evidence

    def stored_info(self, attachment_id: str) -> tuple[str, str, int] | None:
        from qsupervise.errors import KnownError
        from qsupervise.services import attachments

        try:
            with self.db.read() as s:
                return attachments.info(s, attachment_id)
        except KnownError:
            return None

    def chosen_value(self) -> float | None:
        from qsupervise.errors import KnownError

        if self.done_box is not None:
            data = self.done_box.currentData()
            return None if data is None else float(data)
        assert self.value is not None
        text = self.value.text().strip().replace("，", ".").replace(",", ".").removesuffix(self.target.unit).strip()
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise KnownError("assessment_bad_value", value=self.value.text().strip()) from None

    def save(self) -> object:
        from qsupervise.services import assessment

        value = self.chosen_value()
        pending = self.evidence.pending
        with self.db.session() as s:
            return assessment.enter(
                s, self.target.target_id, stage=self.stage, value=value,
                comment=" ".join(self.comment.toPlainText().split())[:MAX_COMMENT],
                evidence=pending[1] if pending else None, evidence_name=pending[0] if pending else "",
                on=self.today, actor=ACTOR)
