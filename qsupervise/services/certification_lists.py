"""The certificate ledger as a list: filters, SQL order, pages and counts (fast at 300k certificates)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, func, literal_column, or_, select, true
from sqlmodel import Session

from qsupervise import dialect
from qsupervise.models import Certification, Enterprise, OrgUnit
from qsupervise.rules import certificates as rules
from qsupervise.services.registry import search_pattern

CERT: Table = Certification.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
PAGE = 100
MAX_PAGE = 5000


# --- the list ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertQuery:
    """What the 认证许可 list shows: live certificates of live enterprises. ``status`` may be "expired"
    (derived); ``expiring`` keeps certificates still valid that expire within that many days; ``text`` matches
    the holder's name, pinyin initials or credit code, or the start of the certificate number."""

    text: str = ""
    kind: str | None = None
    township_id: str | None = None
    status: str | None = None
    expiring: int | None = None
    enterprise_id: str | None = None
    reward_eligible: bool | None = None
    sort: str = "expires"  # expires | holder | kind | issued | number
    descending: bool = False


@dataclass(frozen=True)
class CertRow:
    id: str
    enterprise_id: str
    holder: str
    uscc: str | None
    township_id: str
    township: str
    kind: str
    number: str
    number_note: str
    issuer: str
    scope: str
    issued_on: str | None
    expires_on: str | None
    status: str  # as stored
    shown_status: str  # on ``today``: "expired" derived
    band: str | None  # rules.expiry_band for a certificate whose date still matters
    reward_eligible: bool
    has_scan: bool


def _conditions(q: CertQuery, today: date, *, joined: bool) -> list[ColumnElement[bool]]:
    """The filters of ``q``. With the enterprise ``joined`` (a page: SQLite walks the expiry index and joins
    the rows it shows), on its columns; without (a count), through id subqueries SQLite turns into a set once,
    so counting reads no enterprise row per certificate."""
    day = today.isoformat()
    where: list[ColumnElement[bool]] = [CERT.c.deleted_at.is_(None)]
    if joined:
        where.append(ENT.c.deleted_at.is_(None))
    else:
        where.append(CERT.c.enterprise_id.not_in(select(ENT.c.id).where(ENT.c.deleted_at.is_not(None))))
    if q.kind:
        where.append(CERT.c.kind == q.kind)
    if q.enterprise_id:
        where.append(CERT.c.enterprise_id == q.enterprise_id)
    if q.township_id and joined:
        where.append(ENT.c.township_id == q.township_id)
    elif q.township_id:
        town = select(ENT.c.id).where(ENT.c.township_id == q.township_id, ENT.c.deleted_at.is_(None))
        where.append(CERT.c.enterprise_id.in_(town))
    if q.reward_eligible is not None:
        where.append(CERT.c.reward_eligible == q.reward_eligible)
    unexpired = or_(CERT.c.expires_on.is_(None), CERT.c.expires_on >= day)
    if q.status == rules.EXPIRED:
        where += [CERT.c.status.in_(rules.DATED), CERT.c.expires_on < day]
    elif q.status in rules.DATED:
        where += [CERT.c.status == q.status, unexpired]
    elif q.status:
        where.append(CERT.c.status == q.status)
    if q.expiring is not None:
        until = (today + timedelta(days=max(q.expiring, 0))).isoformat()
        where += [CERT.c.status.in_(rules.DATED), CERT.c.expires_on >= day, CERT.c.expires_on <= until]
    if q.text.strip():
        where.append(_text_condition(q.text))
    return where


def _text_condition(typed: str) -> ColumnElement[bool]:
    """The holder's search key (name, initials, code) contains it, or the certificate number starts with it."""
    number = rules.normalize_number(typed)
    clauses: list[ColumnElement[bool]] = []
    if number:
        # a range over the number index (LIKE would be case-blind and skip the index)
        clauses.append(and_(CERT.c.number >= number, CERT.c.number < number + "\U0010ffff"))
    pattern = search_pattern(typed)
    if pattern:
        holders = select(ENT.c.id).where(ENT.c.search_key.like(pattern), ENT.c.deleted_at.is_(None))
        clauses.append(CERT.c.enterprise_id.in_(holders))
    return or_(*clauses) if clauses else true()


