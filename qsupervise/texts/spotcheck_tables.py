"""Messages of importing and exporting published spot-check tables."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
