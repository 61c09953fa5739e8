"""Messages of the reward fund (奖励资金), the awards exports and the application summary."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
