"""Exporting and importing sync packages: what goes in, what an import does, what each station holds.

Every package carries its writer's *holdings* (payload meta ``have``: per station, the highest seq up to
which the writer holds every change record). The receiver keeps them as watermarks of the writer
(``sync_watermark``); they are the receipts:

* a township exports its own records after the county's watermark for it (export never marks anything as
  sent: a lost package is simply carried again by the next one);
* the county's return package for a township carries every record of every other station after that
  township's watermarks: receipts, reference data, plans and draws, corrections, resolutions, the other
  townships' work (decision 0010).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Connection, func, select
from sqlalchemy import text as sql_text
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from qsupervise import schema
from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.models import AuditEntry, LocalClock, Station, SyncPackage, SyncWatermark
from qsupervise.models.system import Change
from qsupervise.sync import merge, package, payload, stations

if TYPE_CHECKING:
    from qsupervise.store import Store

CHANGE_TABLE = Change.__table__  # type: ignore[attr-defined]
SUFFIX = ".qsp"


@dataclass
class ExportResult:
    path: Path
    package_id: str
    kind: str
    station: str  # the writer
    for_station: str  # the township a return package is for ("" for a township's package)
    seq_first: int
    seq_last: int
    counts: dict[str, int]
    changes: int
    size: int

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path)}


@dataclass
class ImportResult:
    """One package's outcome: imported, already (imported before), refused (with the error) or dry_run."""

    path: Path
    status: str
    package_id: str = ""
    station: str = ""
    station_name: str = ""
    kind: str = ""
    seq_first: int = 0
    seq_last: int = 0
    summary: merge.MergeSummary = field(default_factory=merge.MergeSummary)
    error_code: str = ""
    error: str = ""
    gaps: list[tuple[int, int]] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "status": self.status, "package_id": self.package_id,
                "station": self.station, "station_name": self.station_name, "kind": self.kind,
                "seq_first": self.seq_first, "seq_last": self.seq_last, **self.summary.to_dict(),
                "error_code": self.error_code, "error": self.error,
                "gaps": [list(g) for g in self.gaps]}


# -- holdings and watermarks ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeqState:
    """One station's records here: every seq up to ``held_through`` present, ``highest`` seen, the gaps."""

    held_through: int
    highest: int
    gaps: tuple[tuple[int, int], ...] = ()


def seq_states(conn: Connection) -> dict[str, SeqState]:
    """Per station in the change log (one grouped pass; the gaps looked for only where some are)."""
    c = CHANGE_TABLE.c
    found: dict[str, SeqState] = {}
    rows = conn.execute(select(c.station_id, func.count(), func.min(c.seq), func.max(c.seq)).group_by(c.station_id))
    for station, count, low, high in rows:
        if low == 1 and count == high:
            found[station] = SeqState(high, high)
        else:
            gaps, islands = gaps_and_islands(conn, station)
            held = islands[0][1] if islands and islands[0][0] == 1 else 0
            found[station] = SeqState(held, high, tuple(gaps))
    return found


def holdings(conn: Connection) -> dict[str, int]:
    """Per station, the highest seq up to which this installation holds every change record."""
    return {station: state.held_through for station, state in seq_states(conn).items()}


