"""Sync (issue 8): a county merging 20 township packages (200,000 enterprises, 1,000,000 change records) and the
export of a 20,000-enterprise township's package, each against raw sqlite3 doing the same writes.

The fixture: a county and 20 enrolled townships, built like ``tests/core/sync_world.py`` (``add_station`` →
enrolment file → ``init_from_enrollment``, each station with its own key folder). Each township registers its
enterprises with ``changelog.bulk_insert`` (one insert record each) and then corrects four fields of every one
with ``changelog.bulk_update_rows`` (four update records each): five records per enterprise. The first township
has 20,000 enterprises, the other 19 share 180,000. The townships are filled in two worker processes; generation
time is not a figure.

* merge: ``exchange.import_packages`` of the 20 packages one after the other into the county (``backup=False``;
  the backup a next import would make first is timed on its own) against inserting the same enterprise rows and
  the same change records with sqlite3 executemany into an empty copy of the county's schema, one transaction
  per township (WAL, synchronous=FULL like the application; foreign keys off: the copy has no org units).
* export: ``exchange.export_package`` of the 20,000-enterprise township against copying its change records with
  sqlite3 into a new file of the payload's table and hashing that file.
* return: the county's return package for that township (every other station's records, about 900,000) imported
  there, in a process of its own (its peak RSS is the figure: a million records must not need a gigabyte), against
  inserting the same enterprise rows and change records into a copy of the township's database with sqlite3.
"""

from __future__ import annotations

import hashlib
import os
import resource
import sqlite3
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

TOWNSHIPS = 20
ENTERPRISES = 200_000
BIG = 20_000  # the first township's enterprises (the export figure)
CHUNK = 5_000
STREETS = ("建设路", "人民路", "解放路", "工业园路", "滨河路", "新华街", "文化路", "长江大道")
WORDS = ("食品", "机械", "五金", "建材", "纺织", "电子", "塑料", "包装", "化工", "家具")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"
GIVEN = ("建国", "秀英", "志强", "丽娟", "海燕", "国华", "晓东", "春梅", "红梅", "卫东")


def sizes(total: int = ENTERPRISES, towns: int = TOWNSHIPS, big: int = BIG) -> list[int]:
    """Enterprises per township: the first ``big``, the rest shared evenly."""
    rest, extra = divmod(total - big, towns - 1)
    return [big] + [rest + (1 if i < extra else 0) for i in range(towns - 1)]


# -- the fixture ---------------------------------------------------------------------------------------------


def make_world(folder: Path, towns: int) -> dict[str, Any]:
    """The county and its enrolled townships (empty); what each worker needs to fill one."""
    from qsupervise.services import setup
    from qsupervise.store import Store
    from qsupervise.sync import stations

    county = folder / "county.db"
    county_keys = folder / "keys-county"
    with Store.open(county, create=True) as store, store.session() as s:
        setup.initialise(s, role="county", name="基准县", area_code="420999")
        stations.local_key(s, key_dir=county_keys)
    found: list[dict[str, Any]] = []
    with Store.open(county) as store:
        for n in range(towns):
            name = f"第{n + 1:02d}镇"
            enroll = folder / f"t{n:02d}.enroll"
            with store.session() as s:
                station, document = stations.add_station(s, name=name, key_dir=county_keys)
                stations.write_enrollment(enroll, document)
                found.append({"name": name, "db": folder / f"t{n:02d}.db", "keys": folder / f"keys-t{n:02d}",
                              "unit": station.org_unit_id, "station": station.id, "enroll": enroll})
    return {"county": county, "county_keys": county_keys, "townships": found}


