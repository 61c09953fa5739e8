"""Local users: create, sign in (argon2id, lockout), change and reset passwords, roles, deactivate.

The built-in actors ``cli`` and ``gui`` (role ``system``) never sign in. Managing users needs the
``users.manage`` action (county administrators); changing one's own password needs only the old one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from qsupervise.errors import KnownError
from qsupervise.models import Inspector, OrgKind, OrgUnit, User, utcnow
from qsupervise.permissions import Principal, principal_of, require
from qsupervise.rules import roles
from qsupervise.services import audit
from qsupervise.services.setup import MIN_PASSWORD, SYSTEM_USERS, verify_password

if TYPE_CHECKING:
    from qsupervise.store import Store

MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCK_STEPS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15))  # each further lock waits longer
USERNAME = re.compile(r"[\w.\-]{2,50}")
SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")
# argon2id cost (argon2-cffi's defaults, RFC 9106's second recommendation); the interface tests lower it, as
# a verify reads the cost from the stored hash, not from here.
HASH_PARAMS: dict[str, Any] = {}


class SignInRefused(KnownError):
    """A sign-in that did not succeed; what it changed (the failure count, a lock) is still to be kept."""


# -- passwords -------------------------------------------------------------------------


def _classes(password: str) -> int:
    kinds = (
        any(c.isascii() and c.isalpha() for c in password),
        any(c.isdigit() for c in password),
        any(not (c.isascii() and c.isalnum()) for c in password),
    )
    return sum(kinds)


def _sequential(password: str) -> bool:
    low = password.lower()
    return any(low in s or low in s[::-1] for s in SEQUENCES)


def password_problem(password: str, username: str = "") -> str | None:
    """The message code of what is wrong with a new password, or None."""
    if len(password) < MIN_PASSWORD:
        return "password_too_short"
    low = password.lower()
    name = username.strip().lower()
    if (
        len(set(password)) < 4
        or _classes(password) < 2
        or _sequential(password)
        or (name and (name in low or low in name))
    ):
        return "password_too_simple"
    return None


def strength(password: str, username: str = "") -> int:
    """0 (unusable) … 4 (strong), for the hint under a password field."""
    if password_problem(password, username):
        return 0
    score = 1 + (len(password) >= 12) + (_classes(password) >= 3) + (len(set(password)) >= 10)
    return min(4, score)


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher(**HASH_PARAMS).hash(password)


def _check_password(password: str, username: str) -> None:
    problem = password_problem(password, username)
    if problem:
        raise KnownError(problem, min=MIN_PASSWORD)


# -- reading ---------------------------------------------------------------------------


def principal(user: User) -> Principal:
    return Principal(
        user_id=user.id,
        username=user.username,
        role=roles.canonical(user.role),
        org_unit_id=user.org_unit_id,
        inspector_id=user.inspector_id,
        display_name=user.display_name,
    )


def has_users(session: Session) -> bool:
    """Whether anyone can sign in (else the GUI asks for the first administrator)."""
    stmt = select(col(User.id)).where(User.role != roles.SYSTEM, col(User.password_hash).is_not(None)).limit(1)
    return session.exec(stmt).first() is not None


def users(session: Session) -> list[User]:
    """Every user who can sign in, active or not, by user name."""
    stmt = select(User).where(User.role != roles.SYSTEM).order_by(col(User.username))
    return list(session.exec(stmt))


def link_names(session: Session) -> dict[str, str]:
    """Names of the townships and inspectors users are linked to, by id (for lists)."""
    names = {u.id: u.name for u in session.exec(select(OrgUnit))}
    names.update({p.id: p.name for p in session.exec(select(Inspector))})
    return names


def get(session: Session, ref: str) -> User:
    user = session.get(User, ref) or session.exec(select(User).where(User.username == ref)).first()
    if user is None:
        raise KnownError("user_not_found", ref=ref)
    if user.role == roles.SYSTEM:
        raise KnownError("user_system", name=user.username)
    return user


def _active_admins(session: Session, other_than: str) -> int:
    names = [roles.COUNTY_ADMIN, *(k for k, v in roles.LEGACY.items() if v == roles.COUNTY_ADMIN)]
    stmt = select(col(User.id)).where(col(User.role).in_(names), User.active == True, User.id != other_than)  # noqa: E712
    return len(session.exec(stmt).all())


def _links(
    session: Session, role: str, org_unit_id: str | None, inspector_id: str | None
) -> tuple[str | None, str | None]:
    """The township of a clerk and the pool entry of an inspector; other roles keep neither."""
    if role not in roles.ROLES:
        raise KnownError("user_role_bad", value=role, allowed=", ".join(roles.ROLES))
    if role == roles.TOWNSHIP_CLERK:
        if not org_unit_id:
            raise KnownError("user_needs_township")
        unit = session.get(OrgUnit, org_unit_id)
        if unit is None or unit.kind == OrgKind.COUNTY:
            raise KnownError("user_township_unknown", ref=org_unit_id)
        return unit.id, None
    if role == roles.INSPECTOR:
        if not inspector_id:
            raise KnownError("user_needs_inspector")
        if session.get(Inspector, inspector_id) is None:
            raise KnownError("user_inspector_unknown", ref=inspector_id)
        return None, inspector_id
    return None, None


# -- managing ------------------------------------------------------------------------------


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    org_unit_id: str | None = None,
    inspector_id: str | None = None,
    must_change_password: bool = False,
    actor: str = "cli",
) -> User:
    require(session, roles.USERS_MANAGE)
    username = username.strip()
    role = roles.canonical(role)
    if not USERNAME.fullmatch(username):
        raise KnownError("user_name_bad", name=username)
    if username.lower() in SYSTEM_USERS:
        raise KnownError("user_name_reserved", name=username)
    if session.exec(select(User).where(User.username == username)).first():
        raise KnownError("user_exists", name=username)
    unit, inspector = _links(session, role, org_unit_id, inspector_id)
    _check_password(password, username)
    now = utcnow()
    user = User(
        username=username,
        display_name=display_name.strip()[:50] or username,
        role=role,
        org_unit_id=unit,
        inspector_id=inspector,
        password_hash=hash_password(password),
        password_changed_at=now,
        must_change_password=must_change_password,
    )
    session.add(user)
    session.flush()
    audit.record(session, actor=actor, action="user.create", target=username, detail={"role": role})
    return user


def update_user(
    session: Session,
    user_id: str,
    *,
    role: str,
    display_name: str | None = None,
    org_unit_id: str | None = None,
    inspector_id: str | None = None,
    actor: str = "cli",
) -> User:
    """Change a user's role and its township or inspector link (and the name shown)."""
    require(session, roles.USERS_MANAGE)
    user = get(session, user_id)
    role = roles.canonical(role)
    unit, inspector = _links(session, role, org_unit_id, inspector_id)
    was_admin = roles.canonical(user.role) == roles.COUNTY_ADMIN
    if was_admin and role != roles.COUNTY_ADMIN and user.active and not _active_admins(session, user.id):
        raise KnownError("user_last_admin", name=user.username)
    before = user.role
    user.role, user.org_unit_id, user.inspector_id = role, unit, inspector
    if display_name is not None:
        user.display_name = display_name.strip()[:50] or user.username
    session.add(user)
    session.flush()
    audit.record(session, actor=actor, action="user.update", target=user.username,
                 detail={"role": role, "before": before, "org_unit_id": unit, "inspector_id": inspector})
    return user


