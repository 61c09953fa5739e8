"""Adoption rate (采标率), implementation rate (推广实施率) and drafted-standard counts against hand-made data."""

from __future__ import annotations

from datetime import date

import pytest

from qsupervise.errors import KnownError
from qsupervise.services import standards_adoption as adoption
from qsupervise.services import standards_drafted as drafted
from qsupervise.services import standards_projects as projects
from qsupervise.services.standards_ledger import LedgerFilter, ledger
from qsupervise.store import Store
from tests.core.standards_data import add_firm, townships


def test_adoption_rates_by_township_industry_and_county(store: Store) -> None:
    # 城关镇: 4 products with standards, 2 adopting (one product adopts through two standards) → 50.0 %
    a = add_firm(store, "甲食品", "城关镇", "C1431",
                 {"p1": ["GB 7099-2015", "GB/T 20977-2007"], "p2": ["GB 7099-2015"], "p3": ["Q/JSP 001-2020"]})
    b = add_firm(store, "乙电器", "城关镇", "C3874", {"p4": ["GB 7000.1-2015"], "p5": []})  # p5: no standard, left out
    # 河口镇: 1 product adopting of 1 → 100 %; an inactive (注销) firm's product does not count
    c = add_firm(store, "丙电器", "河口镇", "C3874", {"p6": ["GB 7000.1-2015"]})
    add_firm(store, "丁电器", "河口镇", "C3874", {"p7": ["GB 7000.1-2015"]}, status="cancelled")
    with store.session() as s:
        adoption.set_adoption(s, a["p1"][0], degree="等同采用", number="iso 22000 : 2018")
        adoption.set_adoption(s, a["p1"][1], degree="MOD", number="ISO 22000:2018")
        adoption.set_adoption(s, b["p4"][0], degree="IDT", number="IEC 60598-1:2014")
        adoption.set_adoption(s, c["p6"][0], degree="IDT", number="IEC 60598-1:2014")
        adoption.set_adoption_target(s, 60)
    town = townships(store)
    with store.read() as s:
        by_name = {r.label: r for r in adoption.adoption_rates(s, by="township")}
        by_town = {r.key: r for r in by_name.values()}
        by_industry = {r.key: r for r in adoption.adoption_rates(s, by="industry")}
        county = adoption.county_adoption(s)
        adopting = ledger(s, LedgerFilter(flag="adopting"))
    assert (by_name["城关镇"].products, by_name["城关镇"].adopting, by_name["城关镇"].rate) == (4, 2, 50.0)
    assert by_town[town["城关镇"]].meets is False
    assert by_town[town["城关镇"]].target == 60
    assert (by_name["河口镇"].products, by_name["河口镇"].rate, by_name["河口镇"].meets) == (1, 100.0, True)
    assert by_town[town["柳林乡"]].rate is None
    assert by_town[town["柳林乡"]].meets is None
    assert (by_industry["C14"].products, by_industry["C14"].adopting, by_industry["C14"].rate) == (3, 1, 33.3)
    assert (by_industry["C38"].products, by_industry["C38"].adopting) == (2, 2)
    assert by_industry["C14"].label == "C14 食品制造业"
    assert (county.products, county.adopting, county.rate) == (5, 3, 60.0)
    assert {(r.adoption_degree, r.adopted_number) for r in adopting} == {
        ("IDT", "ISO 22000:2018"), ("MOD", "ISO 22000:2018"), ("IDT", "IEC 60598-1:2014")}


def test_adoption_input_is_checked_and_cleared(store: Store) -> None:
    ids = add_firm(store, "甲食品", "城关镇", "C1431", {"p1": ["GB 7099-2015"]})["p1"]
    with store.session() as s:
        with pytest.raises(KnownError) as degree:
            adoption.set_adoption(s, ids[0], degree="NEQ", number="ISO 22000:2018")
        with pytest.raises(KnownError) as number:
            adoption.set_adoption(s, ids[0], degree="IDT", number="国际先进")
        with pytest.raises(KnownError) as target:
            adoption.set_adoption_target(s, 120)
    assert (degree.value.code, number.value.code, target.value.code) == (
        "std_adoption_degree", "std_adoption_number", "std_target_range")
    with store.session() as s:
        adoption.set_adoption(s, ids[0], degree="IDT", number="ISO 22000:2018")
        assert adoption.county_adoption(s).adopting == 1
        adoption.clear_adoption(s, ids[0])
        assert adoption.county_adoption(s).adopting == 0
        assert adoption.adoption_target(s) == adoption.DEFAULT_TARGET


