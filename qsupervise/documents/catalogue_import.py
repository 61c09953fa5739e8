"""Importing the county's standards catalogue (标准目录) from a spreadsheet.

A row is one standard: its number (the key: a re-import updates the entry with the same normalized number),
title, status (现行 / 废止 / 被代替), the edition that replaced it (被代替), the older ones it replaces
(代替标准, as the national announcements list them: each becomes a replaced entry pointing at this row),
and its dates. A row with an error is never written (the others are, as with every importer: DESIGN §7);
the error workbook carries the rows to fix, to be imported again once corrected. After a real import the
catalogue's status is written onto the executed standards of every product
(services/standards_catalogue.apply_catalogue), in the same transaction.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select

from qsupervise.changelog import WriteContext, bulk_insert, bulk_update_rows, stamp
from qsupervise.documents import Cancel, Progress, never, no_progress
from qsupervise.documents.enterprise_plan import problem
from qsupervise.documents.enterprise_rows import Issue
from qsupervise.documents.headers import Vocabulary
from qsupervise.documents.results import ImportResult
from qsupervise.documents.spotcheck_rows import clean, parse_date
from qsupervise.documents.tables import Table as Sheet
from qsupervise.documents.tables import read_table
from qsupervise.errors import BadInput, KnownError
from qsupervise.messages import text
from qsupervise.models import CatalogueStandard
from qsupervise.rules import standards as rules
from qsupervise.services import audit
from qsupervise.services.standards_catalogue import Applied, apply_catalogue
from qsupervise.store import Store

CAT: Table = CatalogueStandard.__table__  # type: ignore[attr-defined]
WRITES = frozenset({"catalogue_standard", "executed_standard"})
WRITE_CHUNK = 5000
COMPARED = ("number", "kind", "title", "status", "replaced_by", "issued_on", "implemented_on", "withdrawn_on", "note")
DATES = ("issued_on", "implemented_on", "withdrawn_on")
TITLE_LIMIT = 300

HEADERS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "no", "no."),
    "number": ("标准号", "标准编号", "标准代号", "标准代号及编号", "国家标准编号", "标准号/编号", "编号",
               "standard no", "standard number", "number"),
    "title": ("标准名称", "中文名称", "国家标准名称", "标准中文名称", "名称", "title", "name"),
    "status": ("状态", "标准状态", "现行状态", "是否有效", "status"),
    "replaced_by": ("被代替", "被代替标准", "被代替标准号", "被替代", "被替代标准", "代替者", "替代为", "新标准",
                    "新标准号", "replaced by"),
    "replaces": ("代替标准", "代替标准号", "代替", "替代标准", "replaces"),
    "issued_on": ("发布日期", "发布时间", "批准日期", "issued", "issued on"),
    "implemented_on": ("实施日期", "实施时间", "implemented", "implemented on", "in force from"),
    "withdrawn_on": ("废止日期", "废止时间", "作废日期", "withdrawn", "withdrawn on"),
    "note": ("备注", "说明", "note", "remarks"),
}
LABELS: dict[str, str] = {
    "seq": "序号", "number": "标准号", "title": "标准名称", "status": "状态", "replaced_by": "被代替",
    "replaces": "代替标准", "issued_on": "发布日期", "implemented_on": "实施日期", "withdrawn_on": "废止日期",
    "note": "备注",
}  # fmt: skip
VOCABULARY = Vocabulary(HEADERS)


@dataclass
class Line:
    """A row read: the entry's values, the fields its cells gave, the numbers it replaces, its problems."""

    row: int
    values: dict[str, Any]
    given: set[str]
    replaces: list[str]
    issues: list[Issue]

    @property
    def failed(self) -> bool:
        return any(i.severity == "error" for i in self.issues)


@dataclass
class CatalogueImport:
    """The importer's §7 result, the catalogue entries implied by 代替标准 columns, and the flags written."""

    result: ImportResult
    implied: int = 0
    applied: Applied | None = None

    def as_dict(self) -> dict[str, Any]:
        flags = self.applied
        return {**self.result.as_dict(), "implied": self.implied,
                "flags": None if flags is None else {"superseded": flags.superseded, "withdrawn": flags.withdrawn,
                                                     "cleared": flags.cleared, "changed": flags.changed}}


@dataclass
class Planned:
    counts: dict[str, int]
    problems: list[Any] = field(default_factory=list)
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    implied: int = 0


