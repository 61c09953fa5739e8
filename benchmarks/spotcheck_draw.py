"""双随机 draw over the whole county (200k pool) against the bare algorithm on raw sqlite3 rows."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from datetime import date
from pathlib import Path

from qsupervise.services import draws, spotchecks
from qsupervise.services import spotcheck_plans as plans
from qsupervise.store import Store

WANTED = 50
RUNS = 3
AS_OF = date(2026, 6, 30)


def raw_draw(db: Path, seed: str, wanted: int) -> float:
    """Fetch the live active enterprises with sqlite3, rank by SHA-256(seed ␟ key ␟ 0), take the first N."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT id, uscc, township_id FROM enterprise WHERE deleted_at IS NULL AND status = 'active'"
    ).fetchall()
    ranked = sorted(
        rows,
        key=lambda r: int.from_bytes(hashlib.sha256(f"{seed}\x1f{r[1] or r[0]}\x1f0".encode()).digest(), "big"),
    )
    assert len(ranked[:wanted]) == wanted
    conn.close()
    return time.perf_counter() - started


def run(db: Path) -> list[dict[str, object]]:
    """Ours is the whole action a user starts: pools (6-month rule, inspectors, recusals), ranking, inspector
    assignment, the draw record with both pools, the samples written through the change log, committed."""
    ours, base, pool = [], [], 0
    with Store.open(db) as store:
        with store.session(actor="bench") as s:
            if len(spotchecks.inspectors(s)) < 2:
                for name in ("甲", "乙", "丙"):
                    spotchecks.add_inspector(s, name=f"基准{name}")
            for n in range(1, RUNS + 1):
                plans.add(s, plans.PlanInput(plan_no=f"BENCH-{n}", year=AS_OF.year, sample_count=WANTED))
        for n in range(1, RUNS + 1):
            started = time.perf_counter()
            with store.session(actor="bench") as s:
                record = draws.run_draw(s, plans.by_no(s, f"BENCH-{n}"), seed=f"seed-{n}", as_of=AS_OF)
                pool = record.pool_size
            ours.append(time.perf_counter() - started)
            base.append(raw_draw(db, f"seed-{n}", WANTED))
    o, b = min(ours), min(base)
    return [{
        "name": f"draw {WANTED} of {pool:,} (s, best of {RUNS})",
        "ours": f"{o:.2f}",
        "baseline": f"{b:.2f}",
        "ratio": f"{o / b:.1f}×",
        "baseline_is": "sqlite3 fetch + SHA-256 rank + sort, nothing recorded",
    }]
