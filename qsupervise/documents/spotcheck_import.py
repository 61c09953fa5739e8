"""Importing published spot-check results (监督抽查结果公告表): rows linked to the registry, dry run, one transaction.

A row names its parties as text; each is linked to a registered enterprise by credit code, else by its name
spelled the same way (full-width or half-width brackets and spaces aside), and kept as text when none matches.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, or_, select
from sqlalchemy.orm import aliased

from qsupervise.documents import Cancel, Progress, never, no_progress, paused_gc
from qsupervise.documents.enterprise_import import existing_enterprises, write_plan
from qsupervise.documents.enterprise_plan import Plan, problem
from qsupervise.documents.enterprise_rows import Issue
from qsupervise.documents.headers import SPOTCHECK_LABELS, SPOTCHECKS
from qsupervise.documents.results import ImportResult
from qsupervise.documents.spotcheck_rows import (
    KEY_FIELDS,
    RowReader,
    SpotRow,
    checksum_issue,
    fold,
    import_key,
    merge_subheader,
)
from qsupervise.documents.spotcheck_rows import name_variants as variants
from qsupervise.documents.tables import Table as Sheet
from qsupervise.documents.tables import read_table
from qsupervise.errors import BadInput, KnownError
from qsupervise.messages import text
from qsupervise.models import Enterprise, SpotCheck
from qsupervise.permissions import require
from qsupervise.services import audit, spotcheck_plans
from qsupervise.store import Store

SC: Table = SpotCheck.__table__  # type: ignore[attr-defined]
ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
IN_CHUNK = 500
# Stored fields a table may correct on a known sample (the parties, product, batch, date and agency are its key).
COMPARED = ("verdict", "failed_items", "brand", "declared_standard", "category", "location", "report_no", "sample_no")
WRITES = frozenset({"spot_check", "spot_check_plan"})
LINK_FIELDS = ("name", "uscc", "township_id")
STAMPED = frozenset({"id", "created_at", "updated_at", "created_by", "origin_station"})  # see changelog.stamp
# Every other column of a new row, given up front: a dict merge per row instead of changelog.complete()'s loop.
DEFAULTS: dict[str, Any] = {
    c.name: getattr(c.default, "arg", None) if c.default is not None and c.default.is_scalar else None
    for c in SC.c
    if c.name not in STAMPED
} | {"sampling": "sampled", "deleted_at": None}


class NoHeader(BadInput):
    """``no_header`` with the columns of a result table as the example."""

    def message(self, lang: str = "zh") -> str:
        return text("spotcheck_no_header", lang, **self.params)


def read_results(path: Path, sheet: str | None, stop: Cancel) -> tuple[Sheet, dict[int, str]]:
    """The table (merged cells filled, a two-row header read as one) and its column mapping."""
    try:
        table = read_table(path, is_header=SPOTCHECKS.is_header, sheet=sheet, cancel=stop, fill_merged=True)
    except BadInput as exc:
        if exc.code == "no_header":
            raise NoHeader("no_header", **exc.params) from exc
        raise
    table = merge_subheader(table, SPOTCHECKS)
    return table, SPOTCHECKS.recognise(table.headers)


def import_spotchecks(
    store: Store,
    path: Path | str,
    *,
    plan_no: str | None = None,
    dry_run: bool = False,
    skip_warnings: bool = False,
    sheet: str | None = None,
    actor: str = "cli",
    lang: str = "zh",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    verdict: str | None = None,
) -> ImportResult:
    """Add or correct spot checks from a published table; rows with errors are left out and listed.

    Rows attach to the plan ``plan_no``, else to the plan of this file (made on first import). A table without
    a verdict column is a list of failing products when it names the failing items (national food-sampling
    announcements), else every row gets ``verdict`` ("pass" / "fail"), which a 合格产品 list needs.
    """
    require(store, "import")
    with paused_gc():
        path = Path(path)
        report, stop = progress or no_progress, cancel or never
        report(0.0, text("import_reading", lang, file=path.name))
        table, columns = read_results(path, sheet, stop)
        args = (table, columns, path.name, skip_warnings, lang, report, stop, verdict)
        if dry_run:
            with store.read() as s:
                if plan_no:
                    spotcheck_plans.by_no(s, plan_no)
                found = _plan(s.connection(), *args)
            plan = found.plan
            return ImportResult(True, True, plan.counts, plan.problems, None, table, columns, plan.skipped,
                                tables=WRITES)
        backup, seconds = None, 0.0
        with store.session(actor=actor) as s:
            conn = s.connection()
            target = spotcheck_plans.by_no(s, plan_no) if plan_no else None
            found = _plan(conn, *args)
            plan = found.plan
            if plan.inserts or plan.updates:
                started = time.perf_counter()
                backup = store.backup(reason="before-import")  # reads the last commit: nothing is written yet
                seconds = time.perf_counter() - started
                if plan.inserts:
                    target = target or spotcheck_plans.for_import(s, path.stem, found.year, actor=actor)
                    for row in plan.inserts:
                        row["plan_id"] = target.id
                write_plan(conn, s.info["write_context"], plan, report, stop, table=SC)
            detail = {"file": path.name, "sheet": table.sheet, "plan": target.plan_no if target else "", **plan.counts}
            audit.record(s, actor=actor, action="import.spotchecks", target=path.name, detail=detail)
        report(1.0, text("import_done_short", lang))
        return ImportResult(True, False, plan.counts, plan.problems, backup, table, columns, plan.skipped, seconds,
                            tables=WRITES)


@dataclass
class Found:
    """A planned import and the year its new rows belong to (for the plan made for the file)."""

    plan: Plan
    year: int


def _plan(
    conn: Connection,
    table: Sheet,
    mapping: dict[int, str],
    source: str,
    skip_warnings: bool,
    lang: str,
    report: Progress,
    stop: Cancel,
    verdict: str | None = None,
) -> Found:
    named = set(mapping.values())
    missing = [f for f in ("product", "verdict") if f not in named]
    if "verdict" in missing and (verdict or "failed_items" in named):
        missing.remove("verdict")
    if not named & {"unit_name", "producer_name"}:
        missing.insert(0, "party")
    if missing:
        labels = {**SPOTCHECK_LABELS, "party": text("spotcheck_party_label", lang)}
        raise BadInput(
            "missing_columns",
            file=source,
            columns="、".join(labels[f] for f in missing),
            row=table.header_row,
            headers="、".join(h for h in table.headers if h) or "（空）",
        )
    rows = _read_rows(table, mapping, lang, report, stop, verdict)
    report(0.65, text("spotcheck_import_planning", lang))
    links = Links(conn, [r for r in rows if not r.failed], lang)
    stored = _stored(conn, {r.key for r in rows if not r.failed})
    if stop():
        raise KnownError("cancelled")
    plan = Plan({"rows": len(rows), "created": 0, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0})
    column_of = {f: c for c, f in mapping.items()}
    seen: dict[str, int] = {}
    years: Counter[int] = Counter()
    for r in rows:
        issues = list(r.issues)
        if r.code and r.code not in links.by_code and (wrong := checksum_issue(r.code)) is not None:
            issues.append(wrong)  # a code the registry holds is settled, whatever its check character
        if not r.failed and seen.setdefault(r.key, r.row) != r.row:
            params = {"first": str(seen[r.key])}
            issues.append(Issue("product", "duplicate_row", "error", params, "spotcheck_duplicate_row"))
        ids = {} if any(i.severity == "error" for i in issues) else links.link(r, issues)
        plan.problems += [problem(r.row, i, table, column_of, lang, SPOTCHECK_LABELS) for i in issues]
        severities = {i.severity for i in issues}
        if "error" in severities:
            plan.counts["errors"] += 1
            continue
        if "warning" in severities:
            plan.counts["warnings"] += 1
            if skip_warnings:
                plan.skipped.append(r.row)
                continue
        target = stored.get(r.key)
        if target is None:
            source_row = f"{source} row {r.row}"[:200]
            plan.inserts.append({**DEFAULTS, **r.values, **ids, "import_key": r.key, "source": source_row})
            plan.counts["created"] += 1
            if r.values.get("sampled_on"):
                years[int(r.values["sampled_on"][:4])] += 1
            continue
        diff = changed(r.values, ids, target)
        if diff:
            plan.updates.setdefault(frozenset(diff), []).append((target["id"], diff))
        plan.counts["updated" if diff else "unchanged"] += 1
    year = years.most_common(1)[0][0] if years else spotcheck_plans.this_year()
    return Found(plan, year)


def _read_rows(
    table: Sheet, mapping: dict[int, str], lang: str, report: Progress, stop: Cancel, verdict: str | None = None,
) -> list[SpotRow]:
    reader = RowReader(mapping, lossy=table.lossy, lang=lang, verdict=verdict)
    rows: list[SpotRow] = []
    total = max(len(table.rows), 1)
    for i, (number, cells) in enumerate(table.rows):
        if i % 2000 == 0:
            if stop():
                raise KnownError("cancelled")
            report(0.1 + 0.5 * i / total, text("import_checking", lang, done=f"{i:,}", total=f"{total:,}"))
        rows.append(reader.read(number, cells))
    return rows


def changed(values: dict[str, Any], ids: dict[str, Any], target: RowMapping) -> dict[str, Any]:
    """What the row corrects on a stored sample.

    A blank cell (or "/") is "not published", never "erase": values and links are added or changed, not taken
    away; only a pass clears the failing items it no longer has.
    """
    diff = {f: values[f] for f in COMPARED if values.get(f) and values[f] != target[f]}
    if values.get("verdict") == "pass" and "failed_items" in values and target["failed_items"]:
        diff["failed_items"] = values["failed_items"]
    code = values.get("uscc")
    # the export writes the linked unit's own code: reading it back is no change
    if code and code != target["uscc"] and code != target["unit_code"]:
        diff["uscc"] = code
    diff.update({f: v for f, v in ids.items() if v and v != target[f]})
    if target["sampling"] == "pending":
        diff["sampling"] = "sampled"
    return diff


class Links:
    """The live enterprises a table's parties may name: read once by code and by name, a few IN queries."""

    def __init__(self, conn: Connection, rows: list[SpotRow], lang: str) -> None:
        self.roles = {f: text(f"spotcheck_role_{f}", lang) for f in ("unit", "producer")}
        self.by_code: dict[str, RowMapping] = {}
        for e in existing_enterprises(conn, "uscc", (r.code for r in rows if r.code), fields=LINK_FIELDS):
            self.by_code.setdefault(e["uscc"], e)  # oldest first: a code held twice links to the first holder
        names: set[str] = set()  # only the names that a code does not settle are looked up
        for r in rows:
            unit, producer = r.values.get("unit_name") or "", r.values.get("producer_name") or ""
            coded = r.code in self.by_code
            if unit and not coded:
                names.add(unit)
            if producer and not (coded and (not unit or fold(producer) == fold(unit))):
                names.add(producer)
        wanted = {v for n in names for v in variants(n)}
        if names:  # a name stored with a space ("乙 调味品厂") is no variant of one written without: find those too
            folded = {fold(n) for n in names}
            spaced = select(ENT.c.name).where(or_(ENT.c.name.contains(" "), ENT.c.name.contains("\u3000")))
            # names only: a scan of the name index, not of the table (20 ms at 200k enterprises)
            wanted.update(n for n in conn.execute(spaced.distinct()).scalars() if fold(n) in folded)
        self.by_name: dict[str, dict[str, RowMapping]] = {}
        for e in existing_enterprises(conn, "name", wanted, fields=LINK_FIELDS):
            self.by_name.setdefault(fold(e["name"]), {})[e["id"]] = e

    def link(self, r: SpotRow, issues: list[Issue]) -> dict[str, Any]:
        """enterprise_id, producer_id and township_id of a row; an unlinked party adds to ``issues``."""
        unit, producer = r.values.get("unit_name") or "", r.values.get("producer_name") or ""
        code = r.code if r.code in self.by_code else ""
        # a table's credit code is the sampled unit's, or the producer's when the row names no unit
        unit_hit = self.find("unit_name", unit, code, issues) if unit else None
        if unit_hit is not None and fold(producer) == fold(unit):
            producer_hit: RowMapping | None = unit_hit  # the unit made what it sold: one party, named twice
        else:
            producer_hit = self.find("producer_name", producer, "" if unit else code, issues) if producer else None
        home = unit_hit or producer_hit
        ids = {
            "enterprise_id": unit_hit["id"] if unit_hit else None,
            "producer_id": producer_hit["id"] if producer_hit else None,
            "township_id": home["township_id"] if home else None,
        }
        return ids

    def find(self, field: str, name: str, code: str, issues: list[Issue]) -> RowMapping | None:
        """The enterprise a party names (by code, else by folded name); an unlinked party adds a warning."""
        if code:
            return self.by_code[code]
        matches = self.by_name.get(fold(name), {})
        if len(matches) == 1:
            return next(iter(matches.values()))
        params = {"name": name, "role": self.roles["unit" if field == "unit_name" else "producer"]}
        if matches:
            params["count"] = str(len(matches))
            issues.append(Issue(field, "unlinked_enterprise", "warning", params, "spotcheck_unlinked_ambiguous"))
        else:
            issues.append(Issue(field, "unlinked_enterprise", "warning", params))
        return None


