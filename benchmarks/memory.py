"""Peak memory with the 200k-enterprise list open, beside a bare PySide6 window in the same run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# VmHWM, not ru_maxrss: the latter survives exec and would report the benchmark parent's peak.
PEAK = """
def peak_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0
"""
BARE = """
import json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print(json.dumps({"kb": peak_kb()}))
"""
OURS = """
import json, sys, time
from PySide6.QtWidgets import QApplication
import ui
from ui.main_window import MainWindow
app = QApplication([])
w = MainWindow(); w.resize(1200, 760); w.show()
w.db.authenticator = None  # measured without the sign-in dialog (the CLI's full rights)
w.start(sys.argv[1])
w.nav.setCurrentRow(1)  # 企业档案
page = w.pages[1]
started = time.perf_counter()
page.refresh()
while page.finder.busy or page.model.rowCount() == 0:
    app.processEvents()
    time.sleep(0.005)
shown = time.perf_counter() - started
view = page.view
for fraction in (0.25, 0.5, 0.75, 1.0):  # scroll through the list: pages load and are evicted
    view.scrollTo(page.model.index(int(page.model.rowCount() * fraction) - 1, 0))
    app.processEvents()
print(json.dumps({"kb": peak_kb(), "rows": page.model.rowCount(),
                  "shown": shown}))
"""


def _run(script: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PEAK + script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run(db: Path) -> list[dict[str, object]]:
    bare = _run(BARE)
    ours = _run(OURS, str(db))
    return [
        {
            "name": f"peak RSS, 企业档案 list of {int(ours['rows']):,} open (MB)",
            "ours": f"{ours['kb'] / 1024:.0f}",
            "baseline": f"{bare['kb'] / 1024:.0f}",
            "ratio": f"{ours['kb'] / bare['kb']:.1f}×",
            "baseline_is": "bare PySide6 QMainWindow",
        },
        {
            "name": "企业档案: navigate → 200k list filled (ms)",
            "ours": f"{ours['shown'] * 1000:.0f}",
            "baseline": "—",
            "ratio": "—",
            "baseline_is": "(see 'all ids sorted + first page' for the SQL part)",
        },
    ]
