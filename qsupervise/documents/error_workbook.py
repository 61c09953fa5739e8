"""The rows an import left out, as a workbook a user fixes and imports again as it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qsupervise.documents import Cancel, Progress, never, no_progress, paused_gc
from qsupervise.documents.results import ImportResult, RowProblem
from qsupervise.documents.writing import bold_row, discard_sheet, replace_atomically
from qsupervise.errors import KnownError

PROBLEM_HEADER = "问题"
ROW_HEADER = "原行号"
FILL = "FFC7CE"  # Excel's own "light red fill" for bad values
# A comment is a drawing per cell and slow to write (34 s for 100k rows); past this many rows the
# highlighted cell and the 问题 column say the same.
COMMENTED_ROWS = 5000


def write_errors(
    result: ImportResult, out_path: Path | str, *, progress: Progress | None = None, cancel: Cancel | None = None
) -> int:
    """Original header and cells of every row not imported, problems highlighted; returns the row count.

    The two extra columns at the end (问题, 原行号) are not headers the importer knows, so it ignores them.
    """
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    table = result.table
    headers = [*table.headers, PROBLEM_HEADER, ROW_HEADER]
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=(table.sheet or "Sheet1")[:31])
    for column, header in enumerate(headers):
        sheet.column_dimensions[get_column_letter(column + 1)].width = max(10, min(40, 2 * len(header) + 4))
    sheet.column_dimensions[get_column_letter(len(table.headers) + 1)].width = 60
    sheet.freeze_panes = "A2"
    bold_row(sheet, list(headers))
    written = 0
    with paused_gc():
        try:
            for row in _rows(result, sheet, progress or no_progress, cancel or never):
                sheet.append(row)
                written += 1
        except BaseException:
            discard_sheet(sheet)
            raise
        with replace_atomically(Path(out_path)) as temporary:
            book.save(temporary)
    return written


def _rows(result: ImportResult, sheet: Any, report: Progress, stop: Cancel) -> Iterator[list[object]]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    table = result.table
    width = len(table.headers)
    wanted = set(result.rows_not_imported())
    by_row: dict[int, list[RowProblem]] = {}
    for p in result.problems:
        if p.row in wanted:
            by_row.setdefault(p.row, []).append(p)
    fill = PatternFill("solid", start_color=FILL, end_color=FILL)
    done = 0
    for number, cells in table.rows:
        if number not in wanted:
            continue
        if done % 2000 == 0:
            if stop():
                raise KnownError("cancelled")
            report(done / max(len(wanted), 1), f"{done:,} / {len(wanted):,}")
        problems = by_row.get(number, [])
        notes: dict[int, list[str]] = {}
        for p in problems:
            if p.column_index is not None:
                notes.setdefault(p.column_index, []).append(p.message)
        out: list[object] = []
        for column, value in enumerate(cells[:width]):
            if column in notes:
                cell = WriteOnlyCell(sheet, value=value)
                cell.fill = fill
                if done < COMMENTED_ROWS:
                    cell.comment = Comment("；".join(notes[column]), "QSupervise", width=300, height=120)
                out.append(cell)
            else:
                out.append(value)
        out += [""] * (width - len(out))
        out += ["；".join(p.message for p in problems), number]
        done += 1
        yield out
    report(1.0, f"{done:,} / {len(wanted):,}")
