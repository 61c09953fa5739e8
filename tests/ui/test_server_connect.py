"""文件 → 连接服务器数据库… (the password reaches the connection, never the settings) and 编辑企业 refusing to
overwrite a change someone else saved after the form opened (record_changed)."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

from ui.dialogs.enterprise_form import EnterpriseForm
from ui.dialogs.server_connect import ServerConnectDialog

PASSWORD = "Hub-Secret-7731"
URL = "postgresql://clerk@hub.county.local:6543/qingxi"


@pytest.fixture
def fake_server(monkeypatch, template_db, tmp_path):
    """``Store.open`` of a ``postgresql://`` URL answers with a copy of the test database presented as a server
    database (its path the URL); the wrong PGPASSWORD is refused as the server would. Records what was opened."""
    from qsupervise import dialect
    from qsupervise.errors import KnownError
    from qsupervise.store import Store

    hub = tmp_path / "hub" / "hub.db"
    hub.parent.mkdir()
    shutil.copyfile(template_db, hub)
    real = Store.open
    opened: list[str] = []

    def fake_open(cls, path, *, create=False):
        if not dialect.is_server(path):
            return real(path, create=create)
        opened.append(str(path))
        if os.environ.get("PGPASSWORD") != PASSWORD:
            raise KnownError("db_server_auth", url=dialect.public_url(str(path)))
        store = real(hub)
        store.path = dialect.ServerUrl(dialect.public_url(str(path)))
        return store

    monkeypatch.setattr(Store, "open", classmethod(fake_open))
    monkeypatch.setenv("PGPASSWORD", "not-it")  # restored after the test whatever the dialog sets
    return opened


def fill(prompts, dialog: ServerConnectDialog, password: str) -> None:
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.port.text() == "5432"
    prompts.type_into(dialog, "host", "hub.county.local")
    prompts.type_into(dialog, "port", "6543")
    prompts.type_into(dialog, "database", "qingxi")
    prompts.type_into(dialog, "user", "clerk")
    prompts.type_into(dialog, "password", password)


def settings_text(folder: Path) -> str:
    settings = QSettings()
    settings.sync()
    values = " ".join(f"{k}={settings.value(k)}" for k in settings.allKeys())
    files = " ".join(p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file())
    return values + files


def test_connect_builds_the_url_and_never_stores_the_password(window, prompts, fake_server, isolated_settings):
    def connect(dialog: ServerConnectDialog) -> None:
        fill(prompts, dialog, PASSWORD)
        prompts.click_ok(dialog)

    prompts.on_dialog(connect)
    window.findChild(QAction, "action_connect").trigger()
    assert fake_server == [URL]
    assert os.environ["PGPASSWORD"] == PASSWORD  # handed to libpq for this process
    assert str(window.db.path) == URL
    assert window.status_db.text() == f"数据库：{URL}"
    assert not prompts.warnings
    # file-only actions are skipped: no restore over a server, no day's copy of the hub from every client
    assert not window.action_restore.isEnabled()
    assert window.db._daily is None
    window.files.restore_from(Path("whatever.db"))
    assert "pg_restore" in prompts.warnings[-1]
    window.close()
    assert QSettings().value("db/last") == URL
    assert PASSWORD not in settings_text(isolated_settings)


def test_wrong_password_is_shown_and_the_dialog_keeps_the_input(window, prompts, fake_server):
    seen = []

    def connect(dialog: ServerConnectDialog) -> None:
        fill(prompts, dialog, "wrong")
        prompts.click_ok(dialog)
        seen.append((dialog.isVisible(), dialog.host.text(), prompts.warnings[-1]))
        prompts.type_into(dialog, "password", PASSWORD)
        prompts.click_ok(dialog)

    before = window.db.path
    prompts.on_dialog(connect)
    window.findChild(QAction, "action_connect").trigger()
    visible, host, message = seen[0]
    assert visible
    assert host == "hub.county.local"
    assert "拒绝了登录" in message
    assert URL in message
    assert before != window.db.path
    assert str(window.db.path) == URL


def test_missing_fields_are_named_and_nothing_is_opened(window, prompts, fake_server):
    def connect(dialog: ServerConnectDialog) -> None:
        prompts.type_into(dialog, "host", "hub.county.local")
        prompts.click_ok(dialog)

    prompts.on_dialog(connect)
    window.findChild(QAction, "action_connect").trigger()
    assert prompts.warnings == ["请填写：数据库名、用户名。"]
    assert fake_server == []


def test_start_asks_for_the_password_of_the_last_server(qtbot, prompts, fake_server):
    from ui.main_window import MainWindow

    QSettings().setValue("db/last", URL)
    offered = []

    def password_only(dialog: ServerConnectDialog) -> None:
        offered.append((dialog.host.text(), dialog.port.text(), dialog.database.text(), dialog.user.text(),
                        dialog.password.text()))
        prompts.type_into(dialog, "password", PASSWORD)
        prompts.click_ok(dialog)

    prompts.on_dialog(password_only)
    win = MainWindow()
    qtbot.addWidget(win)
    win.start(None)
    assert offered == [("hub.county.local", "6543", "qingxi", "clerk", "")]
    assert str(win.db.path) == URL
    win.db.close()


# -- 编辑企业: someone else saved the enterprise after the form opened ----------------------------------


def stored(registry, enterprise_id: str):
    from qsupervise.models import Enterprise

    with registry.window.db.read() as s:
        return s.get(Enterprise, enterprise_id)


def _edit_after_someone_else(registry, prompts, *, overwrite: bool):
    """Open 编辑企业 on row 4, let another user save a new legal representative, type ours, click OK and answer
    the record_changed question; returns (target id, what the form showed after OK)."""
    from qsupervise.services import enterprises

    registry.click_row(4)
    target = registry.model.row_at(4)
    db = registry.window.db
    seen = []

    def edit_while_someone_else_saves(form: EnterpriseForm) -> None:
        with db.store.session(actor="other") as s:  # another user, through the services
            current = enterprises.input_from(stored(registry, target.id))
            enterprises.save(s, data=replace(current, legal_rep="他人改的"), enterprise_id=target.id, actor="other")
        prompts.type_into(form, "legal_rep", "我改的")
        prompts.answers.append(overwrite)
        prompts.click_ok(form)
        seen.append((form.isVisible(), form.edits["legal_rep"].text(), form.summary.text()))

    prompts.on_dialog(edit_while_someone_else_saves)
    registry.click("edit")
    return target.id, seen[0]


def test_edit_shows_a_change_made_meanwhile_and_keeps_the_input(registry, prompts):
    target_id, (visible, typed, summary) = _edit_after_someone_else(registry, prompts, overwrite=False)
    assert visible
    assert typed == "我改的"
    [question] = prompts.questions
    assert "已被他人保存" in question
    assert "法定代表人" in question
    assert "他人改的" in question
    assert "修改（法定代表人）" in summary
    assert "法定代表人" in summary  # the form's own label, not the column's name
    assert "legal_rep" not in summary
    assert not prompts.warnings
    assert stored(registry, target_id).legal_rep == "他人改的"


def test_edit_overwrites_a_change_made_meanwhile_when_asked_to(registry, prompts):
    target_id, (visible, _typed, _summary) = _edit_after_someone_else(registry, prompts, overwrite=True)
    assert not visible
    assert len(prompts.questions) == 1
    assert stored(registry, target_id).legal_rep == "我改的"


def test_edit_without_interference_saves(registry, prompts):
    registry.click_row(4)
    target = registry.model.row_at(4)

    def edit(form: EnterpriseForm) -> None:
        assert form.version_check.opened is not None
        prompts.type_into(form, "legal_rep", "王小明")
        prompts.click_ok(form)

    prompts.on_dialog(edit)
    registry.click("edit")
    assert not prompts.warnings
    assert stored(registry, target.id).legal_rep == "王小明"
