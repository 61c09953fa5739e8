"""Table models of the 标准化 page (the executed-standards ledger, the catalogue, adoption rates, drafted
standards, agricultural projects and their implementation rates) and the labels of its codes.

Every list is what one core call returned (the ledger one page of it), held in memory. Rates come from the core
as percentages with one decimal (``rules.standards.rate``); None is shown as "—".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ui.models.base import ListTableModel

if TYPE_CHECKING:
    from qsupervise.services.standards_adoption import AdoptionRate
    from qsupervise.services.standards_catalogue import CatalogueRow
    from qsupervise.services.standards_drafted import DraftedRow, DraftedTally
    from qsupervise.services.standards_ledger import LedgerRow
    from qsupervise.services.standards_projects import Implementation, ProjectRow

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RED = QColor("#c62828")
AMBER = QColor("#b26a00")
GREEN = QColor("#2e7d32")
MUTED = QColor("#80868b")
LEDGER_KINDS = ("GB", "GB/T", "industry", "DB", "T", "Q", "other")
FLAGS = ("superseded", "withdrawn", "outdated", "enterprise_only", "adopting")


# -- labels ------------------------------------------------------------------------------------------------------


def ledger_kind_label(code: str) -> str:
    labels = {
        "GB": QCoreApplication.translate("standards", "国家标准 GB"),
        "GB/T": QCoreApplication.translate("standards", "国家标准 GB/T"),
        "industry": QCoreApplication.translate("standards", "行业标准"),
        "DB": QCoreApplication.translate("standards", "地方标准 DB"),
        "T": QCoreApplication.translate("standards", "团体标准 T/"),
        "Q": QCoreApplication.translate("standards", "企业标准 Q/"),
        "other": QCoreApplication.translate("standards", "其他"),
    }
    return labels.get(code, code)


def short_kind(code: str) -> str:
    """The kind in a table cell: GB, GB/T, 行业, DB, T/, Q/."""
    labels = {
        "industry": QCoreApplication.translate("standards", "行业"),
        "DB": "DB",
        "T": "T/",
        "Q": "Q/",
        "other": QCoreApplication.translate("standards", "其他"),
    }
    return labels.get(code, code)


def flag_label(code: str) -> str:
    labels = {
        "superseded": QCoreApplication.translate("standards", "被代替"),
        "withdrawn": QCoreApplication.translate("standards", "已废止"),
        "outdated": QCoreApplication.translate("standards", "被代替或已废止"),
        "enterprise_only": QCoreApplication.translate("standards", "仅执行企业标准"),
        "adopting": QCoreApplication.translate("standards", "采标产品"),
    }
    return labels.get(code, code)


def catalogue_status_label(code: str) -> str:
    labels = {
        "current": QCoreApplication.translate("standards", "现行"),
        "withdrawn": QCoreApplication.translate("standards", "废止"),
        "replaced": QCoreApplication.translate("standards", "被代替"),
    }
    return labels.get(code, code)


def drafted_level_label(code: str) -> str:
    labels = {
        "national": QCoreApplication.translate("standards", "国家标准"),
        "industry": QCoreApplication.translate("standards", "行业标准"),
        "local": QCoreApplication.translate("standards", "地方标准"),
        "group": QCoreApplication.translate("standards", "团体标准"),
    }
    return labels.get(code, code)


def role_label(code: str) -> str:
    labels = {
        "lead": QCoreApplication.translate("standards", "主导"),
        "participant": QCoreApplication.translate("standards", "参与"),
    }
    return labels.get(code, code)


def drafted_status_label(code: str) -> str:
    labels = {
        "proposed": QCoreApplication.translate("standards", "立项"),
        "published": QCoreApplication.translate("standards", "发布"),
    }
    return labels.get(code, code)


def project_kind_label(code: str) -> str:
    labels = {
        "project": QCoreApplication.translate("standards", "示范项目"),
        "base": QCoreApplication.translate("standards", "示范基地"),
    }
    return labels.get(code, code)


def project_level_label(code: str) -> str:
    labels = {
        "national": QCoreApplication.translate("standards", "国家级"),
        "provincial": QCoreApplication.translate("standards", "省级"),
        "municipal": QCoreApplication.translate("standards", "市级"),
        "county": QCoreApplication.translate("standards", "县级"),
    }
    return labels.get(code, code)


def project_status_label(code: str) -> str:
    labels = {
        "approved": QCoreApplication.translate("standards", "立项"),
        "underway": QCoreApplication.translate("standards", "建设中"),
        "accepted": QCoreApplication.translate("standards", "已验收"),
        "cancelled": QCoreApplication.translate("standards", "撤销"),
    }
    return labels.get(code, code)


def cert_label(code: str) -> str:
    labels = {
        "gap": "GAP",
        "pollution_free": QCoreApplication.translate("standards", "无公害"),
        "green_food": QCoreApplication.translate("standards", "绿色食品"),
        "organic": QCoreApplication.translate("standards", "有机"),
        "gi": QCoreApplication.translate("standards", "地理标志"),
    }
    return labels.get(code, code)


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1f}%"


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# -- 执行标准 ------------------------------------------------------------------------------------------------------


def ledger_status(row: LedgerRow) -> tuple[str, QColor | None, str]:
    """(text, colour, tooltip) of a ledger row's status cell."""
    if row.withdrawn:
        return (
            QCoreApplication.translate("standards", "已废止"),
            RED,
            QCoreApplication.translate("standards", "标准目录中此标准已废止，产品应改用现行标准。"),
        )
    if row.superseded:
        if row.replaced_by:
            tip = QCoreApplication.translate("standards", "已被 {0} 代替").format(row.replaced_by)
            return QCoreApplication.translate("standards", "被代替 → {0}").format(row.replaced_by), AMBER, tip
        return (
            QCoreApplication.translate("standards", "被代替"),
            AMBER,
            QCoreApplication.translate("standards", "已被代替，目录中没有现行版本（代替链止于废止的标准）。"),
        )
    if row.enterprise_only:
        return (
            QCoreApplication.translate("standards", "仅企业标准"),
            MUTED,
            QCoreApplication.translate("standards", "这个产品只执行企业标准。"),
        )
    return "", None, ""


