"""Importing an enterprise list (企业名录) from Excel or CSV: dry run, one backup, one transaction."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, RowMapping, Table, func, select

from qsupervise.changelog import WriteContext, bulk_insert, bulk_update_rows, stamp
from qsupervise.documents import Cancel, Progress, never, no_progress, paused_gc
from qsupervise.documents.enterprise_plan import Plan, Planner
from qsupervise.documents.enterprise_rows import MappedRow, RowReader, Townships
from qsupervise.documents.headers import ENTERPRISE_LABELS, ENTERPRISES
from qsupervise.documents.results import ImportResult
from qsupervise.documents.tables import Table as Sheet
from qsupervise.documents.tables import read_table
from qsupervise.errors import BadInput, KnownError
from qsupervise.messages import text
from qsupervise.models import Enterprise, OrgKind, OrgUnit
from qsupervise.permissions import require
from qsupervise.services import audit
from qsupervise.store import Store

ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
FIELDS = (
    "name", "uscc", "uscc_override", "township_id", "address", "legal_rep", "chief_quality_officer", "industry_code",
    "kind", "scale", "key_energy_user", "leading_enterprise", "status", "contact_name", "contact_phone", "founded_on",
)
IN_CHUNK = 500
WRITE_CHUNK = 5000


@dataclass(frozen=True)
class Preview:
    """A file as the importer reads it: the table, the column mapping it guessed, required fields it lacks."""

    table: Sheet
    mapping: dict[int, str]
    missing: list[str]


def preview(path: Path | str, *, sheet: str | None = None) -> Preview:
    """Read a file and guess its columns, for a user to confirm before importing."""
    table = read_table(path, is_header=ENTERPRISES.is_header, sheet=sheet)
    mapping = ENTERPRISES.recognise(table.headers)
    return Preview(table, mapping, [f for f in ("name", "township") if f not in mapping.values()])


def import_enterprises(
    store: Store,
    path: Path | str,
    *,
    mapping: dict[int, str] | None = None,
    dry_run: bool = False,
    skip_warnings: bool = False,
    actor: str = "cli",
    sheet: str | None = None,
    lang: str = "zh",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Create or update enterprises from a spreadsheet; rows with errors are left out and listed."""
    require(store, "import")  # and each row is checked against the role's township (qsupervise/permissions.py)
    with paused_gc():
        path = Path(path)
        report, stop = progress or no_progress, cancel or never
        report(0.0, text("import_reading", lang, file=path.name))
        table = read_table(path, is_header=ENTERPRISES.is_header, sheet=sheet, cancel=stop)
        columns = dict(mapping) if mapping is not None else ENTERPRISES.recognise(table.headers)
        args = (table, columns, path.name, skip_warnings, lang, report, stop)
        if dry_run:
            with store.read() as s:
                plan = _plan(s.connection(), *args)
            return ImportResult(True, True, plan.counts, plan.problems, None, table, columns, plan.skipped)
        backup, seconds = None, 0.0
        with store.session(actor=actor) as s:
            conn = s.connection()
            plan = _plan(conn, *args)
            if plan.inserts or plan.updates:
                started = time.perf_counter()
                backup = store.backup(reason="before-import")  # reads the last commit: nothing is written yet
                seconds = time.perf_counter() - started
                write_plan(conn, s.info["write_context"], plan, report, stop)
            detail = {"file": path.name, "sheet": table.sheet, **plan.counts}
            audit.record(s, actor=actor, action="import.enterprises", target=path.name, detail=detail)
        report(1.0, text("import_done_short", lang))
        return ImportResult(True, False, plan.counts, plan.problems, backup, table, columns, plan.skipped, seconds)


def _townships(conn: Connection) -> Townships:
    county = conn.execute(select(ORG.c.name).where(ORG.c.kind == OrgKind.COUNTY)).scalar() or ""
    stmt = select(ORG.c.id, ORG.c.name, ORG.c.code, ORG.c.active).where(ORG.c.kind == OrgKind.TOWNSHIP)
    units = [(r[0], r[1], r[2], bool(r[3])) for r in conn.execute(stmt.order_by(ORG.c.sort_order, ORG.c.name))]
    return Townships(units, county)


