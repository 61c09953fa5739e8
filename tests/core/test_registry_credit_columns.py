"""The 企业档案 list's 认证 and 信用 columns (valid certificates, credit grade per row); the 工作台's credit figures."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from qsupervise.models import Certification, Enterprise, OrgUnit
from qsupervise.services import credit, dashboard, registry
from qsupervise.store import Store

TODAY = date(2026, 11, 24)


def firms(store: Store, n: int = 3) -> list[str]:
    with store.session() as s:
        town = s.exec(select(OrgUnit).where(OrgUnit.name == "河口镇")).one()
        made = [Enterprise(name=f"河口{i}号厂", township_id=town.id) for i in range(n)]
        s.add_all(made)
        s.flush()
        return [e.id for e in made]


def rows_by_id(store: Store) -> dict[str, registry.ListRow]:
    with store.read() as s:
        found = registry.rows(s, registry.find(s, registry.Query()), today=TODAY)
    return {r.id: r for r in found}


def test_valid_certificates_count_only_those_in_force(store: Store) -> None:
    first, second, third = firms(store)
    with store.session() as s:
        for days, status in ((10, "valid"), (0, "valid"), (-1, "valid"), (100, "suspended"), (100, "revoked"),
                             (100, "cancelled")):
            s.add(Certification(enterprise_id=first, kind="iso9001", status=status,
                                expires_on=(TODAY + timedelta(days=days)).isoformat()))
        s.add(Certification(enterprise_id=first, kind="ccc", status="valid", expires_on=None))  # no expiry: in force
        gone = Certification(enterprise_id=second, kind="sc", status="valid", expires_on="2030-01-01")
        gone.deleted_at = gone.created_at
        s.add(gone)
    rows = rows_by_id(store)
    assert rows[first].valid_certificates == 3  # the expiry day itself still counts; the day after does not
    assert rows[second].valid_certificates == 0  # a deleted certificate counts nowhere
    assert rows[third].valid_certificates == 0
    with store.read() as s:
        assert registry.valid_certificates(s, [first, second], today=TODAY) == {first: 3}
        assert registry.valid_certificates(s, [], today=TODAY) == {}


def test_each_row_carries_its_grade_default_where_none_is_recorded(store: Store) -> None:
    listed, clean, penalised = firms(store)
    with store.session() as s:
        credit.add_list_entry(s, enterprise_id=listed, list_kind="abnormal_operation", listed_on="2026-01-05",
                              today=TODAY)
        for n in range(3):
            credit.add_penalty(s, enterprise_id=penalised, decided_on=f"2026-0{n + 1}-10", document_no=f"罚{n}",
                               today=TODAY)
    rows = rows_by_id(store)
    assert rows[listed].grade == "C"  # on the 经营异常名录: C at best
    assert rows[clean].grade == "A"  # nothing on record: the rules' default, without a row of its own
    assert rows[penalised].grade == "C"  # 100 − 3 × 10 = 70


def test_dashboard_counts_unrecorded_enterprises_at_the_default_grade(store: Store) -> None:
    with store.read() as s:
        empty = dashboard.compliance_figures(s, TODAY).credit
    assert empty is not None
    assert (empty.counts, empty.unrecorded, empty.total) == ({"A": 0, "B": 0, "C": 0, "D": 0}, 0, 0)
    listed, _clean, dishonest = firms(store)
    with store.session() as s:
        credit.add_list_entry(s, enterprise_id=listed, list_kind="abnormal_operation", listed_on="2026-01-05",
                              today=TODAY)
        credit.add_list_entry(s, enterprise_id=dishonest, list_kind="serious_dishonest", listed_on="2026-01-05",
                              today=TODAY)
    with store.read() as s:
        figures = dashboard.credit_figures(s, TODAY)
    assert figures.counts == {"A": 1, "B": 0, "C": 1, "D": 1}
    assert (figures.unrecorded, figures.default_grade, figures.total) == (1, "A", 3)
    with store.session() as s:
        credit.set_rule(s, "base", points=80)  # the default moves with the rules, before any recomputation
    with store.read() as s:
        figures = dashboard.credit_figures(s, TODAY)
    assert (figures.default_grade, figures.counts["B"], figures.counts["A"]) == ("B", 1, 0)
