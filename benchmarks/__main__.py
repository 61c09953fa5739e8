"""``python -m benchmarks [--enterprises N]``: print every benchmark with its baseline and ratio."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from benchmarks import (
    bulk,
    certifications,
    credit,
    instruments,
    letters,
    memory,
    registry_io,
    search,
    spotcheck_draw,
    spotcheck_io,
    spotcheck_stats,
    standards,
    startup,
    sync,
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks")
    parser.add_argument("--enterprises", type=int, default=200_000)
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="qs-bench-") as tmp:
        # the audit keys and high-water marks of the throw-away databases stay out of the user's data folder
        os.environ["QS_DATA_DIR"] = str(Path(tmp) / "userdata")
        results += bulk.run(Path(tmp), args.enterprises)
        results += search.run(Path(tmp) / "demo.db")
        results += spotcheck_draw.run(Path(tmp) / "demo.db")
        if not args.skip_startup:
            results += memory.run(Path(tmp) / "demo.db")
        results += registry_io.run(Path(tmp), args.enterprises)
        results += spotcheck_io.run(Path(tmp))
        results += spotcheck_stats.run(Path(tmp))
        results += certifications.run(Path(tmp))
        results += credit.run(Path(tmp))
        results += instruments.run(Path(tmp))
        results += letters.run(Path(tmp))
        results += standards.run(Path(tmp))
        results += sync.run(Path(tmp), args.enterprises)
        if os.environ.get("QS_TEST_PG"):  # a PostgreSQL server to measure the county hub on
            from benchmarks import postgres

            results += postgres.run(Path(tmp))
        if not args.skip_startup:
            results += startup.run(Path(tmp))
    print(f"\n{'benchmark':<58}{'ours':>12}{'baseline':>12}{'ratio':>8}  baseline is")
    for r in results:
        print(f"{r['name']:<58}{r['ours']:>12}{r['baseline']:>12}{r['ratio']:>8}  {r['baseline_is']}")
    out = Path("benchmarks/results")
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
