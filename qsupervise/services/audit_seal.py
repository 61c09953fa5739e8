"""What anchors the audit chain outside the database file: the installation's HMAC key and high-water marks.

Both live in the user-data folder (``paths.data_dir()/audit``), never in the database, so someone who rewrites
``audit_entry`` with another SQLite tool can neither recompute the keyed hashes nor move the mark. See
docs/decisions/0007-audit-chain.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from qsupervise.paths import data_dir

log = logging.getLogger(__name__)

KEY_BYTES = 32
KID_LENGTH = 8
_keys: dict[Path, tuple[str, bytes]] = {}  # folder -> (key id, key) of this installation


def seal_dir() -> Path:
    return data_dir() / "audit"


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:KID_LENGTH]


def local_key() -> tuple[str, bytes]:
    """This installation's key (made on first use); an unwritable data folder gives a key for this run only."""
    folder = seal_dir()
    cached = _keys.get(folder)
    if cached is not None:
        return cached
    path = folder / "key"
    key = _read_key(path)
    if key is None:
        key = secrets.token_bytes(KEY_BYTES)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(key.hex())
                fh.flush()
                os.fsync(fh.fileno())
        except FileExistsError:  # another process made it first: use theirs
            key = _read_key(path) or key
        except OSError as exc:
            log.warning("audit key not saved (%s): entries of this run cannot be verified later", exc)
    found = (key_id(key), key)
    _keys[folder] = found
    return found


def known_keys() -> dict[str, bytes]:
    """Keys this machine can verify with: its own and any copied into ``audit/keys/`` (one hex key per file)."""
    found: dict[str, bytes] = {}
    own = _read_key(seal_dir() / "key")
    cached = _keys.get(seal_dir())
    for key in (own, cached[1] if cached else None):
        if key is not None:
            found[key_id(key)] = key
    extra = seal_dir() / "keys"
    if extra.is_dir():
        for path in sorted(extra.iterdir()):
            key = _read_key(path)
            if key is not None:
                found[key_id(key)] = key
    return found


def _read_key(path: Path) -> bytes | None:
    try:
        raw = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(raw)
    except (OSError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def mac(key: bytes, message: bytes) -> str:
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


# -- high-water marks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """The last entry this machine saw committed to one database file."""

    seq: int
    hash: str


def mark_name(station_id: str, db_path: str) -> str:
    """One mark per database (its local station) at one place: a copy elsewhere starts without one."""
    resolved = str(Path(db_path).expanduser().resolve()) if db_path else ""
    return hashlib.sha256(f"{station_id}|{resolved}".encode()).hexdigest()[:40]


def read_mark(name: str) -> Mark | None:
    try:
        data = json.loads((seal_dir() / "marks" / f"{name}.json").read_text(encoding="utf-8"))
        return Mark(int(data["seq"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_mark(name: str, mark: Mark, *, path: str) -> None:
    """Replace the mark atomically; failing to write it only weakens the next check (logged)."""
    folder = seal_dir() / "marks"
    target = folder / f"{name}.json"
    temp = folder / f"{name}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps({"seq": mark.seq, "hash": mark.hash, "db": path}), encoding="utf-8")
        os.replace(temp, target)
    except OSError as exc:
        log.warning("audit high-water mark not saved: %s", exc)
        temp.unlink(missing_ok=True)