def fill_township(town: dict[str, Any], enterprises: int, seed: int, export_to: Path | None) -> float:
    """Set up the township from its enrolment file, register and correct its enterprises in bulk, and (when
    ``export_to``) write its package; returns the seconds the export took."""
    import random

    from qsupervise import changelog
    from qsupervise.models import Enterprise
    from qsupervise.store import Store
    from qsupervise.sync import exchange, stations

    table = Enterprise.__table__  # type: ignore[attr-defined]
    rng = random.Random(seed)
    with Store.open(town["db"], create=True) as store:
        with store.session() as s:
            stations.init_from_enrollment(s, stations.read_enrollment(town["enroll"]), key_dir=town["keys"])
        done = 0
        while done < enterprises:
            n = min(CHUNK, enterprises - done)
            with store.session() as s:
                ctx: changelog.WriteContext = s.info["write_context"]
                conn = s.connection()
                rows = [changelog.stamp(ctx, _enterprise(rng, town, done + i)) for i in range(n)]
                changelog.bulk_insert(conn, ctx, table, rows)
            with store.session() as s:  # the field work: every enterprise corrected, later
                ctx = s.info["write_context"]
                changelog.bulk_update_rows(s.connection(), ctx, table, [(r["id"], _corrections(rng, town))
                                                                        for r in rows])
            done += n
        if export_to is None:
            return 0.0
        started = time.perf_counter()
        exchange.export_package(store, export_to, key_dir=town["keys"])
        return time.perf_counter() - started


def _enterprise(rng: Any, town: dict[str, Any], i: int) -> dict[str, Any]:
    person = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return {"name": f"{town['name']}{rng.choice(WORDS)}厂{i:05d}", "uscc": None, "township_id": town["unit"],
            "address": f"{town['name']}{rng.choice(STREETS)}{rng.randint(1, 399)}号", "legal_rep": person,
            "kind": "enterprise", "industry_code": "C1391", "contact_name": person,
            "contact_phone": f"13{rng.randint(0, 999_999_999):09d}", "founded_on": "2015-03-01", "deleted_at": None}


def _corrections(rng: Any, town: dict[str, Any]) -> dict[str, Any]:
    person = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return {"address": f"{town['name']}{rng.choice(STREETS)}{rng.randint(400, 999)}号", "contact_name": person,
            "contact_phone": f"15{rng.randint(0, 999_999_999):09d}", "legal_rep": person}


def _fill_job(args: tuple[dict[str, Any], int, int, Path | None, str]) -> float:
    town, enterprises, seed, export_to, data_dir = args
    os.environ["QS_DATA_DIR"] = data_dir
    return fill_township(town, enterprises, seed, export_to)


# -- raw baselines -------------------------------------------------------------------------------------------


def copy_schema(source: Path, dest: Path) -> None:
    src = sqlite3.connect(source)
    ddl = [r[0] for r in src.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
                                     " ORDER BY type = 'trigger'")]
    src.close()
    dst = sqlite3.connect(dest)
    dst.execute("PRAGMA journal_mode=WAL")
    for statement in ddl:
        dst.execute(statement)
    dst.commit()
    dst.close()


