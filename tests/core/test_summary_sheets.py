"""Summary tables to .xlsx: one sheet each, bold headers, shares as numbers formatted as percentages."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from qsupervise.documents.summary_sheets import SheetData, write_sheets


def test_sheets_with_captions_and_percentages(tmp_path: Path) -> None:
    dest = write_sheets(tmp_path / "out.xlsx", [
        SheetData("合格率/乡镇", ["乡镇", "批次", "合格率"], [["城关镇", 4, 0.75], ["东乡镇", 1, None]],
                  caption="2025 年", percent_columns=frozenset({2})),
        SheetData("合格率/乡镇", ["项目", "批次"], []),
    ])
    book = load_workbook(dest)
    assert book.sheetnames == ["合格率_乡镇", "合格率_乡镇 (2)"]
    sheet = book["合格率_乡镇"]
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["2025 年", None, None], ["乡镇", "批次", "合格率"], ["城关镇", 4, 0.75], ["东乡镇", 1, None],
    ]
    assert sheet["C3"].number_format == "0.0%"
    assert sheet["A2"].font.b
    assert sheet.freeze_panes == "A3"


def test_nothing_to_write_still_makes_a_workbook(tmp_path: Path) -> None:
    assert load_workbook(write_sheets(tmp_path / "empty.xlsx", [])).sheetnames == ["Sheet"]
