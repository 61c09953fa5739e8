"""Killing the process during a package import (issue 8): a child importing a 3,000-enterprise township package
into a copy of the county's database is SIGKILLed at 24 random moments. Each time the file passes
``integrity_check`` and ``check-db``, and holds the package wholly or not at all (change log, rows, watermarks and
the ``sync_package`` row together); the lock the dead child held does not stop the next program; importing the
package again then succeeds and gives exactly the state of an import never interrupted.

The children are forked from a helper that has imported the code and done the import twice already
(``tests/core/sync_kill_child.py``, the approach of test_crash_safety.py); two helpers run side by side.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from qsupervise import changelog, db_lock
from qsupervise.models import Enterprise
from qsupervise.services.checks import check
from qsupervise.store import Store
from qsupervise.sync import exchange
from tests.core.json_pipe import JsonPipe
from tests.core.sync_tools import counts
from tests.core.sync_world import COUNTY, World

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
]

ROOT = Path(__file__).resolve().parents[2]
KILLS = 24
WORKERS = 2
SEED = 20260808
FIRMS = 3000


@dataclass(frozen=True)
class Setup:
    county: Path  # the county's database before the import
    package: Path
    records: int  # change records in the package
    before: dict[str, int]  # counts() of the county before and after an import never interrupted
    after: dict[str, int]
    rows_after: list[tuple[object, ...]]  # the enterprise rows after it (without updated_at)


def enterprise_rows(db: Path) -> list[tuple[object, ...]]:
    columns = ", ".join(c.name for c in Enterprise.__table__.c if c.name != "updated_at")  # type: ignore[attr-defined]
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(f"SELECT {columns} FROM enterprise").fetchall())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    """甲镇 registers 3,000 enterprises in bulk and corrects two fields of each (9,000 records), then exports."""
    folder = tmp_path_factory.mktemp("kill")
    world = World.make(folder / "world", ["甲镇"])
    table = Enterprise.__table__  # type: ignore[attr-defined]
    with world.open("甲镇") as store:
        with store.session() as s:
            ctx: changelog.WriteContext = s.info["write_context"]
            rows = [changelog.stamp(ctx, {"name": f"甲镇企业{i:05d}", "township_id": world.units["甲镇"],
                                          "address": f"老街{i}号", "kind": "enterprise", "uscc": None,
                                          "deleted_at": None}) for i in range(FIRMS)]
            changelog.bulk_insert(s.connection(), ctx, table, rows)
        with store.session() as s:
            changelog.bulk_update_rows(s.connection(), s.info["write_context"], table, [
                (r["id"], {"address": f"新街{i}号", "contact_phone": f"138{i:08d}"}) for i, r in enumerate(rows)])
    pkg = world.export("甲镇", folder / "甲镇.qsp")
    reference = folder / "reference.db"
    shutil.copy(world.dbs[COUNTY], reference)
    with Store.open(reference) as store:
        [done] = exchange.import_packages(store, [pkg], backup=False)
    assert done.status == "imported"
    assert done.summary.created == FIRMS
    return Setup(world.dbs[COUNTY], pkg, done.summary.records_new, counts(world.dbs[COUNTY]), counts(reference),
                 enterprise_rows(reference))


class Helper(JsonPipe):
    def __init__(self, setup: Setup, scratch: Path) -> None:
        scratch.mkdir()
        self.temp = scratch / "temp"  # where a killed child leaves its copy of the payload (qsp-payload-*)
        self.temp.mkdir()
        super().__init__([sys.executable, "-m", "tests.core.sync_kill_child"], ROOT,
                         env={**os.environ, "TMPDIR": str(self.temp)})
        shutil.copy(setup.county, scratch / "county.db")
        self.send({"db": str(scratch / "county.db"), "package": str(setup.package)})
        answer = self.receive()
        assert answer["ready"] is True
        self.seconds = float(answer["seconds"])  # type: ignore[arg-type]



def run_and_kill(helper: Helper, db: Path, package: Path, out: Path, delay: float) -> list[str]:
    """Start an import of ``package`` into ``db``, SIGKILL it ``delay`` seconds after it opened the file."""
    out.unlink(missing_ok=True)
    helper.send({"db": str(db), "package": str(package), "out": str(out)})
    pid = helper.receive()["pid"]
    assert isinstance(pid, int)
    started = time.monotonic()
    while not (out.exists() and out.read_bytes().startswith(b"ready\n")):
        assert time.monotonic() - started < 20, "the child did not start"
        time.sleep(0.002)
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    status = helper.receive()["status"]
    assert isinstance(status, int)
    assert os.WIFSIGNALED(status), f"the child ended by itself ({status}): see its stderr"
    return out.read_text(encoding="utf-8").split("\n")[:-1]  # a line cut by the kill has no newline yet


def verify(setup: Setup, db: Path, phase: str) -> str:
    """The database after a kill: sound, all of the package or none of it; importing again completes it."""
    conn = sqlite3.connect(db)  # recovers the write-ahead log the dead child left
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    found = counts(db)
    assert found in (setup.before, setup.after), f"killed while {phase}: half a package? {found}"
    present = found == setup.after
    assert present == (found["sync_package"] == setup.before["sync_package"] + 1)
    assert present == (found["change_log"] == setup.before["change_log"] + setup.records)
    if phase in ("ready", "merging"):  # after "merged" the commit may or may not have happened
        assert not present, f"killed while {phase}, before the commit, yet the package is there"
    if phase == "done":
        assert present, "the import reported done, yet the package is not there"
    assert db_lock.lock_path(db).exists()  # the dead child's lock file stays; the OS released its lock
    with Store.open(db) as store:
        report = check(store)
        assert report.problems == [], [p.message("en") for p in report.problems]
        [again] = exchange.import_packages(store, [setup.package], backup=False)
    assert again.status == ("already" if present else "imported"), again.error
    assert counts(db) == setup.after
    assert enterprise_rows(db) == setup.rows_after
    return "with" if present else "without"


def worker(setup: Setup, folder: Path, fractions: list[float]) -> tuple[Counter[str], float, int]:
    folder.mkdir()
    helper = Helper(setup, folder / "scratch")
    seen: Counter[str] = Counter()
    try:
        for run, fraction in enumerate(fractions):
            db = folder / f"county-{run}.db"  # a new file each time: check-db remembers each file's audit chain
            shutil.copy(setup.county, db)
            lines = run_and_kill(helper, db, setup.package, folder / f"said-{run}.txt", fraction * helper.seconds)
            phase = lines[-1].split(" ")[0] if lines else "starting"
            outcome = verify(setup, db, phase)
            seen[f"{phase}:{outcome}"] += 1
    finally:
        helper.close()
    return seen, helper.seconds, len(list(helper.temp.iterdir()))


def test_killed_during_an_import_the_package_is_all_there_or_not_at_all(setup: Setup, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    fractions = [rng.uniform(0.0, 1.25) for _ in range(KILLS)]  # of an uninterrupted import's duration
    shares = [fractions[i::WORKERS] for i in range(WORKERS)]
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = [pool.submit(worker, setup, tmp_path / f"w{i}", share) for i, share in enumerate(shares)]
        results = [f.result() for f in futures]
    seen = sum((c for c, _s, _t in results), Counter())
    print(f"\nkills by phase:outcome: {dict(seen)}; an import takes {[round(s, 2) for _c, s, _t in results]} s; "
          f"payload copies left in the temporary folder by killed children: {sum(t for *_x, t in results)}")
    assert sum(seen.values()) == KILLS
    assert sum(v for k, v in seen.items() if k.startswith("merging")) >= 5, "too few kills inside the merge"
    assert sum(v for k, v in seen.items() if k.endswith(":without")) >= KILLS // 2
