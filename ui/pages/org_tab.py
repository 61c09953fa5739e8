"""设置 → 行政区划: list, add, rename, merge (乡镇撤并), deactivate and reactivate units."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.models.org_units import OrgUnitsModel
from ui.pages.dashboard import dense_table

if TYPE_CHECKING:
    from qsupervise.services.org import OrgInfo


class OrgTab(QWidget):
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for key, slot in (
            ("add", self.add),
            ("rename", self.rename),
            ("merge", self.merge),
            ("deactivate", self.deactivate),
            ("activate", self.activate),
        ):
            button = QPushButton()
            button.setObjectName(f"btn_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        self.model = OrgUnitsModel(self)
        self.view = dense_table("org_table")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((OrgUnitsModel.KIND, 90), (OrgUnitsModel.NAME, 240), (OrgUnitsModel.CODE, 110)):
            header.resizeSection(column, width)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.view.doubleClicked.connect(self.rename)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    # -- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected()
        if self.db.store is None:
            units: list[OrgInfo] = []
        else:
            from qsupervise.services import org

            with self.db.read() as s:
                units = org.list_units(s)
        self.model.set_rows(units)
        if keep is not None:
            self.select(keep.id)
        self.update_buttons()

    def selected(self) -> OrgInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select(self, unit_id: str) -> None:
        row = self.model.row_of(unit_id)
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def update_buttons(self) -> None:
        unit = self.selected()
        editable = unit is not None and unit.kind != "county"
        active = editable and unit is not None and unit.active
        self.buttons["add"].setEnabled(self.db.store is not None)
        self.buttons["rename"].setEnabled(editable)
        self.buttons["merge"].setEnabled(active)
        self.buttons["deactivate"].setEnabled(active)
        self.buttons["activate"].setEnabled(editable and unit is not None and not unit.active and not unit.merged_into)

    # -- actions: each is one service call in one transaction ------------------------

    def _attempt(self, action: Callable[[], Any]) -> Any:
        from qsupervise.errors import KnownError

        try:
            return action()
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return None

    def add(self) -> None:
        from qsupervise.services import org
        from ui.dialogs.org_unit import OrgUnitDialog

        dialog = OrgUnitDialog(parent=self)

        def apply() -> str:
            v = dialog.values()
            with self.db.session() as s:
                unit = org.add_unit(s, kind=v["kind"], name=v["name"], code=v["code"] or None, actor=ACTOR)
                return unit.id

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            self.refresh()
            self.select(str(dialog.outcome))
            self.message.emit(self.tr("已新增“{0}”。").format(dialog.values()["name"].strip()))

    def rename(self) -> None:
        from qsupervise.services import org
        from ui.dialogs.org_unit import OrgUnitDialog

        unit = self.selected()
        if unit is None or unit.kind == "county":
            return
        dialog = OrgUnitDialog(unit=unit, parent=self)
        unit_id = unit.id

        def apply() -> None:
            v = dialog.values()
            with self.db.session() as s:
                org.rename_unit(s, ref=unit_id, name=v["name"], code=v["code"], actor=ACTOR)

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            self.message.emit(self.tr("已将“{0}”改名为“{1}”。").format(unit.name, dialog.values()["name"].strip()))

    def merge(self) -> None:
        from qsupervise.services import org
        from ui.dialogs.merge import MergeDialog

        source = self.selected()
        if source is None or not source.active or source.kind == "county":
            return
        candidates = [u for u in self.model.rows if u.kind == source.kind and u.active and u.id != source.id]
        dialog = MergeDialog(source, candidates, parent=self)
        source_id = source.id

        def apply() -> object:
            target = dialog.target_id()
            with self.db.session() as s:
                return org.merge_units(s, source=source_id, target=target or "", actor=ACTOR)

        dialog.apply = apply
        if modal.exec_dialog(dialog):
            moved = sum(getattr(dialog.outcome, "counts", {}).values())
            self.message.emit(
                self.tr("已将“{0}”并入“{1}”，移动记录 {2} 条。").format(
                    source.name, dialog.target.currentText(), f"{moved:,}"
                )
            )

    def deactivate(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        question = self.tr("停用“{0}”？停用后它不再出现在新记录的选择中，已有记录保留，可随时重新启用。").format(
            unit.name
        )
        if modal.confirm(self, question) and self._set_active(unit, False):
            self.message.emit(self.tr("已停用“{0}”。").format(unit.name))

    def activate(self) -> None:
        unit = self.selected()
        if unit is not None and self._set_active(unit, True):
            self.message.emit(self.tr("已启用“{0}”。").format(unit.name))

    def _set_active(self, unit: OrgInfo, active: bool) -> bool:
        from qsupervise.services import org

        def action() -> bool:
            with self.db.session() as s:
                org.set_active(s, ref=unit.id, active=active, actor=ACTOR)
            return True

        return bool(self._attempt(action))

    # -- language --------------------------------------------------------------------

    def retranslate(self) -> None:
        labels = {
            "add": (self.tr("新增…"), self.tr("新增乡镇/街道或成员单位")),
            "rename": (self.tr("重命名…"), self.tr("修改名称或区划代码")),
            "merge": (self.tr("合并到…"), self.tr("乡镇撤并：把此单位的企业和记录移到另一单位")),
            "deactivate": (self.tr("停用"), self.tr("停用后保留全部记录")),
            "activate": (self.tr("启用"), self.tr("重新启用已停用的单位")),
        }
        for key, (text, tip) in labels.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
