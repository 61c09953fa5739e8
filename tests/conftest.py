"""Every test gets its own data folder, so nothing touches the user's real database."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv("QS_DATA_DIR", str(folder))
    return folder


# Time budgets per marker: heavy tests are allowed, but their total is watched so that
# `make test` stays well under its 10-minute limit on two cores.
BUDGETS = {"slow": 90.0}
_spent: dict[str, float] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        for marker in BUDGETS:
            if marker in report.keywords:
                _spent[marker] = _spent.get(marker, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    over = {m: s for m, s in _spent.items() if s > BUDGETS[m]}
    for marker, spent in over.items():
        print(f"\nmarker budget exceeded: '{marker}' tests took {spent:.1f} s (budget {BUDGETS[marker]:.0f} s)")
    if over and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for marker, spent in _spent.items():
        terminalreporter.write_line(f"marker '{marker}': {spent:.1f} s of {BUDGETS[marker]:.0f} s budget")
