"""The append-only audit trail: who did what, each entry chained to the previous by hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import desc
from sqlmodel import Session, col, select

from qsupervise.models import AuditEntry, utcnow


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, target: str, detail: str) -> str:
    payload = json.dumps(
        [prev_hash, at.strftime("%Y-%m-%dT%H:%M:%S"), actor, action, target, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session, *, actor: str, action: str, target: str = "", detail: dict[str, Any] | None = None
) -> AuditEntry:
    """Append one entry in the caller's transaction."""
    last = session.exec(select(AuditEntry).order_by(desc(col(AuditEntry.seq))).limit(1)).first()
    prev = last.hash if last else ""
    at = utcnow()
    text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
    entry = AuditEntry(
        at=at,
        actor=actor,
        action=action,
        target=target,
        detail=text,
        prev_hash=prev,
        hash=entry_hash(prev, at, actor, action, target, text),
    )
    session.add(entry)
    session.flush()
    return entry


def broken_links(entries: Iterable[AuditEntry]) -> list[int]:
    """Sequence numbers of entries whose hash or link does not match (empty when intact)."""
    bad: list[int] = []
    prev = ""
    for e in entries:
        expected = entry_hash(prev, e.at, e.actor, e.action, e.target, e.detail)
        if e.prev_hash != prev or e.hash != expected:
            bad.append(e.seq or 0)
        prev = e.hash
    return bad


def recent(session: Session, *, limit: int = 50) -> list[AuditEntry]:
    return list(session.exec(select(AuditEntry).order_by(desc(col(AuditEntry.seq))).limit(limit)))
