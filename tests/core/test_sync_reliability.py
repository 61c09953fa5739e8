"""Reliability bar of issue 8 for sync packages, at the level of a whole import (``exchange.import_packages`` and
the CLI): replays, forged replays, damaged files, unknown / revoked / impersonated stations, format and schema
versions, a lost package. Every refusal leaves the receiving database exactly as it was."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise.cli import main
from qsupervise.messages import CATALOGUE
from qsupervise.models import Enterprise
from qsupervise.store import Store
from qsupervise.sync import exchange, keys, package, stations
from tests.core import db_state
from tests.core.sync_tools import counts, crafted, is_chinese_message, rewrite, station_key, whole_dump
from tests.core.sync_world import COUNTY, World


def township_package(world: World, dest: Path, firms: int = 3, name: str = "甲镇") -> Path:
    for i in range(firms):
        world.add_enterprise(name, f"{name}企业{i}")
    return world.export(name, dest)


def refused_untouched(world: World, path: Path, code: str) -> exchange.ImportResult:
    """Import ``path`` at the county: refused with ``code``, a Chinese message, and not one row written."""
    before, whole = counts(world.dbs[COUNTY]), whole_dump(world.dbs[COUNTY])
    [result] = world.import_(COUNTY, path)
    assert (result.status, result.error_code) == ("refused", code), result.error
    assert is_chinese_message(result.error), result.error
    assert path.name in result.error, result.error  # it says which file
    assert counts(world.dbs[COUNTY]) == before
    assert whole_dump(world.dbs[COUNTY]) == whole
    return result


# -- replays -------------------------------------------------------------------------------------------------


def test_replaying_a_package_2_and_10_times_changes_nothing(world: World, tmp_path: Path) -> None:
    pkg = township_package(world, tmp_path / "甲镇-1.qsp")
    [first] = world.import_(COUNTY, pkg)
    assert (first.status, first.summary.created) == ("imported", 3)
    db = world.dbs[COUNTY]
    state = world.dump(COUNTY), world.change_count(COUNTY), counts(db), whole_dump(db)

    def unchanged() -> bool:  # the rows, the change log, the sync tables, every byte of every table
        return (world.dump(COUNTY), world.change_count(COUNTY), counts(db), whole_dump(db)) == state

    [second] = world.import_(COUNTY, pkg)  # 2×
    assert (second.status, second.package_id) == ("already", first.package_id)
    assert unchanged()
    again = world.import_(COUNTY, *[pkg] * 4)  # several in one go
    for _ in range(4):
        again += world.import_(COUNTY, pkg)
    assert len(again) == 8  # 10× in all
    assert {(r.status, r.package_id) for r in again} == {("already", first.package_id)}
    assert unchanged()
    renamed = Path(shutil.copy(pkg, tmp_path / "copy-of-甲镇-1.qsp"))  # the same bytes under another name
    assert world.import_(COUNTY, renamed)[0].status == "already"
    assert world.import_(COUNTY, pkg, dry_run=True)[0].summary.records_new == 0
    assert unchanged()


def test_a_dry_run_of_an_imported_package_says_already_imported(world: World, tmp_path: Path) -> None:
    """Regression guard (fixed): the dry run the county does before applying a folder reports a
    package it imported before as "dry_run" with all counts 0 (status.describe: "试导入（未写入）。将新增 0 …",
    as if it would be imported) instead of "already". exchange._import_one raises _DryRun after _apply has set
    status "already", and the handler overwrites the status with "dry_run"."""
    pkg = township_package(world, tmp_path / "甲镇-1.qsp")
    assert world.import_(COUNTY, pkg)[0].status == "imported"
    [dry] = world.import_(COUNTY, pkg, dry_run=True)
    assert dry.status == "already"


def test_replaying_through_the_cli_says_already_imported(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pkg = township_package(world, tmp_path / "甲镇-1.qsp")
    db = world.address(COUNTY)

    def cli_import(*paths: Path) -> tuple[int, dict[str, object]]:
        code = main(["package", "import", *map(str, paths), "--db", db, "--json"])
        out, _err = capsys.readouterr()
        assert out.count("\n") == 1, out
        return code, json.loads(out)

    code, first = cli_import(pkg)
    assert code == 0
    [done] = first["packages"]  # type: ignore[misc]
    assert done["status"] == "imported"
    dump, changes, whole = world.dump(COUNTY), world.change_count(COUNTY), whole_dump(world.dbs[COUNTY])
    code, twice = cli_import(pkg, pkg)
    assert code == 0
    assert [p["status"] for p in twice["packages"]] == ["already", "already"]  # type: ignore[attr-defined]
    for _ in range(8):
        code, again = cli_import(pkg)
        assert (code, again["ok"], again["refused"]) == (0, True, 0)
        [p] = again["packages"]  # type: ignore[misc]
        assert (p["status"], p["package_id"], p["error_code"]) == ("already", done["package_id"], "")
    assert world.dump(COUNTY) == dump
    assert world.change_count(COUNTY) == changes
    assert whole_dump(world.dbs[COUNTY]) == whole


def test_cli_exits_1_when_any_package_is_refused_with_the_reason_per_package(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    good = township_package(world, folder / "a-甲镇.qsp")
    (folder / "b-cut.qsp").write_bytes(good.read_bytes()[:1000])
    (folder / "c-not-a-package.qsp").write_bytes(b"PK\x03\x04")
    (folder / "notes.txt").write_text("不是同步包", encoding="utf-8")  # not a .qsp: left alone
    before = whole_dump(world.dbs[COUNTY])
    for dry in (["--dry-run"], []):
        code = main(["package", "import", str(folder), "--db", world.address(COUNTY), "--json", *dry])
        out, _err = capsys.readouterr()
        report = json.loads(out)
        assert (code, report["ok"], report["refused"]) == (1, False, 2)
        found = {Path(p["path"]).name: (p["status"], p["error_code"]) for p in report["packages"]}
        assert found == {"a-甲镇.qsp": ("dry_run" if dry else "imported", ""),
                         "b-cut.qsp": ("refused", "package_truncated"),
                         "c-not-a-package.qsp": ("refused", "package_not_qsp")}
        assert all(is_chinese_message(p["error"]) for p in report["packages"] if p["status"] == "refused")
        if dry:
            assert whole_dump(world.dbs[COUNTY]) == before  # a dry run writes nothing
    code = main(["package", "import", str(folder / "b-cut.qsp"), "--db", world.address(COUNTY)])  # text output
    out, _err = capsys.readouterr()
    assert code == 1
    assert "b-cut.qsp" in out


def test_same_package_id_with_other_bytes_is_refused_as_forged(world: World, tmp_path: Path) -> None:
    pkg = township_package(world, tmp_path / "甲镇-1.qsp")
    [done] = world.import_(COUNTY, pkg)
    assert done.status == "imported"
    key = station_key(world, "甲镇")

    def rename_a_firm(conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT change_id, value FROM change_log WHERE table_name = 'enterprise' "
                           "AND op = 'insert' ORDER BY seq LIMIT 1").fetchone()
        value = json.loads(row[1])
        value["name"] = "被篡改的企业"
        conn.execute("UPDATE change_log SET value = ? WHERE change_id = ?", (json.dumps(value), row[0]))

    # the township's own key, the same package id, another payload: a valid signature, a different file
    forged = rewrite(world, pkg, tmp_path / "forged.qsp", key=key, edit_payload=rename_a_firm)
    assert forged.package_id == done.package_id
    result = refused_untouched(world, tmp_path / "forged.qsp", "package_replay_forged")
    assert result.package_id == done.package_id
    # only another creation time: other bytes too
    rewrite(world, pkg, tmp_path / "later.qsp", key=key, created_at="2030-01-01T00:00:00+00:00")
    refused_untouched(world, tmp_path / "later.qsp", "package_replay_forged")
    with world.open(COUNTY) as store, store.read() as s:
        assert "被篡改的企业" not in set(s.exec(select(Enterprise.name)).all())


# -- damaged files -----------------------------------------------------------------------------------------


def test_truncated_and_bit_flipped_packages_are_all_refused_before_any_write(world: World, tmp_path: Path) -> None:
    data = township_package(world, tmp_path / "甲镇.qsp").read_bytes()
    db = world.dbs[COUNTY]
    rng = random.Random(20260808)
    signed_part = package.HEAD.size + package.HEAD.unpack(data[: package.HEAD.size])[3] + keys.SIGNATURE_BYTES
    cuts = rng.sample(range(signed_part), 50) + rng.sample(range(signed_part, len(data)), 150)  # header, payload
    cases: list[tuple[str, bytes]] = [(f"cut@{o}", data[:o]) for o in sorted(cuts)]
    for _ in range(1000):
        bit = rng.randrange(len(data) * 8)
        damaged = bytearray(data)
        damaged[bit // 8] ^= 1 << (bit % 8)
        cases.append((f"bit{bit}", bytes(damaged)))
    before, whole = counts(db), whole_dump(db)
    target = tmp_path / "damaged.qsp"
    codes: dict[str, int] = {}
    started = time.perf_counter()
    with db_state.commits(db) as version, Store.open(db) as store:  # the reading moves when a write is committed
        unwritten = version()
        for name, content in cases:
            target.write_bytes(content)
            [result] = exchange.import_packages(store, [target], backup=False)
            assert result.refused, name
            assert result.error_code in CATALOGUE, (name, result.error_code)
            assert is_chinese_message(result.error), (name, result.error)
            assert version() == unwritten, f"{name}: a write"
            codes[result.error_code] = codes.get(result.error_code, 0) + 1
    seconds = time.perf_counter() - started
    print(f"\n{len(cases)} damaged packages of {len(data)} bytes refused in {seconds:.2f} s: {codes}")
    assert sum(codes.values()) == 1200
    assert {"package_truncated", "package_forged", "package_corrupt", "package_manifest_bad"} <= set(codes)
    assert counts(db) == before
    assert whole_dump(db) == whole
    with Store.open(db) as store:
        [good] = exchange.import_packages(store, [tmp_path / "甲镇.qsp"], backup=False)
    assert good.status == "imported"  # the original still goes in after all that


def test_a_refusal_found_inside_the_payload_names_the_package(world: World, tmp_path: Path) -> None:
    """Regression guard (fixed): an attachment whose bytes do not match its hash is refused (good) with a
    message that names no file: "同步包  在传输中损坏（attachment 000000000000… does not match…）".
    payload.iter_attachments raises KnownError("package_corrupt", path="") and exchange._apply passes it on;
    read_package's own fix-up of the path (package._extract) does not cover checks made later in _apply."""
    pkg = township_package(world, tmp_path / "甲镇.qsp")

    def lying_attachment(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO attachment VALUES (?, 'a.pdf', 'application/pdf', 1, x'00')", ("0" * 64,))

    rewrite(world, pkg, tmp_path / "attachment.qsp", key=station_key(world, "甲镇"), edit_payload=lying_attachment,
            package_id=str(uuid.uuid4()))
    refused_untouched(world, tmp_path / "attachment.qsp", "package_corrupt")


# -- stations --------------------------------------------------------------------------------------------------


def test_unknown_revoked_and_impersonated_stations_are_refused(world: World, tmp_path: Path) -> None:
    pkg = township_package(world, tmp_path / "甲镇.qsp")
    jia, yi = station_key(world, "甲镇"), station_key(world, "乙镇")
    # a station the county never enrolled
    stranger = keys.generate(str(uuid.uuid4()))
    rewrite(world, pkg, tmp_path / "stranger.qsp", key=stranger, station_id=stranger.station_id)
    refused_untouched(world, tmp_path / "stranger.qsp", "package_station_unknown")
    # 甲镇's name, 乙镇's key
    rewrite(world, pkg, tmp_path / "mismatch.qsp", key=keys.StationKey(jia.station_id, yi.seed))
    refused_untouched(world, tmp_path / "mismatch.qsp", "package_forged")
    # 乙镇 signing, as itself, a package of 甲镇's records
    rewrite(world, pkg, tmp_path / "carried.qsp", key=yi, station_id=yi.station_id, package_id=str(uuid.uuid4()))
    refused_untouched(world, tmp_path / "carried.qsp", "package_corrupt")
    # a township package taken to another township
    [wrong] = world.import_("乙镇", pkg)
    assert wrong.error_code == "package_station_unknown"  # a township knows the county's key only
    # 甲镇's return package taken to 乙镇
    back = world.export(f"{COUNTY}:甲镇", tmp_path / "back-甲镇.qsp")
    [not_ours] = world.import_("乙镇", back)
    assert not_ours.error_code == "package_not_for_us"
    # revoked: its packages are refused from then on, even one the county has not seen
    with world.open(COUNTY) as store, store.session() as s:
        stations.revoke_station(s, ref="甲镇")
    result = refused_untouched(world, pkg, "package_station_revoked")
    assert result.error_code == "package_station_revoked"
    [other] = world.import_(COUNTY, township_package(world, tmp_path / "乙镇.qsp", name="乙镇"))
    assert other.status == "imported"  # the other township is not affected


def test_newer_major_format_refused_same_major_with_extra_fields_imported(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = township_package(world, tmp_path / "甲镇.qsp")
    key = station_key(world, "甲镇")
    crafted(world, pkg, tmp_path / "v2.qsp", key=key, major=2, minor=0, future_field={"x": 1})
    result = refused_untouched(world, tmp_path / "v2.qsp", "package_format_newer")
    assert "2.0" in result.error
    # a 1.0 package with a field this reader does not know, read by a newer 1.4 reader
    rewrite(world, pkg, tmp_path / "older-minor.qsp", key=key, package_id=str(uuid.uuid4()), hint="x")
    monkeypatch.setattr(package, "FORMAT_MINOR", 4)
    [older] = world.import_(COUNTY, tmp_path / "older-minor.qsp")
    assert older.status == "imported", older.error
    assert older.summary.created == 3
    # a 1.3 package (newer minor: only adds manifest fields) read by this 1.0 reader
    monkeypatch.setattr(package, "FORMAT_MINOR", 3)
    world.add_enterprise("甲镇", "新增企业")
    newer_pkg = world.export("甲镇", tmp_path / "v1.3.qsp")  # export writes with the patched minor
    monkeypatch.setattr(package, "FORMAT_MINOR", 0)
    head = newer_pkg.read_bytes()[: package.HEAD.size]
    assert package.HEAD.unpack(head)[1:3] == (1, 3)
    [newer] = world.import_(COUNTY, newer_pkg)
    assert newer.status == "imported", newer.error
    assert newer.summary.created == 1


def test_newer_schema_revision_is_refused(world: World, tmp_path: Path) -> None:
    pkg = township_package(world, tmp_path / "甲镇.qsp")
    rewrite(world, pkg, tmp_path / "schema.qsp", key=station_key(world, "甲镇"), schema_revision="9999",
            package_id=str(uuid.uuid4()))
    result = refused_untouched(world, tmp_path / "schema.qsp", "package_schema_newer")
    assert "9999" in result.error


# -- a lost package ----------------------------------------------------------------------------------------


def test_a_lost_package_is_carried_by_the_next(world: World, tmp_path: Path) -> None:
    a = world.add_enterprise("甲镇", "甲镇食品厂")
    b = world.add_enterprise("甲镇", "甲镇机械厂")
    lost = world.export("甲镇", tmp_path / "p1.qsp")  # never reaches the county
    world.edit_enterprise("甲镇", a, address="河口路 9 号")
    world.add_enterprise("甲镇", "甲镇五金厂")
    p2 = world.export("甲镇", tmp_path / "p2.qsp")
    with package.read_package(lost, key_for_station=lambda _s: station_key(world, "甲镇").public) as first, \
            package.read_package(p2, key_for_station=lambda _s: station_key(world, "甲镇").public) as second:
        assert second.manifest.seq_first == first.manifest.seq_first
        assert second.manifest.seq_last > first.manifest.seq_last
    [done] = world.import_(COUNTY, p2)
    assert done.status == "imported"
    assert done.gaps == []
    mine = world.dump("甲镇", tables=("enterprise",))
    assert world.dump(COUNTY, tables=("enterprise",)) == mine
    assert {a, b} <= {row[0] for row in mine["enterprise"]}
    # the lost one turns up after all: nothing new in it, nothing rolled back
    [late] = world.import_(COUNTY, lost)
    assert late.status == "imported"
    assert (late.summary.records_new, late.summary.created, late.summary.updated) == (0, 0, 0)
    assert world.dump(COUNTY, tables=("enterprise",)) == mine
    # once the county's receipt is back, the township's next package starts after what the county holds
    back = world.export(f"{COUNTY}:甲镇", tmp_path / "back.qsp")
    assert world.import_("甲镇", back)[0].status == "imported"
    world.edit_enterprise("甲镇", b, address="新地址")
    with package.read_package(world.export("甲镇", tmp_path / "p3.qsp"),
                              key_for_station=lambda _s: station_key(world, "甲镇").public) as third:
        assert third.manifest.seq_first == done.seq_last + 1


def test_a_county_restored_from_a_backup_gets_the_townships_work_again_and_says_what_it_lost(
    world: World, tmp_path: Path
) -> None:
    """After the county restores an older backup: (1) 甲镇's records the county lost are sent again (the receipt
    a package carries is taken as it is, lower too); (2) the county's own records made after the backup exist
    only at 甲镇 — the county says so when 甲镇 reports holding more of its seqs than it has issued, and moves its
    counter past them; (3) a record the county made after the restore, before that, took a seq 甲镇 holds: it is
    not delivered, which the county's message says (re-enter it); later ones flow again (decision 0010).
    A record that does arrive under a seq the receiver holds under another change is left out and reported
    (tests/core/test_sync_merge.py)."""
    backup = tmp_path / "county-backup.db"  # on a server: the program's SQLite copy of every table
    with world.open(COUNTY) as store:
        store.backup(backup)
    lost_at_county = world.add_enterprise("甲镇", "县里丢失的企业")
    for name in ("恢复前县里登记一", "恢复前县里登记二"):
        world.add_enterprise(COUNTY, name, township="甲镇")
    [up] = world.import_(COUNTY, world.export("甲镇", tmp_path / "up-1.qsp"))
    [down] = world.import_("甲镇", world.export(f"{COUNTY}:甲镇", tmp_path / "down-1.qsp"))
    assert (up.status, down.status) == ("imported", "imported")
    world.restore(COUNTY, backup)  # the county's disk died; yesterday's backup is put back
    reused = world.add_enterprise(COUNTY, "恢复后县里登记", township="甲镇")  # takes a seq 甲镇 holds already
    [up] = world.import_(COUNTY, world.export("甲镇", tmp_path / "up-2.qsp"))
    assert any("较旧的备份" in p for p in up.summary.problems), up.summary.problems
    assert any("重新录入" in p for p in up.summary.problems)
    world.import_("甲镇", world.export(f"{COUNTY}:甲镇", tmp_path / "down-2.qsp"))
    later = world.add_enterprise(COUNTY, "计数器追上后县里登记", township="甲镇")
    for n in (3, 4):
        world.import_(COUNTY, world.export("甲镇", tmp_path / f"up-{n}.qsp"))
        world.import_("甲镇", world.export(f"{COUNTY}:甲镇", tmp_path / f"down-{n}.qsp"))
    county = {row[0] for row in world.dump(COUNTY, tables=("enterprise",))["enterprise"]}
    town = {row[0] for row in world.dump("甲镇", tables=("enterprise",))["enterprise"]}
    assert lost_at_county in county, "甲镇's records lost by the county's restore were sent again"
    assert later in town, "the county's records after its counter caught up reach 甲镇"
    assert reused not in town  # its seq is 甲镇's already: the county's message above names the case
