"""工作台 figures of spot checks: this year's samples and pass rate, open, overdue and due-soon follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from qsupervise.models import SpotCheck, SpotCheckPlan
from qsupervise.services import dashboard
from qsupervise.store import Store

TODAY = date(2026, 11, 24)


def add(store: Store, year: int, verdict: str | None, **kw: Any) -> None:
    with store.session() as s:
        plan = SpotCheckPlan(plan_no=f"P{year}", year=year)
        s.add(plan)
        s.flush()
        s.add(SpotCheck(plan_id=plan.id, sampling="sampled" if verdict else "pending", verdict=verdict,
                        unit_name=kw.pop("unit_name", "某厂"), product="样品", **kw))


def ordered(days_ago: int) -> dict[str, str]:
    """Dates of a failing sample whose correction was ordered ``days_ago`` days before TODAY."""
    on = TODAY - timedelta(days=days_ago)
    return {"notice_served_on": (on - timedelta(days=20)).isoformat(), "correction_ordered_on": on.isoformat()}


def test_no_date_no_spot_check_figures(store: Store) -> None:
    with store.read() as s:
        assert dashboard.summary(s).spotchecks is None


def test_empty_year(store: Store) -> None:
    with store.read() as s:
        figures = dashboard.summary(s, today=TODAY).spotchecks
    assert figures == dashboard.SpotcheckFigures(2026, 0, 0, 0, 0, 0, 0, [])
    assert figures.rate is None


def test_this_year_and_follow_ups(store: Store) -> None:
    add(store, 2026, "pass", sampled_on="2026-03-01")
    add(store, 2026, "pass", sampled_on="2026-03-02")
    add(store, 2026, None)  # sampled this year (plan's year), no result yet
    add(store, 2026, "fail", sampled_on="2026-04-01", unit_name="逾期厂", **ordered(100))  # recheck due 25 days ago
    add(store, 2026, "fail", sampled_on="2026-05-01", unit_name="快到期厂", **ordered(70))  # due in 5 days
    add(store, 2026, "fail", sampled_on="2026-06-01", unit_name="还早厂", **ordered(10))  # due in 65 days
    add(store, 2025, "fail", sampled_on="2025-06-01", unit_name="去年厂", **ordered(400))  # last year, long overdue
    add(store, 2025, "fail", sampled_on="2025-06-01", closed_on="2025-12-01")  # closed
    add(store, 2026, "fail", sampled_on="2026-06-01", unit_name="未送达厂")  # open, no deadline yet
    with store.read() as s:
        f = dashboard.spotcheck_figures(s, TODAY)
    assert (f.year, f.samples, f.judged, f.passed) == (2026, 7, 6, 2)
    assert f.rate == 2 / 6
    assert (f.open_followups, f.overdue, f.due_soon, f.urgent_total) == (5, 2, 1, 3)
    assert [d.unit_name for d in f.urgent] == ["去年厂", "逾期厂", "快到期厂"]
    assert f.urgent[0].step.code == "recheck"
    with store.read() as s:
        assert [d.unit_name for d in dashboard.spotcheck_figures(s, TODAY, shown=1).urgent] == ["去年厂"]
