"""Reading spreadsheets and CSV files as users make them: title rows, odd headers, encodings, numbers, dates."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from qsupervise.documents import tables
from qsupervise.documents.headers import ENTERPRISES, normalise, recognise
from qsupervise.documents.tables import cell_text, read_table, sheet_names
from qsupervise.errors import KnownError

IS_HEADER = ENTERPRISES.is_header


def xlsx(path: Path, rows: list[list[object]], *, title: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def refused(path: Path) -> str:
    with pytest.raises(KnownError) as caught:
        read_table(path, is_header=IS_HEADER)
    assert caught.value.exit_code == 1
    return caught.value.code


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (9.14201e17, "914201000000000000"),
        (20230105.0, "20230105"),
        (13812345678.0, "13812345678"),
        (3.25, "3.25"),
        (1e-7, "0.0000001"),
        (7, "7"),
        (True, "TRUE"),
        (datetime(2023, 1, 5), "2023-01-05"),
        (datetime(2023, 1, 5, 8, 30), "2023-01-05 08:30:00"),
        (date(2023, 1, 5), "2023-01-05"),
        ("  城关镇\u3000", "城关镇"),
        (None, ""),
    ],
)
def test_cells_come_out_as_the_text_a_user_sees(value: object, shown: str) -> None:
    assert cell_text(value) == shown


def test_title_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "名录.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "青溪县企业名录"
    sheet.merge_cells("A1:D1")
    sheet.append(["制表单位：县市场监管局"])
    sheet.append(["序号", "企业名称", "统一社会信用代码", "所属乡镇"])
    sheet.append([1, "甲公司", "91420999MA4K0001X1", "城关镇"])
    sheet.append([None, None, None, None])  # a blank row in the middle is not data
    sheet.append([2, "乙公司", 914209990000000000, "河口镇"])
    book.save(path)
    table = read_table(path, is_header=IS_HEADER)
    assert table.header_row == 3
    assert table.headers == ["序号", "企业名称", "统一社会信用代码", "所属乡镇"]
    assert [n for n, _cells in table.rows] == [4, 6]
    assert table.rows[1][1] == ["2", "乙公司", "914209990000000000", "河口镇"]
    assert table.lossy == {(6, 2)}  # the code typed as a number has lost digits


def test_merged_header_cells_leave_unnamed_columns(tmp_path: Path) -> None:
    path = tmp_path / "merged.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["企业名称", None, "所属乡镇", "地址"])
    sheet.merge_cells("A1:B1")
    sheet.append(["甲公司", "（曾用名）", "城关镇", "人民路 1 号"])
    book.save(path)
    table = read_table(path, is_header=IS_HEADER)
    assert table.headers == ["企业名称", "", "所属乡镇", "地址"]
    assert recognise(table.headers) == {0: "name", 2: "township", 3: "address"}


def test_the_first_sheet_with_a_header_is_read_or_the_named_one(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "说明"
    notes.append(["本表由乡镇工作站填报"])
    data = book.create_sheet("企业")
    data.append(["企业名称", "所属乡镇"])
    data.append(["甲公司", "城关镇"])
    other = book.create_sheet("个体户")
    other.append(["名称", "乡镇"])
    other.append(["乙商店", "河口镇"])
    book.save(path)
    assert sheet_names(path) == ["说明", "企业", "个体户"]
    assert read_table(path, is_header=IS_HEADER).sheet == "企业"
    assert read_table(path, is_header=IS_HEADER, sheet="个体户").rows == [(2, ["乙商店", "河口镇"])]
    with pytest.raises(KnownError) as caught:
        read_table(path, is_header=IS_HEADER, sheet="没有")
    assert caught.value.code == "sheet_not_found"
    assert "个体户" in caught.value.message()


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("企业名称", "name"),
        (" 企业（单位）名称 ", "name"),
        ("单位名称*", "name"),
        ("企业名称\n（必填）", "name"),
        ("市场主体名称", "name"),
        ("Company Name", "name"),
        ("统一社会信用代码：", "uscc"),
        ("统一社会信用代码/注册号", "uscc"),
        ("ＵＳＣＣ", "uscc"),
        ("乡镇（街道）", "township"),
        ("所 属 乡 镇", "township"),
        ("属地", "township"),
        ("国民经济行业", "industry_code"),
        ("法定代表人（负责人）", "legal_rep"),
        ("住所(经营场所)", "address"),
        ("市场主体类型", "kind"),
        ("是否规上", "scale"),
        ("经营状态", "status"),
        ("手机", "contact_phone"),
        ("注册日期", "founded_on"),
        ("重点用能单位", "key_energy_user"),
        ("龙头企业", "leading_enterprise"),
        ("Credit_Code", "uscc"),
    ],
)
def test_header_variants_are_recognised(header: str, field: str) -> None:
    assert recognise(["序号", header]) == {1: field}


def test_the_better_variant_wins_when_two_columns_name_one_field() -> None:
    assert recognise(["行业", "行业代码", "名称", "企业名称", "问题", "原行号"]) == {1: "industry_code", 3: "name"}
    assert normalise("企业（单位）\n名称：") == "企业单位名称"


def write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter", "suffix"),
    [("utf-8-sig", ",", ".csv"), ("utf-8", ",", ".csv"), ("gb18030", ",", ".csv"), ("utf-8", "\t", ".txt"),
     ("gbk", ";", ".csv"), ("gb18030", "\t", ".xls")],
)
def test_csv_in_the_encodings_and_separators_offices_use(
    tmp_path: Path, encoding: str, delimiter: str, suffix: str
) -> None:
    rows = [["青溪县企业名录"], [], ["企业名称", "所属乡镇", "地址"], ["甲公司", "城关镇", "人民路 1 号，二楼"],
            ["乙公司", "河口镇", "多行\n地址"], ["丙公司", "柳林乡", ""]]
    path = write_csv(tmp_path / f"名录{suffix}", rows, encoding=encoding, delimiter=delimiter)
    table = read_table(path, is_header=IS_HEADER)
    assert table.headers == ["企业名称", "所属乡镇", "地址"]
    assert table.header_row == 3
    assert [n for n, _c in table.rows] == [4, 5, 7]  # line numbers; the quoted line break takes a line
    assert table.rows[0][1] == ["甲公司", "城关镇", "人民路 1 号，二楼"]
    assert table.rows[1][1][2] == "多行\n地址"


def test_undecodable_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes("企业名称,所属乡镇\n".encode() + b"\xff\xfe\xfa\x80\x81\n")
    assert refused(path) == "file_encoding"


def test_files_that_are_not_spreadsheets_are_refused(tmp_path: Path) -> None:
    garbage = bytes(range(256)) * 40
    for name in ("garbage.xlsx", "garbage.xls", "garbage.ods", "garbage.csv"):
        (tmp_path / name).write_bytes(garbage)
        assert refused(tmp_path / name) == "file_unreadable", name
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert refused(tmp_path / "empty.xlsx") == "no_header"
    (tmp_path / "empty.csv").write_text("\n\n", encoding="utf-8")
    assert refused(tmp_path / "empty.csv") == "no_header"
    (tmp_path / "list.docx").write_bytes(b"PK")
    assert refused(tmp_path / "list.docx") == "file_type"
    assert refused(tmp_path / "missing.xlsx") == "file_not_found"
    no_header = xlsx(tmp_path / "noheader.xlsx", [["甲公司", "城关镇"], ["乙公司", "河口镇"]])
    assert refused(no_header) == "no_header"
    message = KnownError("file_unreadable", file="garbage.xlsx", detail="x").message()
    assert "garbage.xlsx" in message
    assert "另存为 .xlsx" in message


def test_a_header_only_file_has_no_rows(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "h.xlsx", [["企业名称", "所属乡镇"]])
    table = read_table(path, is_header=IS_HEADER)
    assert table.rows == []


def test_cells_beyond_the_last_header_are_not_data(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "side.xlsx", [["企业名称", "所属乡镇", None, None], ["甲公司", "城关镇", None, "旁注"],
                                         [None, None, None, "合计：1 家"]])
    table = read_table(path, is_header=IS_HEADER)
    assert table.rows == [(2, ["甲公司", "城关镇"])]


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "MAX_ROWS", 3)
    path = xlsx(tmp_path / "big.xlsx", [["企业名称", "所属乡镇"]] + [[f"企业{i}", "城关镇"] for i in range(20)])
    assert refused(path) == "file_too_big"
    with pytest.raises(KnownError) as caught:
        read_table(path, is_header=IS_HEADER)
    assert caught.value.message().startswith("文件“big.xlsx”有 21 行，一次最多导入 3 行。")
    assert "21 rows" in caught.value.message("en")
    monkeypatch.setattr(tables, "MAX_BYTES", 10)
    assert refused(path) == "file_too_big"
