"""Township ⇄ county exchange: packages carry the work both ways, conflicts are kept and resolved, duplicates
merged, far-future stamps held, rows waiting for their parents applied once those arrive."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, RecordRedirect, SyncHeld
from qsupervise.sync import conflicts, merge
from tests.core.sync_world import COUNTY, World


def round_trip(world: World, folder: Path) -> None:
    """Every township reports, the county answers each, each township takes the answer."""
    folder.mkdir(exist_ok=True)
    sent = [world.export(t, folder / f"{t}-up-{len(list(folder.iterdir()))}.qsp") for t in world.townships]
    assert all(not r.refused for r in world.import_(COUNTY, *sent))
    for t in world.townships:
        back = world.export(f"{COUNTY}:{t}", folder / f"{t}-down-{len(list(folder.iterdir()))}.qsp")
        assert all(not r.refused for r in world.import_(t, back))


def test_work_reaches_the_county_and_every_township_converges(world: World, tmp_path: Path) -> None:
    a = world.add_enterprise("甲镇", "甲镇食品厂")
    b = world.add_enterprise("乙镇", "乙镇机械厂")
    c = world.add_enterprise(COUNTY, "县直企业", township="甲镇")
    round_trip(world, tmp_path / "p")
    county = world.dump(COUNTY)
    ids = {row[0] for row in county["enterprise"]}
    assert {a, b, c} <= ids
    for t in world.townships:
        assert world.dump(t) == county
    # nothing new: the next round moves nothing, and a township's package holds none of the county's records
    before = world.change_count(COUNTY)
    round_trip(world, tmp_path / "p2")
    assert world.change_count(COUNTY) == before


def test_dry_run_reports_and_writes_nothing(world: World, tmp_path: Path) -> None:
    for i in range(3):
        world.add_enterprise("甲镇", f"企业{i}")
    pkg = world.export("甲镇", tmp_path / "a.qsp")
    before = world.dump(COUNTY)
    changes = world.change_count(COUNTY)
    [dry] = world.import_(COUNTY, pkg, dry_run=True)
    assert dry.status == "dry_run"
    assert dry.summary.created == 3
    assert world.dump(COUNTY) == before
    assert world.change_count(COUNTY) == changes
    [done] = world.import_(COUNTY, pkg)
    assert done.status == "imported"
    assert (done.summary.created, done.summary.conflicts, done.summary.errors) == (3, 0, 0)
    [again] = world.import_(COUNTY, pkg)
    assert again.status == "already"


def test_concurrent_edits_are_a_conflict_until_a_user_resolves_it(world: World, tmp_path: Path) -> None:
    firm = world.add_enterprise("甲镇", "甲镇食品厂")
    round_trip(world, tmp_path / "p")
    world.edit_enterprise("甲镇", firm, address="河口路 1 号")
    world.edit_enterprise(COUNTY, firm, address="河口路 2 号")
    world.edit_enterprise(COUNTY, firm, legal_rep="张三")  # one side only: no conflict
    round_trip(world, tmp_path / "p")
    expected = {("enterprise", firm, "address")}
    for name in (COUNTY, "甲镇", "乙镇"):
        assert world.conflict_keys(name) == expected
    with world.open(COUNTY) as store, store.session() as s:
        [found] = conflicts.open_conflicts(s)
        assert {v.value for v in found.versions} == {"河口路 1 号", "河口路 2 号"}
        assert {v.station_name for v in found.versions} == {"甲镇", "测试县"}
        assert found.base is not None
        assert found.base.value == ""
        assert found.current in {"河口路 1 号", "河口路 2 号"}
        conflicts.resolve(s, table="enterprise", row_id=firm, field_name="address", value="河口路 1 号")
    assert world.conflict_keys(COUNTY) == set()
    round_trip(world, tmp_path / "p")
    for name in (COUNTY, "甲镇", "乙镇"):
        assert world.conflict_keys(name) == set()
        with world.open(name) as store, store.read() as s:
            row = s.get(Enterprise, firm)
            assert row is not None
            assert row.address == "河口路 1 号"
            assert row.legal_rep == "张三"
    # the losing value stays in the change log
    with world.open(COUNTY) as store, store.engine.connect() as conn:
        values = [r[7] for r in merge.records_of(conn, "enterprise", [firm])[firm] if r[6] == "address"]
    assert '"河口路 2 号"' in values


def test_same_value_from_two_stations_is_no_conflict(world: World, tmp_path: Path) -> None:
    firm = world.add_enterprise("甲镇", "甲镇食品厂")
    round_trip(world, tmp_path / "p")
    world.edit_enterprise("甲镇", firm, address="同一地址")
    world.edit_enterprise(COUNTY, firm, address="同一地址")
    round_trip(world, tmp_path / "p")
    assert world.conflict_keys(COUNTY) == set()


def test_a_plain_edit_after_seeing_both_ends_the_conflict(world: World, tmp_path: Path) -> None:
    firm = world.add_enterprise("甲镇", "甲镇食品厂")
    round_trip(world, tmp_path / "p")
    world.edit_enterprise("甲镇", firm, contact_phone="1")
    world.edit_enterprise(COUNTY, firm, contact_phone="2")
    round_trip(world, tmp_path / "p")
    world.edit_enterprise("甲镇", firm, contact_phone="3")
    assert world.conflict_keys("甲镇") == set()
    round_trip(world, tmp_path / "p")
    assert world.conflict_keys(COUNTY) == set()


def valid_code() -> str:
    """A credit code whose check character is right."""
    from qsupervise.rules import uscc as rules

    first17 = "91420100MA4K12345"
    return first17 + rules.check_char(first17)


def test_same_credit_code_from_two_townships_is_a_duplicate_merged_with_a_redirect(
    world: World, tmp_path: Path
) -> None:
    code = valid_code()
    a = world.add_enterprise("甲镇", "某某食品有限公司", uscc=code)
    b = world.add_enterprise("乙镇", "某某食品公司", uscc=code)
    round_trip(world, tmp_path / "p")
    with world.open(COUNTY) as store, store.session() as s:
        [group] = conflicts.duplicates(s)
        assert {e.id for e in group.enterprises} == {a, b}
        conflicts.merge_duplicate(s, keep_id=a, drop_id=b)
    round_trip(world, tmp_path / "p")
    for name in (COUNTY, "甲镇", "乙镇"):
        with world.open(name) as store, store.session() as s:
            assert conflicts.duplicates(s) == []
            dropped = s.get(Enterprise, b)
            assert dropped is not None
            assert dropped.deleted_at is not None
            redirects = s.exec(select(RecordRedirect)).all()
            assert [(r.from_id, r.to_id) for r in redirects] == [(b, a)]
    with world.open(COUNTY) as store, store.session() as s, pytest.raises(KnownError):
        conflicts.merge_duplicate(s, keep_id=a, drop_id=a)


def test_far_future_stamps_are_held_not_applied(world: World, tmp_path: Path) -> None:
    firm = world.add_enterprise("甲镇", "甲镇食品厂")
    pkg = world.export("甲镇", tmp_path / "a.qsp")
    two_days_ago = merge.wall_ms() - 2 * merge.DAY_MS  # the county's clock, seen from the package, is behind
    [result] = world.import_(COUNTY, pkg, now_ms=two_days_ago)
    assert result.summary.held > 0
    assert result.summary.created == 0
    with world.open(COUNTY) as store, store.session() as s:
        assert s.get(Enterprise, firm) is None
        assert len(conflicts.held(s)) == result.summary.held
        assert conflicts.release_held(s, now_ms=two_days_ago) == 0  # still ahead
        assert conflicts.release_held(s) == result.summary.held  # the clock caught up
    with world.open(COUNTY) as store, store.session() as s:
        assert s.get(Enterprise, firm) is not None
        assert s.exec(select(SyncHeld)).all() == []


def test_rows_wait_for_the_row_they_point_at(world: World) -> None:
    """Records arriving before those of the row they need (its own insert, or its township) wait, then apply."""
    from qsupervise.models import OrgKind
    from qsupervise.services import org

    with world.open(COUNTY) as store, store.session() as s:
        unit = org.add_unit(s, kind=OrgKind.TOWNSHIP, name="丙镇")
        unit_id = unit.id
    world.units["丙镇"] = unit_id
    firm = world.add_enterprise(COUNTY, "丙镇厂", township="丙镇")
    world.edit_enterprise(COUNTY, firm, address="新地址")
    with world.open(COUNTY) as store, store.engine.connect() as conn:
        unit_records = merge.records_of(conn, "org_unit", [unit_id])[unit_id]
        firm_records = merge.records_of(conn, "enterprise", [firm])[firm]
    update_only = [r for r in firm_records if r[5] == "update"]
    insert_only = [r for r in firm_records if r[5] == "insert"]
    assert update_only
    assert insert_only
    steps = [(update_only, 0, "no_insert"), (insert_only, 0, "missing_parent"), (unit_records, 1, "")]
    for records, present, why in steps:
        with world.open("甲镇") as store, store.engine.begin() as conn:
            summary = merge.merge(conn, records)
            waiting = conn.exec_driver_sql("SELECT reason FROM sync_pending").scalars().all()
            found = conn.exec_driver_sql("SELECT address FROM enterprise WHERE id = ?", (firm,)).all()
        assert len(found) == present
        assert waiting == ([why] if why else [])
        assert summary.pending == (1 if why else 0)
    assert found == [("新地址",)]


def test_a_record_under_a_seq_already_used_is_left_out_and_reported(world: World) -> None:
    """A station restored from an older backup issues seqs again: the receiver keeps the first change under
    that seq, leaves the other out (both merge paths) and says why."""
    firm = world.add_enterprise("甲镇", "甲镇食品厂")
    with world.open("甲镇") as store, store.engine.connect() as conn:
        [insert] = merge.records_of(conn, "enterprise", [firm])[firm]
    twin = (insert[0][:-4] + "ffff", *insert[1:])  # another change id, the same station and seq
    for keep_in_memory in (True, False):
        target = world.copy(world.folder / f"copy-{keep_in_memory}")
        with target.open(COUNTY) as store, store.engine.begin() as conn:
            if not keep_in_memory:
                import qsupervise.sync.merge as merge_module

                old_keep, merge_module.KEEP = merge_module.KEEP, 0
            try:
                first = merge.merge(conn, [insert])
                second = merge.merge(conn, [twin])
            finally:
                if not keep_in_memory:
                    merge_module.KEEP = old_keep
        target.discard()
        assert (first.records_new, first.errors) == (1, 0)
        assert (second.records_new, second.errors) == (0, 1)
        assert "older backup" in second.problems[0]
