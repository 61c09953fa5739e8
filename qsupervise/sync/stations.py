"""Stations: the county enrols its townships (key pair, enrolment file), revokes them, and looks up their keys.

The enrolment file is JSON: ``{"format", "version", "body", "signature"}``, the signature (Ed25519, base64)
being the county's over the canonical JSON of ``body``. The body names the county's station (id, code, name,
public key, org unit) and the township's (id, code, name, org unit and its *private* key): it is handed over
once, on a USB stick, and should be deleted after the township has been set up. The signature catches a file
changed on the way; whether the key is the county's is checked by reading its fingerprint out over the phone.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlmodel import Session, col, select

from qsupervise.errors import KnownError
from qsupervise.ids import new_id
from qsupervise.models import OrgKind, OrgUnit, Station
from qsupervise.sync import keys, package

ENROLL_FORMAT = "qsupervise-enrollment"
ENROLL_VERSION = 1
MAX_ENROLL_BYTES = 64 * 1024


@dataclass(frozen=True)
class StationInfo:
    id: str
    code: str
    name: str
    role: str
    org_unit_id: str | None
    is_local: bool
    fingerprint: str | None
    created_at: str
    revoked_at: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Enrollment:
    """What an enrolment file says (after its signature has been checked)."""

    county_station_id: str
    county_code: str
    county_name: str
    county_public_key: bytes
    county_org_unit_id: str
    township_station_id: str
    township_code: str
    township_name: str
    township_org_unit_id: str
    township_area_code: str | None
    township_key: keys.StationKey
    issued_at: str


def key_for_station(session: Session) -> package.KeyLookup:
    """The lookup :func:`package.read_package` needs: public key bytes, ``None`` (not enrolled, or no key
    recorded) or :class:`package.Revoked` with the revocation time."""

    def lookup(station_id: str) -> bytes | package.Revoked | None:
        station = session.get(Station, station_id)
        if station is None:
            return None
        if station.revoked_at is not None:
            return package.Revoked(since=_when(station.revoked_at))
        if not station.public_key:
            return None
        return keys.public_key_from_text(station.public_key)

    return lookup


def _when(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


def _info(station: Station) -> StationInfo:
    public = keys.public_key_from_text(station.public_key) if station.public_key else None
    return StationInfo(
        id=station.id, code=station.code, name=station.name, role=station.role, org_unit_id=station.org_unit_id,
        is_local=station.is_local, fingerprint=keys.fingerprint(public) if public else None,
        created_at=_when(station.created_at), revoked_at=_when(station.revoked_at) if station.revoked_at else None,
    )


def list_stations(session: Session) -> list[StationInfo]:
    rows = session.exec(select(Station).order_by(col(Station.is_local).desc(), col(Station.created_at))).all()
    return [_info(s) for s in rows]


def local_station(session: Session) -> Station:
    station = session.exec(select(Station).where(Station.is_local == True)).first()  # noqa: E712
    if station is None:
        raise KnownError("station_no_local")
    return station


def local_key(session: Session, *, key_dir: Path | None = None) -> keys.StationKey:
    """The local station's private key; created (and its public key recorded) on first use."""
    station = local_station(session)
    try:
        key = keys.load(station.id, directory=key_dir)
    except KnownError as exc:
        if exc.code != "station_key_missing" or station.public_key:
            raise
        key = keys.generate(station.id)
        keys.save(key, directory=key_dir)
    if not station.public_key:
        station.public_key = key.public_text()
        session.flush()
    elif keys.public_key_from_text(station.public_key) != key.public:
        raise KnownError("station_key_bad", path=keys.key_path(station.id, key_dir),
                         detail="not the key recorded for this station")
    return key


def resolve(session: Session, ref: str) -> Station:
    """A station by id, code or name (a name used by a revoked and a current station means the current one)."""
    ref = ref.strip()
    found = session.get(Station, ref)
    if found is not None:
        return found
    matches = session.exec(select(Station).where((Station.code == ref) | (Station.name == ref))).all()
    current = [s for s in matches if s.revoked_at is None]
    if len(current) == 1 or len(matches) == 1:
        return (current or list(matches))[0]
    raise KnownError("station_not_found", ref=ref)


def add_station(
    session: Session, *, name: str, actor: str = "cli", key_dir: Path | None = None
) -> tuple[Station, dict[str, Any]]:
    """Enrol a township at the county: its org unit (created if missing), its station row and key pair.

    Returns the station and the signed enrolment document (to write with :func:`write_enrollment`); the
    township's private key is in that document only, never in this database."""
    from qsupervise.services import audit, org, setup

    county_station = local_station(session)
    if county_station.role != "county":
        raise KnownError("station_add_not_county")
    name = name.strip()
    if not name:
        raise KnownError("org_name_empty")
    top = org.county(session)
    unit = session.exec(
        select(OrgUnit).where(OrgUnit.name == name, OrgUnit.parent_id == top.id, OrgUnit.active == True)  # noqa: E712
    ).first()
    if unit is None:
        unit = org.add_unit(session, kind=OrgKind.TOWNSHIP, name=name, actor=actor)
    taken = session.exec(
        select(Station).where(Station.org_unit_id == unit.id, col(Station.revoked_at).is_(None))
    ).first()
    if taken is not None:
        raise KnownError("station_exists", name=unit.name, station=taken.code)
    county_key = local_key(session, key_dir=key_dir)
    station_id = new_id()
    code = setup.station_code("township", unit.code, station_id)
    if session.exec(select(Station).where(Station.code == code)).first() is not None:
        code = setup.station_code("township", None, station_id)  # the area code went to a revoked station
    township_key = keys.generate(station_id)
    station = Station(id=station_id, code=code, name=unit.name, role="township", org_unit_id=unit.id,
                      public_key=township_key.public_text())
    session.add(station)
    session.flush()
    body = {
        "county": {"station_id": county_station.id, "code": county_station.code, "name": top.name,
                   "public_key": county_key.public_text(), "org_unit_id": top.id},
        "township": {"station_id": station.id, "code": station.code, "name": unit.name, "org_unit_id": unit.id,
                     "area_code": unit.code, "private_key": base64.b64encode(township_key.seed).decode("ascii")},
        "issued_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    document = {"format": ENROLL_FORMAT, "version": ENROLL_VERSION, "body": body,
                "signature": base64.b64encode(county_key.sign(package.canonical(body))).decode("ascii")}
    audit.record(session, actor=actor, action="station.add", target=unit.name,
                 detail={"station": station.id, "code": station.code, "fingerprint": township_key.fingerprint()})
    return station, document


