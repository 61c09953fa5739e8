"""One enterprise at a glance: its fields, products and standards, certificates and instruments, spot checks,
quality credit, the modules still to come, and its history.

The 认证许可 and 信用 tabs are panels of their own (``enterprise_detail_certs``, ``enterprise_detail_credit``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import modal
from ui.database import Database
from ui.dialogs.enterprise_detail_certs import CertificatesPanel
from ui.dialogs.enterprise_detail_credit import CreditPanel
from ui.registry_text import field_label, field_labels, standard_kind_label, step_label, value_text, verdict_label
from ui.sync_badge import ConflictBadge

if TYPE_CHECKING:
    from qsupervise.services.registry import Detail, EnterpriseCheck, HistoryEntry

# The fields 基本信息 lists, in order (uscc_override only when there is one).
SHOWN_FIELDS = (
    "name",
    "uscc",
    "uscc_override",
    "township_id",
    "industry_code",
    "kind",
    "scale",
    "status",
    "key_energy_user",
    "leading_enterprise",
    "legal_rep",
    "chief_quality_officer",
    "address",
    "contact_name",
    "contact_phone",
    "founded_on",
)
MODULE_TABS = ("certifications", "spotchecks", "awards", "credit")
PENDING_TABS = ("awards",)  # modules still to come: a note instead of data
RED = QColor("#c62828")
AMBER = QColor("#b26a00")


class EnterpriseDetail(QDialog):
    saved = Signal(str)  # an edit made from here was saved (id), inside its transaction

    def __init__(
        self, db: Database, enterprise_id: str, *, parent: QWidget | None = None, editable: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enterprise_detail")
        self.db = db
        self.enterprise_id = enterprise_id
        self.editable = editable
        self.detail: Detail | None = None
        self.history: list[HistoryEntry] = []
        self.checks: list[EnterpriseCheck] = []
        self.townships: dict[str, str] = {}

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel()
        self.subheading.setObjectName("subheading")
        self.subheading.setStyleSheet("color: #5f6b76;")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("btn_edit")
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setAutoDefault(False)  # Enter in the detail does not start an edit
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        self.conflict_badge = ConflictBadge(db, "enterprise")  # open sync conflicts: settled in 数据交换
        titles.addWidget(self.conflict_badge, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(titles, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.values: dict[str, QLabel] = {}
        basic = QWidget()
        self.basic_form = QFormLayout(basic)
        for field in SHOWN_FIELDS:
            value = QLabel()
            value.setObjectName(f"value_{field}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[field] = value
            self.basic_form.addRow(field_label(field), value)
        self.products = QTreeWidget()
        self.products.setObjectName("products")
        self.products.setRootIsDecorated(True)
        self.products.setAlternatingRowColors(True)
        self.products_note = QLabel()
        self.products_note.setObjectName("products_note")
        products_tab = QWidget()
        products_box = QVBoxLayout(products_tab)
        products_box.addWidget(self.products_note)
        products_box.addWidget(self.products, 1)
        self.module_notes: dict[str, QLabel] = {}
        self.certificates = CertificatesPanel(db, enterprise_id, editable=editable)
        self.certificates.saved.connect(self.saved)
        self.credit = CreditPanel(db, enterprise_id, editable=editable)
        self.credit.saved.connect(self.saved)
        panels: dict[str, QWidget] = {"certifications": self.certificates, "credit": self.credit}
        self.checks_note = QLabel()
        self.checks_note.setObjectName("spotchecks_note")
        self.checks_table = QTableWidget(0, 7)
        self.checks_table.setObjectName("spotchecks")
        self.checks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks_table.verticalHeader().setVisible(False)
        self.checks_table.setWordWrap(False)
        self.checks_table.setAlternatingRowColors(True)
        self.checks_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.checks_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        checks_tab = QWidget()
        checks_box = QVBoxLayout(checks_tab)
        checks_box.addWidget(self.checks_note)
        checks_box.addWidget(self.checks_table, 1)
        self.history_table = QTableWidget(0, 4)
        self.history_table.setObjectName("history")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setWordWrap(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(basic, "")
        self.tabs.addTab(products_tab, "")
        for key in MODULE_TABS:
            if key == "spotchecks":
                self.tabs.addTab(checks_tab, "")
                continue
            if key in panels:
                self.tabs.addTab(panels[key], "")
                continue
            note = QLabel()
            note.setObjectName(f"note_{key}")
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            note.setStyleSheet("color: #5f6b76;")
            self.module_notes[key] = note
            self.tabs.addTab(note, "")
        self.tabs.addTab(self.history_table, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("buttons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(880, 640)
        self.retranslate()
        self.reload()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = [
            self.tr("基本信息"),
            self.tr("产品与标准"),
            self.tr("认证许可"),
            self.tr("监督抽查"),
            self.tr("品牌奖项"),
            self.tr("信用"),
            self.tr("变更记录"),
        ]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        for note in self.module_notes.values():
            note.setText(self.tr("暂无（该模块尚在开发中）"))
        self.edit_button.setText(self.tr("编辑…"))
        self.products.setHeaderLabels(
            [self.tr("产品 / 执行标准"), self.tr("规范编号"), self.tr("标准类别"), self.tr("采标"), self.tr("品牌"),
             self.tr("规格型号")]
        )  # fmt: skip
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("用户"), self.tr("项目"), self.tr("变更")]
        )
        self.checks_table.setHorizontalHeaderLabels(
            [self.tr("年度"), self.tr("计划编号"), self.tr("产品"), self.tr("身份"), self.tr("结论"),
             self.tr("不合格项目"), self.tr("后处理")]
        )  # fmt: skip
        if self.detail is not None:
            self.show_checks()
        self.certificates.retranslate()
        self.credit.retranslate()
        self.conflict_badge.retranslate()

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        from qsupervise.services import org, registry

        with self.db.read() as s:
            self.detail = registry.detail(s, self.enterprise_id)
            self.history = registry.history(s, self.enterprise_id)
            self.checks = registry.checks_of(s, self.enterprise_id, today=self.today())
            self.townships = {u.id: u.name for u in org.list_units(s)}
        self.show_basic()
        self.show_products()
        self.show_checks()
        self.show_history()
        self.conflict_badge.show_for(self.enterprise_id)
        self.certificates.reload()
        self.credit.reload()

    def today(self) -> date:
        """The date follow-up deadlines are judged on."""
        return date.today()

    def show_basic(self) -> None:
        detail = self.detail
        if detail is None:
            self.heading.setText(self.tr("找不到该企业"))
            self.edit_button.setEnabled(False)
            return
        e = detail.enterprise
        self.setWindowTitle(e.name)
        self.heading.setText(e.name)
        parts = [e.uscc or self.tr("未填信用代码"), detail.township, value_text("status", e.status)]
        if e.deleted_at is not None:
            parts.append(self.tr("已停用"))
        self.subheading.setText(" · ".join(parts))
        self.edit_button.setVisible(self.editable)
        self.edit_button.setEnabled(e.deleted_at is None)
        for field, label in self.values.items():
            value: Any = getattr(e, field)
            label.setText(value_text(field, value, self.townships))
            label.setStyleSheet("color: #80868b;" if value in (None, "") else "")
        self.basic_form.setRowVisible(SHOWN_FIELDS.index("uscc_override"), bool(e.uscc_override))

    def show_products(self) -> None:
        self.products.clear()
        products = self.detail.products if self.detail is not None else []
        self.products_note.setText(
            self.tr("共 {0} 个产品").format(len(products)) if products else self.tr("暂无产品记录")
        )
        for product in products:
            item = QTreeWidgetItem([product.name, "", "", "", product.brand, product.spec])
            for std in product.standards:
                kind = standard_kind_label(std.kind)
                if std.superseded:
                    kind = self.tr("{0}（已废止）").format(kind)
                adopted = self.tr("是") if std.adopts_international else "—"
                item.addChild(QTreeWidgetItem([std.raw, std.normalized, kind, adopted, "", ""]))
            self.products.addTopLevelItem(item)
        self.products.expandAll()
        for column in range(self.products.columnCount()):
            self.products.resizeColumnToContents(column)

    def show_checks(self) -> None:
        from qsupervise.services.registry import FAILING_YEARS, failing_since

        checks = self.checks
        since = failing_since(self.today()).isoformat()
        recent = sum(1 for c in checks if c.failing and (c.counted_on or "") >= since)
        if not checks:
            self.checks_note.setText(self.tr("没有监督抽查记录（作为受检单位或标称生产者）"))
        else:
            self.checks_note.setText(self.tr("共 {0} 次抽查；近 {1} 年不合格 {2} 次").format(
                len(checks), FAILING_YEARS, recent))
        self.checks_table.setRowCount(len(checks))
        roles = {"unit": self.tr("受检单位"), "producer": self.tr("标称生产者"), "both": self.tr("受检单位、生产者")}
        today = self.today()
        for r, check in enumerate(checks):
            verdict = verdict_label(check.verdict) if check.verdict else self.tr("待出结果")
            if not check.failing and check.verdict not in (None, "pass"):
                verdict = self.tr("{0}（复检合格）").format(verdict)
            step = ""
            if check.next_step is not None:
                step = step_label(check.next_step.code)
                due = check.next_step.due
                if due is not None and check.next_step.overdue(today):
                    step += self.tr("（逾期 {0} 天）").format((today - due).days)
                elif due is not None:
                    step += self.tr("（{0} 前）").format(due.isoformat())
            elif check.closed_on:
                step = self.tr("已结案（{0}）").format(check.closed_on)
            texts = [str(check.year or ""), check.plan_no, check.product, roles.get(check.role, check.role), verdict,
                     check.failed_items, step]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == 4 and check.failing:
                    item.setForeground(RED)
                if c == 6 and check.next_step is not None and check.next_step.overdue(today):
                    item.setForeground(RED)
                if c in (5, 6) and text:
                    item.setToolTip(text)
                self.checks_table.setItem(r, c, item)

    def show_history(self) -> None:
        labels = field_labels()
        rows: list[tuple[str, str, str, str]] = []
        for entry in reversed(self.history):  # newest first
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            if entry.op == "insert":
                rows.append((when, entry.user, "—", self.tr("新建")))
            elif entry.op == "update" and entry.field in labels:
                rows.append((when, entry.user, labels[entry.field], self.change_text(entry)))
            elif entry.op == "delete":
                rows.append((when, entry.user, "—", self.tr("删除")))
        self.history_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.history_table.setItem(r, c, QTableWidgetItem(text))

    def change_text(self, entry: HistoryEntry) -> str:
        if entry.field == "deleted_at":
            return self.tr("恢复") if entry.new is None else self.tr("停用")
        field = entry.field or ""
        old = value_text(field, entry.old, self.townships)
        new = value_text(field, entry.new, self.townships)
        return f"{old} → {new}"

    # -- editing -----------------------------------------------------------------------

    def edit(self) -> None:
        from ui.dialogs.enterprise_form import EnterpriseForm

        form = EnterpriseForm(self.db, enterprise_id=self.enterprise_id, parent=self)
        form.saved.connect(self.saved)
        if modal.exec_dialog(form):
            self.reload()
        form.deleteLater()
