"""Small hand-made registries and catalogue files for the standardization tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import select

from qsupervise.models import Enterprise, ExecutedStandard, OrgUnit, Product
from qsupervise.rules import standards as rules
from qsupervise.store import Store


def townships(store: Store) -> dict[str, str]:
    """name -> id of the test county's townships (城关镇, 河口镇, 柳林乡)."""
    with store.read() as s:
        return {u.name: u.id for u in s.exec(select(OrgUnit).where(OrgUnit.kind == "township"))}


def add_firm(store: Store, name: str, township: str, industry: str, products: dict[str, Sequence[str]], *,
             status: str = "active") -> dict[str, list[str]]:
    """An enterprise with products and their standards; returns product name -> executed-standard ids."""
    town = townships(store)[township]
    out: dict[str, list[str]] = {}
    with store.session() as s:
        firm = Enterprise(name=name, township_id=town, industry_code=industry, status=status)
        s.add(firm)
        s.flush()
        for product_name, numbers in products.items():
            product = Product(enterprise_id=firm.id, name=product_name)
            s.add(product)
            s.flush()
            out[product_name] = []
            for raw in numbers:
                parsed = rules.parse(raw)
                row = ExecutedStandard(product_id=product.id, raw=raw, normalized=parsed.normalized if parsed else raw,
                                       kind=parsed.kind if parsed else "unknown")
                s.add(row)
                s.flush()
                out[product_name].append(row.id)
    return out


def workbook(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]], sheet: str = "目录") -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    book.save(path)
    return path


HEADER = ("序号", "标准编号", "标准名称", "标准状态", "被代替", "代替标准", "发布日期", "实施日期", "废止日期")
GOOD_ROWS: list[tuple[object, ...]] = [
    (1, "GB 2760-2011", "食品安全国家标准 食品添加剂使用标准", "被代替", "GB 2760-2014", "", "2011-04-20",
     "2011-06-20", ""),
    (2, "GB 2760\u20142014", "食品安全国家标准 食品添加剂使用标准", "被代替", "GB 2760-2024", "GB 2760-2011",
     "2014-12-24", "2015-05-24", ""),
    (3, "GB 2760-2024", "食品安全国家标准 食品添加剂使用标准", "现行", "", "GB 2760-2014", "2024-02-08",
     "2025-02-08", ""),
    (4, "GB/T 19855-2023", "月饼质量通则", "现行", "", "GB/T 19855-2015", "2023-05-23", "2023-12-01", ""),
    (5, "DB42/T 1318-2017", "湖北省地方标准 瓦楞纸箱", "废止", "", "", "2017-09-01", "2017-12-01", "2024-06-30"),
    (6, "GB 4806.7-2016", "食品接触用塑料材料及制品", "现行", "", "", "2016-10-19", "2017-10-19", ""),
]
