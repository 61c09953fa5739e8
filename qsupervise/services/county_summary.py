"""The county's figures per township from the merged data, and who has reported: what goes to the city.

Each figure is the one the rest of the app shows (dashboard counts, the assessment's computable metrics as of
the day, the standards' adoption rate), so the summary never disagrees with a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from qsupervise.services import assessment_metrics as metrics
from qsupervise.services import dashboard
from qsupervise.services import standards_adoption as adoption

if TYPE_CHECKING:
    from qsupervise.store import Store
    from qsupervise.sync.status import StationStatus

# the computable metrics of the assessment, in the order of the summary's columns
SOURCES: tuple[str, ...] = (
    "spotcheck_pass_rate", "certifications_new", "brands_new", "instrument_registration_rate",
    "instrument_verification_rate", "rectification_on_time_rate",
)


@dataclass(frozen=True)
class TownshipFigures:
    township_id: str
    name: str
    enterprises: int
    above_scale: int
    samples_judged: int
    pass_rate: float | None
    certifications_new: int
    brands_new: int
    registration_rate: float | None
    verification_rate: float | None
    rectification_on_time: float | None
    adoption_rate: float | None
    last_package_at: str = ""  # the township's last package imported here ("" when it has no station)
    reported_this_month: bool | None = None  # None: no station enrolled for it


@dataclass
class CountySummary:
    county: str
    day: date
    townships: list[TownshipFigures] = field(default_factory=list)
    total: TownshipFigures | None = None
    stations: list[StationStatus] = field(default_factory=list)

    @property
    def reported(self) -> int:
        return sum(1 for t in self.townships if t.reported_this_month)

    @property
    def enrolled(self) -> int:
        return sum(1 for t in self.townships if t.reported_this_month is not None)


def _value(measure: metrics.Measure | None) -> float | None:
    return None if measure is None or measure.value is None else round(measure.value, 2)


def _count(measure: metrics.Measure | None) -> int:
    return 0 if measure is None or measure.value is None else int(measure.value)


def _rate(measures: dict[str, metrics.Measure]) -> tuple[float | None, int]:
    part = sum(m.part for m in measures.values())
    whole = sum(m.whole or 0 for m in measures.values())
    return (round(100 * part / whole, 2) if whole else None), whole


def summarise(store: Store, *, day: date | None = None) -> CountySummary:
    """Every township's figures for ``day``'s year up to ``day`` (default today), a county total row and the
    stations' reporting state."""
    from qsupervise.sync import status

    day = day or date.today()
    with store.read() as s:
        base = dashboard.summary(s)
        memo: dict[object, object] = {}
        found = {src: metrics.values(s, src, None, day.year, day, memo=memo) for src in SOURCES}
        rates = {r.key: r for r in adoption.adoption_rates(s, by="township")}
        county_rate = adoption.county_adoption(s)
    stations = status.station_status(store, now=datetime.combine(day, time(12), UTC))
    by_unit = {x.org_unit_id: x for x in stations if x.role == "township" and not x.revoked and x.org_unit_id}
    rows = []
    for t in base.by_township:
        get = {src: found[src].get(t.township_id) for src in SOURCES}
        judged = get["spotcheck_pass_rate"]
        station = by_unit.get(t.township_id)
        rows.append(TownshipFigures(
            township_id=t.township_id, name=t.name, enterprises=t.enterprises, above_scale=t.above_scale,
            samples_judged=(judged.whole or 0) if judged else 0, pass_rate=_value(judged),
            certifications_new=_count(get["certifications_new"]), brands_new=_count(get["brands_new"]),
            registration_rate=_value(get["instrument_registration_rate"]),
            verification_rate=_value(get["instrument_verification_rate"]),
            rectification_on_time=_value(get["rectification_on_time_rate"]),
            adoption_rate=_round(rates[t.township_id].rate) if t.township_id in rates else None,
            last_package_at=station.last_package_at if station else "",
            reported_this_month=station.reported_this_month if station else None,
        ))
    rows.sort(key=lambda r: (-r.enterprises, r.name))
    pass_rate, judged_total = _rate(found["spotcheck_pass_rate"])
    total = TownshipFigures(
        township_id="", name=base.county or "全县", enterprises=sum(r.enterprises for r in rows),
        above_scale=sum(r.above_scale for r in rows), samples_judged=judged_total, pass_rate=pass_rate,
        certifications_new=sum(r.certifications_new for r in rows), brands_new=sum(r.brands_new for r in rows),
        registration_rate=_rate(found["instrument_registration_rate"])[0],
        verification_rate=_rate(found["instrument_verification_rate"])[0],
        rectification_on_time=_rate(found["rectification_on_time_rate"])[0],
        adoption_rate=_round(county_rate.rate),
    )
    return CountySummary(county=base.county, day=day, townships=rows, total=total, stations=stations)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
