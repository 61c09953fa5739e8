"""The county summary for the city (.xlsx): figures per township with a county row, and who has reported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from qsupervise.documents.writing import bold_row, replace_atomically
from qsupervise.services.county_summary import CountySummary, TownshipFigures, summarise
from qsupervise.store import Store
from qsupervise.sync.status import gap_text

HEADERS = ("乡镇", "企业数", "规上企业", "已判定抽查批次", "抽查合格率（%）", "新增认证", "新增品牌",
           "计量器具登记造册率（%）", "强检受检率（%）", "整改按期完成率（%）", "采标率（%）", "最近上报", "本月已上报")
WIDTHS = (16, 10, 10, 14, 14, 10, 10, 20, 14, 18, 10, 22, 10)
STATION_HEADERS = ("站点", "代码", "类型", "最近同步包", "已收齐至序号", "最高序号", "缺号", "本月已上报", "状态")
STATION_WIDTHS = (16, 12, 8, 22, 12, 10, 20, 10, 8)
ROLES = {"county": "县级", "township": "乡镇"}


@dataclass(frozen=True)
class Written:
    path: Path
    townships: int
    reported: int
    enrolled: int


def _mark(flag: bool | None) -> str:
    return "" if flag is None else ("是" if flag else "否")


def _row(t: TownshipFigures) -> list[Any]:
    return [t.name, t.enterprises, t.above_scale, t.samples_judged, t.pass_rate, t.certifications_new,
            t.brands_new, t.registration_rate, t.verification_rate, t.rectification_on_time, t.adoption_rate,
            t.last_package_at.replace("T", " ")[:16], _mark(t.reported_this_month)]


def write_summary(summary: CountySummary, out: Path | str) -> Written:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    dest = Path(out)
    book = Workbook(write_only=True)

    def sheet(title: str, widths: tuple[int, ...]) -> Any:
        ws = book.create_sheet(title=title)
        for n, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(n)].width = width
        ws.freeze_panes = "A3"
        return ws

    ws = sheet("分乡镇汇总", WIDTHS)
    bold_row(ws, [f"{summary.county}质量工作汇总表（{summary.day.year} 年 1 月 1 日至 {summary.day.isoformat()}）"])
    bold_row(ws, list(HEADERS))
    for t in summary.townships:
        ws.append(_row(t))
    if summary.total is not None:
        total = _row(summary.total)
        total[0], total[-2], total[-1] = "全县合计", "", f"{summary.reported}/{summary.enrolled}"
        bold_row(ws, total)
    ws = sheet("上报情况", STATION_WIDTHS)
    bold_row(ws, [f"同步上报情况（截至 {summary.day.isoformat()}）"])
    bold_row(ws, list(STATION_HEADERS))
    for st in summary.stations:
        ws.append([st.name, st.code, ROLES.get(st.role, st.role), st.last_package_at.replace("T", " ")[:16],
                   st.held_through, st.highest_seq, gap_text(st.gaps),
                   "" if st.is_local else _mark(st.reported_this_month),
                   "已停用" if st.revoked else ("本站" if st.is_local else "正常")])
    with replace_atomically(dest) as temporary:
        book.save(temporary)
    return Written(path=dest.absolute(), townships=len(summary.townships), reported=summary.reported,
                   enrolled=summary.enrolled)


def export_county_summary(store: Store, out: Path | str, *, day: date | None = None) -> Written:
    return write_summary(summarise(store, day=day), out)
