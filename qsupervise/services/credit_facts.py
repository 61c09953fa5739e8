"""An enterprise's record as the credit rules read it, gathered for a whole county in a handful of queries.

Each source is one query over its table (spot checks, penalties, certificates, list entries), never one per
enterprise: the rows that matter are few (failing samples, penalties, certificates), so they come into Python
and are sorted into :class:`~qsupervise.rules.credit.Facts`. A list of ids up to ``IN_LIMIT`` is looked up
through the indexes; more (or None: every live enterprise) reads the tables once and filters in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, String, Table, func, select, union

from qsupervise import dialect
from qsupervise.models import Brand, Certification, CreditListEntry, Enterprise, Penalty
from qsupervise.rules import certificates, followup
from qsupervise.rules.credit import LISTS, MANAGEMENT_SYSTEMS, MANDATORY_LICENCES, Facts, Item
from qsupervise.rules.verdicts import FAIL, SERIOUS
from qsupervise.services import spotcheck_stats
from qsupervise.services.spotchecks import FOLLOWUP_COLUMNS

ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
CERT: Table = Certification.__table__  # type: ignore[attr-defined]
PENALTY: Table = Penalty.__table__  # type: ignore[attr-defined]
LIST: Table = CreditListEntry.__table__  # type: ignore[attr-defined]
BRAND: Table = Brand.__table__  # type: ignore[attr-defined]
CHECK = spotcheck_stats.CHECK
IN_LIMIT = 2000
LAPSED = (certificates.REVOKED, certificates.EXPIRED)  # a licence that ended against the holder's will
_FIELDS = ("failed", "seriously_failed", "unrectified", "penalties", "lapsed_licences", "certificates",
           "serious_dishonest", "abnormal_operation")
Gathered = dict[str, dict[str, list[Item]]]


def facts_for(conn: Connection, enterprise_ids: Collection[str] | None, today: date) -> dict[str, Facts]:
    """The record on ``today`` of each live enterprise in ``enterprise_ids`` (None: all of them), by id.

    Enterprises with nothing on record share one empty :class:`Facts`.
    """
    wanted = _live_ids(conn, enterprise_ids)
    narrow = None if enterprise_ids is None or len(wanted) > IN_LIMIT else sorted(wanted)
    found: Gathered = defaultdict(lambda: defaultdict(list))
    _samples(conn, found, narrow, today)
    _penalties(conn, found, narrow, today)
    _certificates(conn, found, narrow, today)
    _list_entries(conn, found, narrow, today)
    awards = award_items(conn, narrow, today)
    empty = Facts(as_of=today, awards=None if awards is None else ())
    out: dict[str, Facts] = {}
    for eid in sorted(wanted):
        lists = found.get(eid)
        got = awards.get(eid, ()) if awards is not None else None
        if lists is None and not got:
            out[eid] = empty
            continue
        values = {name: _newest_first(lists.get(name, ())) for name in _FIELDS} if lists else {}
        out[eid] = Facts(as_of=today, awards=None if awards is None else _newest_first(got or ()), **values)
    return out


def award_items(conn: Connection, enterprise_ids: Collection[str] | None, today: date) -> dict[str, list[Item]] | None:
    """Titles granted up to ``today`` per enterprise, from the brand register (``on``: the day granted; ``ref``:
    the title, with the product for a product title). Revoked titles are no honour and are left out; expired ones
    stay (the ``award`` rule's window decides what counts). Never None now that the register exists.
    """
    stmt = select(BRAND.c.enterprise_id, BRAND.c.granted_on, BRAND.c.title, BRAND.c.product_name).where(
        BRAND.c.deleted_at.is_(None), BRAND.c.status != "revoked", BRAND.c.granted_on <= today.isoformat())
    ids = None if enterprise_ids is None else sorted(set(enterprise_ids))
    out: dict[str, list[Item]] = defaultdict(list)
    for row in _rows(conn, stmt, BRAND.c.enterprise_id, ids):
        product = (row["product_name"] or "").strip()
        ref = f"{row['title']}（{product}）" if product and product not in row["title"] else row["title"]
        out[row["enterprise_id"]].append(Item(row["granted_on"], ref))
    return {eid: list(_newest_first(items)) for eid, items in out.items()}


def _newest_first(items: Iterable[Item]) -> tuple[Item, ...]:
    return tuple(sorted(items, key=lambda i: (i.on, i.ref), reverse=True))


def _live_ids(conn: Connection, ids: Collection[str] | None) -> set[str]:
    live = ENT.c.deleted_at.is_(None)
    if ids is None:  # 200k ids: straight from the driver, without a result object per row
        return {r[0] for r in dialect.raw_rows(conn, "SELECT id FROM enterprise WHERE deleted_at IS NULL")}
    out: set[str] = set()
    given = list(dict.fromkeys(ids))
    for start in range(0, len(given), 500):
        out.update(r[0] for r in conn.execute(select(ENT.c.id).where(live, ENT.c.id.in_(given[start:start + 500]))))
    return out


def _rows(conn: Connection, stmt: Select[Any], column: ColumnElement[Any], ids: list[str] | None) -> Iterable[Any]:
    if ids is None:
        yield from conn.execute(stmt).mappings()
        return
    for start in range(0, len(ids), 500):
        yield from conn.execute(stmt.where(column.in_(ids[start:start + 500]))).mappings()


def sample_day() -> ColumnElement[str]:
    """The day a sample counts from: sampled, else reported, else the last day of its plan's year (as the
    registry's 抽查不合格 column counts)."""
    plan_end = spotcheck_stats.of_plan(lambda plan: func.cast(plan.c.year, String) + "-12-31")
    return func.coalesce(func.nullif(CHECK.c.sampled_on, ""), func.nullif(CHECK.c.report_on, ""), plan_end)


def _samples(conn: Connection, found: Gathered, ids: list[str] | None, today: date) -> None:
    """Finally failing samples, once per enterprise whether it was the sampled unit, the producer or both."""
    day = sample_day()
    ref = func.coalesce(func.nullif(CHECK.c.sample_no, ""), func.nullif(CHECK.c.report_no, ""),
                        func.nullif(CHECK.c.product, ""), CHECK.c.id)
    columns = [CHECK.c.id, day.label("day"), ref.label("ref"),
               *(CHECK.c[c] for c in dict.fromkeys(FOLLOWUP_COLUMNS))]
    where = [*spotcheck_stats.live(), spotcheck_stats.failed_finally(), day <= today.isoformat()]
    for row in _as_owner(conn, columns, where, ids):
        owner_id = row["owner"]
        item = Item(row["day"] or "", row["ref"])
        lists = found[owner_id]
        lists["seriously_failed" if row["verdict"] == SERIOUS else "failed"].append(item)
        if _unrectified(row, today):
            lists["unrectified"].append(item)


def _as_owner(conn: Connection, columns: list[Any], where: list[Any], ids: list[str] | None) -> Iterable[Any]:
    """Rows of samples per owner: the sampled unit and the producer; UNION drops the second of (owner, sample)."""
    chunks: list[list[str] | None] = [None] if ids is None else [ids[i:i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        parts = [select(owner.label("owner"), *columns).where(
                     *where, owner.isnot(None) if chunk is None else owner.in_(chunk))
                 for owner in (CHECK.c.enterprise_id, CHECK.c.producer_id)]
        yield from conn.execute(union(*parts)).mappings()


def _unrectified(row: Any, today: date) -> bool:
    """Not closed, and its follow-up overdue or its latest recheck (复查) failed."""
    if row["closed_on"]:
        return False
    step = followup.next_step(row, today)
    if step is None:
        return False
    latest_recheck = row["second_recheck_verdict"] or row["recheck_verdict"]
    return step.overdue(today) or latest_recheck == FAIL


def _penalties(conn: Connection, found: Gathered, ids: list[str] | None, today: date) -> None:
    ref = func.coalesce(func.nullif(PENALTY.c.document_no, ""), PENALTY.c.decided_on)
    stmt = select(PENALTY.c.enterprise_id, PENALTY.c.decided_on, ref.label("ref")).where(
        PENALTY.c.deleted_at.is_(None), PENALTY.c.decided_on <= today.isoformat())
    for row in _rows(conn, stmt, PENALTY.c.enterprise_id, ids):
        found[row["enterprise_id"]]["penalties"].append(Item(row["decided_on"], row["ref"]))


def _certificates(conn: Connection, found: Gathered, ids: list[str] | None, today: date) -> None:
    """Management-system certificates in force (one per kind), and mandatory licence kinds that lapsed."""
    kinds = (*MANAGEMENT_SYSTEMS, *MANDATORY_LICENCES)
    stmt = (
        select(CERT.c.enterprise_id, CERT.c.kind, CERT.c.number, CERT.c.status, CERT.c.issued_on,
               CERT.c.expires_on, ENT.c.status.label("enterprise_status"))
        .select_from(CERT.join(ENT, ENT.c.id == CERT.c.enterprise_id))
        .where(CERT.c.deleted_at.is_(None), CERT.c.kind.in_(kinds),
               func.coalesce(func.nullif(CERT.c.issued_on, ""), "") <= today.isoformat())
    )
    in_force: dict[tuple[str, str], Item] = {}
    lapsed: dict[tuple[str, str], Item] = {}
    active: set[str] = set()
    for row in _rows(conn, stmt, CERT.c.enterprise_id, ids):
        key = (row["enterprise_id"], row["kind"])
        status = certificates.effective_status(row["status"], row["expires_on"] or None, today)
        # the day it counts from: its expiry; a revocation's day is not recorded, so a revoked one is undated
        on = "" if status == certificates.REVOKED else row["expires_on"] or ""
        item = Item(on, _cert_ref(row["kind"], row["number"] or ""))
        if row["enterprise_status"] == "active":
            active.add(row["enterprise_id"])
        held = in_force if status == certificates.VALID else lapsed if status in LAPSED else None
        if held is not None and (key not in held or _later(item, held[key])):
            held[key] = item
    for (eid, kind), item in in_force.items():
        if kind in MANAGEMENT_SYSTEMS:
            found[eid]["certificates"].append(item)
    for (eid, kind), item in lapsed.items():
        if kind in MANDATORY_LICENCES and eid in active and (eid, kind) not in in_force:
            found[eid]["lapsed_licences"].append(item)


def _later(a: Item, b: Item) -> bool:
    return (a.on or "9999", a.ref) > (b.on or "9999", b.ref)


def _cert_ref(kind: str, number: str) -> str:
    """"ISO 9001 00124Q31245R0M"; a licence number that names its kind (SC…, XK…) stands alone."""
    name = {"iso9001": "ISO 9001", "iso14001": "ISO 14001", "iso45001": "ISO 45001"}.get(kind, kind.upper())
    return number if kind.upper() in number.upper() else f"{name} {number}".strip()


def _list_entries(conn: Connection, found: Gathered, ids: list[str] | None, today: date) -> None:
    """Entries in force on ``today``: listed on or before it, not removed by then."""
    day = today.isoformat()
    ref = func.trim(LIST.c.listed_on + " " + LIST.c.authority + " " + LIST.c.document_no)
    stmt = select(LIST.c.enterprise_id, LIST.c.list_kind, LIST.c.listed_on, ref.label("ref")).where(
        LIST.c.deleted_at.is_(None), LIST.c.list_kind.in_(LISTS), LIST.c.listed_on <= day,
        (LIST.c.removed_on.is_(None)) | (LIST.c.removed_on > day))
    for row in _rows(conn, stmt, LIST.c.enterprise_id, ids):
        found[row["enterprise_id"]][row["list_kind"]].append(Item(row["listed_on"], row["ref"]))
