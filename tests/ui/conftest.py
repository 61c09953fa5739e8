"""Fixtures for the interface tests: a small real database, isolated settings, a window, modal stand-ins."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui import i18n, modal

COUNTY = "测试县"
TOWNSHIPS = ("城关镇", "东乡镇", "西乡镇")
MEMBER_UNIT = "县市场监管局"
# The administrator every test database has (or gets through 创建管理员 on first open); see ModalStub.
ADMIN = ("admin", "Qingxi-2026")


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashes() -> Iterator[None]:
    """argon2id at its lowest cost: ~1 ms instead of ~0.4 s per sign-in, over hundreds of windows."""
    from qsupervise.services import users

    saved = dict(users.HASH_PARAMS)
    users.HASH_PARAMS.update(time_cost=1, memory_cost=8, parallelism=1)
    yield
    users.HASH_PARAMS.clear()
    users.HASH_PARAMS.update(saved)


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
            setup.create_admin(s, username=ADMIN[0], password=ADMIN[1], actor="gui")
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
    from ui import database

    monkeypatch.setattr(database, "DAILY_BACKUP_DELAY", 0.0)  # the day's backup at once, so tests can wait on it
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
        # 登录 / 创建管理员 when a window opens a file are answered as ADMIN, typing into the real dialog;
        # tests of those dialogs turn this off and queue their own handlers.
        self.auto_sign_in = True
        self.signed_in: list[QDialog] = []

    def warn(self, parent: Any, text: str, title: str | None = None) -> None:
        self.warnings.append(text)

    def inform(self, parent: Any, text: str, title: str | None = None) -> None:
        self.infos.append(text)

    def confirm(self, parent: Any, text: str, title: str | None = None) -> bool:
        self.questions.append(text)
        return self.answers.pop(0) if self.answers else True

    def choose(self, parent: Any, text: str, yes: str, no: str, title: str | None = None) -> bool:
        return self.confirm(parent, text, title)

    def on_dialog(self, handler: Callable[[QDialog], None]) -> None:
        """Queue what to do with the next dialog: fill its widgets and click OK or Cancel."""
        self.handlers.append(handler)

    def exec_dialog(self, dialog: QDialog) -> bool:
        if self.auto_sign_in and type(dialog).__name__ in ("SignInDialog", "FirstAdminDialog"):
            return self.sign_in_as_admin(dialog)
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

    def sign_in_as_admin(self, dialog: QDialog) -> bool:
        from PySide6.QtWidgets import QLineEdit

        self.signed_in.append(dialog)
        dialog.show()
        for name, text in (("username", ADMIN[0]), ("password", ADMIN[1]), ("password2", ADMIN[1])):
            field = dialog.findChild(QLineEdit, name)
            if field is not None:
                field.clear()
                self.qtbot.keyClicks(field, text)
        self.click_ok(dialog)
        if dialog.isVisible():
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
    for name in ("warn", "inform", "confirm", "choose", "exec_dialog"):
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


# -- 企业档案: a demo county with a few hundred enterprises -----------------------------------

REGISTRY_SIZE = 300


@pytest.fixture(scope="session")
def registry_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """青溪县 from the demo generator (300 enterprises, seed 5), built once and copied per test."""
    from qsupervise.demo.generate import generate
    from qsupervise.store import Store

    path = tmp_path_factory.mktemp("registry") / "registry.db"
    with Store.open(path, create=True) as store:
        generate(store, enterprises=REGISTRY_SIZE, seed=5, actor="gui")
    return path


@pytest.fixture
def registry_window(qtbot: Any, registry_template: Path, tmp_path: Path, prompts: ModalStub) -> Iterator[Any]:
    """The main window on a copy of the demo county, showing 企业档案 with its list loaded."""
    from ui.main_window import MainWindow

    path = tmp_path / "registry.db"
    shutil.copyfile(registry_template, path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.files.open_path(path)
    win.nav.setCurrentRow(1)
    page = win.pages[1]
    qtbot.waitUntil(lambda: not page.finder.busy and page.model.rowCount() > 0, timeout=5000)
    yield win
    page.finder.wait()
    win.db.close()


class RegistryDriver:
    """Drives the 企业档案 page like a user: types, clicks headers and rows, waits for the list."""

    def __init__(self, qtbot: Any, window: Any, prompts: ModalStub) -> None:
        self.qtbot = qtbot
        self.window = window
        self.prompts = prompts
        self.page = window.pages[1]
        self.model = self.page.model
        self.view = self.page.view

    def wait(self) -> None:
        page = self.page
        self.qtbot.waitUntil(lambda: not page.search.pending and not page.finder.busy, timeout=5000)

    def search(self, text: str) -> None:
        self.page.search.clear()
        self.prompts.type_text(self.page.search, text)
        self.wait()

    def count(self) -> int:
        return int(self.page.count_label.text().removeprefix("共 ").removesuffix(" 家").replace(",", ""))

    def column(self, column: int) -> list[str]:
        return [self.model.index(r, column).data() for r in range(self.model.rowCount())]

    def click_header(self, column: int) -> None:
        header = self.view.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        self.qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        self.wait()

    def click_row(self, row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.view.scrollTo(self.model.index(row, 0))
        rect = self.view.visualRect(self.model.index(row, 0))
        self.qtbot.mouseClick(self.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())

    def row_of(self, enterprise_id: str) -> int:
        return next(r for r in range(self.model.rowCount()) if self.model.id_at(r) == enterprise_id)

    def selected_ids(self) -> list[str]:
        return self.page.selected_ids()

    def button(self, key: str) -> Any:
        from PySide6.QtWidgets import QPushButton

        return self.page.findChild(QPushButton, f"btn_{key}")

    def click(self, key: str) -> None:
        self.qtbot.mouseClick(self.button(key), Qt.MouseButton.LeftButton)


@pytest.fixture
def registry(qtbot: Any, registry_window: Any, prompts: ModalStub) -> RegistryDriver:
    return RegistryDriver(qtbot, registry_window, prompts)
