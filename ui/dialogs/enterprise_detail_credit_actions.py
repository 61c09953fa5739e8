"""The actions of 企业详情 → 信用: adjusting the grade by hand and lifting it, recomputing, list entries and penalties,
and printing the credit report. Each is one service call in one transaction; a refusal is shown in the core's words
and a form keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings

from ui import i18n, modal
from ui.database import ACTOR
from ui.models.credit import catalogue, list_label
from ui.registry_text import grade_label
from ui.usage import record_use

if TYPE_CHECKING:
    from sqlmodel import Session

    from qsupervise.services.credit import Standing
    from ui.dialogs.enterprise_detail_credit import CreditPanel
    from ui.workers import Task

FOLDER_KEY = "credit/folder"


class CreditActions(QObject):
    """What the 信用 tab's buttons do, for the panel they belong to (it shows the results)."""

    def __init__(self, panel: CreditPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.task: Task | None = None  # the last report being written (tests wait on it)
        self.printed: Path | None = None

    @property
    def enterprise_id(self) -> str:
        return self.panel.enterprise_id

    def today(self) -> date:
        return self.panel.today()

    def write(self, action: Callable[[Session], Any]) -> Any:
        """Run ``action(session)`` in one transaction; the detail learns of it inside (the panel's ``saved``)."""
        with self.panel.db.session() as s:
            done = action(s)
            self.panel.saved.emit(self.enterprise_id)
        return done

    def grade_now(self, s: Session) -> str:
        from qsupervise.services import credit

        return credit.current(s, self.enterprise_id, today=self.today()).grade

    def done(self, text: str, records_tab: int | None = None) -> None:
        """Show the panel again from the database, with what was done under it."""
        self.panel.reload()
        if records_tab is not None:
            self.panel.records.setCurrentIndex(records_tab)
        self.panel.say(text)

    # -- the grade ----------------------------------------------------------------------------------

    def override(self) -> None:
        from ui.dialogs.credit_override import OverrideDialog

        panel, s, out = self.panel, self.panel.standing, self.panel.outcome
        if s is None or not panel.live:
            return
        listed = out is not None and out.listed_serious
        dialog = OverrideDialog(panel.name, s.grade, s.computed_grade, listed=listed, parent=panel)

        def apply() -> Any:
            from qsupervise.services import credit

            letter, reason = dialog.chosen()
            return self.write(lambda session: credit.override(session, self.enterprise_id, letter, reason,
                                                              actor=ACTOR, today=self.today()))

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            given: Standing = dialog.outcome  # type: ignore[assignment]
            self.done(catalogue("credit_overridden", name=panel.name, grade=given.grade, computed=given.computed_grade))
        dialog.deleteLater()

    def clear_override(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import credit

        try:
            lifted = self.write(lambda s: credit.clear_override(s, self.enterprise_id, actor=ACTOR, today=self.today()))
        except KnownError as exc:  # lifted on another station meanwhile
            modal.warn(self.panel, exc.message(i18n.error_lang()))
            self.panel.reload()
            return
        self.done(catalogue("credit_override_cleared", name=self.panel.name, grade=lifted.grade))

    def recompute(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import credit

        before, day = self.panel.standing, self.today()
        try:
            result, letter = self.write(lambda s: (credit.recompute(s, day, [self.enterprise_id], actor=ACTOR),
                                                   self.grade_now(s)))
        except KnownError as exc:  # e.g. the file became read-only
            modal.warn(self.panel, exc.message(i18n.error_lang()))
            return
        on = day.isoformat()
        if not result.written:
            text = self.tr("已按 {0} 的记录重新计算：等级和分数没有变化（{1}）。").format(on, grade_label(letter))
        elif before is not None and before.grade != letter:
            text = self.tr("已按 {0} 的记录重新计算：信用等级由 {1} 级变为 {2} 级。").format(on, before.grade, letter)
        else:
            text = self.tr("已按 {0} 的记录重新计算：分数或依据有变化，等级仍为 {1} 级。").format(on, letter)
        self.done(text)

    # -- list entries and penalties -------------------------------------------------------------------

    def add_entry(self) -> None:
        from ui.dialogs.credit_list import AddEntryDialog

        panel = self.panel
        if not panel.live:
            return
        dialog = AddEntryDialog(panel.name, self.today(), authority=panel.authority, parent=panel)

        def apply() -> Any:
            from qsupervise.services import credit

            values = dialog.values()

            def act(s: Session) -> tuple[str, str, str]:
                entry = credit.add_list_entry(s, enterprise_id=self.enterprise_id, actor=ACTOR, today=self.today(),
                                              **values)
                return entry.list_kind, entry.listed_on, self.grade_now(s)

            return self.write(act)

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            kind, on, letter = dialog.outcome  # type: ignore[misc]
            self.done(catalogue("credit_listed", name=panel.name, list=list_label(kind), on=on, grade=letter), 1)
        dialog.deleteLater()

    def remove_entry(self) -> None:
        from ui.dialogs.credit_list import RemoveEntryDialog

        panel, entry = self.panel, self.panel.selected_entry()
        if entry is None or entry.removed_on or not panel.live:
            return
        summary = self.tr("{0}，{1} 列入，{2}").format(list_label(entry.list_kind), entry.listed_on,
                                                     entry.document_no or self.tr("无文号"))
        dialog = RemoveEntryDialog(summary, self.today(), parent=panel)
        entry_id, kind = entry.id, entry.list_kind

        def apply() -> Any:
            from qsupervise.services import credit

            values = dialog.values()

            def act(s: Session) -> tuple[str, str]:
                removed = credit.remove_list_entry(s, entry_id=entry_id, actor=ACTOR, today=self.today(), **values)
                return removed.removed_on or "", self.grade_now(s)

            return self.write(act)

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            on, letter = dialog.outcome  # type: ignore[misc]
            self.done(catalogue("credit_unlisted", name=panel.name, list=list_label(kind), on=on, grade=letter))
        dialog.deleteLater()

    def add_penalty(self) -> None:
        from ui.dialogs.credit_penalty import PenaltyDialog

        panel = self.panel
        if not panel.live:
            return
        dialog = PenaltyDialog(panel.name, self.today(), authority=panel.authority, parent=panel)

        def apply() -> Any:
            from qsupervise.services import credit

            values = dialog.values()
            amount = credit.parse_amount(values.pop("amount"))

            def act(s: Session) -> tuple[str, str, str]:
                penalty = credit.add_penalty(s, enterprise_id=self.enterprise_id, amount_fen=amount, actor=ACTOR,
                                             today=self.today(), **values)
                return penalty.document_no, penalty.decided_on, self.grade_now(s)

            return self.write(act)

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            document, on, letter = dialog.outcome  # type: ignore[misc]
            self.done(catalogue("credit_penalty_added", name=panel.name, document=document, on=on, grade=letter), 2)
        dialog.deleteLater()

    # -- the credit report ------------------------------------------------------------------------------

    def ask_pdf_path(self, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        folder = str(QSettings().value(FOLDER_KEY, "") or "")
        start = str(Path(folder if folder and Path(folder).is_dir() else Path.home()) / suggested)
        name, _ = QFileDialog.getSaveFileName(self.panel, self.tr("保存信用报告"), start, self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return None
        QSettings().setValue(FOLDER_KEY, str(Path(name).parent))
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def print_report(self) -> None:
        """The one-page PDF (its font embedded), written on a worker, then handed to the desktop's viewer."""
        from ui.pages import certification_files
        from ui.workers import run_task

        panel, store = self.panel, self.panel.db.store
        if store is None or not panel.live:
            return
        today, lang, enterprise_id = self.today(), i18n.error_lang(), self.enterprise_id
        safe = "".join(c for c in panel.name if c not in '\\/:*?"<>|')[:40]
        path = self.ask_pdf_path(self.tr("企业质量信用报告-{0}-{1}.pdf").format(safe, today.isoformat()))
        if path is None:
            return

        def job(*, progress: Any, cancel: Any) -> Path:
            from qsupervise.documents.credit_report import credit_report

            with store.read() as s:
                return Path(credit_report(s, enterprise_id, path, today=today, lang=lang))

        def written(pdf: Path) -> None:
            self.printed = pdf
            panel.say(self.tr("已生成信用报告 {0}").format(pdf))
            record_use(panel, panel.db, "print.credit_report", pdf, {"id": enterprise_id, "enterprise": panel.name})
            if not certification_files.open_local_file(pdf):
                unopened = self.tr("信用报告已保存到\n{0}\n没有找到可以打开 PDF 的程序，请另行打开打印。")
                modal.inform(panel, unopened.format(pdf))

        self.printed = None
        self.task = run_task(panel, job, label=self.tr("正在生成信用报告…"), on_success=written, cancellable=False)
