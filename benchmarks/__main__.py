"""``python -m benchmarks [--enterprises N]``: print every benchmark with its baseline and ratio."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from benchmarks import bulk, registry_io, startup


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks")
    parser.add_argument("--enterprises", type=int, default=200_000)
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="qs-bench-") as tmp:
        results += bulk.run(Path(tmp), args.enterprises)
        results += registry_io.run(Path(tmp), args.enterprises)
        if not args.skip_startup:
            results += startup.run(Path(tmp))
    print(f"\n{'benchmark':<44}{'ours':>14}{'baseline':>14}{'ratio':>8}  baseline is")
    for r in results:
        print(f"{r['name']:<44}{r['ours']:>14}{r['baseline']:>14}{r['ratio']:>8}  {r['baseline_is']}")
    out = Path("benchmarks/results")
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
