"""Station key pairs (Ed25519, libsodium through PyNaCl).

The public key travels as text (base64 of the 32 raw bytes) with a short fingerprint people can read out
over the phone. The private key of the local station lives in a file of its own under
``paths.data_dir()/keys/<station_id>.key`` (0600 on POSIX), never in the database: the database travels in
backups and to the county, the key must not.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from qsupervise import paths
from qsupervise.errors import KnownError

KEY_FILE_HEADER = "qsupervise-ed25519-private-key-v1"
PUBLIC_BYTES = 32
SIGNATURE_BYTES = 64
_STATION_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")  # UUID text; never a path


@dataclass(frozen=True)
class StationKey:
    """The private (signing) key of one station."""

    station_id: str
    seed: bytes  # the 32-byte Ed25519 seed

    @property
    def public(self) -> bytes:
        return bytes(SigningKey(self.seed).verify_key)

    def public_text(self) -> str:
        return public_key_text(self.public)

    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, message: bytes) -> bytes:
        """The 64-byte detached signature of ``message``."""
        return SigningKey(self.seed).sign(message).signature

    def __repr__(self) -> str:  # never print the seed
        return f"StationKey(station_id={self.station_id!r}, fingerprint={self.fingerprint()!r})"


def generate(station_id: str) -> StationKey:
    return StationKey(station_id=_checked_id(station_id), seed=bytes(SigningKey.generate()))


def public_key_text(public: bytes) -> str:
    return base64.b64encode(public).decode("ascii")


def public_key_from_text(text: str) -> bytes:
    """The 32 raw bytes of a public key written by :func:`public_key_text`; KnownError when it is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KnownError("station_public_key_bad", detail=str(exc)) from exc
    if len(raw) != PUBLIC_BYTES:
        raise KnownError("station_public_key_bad", detail=f"{len(raw)} bytes, expected {PUBLIC_BYTES}")
    return raw


def fingerprint(public: bytes) -> str:
    """First 16 hex digits of the key's SHA-256, in groups of four: ``3f2a 9c01 77be 0d41``."""
    digest = hashlib.sha256(public).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def verify(public: bytes, message: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is the signature of ``message`` by the holder of ``public``."""
    if len(public) != PUBLIC_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        VerifyKey(public).verify(message, signature)
    except BadSignatureError:
        return False
    return True


def keys_dir() -> Path:
    return paths.data_dir() / "keys"


def key_path(station_id: str, directory: Path | None = None) -> Path:
    return (directory or keys_dir()) / f"{_checked_id(station_id)}.key"


def save(key: StationKey, *, directory: Path | None = None, replace: bool = False) -> Path:
    """Write the private key file (whole or not at all, 0600); refuses to overwrite unless ``replace``."""
    path = key_path(key.station_id, directory)
    if path.exists() and not replace:
        raise KnownError("station_key_exists", path=path)
    text = f"{KEY_FILE_HEADER}\n{key.station_id}\n{base64.b64encode(key.seed).decode('ascii')}\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            path.parent.chmod(0o700)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".key-")  # mkstemp: 0600 from the start
    except OSError as exc:
        raise KnownError("output_unwritable", path=path, detail=str(exc)) from exc
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="ascii") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise KnownError("output_unwritable", path=path, detail=str(exc)) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return path


def load(station_id: str, *, directory: Path | None = None) -> StationKey:
    """The station's private key from its file; KnownError ``station_key_missing`` / ``station_key_bad``."""
    path = key_path(station_id, directory)
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError as exc:
        raise KnownError("station_key_missing", station=station_id, path=path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError("station_key_bad", path=path, detail=str(exc)) from exc
    lines = text.split("\n")
    if len(lines) < 3 or lines[0] != KEY_FILE_HEADER or lines[1] != station_id:
        raise KnownError("station_key_bad", path=path, detail="not a key file of this station")
    try:
        seed = base64.b64decode(lines[2], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KnownError("station_key_bad", path=path, detail=str(exc)) from exc
    if len(seed) != 32:
        raise KnownError("station_key_bad", path=path, detail=f"{len(seed)}-byte seed")
    return StationKey(station_id=station_id, seed=seed)


def _checked_id(station_id: str) -> str:
    if not _STATION_ID.match(station_id):
        raise ValueError(f"not a station id: {station_id!r}")
    return station_id
