"""The county hub on PostgreSQL (run only when ``QS_TEST_PG`` names a test server's maintenance database).

* registry search over the 200k-enterprise demo county moved onto the server with ``migrate-store``: our
  ``registry.find`` on PostgreSQL (pg_trgm index) next to the same on the SQLite file, against the same statement sent
  through bare psycopg;
* bulk insert of 50,000 enterprises through ``changelog.bulk_insert`` (rows, search keys and change records:
  ``COPY``) against psycopg's ``executemany`` of the bare rows, and against a bare ``COPY`` of them;
* ``migrate-store`` of the whole county, against a bare ``COPY`` of the enterprise table alone;
* the county merge of ``benchmarks.sync``'s 20 township packages into a PostgreSQL county, against a bare
  ``COPY`` of the same rows and records, next to the SQLite figure (``benchmarks.postgres_sync``;
  ``QS_BENCH_PG_ENTERPRISES`` for a smaller scale).
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.search import _percentiles, _queries
from qsupervise import changelog, store_move
from qsupervise.demo import generate
from qsupervise.models import Enterprise, OrgKind, OrgUnit, utcnow
from qsupervise.services import registry
from qsupervise.store import Store

ENTERPRISES = 200_000
BULK = 50_000


def _server(name: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    maintenance = os.environ["QS_TEST_PG"]
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(maintenance).set(database=name).render_as_string(hide_password=False)


def _drop(url: str) -> None:
    import psycopg

    with psycopg.connect(os.environ["QS_TEST_PG"], autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def _demo(tmp: Path) -> Path:
    import sqlite3

    path = tmp / "demo.db"
    if path.exists():
        with sqlite3.connect(path) as conn:
            if conn.execute("SELECT count(*) FROM enterprise").fetchone()[0] == ENTERPRISES:
                return path
        path = tmp / "postgres-demo.db"
    with Store.open(path, create=True) as store:
        generate(store, enterprises=ENTERPRISES, seed=7)
    return path


def _sent(store: Store, session: Any, words: str) -> tuple[str, Any]:
    """The statement ``registry.find`` sends the server for ``words``, as the driver gets it."""
    from sqlalchemy import event

    sent: list[tuple[str, Any]] = []

    def keep(_c: Any, _cur: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        registry.find(session, registry.Query(text=words))
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    return sent[-1]


def _search(db: Path, url: str) -> list[dict[str, object]]:
    import psycopg

    results: list[dict[str, object]] = []
    plans = "-c plan_cache_mode=force_custom_plan"  # as the program's sessions plan (dialect.server_engine)
    with Store.open(url) as server, Store.open(db) as lite, psycopg.connect(url, options=plans) as raw:
        with server.read() as s, lite.read() as f:
            for label, queries in _queries(db).items():
                ours, base, file = [], [], []
                for q in queries:
                    started = time.perf_counter()
                    registry.find(s, registry.Query(text=q))
                    ours.append(time.perf_counter() - started)
                    sql, params = _sent(server, s, q)
                    started = time.perf_counter()
                    raw.execute(sql, params).fetchall()
                    base.append(time.perf_counter() - started)
                    started = time.perf_counter()
                    registry.find(f, registry.Query(text=q))
                    file.append(time.perf_counter() - started)
                o50, o95 = _percentiles(ours)
                b50, b95 = _percentiles(base)
                f50, f95 = _percentiles(file)
                results.append({
                    "name": f"pg search p50/p95 ms: {label} (SQLite {f50:.0f}/{f95:.0f})",
                    "ours": f"{o50:.0f}/{o95:.0f}", "baseline": f"{b50:.0f}/{b95:.0f}",
                    "ratio": f"{o95 / b95:.1f}×", "baseline_is": "bare psycopg, the same statement, ids only",
                })
    return results


def _rows(town: str, n: int) -> list[dict[str, Any]]:
    now = utcnow()
    return [{"id": str(uuid.uuid4()), "created_at": now, "updated_at": now, "created_by": "bench",
             "origin_station": "bench", "name": f"压测企业{i:06d}有限公司", "uscc": None, "township_id": town,
             "industry_code": "C13", "kind": "enterprise", "scale": "below"} for i in range(n)]


def _bulk(url: str) -> list[dict[str, object]]:
    import psycopg

    table = Enterprise.__table__  # type: ignore[attr-defined]
    with Store.open(url, create=True) as store:
        from qsupervise.services import setup

        with store.session() as s:
            setup.initialise(s, role="county", name="压测县", townships=["城关镇"])
        with store.read() as s:
            town = next(u.id for u in s.query(OrgUnit).filter(OrgUnit.kind == OrgKind.TOWNSHIP))
        rows = _rows(town, BULK)
        started = time.perf_counter()
        with store.session() as s:
            ctx = s.info["write_context"]
            changelog.bulk_insert(s.connection(), ctx, table, [dict(r) for r in rows])
        ours = time.perf_counter() - started
    names = [c.name for c in table.c]

    def bare_rows() -> list[tuple[Any, ...]]:  # the same complete rows (defaults, search key), new ids
        made = _rows(town, BULK)
        changelog.complete(table, made)
        for row in made:
            changelog.derive(Enterprise, row)
        return [tuple(r[n] for n in names) for r in made]

    columns = ", ".join(f'"{n}"' for n in names)
    fresh = bare_rows()
    with psycopg.connect(url) as raw:
        started = time.perf_counter()
        with raw.cursor() as cur:
            cur.executemany(f"INSERT INTO enterprise ({columns}) VALUES ({', '.join(['%s'] * len(names))})", fresh)
        raw.commit()
        many = time.perf_counter() - started
        fresh = bare_rows()
        started = time.perf_counter()
        with raw.cursor() as cur, cur.copy(f"COPY enterprise ({columns}) FROM STDIN") as copy:
            for row in fresh:
                copy.write_row(row)
        raw.commit()
        copied = time.perf_counter() - started
    per = BULK / 1000
    return [
        {"name": f"pg bulk insert {BULK:,} enterprises + change log (s)", "ours": f"{ours:.2f}",
         "baseline": f"{many:.2f}", "ratio": f"{ours / many:.1f}×",
         "baseline_is": f"bare psycopg executemany, rows only ({per:.0f}k)"},
        {"name": f"pg bulk insert {BULK:,} enterprises + change log (s)", "ours": f"{ours:.2f}",
         "baseline": f"{copied:.2f}", "ratio": f"{ours / copied:.1f}×", "baseline_is": "bare psycopg COPY, rows only"},
    ]


def _move(db: Path, url: str) -> list[dict[str, object]]:
    import psycopg

    started = time.perf_counter()
    moved = store_move.move(db, url)
    ours = time.perf_counter() - started
    target = _server("qs_bench_copy")
    try:
        with psycopg.connect(url) as src, psycopg.connect(target) as dst:
            columns = [r[0] for r in src.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'enterprise' "
                "AND column_name != 'rowid' ORDER BY ordinal_position")]
            dst.execute("CREATE TABLE enterprise (" + ", ".join(f'"{c}" text' for c in columns) + ")")
            started = time.perf_counter()
            with src.cursor().copy(f"COPY enterprise ({', '.join(columns)}) TO STDOUT") as out, \
                    dst.cursor().copy(f"COPY enterprise ({', '.join(columns)}) FROM STDIN") as into:
                for block in out:
                    into.write(block)
            dst.commit()
            bare = time.perf_counter() - started
    finally:
        _drop(target)
    return [{"name": f"migrate-store: {moved.rows:,} rows in {len(moved.counts)} tables (s)",
             "ours": f"{ours:.1f}", "baseline": f"{bare:.1f}", "ratio": f"{ours / bare:.0f}×",
             "baseline_is": f"bare COPY server→server of enterprise alone ({moved.counts['enterprise']:,})"}]


def run(tmp: Path) -> list[dict[str, object]]:
    db = _demo(tmp)
    county = _server("qs_bench_county")
    bulk = _server("qs_bench_bulk")
    try:
        results = _move(db, county)
        results += _search(db, county)
        results += _bulk(bulk)
    finally:
        _drop(county)
        _drop(bulk)
    from benchmarks import postgres_sync  # the county merge of 20 township packages on the server

    results += postgres_sync.run(tmp)
    return results
