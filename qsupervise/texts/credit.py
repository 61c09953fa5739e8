"""Messages of the quality credit grade, its rules, list entries and penalties."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
