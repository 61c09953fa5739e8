"""Where data lives by default (platform user-data dir) and where backups go."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "QSupervise"


def data_dir() -> Path:
    """The user-data folder; ``QS_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("QS_DATA_DIR")
    if override:
        return Path(override)
    return user_data_path(APP_DIR_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "qsupervise.db"


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database, in a folder named after it."""
    return db_path.parent / "backups"


def resource_root() -> Path:
    """The folder holding ``db/`` and ``resources/`` (the bundle's folder when frozen)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return resource_root() / "db"
