"""Importing certificate and licence lists (认证许可台账): holders linked to the registry, dry run, one transaction.

A row names its holder by credit code, else by name (linked as the spot-check importer links parties: the
same code, else the same name in any spelling of brackets and spaces). A certificate needs a registered
holder, so an unmatched one is an error. A row is the same certificate as a stored one when kind and number
agree, or — without a number — when holder, kind and date of issue do: importing a list twice changes nothing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, select

from qsupervise.documents import Cancel, Progress, never, no_progress, paused_gc
from qsupervise.documents.enterprise_import import ENT, write_plan
from qsupervise.documents.enterprise_plan import Plan, problem
from qsupervise.documents.enterprise_rows import SCIENTIFIC, Issue, flag_of
from qsupervise.documents.headers import CERTIFICATE_LABELS, CERTIFICATES
from qsupervise.documents.results import ImportResult
from qsupervise.documents.spotcheck_import import Links
from qsupervise.documents.spotcheck_rows import WELL_FORMED, SpotRow, clean, fold, parse_date
from qsupervise.documents.tables import Table as Sheet
from qsupervise.documents.tables import read_table
from qsupervise.errors import BadInput, KnownError
from qsupervise.messages import text
from qsupervise.models import Certification, OrgKind, OrgUnit
from qsupervise.rules import certificates as rules
from qsupervise.rules import uscc as uscc_rules
from qsupervise.services import audit
from qsupervise.services.certifications import LIMITS
from qsupervise.store import Store

CERT: Table = Certification.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
IN_CHUNK = 500
WRITES = frozenset({"certification"})
TEXTS = ("issuer", "scope", "note")
COMPARED = ("issuer", "scope", "issued_on", "expires_on", "status", "reward_eligible", "note")
# What lists write in the expiry column of a certificate without an end (地理标志): no date, no problem.
OPEN_ENDED = frozenset({"长期", "长期有效", "永久", "永久有效", "无期限", "无", "不限"})
DAY = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")


class NoHeader(BadInput):
    """``no_header`` with the columns of a certificate list as the example."""

    def message(self, lang: str = "zh") -> str:
        return text("cert_no_header", lang, **self.params)


@dataclass
class LedgerRow:
    """A row read: the certificate's values, how it names its holder, its problems."""

    row: int
    values: dict[str, Any]
    holder: str
    code: str  # a well-formed credit code ("" when none)
    township: str
    issues: list[Issue]
    given: set[str] = field(default_factory=set)  # fields the row fills (blank cells give nothing)

    @property
    def failed(self) -> bool:
        return any(i.severity == "error" for i in self.issues)


@lru_cache(maxsize=4096)
def read_dates(value: str) -> tuple[str | None, str | None, bool]:
    """(issued, expires, readable) of an expiry cell: one date, a range "2021-03-05至2024-03-04", or "长期"."""
    if value in OPEN_ENDED:
        return None, None, True
    found = parse_date(value)
    if found is not None:
        return None, found, True
    days = [parse_date(d) for d in DAY.findall(value)]
    if len(days) == 2 and all(days):
        return days[0], days[1], True
    return None, None, False


