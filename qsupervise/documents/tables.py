"""Spreadsheets and CSV files read into trimmed text cells, with the row numbers a user sees."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from qsupervise.documents import Cancel, never
from qsupervise.errors import BadInput, KnownError

MAX_BYTES = 200 * 1024 * 1024
MAX_ROWS = 1_000_000
HEADER_SCAN = 10
SPREADSHEETS = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXTS = (".csv", ".txt", ".tsv")
DELIMITERS = (",", "\t", ";")
# Excel keeps 15 significant digits: a longer number typed into a cell has lost its tail.
EXACT_LIMIT = 10**15

IsHeader = Callable[[Sequence[str]], bool]


@dataclass
class Table:
    """One sheet: its header row and the non-blank rows below it, each with the number a user sees."""

    sheet: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    # (row number, column) of cells that held a number too long to be exact (a credit code typed as a number)
    lossy: set[tuple[int, int]] = field(default_factory=set)
    path: Path | None = None


class TooManyRows(BadInput):
    """``file_too_big`` counted in rows rather than bytes (its own wording, the same code)."""

    def __init__(self, path: Path, rows: int) -> None:
        super().__init__("file_too_big", file=path.name, rows=f"{rows:,}", limit=f"{MAX_ROWS:,}")

    def message(self, lang: str = "zh") -> str:
        from qsupervise.messages import text

        return text("file_too_many_rows", lang, **self.params)


def cell_text(value: Any) -> str:
    """A cell as text: whole numbers without ".0" or exponent, dates as YYYY-MM-DD."""
    kind = type(value)
    if kind is str:
        return str(value).strip()
    if kind is float:
        if value.is_integer():
            return str(int(value))
        shown = repr(value)
        return shown if "e" not in shown else format(Decimal(shown), "f")
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return str(value)
    if kind is datetime:
        if value.time() == time(0):
            return str(value.date().isoformat())
        return str(value.isoformat(sep=" "))
    if kind is date:
        return str(value.isoformat())
    if kind is time:
        return str(value.isoformat())
    if kind is timedelta:
        return str(value)
    return "" if value is None else str(value).strip()


def read_table(
    path: Path | str,
    *,
    is_header: IsHeader,
    sheet: str | None = None,
    cancel: Cancel | None = None,
    fill_merged: bool = False,
) -> Table:
    """Read the first sheet with a recognisable header (or ``sheet``); refuse anything unreadable.

    ``fill_merged`` gives every cell of a merged area the area's value, as the sheet shows it (a unit named
    once for several products, a header spanning two rows).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEETS + TEXTS:
        raise BadInput("file_type", file=path.name, ext=path.suffix or "—")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInput("file_not_found", file=str(path)) from exc
    if size > MAX_BYTES:
        raise BadInput("file_too_big", file=path.name, size=f"{size / 2**20:.0f} MB", limit=f"{MAX_BYTES // 2**20} MB")
    if size == 0:
        raise BadInput("no_header", file=path.name, sheet="—")
    grids = [(path.stem, _text_grid(path))] if suffix in TEXTS else _spreadsheet_grids(path, sheet, fill_merged)
    stop = cancel or never
    for name, grid in grids:
        if stop():
            raise KnownError("cancelled")
        table = _find_table(name, grid(), is_header)
        if table is not None:
            table.path = path
            if len(table.rows) > MAX_ROWS:
                raise TooManyRows(path, len(table.rows))
            return table
    raise BadInput("no_header", file=path.name, sheet=sheet or (grids[0][0] if grids else "—"))


Grid = Callable[[], tuple[list[list[str]], set[tuple[int, int]], list[int]]]


def _find_table(
    sheet: str, grid: tuple[list[list[str]], set[tuple[int, int]], list[int]], is_header: IsHeader
) -> Table | None:
    cells, lossy, numbers = grid
    for index, row in enumerate(cells[:HEADER_SCAN]):
        if is_header(row):
            width = max((i + 1 for i, v in enumerate(row) if v), default=0)
            headers = row[:width]
            body: list[tuple[int, list[str]]] = []
            for number, values in zip(numbers[index + 1 :], cells[index + 1 :], strict=True):
                if any(values[:width]):  # cells beyond the last header are nobody's: not data
                    padded = values[:width] if len(values) >= width else values + [""] * (width - len(values))
                    body.append((number, padded))
            return Table(sheet, numbers[index], headers, body, {c for c in lossy if c[1] < width})
    return None


def sheet_names(path: Path | str) -> list[str]:
    """Visible worksheet names (a CSV file has one, named after the file)."""
    path = Path(path)
    if path.suffix.lower() in TEXTS:
        return [path.stem]
    return [m.name for m in _open_workbook(path).sheets_metadata if _visible(m)]


