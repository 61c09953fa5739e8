"""Backups of the database file: copied with SQLite's backup API, fsynced, verified, automatic ones rotated.

Files sit in :func:`qsupervise.paths.backups_dir` and are named ``<stem>-<YYYYmmdd-HHMMSS>-<reason>.db``
(a ``-N`` suffix when two land in the same second). ``reason`` says why a copy exists: ``manual`` (asked
for; never deleted here), ``daily`` (first start of the day), ``before-import``, ``before-package-import``,
``before-restore``, ``before-migrate-<revision>``, ``before-demo``. Automatic copies are thinned
grandfather-father-son style by :func:`choose_kept`.

A database on a PostgreSQL server is backed up into ``<data dir>/servers/backups``: with ``pg_dump`` (custom
format, ``.dump``) when it is installed, otherwise as a SQLite copy of every table (``.db``). Restoring onto
the server is not done from the program: ``pg_restore`` for a dump, ``migrate-store --from COPY --to URL``
(an empty database) for a copy.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from qsupervise import schema
from qsupervise.errors import DatabaseNewer, KnownError
from qsupervise.paths import backups_dir

if TYPE_CHECKING:
    from qsupervise.store import Store

log = logging.getLogger(__name__)

MANUAL = "manual"
DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_PACKAGE_IMPORT = "before-package-import"
BEFORE_RESTORE = "before-restore"

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_RECENT = 10  # automatic copies of the last day kept besides the above: undo of several imports in a row
RECENT = timedelta(hours=24)
STALE_PARTIAL = timedelta(hours=1)
PARTIAL = ".partial"
BUSY_SECONDS = 5.0

_NAME = re.compile(
    r"^(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*(?:-\d{4})?)(?:-(?P<n>\d{1,3}))?\.(?:db|dump)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # local time, from the file name (copying a file around changes its mtime)
    size: int
    reason: str
    automatic: bool

    @property
    def kind(self) -> str:
        """daily, manual, migrate, import, package, restore or demo (what the backup tab shows)."""
        if self.reason in (MANUAL, DAILY):
            return self.reason
        return _kind(self.reason)


def _kind(reason: str) -> str:
    for prefix, kind in (
        ("before-migrate", "migrate"),
        (BEFORE_PACKAGE_IMPORT, "package"),
        (BEFORE_IMPORT, "import"),
        (BEFORE_RESTORE, "restore"),
        ("before-demo", "demo"),
    ):
        if reason.startswith(prefix):
            return kind
    return "other"


# -- copying -----------------------------------------------------------------------


def _ro_uri(path: Path) -> str:
    # as_uri() percent-encodes '?', '#', '%' and non-ASCII, which a hand-made "file:{path}" would not.
    return path.absolute().as_uri() + "?mode=ro"


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return  # NTFS has no directory handle to flush; the rename is journalled
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems refuse fsync on a folder; the file itself is synced
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR if sys.platform == "win32" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def problems_in(path: Path, *, pragma: str = "integrity_check") -> list[str]:
    """SQLite's own check of ``path`` (empty when sound); the file is opened read-only."""
    conn = sqlite3.connect(_ro_uri(path), uri=True, timeout=BUSY_SECONDS)
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def copy_verified(source: Path, dest: Path) -> None:
    """Copy ``source`` to ``dest`` with the backup API, fsync, check it; ``dest`` appears only when sound.

    The copy is written beside ``dest`` under a temporary name and renamed after the check, so a
    crash or a failed check never leaves a file that looks like a backup.
    """
    partial = dest.with_name(dest.name + PARTIAL)
    try:
        src = sqlite3.connect(_ro_uri(source), uri=True, timeout=BUSY_SECONDS)
        try:
            dst = sqlite3.connect(partial, timeout=BUSY_SECONDS)
            try:
                src.backup(dst)
                # One self-contained file: readable later from read-only media, no -wal/-shm beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_file(partial)
        found = problems_in(partial)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        raise
    if found:
        partial.unlink(missing_ok=True)
        raise KnownError("backup_unverified", path=dest, detail="; ".join(found[:3]))
    os.replace(partial, dest)
    _fsync_folder(dest.parent)


def _new_name(db_path: Path, reason: str, now: datetime, suffix: str = ".db") -> Path:
    folder = backups_dir(db_path)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    dest = folder / f"{db_path.stem}-{stamp}-{reason}{suffix}"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{db_path.stem}-{stamp}-{reason}-{n}{suffix}"
    return dest


