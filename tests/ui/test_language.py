"""Switching the interface language in 设置 applies at once, everywhere, and is remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from ui import i18n
from ui.main_window import PAGE_KEYS

SETTINGS = PAGE_KEYS.index("settings")
EXCHANGE = PAGE_KEYS.index("exchange")


def test_switch_to_english_and_back(qtbot, window):
    window.nav.setCurrentRow(SETTINGS)
    settings_page = window.pages[SETTINGS]
    settings_page.tabs.setCurrentIndex(1)
    combo = settings_page.findChild(QComboBox, "language")
    assert combo.currentText() == "简体中文"

    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert i18n.current_language() == "en"
    assert QSettings().value("ui/language") == "en"
    # Qt posts LanguageChange to each top-level window, so the texts change on the next event loop pass.
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Dashboard", timeout=2000)
    assert window.nav.item(SETTINGS).text() == "Settings"
    assert window.file_menu.title() == "&File"
    assert window.action_open.text() == "Open Database…"
    assert settings_page.title_label.text() == "Settings"
    assert settings_page.tabs.tabText(0) == "Administrative Units"
    assert window.nav.item(EXCHANGE).text() == "Data Exchange"
    assert window.status_db.text().startswith("Database: ")
    assert settings_page.org_tab.model.headerData(1, Qt.Orientation.Horizontal) == "Name"

    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert i18n.current_language() == "zh_CN"
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "工作台", timeout=2000)
    assert window.file_menu.title() == "文件(&F)"
    assert QSettings().value("ui/language") == "zh_CN"


def test_known_errors_follow_the_interface_language(window):
    from qsupervise.errors import KnownError

    i18n.apply_language("en")
    assert i18n.error_lang() == "en"
    assert KnownError("org_name_empty").message(i18n.error_lang()) == "The name must not be empty."


def test_translation_file_is_complete():
    """Every source string has an English translation; none is left unfinished."""
    import xml.etree.ElementTree as ET

    ts = i18n.translations_dir() / "qsupervise_en.ts"
    root = ET.parse(ts).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), message.findtext("source")
        assert (translation.text or "").strip(), message.findtext("source")
    assert i18n.ensure_qm("en") is not None
