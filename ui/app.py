"""Start the desktop application: window first, then the core and the database (keeps start-up fast)."""

from __future__ import annotations

import sys


def db_argument(args: list[str]) -> str | None:
    """The PATH of ``--db PATH`` or ``--db=PATH`` (main.py hands over nothing else)."""
    for i, arg in enumerate(args):
        if arg == "--db" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--db="):
            return arg.split("=", 1)[1]
    return None


def run(args: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from ui import crash, i18n, probe, style
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("QSupervise")
    app.setApplicationName("QSupervise")
    app.setDesktopFileName("qsupervise")
    crash.install()
    i18n.apply_language(i18n.saved_language())
    style.apply(app)

    window = MainWindow()
    window.restore_window_state()
    probe.install(app, window, window.db)
    window.show()

    def start() -> None:
        crash.setup_logging()
        window.start(db_argument(args))

    probe.after_first_paint(window, start)
    return app.exec()
