"""Stable codes of enterprise fields, in display order; light enough for the GUI to import at start-up."""

KINDS = ("enterprise", "individual", "coop", "other")
SCALES = ("above", "below")
STATUSES = ("active", "cancelled", "revoked", "suspended")