def gaps_and_islands(conn: Connection, station_id: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(missing seq ranges, held seq ranges) of one station's records in this change log."""
    sql = sql_text("SELECT min(seq), max(seq) FROM (SELECT seq, seq - row_number() OVER (ORDER BY seq) AS g "
                   "FROM change_log WHERE station_id = :s) AS runs GROUP BY g ORDER BY 1")
    islands = [(int(a), int(b)) for a, b in conn.execute(sql, {"s": station_id})]
    gaps: list[tuple[int, int]] = []
    expected = 1
    for low, high in islands:
        if low > expected:
            gaps.append((expected, low - 1))
        expected = high + 1
    return gaps, islands


def watermarks(conn: Connection, peer: str) -> dict[str, int]:
    w = SyncWatermark.__table__.c  # type: ignore[attr-defined]
    return {r[0]: r[1] for r in conn.execute(select(w.origin_station_id, w.seq).where(w.peer_station_id == peer))}


def _set_watermarks(session: Session, peer: str, have: dict[str, int]) -> None:
    """What ``peer`` holds now, as its package says: taken as it is, lower too (a peer restored from a backup
    lost records; they are sent again — records already held are skipped on import)."""
    now = datetime.now(UTC)
    known = session.exec(sm_select(SyncWatermark).where(SyncWatermark.peer_station_id == peer)).all()
    have = {**{mark.origin_station_id: 0 for mark in known}, **have}  # a station it no longer names: none held
    for origin, seq in have.items():
        mark = session.get(SyncWatermark, (peer, origin))
        if mark is None:
            session.add(SyncWatermark(peer_station_id=peer, origin_station_id=origin, seq=seq, updated_at=now))
        elif seq != mark.seq:
            mark.seq, mark.updated_at = seq, now
    session.flush()


def _catch_up_seq(session: Session, local: Station, have: dict[str, int], summary: merge.MergeSummary) -> None:
    """A peer holding more of our records than our counter has issued means this database was restored from
    an older backup: move the counter past them so no seq is used twice, and say so."""
    clock = session.get(LocalClock, local.id)
    held = have.get(local.id, 0)
    if clock is not None and held > clock.seq:
        summary.problems.append(text("package_seq_behind", "zh", held=held, ours=clock.seq))
        clock.seq = held
        session.flush()


# -- export --------------------------------------------------------------------------------------------------------


def _county(session: Session, local: Station) -> Station:
    found = session.exec(sm_select(Station).where(Station.role == "county", Station.id != local.id)).first()
    if found is None:
        raise KnownError("package_no_county")
    return found


def export_package(
    store: Store, dest: Path | str, *, station: str | None = None, key_dir: Path | None = None
) -> ExportResult:
    """Write a package: a township's own work for the county, or (``station`` given, at the county) the
    return package for that township. Nothing is marked as sent."""
    dest = Path(dest).expanduser().absolute()
    with store.read() as s:
        local = stations.local_station(s)
        conn = s.connection()
        have = holdings(conn)
        if local.role == "county":
            if not station:
                raise KnownError("package_station_needed")
            target = stations.resolve(s, station)
            if target.is_local or target.role != "township":
                raise KnownError("package_station_not_township", name=target.name)
            if target.revoked_at is not None:
                raise KnownError("package_station_revoked_export", name=target.name)
            theirs = watermarks(conn, target.id)
            others = {origin: theirs.get(origin, 0) for origin in have if origin not in (target.id, local.id)}
            seq_first, kind, for_station = theirs.get(local.id, 0) + 1, "county-return", target.id
        else:
            if station:
                raise KnownError("package_station_only_county")
            county = _county(s, local)
            seq_first = watermarks(conn, county.id).get(local.id, 0) + 1
            others, kind, for_station = {}, "township", ""
        audit_head = s.exec(sm_select(AuditEntry.hash).order_by(col(AuditEntry.seq).desc()).limit(1)).first()
        key = stations.local_key(s, key_dir=key_dir)
    meta = {"have": orjson.dumps(have).decode(), "for_station": for_station, "kind": kind}
    with tempfile.TemporaryDirectory(prefix="qsp-export-") as scratch:
        built = payload.build(store, Path(scratch) / "payload.sqlite", seq_first=seq_first, others=others,
                              meta_extra=meta)
        manifest = package.write_package(dest, {
            "schema_revision": schema.HEAD, "seq_first": built.seq_first, "seq_last": built.seq_last,
            "counts": built.counts, "audit_head": audit_head or "0" * 64, "kind": kind, "for_station": for_station,
        }, built.path, key)
    with store.session() as s:
        from qsupervise.services import audit

        audit.record(s, actor=store_actor(store), action="package.export", target=dest.name,
                     detail={"package": manifest.package_id, "kind": kind, "changes": built.changes,
                             "for_station": for_station})
    return ExportResult(path=dest, package_id=manifest.package_id, kind=kind, station=local.id,
                        for_station=for_station, seq_first=built.seq_first, seq_last=built.seq_last,
                        counts=built.counts, changes=built.changes, size=dest.stat().st_size)


def store_actor(store: Store) -> str:
    return store.principal.username if store.principal else "cli"


# -- import --------------------------------------------------------------------------------------------------------


def package_files(paths: list[Path | str]) -> list[Path]:
    """The files named, a folder giving its ``.qsp`` files in name order."""
    found: list[Path] = []
    for item in paths:
        p = Path(item).expanduser()
        if p.is_dir():
            found += sorted(x for x in p.iterdir() if x.suffix.lower() == SUFFIX and x.is_file())
        else:
            found.append(p)
    return found


def import_packages(
    store: Store, paths: list[Path | str], *, dry_run: bool = False, backup: bool = True,
    now_ms: int | None = None, lang: str = "zh",
) -> list[ImportResult]:
    """Check and import each package in its own transaction (a dry run rolls each back)."""
    results: list[ImportResult] = []
    backed_up = not backup or dry_run
    package.remove_stale_payloads()
    for path in package_files(paths):
        result = ImportResult(path=Path(path).absolute(), status="refused")
        try:
            if not backed_up:
                from qsupervise import backups

                backups.before_package_import(store)
                backed_up = True
            _import_one(store, result, dry_run=dry_run, now_ms=now_ms)
        except KnownError as exc:
            result.status = "refused"
            result.error_code = exc.code
            result.error = text(exc.code, lang, **exc.params)
        results.append(result)
    return results


class _DryRun(Exception):
    """Rolls a dry run's transaction back."""


def _import_one(store: Store, result: ImportResult, *, dry_run: bool, now_ms: int | None) -> None:
    with store.read() as s:
        verified = package.read_package(result.path, key_for_station=stations.key_for_station(s))
    with verified:
        m = verified.manifest
        result.package_id, result.station, result.kind = m.package_id, m.station_id, m.kind
        result.seq_first, result.seq_last = m.seq_first, m.seq_last
        try:
            with store.session(actor=store_actor(store)) as s:
                _apply(s, verified, result, dry_run=dry_run, now_ms=now_ms, actor=store_actor(store))
                if dry_run and result.status != "already":
                    raise _DryRun
        except _DryRun:
            result.status = "dry_run"


def _apply(s: Session, verified: package.VerifiedPackage, result: ImportResult, *, dry_run: bool,
           now_ms: int | None, actor: str) -> None:
    m = verified.manifest
    sender = s.get(Station, m.station_id)
    result.station_name = sender.name if sender else ""
    seen = s.get(SyncPackage, m.package_id)
    if seen is not None:
        if seen.file_sha256 != verified.file_sha256:
            raise KnownError("package_replay_forged", path=result.path, package=m.package_id)
        result.status = "already"
        return
    local = stations.local_station(s)
    if sender is None or sender.is_local:
        raise KnownError("package_own", path=result.path)
    if not schema.is_known(m.schema_revision):
        raise KnownError("package_schema_newer", path=result.path, found=m.schema_revision, known=schema.HEAD)
    conn = s.connection()
    data = payload.open_read_only(verified.payload_path)
    try:
        info = payload.meta(data)
        _check_direction(local, m, info, result.path)
        for _attachment in payload.iter_attachments(data):  # each checked against its hash
            pass
        # streamed into the merge, never all in memory (a county's return package holds a million records)
        records: Iterable[merge.Rec] = payload.change_rows(data)
        if m.kind == "township":
            records = _own_records(records, m, result.path)
        result.summary = merge.merge(conn, records, package_id=m.package_id, now_ms=now_ms)
    except KnownError as exc:
        if exc.code == "package_corrupt" and not exc.params.get("path"):
            exc.params["path"] = str(result.path)  # found inside the payload: name the package
        raise
    finally:
        data.close()
    have = _have(info, result.path)
    _set_watermarks(s, m.station_id, have)
    _catch_up_seq(s, local, have, result.summary)
    result.gaps = _gaps(conn, m.station_id) if m.kind == "township" else []
    result.status = "imported"
    s.add(SyncPackage(package_id=m.package_id, file_sha256=verified.file_sha256, station_id=m.station_id,
                      kind=m.kind, seq_first=m.seq_first, seq_last=m.seq_last, file_name=result.path.name[:260],
                      summary=orjson.dumps(result.summary.to_dict()).decode()))
    s.flush()
    if not dry_run:
        from qsupervise.services import audit

        audit.record(s, actor=actor, action="package.import",
                     target=result.path.name, detail={"package": m.package_id, "station": m.station_id,
                                                      "created": result.summary.created,
                                                      "updated": result.summary.updated,
                                                      "conflicts": result.summary.conflicts})


def _own_records(records: Iterable[merge.Rec], m: package.Manifest, path: Path) -> Iterator[merge.Rec]:
    """A township package's records, refused (the merge's transaction rolled back) at the first one of another
    station or outside the manifest's seq range."""
    for r in records:
        if r[1] != m.station_id or not m.seq_first <= r[2] <= m.seq_last:
            raise KnownError("package_corrupt", path=path, detail="records of another station or seq range")
        yield r


def _gaps(conn: Connection, station_id: str) -> list[tuple[int, int]]:
    """The station's missing seq ranges (the window query only when its seqs are not simply 1..n)."""
    c = CHANGE_TABLE.c
    count, low, high = conn.execute(
        select(func.count(), func.min(c.seq), func.max(c.seq)).where(c.station_id == station_id)).one()
    if not count or (low == 1 and count == high):
        return []
    return gaps_and_islands(conn, station_id)[0]


def _check_direction(local: Station, m: package.Manifest, info: dict[str, str], path: Path) -> None:
    if local.role == "county" and m.kind != "township":
        raise KnownError("package_wrong_direction", path=path)
    if local.role == "township":
        if m.kind != "county-return":
            raise KnownError("package_wrong_direction", path=path)
        if info.get("for_station") != local.id:
            raise KnownError("package_not_for_us", path=path)


def _have(info: dict[str, str], path: Path) -> dict[str, int]:
    try:
        have = orjson.loads(info.get("have", "{}"))
    except orjson.JSONDecodeError as exc:
        raise KnownError("package_corrupt", path=path, detail="holdings") from exc
    if not isinstance(have, dict) or not all(isinstance(k, str) and isinstance(v, int) for k, v in have.items()):
        raise KnownError("package_corrupt", path=path, detail="holdings")
    return have
