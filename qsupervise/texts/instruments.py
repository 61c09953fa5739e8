"""Messages of instruments under compulsory verification and their rates."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
