"""新建申报: an enterprise (found by name, pinyin initials or credit code) applying to a programme, for one of its
products where the programme is granted to a product; the draft starts with the programme's document checklist."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.models.awards import kind_label, level_label, window_text
from ui.widgets_enterprise import EnterpriseFinder
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.models import AwardProgram

HINT_STYLE = "color: #5f6b76;"
PRODUCT_KINDS = ("famous_brand", "gi_product")


class NewApplicationDialog(FormDialog):
    def __init__(self, db: Database, *, program_id: str | None = None, enterprise_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("award_application_new")
        self.db = db
        self.created_id: str | None = None
        self.created_label = ""
        self.programs: dict[str, AwardProgram] = {}
        self.program = ChoiceCombo("program")
        self.program.currentIndexChanged.connect(self.on_program_changed)
        self.program_note = QLabel()
        self.program_note.setObjectName("program_note")
        self.program_note.setStyleSheet(HINT_STYLE)
        self.program_note.setWordWrap(True)
        self.finder = EnterpriseFinder(db, rows=5)
        self.finder.chosen.connect(self.on_enterprise_chosen)
        self.product = QComboBox()
        self.product.setObjectName("product")
        self.product.setEditable(True)
        self.product.lineEdit().setMaxLength(200)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.captions = [QLabel() for _ in range(4)]
        self.form.addRow(self.captions[0], self.program)
        self.form.addRow("", self.program_note)
        self.form.addRow(self.captions[1], self.finder)
        self.form.addRow(self.captions[2], self.product)
        self.form.addRow(self.captions[3], self.note)
        self.apply = self.create
        self.setMinimumWidth(620)
        self.retranslate()
        self.load(program_id, enterprise_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("新建申报"))
        for caption, text in zip(self.captions, (self.tr("评奖项目"), self.tr("申报企业"), self.tr("申报产品"),
                                                 self.tr("备注")), strict=True):
            caption.setText(text)
        self.product.lineEdit().setPlaceholderText(self.tr("名牌产品、地理标志产品须填写；可从企业档案的产品中选择"))
        self.ok_button.setText(self.tr("建立草稿"))
        self.cancel_button.setText(self.tr("取消"))

    def load(self, program_id: str | None, enterprise_id: str | None) -> None:
        from qsupervise.services import awards, registry

        this_year = date.today().year
        with self.db.read() as s:
            found = [p for p in awards.programs(s) if p.year >= this_year - 1]
            detail = registry.detail(s, enterprise_id) if enterprise_id else None
        self.programs = {p.id: p for p in found}
        self.program.set_choices(None, [(p.id, f"{p.year} {p.name}") for p in found])
        if program_id and program_id in self.programs:
            self.program.set_value(program_id)
        self.on_program_changed()
        if detail is not None:
            e = detail.enterprise
            self.finder.set_enterprise(e.id, e.name, e.uscc or "", detail.township)

    def chosen_program(self) -> AwardProgram | None:
        value = self.program.value()
        return self.programs.get(value) if value else None

    def on_program_changed(self) -> None:
        program = self.chosen_program()
        self.update_ok()
        if program is None:
            self.program_note.setText(self.tr("还没有本年度或上一年度的评奖项目，请先在“奖项计划”中新建。"))
            return
        parts = [kind_label(program.kind), level_label(program.level),
                 self.tr("申报期 {0}").format(window_text(program.opens_on, program.closes_on))]
        if program.kind in PRODUCT_KINDS:
            parts.append(self.tr("按产品评定"))
        self.program_note.setText("　".join(parts))

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen_program() is not None and self.finder.selected_id() is not None)

    def on_enterprise_chosen(self, enterprise_id: object) -> None:
        from qsupervise.services import registry

        self.update_ok()
        keep = self.product.currentText()
        self.product.clear()
        if enterprise_id and self.db.store is not None:
            with self.db.read() as s:
                detail = registry.detail(s, str(enterprise_id))
            for info in detail.products if detail is not None else []:
                self.product.addItem(info.name)
        program = self.chosen_program()
        if keep or program is None or program.kind not in PRODUCT_KINDS or not self.product.count():
            self.product.setEditText(keep)
        else:
            self.product.setCurrentIndex(0)  # granted to a product: the enterprise's first one to start from

    def create(self) -> object:
        from qsupervise.errors import KnownError
        from qsupervise.services import awards
        from qsupervise.services.awards import ApplicationInput

        program = self.chosen_program()
        enterprise_id = self.finder.selected_id()
        if program is None:
            raise KnownError("award_program_unknown", ref="")
        if enterprise_id is None:
            raise KnownError("enterprise_not_found", ref=self.finder.search.text())
        data = ApplicationInput(program_id=program.id, enterprise_id=enterprise_id,
                                product_name=self.product.currentText().strip(), note=self.note.text())
        with self.db.session() as s:
            application = awards.apply(s, data, today=date.today(), actor=ACTOR)
            self.created_id = application.id
        name = self.finder.selected_text().split("　")[0]
        self.created_label = self.tr("{0} 申报 {1}").format(name, program.name)
        return application
