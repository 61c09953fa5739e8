"""企业详情 → 信用: the enterprise's quality credit grade and why, set by hand or not, its history, its entries on the
credit lists and its penalties; the buttons' actions (adjust, recompute, list, penalty, print the one-page credit
report) are in ``enterprise_detail_credit_actions``.

Every rule is the core's (``services/credit.py``): this panel shows what it returns and passes on what the user
enters, one service call per action; a refusal is shown in the core's words.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.database import Database
from ui.dialogs.enterprise_detail_credit_actions import CreditActions
from ui.models.credit import GRADE_COLOURS, HistoryModel, ListEntriesModel, PenaltiesModel, ReasonsModel
from ui.pages.dashboard import dense_table
from ui.permissions import can_write
from ui.registry_text import grade_label

if TYPE_CHECKING:
    from qsupervise.models import CreditListEntry
    from qsupervise.rules.credit import Outcome
    from qsupervise.services.credit import Standing

REASON_ROWS = 8  # reason lines shown without scrolling
HINT_STYLE = "color: #5f6b76;"
AMBER_STYLE = "color: #b26a00;"
# the table behind each button (the others change the grade); a role that may not write it gets the button disabled
WRITES = {"add_entry": "credit_list_entry", "remove_entry": "credit_list_entry", "add_penalty": "penalty"}


def table(name: str, model: Any, stretch: int) -> QTableView:
    view = dense_table(name)
    view.setModel(model)  # before the header's sections are sized: they exist only with a model
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view


class CreditPanel(QWidget):
    saved = Signal(str)  # something of the enterprise was saved here (its id), inside the transaction

    def __init__(self, db: Database, enterprise_id: str, *, editable: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("credit_panel")
        self.db = db
        self.enterprise_id = enterprise_id
        self.editable = editable
        self.name = ""
        self.authority = ""
        self.live = True
        self.standing: Standing | None = None
        self.outcome: Outcome | None = None
        self.entries: list[CreditListEntry] = []
        self.actions_ = CreditActions(self)

        self.badge = QLabel()
        self.badge.setObjectName("grade_badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedSize(76, 68)
        self.headline = QLabel()
        self.headline.setObjectName("grade_headline")
        self.headline.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.decided = QLabel()
        self.decided.setObjectName("grade_decided")
        self.decided.setStyleSheet(HINT_STYLE)
        self.override_note = QLabel()
        self.override_note.setObjectName("override_note")
        self.override_note.setStyleSheet(AMBER_STYLE)
        self.stale_note = QLabel()
        self.stale_note.setObjectName("stale_note")
        self.stale_note.setStyleSheet(AMBER_STYLE)
        for label in (self.headline, self.decided, self.override_note, self.stale_note):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        for label in (self.headline, self.decided, self.override_note, self.stale_note):
            texts.addWidget(label)
        texts.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, 1)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        act = self.actions_
        for key, slot in (("override", act.override), ("clear_override", act.clear_override),
                          ("recompute", act.recompute), ("print_report", act.print_report)):
            if key == "print_report":
                bar.addStretch(1)
            bar.addWidget(self.button(key, slot))
        printing = QAction(self)
        printing.setObjectName("action_print_report")
        printing.setShortcut(QKeySequence("Ctrl+P"))
        printing.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # while the tab is shown
        printing.triggered.connect(lambda _=False: self.buttons["print_report"].isEnabled() and act.print_report())
        self.addAction(printing)

        self.reasons = ReasonsModel(self)
        self.reasons_view = table("credit_reasons", self.reasons, ReasonsModel.TEXT)
        self.reasons_view.setWordWrap(True)
        # long lines wrap at the width the text column has: fit the rows again whenever it changes
        self.reasons_view.horizontalHeader().sectionResized.connect(lambda *_: self.fit_reasons())
        self.reasons_view.horizontalHeader().setSectionResizeMode(ReasonsModel.POINTS,
                                                                  QHeaderView.ResizeMode.ResizeToContents)
        self.history = HistoryModel(self)
        self.history_view = table("credit_history", self.history, HistoryModel.REASON)
        self.lists = ListEntriesModel(self)
        self.lists_view = table("credit_lists", self.lists, ListEntriesModel.REASON)
        self.lists_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.lists_view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.penalties = PenaltiesModel(self)
        self.penalties_view = table("credit_penalties", self.penalties, PenaltiesModel.SUMMARY)
        self.records = QTabWidget()
        self.records.setObjectName("credit_records")
        self.records.setDocumentMode(True)
        self.records.addTab(self.history_view, "")
        self.records.addTab(self.with_bar(self.lists_view, "add_entry", "remove_entry"), "")
        self.records.addTab(self.with_bar(self.penalties_view, "add_penalty"), "")

        self.message = QLabel()
        self.message.setObjectName("credit_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(HINT_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.reasons_view)
        layout.addWidget(self.records, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def button(self, key: str, slot: Any) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"btn_{key}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        self.buttons[key] = button
        return button

    def with_bar(self, view: QTableView, *keys: str) -> QWidget:
        act = self.actions_
        slots = {"add_entry": act.add_entry, "remove_entry": act.remove_entry, "add_penalty": act.add_penalty}
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for key in keys:
            bar.addWidget(self.button(key, slots[key]))
        bar.addStretch(1)
        column.addLayout(bar)
        column.addWidget(view, 1)
        return page

    def today(self) -> date:
        """The day grades are judged on (one place, so a test can move it)."""
        return date.today()

    # -- data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        from sqlmodel import select

        from qsupervise.errors import KnownError
        from qsupervise.models import Enterprise, OrgKind, OrgUnit
        from qsupervise.services import credit

        today = self.today()
        with self.db.read() as s:
            enterprise = s.get(Enterprise, self.enterprise_id)
            county = s.exec(select(OrgUnit).where(OrgUnit.kind == OrgKind.COUNTY)).first()
            self.name = enterprise.name if enterprise is not None else ""
            self.authority = f"{county.name}市场监督管理局" if county is not None else ""
            self.live = enterprise is not None and enterprise.deleted_at is None
            try:
                self.standing = credit.current(s, self.enterprise_id, today=today) if self.live else None
            except KnownError:
                self.standing = None
            self.outcome = credit.outcome_of(s, self.enterprise_id, today) if self.live else None
            self.history.set_rows(credit.history(s, self.enterprise_id))
            self.entries = credit.list_entries(s, self.enterprise_id)
            self.lists.set_rows(self.entries)
            self.penalties.set_rows(credit.penalties(s, self.enterprise_id))
        self.show_standing()
        self.fit_reasons()
        self.update_titles()
        self.update_buttons()

    def show_standing(self) -> None:
        s, out = self.standing, self.outcome
        if s is None:
            self.badge.setText("—")
            self.badge.setStyleSheet(self.badge_style("#80868b"))
            self.headline.setText(self.tr("未评定"))
            self.decided.setText(self.tr("该企业已停用，不再评定信用等级。") if not self.live else "")
            for label in (self.override_note, self.stale_note):
                label.setVisible(False)
            self.reasons.set_rows([])
            return
        self.badge.setText(s.grade)
        self.badge.setStyleSheet(self.badge_style(GRADE_COLOURS.get(s.grade, "#1d2329")))
        self.badge.setToolTip(grade_label(s.grade))
        self.headline.setText(self.tr("{0} · 得分 {1} 分").format(grade_label(s.grade), s.score))
        if s.recorded:
            self.decided.setText(self.tr("评定于 {0}").format(s.decided_on or "—"))
        else:
            self.decided.setText(self.tr("没有扣分或加分的记录：按规则评定（未单独记录）"))
        self.override_note.setVisible(s.overridden)
        if s.overridden:
            self.override_note.setText(self.tr("人工调整：系统评定为 {0} 级；理由：{1}（{2}）").format(
                s.computed_grade, s.override_reason, s.decided_by or "—"))
        stale = out is not None and (out.grade, out.score) != (s.computed_grade, s.score)
        self.stale_note.setVisible(stale)
        if stale and out is not None:
            stale_text = self.tr("按 {0} 的记录计算为 {1} 级 {2} 分，与记录的不同：点“重新计算”更新。")
            self.stale_note.setText(stale_text.format(self.today().isoformat(), out.grade, out.score))
        self.reasons.set_rows(list(s.basis))

    def fit_reasons(self) -> None:
        """The reasons as tall as their lines (at most ``REASON_ROWS``): the lists below get the rest."""
        view = self.reasons_view
        view.resizeRowsToContents()
        rows = [view.rowHeight(r) for r in range(self.reasons.rowCount())]
        line = view.verticalHeader().defaultSectionSize()
        body = sum(rows[:REASON_ROWS]) if rows else line
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + body + 2 * view.frameWidth() + 2)

    @staticmethod
    def badge_style(colour: str) -> str:
        return (f"color: {colour}; border: 2px solid {colour}; border-radius: 6px; font-size: 30pt; "
                "font-weight: bold; background: #ffffff;")

    def update_titles(self) -> None:
        in_force = sum(1 for e in self.entries if not e.removed_on)
        self.records.setTabText(0, self.tr("等级历史（{0}）").format(self.history.rowCount()))
        lists = self.tr("信用名单（{0}）").format(len(self.entries))
        if in_force:
            lists = self.tr("信用名单（{0}，在列 {1}）").format(len(self.entries), in_force)
        self.records.setTabText(1, lists)
        self.records.setTabText(2, self.tr("行政处罚（{0}）").format(self.penalties.rowCount()))

    def selected_entry(self) -> CreditListEntry | None:
        rows = self.lists_view.selectionModel().selectedRows()
        return self.lists.row_at(rows[0]) if rows else None

    def update_buttons(self) -> None:
        can = self.editable and self.live and self.db.store is not None
        for key, button in self.buttons.items():
            button.setVisible(self.editable)
            button.setEnabled(can and can_write(self.db, WRITES.get(key, "credit_grade")))
        can = can and can_write(self.db, "credit_grade")
        s = self.standing
        self.buttons["clear_override"].setEnabled(can and s is not None and s.overridden)
        self.buttons["print_report"].setEnabled(self.live and self.db.store is not None)
        self.buttons["print_report"].setVisible(True)
        entry = self.selected_entry()
        listed = self.buttons["add_entry"].isEnabled()
        self.buttons["remove_entry"].setEnabled(listed and entry is not None and not entry.removed_on)

    def say(self, text: str) -> None:
        self.message.setText(text)

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "override": (self.tr("调整等级…"), self.tr("人工调整信用等级（须写明理由）")),
            "clear_override": (self.tr("恢复计算等级"), self.tr("撤销人工调整，恢复按规则评定的等级")),
            "recompute": (self.tr("重新计算"), self.tr("按今天的记录和现行规则重新评定该企业")),
            "print_report": (self.tr("打印信用报告…"), self.tr("生成企业质量信用报告（A4 一页 PDF，Ctrl+P）")),
            "add_entry": (self.tr("列入名单…"), self.tr("登记列入经营异常名录或严重违法失信名单")),
            "remove_entry": (self.tr("移出名单…"), self.tr("登记选中记录的移出日期（记录保留）")),
            "add_penalty": (self.tr("登记处罚…"), self.tr("登记一份行政处罚决定书")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        for model in (self.reasons, self.history, self.lists, self.penalties):
            model.retranslate()
        self.update_titles()
        if self.standing is not None or not self.live:
            self.show_standing()
