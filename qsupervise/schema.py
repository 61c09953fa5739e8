"""Schema versions: which revisions this program knows, reading a file's, migrating it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine

from qsupervise.paths import migrations_dir

# Every Alembic revision in db/versions, oldest first; the last one is the head.
# tests/core/test_migrations.py checks this list against the scripts.
REVISIONS: tuple[str, ...] = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012",
)
HEAD = REVISIONS[-1]


def read_revision(conn: sqlite3.Connection) -> tuple[str | None, int]:
    """(revision or None, number of tables) of an open raw connection."""
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    ]
    if "alembic_version" not in tables:
        return None, len(tables)
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return (row[0] if row else None), len(tables)


def is_known(revision: str) -> bool:
    return revision in REVISIONS


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run Alembic migrations up to ``target`` in one transaction."""
    with engine.begin() as conn:
        upgrade_within(conn, target)


def upgrade_within(conn: Connection, target: str = "head") -> None:
    """Run Alembic migrations up to ``target`` inside the caller's transaction (migrate-store: schema and rows
    commit together)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


def script_revisions(directory: Path | None = None) -> list[str]:
    """Revisions found in the migration scripts, oldest first (for tests)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(directory or migrations_dir()))
    script = ScriptDirectory.from_config(cfg)
    return [s.revision for s in reversed(list(script.walk_revisions()))]
