"""Setting up an installation: the county (or township), the local station, system users."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, select

from qsupervise.changelog import WriteContext
from qsupervise.errors import KnownError, UsageError
from qsupervise.ids import new_id as new_station_id
from qsupervise.models import LocalClock, OrgKind, OrgUnit, Station, User
from qsupervise.services import audit

SYSTEM_USERS = {"cli": "命令行", "gui": "桌面程序"}
MIN_PASSWORD = 8


@dataclass(frozen=True)
class Installation:
    county_id: str
    station_id: str
    station_code: str
    township_ids: tuple[str, ...]


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError

    try:
        return PasswordHasher().verify(stored_hash, password)
    except VerificationError:
        return False


def county(session: Session) -> OrgUnit | None:
    return session.exec(select(OrgUnit).where(OrgUnit.kind == OrgKind.COUNTY)).first()


def local_station(session: Session) -> Station | None:
    return session.exec(select(Station).where(Station.is_local == True)).first()  # noqa: E712


def station_code(role: str, area_code: str | None, station_id: str) -> str:
    prefix = "C" if role == "county" else "T"
    return f"{prefix}{area_code or station_id[-6:].upper()}"


def bootstrap_station(
    session: Session,
    *,
    station_id: str,
    role: str,
    name: str,
    area_code: str | None,
    make_id: Callable[[], str] = new_station_id,
) -> Station:
    """The local station and its clock: must exist before any tracked row is written."""
    station = Station(
        id=station_id, code=station_code(role, area_code, station_id), name=name, role=role, is_local=True
    )
    session.add(station)
    session.flush()
    session.add(LocalClock(station_id=station.id))
    for username, label in SYSTEM_USERS.items():
        session.add(User(id=make_id(), username=username, display_name=label, role="system"))
    session.flush()
    return station


def initialise(
    session: Session,
    *,
    role: str,
    name: str,
    area_code: str | None = None,
    county_name: str | None = None,
    townships: list[str] | tuple[str, ...] = (),
    actor: str = "cli",
    ids: Callable[[], str] | None = None,
    enrolled: tuple[str, str, str] | None = None,
) -> Installation:
    """Create the local station, the county and its townships in a new, empty database.

    ``enrolled`` (a township set up from the county's enrolment file, sync/stations.py) gives the ids of the
    local station, the county's org unit and the township's org unit, so both installations share those rows.
    """
    if role not in ("county", "township"):
        raise UsageError("init_role_bad")
    name = name.strip()
    if not name:
        raise KnownError("org_name_empty")
    if area_code and not re.fullmatch(r"\d{6}|\d{9}", area_code):
        raise KnownError("org_code_format", code=area_code)
    if local_station(session) is not None:
        raise KnownError("db_exists", path=name)
    make_id = ids or new_station_id
    station = bootstrap_station(
        session, station_id=enrolled[0] if enrolled else make_id(), role=role, name=name, area_code=area_code,
        make_id=make_id,
    )
    cli_user = session.exec(select(User).where(User.username == actor)).one()
    session.info["write_context"] = WriteContext(
        station_id=station.id, user_id=cli_user.id, new_id=make_id
    )
    if role == "county":
        top = OrgUnit(id=make_id(), kind=OrgKind.COUNTY, name=name, code=area_code)
    else:
        top = OrgUnit(id=enrolled[1] if enrolled else make_id(), kind=OrgKind.COUNTY,
                      name=(county_name or "本县").strip())
    session.add(top)
    session.flush()
    names = [t.strip() for t in townships if t.strip()]
    if role == "township":
        names = [name, *[n for n in names if n != name]]
    units = [
        OrgUnit(id=make_id(), kind=OrgKind.TOWNSHIP, name=n, parent_id=top.id, sort_order=i)
        for i, n in enumerate(names)
    ]
    if role == "township" and area_code:
        units[0].code = area_code
    if role == "township" and enrolled:
        units[0].id = enrolled[2]
    session.add_all(units)
    session.flush()
    station.org_unit_id = units[0].id if role == "township" else top.id
    audit.record(
        session,
        actor=actor,
        action="init",
        target=name,
        detail={"role": role, "station": station.code, "townships": len(units)},
    )
    return Installation(top.id, station.id, station.code, tuple(u.id for u in units))


def create_admin(
    session: Session, *, username: str, password: str, actor: str = "cli", display_name: str = ""
) -> User:
    """The first (or another) county administrator; the password rules of services/users.py apply."""
    from qsupervise.services import users

    if len(password) < MIN_PASSWORD:
        raise KnownError("admin_password_missing")
    return users.create_user(
        session, username=username, password=password, role="county_admin", display_name=display_name, actor=actor
    )
