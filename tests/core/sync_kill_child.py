"""Helper process of test_sync_kill: imports sync packages into databases, one forked child per job, so that the
test can SIGKILL each child at a random moment of its import.

Run as ``python -m tests.core.sync_kill_child`` from the project folder. Reads one JSON job per line on stdin:

* the first, ``{"db", "package"}``: a warm-up (two imports on scratch copies, every lazy import and cache loaded
  before the forks); answers ``{"ready": true, "seconds": <duration of the second import>}``;
* then ``{"db", "package", "out"}``: forks a child that opens ``db``, writes ``ready`` to ``out``, imports the
  package, writing ``merging`` / ``merged`` around the merge and ``done <status>`` after the commit, then waits to
  be killed; answers ``{"pid": ...}`` at once and ``{"status": <wait status>}`` when the child has ended.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from qsupervise.store import Store
from qsupervise.sync import exchange, merge

WAIT_FOR_KILL = 30.0


def import_once(db: str, package: str, out: str | None) -> None:
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644) if out else -1

    def say(*words: object) -> None:
        if fd >= 0:
            os.write(fd, (" ".join(str(w) for w in words) + "\n").encode("utf-8"))

    real = merge.merge

    def told(*args: Any, **kwargs: Any) -> merge.MergeSummary:
        say("merging")
        summary = real(*args, **kwargs)
        say("merged")
        return summary

    merge.merge = told  # type: ignore[assignment]  # exchange calls merge.merge: the phases show in ``out``
    try:
        with Store.open(db) as store:
            say("ready")
            [result] = exchange.import_packages(store, [package], backup=False)
            say("done", result.status)
    finally:
        merge.merge = real  # type: ignore[assignment]
        if fd >= 0:
            os.close(fd)


def warm_up(job: dict[str, Any]) -> float:
    seconds = 0.0
    for n in range(2):
        scratch = Path(job["db"]).with_name(f"warm-up-{n}.db")
        shutil.copy(job["db"], scratch)
        started = time.perf_counter()
        import_once(str(scratch), job["package"], None)
        seconds = time.perf_counter() - started
    return seconds


def main() -> None:
    first = json.loads(sys.stdin.readline())
    print(json.dumps({"ready": True, "seconds": warm_up(first)}), flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                import_once(job["db"], job["package"], job["out"])
                time.sleep(WAIT_FOR_KILL)  # killed after the commit, or (no kill came) a plain exit
            except BaseException as exc:
                print(repr(exc), file=sys.stderr, flush=True)
                code = 3
            os._exit(code)
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"status": status}), flush=True)


if __name__ == "__main__":
    main()
