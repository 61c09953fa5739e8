"""Registry search latency (name, pinyin initials, credit-code prefix) and the list's first page."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from pathlib import Path

from qsupervise.rules.pinyin import initials
from qsupervise.services import registry
from qsupervise.store import Store

SAMPLES = 30


def _queries(db: Path) -> dict[str, list[str]]:
    """Realistic queries drawn from the data itself (seeded)."""
    rng = random.Random(5)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT name, uscc FROM enterprise ORDER BY rowid").fetchall()
    conn.close()
    picks = [rows[rng.randrange(len(rows))] for _ in range(SAMPLES)]
    names = []
    for name, _code in picks:
        core = name.removeprefix("青溪县").removeprefix("湖北")
        start = rng.randrange(max(1, len(core) - 2))
        names.append(core[start : start + rng.choice((1, 2))])
    return {
        "name substring (1–2 characters)": names,
        "pinyin initials (4 letters)": [initials(n.removeprefix("青溪县").removeprefix("湖北"))[:4] for n, _ in picks],
        "credit-code prefix (10 characters)": [(c or "")[:10] for _, c in picks],
    }


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def run(db: Path) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    store = Store.open(db)
    raw = sqlite3.connect(db)
    sql = "SELECT rowid FROM enterprise WHERE search_key LIKE ? AND deleted_at IS NULL ORDER BY search_key"
    with store.read() as s:
        for label, queries in _queries(db).items():
            ours, base = [], []
            for q in queries:
                started = time.perf_counter()
                registry.find(s, registry.Query(text=q))
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                raw.execute(sql, (registry.search_pattern(q),)).fetchall()
                base.append(time.perf_counter() - started)
            o50, o95 = _percentiles(ours)
            b50, b95 = _percentiles(base)
            results.append({
                "name": f"search p50/p95 ms: {label}",
                "ours": f"{o50:.0f}/{o95:.0f}",
                "baseline": f"{b50:.0f}/{b95:.0f}",
                "ratio": f"{o95 / b95:.1f}×",
                "baseline_is": "raw sqlite3, same SQL, ids only",
            })
        started = time.perf_counter()
        ids = registry.find(s, registry.Query())
        registry.rows(s, ids[:200])
        first_page = time.perf_counter() - started
        started = time.perf_counter()
        raw.execute("SELECT * FROM enterprise LIMIT 200").fetchall()
        raw_page = time.perf_counter() - started
    raw.close()
    store.close()
    results.append({
        "name": "list: all ids sorted + first page of 200 (ms)",
        "ours": f"{first_page * 1000:.0f}",
        "baseline": f"{raw_page * 1000:.1f}",
        "ratio": f"{first_page / raw_page:.0f}×",
        "baseline_is": "raw SELECT * LIMIT 200 (unsorted, no count)",
    })
    return results