def test_implementation_rate_per_project_township_and_county(store: Store) -> None:
    town = townships(store)
    with store.session() as s:
        tea = projects.save_project(s, projects.ProjectInput(
            name="茶叶标准化示范基地", crop="茶叶", kind="base", township_ids=[town["城关镇"], town["河口镇"]],
            lead_name="青溪茶叶专业合作社", area_mu=1200.5, farms_covered=400, farms_applying=300,
            standards=["GB/T 14456.1-2017", "NY/T 5018-2015"], started_on="2024-03-01"))
        projects.save_project(s, projects.ProjectInput(
            name="烤烟标准化示范区", crop="烤烟", township_ids=[town["城关镇"]], area_mu=3000, farms_covered=200,
            farms_applying=150, started_on="2023-04-01", status="accepted", accepted_on="2025-10-20"))
        projects.save_project(s, projects.ProjectInput(
            name="撤销的项目", crop="魔芋", township_ids=[town["柳林乡"]], farms_covered=100, farms_applying=10,
            status="cancelled"))
        with pytest.raises(KnownError) as farms:
            projects.save_project(s, projects.ProjectInput(name="x", crop="柑橘", township_ids=[town["柳林乡"]],
                                                           farms_covered=10, farms_applying=11))
    assert farms.value.code == "std_project_farms"
    with store.read() as s:
        rows = {p.name: p for p in projects.projects(s)}
        rates = {r.key: r for r in projects.implementation_rates(s)}
        in_hekou = projects.projects(s, township_id=town["河口镇"])
    assert rows["茶叶标准化示范基地"].rate == 75.0  # 300 / 400
    assert rows["茶叶标准化示范基地"].townships == "城关镇、河口镇"
    assert rows["茶叶标准化示范基地"].standards == ("GB/T 14456.1-2017", "NY/T 5018-2015")
    # 城关镇: both live projects, (300 + 150) / (400 + 200) = 75.0 %; 河口镇: the tea base alone
    town_rate = rates[town["城关镇"]]
    assert (town_rate.projects, town_rate.farms_applying, town_rate.rate) == (2, 450, 75.0)
    assert rates[town["河口镇"]].rate == 75.0
    assert rates[town["河口镇"]].area_mu == 1200.5
    assert rates[town["柳林乡"]].projects == 0
    assert rates[town["柳林乡"]].rate is None
    assert (rates[""].projects, rates[""].farms_covered, rates[""].rate) == (2, 600, 75.0)
    assert [p.name for p in in_hekou] == ["茶叶标准化示范基地"]
    with store.session() as s:  # moving the tea base out of 城关镇 changes its rate: 150 / 200
        projects.save_project(s, projects.ProjectInput(
            name="茶叶标准化示范基地", crop="茶叶", kind="base", township_ids=[town["河口镇"]], farms_covered=400,
            farms_applying=300), project_id=tea.id)
        assert {r.key: r.rate for r in projects.implementation_rates(s)}[town["城关镇"]] == 75.0
        assert {r.key: r.projects for r in projects.implementation_rates(s)}[town["城关镇"]] == 1


def test_drafted_counts_per_township_and_year_up_to_the_cutoff(store: Store) -> None:
    town = townships(store)
    firm = add_firm(store, "甲食品", "城关镇", "C1431", {})
    assert firm == {}
    with store.session() as s:
        for published, status, number in (("2025-03-01", "published", "T/HBSP 001-2025"),
                                          ("2025-11-20", "published", "DB42/T 2001-2025"),
                                          ("2024-12-31", "published", "GB/T 1-2024"),
                                          (None, "proposed", "")):
            drafted.save_drafted(s, drafted.DraftedInput(
                level="group", title="月饼", number=number, drafter="县标准化研究所", township_id=town["城关镇"],
                role="participant", status=status, published_on=published, proposed_on="2025-01-05"))
        drafted.save_drafted(s, drafted.DraftedInput(
            level="local", title="魔芋种植技术规程", number="DB42/T 2002-2025", drafter="柳林魔芋合作社",
            township_id=town["柳林乡"], status="published", published_on="2025-06-01"))
        with pytest.raises(KnownError) as unnumbered:
            drafted.save_drafted(s, drafted.DraftedInput(level="local", title="x", drafter="y", status="published",
                                                         published_on="2025-01-01"))
    assert unnumbered.value.code == "std_drafted_number"
    with store.read() as s:
        assert drafted.drafted_count(s, town["城关镇"], 2025, date(2025, 12, 31)) == 2
        assert drafted.drafted_count(s, town["城关镇"], 2025, date(2025, 6, 30)) == 1  # the November one is later
        assert drafted.drafted_count(s, town["城关镇"], 2024, None) == 1
        assert drafted.drafted_count(s, town["河口镇"], 2025, None) == 0
        assert drafted.drafted_counts(s, 2025, None) == {town["城关镇"]: 2, town["柳林乡"]: 1}
        assert drafted.drafted_counts(s, 2025, None, levels=("local",)) == {town["柳林乡"]: 1}
        tallies = {(t.township, t.level): (t.proposed, t.published) for t in drafted.drafted_tallies(s, 2025)}
    assert tallies == {("城关镇", "group"): (1, 2), ("柳林乡", "local"): (0, 1)}
