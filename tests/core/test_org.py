"""行政区划 rules: names unique per county, merges move records and keep the old unit."""

from __future__ import annotations

import pytest
from sqlmodel import select

from qsupervise.errors import KnownError
from qsupervise.models import Change, Enterprise, OrgUnit
from qsupervise.services import org
from qsupervise.store import Store


def add_enterprises(store: Store, township: str, n: int) -> list[str]:
    with store.session() as s:
        town = org.resolve(s, township)
        rows = [Enterprise(name=f"{township}企业{i}", township_id=town.id) for i in range(n)]
        s.add_all(rows)
    return [r.id for r in rows]


def test_add_rename_and_list(store: Store) -> None:
    with store.session() as s:
        unit = org.add_unit(s, kind="member_unit", name=" 县农业农村局 ")
    assert unit.name == "县农业农村局"
    with store.session() as s:
        org.rename_unit(s, ref="县农业农村局", name="县农业农村和水利局")
    with store.read() as s:
        units = org.list_units(s)
    names = {u.name: u for u in units}
    assert "县农业农村和水利局" in names
    assert names["县农业农村和水利局"].kind == "member_unit"
    assert {"城关镇", "河口镇", "柳林乡"} <= set(names)


@pytest.mark.parametrize(
    ("kind", "name", "code", "expected"),
    [
        ("township", "城关镇", None, "org_name_taken"),
        ("township", "  ", None, "org_name_empty"),
        ("township", "新镇", "12345", "org_code_format"),
        ("county", "另一个县", None, "org_kind_bad"),
    ],
)
def test_bad_input_is_refused_with_a_reason(
    store: Store, kind: str, name: str, code: str | None, expected: str
) -> None:
    with pytest.raises(KnownError) as info, store.session() as s:
        org.add_unit(s, kind=kind, name=name, code=code)
    assert info.value.code == expected
    assert info.value.message("zh") != expected


def test_merge_moves_enterprises_and_keeps_the_old_unit(store: Store) -> None:
    moved_ids = add_enterprises(store, "柳林乡", 3)
    add_enterprises(store, "河口镇", 2)
    with store.session() as s:
        changes = org.merge_units(s, source="柳林乡", target="河口镇")
    assert changes.counts == {"enterprise": 3}
    with store.read() as s:
        old = s.exec(select(OrgUnit).where(OrgUnit.name == "柳林乡")).one()
        target = s.exec(select(OrgUnit).where(OrgUnit.name == "河口镇")).one()
        assert not old.active
        assert old.merged_into_id == target.id
        assert len(s.exec(select(Enterprise).where(Enterprise.township_id == target.id)).all()) == 5
        logged = s.exec(
            select(Change).where(Change.field == "township_id", Change.op == "update")
        ).all()
    assert {c.row_id for c in logged} == set(moved_ids)
    with store.session() as s:  # a merged unit cannot come back or be merged again
        with pytest.raises(KnownError):
            org.set_active(s, ref=old.id, active=True)


def test_merge_refuses_nonsense(store: Store) -> None:
    with store.session() as s:
        org.add_unit(s, kind="member_unit", name="县商务局")
    for source, target, code in [
        ("城关镇", "城关镇", "org_merge_self"),
        ("城关镇", "县商务局", "org_merge_kind"),
        ("测试县", "城关镇", "org_is_county"),
        ("不存在镇", "城关镇", "org_not_found"),
    ]:
        with pytest.raises(KnownError) as info, store.session() as s:
            org.merge_units(s, source=source, target=target)
        assert info.value.code == code


def test_deactivate_and_activate(store: Store) -> None:
    with store.session() as s:
        org.set_active(s, ref="柳林乡", active=False)
    with store.read() as s:
        assert "柳林乡" not in {u.name for u in org.list_units(s, include_inactive=False)}
    with store.session() as s:
        org.set_active(s, ref="柳林乡", active=True)
    with store.read() as s:
        assert "柳林乡" in {u.name for u in org.list_units(s, include_inactive=False)}


def test_references_cover_every_synchronised_org_column() -> None:
    found = {(t.name, c.name) for t, c in org.references()}
    assert ("enterprise", "township_id") in found
    assert not any(t == "org_unit" for t, _ in found)
