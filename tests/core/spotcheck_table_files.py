"""Published spot-check result tables as the tests write them: messy workbooks, sample rows, registered parties."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl

from qsupervise.models import Enterprise
from qsupervise.rules.uscc import ALPHABET, make_code
from qsupervise.services import org
from qsupervise.store import Store
from tests.core import db_state

HEAD = ["被抽样单位", "标称生产者", "产品名称", "规格型号", "生产日期/批号", "抽样日期", "检验结论", "不合格项目",
        "承检机构"]


def code(n: int) -> str:
    return make_code(authority="9", kind="1", region="420999", org8=f"MC{n:06d}")


def bad_check(n: int) -> str:
    good = code(n)
    return good[:-1] + ALPHABET[(ALPHABET.index(good[-1]) + 1) % len(ALPHABET)]


def xlsx(path: Path, rows: list[list[Any]], merged: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for area in merged:
        sheet.merge_cells(area)
    book.save(path)
    return path


def register(store: Store, *entries: tuple[str, str | None, str]) -> dict[str, str]:
    """Enterprises (name, code, township) as the registry holds them; returns name -> id."""
    ids = {}
    with store.session() as s:
        for name, uscc, township in entries:
            e = Enterprise(name=name, uscc=uscc, township_id=org.resolve(s, township).id,
                           uscc_override="核对过营业执照" if uscc and uscc != code_of(uscc) else None)
            s.add(e)
            s.flush()
            ids[name] = e.id
    return ids


def code_of(uscc: str) -> str:
    """The code with its right check character (a differing one is a pilot-year code kept with a reason)."""
    from qsupervise.rules.uscc import check_char

    return uscc[:17] + check_char(uscc[:17])


def rows_of(store: Store) -> dict[str, dict[str, Any]]:
    """Live spot checks by product."""
    return db_state.live_rows(store, "spot_check", "product")


def town(store: Store, name: str) -> str:
    with store.read() as s:
        return org.resolve(s, name).id


def problems(result: Any) -> list[tuple[int, str, str, str]]:
    return [(p.row, p.column, p.severity, p.code) for p in result.problems]


def messy(path: Path) -> Path:
    """Two title rows, a header over two rows with merged cells, starting in column B, a unit named once for
    two products, the words published tables use for verdicts and for "none", and rows with mistakes."""
    long_verdict = "经抽样检验，所检项目不符合GB 2762-2022要求，综合判定为不合格"
    return xlsx(path, [
        [None, "测试县市场监督管理局2024年第一批产品质量监督抽查结果公告"],
        [None, "（排名不分先后）"],
        [None, "序号", "被抽样单位", "标称生产者", "产品信息", None, None, "抽样日期", "检验结论", "主要不合格项目",
         "统一社会信用代码"],
        [None, None, None, None, "产品名称", "商标", "规格型号", None, None, None, None],
        [None, 1, "甲食品有限公司", "甲食品有限公司", "面粉", "/", "25kg/袋", "2024年3月5日", "P", "/", code(1)],
        [None, 2, None, "乙（湖北）粮油有限公司", "菜籽油", "金龙", "5L", datetime(2024, 3, 6), "不符合", "酸价", None],
        [None, 3, "丙 超市", "乙(湖北)粮油有限公司", "酱油", "—", "500mL", "2024.3.7", "复查仍不合格", "氨基酸态氮",
         "/"],
        [None, 4, "丁商行", "外省戊有限公司", "茶叶", "无", "250g", "2024/3/8", long_verdict, "铅（以Pb计）", "9142"],
        [None, 5, "戊店", "己厂", "饮料", "", "", "", "待定", "", ""],
        [None, 6, "己店", "庚厂", "／", "", "", "2024-03-09", "合格", "", ""],
        [None, 7, "/", "", "矿泉水", "", "", "2024-03-09", "合格", "", ""],
        [None, 8, "庚店", "辛厂", "白酒", "", "500mL", "2024-13-45", "符合", "/", ""],
        [None, 9, "甲食品有限公司", "甲食品有限公司", "面粉", "", "25kg/袋", "2024-03-05", "合格", "", ""],
        [None, 10, "辛食品经营部…", "壬食品有限公…", "米粉", "", "", "2024-03-10", "F", "铅", ""],
    ], merged=("B1:K1", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4", "J3:J4", "K3:K4", "C5:C6", "K5:K6"))


def sample_results(path: Path) -> Path:
    return xlsx(path, [
        ["序号", "被抽样单位", "所在地", "标称生产者", "产品名称", "商标", "规格型号", "生产日期/批号", "抽样日期",
         "执行标准", "检验结论", "主要不合格项目", "承检机构", "统一社会信用代码"],
        [1, "甲食品有限公司", "城关镇", "甲食品有限公司", "面粉", "金龙", "25kg", "2024-01-02/B123", "2024-03-05",
         "GB/T 1355-2021", "合格", "/", "某检验所", ""],
        [2, "乙（湖北）粮油有限公司", "河口镇", "外省丙有限公司", "菜籽油", "/", "5L", "20240101", "2024-03-06",
         "GB/T 1536-2021", "不合格", "酸价", "某检验所", ""],
        [3, "丁商店", "柳林乡", "戊厂", "白酒", "", "500mL", "", "2023-11-01", "", "严重不合格", "甲醇", "某检验所",
         code(9)],
    ])
