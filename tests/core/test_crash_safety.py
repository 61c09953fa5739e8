"""Crash safety: a process saving enterprises and importing spreadsheets is SIGKILLed at 50 random points.

After each kill the file passes SQLite's integrity check and ``check-db``, every action the process
reported committed is there, and an action it had not finished is either wholly there or wholly absent
(never half an import). Backups cut short never look like backups.

The working processes are forked from a helper (a "zygote") that has imported the code once, so each
start costs milliseconds instead of a second of imports; two helpers run side by side.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise import backups
from qsupervise.models import Enterprise
from qsupervise.services.checks import check
from qsupervise.store import Store
from tests.core.json_pipe import JsonPipe

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
]

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
WORKERS = 2
SEED = 20260630
IMPORT_ROWS = 25

ZYGOTE = r'''
import json, os, random, shutil, sys
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook

from qsupervise.documents.enterprise_import import import_enterprises
from qsupervise.models import OrgUnit
from qsupervise.services import enterprises
from qsupervise.services.checks import check
from qsupervise.store import Store
from sqlmodel import select


def work(db, out, seed, steps=10_000, kinds=None):
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def say(*words):
        os.write(fd, (" ".join(str(w) for w in words) + "\n").encode("utf-8"))

    rng = random.Random(seed)
    store = Store.open(db)
    with store.read() as s:
        towns = [(u.id, u.name) for u in s.exec(select(OrgUnit).where(OrgUnit.kind == "township"))]
    saved = []
    say("ready")
    for i in range(steps):
        roll = rng.random() if kinds is None else kinds[i]
        if roll < 0.15:
            tag = f"S{seed}I{i}"
            book = Workbook()
            sheet = book.active
            sheet.append(["企业名称", "所属乡镇", "地址"])
            for k in range(ROWS):
                sheet.append([f"{tag}-{k}", rng.choice(towns)[1], f"导入路{k}号"])
            path = Path(out).with_name(f"{tag}.xlsx")
            book.save(path)
            say("begin import", tag, ROWS)
            import_enterprises(store, path, actor="cli")
            say("commit import", tag, ROWS)
        elif roll < 0.35 and saved:
            ent_id, data = rng.choice(saved)
            address = f"S{seed}A{i}"
            say("begin update", ent_id, address)
            with store.session() as s:
                enterprises.save(s, data=replace(data, address=address), enterprise_id=ent_id)
            say("commit update", ent_id, address)
        else:
            name = f"S{seed}E{i}"
            data = enterprises.EnterpriseInput(name=name, township_id=rng.choice(towns)[0])
            say("begin save", name)
            with store.session() as s:
                ent, _ = enterprises.save(s, data=data)
            saved.append((ent.id, data))
            say("commit save", name, ent.id)
    os.close(fd)
    store.close()


ROWS = int(sys.argv[1])
first = json.loads(sys.stdin.readline())
# Do each kind of work once on a scratch copy: every lazy import and cache is loaded before the forks.
scratch = Path(first["db"]).with_name("warm-up.db")
shutil.copy(first["db"], scratch)
work(str(scratch), str(scratch.with_suffix(".txt")), 0, steps=3, kinds=[0.5, 0.1, 0.2])
with Store.open(scratch) as warm:
    check(warm)
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work(job["db"], job["out"], job["seed"])
        except BaseException as exc:
            print(repr(exc), file=sys.stderr, flush=True)
            code = 3
        os._exit(code)
    print(json.dumps({"pid": pid}), flush=True)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"status": status}), flush=True)
'''


@dataclass
class Expected:
    """What the killed processes said, summed over the runs on one file."""

    saved: dict[str, str] = field(default_factory=dict)  # name -> id
    imports: dict[str, int] = field(default_factory=dict)  # tag -> rows
    addresses: dict[str, str] = field(default_factory=dict)  # id -> the address last committed
    pending: tuple[str, ...] | None = None  # begun, no commit line: the kill came in between

    def read(self, lines: list[str]) -> None:
        self.pending = None
        for line in lines:
            words = tuple(line.split(" "))
            if words[0] == "begin":
                self.pending = words[1:]
            elif words[0] == "commit":
                self.pending = None
                if words[1] == "save":
                    self.saved[words[2]] = words[3]
                elif words[1] == "import":
                    self.imports[words[2]] = int(words[3])
                elif words[1] == "update":
                    self.addresses[words[2]] = words[3]


class Zygote(JsonPipe):
    def __init__(self, template: Path) -> None:
        super().__init__([sys.executable, "-c", ZYGOTE, str(IMPORT_ROWS)], ROOT)
        self.send({"db": str(template)})
        assert self.receive() == {"ready": True}



def run_and_kill(zygote: Zygote, db: Path, out: Path, seed: int, delay: float) -> list[str]:
    out.unlink(missing_ok=True)
    zygote.send({"db": str(db), "out": str(out), "seed": seed})
    pid = zygote.receive()["pid"]
    assert isinstance(pid, int)
    started = time.monotonic()
    while not (out.exists() and out.read_bytes().startswith(b"ready\n")):  # the file is open: now the work
        assert time.monotonic() - started < 20, "the worker did not start"
        time.sleep(0.005)
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    status = zygote.receive()["status"]
    assert isinstance(status, int)
    assert os.WIFSIGNALED(status), f"the worker ended by itself ({status}): see its stderr"
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    complete = text.split("\n")[:-1]  # a line cut by the kill has no newline yet
    return complete


def verify(db: Path, expected: Expected) -> None:
    """The file is sound, holds what was committed, and the action cut short is all there or not at all."""
    with Store.open(db) as store:
        assert store.integrity_problems() == []
        report = check(store)
        assert report.problems == [], [p.message("en") for p in report.problems]
        with store.read() as s:
            rows = s.exec(select(Enterprise.name, Enterprise.id, Enterprise.address)).all()
    ids = {name: ent_id for name, ent_id, _address in rows}
    addresses = {ent_id: address for _name, ent_id, address in rows}

    def imported(tag: str) -> int:
        return sum(1 for name in ids if name.startswith(f"{tag}-"))

    if expected.pending is not None:  # settle it: from now on it is either committed or never was
        kind, *rest = expected.pending
        if kind == "save" and rest[0] in ids:
            expected.saved[rest[0]] = ids[rest[0]]
        elif kind == "import":
            found = imported(rest[0])
            assert found in (0, int(rest[1])), f"half an import visible: {found} of {rest[1]} rows"
            if found:
                expected.imports[rest[0]] = found
        elif kind == "update":
            assert addresses[rest[0]] in (expected.addresses.get(rest[0], ""), rest[1])
            expected.addresses[rest[0]] = addresses[rest[0]]
        expected.pending = None
    for name, ent_id in expected.saved.items():
        assert ids.get(name) == ent_id, f"committed save lost: {name}"
    for tag, count in expected.imports.items():
        assert imported(tag) == count, f"committed import {tag}: {imported(tag)} of {count} rows"
    for ent_id, address in expected.addresses.items():
        assert addresses[ent_id] == address, f"committed update of {ent_id} lost"
    strays = [n for n in ids if n not in expected.saved and n.split("-")[0] not in expected.imports]
    assert strays == [], f"rows of actions that never committed: {strays[:5]}"


def worker(index: int, template: Path, folder: Path, delays: list[float]) -> tuple[int, Counter[str]]:
    folder.mkdir()
    db = folder / "county.db"
    shutil.copy(template, db)
    zygote = Zygote(db)
    expected = Expected()
    cut: Counter[str] = Counter()  # what each kill interrupted
    try:
        for run, delay in enumerate(delays):
            seed = SEED + 1000 * index + run
            lines = run_and_kill(zygote, db, folder / "said.txt", seed, delay)
            expected.read(lines)
            cut[expected.pending[0] if expected.pending else "between"] += 1
            verify(db, expected)
    finally:
        zygote.close()
    for info in backups.listing(db):  # a backup cut short is never renamed to .db
        assert backups.problems_in(info.path) == [], info.path
    return len(expected.saved) + sum(expected.imports.values()), cut


@pytest.fixture
def delays() -> Iterator[list[float]]:
    rng = random.Random(SEED)
    return [rng.uniform(0.0, 0.5) for _ in range(KILLS)]


def test_killed_at_random_points_nothing_committed_is_lost(template_db: Path, tmp_path: Path,
                                                          delays: list[float]) -> None:
    shares = [delays[i::WORKERS] for i in range(WORKERS)]
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = [pool.submit(worker, i, template_db, tmp_path / f"w{i}", share) for i, share in enumerate(shares)]
        results = [f.result() for f in futures]
    assert sum(n for n, _cut in results) > KILLS  # the kills landed in real work, not all before the first commit
    cut = sum((c for _n, c in results), Counter())
    # the kills landed inside transactions, not only between them
    assert cut["import"] >= 2, cut
    assert cut["save"] + cut["update"] >= 1, cut
