"""The certificate expiry watch and the first page of "expiring within 90 days" against hand-written SQL.

The fixture: the demo county with 200,000 enterprises, plus 300,000 certificates written with raw sqlite3
executemany (issued over eight years, each kind with its usual term, a few suspended, revoked, cancelled or
deleted), so that the expiry index holds years of lapsed certificates as a real ledger does.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from qsupervise.demo import generate
from qsupervise.models import Certification
from qsupervise.rules import certificates as rules
from qsupervise.services import certifications
from qsupervise.store import Store

ENTERPRISES = 200_000
CERTIFICATES = 300_000
TODAY = date(2026, 11, 24)
RUNS = 7
STAMP = "2026-11-24 00:00:00.000000"
ISSUERS = ("中国质量认证中心", "方圆标志认证集团", "县市场监督管理局", "省市场监督管理局", "中国绿色食品发展中心")
KIND_WEIGHTS = {"iso9001": 30, "iso14001": 12, "iso45001": 8, "ccc": 15, "sc": 12, "xk": 6, "green_food": 5,
                "organic": 3, "pollution_free": 2, "gap": 2, "gi": 1, "measurement": 2, "other": 2}

RAW_WATCH = """SELECT e.township_id,
        CASE WHEN c.expires_on < :today THEN 'lapsed' WHEN c.expires_on <= :d30 THEN '30'
             WHEN c.expires_on <= :d60 THEN '60' ELSE '90' END AS band, count(*)
    FROM certification c JOIN enterprise e ON e.id = c.enterprise_id
    WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL AND c.status IN ('valid', 'suspended')
      AND c.expires_on >= :since AND c.expires_on <= :d90
    GROUP BY 1, 2"""
RAW_PAGE = """SELECT c.id, c.enterprise_id, e.name, e.uscc, e.township_id, c.kind, c.number, c.number_note, c.issuer,
        c.scope, c.issued_on, c.expires_on, c.status, c.reward_eligible, c.attachment_id
    FROM certification c JOIN enterprise e ON e.id = c.enterprise_id
    WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL AND c.status IN ('valid', 'suspended')
      AND c.expires_on >= :today AND c.expires_on <= :d90
    ORDER BY c.expires_on, c.rowid LIMIT 100"""
RAW_COUNT = """SELECT count(*) FROM certification c JOIN enterprise e ON e.id = c.enterprise_id
    WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL AND c.status IN ('valid', 'suspended')
      AND c.expires_on >= :today AND c.expires_on <= :d90"""


def _columns() -> tuple[list[str], dict[str, Any]]:
    columns, defaults = [], {}
    for c in Certification.__table__.columns:  # type: ignore[attr-defined]
        columns.append(c.name)
        default = getattr(c.default, "arg", None)
        if callable(default) or default is None:
            default = None if c.nullable else ""
        defaults[c.name] = int(default) if isinstance(default, bool) else default
    return columns, defaults | {"created_at": STAMP, "updated_at": STAMP}


def insert_certificates(db: Path, count: int = CERTIFICATES, seed: int = 11) -> None:
    """``count`` certificates of the db's live enterprises, in one transaction through sqlite3."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    holders = [r[0] for r in conn.execute("SELECT id FROM enterprise WHERE deleted_at IS NULL")]
    columns, defaults = _columns()
    kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    first_day = TODAY - timedelta(days=8 * 365)
    rows = []
    for n in range(count):
        kind = rng.choices(kinds, weights)[0]
        issued = first_day + timedelta(days=rng.randrange(8 * 365 + 60))
        years = rules.KINDS[kind].validity_years
        expires = issued.replace(year=issued.year + years) - timedelta(days=1) if years and issued.day < 29 else (
            issued + timedelta(days=365 * (years or 0)) if years else None)
        roll = rng.random()
        status = "valid" if roll < 0.92 else "suspended" if roll < 0.95 else "revoked" if roll < 0.98 else "cancelled"
        row = dict(defaults)
        row.update(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), enterprise_id=rng.choice(holders), kind=kind,
            number=f"B{n:09d}", issuer=rng.choice(ISSUERS), scope="产品的生产和销售", issued_on=issued.isoformat(),
            expires_on=expires.isoformat() if expires else None, status=status,
            reward_eligible=int(rng.random() < 0.05), deleted_at=STAMP if rng.random() < 0.01 else None,
        )
        rows.append(tuple(row[c] for c in columns))
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO certification ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})", rows)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _median(job: Callable[[], object]) -> tuple[float, object]:
    job()  # warm the page cache: both sides are timed warm
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _entry(name: str, ours: float, base: float, baseline_is: str) -> dict[str, object]:
    return {"name": name, "ours": f"{ours * 1000:.1f}", "baseline": f"{base * 1000:.1f}",
            "ratio": f"{ours / base:.2f}×", "baseline_is": baseline_is}


def run(tmp: Path) -> list[dict[str, object]]:
    db = tmp / "certifications.db"
    started = time.perf_counter()
    with Store.open(db, create=True) as store:
        generate(store, enterprises=ENTERPRISES, seed=5)
    demo_seconds = time.perf_counter() - started
    started = time.perf_counter()
    insert_certificates(db)
    print(f"certifications: demo of {ENTERPRISES:,} enterprises {demo_seconds:.1f} s, "
          f"{CERTIFICATES:,} certificates inserted in {time.perf_counter() - started:.1f} s")
    days = {"today": TODAY.isoformat(), "since": (TODAY - timedelta(days=certifications.LAPSED_DAYS)).isoformat(),
            **{f"d{d}": (TODAY + timedelta(days=d)).isoformat() for d in (30, 60, 90)}}
    raw = sqlite3.connect(db)
    results: list[dict[str, object]] = []
    with Store.open(db) as store, store.read() as s:
        ours, watch = _median(lambda: certifications.expiry_watch(s, TODAY))
        base, rows = _median(lambda: raw.execute(RAW_WATCH, days).fetchall())
        assert sum(n for _t, _b, n in rows) == sum(sum(c.values()) for c in watch.by_township.values())  # type: ignore[attr-defined,misc]
        results.append(_entry(f"expiry watch by township, {CERTIFICATES:,} certificates (ms)", ours, base,
                              "hand-written JOIN … GROUP BY through sqlite3"))
        query = certifications.CertQuery(expiring=90)
        ours, page = _median(lambda: certifications.page(s, query, today=TODAY, limit=100))
        base, rows = _median(lambda: raw.execute(RAW_PAGE, days).fetchall())
        assert [r.id for r in page] == [r[0] for r in rows]  # type: ignore[attr-defined]
        results.append(_entry("first page (100) of expiring within 90 days (ms)", ours, base,
                              "hand-written JOIN … ORDER BY … LIMIT through sqlite3"))
        ours, total = _median(lambda: certifications.count(s, query, today=TODAY))
        base, rows = _median(lambda: raw.execute(RAW_COUNT, days).fetchall())
        assert total == rows[0][0]  # type: ignore[index]
        results.append(_entry(f"count of expiring within 90 days ({total:,}) (ms)", ours, base,
                              "hand-written JOIN … count(*) through sqlite3"))
    raw.close()
    for r in results:
        print(f"certifications: {r['name']}: ours {r['ours']} ms, baseline {r['baseline']} ms ({r['ratio']})")
    return results


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qs-bench-") as folder:
        run(Path(folder))
