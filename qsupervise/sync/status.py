"""What each station has sent: last package, seq held, gaps, last contact, reported this month."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, func, select

from qsupervise.messages import text
from qsupervise.models import Station, SyncConflict, SyncHeld, SyncPackage, SyncPending
from qsupervise.sync import exchange

if TYPE_CHECKING:
    from qsupervise.store import Store


@dataclass
class StationStatus:
    id: str
    code: str
    name: str
    role: str
    is_local: bool
    revoked: bool
    org_unit_id: str | None = None
    last_package_at: str = ""
    last_package_file: str = ""
    packages: int = 0
    held_through: int = 0  # every record up to this seq is here
    highest_seq: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)
    reported_this_month: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "gaps": [list(g) for g in self.gaps]}


@dataclass
class SyncTotals:
    conflicts: int
    held: int
    pending: int


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat(timespec="seconds")


def station_status(store: Store, *, now: datetime | None = None) -> list[StationStatus]:
    with store.read() as s:
        return station_rows(s, now=now)


def station_rows(s: Session, *, now: datetime | None = None) -> list[StationStatus]:
    """Every station: the local one first, then by name."""
    now = now or datetime.now(UTC)
    month = now.strftime("%Y-%m")
    conn = s.connection()
    states = exchange.seq_states(conn)
    rows = []
    for st in s.exec(select(Station).order_by(col(Station.is_local).desc(), col(Station.name))).all():
        last = s.exec(select(SyncPackage).where(SyncPackage.station_id == st.id)
                      .order_by(col(SyncPackage.imported_at).desc(), col(SyncPackage.seq_last).desc()).limit(1)).first()
        count = s.exec(select(func.count()).select_from(SyncPackage).where(SyncPackage.station_id == st.id)).one()
        state = states.get(st.id, exchange.SeqState(0, 0))
        when = _when(last.imported_at) if last else ""
        rows.append(StationStatus(
            id=st.id, code=st.code, name=st.name, role=st.role, is_local=st.is_local,
            revoked=st.revoked_at is not None, org_unit_id=st.org_unit_id, last_package_at=when,
            last_package_file=last.file_name if last else "", packages=count, held_through=state.held_through,
            highest_seq=state.highest, gaps=list(state.gaps),
            reported_this_month=bool(when) and when[:7] == month,
        ))
    return rows


def totals(store: Store) -> SyncTotals:
    with store.read() as s:
        def n(model: Any) -> int:
            return int(s.exec(select(func.count()).select_from(model)).one())

        return SyncTotals(conflicts=n(SyncConflict), held=n(SyncHeld), pending=n(SyncPending))


def gap_text(gaps: list[tuple[int, int]]) -> str:
    return "、".join(str(a) if a == b else f"{a}–{b}" for a, b in gaps)


def describe(result: exchange.ImportResult, lang: str = "zh") -> str:
    """One line for a package's outcome."""
    who = result.station_name or result.station[:8] or "?"
    if result.status == "refused":
        return text("package_line_refused", lang, file=result.path.name, error=result.error)
    if result.status == "already":
        return text("package_line_already", lang, file=result.path.name, station=who)
    m = result.summary
    line = text("package_line_done" if result.status == "imported" else "package_line_dry", lang,
                file=result.path.name, station=who, created=m.created, updated=m.updated + m.deleted,
                unchanged=m.unchanged, conflicts=m.conflicts, errors=m.errors)
    extra = []
    if m.held:
        extra.append(text("package_line_held", lang, held=m.held))
    if m.pending:
        extra.append(text("package_line_pending", lang, pending=m.pending))
    if result.gaps:
        extra.append(text("package_line_gaps", lang, gaps=gap_text(result.gaps), station=who))
    return line + ("；" if lang == "zh" else "; ").join(["", *extra]) if extra else line


def describe_status(row: StationStatus, lang: str = "zh") -> str:
    state = "revoked" if row.revoked else ("local" if row.is_local else "")
    gaps = text("package_line_gaps", lang, gaps=gap_text(row.gaps), station=row.name) if row.gaps else ""
    return "\t".join(x for x in (row.code, row.name, row.role, state, f"seq≤{row.held_through}",
                                 row.last_package_at or "—", gaps) if x != "")
