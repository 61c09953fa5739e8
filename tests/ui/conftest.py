"""Fixtures for the interface tests: a small real database, isolated settings, a window, modal stand-ins."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui import i18n, modal

COUNTY = "测试县"
TOWNSHIPS = ("城关镇", "东乡镇", "西乡镇")
MEMBER_UNIT = "县市场监管局"


@dataclass(frozen=True)
class DemoDb:
    path: Path
    townships: dict[str, str]  # name -> id


def _build_template(path: Path) -> None:
    from qsupervise.services import org, setup
    from qsupervise.store import Store

    store = Store.open(path, create=True)
    try:
        with store.session(actor="gui") as s:
            setup.initialise(s, role="county", name=COUNTY, area_code="123456", townships=list(TOWNSHIPS), actor="gui")
        store.forget_cache()
        with store.session(actor="gui") as s:
            org.add_unit(s, kind="member_unit", name=MEMBER_UNIT, actor="gui")
    finally:
        store.close()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once; each test gets a copy (cheaper than creating the schema every time)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    _build_template(path)
    return path


def township_ids(path: Path) -> dict[str, str]:
    from qsupervise.services import org
    from qsupervise.store import Store

    with Store.open(path) as store, store.read() as s:
        return {u.name: u.id for u in org.list_units(s) if u.kind == "township"}


@pytest.fixture
def demo_db(template_db: Path, tmp_path: Path) -> DemoDb:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "county.db"
    shutil.copyfile(template_db, path)
    return DemoDb(path, township_ids(path))


@pytest.fixture(autouse=True)
def isolated_settings(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings, the data folder and the language are per test, never the developer's own."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("QSuperviseTest")
    QCoreApplication.setApplicationName("QSuperviseTest")
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path / "data"))
    i18n.apply_language("zh_CN")
    yield folder
    i18n.apply_language("zh_CN")


class ModalStub:
    """Stands in for ui.modal: records messages, answers questions, and drives dialogs with a handler."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.warnings: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.answers: list[bool] = []
        self.handlers: list[Callable[[QDialog], None]] = []
        self.seen: list[QDialog] = []
        self.real: dict[str, Callable[..., Any]] = {}  # the genuine ui.modal functions

    def warn(self, parent: Any, text: str, title: str | None = None) -> None:
        self.warnings.append(text)

    def inform(self, parent: Any, text: str, title: str | None = None) -> None:
        self.infos.append(text)

    def confirm(self, parent: Any, text: str, title: str | None = None) -> bool:
        self.questions.append(text)
        return self.answers.pop(0) if self.answers else True

    def on_dialog(self, handler: Callable[[QDialog], None]) -> None:
        """Queue what to do with the next dialog: fill its widgets and click OK or Cancel."""
        self.handlers.append(handler)

    def exec_dialog(self, dialog: QDialog) -> bool:
        self.seen.append(dialog)
        if not self.handlers:
            raise AssertionError(f"unexpected dialog {type(dialog).__name__}")
        handler = self.handlers.pop(0)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        handler(dialog)
        if dialog.isVisible():  # the handler left it open (e.g. after a refused input): cancel it
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    # helpers for handlers
    def click_ok(self, dialog: QDialog) -> None:
        self.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def type_into(self, dialog: QDialog, name: str, text: str, *, clear: bool = True) -> None:
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QPlainTextEdit, name)
        assert widget is not None, name
        if clear:
            widget.clear()
        self.type_text(widget, text)

    def type_text(self, widget: QWidget, text: str) -> None:
        """Type like a user: ASCII as key clicks, Chinese as an input method commits it, Return for "\n"."""
        # QTest.keyClicks only knows Latin-1 keys (it aborts on 新), so CJK goes in as an IME commit.
        for i, line in enumerate(text.split("\n")):
            if i:
                self.qtbot.keyClick(widget, Qt.Key.Key_Return)
            for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", line):
                if run.isascii():
                    self.qtbot.keyClicks(widget, run)
                else:
                    event = QInputMethodEvent()
                    event.setCommitString(run)
                    QApplication.sendEvent(widget, event)


@pytest.fixture
def prompts(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> ModalStub:
    stub = ModalStub(qtbot)
    for name in ("warn", "inform", "confirm", "exec_dialog"):
        stub.real[name] = getattr(modal, name)
        monkeypatch.setattr(modal, name, getattr(stub, name))
    return stub


@pytest.fixture
def window(qtbot: Any, demo_db: DemoDb, prompts: ModalStub) -> Iterator[Any]:
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.files.open_path(demo_db.path)
    yield win
    win.db.close()
