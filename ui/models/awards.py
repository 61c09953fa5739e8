"""Table models of the 品牌与奖项 page (programmes, applications, the brand register, the reward fund's ledger) and
the labels of its codes.

Labels of kinds, levels, states, conditions and categories come from the core's rules and message catalogue
(``rules.awards``, ``messages``), so the page, the exports and the printed summary say the same words. Money is
kept in 分 and shown in 元 (``40,000.00``). The lists are short (tens to a few hundred rows a year): each model
holds the rows the core returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ui import i18n
from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.services.awards import ApplicationRow, BrandRow
    from qsupervise.services.reward_fund import LedgerEntry

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
GREEN = QColor("#2e7d32")
MUTED = QColor("#80868b")
ID_ROLE = Qt.ItemDataRole.UserRole + 10
EXPIRING_DAYS = 90  # a title in force that runs out within this many days is highlighted


# -- labels ------------------------------------------------------------------------------------------------------


def kind_label(code: str) -> str:
    from qsupervise.rules import awards as rules

    return rules.kind_label(code, i18n.error_lang())


def level_label(code: str) -> str:
    from qsupervise.rules import awards as rules

    return rules.level_label(code, i18n.error_lang())


def state_label(code: str) -> str:
    from qsupervise.rules import awards as rules

    return rules.state_label(code, i18n.error_lang())


def brand_status_label(code: str) -> str:
    from qsupervise.rules import awards as rules

    return rules.brand_status_label(code, i18n.error_lang())


def category_label(code: str) -> str:
    from qsupervise.rules import awards as rules

    return rules.category_label(code, i18n.error_lang())


def condition_label(code: str) -> str:
    from qsupervise.messages import text

    return text(f"award_condition_{code}", i18n.error_lang())


def subject_kind_label(code: str) -> str:
    from qsupervise.messages import text

    return text(f"fund_kind_{code}", i18n.error_lang())


def yuan(fen: int | None) -> str:
    """分 as 元 with thousands separators: 4000000 -> "40,000.00"; None -> "—"."""
    if fen is None:
        return "—"
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def state_colour(state: str) -> QColor | None:
    if state == "awarded":
        return GREEN
    if state in ("not_awarded", "withdrawn"):
        return MUTED
    return None


def days_text(days: int) -> str:
    if days < 0:
        return QCoreApplication.translate("awards", "已到期 {0} 天").format(-days)
    if days == 0:
        return QCoreApplication.translate("awards", "今天到期")
    return QCoreApplication.translate("awards", "还剩 {0} 天").format(days)


def window_text(opens: str | None, closes: str | None) -> str:
    if not opens and not closes:
        return "—"
    return f"{opens or '…'} ~ {closes or '…'}"


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# -- programmes --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgramRow:
    """A programme as the 奖项计划 list shows it, with how its applications stand."""

    id: str
    year: int
    name: str
    kind: str
    level: str
    organiser: str
    opens_on: str | None
    closes_on: str | None
    max_winners: int | None
    validity_years: int | None
    reward_fen: int
    scored: bool
    applications: int
    open: int
    awarded: int


class ProgramsModel(ListTableModel[ProgramRow]):
    YEAR, NAME, KIND, LEVEL, ORGANISER, WINDOW, WINNERS, VALIDITY, REWARD, APPS, AWARDED = range(11)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("年度"),
            self.tr("项目名称"),
            self.tr("类别"),
            self.tr("级别"),
            self.tr("组织单位"),
            self.tr("申报期"),
            self.tr("名额"),
            self.tr("有效期"),
            self.tr("奖励（元）"),
            self.tr("申报"),
            self.tr("获奖"),
        ]

    def cell(self, row: ProgramRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.YEAR: str(row.year),
                self.NAME: row.name,
                self.KIND: kind_label(row.kind) + (self.tr("（评分）") if row.scored else ""),
                self.LEVEL: level_label(row.level),
                self.ORGANISER: row.organiser or "—",
                self.WINDOW: window_text(row.opens_on, row.closes_on),
                self.WINNERS: str(row.max_winners) if row.max_winners else self.tr("不限"),
                self.VALIDITY: self.tr("{0} 年").format(row.validity_years) if row.validity_years else self.tr("长期"),
                self.REWARD: yuan(row.reward_fen) if row.reward_fen else "—",
                self.APPS: self.tr("{0}（在办 {1}）").format(row.applications, row.open) if row.open
                else str(row.applications),
                self.AWARDED: str(row.awarded),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.WINNERS, self.REWARD, self.AWARDED):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.AWARDED and row.awarded:
            return GREEN
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return row.name
        if role == ID_ROLE:
            return row.id
        return None


# -- applications ------------------------------------------------------------------------------------------------


class ApplicationsModel(ListTableModel["ApplicationRow"]):
    ENTERPRISE, TOWNSHIP, PROGRAM, LEVEL, PRODUCT, STATE, SUBMITTED, DECIDED, CHECKED = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.townships: dict[str, str] = {}

    def headers(self) -> Sequence[str]:
        return [
            self.tr("申报企业"),
            self.tr("乡镇"),
            self.tr("奖项"),
            self.tr("级别"),
            self.tr("申报产品"),
            self.tr("状态"),
            self.tr("提交日期"),
            self.tr("决定日期"),
            self.tr("预审日期"),
        ]

    def cell(self, row: ApplicationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.ENTERPRISE: row.enterprise,
                self.TOWNSHIP: self.townships.get(row.township_id, ""),
                self.PROGRAM: f"{row.year} {row.program}",
                self.LEVEL: level_label(row.level),
                self.PRODUCT: row.product_name or "—",
                self.STATE: state_label(row.state),
                self.SUBMITTED: row.submitted_on or "—",
                self.DECIDED: row.decided_on or "—",
                self.CHECKED: row.checked_on or self.tr("未审查"),
            }.get(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATE:
                return state_colour(row.state)
            if column == self.CHECKED and not row.checked_on:
                return MUTED
        if role == Qt.ItemDataRole.FontRole and column == self.STATE and row.state == "awarded":
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ENTERPRISE:
            return f"{row.enterprise}\n{row.uscc}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROGRAM:
            return f"{row.year} {row.program}（{kind_label(row.kind)}）"
        if role == ID_ROLE:
            return row.id
        return None


# -- the brand register ------------------------------------------------------------------------------------------


def expiring_soon(row: BrandRow) -> bool:
    return row.status == "valid" and row.days_left is not None and row.days_left <= EXPIRING_DAYS


class BrandsModel(ListTableModel["BrandRow"]):
    ENTERPRISE, TOWNSHIP, TITLE, KIND, LEVEL, PRODUCT, GRANTED, EXPIRES, STATUS, CERTIFICATE = range(10)

    def headers(self) -> Sequence[str]:
        return [
            self.tr("企业"),
            self.tr("乡镇"),
            self.tr("称号"),
            self.tr("类别"),
            self.tr("级别"),
            self.tr("产品"),
            self.tr("授予日期"),
            self.tr("有效期至"),
            self.tr("状态"),
            self.tr("证书编号"),
        ]

    def status_text(self, row: BrandRow) -> str:
        text = brand_status_label(row.status)
        if expiring_soon(row) and row.days_left is not None:
            return self.tr("{0}，{1}").format(text, days_text(row.days_left))
        return text

    def status_colour(self, row: BrandRow) -> QColor | None:
        if row.status == "expired":
            return RED
        if row.status == "revoked":
            return MUTED
        if expiring_soon(row):
            return AMBER
        return None

    def cell(self, row: BrandRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.ENTERPRISE: row.enterprise,
                self.TOWNSHIP: row.township,
                self.TITLE: row.title,
                self.KIND: kind_label(row.kind),
                self.LEVEL: level_label(row.level),
                self.PRODUCT: row.product_name or "—",
                self.GRANTED: row.granted_on,
                self.EXPIRES: row.expires_on or self.tr("长期"),
                self.STATUS: self.status_text(row),
                self.CERTIFICATE: row.certificate_no or "—",
            }.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self.EXPIRES):
            return self.status_colour(row)
        if role == Qt.ItemDataRole.BackgroundRole and expiring_soon(row):
            return QColor("#fff4e0")
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and expiring_soon(row):
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ENTERPRISE:
                return f"{row.enterprise}\n{row.uscc}".strip()
            if column == self.TITLE:
                return row.title
            if column == self.STATUS and expiring_soon(row):
                return self.tr("{0} 天内到期：请提醒企业按时复评或重新申报").format(EXPIRING_DAYS)
        if role == ID_ROLE:
            return row.id
        return None


# -- the reward fund's ledger ------------------------------------------------------------------------------------


class LedgerModel(ListTableModel["LedgerEntry"]):
    NO, PAID_ON, ENTERPRISE, KIND, SUBJECT, AMOUNT, DOCUMENT, BALANCE, NOTE = range(9)

    def prepare(self) -> None:
        self.position = {r.payment_id: n for n, r in enumerate(self.rows, start=1)}

    def headers(self) -> Sequence[str]:
        return [
            self.tr("序号"),
            self.tr("发放日期"),
            self.tr("企业"),
            self.tr("类别"),
            self.tr("奖励事项"),
            self.tr("金额（元）"),
            self.tr("文号"),
            self.tr("余额（元）"),
            self.tr("备注"),
        ]

    def cell(self, row: LedgerEntry, column: int, role: int) -> Any:
        from qsupervise.services.reward_fund import is_confirmed

        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NO: str(self.position.get(row.payment_id, "")),
                self.PAID_ON: row.paid_on,
                self.ENTERPRISE: row.enterprise,
                self.KIND: subject_kind_label(row.subject_kind),
                self.SUBJECT: row.subject or "—",
                self.AMOUNT: yuan(row.amount_fen),
                self.DOCUMENT: row.document_no or "—",
                self.BALANCE: yuan(row.balance_fen),
                self.NOTE: row.note.replace("\n", "；"),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NO, self.AMOUNT, self.BALANCE):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.BALANCE and row.balance_fen is not None and row.balance_fen < 0:
                return RED
            if column == self.NOTE and is_confirmed(row.note):
                return AMBER
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NOTE, self.SUBJECT, self.ENTERPRISE):
            return {self.NOTE: row.note, self.SUBJECT: row.subject, self.ENTERPRISE: f"{row.enterprise}\n{row.uscc}"}[
                column] or None
        if role == ID_ROLE:
            return row.payment_id
        return None


def today() -> date:
    """The day the page reasons about (one place, so a test can see what the page saw)."""
    return date.today()
