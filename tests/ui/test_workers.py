"""The background helper: results, throttled progress, cancel, and both kinds of error on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QPushButton, QWidget

from ui import crash
from ui.workers import MAX_UPDATES_PER_SECOND, Task, run_task


def test_result_arrives_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def job(*, progress, cancel):
        seen["worker"] = QThread.currentThread()
        return 42

    def done(result):
        seen["result"] = result
        seen["callback"] = QThread.currentThread()

    task = run_task(parent, job, label="…", on_success=done)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["callback"] is parent.thread()
    assert seen["worker"] is not parent.thread()


def test_progress_is_throttled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    received = []

    def job(*, progress, cancel):
        start = time.monotonic()
        i = 0
        while time.monotonic() - start < 0.3:
            progress(min(0.99, i / 1e9), "")
            i += 1
        progress(1.0, "完成")
        return i

    task = Task(parent, job, label="…")
    task._relay.progressed.connect(lambda f, m: received.append(f))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    calls = blocker.args[0]
    assert calls > 1000
    assert len(received) <= 0.3 * MAX_UPDATES_PER_SECOND + 3
    assert received[-1] == 1.0


def test_cancel_sets_the_flag_the_job_polls(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()

    def job(*, progress, cancel):
        started.set()
        while not cancel.wait(0.01):
            pass
        return "stopped"

    task = Task(parent, job, label="…", min_duration_ms=50).start()
    assert started.wait(5)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)  # a slow job shows its dialog by itself
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "取消"
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["stopped"]
    assert not task.dialog.isVisible()


def test_known_error_is_shown_as_a_warning(qtbot, prompts):
    from qsupervise.errors import KnownError

    parent = QWidget()
    qtbot.addWidget(parent)

    def job(*, progress, cancel):
        raise KnownError("backup_failed", detail="磁盘已满")

    task = run_task(parent, job, label="…")
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert prompts.warnings == ["备份失败：磁盘已满"]


def test_a_bug_goes_to_the_crash_report(qtbot, prompts, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    reported = []
    monkeypatch.setattr(crash, "report", reported.append)

    def job(*, progress, cancel):
        raise ZeroDivisionError("oops")

    task = run_task(parent, job, label="…")
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert isinstance(reported[0], ZeroDivisionError)
    assert prompts.warnings == []
