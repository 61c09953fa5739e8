"""Dates as the app stores them: ISO text ``YYYY-MM-DD``, or None for none."""

from __future__ import annotations

from datetime import date

from qsupervise.errors import KnownError


def stored_date(value: str | date | None, field: str, *, code: str, required: bool = False) -> str | None:
    """``value`` as stored; empty is None (or, when ``required``, an error); anything unreadable raises
    ``KnownError(code, field=…, value=…)`` so the message names the field and what was typed."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise KnownError(code, field=field, value="")
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise KnownError(code, field=field, value=value) from None
