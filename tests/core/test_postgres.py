"""The county hub on PostgreSQL: init through the migrations, trigram search, gap-free sequence numbers with
concurrent writers, the version check on save, migrate-store, backups, and sync packages between engines.

Needs a server: ``QS_TEST_PG`` (``scripts/pg_test_server.sh``; ``.ci/run`` and ``make test-pg`` set it).
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, text
from sqlmodel import select

from qsupervise import changelog, schema
from qsupervise.cli import main
from qsupervise.errors import KnownError
from qsupervise.models import Change, Enterprise, LocalClock, OrgKind, OrgUnit
from qsupervise.services import enterprises, registry
from qsupervise.store import Store
from tests.core import pg

pytestmark = pg.needs_pg

FIRMS = [
    ("城关镇王记百货店", "91420999MA4K0000X9"), ("华夏酒业有限公司", None), ("发夏食品有限公司", None),
    ("柳林茶叶专业合作社", None), ("河口农机修理厂", None), ("青溪县粮油加工厂", None), ("星火电子科技有限公司", None),
    ("王家湾豆腐坊", None), ("绿源农产品合作社", None), ("夏家铺酒坊", None), ("城南印刷厂", None),
]
FILLER = ["城关镇便民超市", "河口建材经营部", "柳林养殖场", "青溪县运输服务部", "王家湾小吃店"]
SEARCHES = ["酒", "夏", "hx", "huaxia", "合作社", "9142", "wj", "city", "厂", "q", "", "酒业", "王记", "夏家",
            "记百", "县粮油", "x夏", "茶"]


@pytest.fixture
def databases(pg_databases: pg.Databases) -> pg.Databases:
    return pg_databases


@pytest.fixture
def county_url(pg_databases: pg.Databases, pg_template: str) -> str:
    """A fresh initialised county (测试县 with three townships) on the server."""
    return pg_databases.copy_of(pg_template)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = main([*argv, "--json"])
    out = capsys.readouterr().out.strip()
    return code, json.loads(out.splitlines()[-1]) if out else {}


def townships(store: Store) -> dict[str, str]:
    with store.read() as s:
        return {u.name: u.id for u in s.exec(select(OrgUnit).where(OrgUnit.kind == OrgKind.TOWNSHIP))}


def add_firms(store: Store) -> None:
    towns = sorted(townships(store).values())
    for n, (name, code) in enumerate(FIRMS):
        with store.session() as s:
            data = enterprises.EnterpriseInput(name=name, township_id=towns[n % len(towns)], uscc=code or "")
            enterprises.save(s, data=data)


def found_names(store: Store, words: str) -> list[str]:
    with store.read() as s:
        return [r.name for r in registry.rows(s, registry.find(s, registry.Query(text=words)))]


# -- init, search -------------------------------------------------------------------------------------------


def test_init_runs_the_migrations_and_check_db_passes(databases: pg.Databases,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    url = databases.empty()
    code, payload = run_json(capsys, "init", "--db", url, "--role", "county", "--name", "某某县",
                             "--townships", "城关镇,河口镇")
    assert code == 0, payload
    assert payload["db"] == url  # no password in the URL: shown as given
    with Store.open(url) as store, store.engine.connect() as conn:
        assert store.is_server
        assert store.revision() == schema.HEAD
        assert conn.exec_driver_sql("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'").first()
        indexes = {r[0] for r in conn.exec_driver_sql(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'enterprise'")}
        assert {"ix_enterprise_search_trgm", "ix_enterprise_live_key", "ix_enterprise_rowid"} <= indexes
        partial = conn.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_executed_standard_adopting'").scalar_one()
        assert "WHERE adopts_international" in partial
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
        assert {"audit_entry_no_update", "audit_entry_no_delete", "tally_standard_insert"} <= triggers
    code, payload = run_json(capsys, "check-db", "--db", url)
    assert code == 0
    assert payload["ok"] is True
    code, payload = run_json(capsys, "init", "--db", url, "--role", "county", "--name", "某某县")
    assert code == 1
    assert payload["error"]["code"] == "db_exists"


def test_the_audit_trail_is_append_only_on_the_server(county_url: str) -> None:
    url = county_url
    with Store.open(url) as server, server.engine.connect() as conn:
        with pytest.raises(Exception, match="append-only"):
            conn.exec_driver_sql("UPDATE audit_entry SET actor = 'mallory'")
        conn.rollback()
        with pytest.raises(Exception, match="append-only"):
            conn.exec_driver_sql("DELETE FROM audit_entry")


def test_search_gives_the_same_rows_as_sqlite_through_the_trigram_index(
        template_db: Path, tmp_path: Path, county_url: str) -> None:
    path = tmp_path / "county.db"
    shutil.copy(template_db, path)
    with Store.open(path) as lite, Store.open(county_url) as server:
        add_firms(lite)
        add_firms(server)
        for words in SEARCHES:
            assert found_names(server, words) == found_names(lite, words), words
        for sort in ("name", "uscc", "township", "kind"):
            with lite.read() as a, server.read() as b:
                q = registry.Query(sort=sort, descending=True)
                assert ([r.name for r in registry.rows(b, registry.find(b, q))]
                        == [r.name for r in registry.rows(a, registry.find(a, q))]), sort
        with server.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")  # a few rows: make the planner show what it can use
            plan = "\n".join(r[0] for r in conn.execute(
                text("EXPLAIN SELECT rowid FROM enterprise WHERE search_key LIKE :p"), {"p": "%酒业%"}))
        assert "ix_enterprise_search_trgm" in plan


def _search_sql(store: Store, words: str) -> tuple[str, Any]:
    """The statement registry.find sends for ``words`` (SQL and parameters, as the driver gets them)."""
    sent: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        found_names(store, words)
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    return next((sql, params) for sql, params in sent if "ORDER BY" in sql)


def test_one_or_two_chinese_characters_are_searched_through_the_name_gram_index(county_url: str) -> None:
    with Store.open(county_url) as server:
        add_firms(server)
        for words, uses_grams in (("酒业", True), ("茶", True), ("hx", False), ("合作社", False), ("9142", False)):
            sql, params = _search_sql(server, words)
            assert ("qs_name_grams" in sql) == uses_grams, words
        town = sorted(townships(server).values())[0]
        with server.session() as s:  # a county's worth of other names, so the planner weighs the index honestly
            ctx = s.info["write_context"]
            filler = [changelog.stamp(ctx, {"name": f"{FILLER[n % len(FILLER)]}{n:05d}号", "township_id": town})
                      for n in range(5000)]
            changelog.bulk_insert(s.connection(), ctx, Enterprise.__table__, filler)  # type: ignore[attr-defined]
        with server.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE enterprise")
        sql, params = _search_sql(server, "酒业")
        with server.engine.connect() as conn:
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql, params))
            grams = conn.exec_driver_sql("SELECT qs_name_grams(search_key) FROM enterprise WHERE name = %s",
                                         ("华夏酒业有限公司",)).scalar_one()
    assert "ix_enterprise_name_grams" in plan
    assert {"酒", "酒业", "华夏", "司"} <= set(grams)  # single characters and pairs of the name
    assert not any(g.isascii() for g in grams)  # not of the pinyin or the credit code beside it


# -- concurrent writers -----------------------------------------------------------------------------------


def _insert_many(url: str, town: str, tag: str, count: int, start: Any, out: Any) -> None:
    """A second program: ``count`` enterprises, one transaction each, reporting their ids in commit order."""
    start.wait()
    made = []
    with Store.open(url) as store:
        for n in range(count):
            with store.session() as s:
                row, _ = enterprises.save(s, data=enterprises.EnterpriseInput(name=f"{tag}企业{n:03d}",
                                                                            township_id=town))
                made.append(row.id)
    out.put((tag, made))


def test_two_processes_writing_at_once_get_gap_free_sequence_numbers_in_commit_order(county_url: str) -> None:
    url = county_url
    with Store.open(url) as store:
        town = sorted(townships(store).values())[0]
        with store.read() as s:
            before = s.exec(select(func.count()).select_from(Change)).one()
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=_insert_many, args=(url, town, tag, 200, start, out)) for tag in ("甲", "乙")]
    for w in workers:
        w.start()
    start.set()
    made = dict(out.get(timeout=300) for _ in workers)
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    with Store.open(url) as store, store.read() as s:
        station = store.station_id(s)
        rows = s.exec(select(Change.seq, Change.hlc, Change.table_name, Change.row_id)
                      .where(Change.station_id == station).order_by(Change.seq)).all()
        clock = s.get(LocalClock, station)
    seqs = [r[0] for r in rows]
    assert seqs == list(range(1, len(seqs) + 1))  # no gap, no duplicate
    assert len(seqs) == before + 400  # one change record per new enterprise
    assert clock is not None
    assert clock.seq == seqs[-1]
    hlcs = [r[1] for r in rows]
    assert hlcs == sorted(hlcs)
    assert len(set(hlcs)) == len(hlcs)
    inserted = {r[3]: r[0] for r in rows if r[2] == "enterprise"}
    for ids in made.values():  # each writer's own commits appear in the order it made them
        assert [inserted[i] for i in ids] == sorted(inserted[i] for i in ids)
    interleaved = [r[3] in set(made["甲"]) for r in rows if r[2] == "enterprise" and r[3] in inserted]
    assert 0 < sum(interleaved) < len(interleaved)


def _edit(url: str, enterprise_id: str, opened: int, address: str, hold: float, locked: Any, go: Any,
          out: Any) -> None:
    go.wait()
    try:
        with Store.open(url) as store, store.session() as s:
            found = s.get(Enterprise, enterprise_id)
            assert found is not None
            data = enterprises.input_from(found)
            from dataclasses import replace

            enterprises.save(s, data=replace(data, address=address), enterprise_id=enterprise_id,
                             opened_version=opened)
            locked.set()
            import time

            time.sleep(hold)  # keep the transaction (and the row lock) open while the other one tries
        out.put((address, "saved", ""))
    except KnownError as exc:
        out.put((address, exc.code, exc.message("en")))


def test_the_second_of_two_users_editing_one_enterprise_sees_the_conflict(county_url: str) -> None:
    url = county_url
    with Store.open(url) as store:
        town = sorted(townships(store).values())[0]
        with store.session() as s:
            row, _ = enterprises.save(s, data=enterprises.EnterpriseInput(name="两人同改厂", township_id=town))
        with store.read() as s:
            opened = enterprises.version(s, row.id)  # both forms open at this version
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    first_locked, go_first, go_second, never = ctx.Event(), ctx.Event(), ctx.Event(), ctx.Event()
    first = ctx.Process(target=_edit, args=(url, row.id, opened, "第一人的地址", 1.0, first_locked, go_first, out))
    second = ctx.Process(target=_edit, args=(url, row.id, opened, "第二人的地址", 0.0, never, go_second, out))
    first.start()
    second.start()
    go_first.set()
    assert first_locked.wait(timeout=60)
    go_second.set()  # while the first still holds its transaction open: the second waits for the row, then looks
    results = {a: (status, message) for a, status, message in (out.get(timeout=120) for _ in range(2))}
    for p in (first, second):
        p.join(timeout=60)
    assert results["第一人的地址"][0] == "saved"
    status, message = results["第二人的地址"]
    assert status == "record_changed"
    assert "address" in message  # the field the first one changed
    assert "两人同改厂" in message
    with Store.open(url) as store, store.read() as s:
        saved = s.get(Enterprise, row.id)
        assert saved is not None
        assert saved.address == "第一人的地址"
        assert enterprises.version(s, row.id) > opened
        edits = s.exec(select(Change.value).where(Change.row_id == row.id, Change.field == "address")).all()
    assert edits == [json.dumps("第一人的地址", ensure_ascii=False)]


# -- migrate-store ----------------------------------------------------------------------------------------


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_migrate_store_moves_a_demo_county_with_equal_counts(
        tmp_path: Path, databases: pg.Databases, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "county.db"
    code, _payload = run_json(capsys, "demo", "--db", str(source), "--enterprises", "2000")
    assert code == 0
    url = databases.empty()
    code, payload = run_json(capsys, "migrate-store", "--from", str(source), "--to", url)
    assert code == 0, payload
    expected = table_counts(source)
    assert payload["tables"] == expected
    assert expected["enterprise"] == 2000
    assert payload["rows"] == sum(expected.values())
    code, checked = run_json(capsys, "check-db", "--db", url)
    assert code == 0, checked["problems"]
    assert checked["ok"] is True
    with Store.open(url) as server, Store.open(source) as lite:
        for words in ("酒", "hx", "9142", "合作社"):
            assert found_names(server, words) == found_names(lite, words), words
        with server.session() as s:  # the hub takes new work after the move: numbers go on from the file's
            _row, _ = enterprises.save(s, data=enterprises.EnterpriseInput(
                name="搬迁后新增厂", township_id=sorted(townships(server).values())[0]))
        with server.read() as s:
            station = server.station_id(s)
            top = s.exec(select(func.max(Change.seq)).where(Change.station_id == station)).one()
            count = s.exec(select(func.count()).select_from(Change).where(Change.station_id == station)).one()
        assert top == count
    code, payload = run_json(capsys, "migrate-store", "--from", str(source), "--to", url)
    assert code == 1
    assert payload["error"]["code"] == "migrate_store_target_not_empty"


def test_migrate_store_refuses_what_it_cannot_move(tmp_path: Path, databases: pg.Databases,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(capsys, "migrate-store", "--from", str(tmp_path / "none.db"), "--to", databases.empty())
    assert code == 1
    assert payload["error"]["code"] == "db_missing"
    code, payload = run_json(capsys, "migrate-store", "--from", str(tmp_path / "a.db"), "--to", str(tmp_path / "b.db"))
    assert code == 1
    assert payload["error"]["code"] == "migrate_store_not_file"


def test_a_wrong_password_and_an_unknown_database_say_what_is_wrong(databases: pg.Databases) -> None:
    with pytest.raises(KnownError) as missing:
        Store.open(pg.url_of("qs_no_such_database"))
    assert missing.value.code == "db_server_unreachable"
    with pytest.raises(KnownError) as empty:
        Store.open(databases.empty())
    assert empty.value.code == "db_server_empty"


# -- backups ----------------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed (the PostgreSQL client)")
def test_backup_of_a_hub_is_a_pg_dump_and_restore_is_left_to_its_administrator(
        county_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "hub.dump"
    code, payload = run_json(capsys, "backup", str(dest), "--db", county_url)
    assert code == 0, payload
    assert dest.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format, for pg_restore
    code, payload = run_json(capsys, "restore", str(dest), "--db", county_url)
    assert code == 1
    assert payload["error"]["code"] == "restore_on_server"


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a file (SQLite's row numbers left out), sorted."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for name in table_counts(path):
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            found[name] = sorted(rows, key=repr)
        return found
    finally:
        conn.close()


def test_a_hub_without_pg_dump_is_backed_up_as_a_sqlite_copy_that_goes_back_onto_a_server(
        tmp_path: Path, databases: pg.Databases, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from qsupervise import backups, dialect

    source = tmp_path / "county.db"
    assert run_json(capsys, "demo", "--db", str(source), "--enterprises", "1500")[0] == 0
    hub = databases.empty()
    assert run_json(capsys, "migrate-store", "--from", str(source), "--to", hub)[0] == 0
    expected = table_rows(source)
    copy = tmp_path / "hub-copy.db"
    code, payload = run_json(capsys, "backup", str(copy), "--db", hub)  # a name ending .db: our own copy
    assert code == 0, payload
    assert not list(tmp_path.glob("hub-copy.db.partial*"))
    assert table_rows(copy) == expected  # file -> server -> file: every row of every table, tallies included
    code, checked = run_json(capsys, "check-db", "--db", str(copy))
    assert code == 0, checked["problems"]
    again = databases.empty()  # and back onto an (empty) server: the restore the message describes
    code, moved = run_json(capsys, "migrate-store", "--from", str(copy), "--to", again)
    assert code == 0, moved
    assert moved["tables"] == table_counts(copy)
    code, refused = run_json(capsys, "restore", str(copy), "--db", hub)
    assert code == 1
    assert "migrate-store" in refused["error"]["message"]

    monkeypatch.setattr(dialect.shutil, "which", lambda _name: None)  # no PostgreSQL client on this machine
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path / "data"))
    with Store.open(hub) as store:
        automatic = backups.make(store, reason="daily")
        assert automatic.suffix == ".db"
        assert automatic.parent == backups.base_path(store).parent / "backups"
        assert [b.path for b in backups.listing(backups.base_path(store))] == [automatic]
        with pytest.raises(KnownError) as named:
            backups.make(store, tmp_path / "hub.dump")
    assert named.value.code == "backup_no_pg_dump"
    assert ".db" in named.value.message("zh")
    counts = table_counts(source)
    assert table_counts(automatic) == {**counts, "audit_entry": counts["audit_entry"] + 1}  # + the backup above
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with Store.open(hub) as store:
        for name in ("copy.db", "copy.dump"):
            with pytest.raises(KnownError) as impossible:
                backups.make(store, blocker / name)
            assert impossible.value.code == "backup_failed"


# -- sync packages between engines ------------------------------------------------------------------------


def test_packages_travel_between_a_postgresql_county_and_a_sqlite_township(
        tmp_path: Path, databases: pg.Databases) -> None:
    from tests.core.sync_world import COUNTY, World

    world = World.make(tmp_path / "world", ["甲镇"]).on_server(databases)  # the county works on the hub
    firm = world.add_enterprise("甲镇", "甲镇酿造厂")
    results = world.import_(COUNTY, world.export("甲镇", tmp_path / "up.qsp"))
    assert [r.status for r in results] == ["imported"]
    world.edit_enterprise(COUNTY, firm, address="县里核实的地址")
    world.import_("甲镇", world.export(f"{COUNTY}:甲镇", tmp_path / "back.qsp"))
    assert world.dump("甲镇", tables=("enterprise",)) == world.dump(COUNTY, tables=("enterprise",))
