"""文件 menu: back up, restore, open and create databases, and refusing bad files without crashing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from ui.dialogs.new_database import NewDatabaseDialog


def trigger(window, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    assert action.isEnabled(), name
    action.trigger()


def enterprise_count(window) -> int:
    return window.pages[0].summary.enterprises


def test_backup_now_writes_a_file_in_the_backups_folder(qtbot, window, demo_db):
    folder = demo_db.path.parent / "backups"
    window.db.wait_for_daily_backup(10)  # the day's first backup, made when the file opened
    assert [f.name.endswith("-daily.db") for f in folder.glob("*.db")] == [True]
    trigger(window, "action_backup")
    qtbot.waitUntil(lambda: not window.db.busy, timeout=10000)
    files = list(folder.glob("*-manual.db"))
    assert len(files) == 1
    assert "manual" in files[0].name
    assert str(files[0]) in window.statusBar().currentMessage()
    assert window.action_backup.isEnabled()


def test_restore_from_backup_brings_back_the_old_contents(qtbot, window, demo_db, prompts, monkeypatch):
    from qsupervise.models import Enterprise

    backup = window.db.store.backup(reason="manual")
    with window.db.session() as s:
        s.add(Enterprise(name="恢复后应消失", township_id=demo_db.townships["城关镇"]))
    assert enterprise_count(window) == 1
    monkeypatch.setattr(window, "ask_restore_path", lambda folder: backup)
    trigger(window, "action_restore")
    qtbot.waitUntil(lambda: bool(prompts.infos), timeout=10000)
    assert "恢复" in prompts.questions[0]
    assert backup.name in prompts.questions[0]
    assert enterprise_count(window) == 0
    safety = next((demo_db.path.parent / "backups").glob("*before-restore*.db"))
    assert str(safety) in prompts.infos[0]


def test_restore_cancelled_at_the_question_changes_nothing(window, prompts, monkeypatch):
    backup = window.db.store.backup(reason="manual")
    monkeypatch.setattr(window, "ask_restore_path", lambda folder: backup)
    prompts.answers.append(False)
    trigger(window, "action_restore")
    assert not window.db.busy
    assert not list(backup.parent.glob("*before-restore*"))


def test_open_through_the_file_menu(window, template_db, tmp_path, monkeypatch):
    other = tmp_path / "其他" / "other.db"
    other.parent.mkdir()
    shutil.copyfile(template_db, other)
    monkeypatch.setattr(window, "ask_open_path", lambda: other)
    trigger(window, "action_open")
    assert window.db.path == other
    assert window.status_db.text() == f"数据库：{other}"
    assert window.status_db.toolTip() == str(other)


def test_open_a_damaged_file_warns_and_keeps_the_window(window, demo_db, prompts, tmp_path, monkeypatch):
    garbage = tmp_path / "garbage.db"
    garbage.write_text("这不是数据库 " * 100, encoding="utf-8")
    monkeypatch.setattr(window, "ask_open_path", lambda: garbage)
    trigger(window, "action_open")
    assert len(prompts.warnings) == 1
    assert str(garbage) in prompts.warnings[0]
    assert window.db.path == demo_db.path  # the open database stays open
    assert window.action_open.isEnabled()


def test_open_a_newer_database_warns(window, template_db, prompts, tmp_path, monkeypatch):
    newer = tmp_path / "newer.db"
    shutil.copyfile(template_db, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    monkeypatch.setattr(window, "ask_open_path", lambda: newer)
    trigger(window, "action_open")
    assert len(prompts.warnings) == 1
    assert "9999" in prompts.warnings[0]


def test_start_with_a_damaged_database_leaves_a_usable_window(qtbot, prompts, tmp_path):
    from ui.main_window import MainWindow

    garbage = tmp_path / "bad.db"
    garbage.write_bytes(b"\x00garbage" * 64)
    win = MainWindow()
    qtbot.addWidget(win)
    win.start(str(garbage))
    assert win.db.store is None
    assert prompts.warnings
    assert str(garbage) in prompts.warnings[0]
    assert win.action_open.isEnabled()
    assert not win.action_backup.isEnabled()
    assert win.status_db.text() == "数据库：未打开"


def fill_new_database(prompts, name: str, townships: str = "") -> None:
    def handler(dialog: NewDatabaseDialog) -> None:
        prompts.type_into(dialog, "name", name)
        prompts.type_into(dialog, "area_code", "654321")
        if townships:
            prompts.type_into(dialog, "townships", townships)
        prompts.click_ok(dialog)

    prompts.on_dialog(handler)


def test_first_start_offers_to_create_the_database(qtbot, prompts, tmp_path):
    from qsupervise.services import org
    from ui.main_window import MainWindow

    path = tmp_path / "first" / "new.db"
    fill_new_database(prompts, "新县", "甲镇\n乙镇")
    win = MainWindow()
    qtbot.addWidget(win)
    win.start(str(path))
    assert isinstance(prompts.seen[0], NewDatabaseDialog)
    assert win.db.path == path
    assert win.status_station.text() == "站点：C654321 新县"
    with win.db.read() as s:
        assert sorted(u.name for u in org.list_units(s)) == ["乙镇", "新县", "甲镇"]
    assert win.pages[0].cards["townships"].value.text() == "2"
    win.db.close()


def test_first_start_declined_leaves_no_file(qtbot, prompts, tmp_path):
    from ui.main_window import MainWindow

    path = tmp_path / "declined.db"
    prompts.on_dialog(lambda dialog: dialog.reject())
    win = MainWindow()
    qtbot.addWidget(win)
    win.start(str(path))
    assert win.db.store is None
    assert not path.exists()


def test_new_database_refuses_an_empty_name_and_keeps_the_dialog(window, prompts, tmp_path, monkeypatch):
    path = tmp_path / "fresh.db"
    monkeypatch.setattr(window, "ask_new_path", lambda: path)
    still_open = []

    def handler(dialog: NewDatabaseDialog) -> None:
        prompts.click_ok(dialog)  # name left empty
        still_open.append(dialog.isVisible())
        dialog.reject()

    prompts.on_dialog(handler)
    old = window.db.path
    trigger(window, "action_new")
    assert still_open == [True]
    assert prompts.warnings == ["名称不能为空。"]
    assert not path.exists()
    assert window.db.path == old


def test_new_database_never_overwrites(window, prompts, demo_db, monkeypatch):
    monkeypatch.setattr(window, "ask_new_path", lambda: demo_db.path)
    trigger(window, "action_new")
    assert "已存在" in prompts.warnings[0]
    assert prompts.seen == []


@pytest.mark.parametrize("role", ["county", "township"])
def test_new_database_for_each_role(window, prompts, tmp_path, monkeypatch, role):
    path = tmp_path / f"{role}.db"
    monkeypatch.setattr(window, "ask_new_path", lambda: path)

    def handler(dialog: NewDatabaseDialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        prompts.type_into(dialog, "name", "青山镇" if role == "township" else "青山县")
        if role == "township":
            assert dialog.county_name.isVisibleTo(dialog)
            assert not dialog.townships.isVisibleTo(dialog)
            prompts.type_into(dialog, "county_name", "青山县")
        prompts.click_ok(dialog)

    prompts.on_dialog(handler)
    trigger(window, "action_new")
    assert window.db.path == Path(path)
    code, name = window.db.station
    assert code.startswith("T" if role == "township" else "C")
    assert name == ("青山镇" if role == "township" else "青山县")
