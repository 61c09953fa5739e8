"""Messages of certificates and licences, their ledger import/export, expiry watch and reward payments."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
