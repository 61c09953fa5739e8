"""检查人员: the draw's pool of inspectors, adding one, and recording a recusal (回避) from an enterprise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.models.spotchecks import ID_ROLE, InspectorsModel
from ui.pages.dashboard import dense_table
from ui.pages.spotcheck_widgets import EmptyHint
from ui.widgets_enterprise import EnterpriseFinder
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.inspector_lists import InspectorRow

ERROR_COLOUR = "#c62828"


class InspectorsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectors_dialog")
        self.db = db
        self.model = InspectorsModel(self)
        self.view = dense_table("inspector_table")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InspectorsModel.UNIT, QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().selectionChanged.connect(self.show_recusals)
        self.empty = EmptyHint(self.view, "empty_hint")

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(50)
        self.unit = QLineEdit()
        self.unit.setObjectName("unit")
        self.unit.setMaxLength(100)
        self.badge = QLineEdit()
        self.badge.setObjectName("badge_no")
        self.badge.setMaxLength(40)
        self.township = ChoiceCombo("township")
        self.add_button = QPushButton()
        self.add_button.setObjectName("btn_add")
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)

        self.recuse_button = QPushButton()
        self.recuse_button.setObjectName("btn_recuse")
        self.recuse_button.clicked.connect(self.recuse)
        self.active_button = QPushButton()
        self.active_button.setObjectName("btn_toggle_active")
        self.active_button.clicked.connect(self.toggle_active)
        self.recusals_title = QLabel()
        self.recusals_title.setProperty("section", True)
        self.recusals = QListWidget()
        self.recusals.setObjectName("recusal_list")
        self.recusals.setMaximumHeight(110)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.setObjectName("buttons")
        self.close_box.rejected.connect(self.reject)
        close = self.close_box.button(QDialogButtonBox.StandardButton.Close)
        for button in (self.add_button, self.recuse_button, self.active_button, close):
            button.setAutoDefault(False)

        self.add_title = QLabel()
        self.add_title.setProperty("section", True)
        form = QHBoxLayout()
        form.setSpacing(6)
        self.captions = [QLabel(), QLabel(), QLabel(), QLabel()]
        for caption, widget, stretch in zip(
            self.captions, (self.name, self.unit, self.badge, self.township), (1, 2, 1, 0), strict=True
        ):
            form.addWidget(caption)
            form.addWidget(widget, stretch)
        form.addWidget(self.add_button)
        recusal_row = QHBoxLayout()
        recusal_row.addWidget(self.recusals_title)
        recusal_row.addStretch(1)
        recusal_row.addWidget(self.active_button)
        recusal_row.addWidget(self.recuse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add_title)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(recusal_row)
        layout.addWidget(self.recusals)
        layout.addWidget(self.close_box)
        self.resize(820, 560)
        self.retranslate()
        self.fill_townships()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("检查人员"))
        self.add_title.setText(self.tr("添加检查人员"))
        for caption, text in zip(
            self.captions, (self.tr("姓名"), self.tr("单位"), self.tr("执法证号"), self.tr("乡镇")), strict=True
        ):
            caption.setText(text)
        self.unit.setPlaceholderText(self.tr("例如 县市场监管局"))
        self.add_button.setText(self.tr("添加"))
        self.recuse_button.setText(self.tr("登记回避…"))
        self.recuse_button.setToolTip(self.tr("选中的检查人员今后不会被抽到某家企业（亲属、曾任职等）"))
        self.close_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.empty.setText(self.tr("名录为空。双随机抽取需要至少两名在岗检查人员：在下方填写姓名后点“添加”。"))

    def fill_townships(self) -> None:
        from qsupervise.services import org

        with self.db.read() as s:
            units = [(u.id, u.name) for u in org.list_units(s, include_inactive=False) if u.kind == "township"]
        self.township.set_choices(self.tr("（不属乡镇）"), units)

    def reload(self, select_id: str | None = None) -> None:
        from qsupervise.services import inspector_lists

        keep = select_id or self.current_id()
        with self.db.read() as s:
            rows = inspector_lists.inspector_rows(s)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.empty.place()
        if keep:
            for row in range(self.model.rowCount()):
                if self.model.index(row, 0).data(ID_ROLE) == keep:
                    self.view.selectRow(row)
                    break
        self.show_recusals()

    def current(self) -> InspectorRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.id if row is not None else None

    def show_recusals(self) -> None:
        from qsupervise.services import inspector_lists

        row = self.current()
        self.recuse_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(self.tr("重新启用") if row is not None and not row.active else self.tr("停用"))
        self.active_button.setToolTip(self.tr("停用的人员不再参加抽取，已有的抽取记录保留"))
        self.recusals.clear()
        if row is None:
            self.recusals_title.setText(self.tr("回避登记（先在上表选中一名检查人员）"))
            return
        self.recusals_title.setText(self.tr("{0} 的回避登记").format(row.name))
        with self.db.read() as s:
            found = inspector_lists.recusals_of(s, row.id)
        for r in found:
            self.recusals.addItem(f"{r.enterprise}　{r.uscc}　— {r.reason}")
        if not found:
            self.recusals.addItem(self.tr("（无）"))

    def add(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import spotchecks

        try:
            with self.db.session() as s:
                person = spotchecks.add_inspector(
                    s,
                    name=self.name.text(),
                    unit=self.unit.text(),
                    badge_no=self.badge.text(),
                    township_id=self.township.value(),
                    actor=ACTOR,
                )
                added = person.id
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.problem.setVisible(False)
        for edit in (self.name, self.badge):
            edit.clear()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload(added)

    def toggle_active(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import spotchecks

        row = self.current()
        if row is None:
            return
        try:
            with self.db.session() as s:
                spotchecks.set_inspector_active(s, inspector_id=row.id, active=not row.active, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        self.reload(row.id)

    def recuse(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = RecusalDialog(self.db, row.id, row.name, parent=self)
        if modal.exec_dialog(dialog):
            self.reload(row.id)
        dialog.deleteLater()


class RecusalDialog(QDialog):
    """Find the enterprise by name, pinyin initials or credit code (the shared finder); a reason is required."""

    def __init__(self, db: Database, inspector_id: str, inspector_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recusal_dialog")
        self.db = db
        self.inspector_id = inspector_id
        self.finder = EnterpriseFinder(db)
        self.search, self.results = self.finder.search, self.finder.results
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setObjectName("btn_ok")
        form = QFormLayout()
        self.search_caption = QLabel()
        self.reason_caption = QLabel()
        form.addRow(self.search_caption, self.finder)
        form.addRow(self.reason_caption, self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("登记回避 — {0}").format(inspector_name))
        self.search_caption.setText(self.tr("企业"))
        self.reason_caption.setText(self.tr("回避理由"))
        self.reason.setPlaceholderText(self.tr("例如：配偶在该企业任职"))
        self.ok_button.setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.setMinimumWidth(560)
        QTimer.singleShot(0, lambda: self.search.setFocus(Qt.FocusReason.OtherFocusReason))

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import spotchecks

        enterprise_id = self.finder.selected_id()
        if enterprise_id is None:
            self.problem.setText(self.tr("请先查找并选中一家企业。"))
            self.problem.setVisible(True)
            return
        try:
            with self.db.session() as s:
                spotchecks.recuse(
                    s,
                    inspector_id=self.inspector_id,
                    enterprise_id=enterprise_id,
                    reason=self.reason.text(),
                    actor=ACTOR,
                )
        except KnownError as exc:
            self.problem.setText(exc.message(i18n.error_lang()))
            self.problem.setVisible(True)
            return
        super().accept()