class RowReader:
    """Reads rows through a column mapping; the few distinct kinds, statuses and dates are parsed once each."""

    def __init__(self, mapping: dict[int, str], *, lossy: set[tuple[int, int]]) -> None:
        self.columns = sorted((c, f) for c, f in mapping.items() if f != "seq")
        self.number_column = next((c for c, f in self.columns if f == "number"), None)
        self.lossy = lossy

    def read(self, number: int, cells: list[str]) -> LedgerRow:
        raw = {name: clean(cells[c]) if c < len(cells) else "" for c, name in self.columns}
        issues: list[Issue] = []
        values: dict[str, Any] = {}
        code = uscc_rules.normalize(raw.get("uscc", ""))
        code = code if WELL_FORMED.fullmatch(code) else ""
        holder = raw.get("holder", "")
        if not holder and not code:
            issues.append(Issue("holder", "missing_field", "error", {}, "cert_no_holder"))
        kind = raw.get("kind", "")
        if not kind:
            issues.append(Issue("kind", "missing_field", "error"))
        elif (values_kind := rules.parse_kind(kind)) is None:
            issues.append(Issue("kind", "certificate_type", "error", {"value": kind}))
        else:
            values["kind"] = values_kind
        if (number, self.number_column) in self.lossy or SCIENTIFIC.fullmatch(raw.get("number", "")):
            issues.append(Issue("number", "number_format", "error", {"value": raw["number"]}, "cert_number_lost"))
        values["number"] = self.number(raw.get("number", ""), values.get("kind"), issues)
        for name in TEXTS:
            values[name] = self.plain(name, raw.get(name, ""), issues)
        self.dates(raw.get("issued_on", ""), raw.get("expires_on", ""), values, issues)
        status = raw.get("status", "")
        if status:
            parsed = rules.parse_status(status)
            if parsed is None:
                issues.append(Issue("status", "cert_status", "error", {"value": status}))
            elif parsed != rules.EXPIRED:  # expiry follows from the date, it is not stored
                values["status"] = parsed
        reward = raw.get("reward_eligible", "")
        if reward:
            flag = flag_of(reward)
            if flag is None:
                issues.append(Issue("reward_eligible", "bad_choice", "warning", {"value": reward},
                                    "cert_reward_unread"))
            else:
                values["reward_eligible"] = flag
        note = raw.get("number_note", "")[: LIMITS["number_note"]]
        if note:
            values["number_note"] = note
        given = {k for k, v in values.items() if v not in ("", None)}
        return LedgerRow(number, values, holder, code, raw.get("township", ""), issues, given)

    def number(self, value: str, kind: str | None, issues: list[Issue]) -> str:
        number = rules.normalize_number(value)
        if len(number) > rules.NUMBER_LIMIT:
            params = {"length": str(len(number)), "limit": str(rules.NUMBER_LIMIT)}
            issues.append(Issue("number", "text_too_long", "error", params, "cert_number_too_long"))
            return ""
        if kind is not None:
            for p in rules.check_number(kind, number):
                issues.append(Issue("number", p.code, p.severity, p.params, p.key))
        return number

    def plain(self, name: str, value: str, issues: list[Issue]) -> str:
        limit = LIMITS.get(name)
        if limit is not None and len(value) > limit:
            issues.append(Issue(name, "text_too_long", "warning", {"length": str(len(value)), "limit": str(limit)}))
            return value[:limit]
        return value

    def dates(self, issued: str, expires: str, values: dict[str, Any], issues: list[Issue]) -> None:
        values["issued_on"] = None
        if issued:
            values["issued_on"] = parse_date(issued)
            if values["issued_on"] is None:
                issues.append(Issue("issued_on", "date_format", "warning", {"value": issued}, "cert_issued_unread"))
        values["expires_on"] = None
        if expires:
            start, end, readable = read_dates(expires)
            if not readable:
                issues.append(Issue("expires_on", "date_format", "error", {"value": expires}, "cert_expiry_unread"))
            values["expires_on"] = end
            if start and not values["issued_on"]:
                values["issued_on"] = start
        if values["issued_on"] and values["expires_on"] and values["expires_on"] < values["issued_on"]:
            params = {"issued": values["issued_on"], "expires": values["expires_on"]}
            issues.append(Issue("expires_on", "date_order", "error", params, "cert_dates_order"))


def read_certificates(path: Path | str, sheet: str | None, stop: Cancel = never) -> tuple[Sheet, dict[int, str]]:
    """The table (merged cells filled: a holder named once for several certificates) and its column mapping."""
    try:
        table = read_table(path, is_header=CERTIFICATES.is_header, sheet=sheet, cancel=stop, fill_merged=True)
    except BadInput as exc:
        if exc.code == "no_header":
            raise NoHeader("no_header", **exc.params) from exc
        raise
    return table, CERTIFICATES.recognise(table.headers)


