"""One program at a time per database file: an OS lock on ``<db>.lock`` held while a Store is open.

SQLite's own locks let two programs write the same file in turn, which on a shared laptop or a network
share ends with two people overwriting each other's day (several users belong on a PostgreSQL hub).
The lock is advisory (``flock`` on POSIX, ``msvcrt.locking`` on Windows), released by the OS when the
process dies, so a crash never leaves the file locked. Within one process several Store objects may
open the same file (the window and its workers, tests): a registry counts them.
The lock file is never deleted: removing it while another program waits on it would let two in.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from qsupervise.errors import DatabaseLocked, DatabaseReadOnly

# Windows locks a byte range and refuses reads inside it: lock far past the owner note at the start.
_WINDOWS_LOCK_OFFSET = 0x7FFF0000
# File systems that cannot lock at all (some FUSE and old NFS mounts): open without the lock rather than
# not at all; storage_check warns about such places.
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS}


@dataclass
class _Held:
    fd: int
    count: int


_registry: dict[str, _Held] = {}
_guard = threading.Lock()


def lock_path(db_path: Path) -> Path:
    real = Path(db_path).resolve()
    return real.with_name(real.name + ".lock")


def acquire(db_path: Path) -> Path:
    """Take (or share, within this process) the lock of ``db_path``; refuses when another process has it.

    Returns the lock file, which :func:`release` takes back.
    """
    path = lock_path(db_path)
    key = str(path)
    with _guard:
        held = _registry.get(key)
        if held is not None:
            held.count += 1
            return path
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise DatabaseReadOnly("db_readonly", path=db_path) from exc
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            owner = _read_owner(fd)
            os.close(fd)
            raise DatabaseLocked("db_in_use", path=db_path, **owner)
        _write_owner(fd)
        _registry[key] = _Held(fd, 1)
    return path


def release(lock: Path) -> None:
    """Give back one :func:`acquire` (its result); the OS lock goes with the last one."""
    key = str(lock)
    with _guard:
        held = _registry.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _registry[key]
        _unlock(held.fd)
        os.close(held.fd)


def held_here(db_path: Path) -> int:
    """How many Store objects of this process hold ``db_path`` (0 when none)."""
    held = _registry.get(str(lock_path(db_path)))
    return held.count if held else 0


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _UNSUPPORTED:
            return True
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass  # closing the descriptor right after releases it anyway


def _write_owner(fd: int) -> None:
    """Who holds the file, for the message another program shows; best effort."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    note = {
        "pid": os.getpid(),
        "user": user,
        "host": socket.gethostname(),
        "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
    }
    data = json.dumps(note, ensure_ascii=False).encode("utf-8")
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        os.ftruncate(fd, len(data))
    except OSError:
        pass


def _read_owner(fd: int) -> dict[str, str]:
    unknown = {"pid": "?", "user": "?", "host": "?", "since": "?"}
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        note = json.loads(os.read(fd, 4096).decode("utf-8"))
    except (OSError, ValueError):
        return unknown
    if not isinstance(note, dict):
        return unknown
    return {k: str(note.get(k, "?")) for k in unknown}
