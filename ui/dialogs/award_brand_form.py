"""登记称号: a title granted outside the workflow (an older 名牌, a provincial or national title the county only
records): the holder, what and at which level, the product, the grant day and the term (an expiry typed, or
derived from the years of validity), and the certificate number."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.dialogs.certification_form import typed_day
from ui.models.awards import kind_label, level_label
from ui.widgets_enterprise import EnterpriseFinder
from ui.widgets_search import ChoiceCombo

HINT_STYLE = "color: #5f6b76;"
KINDS = ("famous_brand", "quality_award", "trademark", "gi_product", "engineering", "other")
LEVELS = ("national", "provincial", "municipal", "county")
VALIDITY = {"famous_brand": 3, "trademark": 3}
PRODUCT_KINDS = ("famous_brand", "gi_product")


class BrandForm(FormDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("award_brand_form")
        self.db = db
        self.saved_id: str | None = None
        self.saved_label = ""
        self.finder = EnterpriseFinder(db, rows=4)
        self.finder.chosen.connect(self.on_enterprise_chosen)
        self.kind = ChoiceCombo("kind")
        self.kind.set_choices(None, [(k, kind_label(k)) for k in KINDS])
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.level = ChoiceCombo("level")
        self.level.set_choices(None, [(v, level_label(v)) for v in LEVELS])
        self.level.set_value("municipal")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setMaxLength(200)
        self.product = QComboBox()
        self.product.setObjectName("product")
        self.product.setEditable(True)
        self.granted_on = QLineEdit(date.today().isoformat())
        self.granted_on.setObjectName("granted_on")
        self.granted_on.setMaxLength(20)
        self.expires_on = QLineEdit()
        self.expires_on.setObjectName("expires_on")
        self.expires_on.setMaxLength(20)
        self.validity = QSpinBox()
        self.validity.setObjectName("validity_years")
        self.validity.setRange(0, 50)
        self.certificate = QLineEdit()
        self.certificate.setObjectName("certificate_no")
        self.certificate.setMaxLength(60)
        term = QHBoxLayout()
        term.setSpacing(6)
        term.addWidget(self.validity)
        self.or_label = QLabel()
        self.or_label.setStyleSheet(HINT_STYLE)
        term.addWidget(self.or_label)
        term.addWidget(self.expires_on, 1)
        self.captions = [QLabel() for _ in range(8)]
        for caption, field in zip(self.captions, (self.finder, self.kind, self.title, self.level, self.product,
                                                  self.granted_on, term, self.certificate), strict=True):
            self.form.addRow(caption, field)
        self.apply = self.save
        self.setMinimumWidth(600)
        self.setWindowTitle(self.tr("登记称号"))
        texts = (self.tr("获得企业"), self.tr("类别"), self.tr("称号"), self.tr("级别"), self.tr("产品"),
                 self.tr("授予日期"), self.tr("有效期"), self.tr("证书编号"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.title.setPlaceholderText(self.tr("如 2024 年度省名牌产品"))
        self.validity.setSpecialValueText(self.tr("长期"))
        self.validity.setSuffix(self.tr(" 年"))
        self.or_label.setText(self.tr("或有效期至"))
        self.expires_on.setPlaceholderText(self.tr("YYYY-MM-DD（填写则以此为准）"))
        self.ok_button.setText(self.tr("登记"))
        self.cancel_button.setText(self.tr("取消"))
        self.on_kind_changed()
        self.update_ok()

    def on_kind_changed(self) -> None:
        self.validity.setValue(VALIDITY.get(self.kind.value() or "", 0))

    def on_enterprise_chosen(self, enterprise_id: object) -> None:
        from qsupervise.services import registry

        keep = self.product.currentText()
        self.product.clear()
        if enterprise_id and self.db.store is not None:
            with self.db.read() as s:
                detail = registry.detail(s, str(enterprise_id))
            for info in detail.products if detail is not None else []:
                self.product.addItem(info.name)
        if keep or self.kind.value() not in PRODUCT_KINDS or not self.product.count():
            self.product.setEditText(keep)
        else:
            self.product.setCurrentIndex(0)  # a title granted to a product: its first product to start from
        self.update_ok()

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.finder.selected_id() is not None)

    def save(self) -> object:
        from qsupervise.services import awards
        from qsupervise.services.awards import BrandInput

        enterprise_id = self.finder.selected_id()
        if enterprise_id is None:
            return None
        data = BrandInput(
            enterprise_id=enterprise_id, kind=self.kind.value() or "other", title=self.title.text(),
            level=self.level.value() or "municipal", granted_on=typed_day(self.granted_on.text()),
            expires_on=typed_day(self.expires_on.text()) or None, validity_years=self.validity.value() or None,
            product_name=self.product.currentText().strip(), certificate_no=self.certificate.text(),
        )
        with self.db.session() as s:
            brand = awards.register_brand(s, data, actor=ACTOR)
            self.saved_id = brand.id
            self.saved_label = brand.title
        return brand
