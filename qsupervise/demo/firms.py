"""What the demo's later parts (certificates, instruments, credit) need to know of each enterprise it made.

Kept while the enterprises are written, so those parts never read 200k rows back from the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, NamedTuple


class Firm(NamedTuple):
    id: str
    township_id: str
    name: str
    kind: str  # enterprise | individual | coop
    industry: str  # GB/T 4754 code
    scale: str  # above | below
    status: str  # active | cancelled | revoked
    founded_on: str  # YYYY-MM-DD, parsed only for the firms that need it

    @property
    def founded(self) -> date:
        return date.fromisoformat(self.founded_on)

    @property
    def trading(self) -> bool:
        return self.status == "active"

    @property
    def manufacturer(self) -> bool:
        return self.kind == "enterprise" and self.industry.startswith("C")

    def earliest(self, as_of: date, days_after_founding: int = 30) -> date | None:
        """The first day a licence or an instrument of this firm could be dated; None if that is after ``as_of``."""
        day = self.founded + timedelta(days=days_after_founding)
        return day if day <= as_of else None


def firms_of(rows: Iterable[dict[str, Any]]) -> list[Firm]:
    return [
        Firm(r["id"], r["township_id"], r["name"], r["kind"], r["industry_code"], r["scale"], r["status"],
             r["founded_on"])
        for r in rows
    ]
