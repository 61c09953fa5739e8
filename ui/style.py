"""Look: the system's CJK sans as the interface font, the app icon, and one small style sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

# In order of preference; the first installed one wins (Windows, macOS, then Linux distributions).
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)


def resources() -> Path:
    # Same rule as qsupervise.paths.resource_root(), without importing the core before the first paint.
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    return (Path(bundle) if bundle else Path(__file__).resolve().parent.parent) / "resources"


def app_icon() -> QIcon:
    return QIcon(str(resources() / "icons" / "app.svg"))


def pick_font(base: QFont) -> QFont:
    installed = set(QFontDatabase.families())
    font = QFont(base)
    chosen = [f for f in CJK_FAMILIES if f in installed]
    if chosen:
        # Latin text keeps the platform font's look only if the CJK face lacks it; these all have Latin.
        font.setFamilies(chosen)
    return font


def apply(app: QApplication) -> None:
    app.setFont(pick_font(app.font()))
    app.setWindowIcon(app_icon())
    sheet = resources() / "style" / "app.qss"
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