def reset_password(session: Session, user_id: str, password: str, *, actor: str = "cli") -> User:
    """An administrator sets a new password: it must be changed at the next sign-in; a lock is lifted."""
    require(session, roles.USERS_MANAGE)
    user = get(session, user_id)
    _check_password(password, user.username)
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    user.must_change_password = True
    user.failed_attempts, user.locked_until = 0, None
    session.add(user)
    session.flush()
    audit.record(session, actor=actor, action="user.reset_password", target=user.username)
    return user


def change_password(session: Session, user_id: str, old: str, new: str, *, actor: str | None = None) -> User:
    """A user changes their own password; the current one is asked for again."""
    user = get(session, user_id)
    if not user.password_hash or not verify_password(user.password_hash, old):
        raise KnownError("password_wrong")
    if old == new:
        raise KnownError("password_same")
    _check_password(new, user.username)
    user.password_hash = hash_password(new)
    user.password_changed_at = utcnow()
    user.must_change_password = False
    session.add(user)
    session.flush()
    audit.record(session, actor=actor or user.username, action="user.change_password", target=user.username)
    return user


def set_active(session: Session, user_id: str, active: bool, *, actor: str = "cli") -> User:
    """Deactivate (the user can no longer sign in; their records stay theirs) or reactivate."""
    require(session, roles.USERS_MANAGE)
    user = get(session, user_id)
    me = principal_of(session)
    if not active and me is not None and me.user_id == user.id:
        raise KnownError("user_not_self")
    if not active and roles.canonical(user.role) == roles.COUNTY_ADMIN and not _active_admins(session, user.id):
        raise KnownError("user_last_admin", name=user.username)
    user.active = active
    if active:
        user.failed_attempts, user.locked_until = 0, None
    session.add(user)
    session.flush()
    audit.record(session, actor=actor, action="user.activate" if active else "user.deactivate", target=user.username)
    return user


