"""Services: one module per area, keyword-only functions, one transaction per action."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """What an action changed, so a view refreshes only that."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    counts: dict[str, int] = field(default_factory=dict)

    def touches(self, table: str) -> bool:
        return table in self.tables