def _stored(conn: Connection, keys: Iterable[str]) -> dict[str, RowMapping]:
    """Live spot checks by import key: those imported (an indexed IN query) and those entered by hand."""
    unit, producer = aliased(ENT, name="unit"), aliased(ENT, name="producer")
    columns = (SC.c.id, SC.c.import_key, SC.c.uscc, SC.c.sampling, SC.c.enterprise_id, SC.c.producer_id,
               SC.c.township_id, *(SC.c[f] for f in COMPARED), unit.c.uscc.label("unit_code"))
    joined = SC.outerjoin(unit, unit.c.id == SC.c.enterprise_id)
    live = SC.c.deleted_at.is_(None)
    base = select(*columns).select_from(joined).where(live).order_by(SC.c.created_at)
    found: dict[str, RowMapping] = {}
    wanted = sorted(set(keys))
    wanted_set = set(wanted)
    for start in range(0, len(wanted), IN_CHUNK):
        for row in conn.execute(base.where(SC.c.import_key.in_(wanted[start : start + IN_CHUNK]))).mappings():
            found.setdefault(row["import_key"], row)
    # A sample entered by hand has no key yet: it is the same sample when its fields give the same key.
    names = (unit.c.name.label("unit_text"), producer.c.name.label("producer_text"),
             *(SC.c[f] for f in KEY_FIELDS))
    manual = select(*columns, *names).select_from(joined.outerjoin(producer, producer.c.id == SC.c.producer_id))
    for row in conn.execute(manual.where(live, SC.c.import_key.is_(None)).order_by(SC.c.created_at)).mappings():
        key = import_key(row["unit_name"] or row["unit_text"] or "", row["producer_name"] or row["producer_text"] or "",
                         row["product"], row["spec"], row["batch"], row["sampled_on"], row["agency"])
        if key in wanted_set:
            found.setdefault(key, row)
    return found
