"""Table models of the 认证许可 page (the certificate list, the expiry watch) and the labels and money of its codes.

Labels of kinds and statuses come from the core's rules (``rules.certificates``), so the list, the ledger
export and the printed reminder say the same words. Money is kept in 分 and shown in 元 (``40,000.00``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ui import i18n
from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.services.certifications import CertRow

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
MUTED = QColor("#80868b")
ID_ROLE = Qt.ItemDataRole.UserRole + 10
BANDS = ("lapsed", "30", "60", "90")  # the watch's columns: lapsed, then within 30 / 60 / 90 days
_MONEY = re.compile(r"\d+(\.\d{1,2})?")


def kind_label(code: str) -> str:
    from qsupervise.rules import certificates

    return certificates.kind_label(code, i18n.error_lang())


def status_label(code: str) -> str:
    from qsupervise.rules import certificates

    return certificates.status_label(code, i18n.error_lang())


def yuan(fen: int) -> str:
    """分 as 元 with thousands separators: 4000000 -> "40,000.00"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def parse_yuan(typed: str) -> int | None:
    """What a user types for an amount in 元 ("40000", "40,000.00", "４００００元") as 分; None if it is not one."""
    cleaned = unicodedata.normalize("NFKC", typed).replace(",", "").replace("元", "").replace("¥", "").strip()
    if not _MONEY.fullmatch(cleaned):
        return None
    try:
        fen = int(Decimal(cleaned) * 100)
    except InvalidOperation:
        return None
    return fen if fen > 0 else None


@cache
def scan_icon() -> QIcon:
    """The mark of a certificate with its scan attached (the style's file icon: no image file to ship)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)


def days_text(days: int) -> str:
    if days < 0:
        return QCoreApplication.translate("certifications", "已过期 {0} 天").format(-days)
    if days == 0:
        return QCoreApplication.translate("certifications", "今天到期")
    return QCoreApplication.translate("certifications", "还剩 {0} 天").format(days)


class CertsModel(ListTableModel["CertRow"]):
    """The certificate list: one page from the core, sorted and filtered in SQL; a header click asks again."""

    HOLDER, TOWNSHIP, KIND, NUMBER, ISSUER, ISSUED, EXPIRES, STATUS, REWARD = range(9)
    SORT_KEYS: ClassVar[dict[int, str]] = {
        HOLDER: "holder", KIND: "kind", NUMBER: "number", ISSUED: "issued", EXPIRES: "expires",
    }
    sort_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.sort_key = "expires"
        self.descending = False

    def headers(self) -> Sequence[str]:
        return [
            self.tr("持证企业"),
            self.tr("乡镇"),
            self.tr("证书类型"),
            self.tr("证书编号"),
            self.tr("发证机构"),
            self.tr("发证日期"),
            self.tr("有效期至"),
            self.tr("状态"),
            self.tr("奖励"),
        ]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:  # township, issuer, status, reward: the list keeps its order
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.sort_requested.emit()

    def days_left(self, row: CertRow) -> int | None:
        if not row.expires_on:
            return None
        return (date.fromisoformat(row.expires_on[:10]) - self.today).days

    def status_text(self, row: CertRow) -> str:
        """过期 as 已过期 N 天; a certificate expiring within 90 days with its days left (有效，还剩 20 天)."""
        days = self.days_left(row)
        if row.shown_status == "expired" and days is not None:
            return days_text(days)
        text = status_label(row.shown_status)
        if row.band in ("30", "60", "90") and days is not None:
            return self.tr("{0}，{1}").format(text, days_text(days))
        return text

    def status_colour(self, row: CertRow) -> QColor | None:
        if row.shown_status == "expired":
            return RED
        if row.shown_status in ("revoked", "cancelled"):
            return MUTED
        if row.band in ("30", "60", "90") or row.shown_status == "suspended":
            return AMBER
        return None

    def cell(self, row: CertRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.HOLDER: row.holder,
                self.TOWNSHIP: row.township,
                self.KIND: kind_label(row.kind),
                self.NUMBER: row.number or "—",
                self.ISSUER: row.issuer or "—",
                self.ISSUED: row.issued_on or "—",
                self.EXPIRES: row.expires_on or self.tr("长期"),
                self.STATUS: self.status_text(row),
                self.REWARD: self.tr("可获奖励") if row.reward_eligible else "",
            }
            return values.get(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (self.STATUS, self.EXPIRES):
                return self.status_colour(row)
            if column == self.NUMBER and row.number_note:
                return AMBER
        if role == Qt.ItemDataRole.DecorationRole and column == self.NUMBER and row.has_scan:
            return scan_icon()
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and row.shown_status == "expired":
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == ID_ROLE:
            return row.id
        return None

    def tooltip(self, row: CertRow, column: int) -> str | None:
        if column == self.NUMBER:
            lines = []
            if row.number_note:
                lines.append(self.tr("编号与该类证书的格式不符，已核对保留：{0}").format(row.number_note))
            if row.has_scan:
                lines.append(self.tr("附有证书扫描件"))
            return "\n".join(lines) or None
        if column == self.HOLDER:
            return f"{row.holder}\n{row.uscc or ''}".strip()
        if column == self.KIND:
            return "\n".join([kind_label(row.kind), *([self.tr("范围：{0}").format(row.scope)] if row.scope else [])])
        if column == self.STATUS and row.shown_status == "expired":
            return self.tr("有效期至 {0}，已过期；已换发新证的，请把旧证书标为“注销”").format(row.expires_on)
        return None


@dataclass(frozen=True)
class WatchRow:
    """One township's counts (``township_id`` None: the county's total), bands as ``BANDS``, cumulative."""

    township_id: str | None
    name: str
    lapsed: int
    within30: int
    within60: int
    within90: int

    def count(self, band: str) -> int:
        return {"lapsed": self.lapsed, "30": self.within30, "60": self.within60, "90": self.within90}[band]


class ExpiryModel(ListTableModel[WatchRow]):
    """Townships × (lapsed, within 30, 60, 90 days); the last row is the county. A cell opens its list."""

    NAME, LAPSED, D30, D60, D90 = range(5)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("乡镇"),
            self.tr("已过期"),
            self.tr("30 天内到期"),
            self.tr("60 天内到期"),
            self.tr("90 天内到期"),
        ]

    @staticmethod
    def band_of(column: int) -> str | None:
        return BANDS[column - 1] if 1 <= column <= len(BANDS) else None

    def cell(self, row: WatchRow, column: int, role: int) -> Any:
        band = self.band_of(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if band is None else f"{row.count(band):,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and band is not None:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and band is not None:
            n = row.count(band)
            if not n:
                return MUTED
            return RED if band == "lapsed" else AMBER if band == "30" else None
        if role == Qt.ItemDataRole.FontRole and row.township_id is None:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and band is not None and row.count(band):
            return self.tr("双击查看这些证书")
        if role == ID_ROLE:
            return row.township_id
        return None