class LedgerModel(ListTableModel["LedgerRow"]):
    ENTERPRISE, TOWNSHIP, PRODUCT, RAW, NORMALIZED, KIND, STATUS, ADOPTION = range(8)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("企业"),
            self.tr("乡镇"),
            self.tr("产品"),
            self.tr("执行标准（原文）"),
            self.tr("标准编号"),
            self.tr("类别"),
            self.tr("状态"),
            self.tr("采标"),
        )

    def cell(self, row: LedgerRow, column: int, role: int) -> Any:
        if column == self.STATUS:
            text, colour, tip = ledger_status(row)
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            if role == Qt.ItemDataRole.ForegroundRole:
                return colour
            if role == Qt.ItemDataRole.ToolTipRole:
                return tip or None
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.enterprise,
                row.township,
                row.product,
                row.raw,
                row.normalized,
                short_kind(row.kind),
                "",
                f"{row.adoption_degree} {row.adopted_number}".strip(),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.KIND:
                return ledger_kind_label(row.kind)
            if column == self.ADOPTION and row.adoption_degree:
                degree = self.tr("等同采用") if row.adoption_degree == "IDT" else self.tr("修改采用")
                return f"{degree} {row.adopted_number}"
            if column in (self.ENTERPRISE, self.PRODUCT, self.RAW):
                return (row.enterprise, "", row.product, row.raw)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ADOPTION and row.adoption_degree:
            return GREEN
        return None


# -- 标准目录 ------------------------------------------------------------------------------------------------------


