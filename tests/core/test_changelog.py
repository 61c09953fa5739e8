"""Every write leaves change records in the same transaction, stamped by a clock that never runs back."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from qsupervise.changelog import WriteContext, bulk_insert, bulk_update, stamp
from qsupervise.models import Change, Enterprise, LocalClock, OrgUnit
from qsupervise.store import Store


def township(store: Store) -> OrgUnit:
    with store.read() as s:
        return s.exec(select(OrgUnit).where(OrgUnit.name == "城关镇")).one()


def changes_for(store: Store, row_id: str) -> list[Change]:
    with store.read() as s:
        return list(s.exec(select(Change).where(Change.row_id == row_id).order_by(Change.seq)))


def test_insert_update_delete_are_recorded(store: Store) -> None:
    town = township(store)
    with store.session() as s:
        e = Enterprise(name="甲公司", township_id=town.id, uscc="91350100M000100Y43")
        s.add(e)
    with store.session() as s:
        row = s.get(Enterprise, e.id)
        assert row is not None
        row.name = "甲有限公司"
        row.address = "人民路 1 号"
    with store.session() as s:
        row = s.get(Enterprise, e.id)
        s.delete(row)
    recs = changes_for(store, e.id)
    assert [r.op for r in recs] == ["insert", "update", "update", "delete"]
    inserted = json.loads(recs[0].value or "")
    assert inserted["name"] == "甲公司"
    assert inserted["uscc"] == "91350100M000100Y43"
    assert {r.field for r in recs[1:3]} == {"name", "address"}
    assert all(r.base_hlc == recs[0].hlc for r in recs[1:3])
    assert [json.loads(r.value or "") for r in recs[1:3] if r.field == "name"] == ["甲有限公司"]
    assert recs[3].value is None
    hlcs = [r.hlc for r in recs]
    assert hlcs == sorted(hlcs)
    assert len(set(hlcs)) == len(hlcs)
    assert {r.user_id for r in recs} == {store.user_id("cli")}
    assert {r.station_id for r in recs} == {store.station_id()}


def test_rollback_leaves_no_change_records(store: Store) -> None:
    town = township(store)
    with store.read() as s:
        before = len(s.exec(select(Change)).all())
    def failing_action() -> None:
        with store.session() as s:
            s.add(Enterprise(name="乙公司", township_id=town.id))
            s.flush()
            raise RuntimeError("user cancelled")

    with pytest.raises(RuntimeError):
        failing_action()
    with store.read() as s:
        assert len(s.exec(select(Change)).all()) == before
        assert s.exec(select(Enterprise).where(Enterprise.name == "乙公司")).first() is None


def test_clock_never_goes_backwards(store: Store) -> None:
    town = township(store)
    stamps = []
    # the wall clock jumps back between the two writes
    for name, now in (("丙", 2_000_000_000_000), ("丁", 1_000_000_000_000)):
        with store.session() as s:
            ctx: WriteContext = s.info["write_context"]
            ctx.wall_ms = lambda t=now: t
            s.add(Enterprise(name=name, township_id=town.id))
        with store.read() as s:
            stamps.append(s.exec(select(LocalClock)).one().hlc)
    assert stamps[1] > stamps[0]
    assert stamps[0] >> 16 == 2_000_000_000_000


def test_bulk_paths_use_the_same_log(store: Store) -> None:
    town = township(store)
    table = Enterprise.__table__  # type: ignore[attr-defined]
    with store.session() as s:
        ctx = s.info["write_context"]
        rows = [stamp(ctx, {"name": f"企业{i}", "township_id": town.id, "address": "", "legal_rep": "",
                            "chief_quality_officer": "", "industry_code": "", "kind": "enterprise",
                            "scale": "below", "key_energy_user": False, "leading_enterprise": False,
                            "status": "active", "contact_name": "", "contact_phone": ""}) for i in range(50)]
        bulk_insert(s.connection(), ctx, table, rows)
        bulk_update(s.connection(), ctx, table, [r["id"] for r in rows[:10]], {"status": "cancelled"})
    with store.read() as s:
        logged = s.exec(select(Change).where(Change.table_name == "enterprise")).all()
        clock = s.exec(select(LocalClock)).one()
        seqs = sorted(c.seq for c in s.exec(select(Change)).all())
    assert sum(c.op == "insert" for c in logged) == 50
    updates = [c for c in logged if c.op == "update"]
    assert len(updates) == 10
    assert all(c.field == "status" and c.base_hlc for c in updates)
    assert seqs == list(range(1, clock.seq + 1))


def test_derived_search_key_is_local_and_follows_its_inputs(store: Store) -> None:
    town = township(store)
    with store.session() as s:
        e = Enterprise(name="发夏食品", township_id=town.id, uscc="91350100M000100Y43")
        s.add(e)
    with store.session() as s:
        row = s.get(Enterprise, e.id)
        assert row is not None
        assert row.search_key == "faxiashipin\x1f发夏食品\x1ffxsp\x1f91350100m000100y43"
        row.name = "华夏食品"
    with store.session() as s:
        bulk_update(s.connection(), s.info["write_context"], Enterprise.__table__, [e.id], {"uscc": None})  # type: ignore[attr-defined]
    with store.read() as s:
        row = s.get(Enterprise, e.id)
        assert row is not None
        assert row.search_key == "huaxiashipin\x1f华夏食品\x1fhxsp\x1f"
        logged = s.exec(select(Change).where(Change.row_id == e.id)).all()
    assert all("search_key" not in (c.value or "") and c.field != "search_key" for c in logged)
    assert [c.field for c in logged] == [None, "name", "uscc"]


def test_bulk_rows_are_stored_exactly_like_orm_rows(store: Store) -> None:
    town = township(store)
    with store.session() as s:
        s.add(Enterprise(name="ORM", township_id=town.id, key_energy_user=True))
    with store.session() as s:
        ctx = s.info["write_context"]
        row = stamp(ctx, {"name": "Core", "township_id": town.id, "key_energy_user": True})
        bulk_insert(s.connection(), ctx, Enterprise.__table__, [row])  # type: ignore[attr-defined]
    with store.engine.connect() as conn:
        on_sqlite = conn.dialect.name == "sqlite"
        storage = "typeof(created_at)" if on_sqlite else "pg_typeof(created_at)::text"  # the value's own type
        stored = conn.exec_driver_sql(
            f"SELECT name, created_at, key_energy_user, kind, {storage}, uscc FROM enterprise ORDER BY name"
        ).all()
    core, orm = stored
    assert type(core[1]) is type(orm[1])
    if on_sqlite:
        assert len(core[1]) == len(orm[1])  # same text format for timestamps
        assert core[2:] == orm[2:] == (1, "enterprise", "text", None)
    else:  # COPY, not INSERT: the same time zone, no fraction of a second, true (not 1)
        assert core[1].utcoffset() == orm[1].utcoffset()
        assert core[1].microsecond == orm[1].microsecond == 0
        assert core[2:] == orm[2:]
        assert (core[2], core[3], core[5]) == (True, "enterprise", None)
    with store.read() as s:
        values = [json.loads(c.value or "") for c in s.exec(select(Change).where(Change.op == "insert"))][-2:]
    assert set(values[0]) == set(values[1])  # the change log carries the same columns both ways


def test_bulk_insert_quotes_column_names(store: Store) -> None:
    """``application_step.on`` is an SQL keyword: the fast path must quote names."""
    from sqlalchemy import select as sa_select

    from qsupervise.changelog import bulk_insert, stamp
    from qsupervise.models import ApplicationStep, AwardApplication, AwardProgram, Enterprise, OrgUnit

    table = ApplicationStep.__table__  # type: ignore[attr-defined]
    with store.session() as s:
        town = s.exec(select(OrgUnit).where(OrgUnit.kind == "township")).first()
        assert town is not None
        firm = Enterprise(name="甲公司", township_id=town.id)
        program = AwardProgram(kind="famous_brand", name="名牌", year=2026)
        s.add_all([firm, program])
        s.flush()
        application = AwardApplication(program_id=program.id, enterprise_id=firm.id)
        s.add(application)
        s.flush()
        ctx = s.info["write_context"]
        row = stamp(ctx, {"application_id": application.id, "from_state": "draft", "to_state": "submitted",
                          "on": "2026-06-01", "actor": "t", "comment": ""})
        bulk_insert(s.connection(), ctx, table, [row])
    with store.read() as s:
        assert s.connection().execute(sa_select(table.c.on)).scalar_one() == "2026-06-01"
