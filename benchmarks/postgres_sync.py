"""The county merge of 20 township packages with the county on PostgreSQL (called by ``benchmarks.postgres``).

The packages are ``benchmarks.sync``'s (200,000 enterprises, five change records each, by default;
``QS_BENCH_PG_ENTERPRISES`` or ``--enterprises`` for a smaller run). The county is built on SQLite with its
townships enrolled, as there, then moved onto the server with ``migrate-store`` while still empty, twice: once
for our import, once as the raw baseline's empty copy of the schema (with the same org units and stations, so
its foreign keys hold). Figures:

* ours: ``exchange.import_packages`` of the 20 packages one after the other into the PostgreSQL county
  (``backup=False``);
* raw: the merged enterprise rows and change records, township by township (read from our county first, not
  timed), written with bare psycopg ``COPY … FROM STDIN`` into the empty copy, one transaction per township;
* the same merge into the SQLite county file, and ``benchmarks.sync.raw_merge`` against it, in the same run.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from benchmarks import sync
from benchmarks.postgres import _drop, _server
from qsupervise import store_move
from qsupervise.store import Store
from qsupervise.sync import exchange


def scale() -> int:
    return int(os.environ.get("QS_BENCH_PG_ENTERPRISES", str(sync.ENTERPRISES)))


def _merge(db: Path | str, packages: list[Path]) -> tuple[float, int, int]:
    """Import the packages one by one: (seconds, records, enterprises created)."""
    elapsed, records, created = 0.0, 0, 0
    with Store.open(db) as store:
        for path in packages:
            started = time.perf_counter()
            [done] = exchange.import_packages(store, [path], backup=False)
            elapsed += time.perf_counter() - started
            assert done.status == "imported", (done.status, done.error)
            summary = done.summary
            assert summary.errors + summary.pending + summary.conflicts == 0, summary
            records += summary.records_new
            created += summary.created
    return elapsed, records, created


def _columns(conn: Any, table: str) -> str:
    names = [r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND table_schema = 'public' "
        "AND column_name != 'rowid' ORDER BY ordinal_position", (table,))]
    return ", ".join(f'"{n}"' for n in names)


def raw_merge(county: str, target: str, stations: list[str]) -> float:
    """Each township's enterprise rows and change records COPY'd into ``target`` in one transaction (only the
    writes are timed; the rows are read from ``county`` in COPY's text format just before)."""
    import psycopg

    elapsed = 0.0
    with psycopg.connect(county) as src, psycopg.connect(target) as dst:
        for station in stations:
            blocks: dict[str, list[bytes]] = {}
            for table, column in (("enterprise", "origin_station"), ("change_log", "station_id")):
                columns = _columns(src, table)
                order = " ORDER BY seq" if table == "change_log" else ""
                with src.cursor().copy(f"COPY (SELECT {columns} FROM {table} WHERE {column} = %s{order}) TO STDOUT",
                                       (station,)) as out:
                    blocks[table] = [bytes(b) for b in out]
            started = time.perf_counter()
            for table, data in blocks.items():
                with dst.cursor().copy(f"COPY {table} ({_columns(dst, table)}) FROM STDIN") as into:
                    for block in data:
                        into.write(block)
            dst.commit()
            elapsed += time.perf_counter() - started
    return elapsed


def run(tmp: Path, enterprises: int | None = None, towns: int = sync.TOWNSHIPS) -> list[dict[str, object]]:
    enterprises = enterprises or scale()
    folder = tmp / "pg-sync"
    world = sync.build(folder, enterprises, towns, tmp)
    packages: list[Path] = world["packages"]
    big = world["townships"][0]
    with Store.open(big["db"]) as store:  # build() leaves the first township's package to its caller
        exchange.export_package(store, packages[0], key_dir=big["keys"])
    big["db"].unlink()
    stations = [t["station"] for t in world["townships"]]
    county = _server("qs_bench_sync_county")
    copy = _server("qs_bench_sync_raw")
    try:
        store_move.move(world["county"], county)  # both while the county is still empty
        store_move.move(world["county"], copy)
        lite, records, created = _merge(world["county"], packages)
        lite_raw = sync.raw_merge(world["county"], folder / "raw-merge.db", stations)
        (folder / "raw-merge.db").unlink()
        ours, pg_records, pg_created = _merge(county, packages)
        assert (pg_records, pg_created) == (records, created), (pg_records, pg_created, records, created)
        assert created >= enterprises, created
        base = raw_merge(county, copy, stations)
    finally:
        _drop(county)
        _drop(copy)
    print(f"pg sync: {towns} townships, {enterprises:,} enterprises ({world['built']:.0f} s to build); merge of "
          f"{records:,} records ({created:,} rows): PostgreSQL {ours:.1f} s (raw COPY {base:.1f} s), SQLite "
          f"{lite:.1f} s (raw {lite_raw:.1f} s)")
    label = f"county merge of {towns} packages, {records / 1e6:.2f}M records"
    return [
        {"name": f"pg {label} (s; SQLite {lite:.1f})", "ours": f"{ours:.1f}", "baseline": f"{base:.1f}",
         "ratio": f"{ours / base:.1f}×",
         "baseline_is": "bare psycopg COPY of the same enterprise rows + change records, empty schema copy"},
        {"name": f"sqlite {label}, same run (s)", "ours": f"{lite:.1f}", "baseline": f"{lite_raw:.1f}",
         "ratio": f"{lite / lite_raw:.1f}×",
         "baseline_is": "sqlite3 executemany of the same enterprise rows + change records, empty schema copy"},
    ]


if __name__ == "__main__":
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="benchmarks.postgres_sync")
    parser.add_argument("--enterprises", type=int, default=None, help="default QS_BENCH_PG_ENTERPRISES or 200,000")
    parser.add_argument("--townships", type=int, default=sync.TOWNSHIPS)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qs-bench-pg-sync-") as directory:
        os.environ["QS_DATA_DIR"] = str(Path(directory) / "userdata")
        for r in run(Path(directory), options.enterprises, options.townships):
            print(r)
