"""企业详情 → 认证许可: the enterprise's certificates and licences, and its instruments under compulsory verification
(计量器具), each added or edited through the 认证许可 page's own forms with the enterprise already chosen.

The lists use the page's table models, so a status reads the same everywhere (有效，还剩 20 天 / 已过期 3 天,
逾期（12 天）); the derived states come from the core's rules on the day the panel is read.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import Database
from ui.models.certifications import ID_ROLE, CertsModel
from ui.models.instruments import InstrumentsModel
from ui.pages.dashboard import dense_table

if TYPE_CHECKING:
    from qsupervise.models import Instrument
    from qsupervise.services.instruments import InstrumentRow

HINT_STYLE = "color: #5f6b76;"
CERT_COLUMNS = (CertsModel.KIND, CertsModel.NUMBER, CertsModel.ISSUER, CertsModel.ISSUED, CertsModel.EXPIRES,
                CertsModel.STATUS)
INSTRUMENT_COLUMNS = (InstrumentsModel.NAME, InstrumentsModel.MODEL, InstrumentsModel.SERIAL,
                      InstrumentsModel.CATEGORY, InstrumentsModel.VERIFIED, InstrumentsModel.DUE,
                      InstrumentsModel.STATUS, InstrumentsModel.REGISTERED)


def instrument_row(i: Instrument, owner: str, township_id: str, today: date) -> InstrumentRow:
    """An instrument as the 计量器具 list shows it, its status judged by the core's rule on ``today``."""
    from qsupervise.rules import instruments as rules
    from qsupervise.services.instruments import InstrumentRow

    verified = date.fromisoformat(i.verified_on) if i.verified_on else None
    due = date.fromisoformat(i.due_on) if i.due_on else None
    overdue = (today - due).days if due is not None and rules.is_overdue(due, today) else 0
    return InstrumentRow(i.id, i.enterprise_id, owner, township_id, i.name, i.model, i.serial, i.use_category,
                         bool(i.registered), i.verified_on, i.due_on, i.result,
                         rules.status(verified, due, i.result, today), overdue)


def section(view: QTableView, title: QLabel, buttons: list[QPushButton]) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    bar = QHBoxLayout()
    bar.setSpacing(6)
    bar.addWidget(title, 1)
    for button in buttons:
        bar.addWidget(button)
    column.addLayout(bar)
    column.addWidget(view, 1)
    return box


