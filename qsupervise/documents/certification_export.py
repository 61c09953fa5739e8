"""The certification ledger (认证许可台账) written to Excel or CSV; the importer reads it back unchanged.

The first sheet lists the certificates (status as on the day of export: 过期 derived from the expiry date);
an .xlsx also gets a sheet of counts by township and kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, Table, func, select

from qsupervise.documents import Cancel, Progress, never, no_progress, paused_gc
from qsupervise.documents.enterprise_export import write_csv
from qsupervise.documents.headers import CERTIFICATE_LABELS
from qsupervise.documents.writing import bold_row, discard_sheet, replace_atomically
from qsupervise.errors import KnownError
from qsupervise.models import OrgKind, OrgUnit
from qsupervise.rules import certificates as rules
from qsupervise.services import certifications as certs
from qsupervise.store import Store

ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
CERT, ENT = certs.CERT, certs.ENT
FIELDS: tuple[tuple[str, int], ...] = (  # field, width: the order ledgers use
    ("seq", 6), ("holder", 34), ("uscc", 22), ("township", 12), ("kind", 26), ("number", 24), ("issuer", 28),
    ("issued_on", 12), ("expires_on", 12), ("status", 10), ("scope", 40), ("number_note", 20),
    ("reward_eligible", 10), ("note", 24),
)
COLUMNS = tuple((CERTIFICATE_LABELS[f], w) for f, w in FIELDS)
HEADERS = tuple(h for h, _w in COLUMNS)
TITLE = "{county}认证许可台账{scope}（截至 {day}）"
SUMMARY_TITLE = "按乡镇统计"
PAGE = 2000


def export_certifications(
    store: Store,
    dest: Path | str,
    *,
    kind: str | None = None,
    township_id: str | None = None,
    expiring: int | None = None,
    status: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write the live certificates (of ``kind``, of ``township_id``'s enterprises, expiring within ``expiring``
    days, with ``status``, "expired" included) as of ``today`` (the computer's date when not given); returns
    the row count. ``.csv`` gets UTF-8 with BOM and no title row; anything else .xlsx."""
    out = Path(dest)
    day = today or date.today()
    if kind is not None and kind not in rules.KINDS:
        raise KnownError("certificate_type", value=kind)
    report, stop = progress or no_progress, cancel or never
    query = certs.CertQuery(kind=kind, township_id=township_id, expiring=expiring, status=status)
    with paused_gc(), store.read() as s:
        conn = s.connection()
        county = conn.execute(select(ORG.c.name).where(ORG.c.kind == OrgKind.COUNTY)).scalar() or ""
        towns = {r[0]: (r[1], r[2]) for r in conn.execute(select(ORG.c.id, ORG.c.name, ORG.c.sort_order))}
        total = int(conn.execute(certs.statement(query, day, func.count(), holders=False)).scalar_one())
        summary: Counter[tuple[str, str]] = Counter()
        rows = _rows(conn, _query(query, day), towns, day, total, summary, report, stop)
        with replace_atomically(out) as temporary:
            if out.suffix.lower() == ".csv":
                write_csv(temporary, rows, HEADERS)
            else:
                scope = "".join(f"（{p}）" for p in (
                    rules.kind_label(kind) if kind else "", towns[township_id][0] if township_id in towns else "",
                    f"{expiring}天内到期" if expiring is not None else "",
                ) if p)
                title = TITLE.format(county=county, scope=scope, day=day.isoformat())
                _write_xlsx(temporary, title, rows, summary, towns)
    report(1.0, f"{total:,} / {total:,}")
    return total


def _query(q: certs.CertQuery, today: date) -> Select[Any]:
    columns = (
        ENT.c.name, ENT.c.uscc, ENT.c.township_id, CERT.c.kind, CERT.c.number, CERT.c.issuer, CERT.c.issued_on,
        CERT.c.expires_on, CERT.c.status, CERT.c.scope, CERT.c.number_note, CERT.c.reward_eligible, CERT.c.note,
    )
    sort = select(ORG.c.sort_order).where(ORG.c.id == ENT.c.township_id).scalar_subquery()
    return certs.statement(q, today, *columns).order_by(sort, ENT.c.search_key, CERT.c.kind, CERT.c.expires_on,
                                                       CERT.c.id)


def _rows(
    conn: Connection,
    stmt: Select[Any],
    towns: dict[str, tuple[str, int]],
    today: date,
    total: int,
    summary: Counter[tuple[str, str]],
    report: Progress,
    stop: Cancel,
) -> Iterator[list[Any]]:
    for n, r in enumerate(conn.execute(stmt).mappings(), start=1):
        if n % PAGE == 0:
            if stop():
                raise KnownError("cancelled")
            report(n / max(total, 1) * 0.99, f"{n:,} / {total:,}")
        shown = rules.effective_status(r["status"], r["expires_on"], today)
        summary[(r["township_id"], r["kind"])] += 1
        if shown == rules.EXPIRED:
            summary[(r["township_id"], rules.EXPIRED)] += 1
        elif shown in rules.DATED and rules.expiry_band(r["expires_on"], today) in ("30", "60", "90"):
            summary[(r["township_id"], "expiring")] += 1
        yield [
            n, r["name"], r["uscc"] or "", towns.get(r["township_id"], ("", 0))[0], rules.kind_label(r["kind"]),
            r["number"], r["issuer"], r["issued_on"] or "", r["expires_on"] or "", rules.status_label(shown),
            r["scope"], r["number_note"], "是" if r["reward_eligible"] else "否", r["note"],
        ]


def _write_xlsx(
    path: Path,
    title: str,
    rows: Iterator[list[Any]],
    summary: Counter[tuple[str, str]],
    towns: dict[str, tuple[str, int]],
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="认证许可台账")
    for i, (_header, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A3"
    heading = WriteOnlyCell(sheet, value=title)
    heading.font = Font(bold=True, size=14)
    sheet.append([heading])
    bold_row(sheet, list(HEADERS))
    try:
        for row in rows:
            sheet.append(row)
    except BaseException:
        discard_sheet(sheet)
        raise
    counts = book.create_sheet(title=SUMMARY_TITLE)
    kinds = [k for k in rules.KIND_CODES if any(key[1] == k for key in summary)]
    headers = ["所属乡镇", *(rules.kind_label(k) for k in kinds), "合计", "其中：已过期", "其中：90天内到期"]
    for i, header in enumerate(headers, start=1):
        counts.column_dimensions[get_column_letter(i)].width = 12 if i == 1 else max(10, len(header) * 2)
    bold_row(counts, headers)
    present = sorted({t for t, _k in summary}, key=lambda t: (towns.get(t, ("", 0))[1], towns.get(t, ("", 0))[0]))
    for town in present:
        per_kind = [summary[(town, k)] for k in kinds]
        counts.append([towns.get(town, ("", 0))[0], *per_kind, sum(per_kind), summary[(town, rules.EXPIRED)],
                       summary[(town, "expiring")]])
    if present:
        per_kind = [sum(summary[(t, k)] for t in present) for k in kinds]
        bold_row(counts, ["合计", *per_kind, sum(per_kind), sum(summary[(t, rules.EXPIRED)] for t in present),
                          sum(summary[(t, "expiring")] for t in present)])
    book.save(path)
