"""What an import found and did, in the one shape the CLI prints and the GUI shows (DESIGN §7)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qsupervise.documents.tables import Table
from qsupervise.services import Changes

COUNT_KEYS = ("rows", "created", "updated", "unchanged", "warnings", "errors")


@dataclass(frozen=True)
class RowProblem:
    """One problem in one row; ``column`` is the file's own header text, ``column_index`` where it sits."""

    row: int
    sheet: str
    column: str
    severity: str  # "error" | "warning"
    code: str
    message: str
    column_index: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "sheet": self.sheet,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }


@dataclass
class ImportResult:
    """Counts and problems of an import; a dry run has the same ones a real run would have."""

    ok: bool
    dry_run: bool
    counts: dict[str, int]
    problems: list[RowProblem]
    backup: Path | None
    table: Table
    mapping: dict[int, str]
    skipped: list[int] = field(default_factory=list)  # rows left out because of warnings (--skip-warnings)
    backup_seconds: float = 0.0
    tables: frozenset[str] = frozenset({"enterprise"})  # what a real run writes to (Changes.tables)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "dry_run": self.dry_run,
            "counts": {k: self.counts.get(k, 0) for k in COUNT_KEYS},
            "problems": [p.as_dict() for p in self.problems],
            "backup": str(self.backup) if self.backup else None,
        }

    def rows_not_imported(self) -> list[int]:
        """Row numbers with an error or skipped for a warning: what the error workbook carries."""
        failed = {p.row for p in self.problems if p.severity == "error"} | set(self.skipped)
        return sorted(failed)

    @property
    def changes(self) -> Changes:
        written = 0 if self.dry_run else self.counts.get("created", 0) + self.counts.get("updated", 0)
        return Changes(tables=self.tables if written else frozenset(), counts=dict(self.counts))