def base_path(store: Store) -> Path:
    """The path whose folder and name the backups of ``store`` follow: the file itself, or for a server
    database a name of its own in the data folder (``<data dir>/servers/<host>-<port>-<db>.pg``)."""
    if not store.is_server:
        return store.file
    from qsupervise.paths import data_dir

    url = store.engine.url
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{url.host or 'local'}-{url.port or 5432}-{url.database or ''}")
    return data_dir() / "servers" / f"{slug}.pg"


def _dump(store: Store, dest: Path | str | None, reason: str, now: datetime | None) -> Path:
    """A server database's backup: pg_dump's custom format (``.dump``) or, where pg_dump is missing or fails
    and no file was named, or the named file ends in ``.db``, the program's own SQLite copy
    (:func:`store_move.to_file`). Written under a temporary name, then renamed."""
    from qsupervise import dialect, store_move

    base = base_path(store)
    when = now or datetime.now()
    target = Path(dest).absolute() if dest is not None else _new_name(base, reason, when, ".dump")
    if target.suffix != ".db":
        partial = target.with_name(target.name + PARTIAL)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            dialect.pg_dump(store.engine.url.render_as_string(hide_password=False), partial)
            os.replace(partial, target)
        except KnownError as exc:
            if dest is not None:
                raise
            log.warning("pg_dump did not back up %s (%s): writing a copy of our own", store.path, exc.message("en"))
            target = _new_name(base, reason, when)
        finally:
            partial.unlink(missing_ok=True)
    if target.suffix == ".db":
        store_move.to_file(store, target)
    if dest is None and reason != MANUAL:
        rotate(base, now=now)
    return target


def make(store: Store, dest: Path | str | None = None, *, reason: str = MANUAL, now: datetime | None = None) -> Path:
    """Back ``store`` up (into the backups folder unless ``dest``); automatic copies are then rotated."""
    from qsupervise.store import translate

    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*(?:-\d{4})?", reason):
        raise ValueError(f"backup reason {reason!r}")
    if store.is_server:
        try:
            return _dump(store, dest, reason, now)
        except (OSError, sqlite3.Error) as exc:  # the local folder or the copy, not the server
            raise KnownError("backup_failed", detail=str(exc)) from exc
    file = store.file
    target = Path(dest).absolute() if dest is not None else _new_name(file, reason, now or datetime.now())
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_verified(file, target)
    except (OSError, sqlite3.Error) as exc:
        known = translate(exc, file)
        raise known or KnownError("backup_failed", detail=str(exc)) from exc
    if dest is None and reason != MANUAL:
        rotate(file, now=now)
    return target


def before_package_import(store: Store) -> Path:
    """The copy a sync-package import makes before it writes (the spreadsheet importers call
    ``store.backup(reason=BEFORE_IMPORT)`` the same way, inside their transaction: it copies the last commit)."""
    return make(store, reason=BEFORE_PACKAGE_IMPORT)


def daily(store: Store, *, now: datetime | None = None) -> Path | None:
    """The first backup of the day (any backup made today counts); None when there is one already."""
    now = now or datetime.now()
    if any(b.made_at.date() == now.date() for b in listing(base_path(store))):
        return None
    return make(store, reason=DAILY, now=now)


# -- restoring ---------------------------------------------------------------------


def check_restorable(source: Path) -> str:
    """The schema revision of ``source``; refuses anything that is not a sound QSupervise database."""
    from qsupervise.store import _probe

    try:
        revision, _tables = _probe(source)
        found = problems_in(source) if revision is not None else []
    except (KnownError, OSError, sqlite3.Error) as exc:
        detail = exc.params.get("detail", exc.code) if isinstance(exc, KnownError) else str(exc)
        raise KnownError("restore_not_db", path=source, detail=detail) from exc
    if revision is None:
        raise KnownError("restore_not_db", path=source, detail="no schema version")
    if found:
        raise KnownError("restore_not_db", path=source, detail="; ".join(found[:3]))
    if not schema.is_known(revision):
        raise DatabaseNewer("db_newer", path=source, found=revision, known=schema.HEAD)
    return revision