def import_certifications(
    store: Store,
    path: Path | str,
    *,
    mapping: dict[int, str] | None = None,
    dry_run: bool = False,
    skip_warnings: bool = False,
    sheet: str | None = None,
    actor: str = "cli",
    lang: str = "zh",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Add or correct certificates from a list; rows with errors are left out and listed (DESIGN §7)."""
    with paused_gc():
        path = Path(path)
        report, stop = progress or no_progress, cancel or never
        report(0.0, text("import_reading", lang, file=path.name))
        table, guessed = read_certificates(path, sheet, stop)
        columns = mapping if mapping is not None else guessed
        args = (table, columns, path.name, skip_warnings, lang, report, stop)
        if dry_run:
            with store.read() as s:
                plan = _plan(s.connection(), *args)
            return ImportResult(True, True, plan.counts, plan.problems, None, table, columns, plan.skipped,
                                tables=WRITES)
        backup, seconds = None, 0.0
        with store.session(actor=actor) as s:
            conn = s.connection()
            plan = _plan(conn, *args)
            if plan.inserts or plan.updates:
                started = time.perf_counter()
                backup = store.backup(reason="before-import")  # reads the last commit: nothing is written yet
                seconds = time.perf_counter() - started
                write_plan(conn, s.info["write_context"], plan, report, stop, table=CERT)
            detail = {"file": path.name, "sheet": table.sheet, **plan.counts}
            audit.record(s, actor=actor, action="import.certifications", target=path.name, detail=detail)
        report(1.0, text("import_done_short", lang))
        return ImportResult(True, False, plan.counts, plan.problems, backup, table, columns, plan.skipped, seconds,
                            tables=WRITES)


def _plan(
    conn: Connection,
    table: Sheet,
    mapping: dict[int, str],
    source: str,
    skip_warnings: bool,
    lang: str,
    report: Progress,
    stop: Cancel,
) -> Plan:
    named = set(mapping.values())
    missing = [] if named & {"holder", "uscc"} else ["holder"]
    missing += [] if "kind" in named else ["kind"]
    if missing:
        labels = {**CERTIFICATE_LABELS, "holder": text("cert_holder_label", lang)}
        raise BadInput(
            "missing_columns", file=source, columns="、".join(labels[f] for f in missing), row=table.header_row,
            headers="、".join(h for h in table.headers if h) or "（空）",
        )
    rows = _read_rows(table, mapping, lang, report, stop)
    report(0.65, text("cert_import_planning", lang))
    holders = Holders(conn, [r for r in rows if not r.failed], lang)
    for r in rows:
        if not r.failed:
            holders.link(r)
    stored = Stored(conn, [r for r in rows if not r.failed])
    if stop():
        raise KnownError("cancelled")
    plan = Plan({"rows": len(rows), "created": 0, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0})
    column_of = {f: c for c, f in mapping.items()}
    seen: dict[tuple[Any, ...], int] = {}
    claimed: set[str] = set()  # stored certificates an earlier row already is
    for r in rows:
        target = None
        if not r.failed:
            key = _key(r.values)
            if seen.setdefault(key, r.row) != r.row:
                r.issues.append(Issue("number", "duplicate_row", "error", {"first": str(seen[key])},
                                      "cert_duplicate_row"))
            else:
                target = stored.find(r.values)
                if target is not None and target["id"] in claimed:
                    target = None
                if target is not None and target["enterprise_id"] != r.values["enterprise_id"]:
                    params = {"number": r.values["number"], "holder": holders.name_of(target["enterprise_id"])}
                    r.issues.append(Issue("number", "duplicate_number", "error", params, "cert_number_other_holder"))
        plan.problems += [problem(r.row, i, table, column_of, lang, CERTIFICATE_LABELS) for i in r.issues]
        severities = {i.severity for i in r.issues}
        if "error" in severities:
            plan.counts["errors"] += 1
            continue
        if "warning" in severities:
            plan.counts["warnings"] += 1
            if skip_warnings:
                plan.skipped.append(r.row)
                continue
        auto_note = f"{source} row {r.row}"[: LIMITS["number_note"]] if _number_warned(r) else ""
        if target is not None:
            claimed.add(target["id"])
        if target is None:
            values = {"number_note": auto_note, "status": rules.VALID, "reward_eligible": False, **r.values}
            plan.inserts.append({**values, "source": f"{source} row {r.row}"[: LIMITS["source"]], "deleted_at": None})
            plan.counts["created"] += 1
            continue
        diff = changed(r, target, auto_note)
        if diff:
            plan.updates.setdefault(frozenset(diff), []).append((target["id"], diff))
        plan.counts["updated" if diff else "unchanged"] += 1
    return plan


def _number_warned(r: LedgerRow) -> bool:
    return any(i.field == "number" and i.code == "number_format" for i in r.issues) and "number_note" not in r.given


def _read_rows(table: Sheet, mapping: dict[int, str], lang: str, report: Progress, stop: Cancel) -> list[LedgerRow]:
    reader = RowReader(mapping, lossy=table.lossy)
    rows: list[LedgerRow] = []
    total = max(len(table.rows), 1)
    for i, (number, cells) in enumerate(table.rows):
        if i % 2000 == 0:
            if stop():
                raise KnownError("cancelled")
            report(0.1 + 0.5 * i / total, text("import_checking", lang, done=f"{i:,}", total=f"{total:,}"))
        rows.append(reader.read(number, cells))
    return rows


def _key(values: dict[str, Any]) -> tuple[Any, ...]:
    """(kind, number), or (holder, kind, date of issue) for a certificate without a number."""
    if values["number"]:
        return values["kind"], values["number"]
    return values["enterprise_id"], values["kind"], values["issued_on"]


def changed(r: LedgerRow, target: RowMapping, auto_note: str) -> dict[str, Any]:
    """What the row corrects on a stored certificate. A blank cell is "not given", never "erase"."""
    diff = {f: r.values[f] for f in COMPARED if f in r.given and r.values[f] != target[f]}
    if r.values["number"] and not target["number"]:
        diff["number"] = r.values["number"]
    note = r.values.get("number_note") or (auto_note if not target["number_note"] else "")
    if note and note != target["number_note"]:
        diff["number_note"] = note
    return diff


class Holders:
    """The registered enterprises a list names, found as the spot-check importer finds its parties."""

    def __init__(self, conn: Connection, rows: list[LedgerRow], lang: str) -> None:
        carriers = [SpotRow(r.row, {"unit_name": r.holder}, r.code, [], "") for r in rows]
        self.links = Links(conn, carriers, lang)
        self.conn = conn
        towns = conn.execute(select(ORG.c.id, ORG.c.name).where(ORG.c.kind == OrgKind.TOWNSHIP))
        self.towns = {fold(name): town_id for town_id, name in towns}
        self.names: dict[str, str] = {}

    def link(self, r: LedgerRow) -> None:
        """Set ``enterprise_id`` on the row, or add the error that says why not."""
        found = self.links.by_code.get(r.code) if r.code else None
        if found is None and r.holder:
            matches = list(self.links.by_name.get(fold(r.holder), {}).values())
            town = self.towns.get(fold(r.township)) if r.township else None
            if len(matches) > 1 and town is not None:
                matches = [m for m in matches if m["township_id"] == town]
            if len(matches) == 1:
                found = matches[0]
                if r.code and found["uscc"] and found["uscc"] != r.code:
                    params = {"name": found["name"], "given": r.code, "stored": found["uscc"]}
                    r.issues.append(Issue("uscc", "uscc_mismatch", "warning", params, "cert_code_mismatch"))
            elif matches:
                params = {"name": r.holder, "count": str(len(matches))}
                r.issues.append(Issue("holder", "unlinked_enterprise", "error", params, "cert_unlinked_ambiguous"))
                return
        if found is None:
            field_name = "holder" if r.holder else "uscc"
            params = {"name": r.holder or r.code, "code": r.code or "—"}
            r.issues.append(Issue(field_name, "unlinked_enterprise", "error", params, "cert_unlinked"))
            return
        self.names[found["id"]] = found["name"]
        r.values["enterprise_id"] = found["id"]

    def name_of(self, enterprise_id: str) -> str:
        if enterprise_id not in self.names:
            found = self.conn.execute(select(ENT.c.name).where(ENT.c.id == enterprise_id)).scalar()
            self.names[enterprise_id] = str(found or enterprise_id)
        return self.names[enterprise_id]


class Stored:
    """Live certificates the rows may be: by (kind, number), and by (holder, kind, date of issue)."""

    COLUMNS = ("id", "enterprise_id", "kind", "number", "number_note", *COMPARED)

    def __init__(self, conn: Connection, rows: Iterable[LedgerRow]) -> None:
        numbers, holders = set(), set()
        for r in rows:
            if "enterprise_id" not in r.values:
                continue
            if r.values["number"]:
                numbers.add(r.values["number"])
            holders.add(r.values["enterprise_id"])
        base = select(*(CERT.c[c] for c in self.COLUMNS)).where(CERT.c.deleted_at.is_(None)).order_by(
            CERT.c.created_at
        )
        self.by_number: dict[tuple[str, str], RowMapping] = {}
        for chunk in _chunks(numbers):
            for row in conn.execute(base.where(CERT.c.number.in_(chunk))).mappings():
                self.by_number.setdefault((row["kind"], row["number"]), row)
        self.by_issue: dict[tuple[str, str, str | None], list[RowMapping]] = {}
        for chunk in _chunks(holders):
            for row in conn.execute(base.where(CERT.c.enterprise_id.in_(chunk))).mappings():
                self.by_issue.setdefault((row["enterprise_id"], row["kind"], row["issued_on"]), []).append(row)

    def find(self, values: dict[str, Any]) -> RowMapping | None:
        """The stored certificate a row is: the one with its number; else the one certificate of its holder, kind
        and date of issue without a number (a row with a number gives it one); without a number, also a
        numbered one when it is the only candidate."""
        if values["number"] and (hit := self.by_number.get((values["kind"], values["number"]))) is not None:
            return hit
        if values["number"] and not values["issued_on"]:
            return None
        found = self.by_issue.get((values["enterprise_id"], values["kind"], values["issued_on"]), [])
        unnumbered = [row for row in found if not row["number"]]
        if len(unnumbered) == 1:
            return unnumbered[0]
        if not values["number"] and not unnumbered and len(found) == 1:
            return found[0]
        return None


def _chunks(values: set[str]) -> Iterable[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]
