"""Text from the data never becomes a live formula in an exported workbook (formula injection)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from qsupervise.documents import writing

CELLS = ['=HYPERLINK("http://example.com","点我")', "=1+1", "=", "+86 138", "@SUM(A1)"]


def test_text_starting_with_equals_is_written_as_text(tmp_path: Path) -> None:
    writing.text_stays_text()  # idempotent: the module applied it when it loaded
    for write_only in (False, True):
        book = Workbook(write_only=write_only)
        sheet = book.create_sheet("t") if write_only else book.active
        assert sheet is not None
        sheet.append(CELLS)
        out = tmp_path / f"w{write_only}.xlsx"
        book.save(out)
        again = load_workbook(out)
        row = next(again["t" if write_only else again.sheetnames[0]].iter_rows())
        assert [c.value for c in row] == CELLS
        assert {c.data_type for c in row} == {"s"}


def test_csv_cells_that_excel_would_run_are_quoted_and_read_back(tmp_path: Path) -> None:
    from qsupervise.documents.enterprise_export import write_csv
    from qsupervise.documents.tables import read_table

    out = tmp_path / "t.csv"
    values = [*CELLS, "-5", "普通文字"]
    write_csv(out, [values], [f"列{i}" for i in range(len(values))])
    written = out.read_text(encoding="utf-8-sig").splitlines()[1]
    assert written.startswith("\"'=HYPERLINK(")  # Excel shows it as text
    assert "'+86 138" in written
    assert ",'-5," in written
    table = read_table(out, is_header=lambda cells: cells[0] == "列0")
    assert [c for c in table.rows[0][1]] == values
