"""Messages of the printed spot-check forms (PDF)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
