"""Messages of brand and award programmes, applications, eligibility, scoring and the reward fund."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
