"""Every table model passes Qt's model checks, empty and filled."""

from __future__ import annotations

from ui.main_window import PAGE_KEYS
from ui.models.dashboard import KindCountsModel, TownshipCountsModel
from ui.models.org_units import OrgUnitsModel

SETTINGS = PAGE_KEYS.index("settings")


def test_dashboard_models(qtmodeltester, window, demo_db):
    from qsupervise.models import Enterprise

    with window.db.session() as s:
        s.add(Enterprise(name="甲", township_id=demo_db.townships["城关镇"], kind="coop"))
    page = window.pages[0]
    assert page.townships.rowCount() == 3
    qtmodeltester.check(page.townships)
    qtmodeltester.check(page.kinds)


def test_org_units_model(qtmodeltester, window):
    window.nav.setCurrentRow(SETTINGS)
    model = window.pages[SETTINGS].org_tab.model
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_empty_models(qtmodeltester):
    for model in (TownshipCountsModel(), KindCountsModel(), OrgUnitsModel()):
        qtmodeltester.check(model)


def test_unknown_kinds_are_counted_as_other():
    model = KindCountsModel()
    model.set_counts({"enterprise": 2, "something_new": 3, "other": 1})
    assert [(r.kind, r.count) for r in model.rows] == [("enterprise", 2), ("individual", 0), ("coop", 0), ("other", 4)]
    assert model.index(3, 2).data() == "66.7%"