def _visible(meta: Any) -> bool:
    from python_calamine import SheetVisibleEnum

    return bool(meta.visible == SheetVisibleEnum.Visible)


def _open_workbook(path: Path) -> Any:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError as exc:
        raise BadInput("file_password", file=path.name) from exc
    except (CalamineError, OSError, ValueError, RuntimeError) as exc:
        raise BadInput("file_unreadable", file=path.name, detail=str(exc)[:200]) from exc


def _spreadsheet_grids(path: Path, sheet: str | None, fill_merged: bool = False) -> list[tuple[str, Grid]]:
    from python_calamine import CalamineError, SheetTypeEnum

    try:
        book = _open_workbook(path)
    except BadInput:
        # Web systems often save tab-separated text under a .xls name.
        if path.suffix.lower() == ".xls" and _looks_like_text(path):
            return [(path.stem, _text_grid(path))]
        raise
    names = [m.name for m in book.sheets_metadata if _visible(m) and m.typ == SheetTypeEnum.WorkSheet]
    if sheet is not None:
        if sheet not in book.sheet_names:
            raise BadInput("sheet_not_found", file=path.name, sheet=sheet, sheets="、".join(names))
        names = [sheet]

    def loader(name: str) -> Grid:
        def load() -> tuple[list[list[str]], set[tuple[int, int]], list[int]]:
            try:
                found = book.get_sheet_by_name(name)
                last = (found.end or (-1, 0))[0] + 1  # calamine counts from 0
                if last > MAX_ROWS + HEADER_SCAN:
                    raise TooManyRows(path, last)
                raw = found.to_python(skip_empty_area=False)
                if fill_merged:
                    _fill_merged(raw, found.merged_cell_ranges or ())
            except CalamineError as exc:
                raise BadInput("file_unreadable", file=path.name, detail=str(exc)[:200]) from exc
            return _convert(raw)

        return load

    return [(name, loader(name)) for name in names]


def _fill_merged(raw: list[list[Any]], ranges: Sequence[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """Copy each merged area's value (kept in its top-left cell) into the area's other cells, in place."""
    for (top, left), (bottom, right) in ranges:
        if top >= len(raw) or left >= len(raw[top]):
            continue
        value = raw[top][left]
        for r in range(top, min(bottom, len(raw) - 1) + 1):
            row = raw[r]
            for c in range(left, min(right, len(row) - 1) + 1):
                row[c] = value


def _convert(raw: list[list[Any]]) -> tuple[list[list[str]], set[tuple[int, int]], list[int]]:
    lossy: set[tuple[int, int]] = set()
    cells: list[list[str]] = []
    for r, row in enumerate(raw, start=1):
        cells.append([v.strip() if type(v) is str else cell_text(v) for v in row])
        if float in set(map(type, row)):
            lossy.update((r, c) for c, v in enumerate(row) if type(v) is float and abs(v) >= EXACT_LIMIT)
    return cells, lossy, list(range(1, len(cells) + 1))


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(4096)
    return b"\x00" not in head and _decode(head, strict=False) is not None


def _decode(data: bytes, *, strict: bool = True) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            if not strict and exc.start > len(data) - 4:
                return data[: exc.start].decode(encoding)  # a character cut at the end of a sample
    return None


def _unquoted(value: str) -> str:
    """A CSV cell written as text with a leading apostrophe ('=…, '+86…: see enterprise_export.csv_safe)."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def _text_grid(path: Path) -> Grid:
    def load() -> tuple[list[list[str]], set[tuple[int, int]], list[int]]:
        data = path.read_bytes()
        if b"\x00" in data[:4096]:
            raise BadInput("file_unreadable", file=path.name, detail="binary data")
        content = _decode(data)
        if content is None:
            raise BadInput("file_encoding", file=path.name)
        reader = csv.reader(io.StringIO(content, newline=""), delimiter=_delimiter(content))
        cells: list[list[str]] = []
        numbers: list[int] = []
        try:
            while True:
                start = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                cells.append([_unquoted(v.strip()) for v in row])
                numbers.append(start)
                if len(cells) > MAX_ROWS + HEADER_SCAN:
                    raise TooManyRows(path, len(cells))
        except csv.Error as exc:
            raise BadInput("file_unreadable", file=path.name, detail=str(exc)[:200]) from exc
        return cells, set(), numbers

    return load


def _delimiter(content: str) -> str:
    """The separator that splits the first lines into the most columns, the same number each time."""
    sample = [line for line in content[:65536].splitlines()[:20] if line.strip()]
    best, score = ",", (0, 0)
    for delim in DELIMITERS:
        widths = [len(r) for r in csv.reader(sample, delimiter=delim)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        candidate = (widths.count(common) if common > 1 else 0, common)
        if candidate > score:
            best, score = delim, candidate
    return best