def read_line(number: int, cells: list[str], columns: list[tuple[int, str]]) -> Line:
    raw = {name: clean(cells[c]) if c < len(cells) else "" for c, name in columns}
    issues: list[Issue] = []
    values: dict[str, Any] = {}
    typed = raw.get("number", "")
    if not typed:
        issues.append(Issue("number", "missing_field", "error"))
    else:
        parsed, problems = rules.check_number(typed)
        issues += [Issue("number", p.code, p.severity, p.params, p.key) for p in problems]
        if parsed is not None:
            values.update(number=typed[:100], normalized=parsed.normalized, kind=parsed.kind)
    title = raw.get("title", "")
    if len(title) > TITLE_LIMIT:
        params = {"length": str(len(title)), "limit": str(TITLE_LIMIT)}
        issues.append(Issue("title", "text_too_long", "warning", params))
    if title:
        values["title"] = title[:TITLE_LIMIT]
    if raw.get("note"):
        values["note"] = raw["note"]
    for name in DATES:
        if raw.get(name):
            day = parse_date(raw[name])
            if day is None:
                issues.append(Issue(name, "date_format", "error", {"value": raw[name], "field": LABELS[name]},
                                    "std_date_format"))
            else:
                values[name] = day
    if values.get("issued_on") and values.get("implemented_on") and values["implemented_on"] < values["issued_on"]:
        params = {"issued": values["issued_on"], "implemented": values["implemented_on"]}
        issues.append(Issue("implemented_on", "date_order", "warning", params, "std_dates_order"))
    _status(raw, values, issues)
    replaces = _replaces(raw.get("replaces", ""), values.get("normalized"), issues)
    return Line(number, values, set(values) - {"normalized"}, replaces, issues)


def _status(raw: dict[str, str], values: dict[str, Any], issues: list[Issue]) -> None:
    """现行 / 废止 / 被代替 from the status cell; a successor makes the entry replaced, a 废止日期 withdrawn."""
    status = None
    if raw.get("status"):
        status = rules.parse_status(raw["status"])
        if status is None:
            issues.append(Issue("status", "std_status", "error", {"value": raw["status"]}))
    successor = raw.get("replaced_by", "")
    if successor:
        parsed, problems = rules.check_number(successor)
        issues += [Issue("replaced_by", p.code, p.severity, p.params, p.key) for p in problems
                   if p.code != "number_extra_text"]
        if parsed is not None and parsed.normalized == values.get("normalized"):
            issues.append(Issue("replaced_by", "std_replaced_self", "error", {"number": parsed.normalized}))
        elif parsed is not None:
            values["replaced_by"] = parsed.normalized
            if status not in (None, rules.REPLACED):
                issues.append(Issue("status", "std_status_conflict", "warning",
                                    {"value": raw["status"], "successor": parsed.normalized}))
            status = rules.REPLACED
    if status is None and values.get("withdrawn_on") and not raw.get("status"):
        status = rules.WITHDRAWN
    if status is not None:
        values["status"] = status
        if status != rules.REPLACED:
            values["replaced_by"] = ""


def _replaces(cell: str, own: str | None, issues: list[Issue]) -> list[str]:
    if not cell:
        return []
    found = [s.normalized for s in rules.parse_many(cell)]
    if not found:
        issues.append(Issue("replaces", "number_format", "error", {"value": cell}, "std_number_format"))
    if own is not None and own in found:
        issues.append(Issue("replaces", "std_replaced_self", "error", {"number": own}))
    return [n for n in dict.fromkeys(found) if n != own]


