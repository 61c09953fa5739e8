"""Long sessions survive: PySide6 6.12 on Python 3.11 lost a reference to None per call and aborted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_many_calls_returning_none_do_not_abort():
    script = (
        "import ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "class O(QObject):\n"
        "    s = Signal()\n"
        "app = QApplication([])\n"
        "label, o = QLabel(), O()\n"
        "for _ in range(200_000):\n"
        "    label.setText('x')\n"
        "    o.s.emit()\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
