"""Enterprise import and export against the bare libraries: calamine + sqlite3 executemany, openpyxl write-only."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from qsupervise.demo import generate
from qsupervise.documents.enterprise_export import export_enterprises
from qsupervise.documents.enterprise_import import import_enterprises
from qsupervise.store import Store

IMPORT_ROWS = 50_000


def _calamine_rows(path: Path) -> tuple[list[list[Any]], float]:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    return rows, time.perf_counter() - started


def raw_write(rows: list[list[Any]], dest: Path) -> float:
    """The same values through openpyxl write-only, nothing else: no query, no styles, no labels."""
    from openpyxl import Workbook

    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(dest)
    return time.perf_counter() - started


def raw_insert(db: Path, rows: list[tuple[Any, ...]], columns: list[str]) -> float:
    """The rows our import created, inserted with plain executemany in one transaction."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    marks = ",".join("?" * len(columns))
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO enterprise ({','.join(columns)}) VALUES ({marks})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _checkpoint(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def run(folder: Path, enterprises: int) -> list[dict[str, object]]:
    source_file = folder / "io-import.xlsx"
    with Store.open(folder / "io-source.db", create=True) as source:
        generate(source, enterprises=IMPORT_ROWS, seed=2)
        export_enterprises(source, source_file)
    target = Store.open(folder / "io-target.db", create=True)
    generate(target, enterprises=enterprises, seed=1)

    exported = folder / "io-export.xlsx"
    started = time.perf_counter()
    written = export_enterprises(target, exported)
    ours_export = time.perf_counter() - started
    values, _seconds = _calamine_rows(exported)
    raw_export = raw_write([[str(v) if v != "" else None for v in row] for row in values], folder / "io-raw.xlsx")
    del values

    _checkpoint(target.path)  # both runs start from a database without a pending write-ahead log
    copy = target.backup(folder / "io-raw.db")
    with target.read() as s:
        before = int(s.connection().exec_driver_sql("SELECT max(rowid) FROM enterprise").scalar() or 0)
    started = time.perf_counter()
    result = import_enterprises(target, source_file)
    ours_import = time.perf_counter() - started - result.backup_seconds
    conn = sqlite3.connect(target.path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(enterprise)")]
    created = conn.execute(f"SELECT {','.join(columns)} FROM enterprise WHERE rowid > ?", (before,)).fetchall()
    conn.close()
    target.close()
    _rows, raw_read = _calamine_rows(source_file)
    raw_import = raw_read + raw_insert(copy, created, columns)
    print(
        f"registry io: export {written:,} rows {ours_export:.1f} s (raw {raw_export:.1f} s); import "
        f"{result.counts['created']:,} new of {result.counts['rows']:,} rows {ours_import:.1f} s + backup "
        f"{result.backup_seconds:.1f} s (raw read {raw_read:.1f} s + insert {raw_import - raw_read:.1f} s)"
    )
    return [
        {
            "name": f"import {IMPORT_ROWS:,} enterprises from .xlsx (s)",
            "ours": f"{ours_import:.1f}",
            "baseline": f"{raw_import:.1f}",
            "ratio": f"{ours_import / raw_import:.1f}×",
            "baseline_is": "calamine read + sqlite3 executemany of the rows created (no checks, no change log)",
        },
        {
            "name": "backup before the import (s)",
            "ours": f"{result.backup_seconds:.1f}",
            "baseline": f"{raw_import:.1f}",
            "ratio": f"{result.backup_seconds / raw_import:.2f}×",
            "baseline_is": "the raw import above (for scale)",
        },
        {
            "name": f"export {written:,} enterprises to .xlsx (s)",
            "ours": f"{ours_export:.1f}",
            "baseline": f"{raw_export:.1f}",
            "ratio": f"{ours_export / raw_export:.2f}×",
            "baseline_is": "openpyxl write-only of the same values",
        },
    ]
