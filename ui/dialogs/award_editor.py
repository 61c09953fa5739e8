"""One award application: 基本信息, 流程 (the moves allowed from here, each dated with a comment, and the history),
资格预审 (each condition with its evidence; a failed one accepted only with a reason), 申报材料 (the checklist and
its scans), 评分 (the GB/T 19580 sheets, scored programmes only), and the printed summary (申报概要).

Each action is one service call in one transaction; afterwards the whole application is read again, so a move
that ran the pre-check shows its results at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import modal
from ui.database import Database
from ui.models.awards import kind_label, level_label, state_colour, state_label, window_text, yuan
from ui.pages import certification_files
from ui.usage import record_use

if TYPE_CHECKING:
    from qsupervise.models import (
        ApplicationDocument,
        ApplicationStep,
        AwardApplication,
        AwardProgram,
        EligibilityOverride,
        Enterprise,
        RewardPayment,
    )
    from qsupervise.services.award_eligibility import ConditionResult
    from qsupervise.services.awards import ScoreSummary
    from ui.dialogs.award_documents_tab import DocumentsTab
    from ui.dialogs.award_eligibility_tab import EligibilityTab
    from ui.dialogs.award_flow_tab import FlowTab
    from ui.dialogs.award_scores_tab import ScoresTab
    from ui.workers import Task

MUTED_COLOUR = "#5f6b76"


@dataclass(frozen=True)
class Snapshot:
    """Everything the editor shows, read in one go."""

    application: AwardApplication
    program: AwardProgram
    enterprise: Enterprise
    township: str
    steps: list[ApplicationStep]
    checked_on: str | None
    results: list[ConditionResult]
    overrides: list[EligibilityOverride]
    documents: list[ApplicationDocument]
    files: dict[str, tuple[str, str, int]]  # attachment id -> (name, MIME type, size)
    scores: ScoreSummary | None
    payments: list[RewardPayment]

    @property
    def state(self) -> str:
        return self.application.state

    @property
    def final(self) -> bool:
        return self.application.state in ("awarded", "not_awarded", "withdrawn")


def load(db: Database, application_id: str) -> Snapshot:
    from qsupervise.models import AwardProgram, Enterprise, OrgUnit
    from qsupervise.services import attachments, award_eligibility, awards, reward_fund

    with db.read() as s:
        application = awards.get_application(s, application_id)
        program = s.get(AwardProgram, application.program_id)
        enterprise = s.get(Enterprise, application.enterprise_id)
        if program is None or enterprise is None:
            from qsupervise.errors import KnownError

            raise KnownError("award_application_unknown", id=application_id)
        town = s.get(OrgUnit, enterprise.township_id)
        checked_on, results = awards.last_check(s, application.id)
        documents = awards.documents_of(s, application.id)
        files = {d.attachment_id: attachments.info(s, d.attachment_id) for d in documents if d.attachment_id}
        return Snapshot(
            application=application, program=program, enterprise=enterprise, township=town.name if town else "",
            steps=awards.steps_of(s, application.id), checked_on=checked_on, results=results,
            overrides=award_eligibility.overrides_of(s, application.id), documents=documents, files=files,
            scores=awards.score_summary(s, application.id) if program.scored else None,
            payments=reward_fund.payments_for(s, "award", application.id),
        )


def write_summary(parent: QWidget, db: Database, application_id: str, path: Path,
                  done: Callable[[Path], None]) -> Task | None:
    """Write the 申报概要 PDF in the background, then open it in the desktop's viewer."""
    from ui import i18n
    from ui.workers import run_task

    store, lang, today = db.store, i18n.error_lang(), date.today()
    if store is None:
        return None

    def job(*, progress: Any, cancel: Any) -> Path:
        from qsupervise.documents.award_summary import application_summary

        with store.read() as s:
            return Path(application_summary(s, application_id, path, today=today, lang=lang))

    def finished(written: Path) -> None:
        done(written)
        record_use(parent, db, "print.award_summary", written, {"application_id": application_id})
        certification_files.open_local_file(written)

    label = QCoreApplication.translate("award_editor", "正在生成申报概要…")
    return run_task(parent, job, label=label, on_success=finished, cancellable=False)


class InfoTab(QScrollArea):
    """基本信息: the enterprise, the programme and where the application stands (read only)."""

    FIELDS = ("enterprise", "uscc", "township", "legal_rep", "founded", "program", "kind", "organiser", "window",
              "product", "state", "submitted", "decided", "reward", "note", "criteria")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("info_tab")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        form = QFormLayout(inner)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in self.FIELDS:
            caption = QLabel()
            caption.setStyleSheet(f"color: {MUTED_COLOUR};")
            value = QLabel()
            value.setObjectName(f"info_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.captions[name] = caption
            self.values[name] = value
        self.setWidget(inner)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "enterprise": self.tr("申报企业"), "uscc": self.tr("统一社会信用代码"), "township": self.tr("所属乡镇"),
            "legal_rep": self.tr("法定代表人"), "founded": self.tr("成立日期"), "program": self.tr("评奖项目"),
            "kind": self.tr("类别与级别"), "organiser": self.tr("组织单位"), "window": self.tr("申报期"),
            "product": self.tr("申报产品"), "state": self.tr("当前状态"), "submitted": self.tr("提交日期"),
            "decided": self.tr("决定日期"), "reward": self.tr("奖励资金"), "note": self.tr("备注"),
            "criteria": self.tr("评审标准"),
        }
        for name, caption in self.captions.items():
            caption.setText(texts[name])

    def show_snapshot(self, snap: Snapshot) -> None:
        a, p, e = snap.application, snap.program, snap.enterprise
        paid = sum(x.amount_fen for x in snap.payments)
        reward = self.tr("标准 {0} 元").format(yuan(p.reward_fen)) if p.reward_fen else self.tr("未设奖励标准")
        if snap.payments:
            reward += self.tr("；已发放 {0} 笔，合计 {1} 元").format(len(snap.payments), yuan(paid))
        values = {
            "enterprise": e.name, "uscc": e.uscc or "—", "township": snap.township or "—",
            "legal_rep": e.legal_rep or "—", "founded": e.founded_on or self.tr("未登记"),
            "program": f"{p.year} {p.name}", "kind": f"{kind_label(p.kind)}　{level_label(p.level)}",
            "organiser": p.organiser or "—", "window": window_text(p.opens_on, p.closes_on),
            "product": a.product_name or "—", "state": state_label(a.state), "submitted": a.submitted_on or "—",
            "decided": a.decided_on or "—", "reward": reward, "note": a.note or "—", "criteria": p.criteria or "—",
        }
        for name, value in values.items():
            self.values[name].setText(value)


