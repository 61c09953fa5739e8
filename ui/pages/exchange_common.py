"""What the 数据交换 tabs share: file-name stamps, readable table names, local times, the folder last used."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings

from ui import i18n

FOLDER_KEY = "exchange/folder"
HINT_STYLE = "color: #5f6b76;"
GOOD_STYLE = "color: #2e7d32;"
WARN_STYLE = "color: #b26a00;"
RED_STYLE = "color: #c62828;"


def last_folder() -> str:
    folder = str(QSettings().value(FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(path if path.is_dir() else path.parent))


def stamp(moment: datetime | None = None) -> str:
    """The time part of a package's suggested file name: 20261124-1530."""
    return (moment or datetime.now()).strftime("%Y%m%d-%H%M")


def table_label(table: str) -> str:
    """A synchronised table as people call it (qsupervise/rules/roles.py TABLE_LABELS)."""
    from qsupervise.rules.roles import TABLE_LABELS

    pair = TABLE_LABELS.get(table)
    if pair is None:
        return table
    return pair[1] if i18n.error_lang() == "en" else pair[0]


def local_time(moment: datetime | str | None) -> str:
    """A stored time (UTC; naive means UTC) as local 2026-11-24 15:30; "" for none."""
    if moment is None or moment == "":
        return ""
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