def raw_merge(county: Path, dest: Path, station_ids: list[str]) -> float:
    """The merged enterprise rows and change records, township by township, inserted with executemany (only the
    inserts are timed; each township's rows are read from the county just before)."""
    copy_schema(county, dest)
    src = sqlite3.connect(county)
    conn = sqlite3.connect(dest, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA synchronous=FULL")
    elapsed = 0.0
    for station in station_ids:
        firms = src.execute("SELECT * FROM enterprise WHERE origin_station = ?", (station,)).fetchall()
        changes = src.execute("SELECT * FROM change_log WHERE station_id = ? ORDER BY seq", (station,)).fetchall()
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO enterprise VALUES ({','.join('?' * len(firms[0]))})", firms)
        conn.executemany(f"INSERT INTO change_log VALUES ({','.join('?' * len(changes[0]))})", changes)
        conn.execute("COMMIT")
        elapsed += time.perf_counter() - started
    conn.close()
    src.close()
    return elapsed


def raw_export(township: Path, station: str, dest: Path) -> float:
    """The township's own change records copied into a new file's ``change_log``, then the file hashed."""
    from qsupervise.sync import payload

    started = time.perf_counter()
    src = sqlite3.connect(township)
    out = sqlite3.connect(dest, isolation_level=None)
    out.executescript(payload.SCHEMA)
    out.execute("BEGIN")
    cursor = src.execute(f"SELECT {', '.join(payload.CHANGE_COLUMNS)} FROM change_log WHERE station_id = ? "
                         "ORDER BY seq", (station,))
    while rows := cursor.fetchmany(payload.BATCH):
        out.executemany(f"INSERT INTO change_log VALUES ({','.join('?' * len(payload.CHANGE_COLUMNS))})", rows)
    out.execute("COMMIT")
    out.close()
    src.close()
    digest = hashlib.sha256()
    with dest.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return time.perf_counter() - started


def raw_return(county: Path, township: Path, station: str, batch: int = 100_000) -> float:
    """The rows and records a return package brings, inserted into (a copy of) the township in one transaction
    (read from the county a batch at a time; only the inserts are timed)."""
    src = sqlite3.connect(county)
    conn = sqlite3.connect(township, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")  # the other townships' org units come with the merge, not here
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN IMMEDIATE")
    elapsed = 0.0
    for table, order in (("enterprise", "rowid"), ("change_log", "station_id, seq")):
        column = "origin_station" if table == "enterprise" else "station_id"
        cursor = src.execute(f"SELECT * FROM {table} WHERE {column} != ? ORDER BY {order}", (station,))
        while rows := cursor.fetchmany(batch):
            started = time.perf_counter()
            conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
            elapsed += time.perf_counter() - started
    started = time.perf_counter()
    conn.execute("COMMIT")
    elapsed += time.perf_counter() - started
    conn.close()
    src.close()
    return elapsed


def _import_job(args: tuple[Path, Path, str]) -> tuple[float, float, int]:
    """Import one package in this (fresh) process: (seconds, peak RSS in MB, records added)."""
    db, path, data_dir = args
    os.environ["QS_DATA_DIR"] = data_dir
    from qsupervise.store import Store
    from qsupervise.sync import exchange

    with Store.open(db) as store:
        started = time.perf_counter()
        [done] = exchange.import_packages(store, [path], backup=False)
        elapsed = time.perf_counter() - started
    assert done.status == "imported", (done.status, done.error)
    return elapsed, _rss_mb(), done.summary.records_new


def _rss_mb() -> float:
    """This process's peak resident memory (VmHWM: ``ru_maxrss`` of a spawned child starts at its parent's)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the run -------------------------------------------------------------------------------------------------


def build(folder: Path, enterprises: int, towns: int, tmp: Path) -> dict[str, Any]:
    """The county (empty, its townships enrolled) and every township's package in ``folder/packages``; the
    world of :func:`make_world` plus ``counts``, ``packages``, ``built`` (seconds) and ``data_dir``. Only the first
    township's database is kept (its package is left to be exported by the caller)."""
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    world = make_world(folder, towns)
    counts = sizes(enterprises, towns, min(BIG, enterprises // towns * 2))
    outbox = folder / "packages"
    outbox.mkdir(exist_ok=True)
    packages = [outbox / f"t{n:02d}.qsp" for n in range(towns)]
    data_dir = os.environ.get("QS_DATA_DIR", str(tmp / "userdata"))
    jobs = [(t, counts[n], n + 1, packages[n] if n else None, data_dir) for n, t in enumerate(world["townships"])]
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        list(pool.map(_fill_job, jobs))
    for town in world["townships"][1:]:  # their packages are written; the files would only take disk space
        town["db"].unlink()
    world.update(counts=counts, packages=packages, built=time.perf_counter() - started, data_dir=data_dir)
    return world



def run(tmp: Path, enterprises: int = ENTERPRISES, towns: int = TOWNSHIPS,
        profile: Path | None = None) -> list[dict[str, object]]:
    from qsupervise import backups
    from qsupervise.store import Store
    from qsupervise.sync import exchange

    folder = tmp / "sync"
    world = build(folder, enterprises, towns, tmp)
    counts, packages, built, data_dir = world["counts"], world["packages"], world["built"], world["data_dir"]
    outbox = folder / "packages"
    big = world["townships"][0]
    # (b) the export of the big township, ours then raw (both warm: the generation just wrote the file)
    with Store.open(big["db"]) as store:
        started = time.perf_counter()
        result = exchange.export_package(store, packages[0], key_dir=big["keys"])
        ours_export = time.perf_counter() - started
    base_export = raw_export(big["db"], big["station"], folder / "raw-export.sqlite")
    # (a) the county merges the 20 packages
    rss_before = _rss_mb()
    per_package: list[float] = []
    summaries: list[Any] = []
    with Store.open(world["county"]) as store:
        profiler = None
        if profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        for path in packages:
            t0 = time.perf_counter()
            [done] = exchange.import_packages(store, [path], backup=False)
            per_package.append(time.perf_counter() - t0)
            assert done.status == "imported", (done.status, done.error)
            summaries.append(done.summary)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
        t0 = time.perf_counter()
        backups.before_package_import(store).unlink()
        backup = time.perf_counter() - t0
    ours_merge = sum(per_package)
    rss_after = _rss_mb()
    created = sum(s.created for s in summaries)
    records = sum(s.records_new for s in summaries)
    assert created >= enterprises, summaries
    assert sum(s.errors + s.pending + s.conflicts for s in summaries) == 0, summaries
    base_merge = raw_merge(world["county"], folder / "raw-merge.db", [t["station"] for t in world["townships"]])
    (folder / "raw-merge.db").unlink()
    # (c) the county's return package for the big township, imported there in a process of its own
    back = outbox / "return-t00.qsp"
    with Store.open(world["county"]) as store:
        started = time.perf_counter()
        returned = exchange.export_package(store, back, station=big["station"], key_dir=world["county_keys"])
        return_export = time.perf_counter() - started
    raw_copy = folder / "raw-return.db"
    with sqlite3.connect(big["db"]) as src, sqlite3.connect(raw_copy) as dst:
        src.backup(dst)  # the township as it was before the import
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        ours_return, return_rss, return_records = pool.submit(_import_job, (big["db"], back, data_dir)).result()
    base_return = raw_return(world["county"], raw_copy, big["station"])
    print(f"sync: {towns} townships, {enterprises:,} enterprises built in {built:.0f} s; merge of {records:,} records "
          f"({created:,} rows) {ours_merge:.1f} s (raw {base_merge:.1f} s; first package {per_package[0]:.2f} s, "
          f"last {per_package[-1]:.2f} s; peak RSS {rss_before:.0f} → {rss_after:.0f} MB), backup before the next "
          f"import {backup:.1f} s; export of {counts[0]:,} enterprises ({result.changes:,} records, "
          f"{result.size / 1e6:.1f} MB) {ours_export:.2f} s (raw {base_export:.2f} s); return package "
          f"({returned.changes:,} records, {returned.size / 1e6:.0f} MB) exported in {return_export:.1f} s, "
          f"imported in {ours_return:.1f} s (raw {base_return:.1f} s), peak RSS {return_rss:.0f} MB")
    assert return_records == returned.changes
    return [
        {
            "name": f"county merge of {towns} packages, {records / 1e6:.1f}M records (s)",
            "ours": f"{ours_merge:.1f}",
            "baseline": f"{base_merge:.1f}",
            "ratio": f"{ours_merge / base_merge:.1f}×",
            "baseline_is": "sqlite3 executemany of the same enterprise rows + change records, empty schema copy",
        },
        {
            "name": f"export a {counts[0] // 1000}k-enterprise township's package (s)",
            "ours": f"{ours_export:.2f}",
            "baseline": f"{base_export:.2f}",
            "ratio": f"{ours_export / base_export:.1f}×",
            "baseline_is": "sqlite3 copy of its change records to a new file + SHA-256 of the file",
        },
        {
            "name": f"import the return package there, {returned.changes / 1e6:.1f}M records (s)",
            "ours": f"{ours_return:.1f}",
            "baseline": f"{base_return:.1f}",
            "ratio": f"{ours_return / base_return:.1f}×",
            "baseline_is": "sqlite3 executemany of the same enterprise rows + change records into the township",
        },
        {
            "name": "peak RSS importing that return package (MB)",
            "ours": f"{return_rss:.0f}",
            "baseline": "1024",
            "ratio": f"{return_rss / 1024:.2f}×",
            "baseline_is": "the limit: 1 GB for a million records",
        },
        {
            "name": "backup before a package import, county of 1M records (s)",
            "ours": f"{backup:.1f}",
            "baseline": f"{ours_merge:.1f}",
            "ratio": f"{backup / ours_merge:.2f}×",
            "baseline_is": "the merge of the 20 packages itself (what the backup adds)",
        },
    ]


if __name__ == "__main__":
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="benchmarks.sync")
    parser.add_argument("--enterprises", type=int, default=ENTERPRISES)
    parser.add_argument("--townships", type=int, default=TOWNSHIPS)
    parser.add_argument("--profile", type=Path, default=None, help="write the merge's cProfile stats here")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qs-bench-sync-") as directory:
        os.environ["QS_DATA_DIR"] = str(Path(directory) / "userdata")
        for r in run(Path(directory), options.enterprises, options.townships, options.profile):
            print(r)
