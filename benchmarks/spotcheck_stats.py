"""Spot-check pass rates over a million samples: ``spotcheck_stats`` against the hand-written SQL aggregate.

The fixture is written with raw sqlite3 (a province's ten years of samples, far beyond a county's few
thousand a year) into a migrated database: 30 townships, 20,000 enterprises, 2,000 plans, 1,000,000 samples.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qsupervise.models import Enterprise, SpotCheck, SpotCheckPlan
from qsupervise.services import setup
from qsupervise.services import spotcheck_stats as stats
from qsupervise.store import Store

CHECKS = 1_000_000
ENTERPRISES = 20_000
PLANS = 2_000
TOWNSHIPS = 30
YEARS = range(2017, 2027)
RUNS = 3
CATEGORIES = ("食品", "日用消费品", "电线电缆", "建材", "化肥", "农资", "儿童用品", "电器", "服装", "纸制品")
INDUSTRIES = ("C1391", "C1452", "C1511", "C1811", "C1951", "C2211", "C2625", "C3031", "C3831", "F5211", "")
ITEMS = ("菌落总数", "大肠菌群", "标签", "净含量", "铅", "二氧化硫残留量", "导体电阻", "绝缘厚度", "甲醛含量", "pH值")
STAMP = "2026-11-24 00:00:00.000000"

# What someone would write by hand for each grouping (same rules: live rows, final verdict, sample's year):
# the plans joined, the enterprises joined per sample.
FINAL_PASS = "(c.verdict = 'pass' OR (c.verdict IN ('fail', 'serious_fail') AND c.retest_verdict = 'pass'))"
JUDGED = "c.deleted_at IS NULL AND c.verdict IS NOT NULL AND p.deleted_at IS NULL"
YEAR = ("coalesce(substr(nullif(c.sampled_on, ''), 1, 4), substr(nullif(c.report_on, ''), 1, 4), "
        "CAST(p.year AS TEXT))")
RAW = {
    "township": f"""SELECT coalesce(c.township_id, ''), count(*), sum({FINAL_PASS})
        FROM spot_check c JOIN spot_check_plan p ON p.id = c.plan_id WHERE {JUDGED}
        GROUP BY coalesce(c.township_id, '')""",
    "industry": f"""SELECT coalesce(substr(e.industry_code, 1, 3), ''), count(*), sum({FINAL_PASS})
        FROM spot_check c JOIN spot_check_plan p ON p.id = c.plan_id
        LEFT JOIN enterprise e ON e.id = coalesce(c.producer_id, c.enterprise_id) WHERE {JUDGED}
        GROUP BY 1""",
    "category": f"""SELECT coalesce(nullif(c.category, ''), nullif(p.category, ''), ''), count(*), sum({FINAL_PASS})
        FROM spot_check c JOIN spot_check_plan p ON p.id = c.plan_id WHERE {JUDGED} GROUP BY 1""",
    "year": f"""SELECT {YEAR}, count(*), sum({FINAL_PASS})
        FROM spot_check c JOIN spot_check_plan p ON p.id = c.plan_id WHERE {JUDGED} GROUP BY 1""",
}
RAW_ONE_YEAR = f"""SELECT coalesce(c.township_id, ''), count(*), sum({FINAL_PASS})
    FROM spot_check c JOIN spot_check_plan p ON p.id = c.plan_id WHERE {JUDGED} AND {YEAR} = ?
    GROUP BY coalesce(c.township_id, '')"""


def _ids(n: int, rng: random.Random) -> list[str]:
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(n)]


def _columns(model: Any) -> tuple[list[str], dict[str, Any]]:
    """Column names and each column's default as stored (the model's scalar default, else NULL or "")."""
    columns, defaults = [], {}
    for c in model.__table__.columns:
        columns.append(c.name)
        default = getattr(c.default, "arg", None)
        if callable(default) or default is None:
            default = None if c.nullable else ""
        defaults[c.name] = int(default) if isinstance(default, bool) else default
    defaults |= {"created_at": STAMP, "updated_at": STAMP}
    return columns, defaults


def _insert(conn: sqlite3.Connection, model: Any, rows: list[dict[str, Any]]) -> None:
    columns, defaults = _columns(model)
    marks = ",".join("?" * len(columns))
    conn.executemany(f"INSERT INTO {model.__tablename__} ({','.join(columns)}) VALUES ({marks})",
                     [tuple({**defaults, **row}[c] for c in columns) for row in rows])


def build(path: Path, checks: int = CHECKS) -> None:
    """A migrated database holding ``checks`` samples, written with executemany in one transaction."""
    with Store.open(path, create=True) as store, store.session() as s:
        setup.initialise(s, role="county", name="基准县", area_code="420999",
                         townships=[f"第{i + 1}镇" for i in range(TOWNSHIPS)])
    rng = random.Random(7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    towns = [r[0] for r in conn.execute("SELECT id FROM org_unit WHERE kind = 'township'")]
    conn.execute("BEGIN")
    enterprises = _ids(ENTERPRISES, rng)
    _insert(conn, Enterprise, [
        {"id": e, "name": f"企业{i}", "search_key": f"企业{i}", "township_id": rng.choice(towns),
         "industry_code": rng.choice(INDUSTRIES)}
        for i, e in enumerate(enterprises)
    ])
    plans = _ids(PLANS, rng)
    plan_year = {p: YEARS[i % len(YEARS)] for i, p in enumerate(plans)}
    _insert(conn, SpotCheckPlan, [
        {"id": p, "plan_no": f"JH-{i}", "year": plan_year[p], "category": rng.choice(CATEGORIES), "status": "closed"}
        for i, p in enumerate(plans)
    ])
    columns, defaults = _columns(SpotCheck)
    defaults["sampling"] = "sampled"
    marks = ",".join("?" * len(columns))
    sql = f"INSERT INTO spot_check ({','.join(columns)}) VALUES ({marks})"
    batch: list[tuple[Any, ...]] = []
    for _ in range(checks):
        plan = rng.choice(plans)
        roll = rng.random()
        verdict = None if roll < 0.03 else "pass" if roll < 0.9 else "fail" if roll < 0.98 else "serious_fail"
        failing = verdict in ("fail", "serious_fail")
        row = dict(defaults)
        row.update(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), plan_id=plan,
            enterprise_id=rng.choice(enterprises), township_id=rng.choice(towns), product="样品",
            category=rng.choice(CATEGORIES) if rng.random() < 0.5 else "",
            sampled_on=f"{plan_year[plan]}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", verdict=verdict,
            failed_items="、".join(rng.sample(ITEMS, rng.randint(1, 3))) if failing else "",
            retest_verdict="pass" if failing and rng.random() < 0.1 else None,
        )
        batch.append(tuple(row[c] for c in columns))
        if len(batch) == 50_000:
            conn.executemany(sql, batch)
            batch.clear()
    if batch:
        conn.executemany(sql, batch)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _best(job: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def run(tmp: Path, checks: int = CHECKS) -> list[dict[str, object]]:
    path = tmp / "spotcheck-stats.db"
    started = time.perf_counter()
    build(path, checks)
    print(f"spot-check stats: fixture of {checks:,} samples written in {time.perf_counter() - started:.1f} s")
    results: list[dict[str, object]] = []
    raw = sqlite3.connect(path)
    with Store.open(path) as store, store.read() as s:
        for by, sql in RAW.items():
            ours, rates = _best(lambda by=by: stats.pass_rates(s, by=by))  # type: ignore[misc]
            base, rows = _best(lambda sql=sql: raw.execute(sql).fetchall())  # type: ignore[misc]
            assert sum(r.total for r in rates) == sum(r[1] for r in rows)  # type: ignore[union-attr,attr-defined]
            results.append({
                "name": f"pass rates by {by}, {checks:,} samples (ms)",
                "ours": f"{ours * 1000:.0f}",
                "baseline": f"{base * 1000:.0f}",
                "ratio": f"{ours / base:.2f}×",
                "baseline_is": "hand-written JOIN … GROUP BY through sqlite3",
            })
        conn = s.connection()
        same = str(stats._grouped("township", None).compile(dialect=conn.dialect,
                                                             compile_kwargs={"literal_binds": True}))
        ours, _ = _best(lambda: stats.pass_rates(s, by="township"))
        base, _ = _best(lambda: raw.execute(same).fetchall())
        results.append({
            "name": "pass rates by township: our layers' overhead (ms)",
            "ours": f"{ours * 1000:.0f}",
            "baseline": f"{base * 1000:.0f}",
            "ratio": f"{ours / base:.2f}×",
            "baseline_is": "our own SQL, run through sqlite3",
        })
        ours, _ = _best(lambda: stats.pass_rates(s, by="township", year=2024))
        base, _ = _best(lambda: raw.execute(RAW_ONE_YEAR, ("2024",)).fetchall())
        results.append({
            "name": "pass rates by township, one year (ms)",
            "ours": f"{ours * 1000:.0f}",
            "baseline": f"{base * 1000:.0f}",
            "ratio": f"{ours / base:.2f}×",
            "baseline_is": "hand-written JOIN … GROUP BY through sqlite3",
        })
        ours, _ = _best(lambda: stats.failing_items(s))
        base, _ = _best(lambda: raw.execute(
            "SELECT c.failed_items FROM spot_check c JOIN spot_check_plan p ON p.id = c.plan_id "
            "WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND c.verdict IN ('fail', 'serious_fail') "
            "AND (c.retest_verdict IS NULL OR c.retest_verdict != 'pass') AND c.failed_items != ''").fetchall())
        results.append({
            "name": "failing items ranked, top 20 (ms)",
            "ours": f"{ours * 1000:.0f}",
            "baseline": f"{base * 1000:.0f}",
            "ratio": f"{ours / base:.2f}×",
            "baseline_is": "fetching the failing samples' item texts (no counting)",
        })
    raw.close()
    return results


if __name__ == "__main__":
    import sys
    import tempfile

    size = int(sys.argv[1]) if len(sys.argv) > 1 else CHECKS
    with tempfile.TemporaryDirectory(prefix="qs-bench-") as folder:
        for r in run(Path(folder), size):
            print(f"{r['name']:<52}{r['ours']:>8}{r['baseline']:>8}{r['ratio']:>8}  {r['baseline_is']}")
