"""Interface language: load the compiled .qm (building it from the .ts if stale) and switch live."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANG_KEY = "ui/language"
DEFAULT_LANG = "zh_CN"
LANGUAGES = ("zh_CN", "en")

# Kept here so they can be removed again; Qt does not own translators.
_installed: list[QTranslator] = []
_current = DEFAULT_LANG


def translations_dir() -> Path:
    from qsupervise.paths import resource_root

    return resource_root() / "resources" / "translations"


def _lrelease() -> str | None:
    """The lrelease binary shipped with PySide6, else one on PATH."""
    import shutil

    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if bundled.exists():
            return str(bundled)
    except ImportError:
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ensure_qm(lang: str = "en") -> Path | None:
    """The .qm for ``lang``, compiled first when missing or older than its .ts (None if unavailable)."""
    folder = translations_dir()
    ts = folder / f"qsupervise_{lang}.ts"
    qm = folder / f"qsupervise_{lang}.qm"
    fresh = qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)
    if fresh or not ts.exists():
        return qm if qm.exists() else None
    tool = _lrelease()
    if tool is not None:
        import contextlib
        import subprocess

        # A read-only install keeps whatever .qm it shipped with.
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    return qm if qm.exists() else None


def normalise(lang: object) -> str:
    text = str(lang or "")
    return "en" if text.startswith("en") else DEFAULT_LANG


def saved_language() -> str:
    return normalise(QSettings().value(LANG_KEY, DEFAULT_LANG))


def current_language() -> str:
    return _current


def error_lang() -> str:
    """The language code the core's message catalogue expects ("zh" or "en")."""
    return "en" if _current == "en" else "zh"


def apply_language(lang: str) -> str:
    """Swap the installed translators; Qt then sends LanguageChange to every widget."""
    global _current
    lang = normalise(lang)
    app = QCoreApplication.instance()
    if app is None:
        _current = lang
        return lang
    while _installed:
        app.removeTranslator(_installed.pop())
    for translator in _translators(lang):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Chinese))
    _current = lang
    return lang


def _translators(lang: str) -> list[QTranslator]:
    found: list[QTranslator] = []
    if lang == "en":
        qm = ensure_qm("en")
        own = QTranslator()
        if qm is not None and own.load(str(qm)):
            found.append(own)
    else:
        # Source strings are Chinese already; only Qt's own buttons (OK, Cancel) need one.
        qt = QTranslator()
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            found.append(qt)
    return found


def set_language(lang: str) -> str:
    """Apply ``lang`` now and remember it for the next start."""
    lang = apply_language(lang)
    QSettings().setValue(LANG_KEY, lang)
    return lang
