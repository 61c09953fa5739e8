"""The actions of the 考核 tab: the cut-off day, values with comments and evidence, the drill-down, the stages
(提交自评 → 核查确认 → 通报, and 退回), and the table and the report written on a worker.

Every change is one service call in one transaction; a refusal (KnownError) is shown as the core words it, and
the window refreshes the page after a change. The core is imported inside the methods only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QSettings
from PySide6.QtWidgets import QFileDialog

from ui import i18n, modal
from ui.database import ACTOR
from ui.models.assessment import TargetsModel, kind_label, number, stage_label
from ui.usage import record_use

if TYPE_CHECKING:
    from sqlmodel import Session

    from qsupervise.services.assessment import LetterScore, TargetScore
    from ui.pages.assessment_tab import AssessmentTab

FOLDER_KEY = "assessment/folder"


def last_folder() -> str:
    folder = str(QSettings().value(FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


class AssessmentActions(QObject):
    """What the buttons of :class:`ui.pages.assessment_tab.AssessmentTab` do, on its selection."""

    def __init__(self, tab: AssessmentTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def say(self, text: str) -> None:
        """A note for the status bar."""
        self.tab.page.message.emit(text)

    def write(self, action: Callable[[Session], object]) -> bool:
        """One service call in one transaction; a refusal is shown as it is (the window then refreshes)."""
        from qsupervise.errors import KnownError

        try:
            with self.tab.db.session() as s:
                action(s)
        except KnownError as exc:
            modal.warn(self.tab, exc.message(i18n.error_lang()))
            return False
        return True

    def keep(self, score: LetterScore | None, target: TargetScore | None = None) -> None:
        self.tab.keep_ids = (score.letter_id if score else None, target.target_id if target else None)

    def set_cutoff(self) -> None:
        from qsupervise.services import assessment

        year, day = self.tab.page.year(), self.tab.cutoff.date().toPython()
        assert isinstance(day, date)
        self.keep(self.tab.current(), self.tab.current_target())
        if self.write(lambda s: assessment.set_cutoff(s, year, day, actor=ACTOR)):
            self.say(self.tr("考核截止日已设为 {0}；数据值按截止日重新计算。").format(day.isoformat()))

    def enter_value(self, stage: str | None = None) -> None:
        from ui.dialogs.assessment_entry import AssessmentEntry

        score, target = self.tab.current(), self.tab.current_target()
        if score is None or target is None or self.tab.db.store is None:
            return
        if stage is None:  # a double-click: the stage the letter is at
            stage = "self" if score.stage == "open" else "verified"
        if not self.tab.buttons["enter_self" if stage == "self" else "enter_verified"].isEnabled():
            return
        dialog = AssessmentEntry(self.tab.db, score, target, stage, self.tab.today(), parent=self.tab)
        self.keep(score, target)
        if modal.exec_dialog(dialog):
            self.say(self.tr("已保存“{0}”的{1}。").format(
                target.metric, self.tr("核查值") if stage == "verified" else self.tr("自评值")))
        dialog.deleteLater()

    def on_target_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == TargetsModel.EVIDENCE:
            self.open_evidence()
        elif index.column() == TargetsModel.DATA and self.tab.buttons["drill"].isEnabled():
            self.show_drill()
        else:
            self.enter_value()

    def show_drill(self) -> None:
        from ui.dialogs.assessment_drill import AssessmentDrill

        score, target = self.tab.current(), self.tab.current_target()
        if score is None or target is None or target.computed is None or self.tab.db.store is None:
            return
        dialog = AssessmentDrill(self.tab.db, score, target, self.tab.today(), parent=self.tab)
        modal.exec_dialog(dialog)
        dialog.deleteLater()

    def open_evidence(self) -> None:
        import hashlib

        from qsupervise.errors import KnownError
        from qsupervise.services import attachments
        from ui.pages import certification_files

        target = self.tab.current_target()
        if target is None or self.tab.db.store is None:
            return
        for attachment_id in dict.fromkeys(a for a in (target.verified_evidence, target.self_evidence) if a):
            try:
                with self.tab.db.read() as s:
                    name, _mime, _size = attachments.info(s, attachment_id)
                    data = attachments.read(s, attachment_id)
            except KnownError as exc:
                modal.warn(self.tab, exc.message(i18n.error_lang()))
                return
            path = certification_files.scan_copy(name, data, hashlib.sha256(data).hexdigest())
            if not certification_files.open_local_file(path):
                modal.warn(self.tab, self.tr("没有可以打开“{0}”的程序。文件已复制到 {1}").format(name, path))

    def submit_self(self) -> None:
        from qsupervise.services import assessment

        score = self.tab.current()
        if score is None or not modal.confirm(self.tab, self.tr(
                "提交{0}的自评（自评 {1} 分）？提交后自评值不能再修改，如需更正须由县级退回。").format(
                score.unit, number(score.self_total))):
            return
        self.keep(score, self.tab.current_target())
        today = self.tab.today()
        if self.write(lambda s: assessment.submit_self(s, score.letter_id, on=today, actor=ACTOR, score=score)):
            self.say(self.tr("已提交{0}的自评。").format(score.unit))

    def verify(self) -> None:
        from qsupervise.services import assessment

        score = self.tab.current()
        if score is None:
            return
        missing = [t.metric for t in score.targets if t.verified_value is None]
        if not missing and not modal.confirm(self.tab, self.tr(
                "确认{0}的核查结果（核查 {1} 分）？确认后核查值冻结，不再随数据变化。").format(
                score.unit, number(score.verified_total))):
            return
        self.keep(score, self.tab.current_target())
        today = self.tab.today()
        # with values missing the core refuses, and its message names them
        if self.write(lambda s: assessment.verify(s, score.letter_id, on=today, actor=ACTOR, score=score)):
            self.say(self.tr("已核查确认{0}：{1} 分。").format(score.unit, number(score.verified_total)))

    def reopen(self) -> None:
        from qsupervise.services import assessment
        from ui.dialogs.award_reason import ReasonDialog

        score = self.tab.current()
        if score is None or score.stage == "open":
            return
        dialog = ReasonDialog(self.tr("退回"), self.tr(
            "把{0}的责任书从“{1}”退回上一阶段？已冻结的数值保留，可以更正。理由记入审计日志。").format(
            score.unit, stage_label(score.stage)), parent=self.tab)

        def apply() -> object:
            with self.tab.db.session() as s:
                return assessment.reopen(s, score.letter_id, reason=dialog.reason(), actor=ACTOR)

        dialog.apply = apply
        self.keep(score, self.tab.current_target())
        if modal.exec_dialog(dialog):
            self.say(self.tr("已退回{0}的责任书。").format(score.unit))
        dialog.deleteLater()

    def publish(self) -> None:
        from qsupervise.services import assessment

        kind, year = self.tab.kind_shown(), self.tab.page.year()
        waiting = [r for r in self.tab.shown() if r.stage != "published"]
        ready = all(r.stage == "verified" for r in waiting)
        question = self.tr("通报 {0} 年 {1} 个{2}的考核结果？通报后结果不能再修改。")
        if ready and not modal.confirm(self.tab, question.format(year, len(waiting), kind_label(kind))):
            return
        self.keep(self.tab.current(), self.tab.current_target())
        if self.write(lambda s: assessment.publish(s, year, kind=kind, on=self.tab.today(), actor=ACTOR)):
            self.say(self.tr("已通报 {0} 年{1}的考核结果。").format(year, kind_label(kind)))

    # -- files ---------------------------------------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str, kind: str = "xlsx") -> Path | None:
        """Where to write the table or the report; tests replace this."""
        filters = {"xlsx": self.tr("Excel 工作簿 (*.xlsx)"), "pdf": self.tr("PDF 文件 (*.pdf)")}
        name, _ = QFileDialog.getSaveFileName(self.tab, title, str(Path(last_folder()) / suggested), filters[kind])
        if not name:
            return None
        path = Path(name)
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")

    def export_table(self) -> None:
        year = self.tab.page.year()
        path = self.ask_save_path(self.tr("导出考核表"), self.tr("{0}年度考核表.xlsx").format(year))
        if path is not None:
            self.export(path, "xlsx")

    def export_report(self) -> None:
        year = self.tab.page.year()
        path = self.ask_save_path(self.tr("考核报告"), self.tr("{0}年度考核报告.pdf").format(year), "pdf")
        if path is not None:
            self.export(path, "pdf")

    def export(self, path: Path, kind: str) -> None:
        """The table or the report of the year as of the cut-off, computed afresh and written on a worker."""
        from ui.workers import run_task

        store = self.tab.db.store
        if store is None:
            return
        year, today, lang = self.tab.page.year(), self.tab.today(), i18n.error_lang()

        def job(*, progress: Any, cancel: Any) -> Path:
            from qsupervise.documents import assessment_export
            from qsupervise.services import assessment

            progress(-1, "")
            with store.read() as s:
                scores = assessment.sheet(s, year, today=today)
            if kind == "pdf":
                return assessment_export.report_pdf(scores, year, path, lang=lang)
            return assessment_export.export_assessment(scores, year, path, lang=lang)

        def done(result: Path) -> None:
            self.tab.exported = result
            self.say(self.tr("已保存到 {0}").format(result))
            action = "print.assessment_report" if kind == "pdf" else "export.assessment"
            record_use(self.tab, self.tab.db, action, result, {"year": year})

        self.tab.exported = None
        label = self.tr("正在导出考核表…") if kind == "xlsx" else self.tr("正在生成考核报告…")
        self.tab.task = run_task(self.tab, job, label=label, on_success=done, cancellable=False)
