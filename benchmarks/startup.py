"""Cold start to a painted window: QSupervise against a bare PySide6 window, same run, same machine."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1200, 760)
probe = Probe()
w.installEventFilter(probe)
w.show()
app.exec()
"""
RUNS = 5


def time_to_line(cmd: list[str], env: dict[str, str], marker: str) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    elapsed = float("nan")
    for line in proc.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - started
            break
    proc.wait(timeout=60)
    return elapsed


def run(folder: Path) -> list[dict[str, object]]:
    from qsupervise.demo import generate
    from qsupervise.store import Store

    # An installed app (pip or the bundle) has its bytecode compiled; this checkout may not.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "ui", "qsupervise", "main.py"], cwd=ROOT, check=True)
    db = folder / "startup.db"
    with Store.open(db, create=True) as store:
        generate(store, enterprises=20_000, seed=1)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "QS_STARTUP_PROBE": "1", "QS_DATA_DIR": str(folder / "data")}
    bare = [time_to_line([sys.executable, "-c", BARE], env, "painted") for _ in range(RUNS)]
    ours = [time_to_line([sys.executable, "main.py", "--db", str(db)], env, "painted") for _ in range(RUNS)]
    loaded = [time_to_line([sys.executable, "main.py", "--db", str(db)], env, "loaded") for _ in range(RUNS)]
    b, o, d = statistics.median(bare), statistics.median(ours), statistics.median(loaded)
    return [
        {
            "name": "cold start → window painted (s)",
            "ours": f"{o:.3f}",
            "baseline": f"{b:.3f}",
            "ratio": f"{o / b:.2f}×",
            "baseline_is": "bare PySide6 QMainWindow (median of 5)",
        },
        {
            "name": "cold start → 20k-enterprise dashboard filled (s)",
            "ours": f"{d:.3f}",
            "baseline": f"{b:.3f}",
            "ratio": f"{d / b:.2f}×",
            "baseline_is": "bare PySide6 QMainWindow (median of 5)",
        },
    ]