def import_catalogue(
    store: Store,
    path: Path | str,
    *,
    dry_run: bool = False,
    sheet: str | None = None,
    actor: str = "cli",
    lang: str = "zh",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> CatalogueImport:
    """Check the whole file; write its good rows (after a backup) and flag the products; rows with an error are
    never written and come back as problems for the error workbook (DESIGN §7, as every importer)."""
    path = Path(path)
    report, stop = progress or no_progress, cancel or never
    report(0.0, text("import_reading", lang, file=path.name))
    table = read_table(path, is_header=VOCABULARY.is_header, sheet=sheet, cancel=stop)
    mapping = VOCABULARY.recognise(table.headers)
    if "number" not in mapping.values():
        raise BadInput("missing_columns", file=path.name, columns=LABELS["number"], row=table.header_row,
                       headers="、".join(h for h in table.headers if h) or "（空）")
    if dry_run:
        with store.read() as s:
            plan = _plan(s.connection(), table, mapping, path.name, lang, stop)
        return CatalogueImport(ImportResult(True, True, plan.counts, plan.problems, None, table, mapping,
                                            tables=WRITES), plan.implied)
    backup, seconds, applied = None, 0.0, None
    with store.session(actor=actor) as s:
        conn = s.connection()
        plan = _plan(conn, table, mapping, path.name, lang, stop)
        if plan.inserts or plan.updates:
            started = time.perf_counter()
            backup = store.backup(reason="before-import")
            seconds = time.perf_counter() - started
            report(0.7, text("import_done_short", lang))
            ctx: WriteContext = s.info["write_context"]
            for start in range(0, len(plan.inserts), WRITE_CHUNK):
                bulk_insert(conn, ctx, CAT, [stamp(ctx, r) for r in plan.inserts[start : start + WRITE_CHUNK]])
            for start in range(0, len(plan.updates), WRITE_CHUNK):
                bulk_update_rows(conn, ctx, CAT, plan.updates[start : start + WRITE_CHUNK])
            applied = apply_catalogue(s, actor=actor)
        detail = {"file": path.name, "sheet": table.sheet, "implied": plan.implied, **plan.counts}
        audit.record(s, actor=actor, action="import.standards_catalogue", target=path.name, detail=detail)
    report(1.0, text("import_done_short", lang))
    result = ImportResult(True, False, plan.counts, plan.problems, backup, table, mapping, backup_seconds=seconds,
                          tables=WRITES)
    return CatalogueImport(result, plan.implied, applied)


def _plan(conn: Connection, table: Sheet, mapping: dict[int, str], source: str, lang: str, stop: Cancel) -> Planned:
    columns = sorted((c, f) for c, f in mapping.items() if f != "seq")
    lines = [read_line(number, cells, columns) for number, cells in table.rows]
    if stop():
        raise KnownError("cancelled")
    stored = {r["normalized"]: r for r in conn.execute(select(CAT).where(CAT.c.deleted_at.is_(None))).mappings()}
    first: dict[str, int] = {}
    for line in lines:
        own = line.values.get("normalized")
        if own is not None and first.setdefault(own, line.row) != line.row:
            line.issues.append(Issue("number", "duplicate_row", "error", {"first": str(first[own])},
                                     "std_duplicate_row"))
    explicit = {ln.values["normalized"]: ln for ln in lines if not ln.failed}
    implied: dict[str, dict[str, Any]] = {}  # old number -> values its successor row gives it
    for line in explicit.values():
        for old in line.replaces:
            if old not in explicit:
                implied.setdefault(old, {"status": rules.REPLACED, "replaced_by": line.values["normalized"]})
    merged = {n: (str(r["status"]), str(r["replaced_by"] or "")) for n, r in stored.items()}
    merged |= {n: (v["status"], v["replaced_by"]) for n, v in implied.items()}
    for n, line in explicit.items():
        before = merged.get(n, (rules.CURRENT, ""))
        merged[n] = (line.values.get("status", before[0]), line.values.get("replaced_by", before[1]))
    for n, line in explicit.items():
        chain = rules.follow(n, merged)
        if chain.cycle:
            line.issues.append(Issue("replaced_by", "std_replaced_cycle", "error", {"path": " → ".join(chain.path)}))
    plan = Planned({"rows": len(lines), "created": 0, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0})
    column_of = {f: c for c, f in mapping.items()}
    for line in lines:
        plan.problems += [problem(line.row, i, table, column_of, lang, LABELS) for i in line.issues]
        severities = {i.severity for i in line.issues}
        if "error" in severities:
            plan.counts["errors"] += 1
            continue
        plan.counts["warnings"] += "warning" in severities
        target = stored.get(line.values["normalized"])
        if target is None:
            values = {"title": "", "status": rules.CURRENT, "replaced_by": "", "note": "", **line.values}
            plan.inserts.append({**values, "source": f"{source} row {line.row}"[:200], "deleted_at": None})
            plan.counts["created"] += 1
            continue
        diff = {f: line.values[f] for f in COMPARED if f in line.given and line.values[f] != target[f]}
        if diff:
            plan.updates.append((target["id"], diff))
        plan.counts["updated" if diff else "unchanged"] += 1
    for old, values in implied.items():
        target = stored.get(old)
        if target is None:
            parsed = rules.parse(old)
            plan.inserts.append({"number": old, "normalized": old, "kind": parsed.kind if parsed else "unknown",
                                 "title": "", **values, "note": "", "source": f"{source} 代替标准"[:200],
                                 "deleted_at": None})
            plan.implied += 1
        elif (target["status"], target["replaced_by"]) != (values["status"], values["replaced_by"]):
            plan.updates.append((target["id"], values))
            plan.implied += 1
    return plan