# -- signing in ------------------------------------------------------------------------------


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _locked(user: User, now: datetime) -> SignInRefused | None:
    until = _aware(user.locked_until)
    if until is None or until <= now:
        return None
    seconds = math.ceil((until - now).total_seconds())
    return SignInRefused("sign_in_locked", name=user.username, minutes=math.ceil(seconds / 60), seconds=seconds)


def lock_delay(failures: int) -> timedelta | None:
    """How long the account locks after ``failures`` wrong passwords in a row (None: not yet)."""
    if failures < MAX_FAILURES or failures % MAX_FAILURES:
        return None
    return LOCK_STEPS[min(failures // MAX_FAILURES, len(LOCK_STEPS)) - 1]


_DUMMY: list[str] = []


def _waste_time(password: str) -> None:
    """Check the password against a hash anyway, so an unknown name takes as long as a known one."""
    if not _DUMMY:
        _DUMMY.append(hash_password("not a real password 0"))
    verify_password(_DUMMY[0], password)


def authenticate(session: Session, username: str, password: str, now: datetime | None = None) -> Principal:
    """The principal of a correct user name and password; else :class:`SignInRefused`.

    A wrong password counts; the fifth in a row locks the account for a minute, the tenth for five, every
    further fifth for fifteen. While locked nothing is checked. The caller keeps what a refusal changed
    (see :func:`sign_in`).
    """
    now = _aware(now) or utcnow()
    name = username.strip()
    user = session.exec(select(User).where(User.username == name)).first()
    if user is None or user.role == roles.SYSTEM or not user.password_hash:
        _waste_time(password)
        audit.record(session, actor=name or "?", action="sign_in.failed", target=name, detail={"reason": "unknown"})
        raise SignInRefused("sign_in_failed")
    if not user.active:
        audit.record(session, actor=name, action="sign_in.failed", target=name, detail={"reason": "inactive"})
        raise SignInRefused("sign_in_inactive", name=user.username)
    locked = _locked(user, now)
    if locked is not None:
        audit.record(session, actor=name, action="sign_in.failed", target=name, detail={"reason": "locked"})
        raise locked
    if not verify_password(user.password_hash, password):
        user.failed_attempts += 1
        delay = lock_delay(user.failed_attempts)
        if delay is not None:
            user.locked_until = now + delay
        session.add(user)
        session.flush()
        detail = {"reason": "password", "failures": user.failed_attempts,
                  "locked_until": user.locked_until.isoformat() if delay and user.locked_until else None}
        audit.record(session, actor=name, action="sign_in.failed", target=name, detail=detail)
        refused = _locked(user, now) if delay is not None else None
        left = MAX_FAILURES - user.failed_attempts % MAX_FAILURES
        raise refused or SignInRefused("sign_in_failed_left", left=left)
    user.failed_attempts, user.locked_until, user.last_sign_in = 0, None, now
    _rehash(user, password)
    session.add(user)
    session.flush()
    audit.record(session, actor=user.username, action="sign_in", target=user.username,
                 detail={"role": roles.canonical(user.role)})
    return principal(user)


def _rehash(user: User, password: str) -> None:
    from argon2 import PasswordHasher

    if user.password_hash and PasswordHasher(**HASH_PARAMS).check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)


def sign_in(store: Store, username: str, password: str, *, now: datetime | None = None) -> Principal:
    """Authenticate in a transaction of its own that is kept even when the sign-in is refused."""
    refused: SignInRefused | None = None
    signed_in, store.principal = store.principal, None  # signing in is no one's write: switching from a viewer
    try:
        with store.session(actor=username.strip() or "?") as s:
            try:
                return authenticate(s, username, password, now)
            except SignInRefused as exc:
                refused = exc  # leave the block normally: the failure count and the audit entry are committed
    finally:
        store.principal = signed_in
    raise refused


def sign_out(store: Store, who: Principal) -> None:
    with store.session(actor=who.username) as s:
        audit.record(s, actor=who.username, action="sign_out", target=who.username)


def role_names(lang: str = "zh") -> Sequence[tuple[str, str]]:
    """(role, its name) for choosers."""
    from qsupervise.messages import text

    return [(r, text(f"role_{r}", lang)) for r in roles.ROLES]
