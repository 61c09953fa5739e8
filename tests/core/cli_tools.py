"""Running the command line in core tests as a script would, with ``--json``."""

from __future__ import annotations

import json
from typing import Any

import pytest

from qsupervise.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    """``main(args + --json)``: its exit code and the one JSON object it printed (anything else fails)."""
    code = main([*args, "--json"])
    out, _err = capsys.readouterr()
    assert out.count("\n") == 1, out  # exactly one JSON object
    return code, json.loads(out)
