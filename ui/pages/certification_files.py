"""Files of the 认证许可 page: where the last one was, and showing one (a scan, a printed list) in the desktop's viewer.

Callers use ``certification_files.open_local_file`` through the module, so tests can replace it and no viewer
opens while they run.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices

FOLDER_KEY = "certifications/folder"
SCAN_FOLDER = "qsupervise-scans"


def last_folder() -> str:
    folder = str(QSettings().value(FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(path.parent))


def open_local_file(path: Path) -> bool:
    """Hand ``path`` to the desktop (a PDF viewer, an image viewer); False when none takes it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def scan_copy(name: str, data: bytes, key: str) -> Path:
    """A temporary copy of a stored scan a viewer can open (the database holds the only real one)."""
    safe = "".join(c for c in name if c not in '\\/:*?"<>|').strip() or "scan"
    folder = Path(tempfile.gettempdir()) / SCAN_FOLDER / key[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe
    path.write_bytes(data)
    return path


def size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(1, round(size / 1024)):,} KB"
