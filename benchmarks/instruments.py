"""Instrument rates and the overdue list over 100k instruments of a 200k-enterprise county, against the same SQL
run through the bare sqlite3 module.

The fixture: the demo county (200,000 enterprises, seed 5, about 30,000 instruments of its own; reused from
``demo.db`` when an earlier benchmark left one of that size), filled up to 100,000 instruments with raw sqlite3
executemany, each of a random trading enterprise (the worst case for the join: no locality), most verified
within their cycle.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from qsupervise.demo import DEFAULT_AS_OF, generate
from qsupervise.models import Instrument
from qsupervise.rules.instruments import due_date
from qsupervise.services import instruments
from qsupervise.store import Store

ENTERPRISES = 200_000
INSTRUMENTS = 100_000
RUNS = 5
STAMP = "2026-06-30 01:00:00.000000"
NAMES = (("电子计价秤", "trade", 12), ("电子台秤", "trade", 12), ("燃油加油机", "trade", 6), ("压力表", "safety", 6),
         ("电子血压计", "medical", 12), ("烟气排放连续监测系统", "environment", 12))
# What someone would write by hand for the overdue list (the service adds its status and days overdue in Python).
RAW_OVERDUE = """SELECT i.id, i.enterprise_id, e.name, e.township_id, i.name, i.model, i.serial, i.use_category,
    i.registered, i.verified_on, i.due_on, i.result
    FROM instrument i JOIN enterprise e ON e.id = i.enterprise_id
    WHERE i.deleted_at IS NULL AND e.deleted_at IS NULL AND e.status IN ('active', 'suspended') AND i.due_on < ?
    ORDER BY i.due_on, i.id LIMIT 200"""


def _fixture(tmp: Path, enterprises: int) -> Path:
    path = tmp / "instruments.db"
    reuse = tmp / "demo.db"
    if reuse.exists():
        with sqlite3.connect(reuse) as conn:
            if conn.execute("SELECT count(*) FROM enterprise").fetchone()[0] == enterprises:
                with Store.open(reuse) as store:
                    store.backup(path)
                return path
    with Store.open(path, create=True) as store:
        generate(store, enterprises=enterprises, seed=5)
    return path


def add_instruments(path: Path, wanted: int = INSTRUMENTS, seed: int = 11) -> int:
    """Instruments up to ``wanted``, written with plain executemany in one transaction; returns how many there are."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    n = max(0, wanted - conn.execute("SELECT count(*) FROM instrument WHERE deleted_at IS NULL").fetchone()[0])
    owners = [r[0] for r in conn.execute("SELECT id FROM enterprise WHERE deleted_at IS NULL AND status = 'active'")]
    columns = [c.name for c in Instrument.__table__.columns]  # type: ignore[attr-defined]
    rows = []
    for k in range(n):
        name, category, cycle = rng.choice(NAMES)
        verified = DEFAULT_AS_OF - timedelta(days=rng.randrange(cycle * 38)) if rng.random() < 0.95 else None
        row: dict[str, Any] = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "created_at": STAMP, "updated_at": STAMP,
            "created_by": "", "origin_station": "", "enterprise_id": rng.choice(owners), "name": name, "model": "",
            "serial": f"B{k:07d}", "use_category": category, "location": "", "registered": rng.random() < 0.92,
            "verification_body": "", "certificate_no": "", "cycle_months": cycle,
            "verified_on": verified.isoformat() if verified else None,
            "due_on": due_date(verified, cycle).isoformat() if verified else None,
            "result": ("pass" if rng.random() < 0.97 else "fail") if verified else None, "deleted_at": None,
        }
        rows.append(tuple(row[c] for c in columns))
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO instrument ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})", rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = int(conn.execute("SELECT count(*) FROM instrument WHERE deleted_at IS NULL").fetchone()[0])
    conn.close()
    return total


def _best(job: Callable[[], object]) -> tuple[float, object]:
    """The fastest of RUNS runs after one to warm the caches (a page opened twice, not a cold disk)."""
    result = job()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
    return min(times), result


def run(tmp: Path, enterprises: int = ENTERPRISES) -> list[dict[str, object]]:
    path = _fixture(tmp, enterprises)
    total = add_instruments(path)
    today = DEFAULT_AS_OF
    store = Store.open(path)
    raw = sqlite3.connect(path)
    with store.read() as s:
        ours_rates, rates = _best(lambda: instruments.rates(s, today))
        ours_overdue, listed = _best(lambda: instruments.overdue(s, today))
        ours_count, _n = _best(lambda: instruments.count(s, today, overdue_only=True))
    day = {"today": today.isoformat()}
    base_rates, raw_rates = _best(lambda: raw.execute(instruments.RATES_SQL, day).fetchall())
    base_overdue, raw_listed = _best(lambda: raw.execute(RAW_OVERDUE, (today.isoformat(),)).fetchall())
    raw.close()
    store.close()
    county = rates.county  # type: ignore[attr-defined]
    assert county.listed == sum(r[1] for r in raw_rates)  # type: ignore[attr-defined]
    assert [r.id for r in listed] == [r[0] for r in raw_listed]  # type: ignore[attr-defined]
    print(
        f"instruments: {total:,} over {enterprises:,} enterprises; rates {ours_rates * 1000:.0f} ms "
        f"(raw {base_rates * 1000:.0f} ms), overdue list {ours_overdue * 1000:.1f} ms "
        f"(raw {base_overdue * 1000:.1f} ms), overdue count {ours_count * 1000:.0f} ms; county "
        f"{county.registration_rate:.1%} registered, {county.verification_rate:.1%} verified in cycle"
    )
    return [
        {
            "name": f"instrument rates by township, {total // 1000}k instruments (ms)",
            "ours": f"{ours_rates * 1000:.0f}",
            "baseline": f"{base_rates * 1000:.0f}",
            "ratio": f"{ours_rates / base_rates:.1f}×",
            "baseline_is": "raw sqlite3, the same grouped SQL",
        },
        {
            "name": f"overdue instruments, first 200 of {total // 1000}k (ms)",
            "ours": f"{ours_overdue * 1000:.1f}",
            "baseline": f"{base_overdue * 1000:.1f}",
            "ratio": f"{ours_overdue / base_overdue:.1f}×",
            "baseline_is": "raw sqlite3, the same SELECT … ORDER BY due_on LIMIT 200",
        },
    ]


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qs-bench-inst-") as folder:
        for r in run(Path(folder), int(sys.argv[1]) if len(sys.argv) > 1 else ENTERPRISES):
            print(r)
