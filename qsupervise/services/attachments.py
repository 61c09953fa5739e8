"""Scans and photos kept in the database by content hash: the same file attached twice is stored once.

Only PDFs and images are kept (recognised by their first bytes, whatever the file is named), each at most
``MAX_BYTES``: a database travels in backups and sync packages, so it stays lean.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy import Table, select
from sqlmodel import Session

from qsupervise.errors import KnownError
from qsupervise.models import Attachment

ATT: Table = Attachment.__table__  # type: ignore[attr-defined]
MAX_BYTES = 20 * 1024 * 1024
NAME_LIMIT = 200
# (first bytes, MIME type): what a scanner or a phone writes
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
)
ALLOWED = frozenset({mime for _magic, mime in SIGNATURES} | {"image/webp"})  # what store() keeps


def sniff(data: bytes) -> str | None:
    """The MIME type a PDF's or an image's first bytes show; None for anything else."""
    head = data[:16]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, mime in SIGNATURES:
        if head.startswith(magic):
            return mime
    return None


def guess_mime(data: bytes, name: str = "") -> str:
    """The MIME type of a file's content; by the name's extension when the content does not say."""
    guessed, _encoding = mimetypes.guess_type(name)
    return sniff(data) or guessed or "application/octet-stream"


def _size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB"


def _read(source: Path | bytes, name: str) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, name
    path = Path(source).expanduser()
    shown = name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refuse before reading hundreds of megabytes
            raise KnownError("attachment_too_big", file=shown, size=_size_text(size), limit=_size_text(MAX_BYTES))
        return path.read_bytes(), shown
    except FileNotFoundError as exc:
        raise KnownError("file_not_found", file=str(path)) from exc
    except OSError as exc:
        raise KnownError("attachment_unreadable", file=shown, detail=str(exc)) from exc


def store(session: Session, source: Path | bytes, name: str = "") -> Attachment:
    """The attachment holding this content: the one already stored, else a new one (in the caller's transaction).

    Refuses (KnownError) an empty file, one over ``MAX_BYTES`` and anything that is not a PDF or an image.
    """
    data, shown = _read(source, name)
    if not data:
        raise KnownError("attachment_empty", file=shown or "—")
    if len(data) > MAX_BYTES:
        raise KnownError("attachment_too_big", file=shown or "—", size=_size_text(len(data)),
                         limit=_size_text(MAX_BYTES))
    mime = sniff(data)  # by content only: a renamed file is no scan
    if mime is None:
        raise KnownError("attachment_type", file=shown or "—")
    digest = hashlib.sha256(data).hexdigest()
    found = find(session, digest)
    if found is not None:
        return found
    attachment = Attachment(sha256=digest, name=shown[-NAME_LIMIT:], mime=mime, size=len(data), data=data)
    session.add(attachment)
    session.flush()
    return attachment


def find(session: Session, sha256: str) -> Attachment | None:
    """The stored attachment with this content hash (the oldest, should a merge have brought two)."""
    stmt = select(ATT.c.id).where(ATT.c.sha256 == sha256).order_by(ATT.c.created_at).limit(1)
    found = session.connection().execute(stmt).scalar()
    return session.get(Attachment, found) if found is not None else None


def read(session: Session, attachment_id: str) -> bytes:
    """The stored bytes of an attachment."""
    found = session.connection().execute(select(ATT.c.data).where(ATT.c.id == attachment_id)).scalar()
    if found is None:
        raise KnownError("attachment_unknown", id=attachment_id)
    return bytes(found)


def info(session: Session, attachment_id: str) -> tuple[str, str, int]:
    """(name, MIME type, size) of an attachment, without loading its bytes."""
    row = session.connection().execute(
        select(ATT.c.name, ATT.c.mime, ATT.c.size).where(ATT.c.id == attachment_id)
    ).first()
    if row is None:
        raise KnownError("attachment_unknown", id=attachment_id)
    return str(row[0]), str(row[1]), int(row[2])
