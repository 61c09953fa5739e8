"""Standardization work written to Excel: the executed-standards ledger, the adoption-rate table and the list of
agricultural standardization projects, as three sheets of one workbook (write-only, streamed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qsupervise.documents import Progress, no_progress
from qsupervise.documents.writing import bold_row, replace_atomically
from qsupervise.rules import industry as industry_rules
from qsupervise.services import standards_adoption as adoption
from qsupervise.services import standards_projects as projects
from qsupervise.services.standards_ledger import LedgerFilter, iter_ledger, ledger_count
from qsupervise.store import Store

LEDGER_HEADERS = ("企业名称", "所属乡镇", "行业", "产品名称", "执行标准（原文）", "标准编号", "标准类别", "被代替",
                  "已废止", "现行版本", "采用程度", "采用的国际标准", "仅执行企业标准")
LEDGER_WIDTHS = (34, 12, 24, 20, 24, 22, 8, 8, 8, 22, 8, 24, 12)
RATE_HEADERS = ("分组", "名称", "产品数", "采标产品数", "采标率（%）", "目标（%）", "是否达标")
RATE_WIDTHS = (8, 30, 10, 12, 12, 10, 10)
PROJECT_HEADERS = ("名称", "类型", "级别", "作物/产品", "乡镇", "牵头企业/合作社", "面积（亩）", "覆盖农户",
                   "按标准生产农户", "推广实施率（%）", "执行标准", "开始日期", "验收日期", "状态", "认证证书")
PROJECT_WIDTHS = (34, 8, 8, 10, 24, 30, 12, 10, 14, 14, 40, 12, 12, 10, 40)
KIND_LABELS = {"GB": "GB", "GB/T": "GB/T", "industry": "行业标准", "DB": "地方标准", "T": "团体标准", "Q": "企业标准",
               "other": "其他"}
PROJECT_KINDS = {"project": "示范项目", "base": "示范基地"}
PROJECT_LEVELS = {"national": "国家级", "provincial": "省级", "municipal": "市级", "county": "县级"}
PROJECT_STATUSES = {"approved": "立项", "underway": "建设中", "accepted": "已验收", "cancelled": "撤销"}
CERT_LABELS = {"gap": "GAP", "pollution_free": "无公害", "green_food": "绿色食品", "organic": "有机", "gi": "地理标志"}


@dataclass(frozen=True)
class Exported:
    standards: int
    rates: int
    projects: int


def _yes(flag: bool) -> str:
    return "是" if flag else ""


def export_standards(store: Store, out: Path | str, *, ledger_filter: LedgerFilter | None = None,
                     progress: Progress | None = None) -> Exported:
    """Write the three sheets; the ledger follows ``ledger_filter`` (all live products when None)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    report = progress or no_progress
    book = Workbook(write_only=True)

    def sheet(title: str, headers: tuple[str, ...], widths: tuple[int, ...]) -> Any:
        ws = book.create_sheet(title=title)
        for n, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(n)].width = width
        ws.freeze_panes = "A2"
        bold_row(ws, list(headers))
        return ws

    labels: dict[str, str] = {}
    with store.read() as s:
        total = max(ledger_count(s, ledger_filter), 1)
        ws = sheet("执行标准库", LEDGER_HEADERS, LEDGER_WIDTHS)
        written = 0
        for r in iter_ledger(s, ledger_filter):
            if r.industry_code not in labels:
                labels[r.industry_code] = industry_rules.label(r.industry_code)
            ws.append([r.enterprise, r.township, labels[r.industry_code], r.product, r.raw, r.normalized,
                       KIND_LABELS.get(r.kind, r.kind), _yes(r.superseded), _yes(r.withdrawn), r.replaced_by,
                       r.adoption_degree, r.adopted_number, _yes(r.enterprise_only)])
            written += 1
            if written % 20000 == 0:
                report(0.9 * written / total, f"{written:,} / {total:,}")
        ws = sheet("采标率", RATE_HEADERS, RATE_WIDTHS)
        lines = 0
        county = adoption.county_adoption(s)
        for group, rates in (("全县", [county]), ("乡镇", adoption.adoption_rates(s, by="township")),
                             ("行业", adoption.adoption_rates(s, by="industry"))):
            for a in rates:
                meets = "" if a.meets is None else ("达标" if a.meets else "未达标")
                ws.append([group, a.label or group, a.products, a.adopting, a.rate, a.target, meets])
                lines += 1
        ws = sheet("农业标准化示范项目", PROJECT_HEADERS, PROJECT_WIDTHS)
        rows = projects.projects(s)
        for p in rows:
            certs = "、".join(f"{CERT_LABELS.get(c.kind, c.kind)} {c.number}".strip() for c in p.certifications)
            ws.append([p.name, PROJECT_KINDS.get(p.kind, p.kind), PROJECT_LEVELS.get(p.level, p.level), p.crop,
                       p.townships, p.lead_name, p.area_mu, p.farms_covered, p.farms_applying, p.rate,
                       "、".join(p.standards), p.started_on, p.accepted_on, PROJECT_STATUSES.get(p.status, p.status),
                       certs])
    with replace_atomically(Path(out)) as temporary:
        book.save(temporary)
    report(1.0, f"{written:,} / {total:,}")
    return Exported(written, lines, len(rows))
