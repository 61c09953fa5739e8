"""Small summary tables (pass rates, rankings, counts) written to one .xlsx, a sheet each, as the screen shows them.

The caller gives headers and values already in the user's language; shares (0–1) go in the columns named as
percentages and are stored as numbers with a percent format, so Excel can still sum and chart them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qsupervise.documents.writing import replace_atomically

MAX_WIDTH = 60


@dataclass(frozen=True)
class SheetData:
    title: str  # the sheet's tab (Excel allows 31 characters, no []:*?/\)
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]
    caption: str = ""  # a line above the headers: what, which year, when
    percent_columns: frozenset[int] = field(default_factory=frozenset)


def _sheet_title(title: str, taken: set[str]) -> str:
    clean = "".join("_" if c in "[]:*?/\\" else c for c in title).strip() or "Sheet"
    clean = clean[:31]
    candidate, n = clean, 2
    while candidate in taken:
        suffix = f" ({n})"
        candidate, n = clean[: 31 - len(suffix)] + suffix, n + 1
    taken.add(candidate)
    return candidate


def _width(value: Any) -> int:
    text = str(value if value is not None else "")
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)  # CJK characters take two columns


def write_sheets(dest: Path | str, sheets: Sequence[SheetData]) -> Path:
    """Write ``sheets`` to ``dest`` (replaced whole, or left as it was if writing fails)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(dest)
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    bold = Font(bold=True)
    for data in sheets:
        sheet = book.create_sheet(_sheet_title(data.title, taken))
        if data.caption:
            sheet.append([data.caption])
            sheet.cell(row=1, column=1).font = bold
        sheet.append(list(data.headers))
        header_row = sheet.max_row
        for cell in sheet[header_row]:
            cell.font = bold
        for row in data.rows:
            sheet.append(list(row))
            for column in data.percent_columns:
                cell = sheet.cell(row=sheet.max_row, column=column + 1)
                if isinstance(cell.value, int | float):
                    cell.number_format = "0.0%"
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        for column in range(len(data.headers)):
            values = [data.headers[column], *(r[column] for r in data.rows if column < len(r))]
            widest = max((_width(v) if column not in data.percent_columns else 7 for v in values), default=8)
            sheet.column_dimensions[get_column_letter(column + 1)].width = min(MAX_WIDTH, widest + 2)
    if not sheets:
        book.create_sheet("Sheet")
    with replace_atomically(path) as temporary:
        book.save(temporary)
    return path
