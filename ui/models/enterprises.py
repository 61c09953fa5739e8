"""The 企业档案 list: an ordered list of row ids from the core, with rows fetched lazily page by page.

The model never sorts or filters: the page asks the core for a new id list (sorted and filtered in
SQL) and hands it over. Rows are loaded 200 at a time when a view first asks for one of them and
kept in a small LRU of pages, so 200k enterprises cost a list of ints plus a few pages of rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui.registry_text import ENDED, grade_label, kind_label, scale_label, status_label

if TYPE_CHECKING:
    from qsupervise.services.registry import ListRow

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], "list[ListRow]"]

PAGE_SIZE = 200
MAX_PAGES = 40  # 8,000 rows held at most, whatever the list's length
MUTED = QColor("#80868b")
AMBER = QColor("#b26a00")
RED = QColor("#c62828")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
ID_ROLE = Qt.ItemDataRole.UserRole + 10  # the enterprise id behind a row
DELETED_ROLE = Qt.ItemDataRole.UserRole + 11

# (sort key of registry.Query or None when the column cannot be sorted)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("name", "name"),
    ("uscc", "uscc"),
    ("township", "township"),
    ("industry", "industry"),
    ("kind", "kind"),
    ("scale", "scale"),
    ("status", "status"),
    ("certifications", None),
    ("credit", None),
    ("spotchecks", None),
)


class EnterprisesModel(QAbstractTableModel):
    """Rows of the registry in the order the core gave; ``fetch(rowids)`` loads a page of rows."""

    NAME, USCC, TOWNSHIP, INDUSTRY, KIND, SCALE, STATUS, CERTIFICATIONS, CREDIT, SPOTCHECKS = range(len(COLUMNS))

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.rowids: list[int] = []
        self._pages: OrderedDict[int, list[ListRow | None]] = OrderedDict()
        self.fetches = 0  # pages loaded since the last reset (for tests and measurements)

    # -- the list ------------------------------------------------------------------

    def set_rowids(self, rowids: list[int], *, page: int = 0, rows: Sequence[ListRow] | None = None) -> None:
        """Show a new list; ``rows`` (page number ``page``) may come preloaded from the worker that found it."""
        self.beginResetModel()
        self.rowids = rowids
        self._pages.clear()
        self.fetches = 0
        if rows is not None:
            start = page * PAGE_SIZE
            wanted = rowids[start : start + PAGE_SIZE]
            found = {r.rowid: r for r in rows}
            if all(rid in found for rid in wanted):
                self._pages[page] = [found[rid] for rid in wanted]
        self.endResetModel()

    def position(self, rowid: int) -> int:
        """Where a row id is in the list (-1: not in it)."""
        try:
            return self.rowids.index(rowid)
        except ValueError:
            return -1

    def forget_rows(self) -> None:
        """Drop the loaded rows (same ids, new values): the views fetch them again as they paint."""
        self._pages.clear()
        if self.rowids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rowids) - 1, len(COLUMNS) - 1))

    def row_at(self, row: int) -> ListRow | None:
        if not 0 <= row < len(self.rowids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page[row - number * PAGE_SIZE]

    def _load(self, number: int) -> list[ListRow | None]:
        start = number * PAGE_SIZE
        wanted = self.rowids[start : start + PAGE_SIZE]
        found = {r.rowid: r for r in self._fetch(wanted)}
        page: list[ListRow | None] = [found.get(rid) for rid in wanted]  # None: deleted meanwhile
        self._pages[number] = page
        self.fetches += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def id_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.id if found is not None else None

    # -- Qt model ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rowids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headers(self) -> list[str]:
        return [
            self.tr("企业名称"),
            self.tr("统一社会信用代码"),
            self.tr("所属乡镇"),
            self.tr("行业"),
            self.tr("类型"),
            self.tr("规模"),
            self.tr("状态"),
            self.tr("认证"),
            self.tr("信用"),
            self.tr("抽查不合格"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[section][1] is None:
                return self.module_note(section)
            return self.tr("点击按此列排序，再点一次倒序")
        return None

    def module_note(self, column: int) -> str:
        if column == self.CERTIFICATIONS:
            return self.tr("有效的认证和许可证书份数（不含暂停、撤销、注销和已过期的）")
        if column == self.CREDIT:
            return self.tr("质量信用等级：A 诚信、B 基本诚信、C 失信、D 严重失信（没有扣分或加分记录的按规则默认等级）")
        return self.tr("近 3 年监督抽查不合格的次数（作为受检单位或标称生产者；复检合格的不计）")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ID_ROLE,
            DELETED_ROLE,
        ):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == self.CREDIT:
                return CENTRE
            return RIGHT if index.column() in (self.SPOTCHECKS, self.CERTIFICATIONS) else None
        row = self.row_at(index.row())
        if row is None:
            return self.tr("（已删除）") if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == ID_ROLE:
            return row.id
        if role == DELETED_ROLE:
            return row.deleted
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return checked_marker() if column == self.USCC and row.uscc_override else None
        if role == Qt.ItemDataRole.FontRole and row.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == self.CREDIT and row.grade in ("C", "D"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, row: ListRow, column: int) -> str:
        from qsupervise.rules import industry

        if column == self.NAME:
            return row.name
        if column == self.USCC:
            if not row.uscc:
                return "—"
            return row.uscc
        if column == self.TOWNSHIP:
            return row.township
        if column == self.INDUSTRY:
            return industry.label(row.industry_code) if row.industry_code else ""
        if column == self.KIND:
            return kind_label(row.kind)
        if column == self.SCALE:
            return scale_label(row.scale)
        if column == self.STATUS:
            text = status_label(row.status)
            return self.tr("{0}（已停用）").format(text) if row.deleted else text
        if column == self.SPOTCHECKS:
            return f"{row.failed_checks:,}"
        if column == self.CERTIFICATIONS:
            return f"{row.valid_certificates:,}"
        if column == self.CREDIT:
            return row.grade or "—"
        return "—"

    def tooltip(self, row: ListRow, column: int) -> str | None:
        if column == self.USCC:
            if row.uscc_override:
                return self.tr("校验位已核：{0}").format(row.uscc_override)
            if not row.uscc:
                return self.tr("未填统一社会信用代码")
        if column == self.SPOTCHECKS and row.failed_checks:
            note = self.tr("近 3 年监督抽查不合格 {0} 次（作为受检单位或标称生产者），详见“企业详情 → 监督抽查”")
            return note.format(row.failed_checks)
        if column == self.CERTIFICATIONS and row.valid_certificates:
            return self.tr("有效证书 {0} 份，详见“企业详情 → 认证许可”").format(row.valid_certificates)
        if column == self.CREDIT and row.grade:
            return self.tr("{0}，详见“企业详情 → 信用”").format(grade_label(row.grade))
        if column in (self.CERTIFICATIONS, self.CREDIT, self.SPOTCHECKS):
            return self.module_note(column)
        if column == self.NAME and row.deleted:
            return self.tr("已停用：勾选“含已停用”时才列出，可恢复")
        return None

    def foreground(self, row: ListRow, column: int) -> QColor | None:
        if row.deleted:
            return MUTED
        if column == self.USCC and not row.uscc:
            return MUTED
        if column == self.SPOTCHECKS:
            return RED if row.failed_checks else MUTED
        if column == self.CERTIFICATIONS:
            return None if row.valid_certificates else MUTED
        if column == self.CREDIT:
            return {"C": AMBER, "D": RED}.get(row.grade)
        if row.status in ENDED:
            return MUTED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rowids) - 1, len(COLUMNS) - 1))


class TrailingMarkDelegate(QStyledItemDelegate):
    """Draws a cell's decoration after its text, so marked and unmarked codes stay aligned."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Right  # type: ignore[attr-defined]


_marker: list[QIcon] = []


def checked_marker() -> QIcon:
    """A small amber dot beside a code kept despite a failed check character (made once, on first use)."""
    if not _marker:
        pixmap = QPixmap(10, 10)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(AMBER)
        painter.drawEllipse(1, 1, 8, 8)
        painter.end()
        _marker.append(QIcon(pixmap))
    return _marker[0]


def column_of_sort(key: str) -> int:
    return next((i for i, (_, sort) in enumerate(COLUMNS) if sort == key), 0)


def sort_of_column(column: int) -> str | None:
    return COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
