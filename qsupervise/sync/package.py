"""The ``.qsp`` sync package: a signed manifest followed by a SQLite payload.

Byte layout (all integers big-endian)::

    offset  size  what
    0       7     magic  b"QSP\\r\\n\\x1a\\n"  ("QSP", then bytes that text-mode copies and mail gateways mangle)
    7       2     format major (1)
    9       2     format minor (0)
    11      4     manifest length N (at most MAX_MANIFEST)
    15      N     manifest: canonical JSON (sorted keys, compact separators, UTF-8)
    15+N    64    Ed25519 signature of bytes [0, 15+N) by the station named in the manifest
    79+N    rest  payload: a SQLite file, exactly manifest.payload_size bytes with SHA-256 manifest.payload_sha256

A reader refuses a newer *major* version; a newer minor version only adds manifest fields (kept in
``Manifest.extra``) and is read. :func:`read_package` checks everything before it hands anything back.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import struct
import tempfile
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from qsupervise.errors import KnownError
from qsupervise.sync import keys, payload

MAGIC = b"QSP\r\n\x1a\n"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
HEAD = struct.Struct(">7sHHI")  # magic, major, minor, manifest length
PLAUSIBLE_NEWER = 50  # a major version further ahead than this is damage, not a newer program
STALE_PAYLOAD = timedelta(hours=12)  # an import's copy of a payload older than this was left by a killed one
MAX_MANIFEST = 1 << 20
MAX_BYTES = 2 << 30  # default size cap: 2 GiB
CHUNK = 1 << 20
KINDS = ("township", "county-return")
# field -> type every package of this major version carries
REQUIRED: dict[str, type | tuple[type, ...]] = {
    "format_version": str,
    "schema_revision": str,
    "package_id": str,
    "station_id": str,
    "seq_first": int,
    "seq_last": int,
    "counts": dict,
    "payload_size": int,
    "payload_sha256": str,
    "audit_head": str,
    "created_at": str,
    "kind": str,
}


@dataclass(frozen=True)
class Revoked:
    """What ``key_for_station`` returns for a station the county has revoked (lost laptop)."""

    since: str = ""


KeyLookup = Callable[[str], bytes | Revoked | None]


@dataclass(frozen=True)
class Manifest:
    format_version: str
    schema_revision: str
    package_id: str
    station_id: str
    seq_first: int
    seq_last: int
    counts: dict[str, int]
    payload_size: int
    payload_sha256: str
    audit_head: str
    created_at: str
    kind: str
    extra: dict[str, Any] = field(default_factory=dict)  # fields of a newer minor version

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in REQUIRED}
        return {**self.extra, **data}

    def to_bytes(self) -> bytes:
        """Canonical JSON: sorted keys, compact, UTF-8."""
        return canonical(self.to_dict())


@dataclass
class VerifiedPackage:
    """A package whose signature, hash, counts and payload have all been checked.

    ``payload_path`` is a private temporary copy of the payload; :meth:`close` (or leaving a ``with`` block)
    deletes it. ``file_sha256`` is the hash of the whole file: the same package id with another hash is a
    forgery, even when both are signed (the importer keeps it per package id).
    """

    path: Path
    manifest: Manifest
    payload_path: Path
    file_sha256: str
    size: int

    def open_payload(self) -> sqlite3.Connection:
        return payload.open_read_only(self.payload_path)

    def close(self) -> None:
        self.payload_path.unlink(missing_ok=True)

    def __enter__(self) -> VerifiedPackage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def canonical(data: Mapping[str, Any]) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)  # orjson is compact and UTF-8 already


def version_text(major: int, minor: int) -> str:
    return f"{major}.{minor}"


# -- writing ---------------------------------------------------------------------------------------------------


def write_package(
    dest: Path, manifest_fields: Mapping[str, Any], payload_file: Path, signing_key: keys.StationKey
) -> Manifest:
    """Write ``dest`` whole or not at all, then read it back and compare (fake-capacity USB sticks).

    ``manifest_fields`` gives schema_revision, seq_first, seq_last, counts, audit_head, kind and optionally
    package_id and created_at; the station is the signing key's, size and hash come from ``payload_file``.
    """
    dest = Path(dest).expanduser().absolute()
    given = dict(manifest_fields)
    if given.get("station_id", signing_key.station_id) != signing_key.station_id:
        raise ValueError("the manifest names another station than the signing key")
    size, digest = _hash_file(payload_file)
    data = {
        **given,
        "format_version": version_text(FORMAT_MAJOR, FORMAT_MINOR),
        # random, never from ids.new_id (demo data fixes that one): the same id with other bytes is a forgery
        "package_id": str(given.get("package_id") or uuid.uuid4()),
        "station_id": signing_key.station_id,
        "created_at": str(given.get("created_at") or datetime.now(UTC).isoformat(timespec="seconds")),
        "payload_size": size,
        "payload_sha256": digest,
    }
    manifest = parse_manifest(canonical(data), dest)  # the writer checks what every reader will check
    body = manifest.to_bytes()
    header = HEAD.pack(MAGIC, FORMAT_MAJOR, FORMAT_MINOR, len(body)) + body
    signature = signing_key.sign(header)
    whole = hashlib.sha256(header + signature)
    with _replace_atomically(dest) as temporary:
        with temporary.open("wb") as out, payload_file.open("rb") as src:
            out.write(header)
            out.write(signature)
            while chunk := src.read(CHUNK):
                whole.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    _verify_written(dest, whole.hexdigest(), len(header) + len(signature) + size)
    return manifest


def _verify_written(dest: Path, expected: str, size: int) -> None:
    try:
        found_size, found = _hash_file(dest)
    except OSError:
        found_size, found = -1, ""
    if found != expected or found_size != size:
        with contextlib.suppress(OSError):
            dest.unlink()
        raise KnownError("package_write_unverified", path=dest)


@contextlib.contextmanager
def _replace_atomically(path: Path) -> Iterator[Path]:
    """Like documents.writing.replace_atomically, with fsync of the file and its folder (no openpyxl)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".part")
    except OSError as exc:
        raise KnownError("output_unwritable", path=path, detail=str(exc)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        try:
            yield temporary
            with contextlib.suppress(OSError):
                temporary.chmod(0o644)
            os.replace(temporary, path)
        except OSError as exc:
            raise KnownError("output_unwritable", path=path, detail=str(exc)) from exc
        with contextlib.suppress(OSError):  # the rename itself reaches the disk (POSIX; no-op elsewhere)
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    finally:
        temporary.unlink(missing_ok=True)


def _hash_file(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            size += len(chunk)
            digest.update(chunk)
    return size, digest.hexdigest()


# -- reading ---------------------------------------------------------------------------------------------------


def parse_manifest(raw: bytes, path: Path) -> Manifest:
    """The manifest from its JSON bytes; KnownError ``package_manifest_bad`` naming what is wrong."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise KnownError("package_manifest_bad", path=path, detail=f"JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise KnownError("package_manifest_bad", path=path, detail="not a JSON object")
    for name, kind in REQUIRED.items():
        if name not in data:
            raise KnownError("package_manifest_bad", path=path, detail=f"missing {name}")
        value = data[name]
        if not isinstance(value, kind) or isinstance(value, bool):
            raise KnownError("package_manifest_bad", path=path, detail=f"{name} has the wrong type")
    problem = _manifest_problem(data)
    if problem:
        raise KnownError("package_manifest_bad", path=path, detail=problem)
    known = {name: data.pop(name) for name in REQUIRED}
    return Manifest(**known, extra=data)


def _manifest_problem(data: dict[str, Any]) -> str:
    if data["kind"] not in KINDS:
        return f"kind {data['kind']!r}"
    try:
        uuid.UUID(data["package_id"])
    except ValueError:
        return "package_id is not a UUID"
    if not data["station_id"] or not data["schema_revision"]:
        return "empty station_id or schema_revision"
    if data["seq_first"] < 0 or data["seq_last"] < data["seq_first"] - 1:
        return "seq range"
    if data["payload_size"] < 0 or len(data["payload_sha256"]) != 64:
        return "payload size or hash"
    counts = data["counts"]
    if not all(isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
               for k, v in counts.items()):
        return "counts"
    return ""


def read_package(
    path: Path, *, key_for_station: KeyLookup, max_bytes: int = MAX_BYTES, temp_dir: Path | None = None
) -> VerifiedPackage:
    """Check a package completely and return it with its payload in a private temporary file.

    ``key_for_station(station_id)`` returns the enrolled public key (32 raw bytes), ``None`` for a station
    not enrolled, or :class:`Revoked` for a revoked one; it may also raise a KnownError of its own.
    Every refusal is a KnownError (``package_*``) raised before anything is returned; no temporary file is
    left behind then.
    """
    path = Path(path).expanduser().absolute()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise KnownError("package_too_big", path=path, size=size, limit=max_bytes)
        with path.open("rb") as fh:
            return _read(fh, path, size, key_for_station, temp_dir)
    except FileNotFoundError as exc:
        raise KnownError("file_not_found", file=str(path)) from exc
    except OSError as exc:
        raise KnownError("package_unreadable", path=path, detail=str(exc)) from exc


def _read(fh: BinaryIO, path: Path, size: int, key_for_station: KeyLookup, temp_dir: Path | None) -> VerifiedPackage:
    head = fh.read(HEAD.size)
    if head[: len(MAGIC)] != MAGIC[: len(head)] or not head:
        raise KnownError("package_not_qsp", path=path)
    if len(head) < HEAD.size:
        raise KnownError("package_truncated", path=path, part="header")
    _magic, major, minor, length = HEAD.unpack(head)
    supported = f"{FORMAT_MAJOR}.x"
    if major > FORMAT_MAJOR + PLAUSIBLE_NEWER:  # not a version anyone wrote: the header itself is damaged
        raise KnownError("package_corrupt", path=path, detail="header")
    if major > FORMAT_MAJOR:
        raise KnownError("package_format_newer", path=path, found=version_text(major, minor), supported=supported)
    if major < FORMAT_MAJOR:
        raise KnownError("package_format_old", path=path, found=version_text(major, minor), supported=supported)
    if length > MAX_MANIFEST:
        raise KnownError("package_corrupt", path=path, detail="manifest length")
    body = fh.read(length)
    if len(body) < length:
        raise KnownError("package_truncated", path=path, part="manifest")
    manifest = parse_manifest(body, path)
    if manifest.format_version != version_text(major, minor):
        raise KnownError("package_manifest_bad", path=path, detail="format_version differs from the header")
    signature = fh.read(keys.SIGNATURE_BYTES)
    if len(signature) < keys.SIGNATURE_BYTES:
        raise KnownError("package_truncated", path=path, part="signature")
    public = key_for_station(manifest.station_id)
    if public is None:
        raise KnownError("package_station_unknown", path=path, station=manifest.station_id)
    if isinstance(public, Revoked):
        raise KnownError("package_station_revoked", path=path, station=manifest.station_id, since=public.since)
    if not keys.verify(public, head + body, signature):
        raise KnownError("package_forged", path=path)
    start = HEAD.size + length + keys.SIGNATURE_BYTES
    if size - start < manifest.payload_size:
        raise KnownError("package_truncated", path=path, part="payload")
    if size - start > manifest.payload_size:
        raise KnownError("package_corrupt", path=path, detail="bytes after the payload")
    whole = hashlib.sha256(head + body + signature)
    return _extract(fh, path, manifest, whole, size, temp_dir)


def remove_stale_payloads(temp_dir: Path | None = None, *, now: datetime | None = None) -> int:
    """Delete the payload copies (``qsp-payload-*``) that imports killed mid-way left in the temporary folder,
    once they are surely not in use (:data:`STALE_PAYLOAD`); returns how many."""
    folder = Path(temp_dir or tempfile.gettempdir())
    limit = (now or datetime.now()) - STALE_PAYLOAD
    removed = 0
    for found in folder.glob("qsp-payload-*.sqlite"):
        try:
            if datetime.fromtimestamp(found.stat().st_mtime) < limit:
                found.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def _extract(
    fh: BinaryIO, path: Path, manifest: Manifest, whole: Any, size: int, temp_dir: Path | None
) -> VerifiedPackage:
    handle, name = tempfile.mkstemp(dir=temp_dir, prefix="qsp-payload-", suffix=".sqlite")
    temporary = Path(name)
    try:
        digest = hashlib.sha256()
        written = 0
        with os.fdopen(handle, "wb") as out:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                whole.update(chunk)
                written += len(chunk)
                out.write(chunk)
        if written != manifest.payload_size or digest.hexdigest() != manifest.payload_sha256:
            raise KnownError("package_corrupt", path=path, detail="payload hash")
        conn = payload.open_read_only(temporary)
        try:
            found = payload.counts(conn)
        finally:
            conn.close()
        if found != {k: v for k, v in manifest.counts.items() if v}:
            raise KnownError("package_corrupt", path=path, detail="counts differ from the manifest")
        return VerifiedPackage(path=path, manifest=manifest, payload_path=temporary, file_sha256=whole.hexdigest(),
                               size=size)
    except KnownError as exc:
        temporary.unlink(missing_ok=True)
        if exc.code == "package_corrupt":  # name the package, not the temporary copy of its payload
            exc.params["path"] = str(path)
        raise
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