class CertificatesPanel(QWidget):
    saved = Signal(str)  # a certificate or instrument of the enterprise was saved here (the enterprise's id)

    def __init__(self, db: Database, enterprise_id: str, *, editable: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificates_panel")
        self.db = db
        self.enterprise_id = enterprise_id
        self.editable = editable
        self.live = True

        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("new_cert", self.new_cert), ("edit_cert", self.edit_cert),
                          ("new_instrument", self.new_instrument), ("edit_instrument", self.edit_instrument)):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, run=slot: run())
            self.buttons[key] = button
        self.certs = CertsModel(self)
        self.cert_view = self.table("enterprise_certs", self.certs, CERT_COLUMNS, CertsModel.ISSUER)
        self.cert_view.activated.connect(lambda _index: self.edit_cert())
        self.instruments = InstrumentsModel(self)
        self.instrument_view = self.table("enterprise_instruments", self.instruments, INSTRUMENT_COLUMNS,
                                          InstrumentsModel.NAME)
        self.instrument_view.activated.connect(lambda _index: self.edit_instrument())
        self.cert_title = QLabel()
        self.cert_title.setObjectName("certs_title")
        self.instrument_title = QLabel()
        self.instrument_title.setObjectName("instruments_title")
        for title in (self.cert_title, self.instrument_title):
            title.setProperty("section", True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(section(self.cert_view, self.cert_title, [self.buttons["new_cert"], self.buttons["edit_cert"]]))
        split.addWidget(section(self.instrument_view, self.instrument_title,
                                [self.buttons["new_instrument"], self.buttons["edit_instrument"]]))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.note = QLabel()
        self.note.setObjectName("certs_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def table(self, name: str, model: Any, shown: tuple[int, ...], stretch: int) -> QTableView:
        view = dense_table(name)
        view.setModel(model)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column in range(model.columnCount()):
            view.setColumnHidden(column, column not in shown)
        view.selectionModel().selectionChanged.connect(self.update_buttons)
        return view

    def today(self) -> date:
        return date.today()

    # -- data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        from qsupervise.models import Enterprise
        from qsupervise.services import certifications, instruments

        today = self.today()
        keep_cert, keep_instrument = self.current_id(self.cert_view), self.current_id(self.instrument_view)
        with self.db.read() as s:
            enterprise = s.get(Enterprise, self.enterprise_id)
            self.live = enterprise is not None and enterprise.deleted_at is None
            ids = [c.id for c in certifications.of_enterprise(s, self.enterprise_id)]
            certs = certifications.rows_by_id(s, ids, today=today)
            owner = enterprise.name if enterprise is not None else ""
            town = enterprise.township_id if enterprise is not None else ""
            found = [instrument_row(i, owner, town, today) for i in instruments.of_enterprise(s, self.enterprise_id)]
        self.certs.today = today
        self.certs.set_rows(certs)
        self.instruments.set_rows(found)
        self.select(self.cert_view, keep_cert)
        self.select(self.instrument_view, keep_instrument)
        valid = sum(1 for c in certs if c.shown_status == "valid")
        lapsed = sum(1 for c in certs if c.shown_status == "expired")
        soon = sum(1 for c in certs if c.shown_status == "valid" and c.band in ("30", "60", "90"))
        if certs:
            text = self.tr("认证与许可：{0} 份，有效 {1} 份").format(len(certs), valid)
            if soon:
                text += self.tr("，90 天内到期 {0} 份").format(soon)
            if lapsed:
                text += self.tr("，已过期 {0} 份").format(lapsed)
        else:
            text = self.tr("认证与许可：暂无")
        self.cert_title.setText(text)
        overdue = sum(1 for i in found if i.status == "overdue")
        if found:
            text = self.tr("强检计量器具：{0} 台").format(len(found))
            if overdue:
                text += self.tr("，逾期未检 {0} 台").format(overdue)
        else:
            text = self.tr("强检计量器具：暂无")
        self.instrument_title.setText(text)
        self.update_buttons()

    @staticmethod
    def current_id(view: QTableView) -> str | None:
        rows = view.selectionModel().selectedRows()
        found = view.model().data(rows[0], ID_ROLE) if rows else None
        return str(found) if found else None

    @staticmethod
    def select(view: QTableView, wanted: str | None) -> None:
        model = view.model()
        for row in range(model.rowCount()):
            if wanted and model.data(model.index(row, 0), ID_ROLE) == wanted:
                view.selectRow(row)
                return

    def update_buttons(self) -> None:
        can = self.editable and self.live and self.db.store is not None
        for key, button in self.buttons.items():
            button.setVisible(self.editable)
            view = self.cert_view if key.endswith("cert") else self.instrument_view
            chosen = self.current_id(view) is not None
            button.setEnabled(can and (key.startswith("new") or chosen))

    # -- actions -----------------------------------------------------------------------------------

    def new_cert(self, cert_id: str | None = None) -> None:
        from qsupervise.errors import KnownError
        from ui.dialogs.certification_form import CertificationForm

        if not self.live:
            return
        try:
            form = CertificationForm(self.db, cert_id=cert_id, enterprise_id=self.enterprise_id, parent=self)
        except KnownError as exc:  # deleted on another station since the list was read
            modal.warn(self, exc.message(i18n.error_lang()))
            self.reload()
            return
        form.saved.connect(lambda _id: self.saved.emit(self.enterprise_id))
        if modal.exec_dialog(form):
            self.reload()
            self.select(self.cert_view, form.saved_id)
            done = self.tr("已登记证书 {0}。") if cert_id is None else self.tr("已保存证书 {0}。")
            self.note.setText(done.format(form.saved_label))
        form.deleteLater()

    def edit_cert(self) -> None:
        cert_id = self.current_id(self.cert_view)
        if cert_id is not None:
            self.new_cert(cert_id)

    def new_instrument(self, instrument_id: str | None = None) -> None:
        from qsupervise.errors import KnownError
        from ui.dialogs.instrument_form import InstrumentForm

        if not self.live:
            return
        try:
            form = InstrumentForm(self.db, instrument_id=instrument_id, enterprise_id=self.enterprise_id, parent=self)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            self.reload()
            return
        form.saved.connect(lambda _id: self.saved.emit(self.enterprise_id))
        if modal.exec_dialog(form):
            self.reload()
            self.select(self.instrument_view, form.saved_id)
            done = self.tr("已登记计量器具 {0}。") if instrument_id is None else self.tr("已保存计量器具 {0}。")
            self.note.setText(done.format(form.saved_name))
        form.deleteLater()

    def edit_instrument(self) -> None:
        instrument_id = self.current_id(self.instrument_view)
        if instrument_id is not None:
            self.new_instrument(instrument_id)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "new_cert": (self.tr("新增证书…"), self.tr("为该企业登记一份证书或许可证")),
            "edit_cert": (self.tr("编辑…"), self.tr("编辑选中的证书（回车或双击）")),
            "new_instrument": (self.tr("新增器具…"), self.tr("为该企业登记一台强检计量器具")),
            "edit_instrument": (self.tr("编辑…"), self.tr("编辑选中的计量器具（回车或双击）")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.certs.retranslate()
        self.instruments.retranslate()
