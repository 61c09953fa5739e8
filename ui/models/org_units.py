"""Table model for 行政区划: the county, its townships and member units, with their state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.services.org import OrgInfo

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QColor("#80868b")


class OrgUnitsModel(ListTableModel["OrgInfo"]):
    KIND, NAME, CODE, ENTERPRISES, STATE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def prepare(self) -> None:
        self.names = {u.id: u.name for u in self.rows}

    def headers(self) -> Sequence[str]:
        return [self.tr("类型"), self.tr("名称"), self.tr("区划代码"), self.tr("企业数"), self.tr("状态")]

    def kind_label(self, kind: str) -> str:
        return {
            "county": self.tr("县"),
            "township": self.tr("乡镇/街道"),
            "member_unit": self.tr("成员单位"),
        }.get(kind, kind)

    def state_label(self, unit: OrgInfo) -> str:
        if unit.merged_into:
            return self.tr("已并入{0}").format(self.names.get(unit.merged_into, "?"))
        return self.tr("启用") if unit.active else self.tr("停用")

    def cell(self, row: OrgInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return self.kind_label(row.kind)
            if column == self.NAME:
                return row.name
            if column == self.CODE:
                return row.code or ""
            if column == self.STATE:
                return self.state_label(row)
            # Only townships hold enterprises; a 0 beside the county or a bureau would mislead.
            return f"{row.enterprises:,}" if row.kind == "township" else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ENTERPRISES:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CODE and not row.code:
            return self.tr("未填写区划代码")
        return None

    def row_of(self, unit_id: str) -> int:
        return next((i for i, u in enumerate(self.rows) if u.id == unit_id), -1)