def existing_enterprises(
    conn: Connection, column: str, keys: Iterable[str], *, codeless: bool = False, fields: Sequence[str] = FIELDS
) -> list[RowMapping]:
    """Live enterprises whose ``column`` is one of ``keys``: a few IN queries instead of one per row.

    Each carries its id, created_at and ``fields``.
    """
    wanted = sorted(set(keys))
    found: list[RowMapping] = []
    live = [ENT.c.deleted_at.is_(None), *([ENT.c.uscc.is_(None)] if codeless else [])]
    base = select(ENT.c.id, ENT.c.created_at, *(ENT.c[f] for f in fields)).where(*live).order_by(ENT.c.created_at)
    if codeless and wanted:
        count = conn.execute(select(func.count()).select_from(ENT).where(*live)).scalar_one()
        if count <= len(wanted):  # usually few entries lack a code: read them at once
            return list(conn.execute(base).mappings().all())
    for start in range(0, len(wanted), IN_CHUNK):
        found += conn.execute(base.where(ENT.c[column].in_(wanted[start : start + IN_CHUNK]))).mappings().all()
    return found


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
    towns = _townships(conn)
    named = set(mapping.values())
    missing = [f for f in ("name", "township") if f not in named and not (f == "township" and towns.only)]
    if missing:
        raise BadInput(
            "missing_columns",
            file=source,
            columns="、".join(ENTERPRISE_LABELS[f] for f in missing),
            row=table.header_row,
            headers="、".join(h for h in table.headers if h) or "（空）",
        )
    mapped: list[MappedRow] = []
    reader = RowReader(mapping, towns, source=source, lossy=table.lossy)
    total = max(len(table.rows), 1)
    for i, (number, cells) in enumerate(table.rows):
        if i % 2000 == 0:
            if stop():
                raise KnownError("cancelled")
            report(0.1 + 0.5 * i / total, text("import_checking", lang, done=f"{i:,}", total=f"{total:,}"))
        mapped.append(reader.read(number, cells))
    good = [m for m in mapped if not (m.issues and any(i.field == "uscc" and i.severity == "error" for i in m.issues))]
    by_code: dict[str, list[RowMapping]] = {}
    for e in existing_enterprises(conn, "uscc", (m.data.uscc for m in good if m.data.uscc)):
        by_code.setdefault(e["uscc"], []).append(e)
    by_name: dict[tuple[str, str], list[RowMapping]] = {}
    # Rows without a code match any entry by name; rows whose code is new only an entry that has none yet.
    uncoded = [m.data.name for m in mapped if m.data.name and not m.data.uscc]
    coded = [m.data.name for m in mapped if m.data.name and m.data.uscc and m.data.uscc not in by_code]
    found = {e["id"]: e for e in existing_enterprises(conn, "name", uncoded)}
    found.update((e["id"], e) for e in existing_enterprises(conn, "name", coded, codeless=True))
    for e in sorted(found.values(), key=lambda e: (e["created_at"], e["id"])):
        by_name.setdefault((e["name"], e["township_id"]), []).append(e)
    if stop():
        raise KnownError("cancelled")
    report(0.65, text("import_planning", lang))
    return Planner(table, mapping, towns, by_code, by_name, skip_warnings=skip_warnings, lang=lang).plan(mapped)


def write_plan(
    conn: Connection, ctx: WriteContext, plan: Plan, report: Progress, stop: Cancel, table: Table = ENT
) -> None:
    """The plan's inserts and updates in chunks, with their change records (``table``: where they go)."""
    total = max(len(plan.inserts) + sum(len(v) for v in plan.updates.values()), 1)
    done = 0
    for start in range(0, len(plan.inserts), WRITE_CHUNK):
        if stop():
            raise KnownError("cancelled")
        chunk = [stamp(ctx, r) for r in plan.inserts[start : start + WRITE_CHUNK]]
        done += bulk_insert(conn, ctx, table, chunk)
        report(0.7 + 0.29 * done / total, f"{done:,} / {total:,}")
    for items in plan.updates.values():
        for start in range(0, len(items), WRITE_CHUNK):
            if stop():
                raise KnownError("cancelled")
            done += bulk_update_rows(conn, ctx, table, items[start : start + WRITE_CHUNK])
            report(0.7 + 0.29 * done / total, f"{done:,} / {total:,}")
