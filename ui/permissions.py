"""What the signed-in user may do, for hiding what their role cannot use.

The core refuses a forbidden write whatever the interface shows (qsupervise/permissions.py); pages use these
helpers so a user does not see buttons that would only be refused. Without a signed-in user (no database, or
a window in a test that opened none) everything is shown. Nothing of the core is imported until a user has
signed in, so pages can call these while they are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.database import Database


def allows(db: Database, action: str) -> bool:
    """Whether the signed-in user's role may take ``action`` (see qsupervise/rules/roles.py ACTIONS)."""
    principal = db.principal
    if principal is None:
        return True
    from qsupervise.rules import roles

    return roles.allows_action(principal.role, action)


def can_write(db: Database, table: str, op: str = "insert") -> bool:
    """Whether the role may ``op`` rows of ``table`` at all (its township or assignment decides which)."""
    principal = db.principal
    if principal is None:
        return True
    from qsupervise.rules import roles

    return roles.can_write(principal.role, table, op)


def is_admin(db: Database) -> bool:
    principal = db.principal
    if principal is None:
        return True
    from qsupervise.rules import roles

    return roles.canonical(principal.role) == roles.COUNTY_ADMIN


def role_label(role: str, lang: str = "zh") -> str:
    from qsupervise.rules import roles

    pair = roles.LABELS.get(roles.canonical(role), (role, role))
    return pair[1] if lang.startswith("en") else pair[0]
