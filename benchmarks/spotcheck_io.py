"""Spot-check result import against the bare libraries: calamine read + sqlite3 executemany of the same rows."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.registry_io import _calamine_rows, _checkpoint
from qsupervise.demo import generate
from qsupervise.documents.spotcheck_export import HEADERS
from qsupervise.documents.spotcheck_import import import_spotchecks
from qsupervise.store import Store

ENTERPRISES = 20_000
ROWS = 20_000
PRODUCTS = ("小麦粉", "食用植物油", "酱油", "白酒", "茶叶", "纸巾", "电线电缆", "儿童服装", "塑料购物袋", "水泥")
VERDICTS = ("合格", "合格", "合格", "合格", "不合格", "P", "符合", "经检验，所检项目不符合标准要求，综合判定为不合格")


def write_table(db: Path, dest: Path, rows: int, seed: int = 7) -> None:
    """A published result table naming the db's enterprises: by code, by name alone, or producers from elsewhere."""
    from openpyxl import Workbook

    conn = sqlite3.connect(db)
    known = conn.execute("SELECT name, uscc FROM enterprise WHERE deleted_at IS NULL ORDER BY id").fetchall()
    conn.close()
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("抽查结果")
    sheet.append(["测试县 2025 年产品质量监督抽查结果"])
    sheet.append(list(HEADERS))
    for n in range(1, rows + 1):
        name, code = known[rng.randrange(len(known))]
        how = rng.random()
        unit_code = code if how < 0.7 else ""
        producer = name if how < 0.85 else f"外省某某{rng.randrange(500)}有限公司"
        unit = name.replace("(", "（").replace(")", "）") if how < 0.95 else f"某某超市{rng.randrange(9000)}店"
        product = rng.choice(PRODUCTS)
        verdict = rng.choice(VERDICTS)
        failing = "菌落总数" if "不" in verdict else "/"
        sampled = f"2025/{rng.randint(3, 10)}/{rng.randint(1, 28)}"
        brand, spec = rng.choice(["/", "金龙", "福临"]), f"{rng.randint(1, 50)}kg"
        batch = f"2025-01-{n % 28 + 1:02d}/B{n:06d}"
        sheet.append([n, unit, "测试县", producer, product, brand, spec, batch, sampled, "GB/T 1355-2021", verdict,
                      failing, "测试市产品质量监督检验所", unit_code or "/"])
    book.save(dest)


def run(tmp: Path) -> list[dict[str, object]]:
    db = tmp / "sc-target.db"
    table = tmp / "sc-results.xlsx"
    store = Store.open(db, create=True)
    generate(store, enterprises=ENTERPRISES, seed=5)
    write_table(db, table, ROWS)
    _checkpoint(db)  # both runs start from a database without a pending write-ahead log
    copy = store.backup(tmp / "sc-raw.db")
    with store.read() as s:
        before = int(s.connection().exec_driver_sql("SELECT max(rowid) FROM spot_check").scalar() or 0)
    started = time.perf_counter()
    result = import_spotchecks(store, table)
    ours = time.perf_counter() - started - result.backup_seconds
    conn = sqlite3.connect(db)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(spot_check)")]
    created: list[tuple[Any, ...]] = conn.execute(
        f"SELECT {','.join(columns)} FROM spot_check WHERE rowid > ?", (before,)
    ).fetchall()
    conn.close()
    started = time.perf_counter()
    again = import_spotchecks(store, table)
    repeat = time.perf_counter() - started
    store.close()
    _rows, raw_read = _calamine_rows(table)
    raw_import = raw_read + _raw_insert(copy, created, columns)
    print(
        f"spot-check io: import {result.counts['created']:,} new of {result.counts['rows']:,} rows {ours:.2f} s + "
        f"backup {result.backup_seconds:.2f} s (raw read {raw_read:.2f} s + insert {raw_import - raw_read:.2f} s); "
        f"again {repeat:.2f} s, {again.counts['unchanged']:,} unchanged"
    )
    return [
        {
            "name": f"import {ROWS:,} spot-check results from .xlsx (s)",
            "ours": f"{ours:.2f}",
            "baseline": f"{raw_import:.2f}",
            "ratio": f"{ours / raw_import:.1f}×",
            "baseline_is": "calamine read + sqlite3 executemany of the rows created (no linking, no change log)",
        },
        {
            "name": f"re-import the same {ROWS:,} rows, all unchanged (s)",
            "ours": f"{repeat:.2f}",
            "baseline": f"{raw_import:.2f}",
            "ratio": f"{repeat / raw_import:.1f}×",
            "baseline_is": "the raw import above (for scale)",
        },
    ]


def _raw_insert(db: Path, rows: list[tuple[Any, ...]], columns: list[str]) -> float:
    """The rows our import created, inserted with plain executemany in one transaction (foreign keys off)."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    marks = ",".join("?" * len(columns))
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO spot_check ({','.join(columns)}) VALUES ({marks})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed
