"""设置 → 备份与恢复: the list, 立即备份, 恢复所选…, 打开备份文件夹, and the warnings when a file opens."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.main_window import PAGE_KEYS


def backup_tab(qtbot, window):
    window.db.wait_for_daily_backup(10)
    nav = window.nav
    row = PAGE_KEYS.index("settings")
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
    page = window.pages[row]
    page.tabs.setCurrentWidget(page.backup_tab)
    return page.backup_tab


def shown(tab) -> list[tuple[str, str]]:
    return [(tab.table.item(r, 1).text(), tab.table.item(r, 3).text()) for r in range(tab.table.rowCount())]


def click(qtbot, tab, key: str) -> None:
    button = tab.findChild(QPushButton, f"btn_{key}")
    assert button.isEnabled(), key
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, tab, row: int) -> None:
    rect = tab.table.visualRect(tab.table.model().index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def audit_actions(window) -> list[str]:
    from sqlmodel import col, select

    from qsupervise.models import AuditEntry

    with window.db.read() as s:
        return list(s.exec(select(AuditEntry.action).order_by(col(AuditEntry.seq))).all())


def enterprise_names(window) -> set[str]:
    from sqlmodel import select

    from qsupervise.models import Enterprise

    with window.db.read() as s:
        return set(s.exec(select(Enterprise.name)).all())


def test_opening_makes_the_days_backup_and_the_tab_lists_it(qtbot, window, demo_db):
    tab = backup_tab(qtbot, window)
    today = datetime.now().strftime("%Y%m%d")
    assert shown(tab) == [("自动", tab.rows[0].path.name)]
    assert tab.rows[0].path.name.startswith(f"county-{today}-")
    assert tab.rows[0].reason == "daily"
    assert tab.table.item(0, 2).text().endswith(("KB", "MB"))
    assert not tab.findChild(QPushButton, "btn_restore").isEnabled()  # nothing chosen yet
    assert tab.table.horizontalHeaderItem(1).text() == "类型"


def test_backup_now_adds_a_manual_backup_with_an_audit_entry(qtbot, window):
    tab = backup_tab(qtbot, window)
    click(qtbot, tab, "backup_now")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10000)
    assert not window.db.busy
    assert [kind for kind, _name in shown(tab)] == ["手动", "自动"]
    assert audit_actions(window).count("backup") == 1
    assert tab.rows[0].path.name in window.statusBar().currentMessage()


def test_restore_selected_asks_then_brings_the_old_contents_back(qtbot, window, demo_db, prompts):
    from qsupervise.models import Enterprise

    tab = backup_tab(qtbot, window)
    with window.db.session() as s:
        s.add(Enterprise(name="恢复后应消失", township_id=demo_db.townships["城关镇"]))
    click_row(qtbot, tab, 0)  # the day's backup, made before the enterprise was added
    chosen = tab.selected()
    assert chosen is not None
    click(qtbot, tab, "restore")
    qtbot.waitUntil(lambda: bool(prompts.infos), timeout=10000)
    assert "恢复前会先自动备份当前数据库" in prompts.questions[0]
    assert chosen.path.name in prompts.questions[0]
    assert "恢复后应消失" not in enterprise_names(window)
    assert "恢复前" in [kind for kind, _name in shown(tab)]
    assert audit_actions(window)[-2:] == ["restore", "sign_in"]  # the restored file's users: signed in anew
    safety = next(b for b in tab.rows if b.kind == "restore")
    assert str(safety.path) in prompts.infos[0]


def test_restore_declined_changes_nothing(qtbot, window, demo_db, prompts):
    from qsupervise.models import Enterprise

    tab = backup_tab(qtbot, window)
    with window.db.session() as s:
        s.add(Enterprise(name="留下", township_id=demo_db.townships["城关镇"]))
    prompts.answers.append(False)
    click_row(qtbot, tab, 0)
    click(qtbot, tab, "restore")
    assert prompts.questions
    assert not window.db.busy
    assert "留下" in enterprise_names(window)
    assert [kind for kind, _name in shown(tab)] == ["自动"]


def test_junk_in_the_folder_is_not_listed(qtbot, window, demo_db):
    folder = demo_db.path.parent / "backups"
    window.db.wait_for_daily_backup(10)
    (folder / "说明.txt").write_text("不是备份", encoding="utf-8")
    (folder / "county-copy.db").write_bytes(b"junk")
    tab = backup_tab(qtbot, window)
    assert [kind for kind, _name in shown(tab)] == ["自动"]


def test_open_folder_shows_the_backups_folder(qtbot, window, demo_db, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    tab = backup_tab(qtbot, window)
    click(qtbot, tab, "open_folder")
    assert opened == [str(demo_db.path.parent / "backups")]


def test_a_risky_place_is_named_once_per_file(qtbot, window, demo_db, prompts, monkeypatch):
    from qsupervise import storage_check

    monkeypatch.setattr(storage_check, "warnings", lambda path: [storage_check.REMOVABLE, storage_check.CLOUD])
    monkeypatch.setattr(storage_check, "cloud_service", lambda path: "坚果云")
    other = demo_db.path.parent / "other.db"
    window.db.store.backup(other)
    assert window.files.open_path(other)
    assert len(prompts.warnings) == 1
    assert "U 盘" in prompts.warnings[0]
    assert "坚果云" in prompts.warnings[0]
    assert str(other) in prompts.warnings[0]
    assert window.files.open_path(demo_db.path)  # looked at when the fixture opened it (no risk then)
    assert window.files.open_path(other)
    assert len(prompts.warnings) == 1  # once per file and session
    window.db.wait_for_daily_backup(10)
