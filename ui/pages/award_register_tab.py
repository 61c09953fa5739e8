"""名牌登记: the register of granted titles (名牌产品, 质量奖, 著名商标 …) with their level, product and term; the
status is derived on the day (有效 / 已到期 / 已撤销) and titles running out within 90 days are highlighted.
Titles granted outside the workflow (older ones, national titles the county only records) are entered here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import modal
from ui.database import ACTOR
from ui.list_focus import ListFocus
from ui.models.awards import EXPIRING_DAYS, BrandsModel, brand_status_label, expiring_soon, kind_label, level_label
from ui.models.awards import today as today_
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.permissions import can_write
from ui.widgets_search import ChoiceCombo, SearchBox

if TYPE_CHECKING:
    from qsupervise.services.awards import BrandRow
    from ui.pages.awards import AwardsPage

HINT_STYLE = "color: #5f6b76;"
WIDTHS = (200, 70, 180, 90, 50, 110, 84, 84, 120, 100)
LEVELS = ("national", "provincial", "municipal", "county")
KINDS = ("famous_brand", "quality_award", "trademark", "gi_product", "engineering", "other")
STATUSES = ("valid", "expiring", "expired", "revoked")  # "expiring": in force, running out within 90 days


class RegisterTab(ListFocus, QWidget):
    def __init__(self, page: AwardsPage) -> None:
        super().__init__()
        self.setObjectName("award_register_tab")
        self.page = page
        self.db = page.db
        self._filling = False
        self._keep: str | None = None

        self.search = SearchBox()
        self.search.setObjectName("brand_search")
        self.search.setMinimumWidth(180)
        self.search.search.connect(self.on_filters_changed)
        self.search.leave.connect(self.focus_table)
        self.level = ChoiceCombo("brand_level")
        self.kind = ChoiceCombo("brand_kind")
        self.township = ChoiceCombo("brand_township")
        self.status = ChoiceCombo("brand_status")
        self.filters = (self.level, self.kind, self.township, self.status)
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.on_filters_changed)
        filter_bar = QHBoxLayout()
        filter_bar.setSpacing(6)
        filter_bar.addWidget(self.search, 1)
        for combo in self.filters:
            filter_bar.addWidget(combo)

        self.count_label = QLabel()
        self.count_label.setObjectName("brand_count")
        self.count_label.setStyleSheet(HINT_STYLE)
        self.buttons: dict[str, QPushButton] = {}
        action_bar = QHBoxLayout()
        action_bar.setSpacing(6)
        for key, slot in (
            ("new_brand", self.new_brand),
            ("revoke_brand", self.revoke_brand),
            ("brand_payment", self.pay_brand),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(lambda _=False, run=slot: run())
            action_bar.addWidget(button)
            self.buttons[key] = button
        action_bar.addStretch(1)
        action_bar.addWidget(self.count_label)

        self.model = BrandsModel(self)
        self.view = dense_table("brand_table")
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        for stretched in (BrandsModel.ENTERPRISE, BrandsModel.TITLE):
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.empty = EmptyHint(self.view, "brands_empty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filter_bar)
        layout.addLayout(action_bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.update_buttons()

    # -- choices ---------------------------------------------------------------------------------

    def fill_choices(self) -> None:
        self._filling = True
        try:
            self.level.set_choices(self.tr("全部级别"), [(c, level_label(c)) for c in LEVELS])
            self.kind.set_choices(self.tr("全部类别"), [(c, kind_label(c)) for c in KINDS])
            statuses = [(c, brand_status_label(c)) for c in ("valid", "expired", "revoked")]
            statuses.insert(1, ("expiring", self.tr("{0} 天内到期").format(EXPIRING_DAYS)))
            self.status.set_choices(self.tr("全部状态"), statuses)
        finally:
            self._filling = False

    def fill_townships(self, townships: list[tuple[str, str]]) -> None:
        self._filling = True
        try:
            self.township.set_choices(self.tr("全部乡镇"), townships)
        finally:
            self._filling = False

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from qsupervise.services import awards

        if self.db.store is None:
            self.model.set_rows([])
            self.show_count(0, 0)
            return
        keep = self._keep or self.current_id()
        self._keep = None
        status = self.status.value()
        day = today_()
        with self.db.read() as s:
            found = awards.brands(
                s, today=day, level=self.level.value(), kind=self.kind.value(), township_id=self.township.value(),
                status=None if status in (None, "expiring") else status,
                expiring_days=EXPIRING_DAYS if status == "expiring" else None)
            soon = len(awards.expiring(s, day, EXPIRING_DAYS))
        typed = self.search.text().strip().lower()
        rows = [r for r in found if not typed or any(typed in v.lower() for v in (
            r.enterprise, r.uscc, r.title, r.product_name, r.certificate_no))]
        self.model.set_rows(rows)
        self.show_count(len(rows), soon)
        position = next((n for n, r in enumerate(rows) if r.id == keep), None)
        if position is not None:
            index = self.model.index(position, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        self.update_buttons()

    def on_filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_count(self, shown: int, soon: int) -> None:
        text = self.tr("共 {0} 条").format(f"{shown:,}")
        if soon:
            text += self.tr("；全县 {0} 条 {1} 天内到期").format(soon, EXPIRING_DAYS)
        self.count_label.setText(text)
        if self.db.store is None:
            hint = self.tr("未打开数据库。")
        elif shown:
            hint = ""
        elif self.search.text().strip() or any(c.value() for c in self.filters):
            hint = self.tr("没有符合筛选条件的登记。")
        else:
            hint = self.tr("还没有获奖（名牌）登记。申报获奖后自动登记；以前获得的称号可点“登记称号”补录。")
        self.empty.show_text(hint)

    def current(self) -> BrandRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def update_buttons(self) -> None:
        have = self.db.store is not None
        row = self.current() if have else None
        write = can_write(self.db, "brand")  # a clerk those of their township; an inspector, a viewer none
        self.buttons["new_brand"].setEnabled(have and write)
        live = row is not None and row.status != "revoked"
        self.buttons["revoke_brand"].setEnabled(write and live)
        self.buttons["brand_payment"].setEnabled(can_write(self.db, "reward_payment") and live)

    def rows_expiring(self) -> list[BrandRow]:
        return [r for r in self.model.rows if expiring_soon(r)]

    # -- actions ---------------------------------------------------------------------------------

    def new_brand(self) -> None:
        from ui.dialogs.award_brand_form import BrandForm

        if self.db.store is None or not can_write(self.db, "brand"):
            return
        form = BrandForm(self.db, parent=self)
        if modal.exec_dialog(form) and form.saved_id:
            self._keep = form.saved_id
            self.page.message.emit(self.tr("已登记称号“{0}”。").format(form.saved_label))
        form.deleteLater()

    def revoke_brand(self) -> None:
        from qsupervise.services import awards
        from ui.dialogs.award_reason import ReasonDialog

        row = self.current()
        if row is None or not self.buttons["revoke_brand"].isEnabled():
            return
        label = f"{row.enterprise} {row.title}"
        dialog = ReasonDialog(
            self.tr("撤销称号"),
            self.tr("撤销“{0}”？撤销后状态为“已撤销”，记录保留，理由记入审计日志。").format(label),
            parent=self,
        )

        def apply() -> object:
            with self.db.session() as s:
                return awards.revoke_brand(s, row.id, reason=dialog.reason(), on=today_(), actor=ACTOR)

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            self._keep = row.id
            self.page.message.emit(self.tr("已撤销“{0}”。").format(label))
        dialog.deleteLater()

    def pay_brand(self) -> None:
        from ui.dialogs.fund_payment import PaymentDialog

        row = self.current()
        if row is None or not self.buttons["brand_payment"].isEnabled():
            return
        # a title won through an application is paid as that award, so the two are never paid twice
        subject = ("award", row.application_id) if row.application_id else ("brand", row.id)
        dialog = PaymentDialog(self.db, subject=subject, parent=self)
        if modal.exec_dialog(dialog) and dialog.paid_fen is not None:
            self.page.message.emit(dialog.done_text())
        dialog.deleteLater()

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.db.store is not None:
            self.fill_choices()
        if self.township.count():
            self.township.setItemText(0, self.tr("全部乡镇"))
        self.search.setPlaceholderText(self.tr("企业、信用代码、称号、产品或证书编号"))
        self.search.setToolTip(self.tr("边输入边筛选（Ctrl+F）"))
        texts = {
            "new_brand": (self.tr("登记称号…"), self.tr("补录在本系统之外获得的称号（Ctrl+N）")),
            "revoke_brand": (self.tr("撤销…"), self.tr("撤销选中的称号（须写明理由）")),
            "brand_payment": (self.tr("奖励资金…"), self.tr("为选中的称号登记发放的奖励资金")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.model.retranslate()