class ApplicationEditor(QDialog):
    changed = Signal(str)  # the application's id, after each saved action

    def __init__(self, db: Database, application_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.dialogs.award_documents_tab import DocumentsTab
        from ui.dialogs.award_eligibility_tab import EligibilityTab
        from ui.dialogs.award_flow_tab import FlowTab
        from ui.dialogs.award_scores_tab import ScoresTab

        self.setObjectName("award_editor")
        self.db = db
        self.application_id = application_id
        self.snap: Snapshot = load(db, application_id)  # a KnownError here: the caller says so
        self.task: Task | None = None
        self.printed: Path | None = None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setProperty("section", True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("state_badge")
        self.subheading = QLabel()
        self.subheading.setObjectName("subheading")
        self.subheading.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.subheading.setWordWrap(True)
        self.info = InfoTab()
        self.flow: FlowTab = FlowTab(self)
        self.eligibility: EligibilityTab = EligibilityTab(self)
        self.documents: DocumentsTab = DocumentsTab(self)
        self.scores: ScoresTab = ScoresTab(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editor_tabs")
        for tab in (self.info, self.flow, self.eligibility, self.documents):
            self.tabs.addTab(tab, "")
        if self.snap.program.scored:
            self.tabs.addTab(self.scores, "")
        self.note = QLabel()
        self.note.setObjectName("saved_note")
        self.note.setStyleSheet("color: #2e7d32;")
        self.note.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("btn_print_summary")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_summary)
        self.pay_button = QPushButton()
        self.pay_button.setObjectName("btn_award_payment")
        self.pay_button.setAutoDefault(False)
        self.pay_button.clicked.connect(self.record_payment)
        self.close_button = QPushButton()
        self.close_button.setObjectName("btn_close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(10)
        top.addWidget(self.state_badge)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.pay_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.subheading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        print_action = QAction(self)
        print_action.setShortcut(QKeySequence("Ctrl+P"))
        print_action.triggered.connect(self.print_summary)
        self.addAction(print_action)
        self.resize(1000, 660)
        self.retranslate()
        self.show_snapshot()

    def retranslate(self) -> None:
        titles = [self.tr("基本信息"), self.tr("流程"), self.tr("资格预审"), self.tr("申报材料"), self.tr("评分")]
        for i in range(self.tabs.count()):
            self.tabs.setTabText(i, titles[i])
        self.print_button.setText(self.tr("打印申报摘要…"))
        self.print_button.setToolTip(self.tr("生成申报概要 PDF（Ctrl+P）"))
        self.pay_button.setText(self.tr("奖励资金…"))
        self.pay_button.setToolTip(self.tr("为获奖企业登记发放的奖励资金"))
        self.close_button.setText(self.tr("关闭"))
        self.close_button.setToolTip(self.tr("关闭（Esc）"))

    # -- data -------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.snap = load(self.db, self.application_id)
        self.show_snapshot()

    def show_snapshot(self) -> None:
        snap = self.snap
        a, p, e = snap.application, snap.program, snap.enterprise
        self.setWindowTitle(self.tr("申报 — {0}").format(e.name))
        self.heading.setText(e.name)
        colour = state_colour(a.state)
        self.state_badge.setText(state_label(a.state))
        self.state_badge.setStyleSheet(
            f"padding: 1px 8px; border-radius: 3px; border: 1px solid {colour.name() if colour else '#4a7fc1'};"
            f" color: {colour.name() if colour else '#4a7fc1'};")
        parts = [f"{p.year} {p.name}", kind_label(p.kind), level_label(p.level),
                 self.tr("产品：{0}").format(a.product_name) if a.product_name else "", snap.township]
        self.subheading.setText(" · ".join(x for x in parts if x))
        self.info.show_snapshot(snap)
        self.flow.show_snapshot(snap)
        self.eligibility.show_snapshot(snap)
        self.documents.show_snapshot(snap)
        if p.scored:
            self.scores.show_snapshot(snap)
        self.pay_button.setEnabled(a.state == "awarded")

    def after_save(self, note: str) -> None:
        self.note.setText(note)
        self.reload()
        self.changed.emit(self.application_id)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    # -- actions ------------------------------------------------------------------------------------

    def ask_pdf_path(self, suggested: str) -> Path | None:
        from ui.pages.awards import AwardsPage

        page = self.parent()
        while page is not None and not isinstance(page, AwardsPage):
            page = page.parent()
        if isinstance(page, AwardsPage):
            return page.ask_save_path(self.tr("保存申报概要"), suggested, "pdf")
        return None

    def print_summary(self) -> None:
        safe = "".join(c for c in self.snap.enterprise.name if c not in '\\/:*?"<>|')[:40]
        path = self.ask_pdf_path(self.tr("申报概要-{0}.pdf").format(safe))
        if path is None:
            return

        def done(written: Path) -> None:
            self.printed = written
            self.note.setText(self.tr("已生成 {0}").format(written))

        self.printed = None
        self.task = write_summary(self, self.db, self.application_id, path, done)

    def record_payment(self) -> None:
        from ui.dialogs.fund_payment import PaymentDialog

        if self.snap.state != "awarded":
            return
        dialog = PaymentDialog(self.db, subject=("award", self.application_id), parent=self)
        if modal.exec_dialog(dialog) and dialog.paid_fen is not None:
            self.after_save(dialog.done_text())
        dialog.deleteLater()