def order(q: CertQuery) -> list[Any]:
    """ORDER BY of the list: the chosen key, then the expiry date, then insertion order.

    The expiry sort breaks ties by rowid, which the partial expiry index holds: a page of the nearest expiries
    is read straight off the index, without sorting the range.
    """
    keys: dict[str, Any] = {
        "expires": CERT.c.expires_on, "holder": ENT.c.search_key, "kind": CERT.c.kind, "issued": CERT.c.issued_on,
        "number": CERT.c.number,
    }
    key = keys.get(q.sort, CERT.c.expires_on)
    rowid: ColumnElement[int] = literal_column("certification.rowid")
    first, last = (dialect.order(key, q.descending), rowid.desc() if q.descending else rowid.asc())
    return [first, last] if key is CERT.c.expires_on else [first, dialect.order(CERT.c.expires_on), rowid]


def statement(q: CertQuery, today: date, *columns: Any, holders: bool = True) -> Select[Any]:
    """SELECT ``columns`` FROM certification (JOIN enterprise when ``holders``), filtered by ``q``, unordered."""
    source = CERT.join(ENT, ENT.c.id == CERT.c.enterprise_id) if holders else CERT
    return select(*columns).select_from(source).where(*_conditions(q, today, joined=holders))


def count(session: Session, q: CertQuery, *, today: date) -> int:
    """How many certificates the list holds (a count of the whole ledger reads an index, not the rows)."""
    stmt = statement(q, today, func.count(), holders=False)
    if q == CertQuery(sort=q.sort, descending=q.descending):
        # The whole ledger: a range over the holder index makes SQLite count it from that index alone (it holds
        # the enterprise_id the holder test reads); left to itself, it walks the expiry index and reads each row.
        stmt = stmt.where(CERT.c.enterprise_id >= "")
    return int(session.connection().execute(stmt).scalar_one())


def page(session: Session, q: CertQuery, *, today: date, offset: int = 0, limit: int = PAGE) -> list[CertRow]:
    """One page of the list, in order (sort and filters in SQL; ``limit`` at most ``MAX_PAGE``)."""
    columns = (
        CERT.c.id, CERT.c.enterprise_id, ENT.c.name.label("holder"), ENT.c.uscc, ENT.c.township_id, CERT.c.kind,
        CERT.c.number, CERT.c.number_note, CERT.c.issuer, CERT.c.scope, CERT.c.issued_on, CERT.c.expires_on,
        CERT.c.status, CERT.c.reward_eligible, CERT.c.attachment_id,
    )
    stmt = statement(q, today, *columns).order_by(*order(q)).offset(max(offset, 0)).limit(min(max(limit, 0), MAX_PAGE))
    conn = session.connection()
    found = conn.execute(stmt).mappings().all()
    towns = _township_names(session, {r["township_id"] for r in found})
    return [_row(r, towns, today) for r in found]


def _row(r: Any, towns: dict[str, str], today: date) -> CertRow:
    status, expires = r["status"], r["expires_on"]
    return CertRow(
        id=r["id"], enterprise_id=r["enterprise_id"], holder=r["holder"], uscc=r["uscc"],
        township_id=r["township_id"], township=towns.get(r["township_id"], ""), kind=r["kind"], number=r["number"],
        number_note=r["number_note"], issuer=r["issuer"], scope=r["scope"], issued_on=r["issued_on"],
        expires_on=expires, status=status, shown_status=rules.effective_status(status, expires, today),
        band=rules.expiry_band(expires, today) if status in rules.DATED else None,
        reward_eligible=bool(r["reward_eligible"]), has_scan=r["attachment_id"] is not None,
    )


def _township_names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.connection().execute(select(ORG.c.id, ORG.c.name).where(ORG.c.id.in_(sorted(ids))))
    return {r[0]: r[1] for r in rows}


def rows_by_id(session: Session, ids: Sequence[str], *, today: date) -> list[CertRow]:
    """The rows of these certificates (deleted ones included), in the order given."""
    columns = (
        CERT.c.id, CERT.c.enterprise_id, ENT.c.name.label("holder"), ENT.c.uscc, ENT.c.township_id, CERT.c.kind,
        CERT.c.number, CERT.c.number_note, CERT.c.issuer, CERT.c.scope, CERT.c.issued_on, CERT.c.expires_on,
        CERT.c.status, CERT.c.reward_eligible, CERT.c.attachment_id,
    )
    found: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        stmt = (select(*columns).select_from(CERT.join(ENT, ENT.c.id == CERT.c.enterprise_id))
                .where(CERT.c.id.in_(list(ids[start : start + 500]))))
        found.update({r["id"]: r for r in session.connection().execute(stmt).mappings()})
    towns = _township_names(session, {r["township_id"] for r in found.values()})
    return [_row(found[i], towns, today) for i in ids if i in found]