def replace(store: Store, source: Path | str) -> Path:
    """Replace the contents of ``store`` with the backup ``source``; the current state is backed up first.

    Returns that safety copy. The file keeps its name, lock and journal mode; pages of every other
    open connection are discarded (the engine is disposed).
    """
    from qsupervise.store import BUSY_TIMEOUT_MS, translate

    if store.is_server:
        raise KnownError("restore_on_server", url=store.path)
    file = store.file
    source = Path(source).absolute()
    if source.exists() and source.resolve() == file.resolve():
        raise KnownError("restore_not_db", path=source, detail="this is the open database itself")
    revision = check_restorable(source)
    safety = make(store, reason=BEFORE_RESTORE)
    store.engine.dispose()
    try:
        src = sqlite3.connect(_ro_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(file, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        raise translate(exc, file) or KnownError("backup_failed", detail=str(exc)) from exc
    store.forget_cache()
    if revision != schema.HEAD:
        schema.upgrade(store._writer)
    from qsupervise.services.audit import protect  # what Store.open does to a file, the restored one gets too

    protect(store, migrated=revision != schema.HEAD)
    return safety


# -- audited actions (what a user asks for) ---------------------------------------


def backup_now(store: Store, dest: Path | str | None = None, *, actor: str) -> Path:
    """A backup the user asked for, with its audit entry."""
    from qsupervise.permissions import require
    from qsupervise.services import audit

    require(store, "backup")  # the signed-in user's role (services/users.py); the CLI has every right
    saved = make(store, dest, reason=MANUAL)
    with store.session(actor=actor) as s:
        audit.record(s, actor=actor, action="backup", target=str(saved))
    return saved


def restore(store: Store, source: Path | str, *, actor: str) -> Path:
    """Restore from ``source`` (after a safety backup) and record it in the restored file's audit trail."""
    from qsupervise.permissions import require
    from qsupervise.services import audit

    require(store, "restore")
    safety = replace(store, source)
    with store.session(actor=actor) as s:
        audit.record(s, actor=actor, action="restore", target=str(source), detail={"safety": str(safety)})
    return safety


# -- listing and rotation ----------------------------------------------------------


def parse_name(name: str, stem: str) -> tuple[datetime, str] | None:
    """(made_at, reason) from a backup file name of the database ``stem``; None for anything else."""
    prefix = f"{stem}-"
    if not name.startswith(prefix):
        return None
    found = _NAME.match(name[len(prefix) :])
    if not found:
        return None
    try:
        made_at = datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return made_at, found["reason"]


def listing(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path`` in its backups folder, newest first; other files there are ignored."""
    folder = backups_dir(Path(db_path))
    found: list[tuple[int, BackupInfo]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_name(entry.name, Path(db_path).stem)
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:
            continue
        made_at, reason = parsed
        found.append((stat.st_mtime_ns, BackupInfo(Path(entry.path), made_at, stat.st_size, reason, reason != MANUAL)))
    # Names have whole seconds; within one second the file written last is the newer.
    found.sort(key=lambda pair: (pair[1].made_at, pair[0], pair[1].path.name), reverse=True)
    return [info for _mtime, info in found]


def choose_kept(
    items: Iterable[tuple[Path, datetime]],
    now: datetime,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
    recent: int = KEEP_RECENT,
) -> set[Path]:
    """Which automatic backups to keep: the newest of each of the last ``daily`` days that have one, of
    the last ``weekly`` ISO weeks, of the last ``monthly`` months, and up to ``recent`` made within a day
    of ``now`` (or after it: a clock set wrong must not cost the newest copies). Pure: no files touched.
    """
    ordered: Sequence[tuple[Path, datetime]] = sorted(items, key=lambda i: (i[1], i[0].name), reverse=True)
    kept: set[Path] = set()
    periods: tuple[tuple[Callable[[datetime], Hashable], int], ...] = (
        (lambda at: at.date(), daily),
        (lambda at: at.isocalendar()[:2], weekly),
        (lambda at: (at.year, at.month), monthly),
    )
    for period, count in periods:
        seen: set[Hashable] = set()
        for path, at in ordered:
            key = period(at)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            kept.add(path)
    fresh = [path for path, at in ordered if at > now - RECENT]
    kept.update(fresh[:recent])
    return kept


def rotate(db_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups :func:`choose_kept` lets go (manual ones stay); returns those deleted."""
    now = now or datetime.now()
    automatic = [b for b in listing(db_path) if b.automatic]
    kept = choose_kept(((b.path, b.made_at) for b in automatic), now)
    removed = [b.path for b in automatic if b.path not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    _remove_stale_partials(db_path, now)
    return removed


def _remove_stale_partials(db_path: Path, now: datetime) -> None:
    """Copies cut short by a crash or power cut (never renamed to .db) once they are surely not in progress."""
    for path in backups_dir(db_path).glob(f"{db_path.stem}-*.db{PARTIAL}"):
        try:
            if datetime.fromtimestamp(path.stat().st_mtime) < now - STALE_PARTIAL:
                path.unlink(missing_ok=True)
        except OSError:
            continue