def revoke_station(session: Session, *, ref: str, actor: str = "cli") -> Station:
    from qsupervise.services import audit

    station = resolve(session, ref)
    if station.is_local:
        raise KnownError("station_revoke_local")
    if station.revoked_at is not None:
        raise KnownError("station_already_revoked", name=station.name, since=_when(station.revoked_at))
    station.revoked_at = datetime.now(UTC)
    session.flush()
    audit.record(session, actor=actor, action="station.revoke", target=station.name,
                 detail={"station": station.id, "code": station.code})
    return station


# -- the enrolment file ------------------------------------------------------------------------------------------


def write_enrollment(path: Path, document: dict[str, Any]) -> Path:
    """Write the file whole or not at all (it holds a private key: 0600 where the system allows)."""
    path = Path(path).expanduser().absolute()
    data = orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    with package._replace_atomically(path) as temporary:  # fsync of file and folder, like a package
        temporary.write_bytes(data)
    with contextlib.suppress(OSError):
        path.chmod(0o600)
    return path


def read_enrollment(path: Path) -> Enrollment:
    """The enrolment file checked: format, fields and the county's signature over the body."""
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()[: MAX_ENROLL_BYTES + 1]
    except FileNotFoundError as exc:
        raise KnownError("file_not_found", file=str(path)) from exc
    except OSError as exc:
        raise KnownError("enroll_bad", path=path, detail=str(exc)) from exc
    if len(raw) > MAX_ENROLL_BYTES:
        raise KnownError("enroll_bad", path=path, detail="too big")
    try:
        document = orjson.loads(raw)
        if not isinstance(document, dict) or document.get("format") != ENROLL_FORMAT:
            raise KnownError("enroll_bad", path=path, detail="not an enrolment file")
        if document.get("version") != ENROLL_VERSION:
            raise KnownError("enroll_bad", path=path, detail=f"version {document.get('version')!r}")
        body, signature = document["body"], base64.b64decode(document["signature"], validate=True)
        county, township = body["county"], body["township"]
        public = keys.public_key_from_text(county["public_key"])
    except KnownError as exc:
        if exc.code == "station_public_key_bad":
            raise KnownError("enroll_bad", path=path, detail="county public key") from exc
        raise
    except (orjson.JSONDecodeError, KeyError, TypeError, binascii.Error, ValueError) as exc:
        raise KnownError("enroll_bad", path=path, detail=f"{type(exc).__name__}: {exc}") from exc
    if not keys.verify(public, package.canonical(body), signature):
        raise KnownError("enroll_forged", path=path)
    try:
        seed = base64.b64decode(township["private_key"], validate=True)
        key = keys.StationKey(station_id=str(township["station_id"]), seed=seed)
        keys.key_path(key.station_id, Path("."))  # a station id, never a path
        if len(seed) != 32:
            raise ValueError("seed length")
        return Enrollment(
            county_station_id=str(county["station_id"]), county_code=str(county["code"]),
            county_name=str(county["name"]), county_public_key=public, county_org_unit_id=str(county["org_unit_id"]),
            township_station_id=key.station_id, township_code=str(township["code"]),
            township_name=str(township["name"]), township_org_unit_id=str(township["org_unit_id"]),
            township_area_code=township.get("area_code") or None, township_key=key,
            issued_at=str(body.get("issued_at", "")),
        )
    except (KeyError, TypeError, binascii.Error, ValueError) as exc:
        raise KnownError("enroll_bad", path=path, detail=f"{type(exc).__name__}: {exc}") from exc


def init_from_enrollment(
    session: Session, enrollment: Enrollment, *, actor: str = "cli", key_dir: Path | None = None
) -> Any:
    """Set up a new township installation from the county's enrolment file (in the caller's transaction):
    the same ids for both stations and both org units, the county's public key, the township's private key
    in its key file. Returns the setup.Installation."""
    from qsupervise.services import setup

    e = enrollment
    inst = setup.initialise(
        session, role="township", name=e.township_name, area_code=e.township_area_code, county_name=e.county_name,
        actor=actor, enrolled=(e.township_station_id, e.county_org_unit_id, e.township_org_unit_id),
    )
    local = local_station(session)
    local.code = e.township_code
    local.public_key = e.township_key.public_text()
    session.add(Station(id=e.county_station_id, code=e.county_code, name=e.county_name, role="county",
                        org_unit_id=e.county_org_unit_id, public_key=keys.public_key_text(e.county_public_key)))
    session.flush()
    try:
        existing = keys.load(e.township_station_id, directory=key_dir)
    except KnownError as exc:
        if exc.code != "station_key_missing":
            raise
        keys.save(e.township_key, directory=key_dir)
    else:
        if existing.seed != e.township_key.seed:
            raise KnownError("station_key_exists", path=keys.key_path(e.township_station_id, key_dir))
    return dataclasses.replace(inst, station_code=e.township_code)
