"""The audit trail written to Excel (write-only workbook): the filtered entries, newest first, and the export
itself recorded as an entry."""

from __future__ import annotations

from pathlib import Path

from qsupervise.documents import Cancel, Progress, never, no_progress
from qsupervise.documents.writing import bold_row, discard_sheet, replace_atomically
from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.services import audit, audit_trail
from qsupervise.services.audit_trail import TrailFilter
from qsupervise.store import Store

COLUMNS = (("audit_col_seq", 8), ("audit_col_at", 20), ("audit_col_actor", 12), ("audit_col_action", 26),
           ("audit_col_target", 30), ("audit_col_detail", 60))
HASH_WIDTH = 58


def export_trail(
    store: Store,
    dest: Path | str,
    *,
    filters: TrailFilter | None = None,
    actor: str = "cli",
    lang: str = "zh",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write the entries ``filters`` select to ``dest`` (.xlsx); returns how many. Times are local."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    out = Path(dest)
    report, stop = progress or no_progress, cancel or never
    chosen = filters or TrailFilter()
    with store.read() as s:
        total = audit_trail.count(s, chosen)
        book = Workbook(write_only=True)
        sheet = book.create_sheet(title=text("audit_sheet", lang)[:31])
        headers = [text(code, lang) for code, _w in COLUMNS] + ["hash"]
        for i, width in enumerate([w for _c, w in COLUMNS] + [HASH_WIDTH], start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        bold_row(sheet, headers)
        written = 0
        try:
            with replace_atomically(out) as temporary:
                for row in audit_trail.all_rows(s, chosen):
                    if written % 1000 == 0:
                        if stop():
                            raise KnownError("cancelled")
                        report(written / max(total, 1), f"{written:,} / {total:,}")
                    when = row.local_time.strftime("%Y-%m-%d %H:%M:%S")
                    sheet.append([row.seq, when, row.actor, row.action, row.target, row.detail_text(), row.hash])
                    written += 1
                book.save(temporary)
        except BaseException:
            discard_sheet(sheet)
            raise
    detail = {"rows": written, "actor": chosen.actor, "kind": chosen.kind, "text": chosen.text,
              "since": chosen.since, "until": chosen.until}
    audit.record_use(store, actor=actor, action="export.audit", target=out.name,
                     detail={k: v for k, v in detail.items() if v not in (None, "")})
    report(1.0, f"{written:,} / {total:,}")
    return written
