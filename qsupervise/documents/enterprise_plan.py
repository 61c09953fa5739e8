"""Deciding, row by row, what an enterprise import does: create, update, leave alone, or refuse and say why."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import RowMapping

from qsupervise.documents.enterprise_rows import Issue, MappedRow, Townships
from qsupervise.documents.headers import ENTERPRISE_LABELS
from qsupervise.documents.results import RowProblem
from qsupervise.documents.tables import Table as Sheet
from qsupervise.messages import text
from qsupervise.models import Enterprise
from qsupervise.services.enterprises import EnterpriseInput


@dataclass
class Plan:
    """Counts and problems, and the rows to insert and the updates grouped by the fields they change."""

    counts: dict[str, int]
    problems: list[RowProblem] = field(default_factory=list)
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: dict[frozenset[str], list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)
    skipped: list[int] = field(default_factory=list)


class Planner:
    """Walks the rows in file order; what earlier rows claimed (codes, names, enterprises) later rows see."""

    def __init__(
        self,
        table: Sheet,
        mapping: dict[int, str],
        towns: Townships,
        by_code: dict[str, list[RowMapping]],
        by_name: dict[tuple[str, str], list[RowMapping]],
        *,
        skip_warnings: bool,
        lang: str,
    ) -> None:
        self.table, self.towns, self.by_code, self.by_name = table, towns, by_code, by_name
        self.skip_warnings, self.lang = skip_warnings, lang
        self.column_of = {f: c for c, f in mapping.items()}
        self.seen_codes: dict[str, int] = {}
        self.seen_names: dict[tuple[str, str], int] = {}
        self.claimed: dict[str, int] = {}

    def town(self, unit_id: str) -> str:
        return self.towns.names.get(unit_id, ("", ""))[0]

    def plan(self, mapped: list[MappedRow]) -> Plan:
        plan = Plan({"rows": len(mapped), "created": 0, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0})
        for m in mapped:
            d, target, issues = self.examine(m)
            plan.problems += [problem(m.row, i, self.table, self.column_of, self.lang) for i in issues]
            severities = {i.severity for i in issues}
            if "error" in severities:
                plan.counts["errors"] += 1
                continue
            if "warning" in severities:
                plan.counts["warnings"] += 1
                if self.skip_warnings:
                    plan.skipped.append(m.row)
                    continue
            values = d.values()
            if target is None:
                plan.inserts.append({**values, "deleted_at": None})
                plan.counts["created"] += 1
                continue
            diff = changed(m.given, values, target)
            if diff:
                plan.updates.setdefault(frozenset(diff), []).append((target["id"], diff))
            plan.counts["updated" if diff else "unchanged"] += 1
        return plan

    def examine(self, m: MappedRow) -> tuple[EnterpriseInput, RowMapping | None, list[Issue]]:
        """The row's cleaned values, the enterprise it updates (None: a new one) and all its problems."""
        d, issues = m.data, list(m.issues)
        code_ok = bool(d.uscc) and not (issues and any(i.field == "uscc" and i.severity == "error" for i in issues))
        if code_ok and self.seen_codes.setdefault(d.uscc, m.row) != m.row:
            params = {"code": d.uscc, "first": str(self.seen_codes[d.uscc])}
            issues.append(Issue("uscc", "duplicate_code", "error", params, "code_twice"))
        key = (d.name, d.township_id)
        if not d.uscc and d.name and d.township_id and self.seen_names.setdefault(key, m.row) != m.row:
            issues.append(Issue("name", "duplicate_name", "error", {"first": str(self.seen_names[key])}))
        target: RowMapping | None = None
        if not issues or not any(i.severity == "error" for i in issues):
            target, found = identify(d.uscc, d.name, d.township_id, self.by_code, self.by_name, self.town)
            issues += found
        if target is not None and self.claimed.setdefault(target["id"], m.row) != m.row:
            params = {"first": str(self.claimed[target["id"]]), "name": target["name"]}
            issues.append(Issue("name", "duplicate_row", "error", params))
        for n, issue in enumerate(issues):
            if issue.code == "uscc_checksum":
                # A reason already given (in the file, or kept with this code) settles the warning.
                kept = m.file_override or (target["uscc_override"] if target and target["uscc"] == d.uscc else None)
                d = replace(d, uscc_override=kept or d.uscc_override)
                message = "uscc_checksum" if self.skip_warnings else "uscc_checksum_imported"
                issues[n] = replace(issue, key=message, params={**issue.params, "reason": d.uscc_override})
                if kept:
                    issues[n] = replace(issues[n], severity="settled")
        if issues:
            issues = [i for i in issues if i.severity != "settled"]
        if target is None and not d.uscc and not any(i.severity == "error" for i in issues):
            issues.append(Issue("uscc", "uscc_missing", "warning"))
        return d, target, issues


def changed(given: frozenset[str], values: dict[str, Any], target: RowMapping) -> dict[str, Any]:
    """Fields the file gives that differ from the stored ones (the township is how the row was matched)."""
    wanted = (given | ({"uscc_override"} if "uscc" in given else set())) - {"township_id"}
    diff = {f: values[f] for f in wanted if values[f] != target[f]}
    if "name" in diff or "uscc" in diff:
        merged = {"name": diff.get("name", target["name"]), "uscc": diff.get("uscc", target["uscc"])}
        diff.update(Enterprise.derive(merged))
    return diff


def identify(
    code: str,
    name: str,
    township_id: str,
    by_code: dict[str, list[RowMapping]],
    by_name: dict[tuple[str, str], list[RowMapping]],
    town: Callable[[str], str],
) -> tuple[RowMapping | None, list[Issue]]:
    """The live enterprise a row speaks of: by credit code, else by name within the township."""
    if code and by_code.get(code):
        holders = by_code[code]
        same = [e for e in holders if e["township_id"] == township_id]
        if same:
            return same[0], []
        other = holders[0]
        params = {"code": code, "name": other["name"], "township": town(other["township_id"])}
        params["file"] = town(township_id)
        return None, [Issue("uscc", "code_other_township", "error", params)]
    # A row with a code may complete an entry that so far had none; one without a code matches by name.
    candidates = [e for e in by_name.get((name, township_id), []) if not (code and e["uscc"])]
    if len(candidates) > 1:
        return None, [Issue("name", "ambiguous_name", "error", {"count": str(len(candidates)), "name": name})]
    return (candidates[0] if candidates else None), []


def problem(
    row: int,
    issue: Issue,
    table: Sheet,
    column_of: dict[str, int],
    lang: str,
    labels: Mapping[str, str] = ENTERPRISE_LABELS,
) -> RowProblem:
    """An issue as reported: the file's own header names the column; ``labels`` name a field it lacks."""
    column = column_of.get(issue.field)
    header = table.headers[column] if column is not None and column < len(table.headers) else ""
    params = dict(issue.params)
    if issue.code == "missing_field":
        params["field"] = header or labels.get(issue.field, issue.field)
    message = text(issue.key or issue.code, lang, **params)
    return RowProblem(row, table.sheet, header, issue.severity, issue.code, message, column)