class CatalogueModel(ListTableModel["CatalogueRow"]):
    NUMBER, TITLE, STATUS, REPLACED_BY, CURRENT, ISSUED, IMPLEMENTED, WITHDRAWN, PRODUCTS = range(9)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("标准号"),
            self.tr("标准名称"),
            self.tr("状态"),
            self.tr("被代替为"),
            self.tr("现行版本"),
            self.tr("发布日期"),
            self.tr("实施日期"),
            self.tr("废止日期"),
            self.tr("执行产品"),
        )

    def cell(self, row: CatalogueRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.number,
                row.title,
                catalogue_status_label(row.status),
                row.replaced_by or "",
                row.current or "",
                row.issued_on or "",
                row.implemented_on or "",
                row.withdrawn_on or "",
                f"{row.products:,}" if row.products else "",
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return {"withdrawn": RED, "replaced": AMBER}.get(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRODUCTS:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return row.title or None
        return None


# -- 采标率 --------------------------------------------------------------------------------------------------------


class AdoptionModel(ListTableModel["AdoptionRate"]):
    NAME, PRODUCTS, ADOPTING, RATE, GAP = range(5)

    def headers(self) -> Sequence[str]:
        return (self.tr("名称"), self.tr("产品数"), self.tr("采标产品"), self.tr("采标率"), self.tr("距目标"))

    def cell(self, row: AdoptionRate, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            gap = "" if row.rate is None else f"{row.rate - row.target:+.1f}"
            values = (
                row.label or row.key or self.tr("（未填）"),
                f"{row.products:,}",
                f"{row.adopting:,}",
                rate_text(row.rate),
                gap,
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.RATE, self.GAP) and row.meets is not None:
            return GREEN if row.meets else RED
        return None


# -- 参与制定标准 --------------------------------------------------------------------------------------------------


class DraftedModel(ListTableModel["DraftedRow"]):
    LEVEL, NUMBER, TITLE, DRAFTER, TOWNSHIP, ROLE, STATUS, PROPOSED, PUBLISHED = range(9)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("级别"),
            self.tr("标准号"),
            self.tr("标准名称"),
            self.tr("起草单位"),
            self.tr("乡镇"),
            self.tr("角色"),
            self.tr("状态"),
            self.tr("立项日期"),
            self.tr("发布日期"),
        )

    def cell(self, row: DraftedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                drafted_level_label(row.level),
                row.number or "—",
                row.title,
                row.drafter,
                row.township,
                role_label(row.role),
                drafted_status_label(row.status),
                row.proposed_on or "",
                row.published_on or "",
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and row.status == "published":
            return GREEN
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.DRAFTER):
            return row.title if column == self.TITLE else row.drafter
        return None


@dataclass(frozen=True)
class YearCount:
    year: str
    proposed: int
    published: int
    lead: int


def year_counts(rows: Sequence[DraftedRow]) -> list[YearCount]:
    """Per year (published that year, or proposed that year when not yet published), newest first."""
    found: dict[str, list[int]] = {}
    for r in rows:
        year = (r.published_on or r.proposed_on or "")[:4] or "—"
        counts = found.setdefault(year, [0, 0, 0])
        counts[0 if r.status == "proposed" else 1] += 1
        counts[2] += r.role == "lead"
    return [YearCount(y, *found[y]) for y in sorted(found, reverse=True)]


class YearCountsModel(ListTableModel[YearCount]):
    YEAR, PROPOSED, PUBLISHED, LEAD = range(4)

    def headers(self) -> Sequence[str]:
        return (self.tr("年度"), self.tr("立项"), self.tr("发布"), self.tr("其中主导"))

    def cell(self, row: YearCount, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.year, str(row.proposed), str(row.published), str(row.lead))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.YEAR:
            return RIGHT
        return None


class TallyModel(ListTableModel["DraftedTally"]):
    TOWNSHIP, LEVEL, PROPOSED, PUBLISHED = range(4)

    def headers(self) -> Sequence[str]:
        return (self.tr("乡镇"), self.tr("级别"), self.tr("立项"), self.tr("发布"))

    def cell(self, row: DraftedTally, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.township or self.tr("（县直）"),
                drafted_level_label(row.level),
                str(row.proposed),
                str(row.published),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.PROPOSED:
            return RIGHT
        return None


# -- 农业标准化 ----------------------------------------------------------------------------------------------------


class ProjectsModel(ListTableModel["ProjectRow"]):
    NAME, KIND, LEVEL, CROP, TOWNSHIPS, LEAD, AREA, COVERED, APPLYING, RATE, STATUS, CERTS = range(12)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("名称"),
            self.tr("类型"),
            self.tr("级别"),
            self.tr("作物/产品"),
            self.tr("乡镇"),
            self.tr("牵头企业/合作社"),
            self.tr("面积（亩）"),
            self.tr("覆盖农户"),
            self.tr("实施农户"),
            self.tr("推广实施率"),
            self.tr("状态"),
            self.tr("认证"),
        )

    def cell(self, row: ProjectRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            certs = "、".join(cert_label(c.kind) for c in row.certifications)
            values = (
                row.name,
                project_kind_label(row.kind),
                project_level_label(row.level),
                row.crop,
                row.townships,
                row.lead_name,
                f"{row.area_mu:,.0f}" if row.area_mu.is_integer() else f"{row.area_mu:,.2f}",
                f"{row.farms_covered:,}",
                f"{row.farms_applying:,}",
                rate_text(row.rate),
                project_status_label(row.status),
                certs,
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AREA, self.COVERED, self.APPLYING, self.RATE):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and row.status == "cancelled":
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                standards = "、".join(row.standards) or "—"
                return self.tr("{0}\n执行标准：{1}").format(row.name, standards)
            if column == self.CERTS and row.certifications:
                return "\n".join(
                    f"{cert_label(c.kind)} {c.number}（{c.expires_on or '—'}）" for c in row.certifications
                )
            if column in (self.TOWNSHIPS, self.LEAD):
                return row.townships if column == self.TOWNSHIPS else row.lead_name
        return None


class ImplementationModel(ListTableModel["Implementation"]):
    """Per township, then the county's line (key "") in bold."""

    NAME, PROJECTS, AREA, COVERED, APPLYING, RATE = range(6)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("乡镇"),
            self.tr("项目"),
            self.tr("面积（亩）"),
            self.tr("覆盖农户"),
            self.tr("实施农户"),
            self.tr("推广实施率"),
        )

    def cell(self, row: Implementation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.label or self.tr("全县"),
                str(row.projects),
                f"{row.area_mu:,.0f}",
                f"{row.farms_covered:,}",
                f"{row.farms_applying:,}",
                rate_text(row.rate),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and not row.key:
            return bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and not row.projects and row.key:
            return MUTED
        return None
