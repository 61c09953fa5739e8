"""Backups: verified copies, automatic ones thinned grandfather-father-son, restores refusing bad files."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from qsupervise import backups
from qsupervise.cli import main
from qsupervise.errors import KnownError
from qsupervise.models import AuditEntry, Enterprise, OrgUnit
from qsupervise.store import Store

NOW = datetime(2026, 6, 30, 15, 0, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_enterprise(store: Store, name: str) -> None:
    with store.read() as s:
        town = s.exec(select(OrgUnit).where(OrgUnit.name == "城关镇")).one()
    with store.session() as s:
        s.add(Enterprise(name=name, township_id=town.id))


def names(path: Path) -> set[str]:
    with Store.open(path) as other, other.read() as s:
        return set(s.exec(select(Enterprise.name)).all())


def audit_actions(store: Store) -> list[str]:
    with store.read() as s:
        return list(s.exec(select(AuditEntry.action).order_by(col(AuditEntry.seq))).all())


# -- making a copy -----------------------------------------------------------------


def test_a_backup_is_a_sound_self_contained_copy(store: Store) -> None:
    add_enterprise(store, "备份里的企业")
    saved = store.backup()
    assert saved.parent == store.path.parent / "backups"
    assert saved.name.startswith("county-")
    assert saved.name.endswith("-manual.db")
    assert backups.problems_in(saved) == []
    with sqlite3.connect(saved) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # no -wal needed beside it
    conn.close()
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]  # no .partial, -wal or -shm left
    assert "备份里的企业" in names(saved)


def test_a_copy_failing_its_check_is_deleted_and_reported(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(store.path)
    damage = ["*** in database main *** Page 7: btreeInitPage() returns error code 11"]
    monkeypatch.setattr(backups, "problems_in", lambda path, **_: damage)
    with pytest.raises(KnownError) as info:
        store.backup()
    assert info.value.code == "backup_unverified"
    assert "Page 7" in info.value.message("en")
    assert list((store.path.parent / "backups").iterdir()) == []
    assert digest(store.path) == before


def test_a_backup_into_an_impossible_place_is_a_known_error(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(KnownError) as info:
        store.backup(blocker / "copy.db")
    assert info.value.code in ("backup_failed", "db_readonly")


def test_two_backups_in_the_same_second_get_two_names(store: Store) -> None:
    first = backups.make(store, reason="manual", now=NOW)
    second = backups.make(store, reason="manual", now=NOW)
    assert first.name == "county-20260630-150000-manual.db"
    assert second.name == "county-20260630-150000-manual-2.db"
    assert [b.reason for b in backups.listing(store.path)] == ["manual", "manual"]


# -- listing -----------------------------------------------------------------------


def test_listing_reads_names_and_ignores_junk(store: Store) -> None:
    folder = store.path.parent / "backups"
    made = [
        backups.make(store, reason="before-migrate-0007", now=NOW - timedelta(days=3)),
        backups.make(store, reason="before-import", now=NOW - timedelta(days=2)),
        backups.make(store, reason="daily", now=NOW - timedelta(days=1)),
        backups.make(store, reason="manual", now=NOW),
    ]
    for junk in ("notes.txt", "county-backup.db", "county-2026-06-30-manual.db", "other-20260630-150000-daily.db",
                 "county-20261399-250000-daily.db", "county-20260630-150000-daily.db.partial",
                 "county-20260630-150000-DAILY.db"):
        (folder / junk).write_bytes(b"junk")
    (folder / "county-20260630-140000-daily.db").mkdir()
    found = backups.listing(store.path)
    assert [b.path for b in found] == made[::-1]
    assert [b.kind for b in found] == ["manual", "daily", "import", "migrate"]
    assert [b.automatic for b in found] == [False, True, True, True]
    assert found[0].made_at == NOW
    assert all(b.size == b.path.stat().st_size > 0 for b in found)


def test_listing_of_a_database_without_backups_is_empty(tmp_path: Path) -> None:
    assert backups.listing(tmp_path / "never.db") == []


# -- rotation ----------------------------------------------------------------------


def test_choose_kept_is_grandfather_father_son() -> None:
    """A year and a half of one automatic backup a day at 09:00, seen on 2026-06-30 15:00."""
    days = [NOW.replace(hour=9) - timedelta(days=n) for n in range(550)]
    items = [(Path(f"d{at:%Y%m%d}.db"), at) for at in days]
    kept = backups.choose_kept(items, NOW)
    kept_days = sorted((at for p, at in items if p in kept), reverse=True)
    dailies = [NOW.replace(hour=9) - timedelta(days=n) for n in range(7)]
    assert kept_days[:7] == dailies
    # the newest of each of the last 4 ISO weeks: Sundays 28.6., 21.6., 14.6. (30.6. is this week's)
    weeks = {at.date().isoformat() for at in kept_days if at.weekday() == 6}
    assert {"2026-06-28", "2026-06-21", "2026-06-14"} <= weeks
    months = sorted({(at.year, at.month) for at in kept_days})
    assert len(months) == 12
    assert months[0] == (2025, 7)
    # month ends stand for their months: 31.5., 30.4., ... 31.7.2025
    assert datetime(2026, 5, 31, 9) in kept_days
    assert datetime(2025, 7, 31, 9) in kept_days
    assert datetime(2025, 6, 30, 9) not in kept_days
    assert len(kept) == len(set(kept_days)) <= 7 + 4 + 12


def test_choose_kept_keeps_the_last_days_work_and_copies_from_a_wrong_clock() -> None:
    imports = [(Path(f"i{n}.db"), NOW - timedelta(minutes=10 * n)) for n in range(15)]
    future = (Path("future.db"), NOW + timedelta(days=400))
    kept = backups.choose_kept([*imports, future], NOW)
    assert future[0] in kept
    assert {Path(f"i{n}.db") for n in range(9)} <= kept  # 10 recent in all, the future one among them
    assert Path("i14.db") not in kept


def test_choose_kept_with_few_backups_keeps_them_all() -> None:
    items = [(Path("a.db"), NOW - timedelta(days=300)), (Path("b.db"), NOW - timedelta(days=2))]
    assert backups.choose_kept(items, NOW) == {Path("a.db"), Path("b.db")}
    assert backups.choose_kept([], NOW) == set()


def test_rotation_deletes_only_automatic_copies_it_does_not_keep(store: Store) -> None:
    folder = store.path.parent / "backups"
    folder.mkdir()
    for n in range(40):
        for reason in ("daily", "manual"):
            at = NOW - timedelta(days=n)
            (folder / f"county-{at:%Y%m%d-%H%M%S}-{reason}.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("keep me")
    stale = folder / "county-20260601-090000-daily.db.partial"
    stale.write_bytes(b"half")
    os.utime(stale, (NOW.timestamp() - 7200, NOW.timestamp() - 7200))
    fresh = folder / "county-20260630-145959-daily.db.partial"
    fresh.write_bytes(b"being written")
    os.utime(fresh, (NOW.timestamp() - 1, NOW.timestamp() - 1))
    removed = backups.rotate(store.path, now=NOW)
    left = backups.listing(store.path)
    assert len([b for b in left if b.reason == "manual"]) == 40
    daily = [b.made_at for b in left if b.reason == "daily"]
    assert len(daily) == 40 - len(removed)
    assert len(daily) < 7 + 4 + 12
    assert daily[:7] == [NOW - timedelta(days=n) for n in range(7)]
    assert (folder / "notes.txt").exists()
    assert fresh.exists()
    assert not stale.exists()


def test_an_automatic_backup_rotates_the_folder(store: Store) -> None:
    folder = store.path.parent / "backups"
    folder.mkdir()
    for n in range(1, 20):
        (folder / f"county-{NOW - timedelta(hours=n):%Y%m%d-%H%M%S}-before-import.db").write_bytes(b"x")
    backups.make(store, reason="before-import", now=NOW)
    left = [b.made_at for b in backups.listing(store.path)]
    # the 10 newest of the last day, and yesterday's last one standing for its day
    assert left == [NOW - timedelta(hours=n) for n in range(backups.KEEP_RECENT)] + [datetime(2026, 6, 29, 23)]


# -- daily -------------------------------------------------------------------------


def test_daily_backs_up_once_a_day(store: Store) -> None:
    first = backups.daily(store, now=NOW)
    assert first is not None
    assert first.name == "county-20260630-150000-daily.db"
    assert backups.daily(store, now=NOW + timedelta(hours=3)) is None
    assert backups.daily(store, now=NOW + timedelta(days=1)) is not None
    assert len(backups.listing(store.path)) == 2


def test_any_backup_of_the_day_counts_for_daily(store: Store) -> None:
    backups.make(store, reason="manual", now=NOW - timedelta(hours=5))
    assert backups.daily(store, now=NOW) is None


# -- restoring ---------------------------------------------------------------------


def test_restore_backs_up_first_and_is_audited_once(store: Store) -> None:
    add_enterprise(store, "备份前")
    saved = backups.backup_now(store, actor="cli")
    add_enterprise(store, "备份后")
    safety = backups.restore(store, saved, actor="cli")
    assert "before-restore" in safety.name
    assert names(store.path) == {"备份前"}
    assert names(safety) == {"备份前", "备份后"}
    actions = audit_actions(store)
    # the restored file carries its history up to the copy (the backup's own entry came after it), then this
    assert actions[-1] == "restore"
    assert actions.count("restore") == 1
    assert "backup" not in actions


@pytest.mark.parametrize(
    "content",
    [b"", b"\0" * 4096, "这不是数据库\n".encode() * 200, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["empty", "zeros", "text", "bad-header"],
)
def test_restore_refuses_what_is_not_a_backup(store: Store, tmp_path: Path, content: bytes) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    before = digest(store.path)
    with pytest.raises(KnownError) as info:
        store.restore(bogus)
    assert info.value.code == "restore_not_db"
    assert str(bogus) in info.value.message("zh")
    assert digest(store.path) == before
    assert backups.listing(store.path) == []  # refused before the safety copy: nothing to clean up


def test_restore_refuses_a_foreign_database_and_a_damaged_backup(store: Store, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(KnownError, match="no schema version"):
        store.restore(foreign)
    saved = store.backup(tmp_path / "copy.db")
    data = bytearray(saved.read_bytes())
    page = 4096
    data[5 * page : 5 * page + 200] = b"\x07" * 200  # scribble over a b-tree page
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    with pytest.raises(KnownError) as info:
        store.restore(damaged)
    assert info.value.code == "restore_not_db"


def test_restore_refuses_the_open_file_itself(store: Store) -> None:
    with pytest.raises(KnownError) as info:
        store.restore(store.path)
    assert info.value.code == "restore_not_db"


def test_restore_of_a_missing_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as info:
        store.restore(tmp_path / "gone.db")
    assert info.value.code == "restore_not_db"


# -- the command line --------------------------------------------------------------


def test_cli_backup_and_restore_write_one_audit_entry_each(store: Store, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store.path)
    copy = tmp_path / "copy.db"
    assert main(["backup", str(copy), "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["backup"] == str(copy)
    assert audit_actions(store).count("backup") == 1
    assert main(["restore", str(copy), "--db", db, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert "before-restore" in payload["safety_backup"]
    assert audit_actions(store).count("restore") == 1


def test_a_package_import_has_its_own_kind_of_backup(store: Store) -> None:
    made = backups.before_package_import(store)
    assert made.name.endswith("-before-package-import.db")
    assert [(b.kind, b.automatic) for b in backups.listing(store.path)] == [("package", True)]
