"""Output files appear whole or not at all, a file held open by Excel gives a plain message, and text is never
written as a formula."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qsupervise.errors import KnownError


def text_stays_text() -> None:
    """openpyxl stores any text that starts with "=" as a formula: a company name or a published cell such as
    ``=HYPERLINK("http://…")`` would come alive in the county's Excel (formula injection). QSupervise writes no
    formulas at all, so every such cell is kept as the text it is. Applied once, when this module loads; every
    workbook writer of the app imports it."""
    from openpyxl.cell import cell as cells

    bind = cells.Cell._bind_value
    if getattr(bind, "qs_text_stays_text", False):
        return

    def bind_as_text(self: Any, value: Any) -> None:
        bind(self, value)
        if self.data_type == cells.TYPE_FORMULA:
            self.data_type = cells.TYPE_STRING

    bind_as_text.qs_text_stays_text = True  # type: ignore[attr-defined]
    cells.Cell._bind_value = bind_as_text


text_stays_text()


@contextlib.contextmanager
def replace_atomically(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; it replaces ``path`` only when the block succeeds."""
    path = path.expanduser().absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=path.suffix)
    except OSError as exc:
        raise KnownError("output_unwritable", path=path, detail=str(exc)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with contextlib.suppress(OSError):
            temporary.chmod(0o644)  # mkstemp makes it private; an export is an ordinary document
        try:
            os.replace(temporary, path)
        except OSError as exc:
            # On Windows a workbook open in Excel cannot be replaced.
            raise KnownError("output_unwritable", path=path, detail=str(exc)) from exc
    finally:
        temporary.unlink(missing_ok=True)


def discard_sheet(sheet: Any) -> None:
    """Finish and delete an openpyxl write-only sheet abandoned half-way (cancelled or failed).

    Left alone, its suspended writer runs when garbage-collected and writes into a closed file.
    """
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def bold_row(sheet: Any, values: list[Any]) -> None:
    """Append a row of bold cells to a write-only sheet (titles, header rows)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
