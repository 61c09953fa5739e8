"""Users: argon2id hashes, sign-in and its lockout (with a fixed clock), reset, deactivate, the CLI's first admin."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise.cli import main
from qsupervise.errors import KnownError
from qsupervise.models import AuditEntry, User
from qsupervise.permissions import PermissionDenied, Principal
from qsupervise.services import org, setup, users
from qsupervise.store import Store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PASSWORD = "Qingxi-2026"


def add_user(store: Store, name: str = "zhang", role: str = "county_admin", password: str = PASSWORD,
             **links: str) -> str:
    with store.session() as s:
        return users.create_user(s, username=name, password=password, role=role, display_name="张三", **links).id


def township(store: Store, name: str = "城关镇") -> str:
    with store.read() as s:
        return next(u.id for u in org.list_units(s) if u.name == name)


def refused(store: Store, name: str, password: str, at: datetime) -> KnownError:
    with pytest.raises(users.SignInRefused) as info:
        users.sign_in(store, name, password, now=at)
    return info.value


def test_passwords_are_stored_as_argon2id_and_verified(store: Store) -> None:
    user_id = add_user(store)
    with store.read() as s:
        user = s.get(User, user_id)
        assert user is not None
        assert user.password_hash is not None
        assert user.password_hash.startswith("$argon2id$")
        assert PASSWORD not in user.password_hash
        assert user.role == "county_admin"
    who = users.sign_in(store, "zhang", PASSWORD, now=T0)
    assert who == Principal(user_id, "zhang", "county_admin", None, None, "张三")
    with store.read() as s:
        user = s.get(User, user_id)
        assert user is not None
        assert user.last_sign_in == T0
        actions = [e.action for e in s.exec(select(AuditEntry).order_by(AuditEntry.seq))]  # type: ignore[arg-type]
    assert actions[-2:] == ["user.create", "sign_in"]


def test_weak_passwords_and_bad_names_are_refused(store: Store) -> None:
    for password, code in (("short1", "password_too_short"), ("aaaaaaaa1", "password_too_simple"),
                           ("12345678", "password_too_simple"), ("abcdefgh", "password_too_simple"),
                           ("zhang2026", "password_too_simple"), ("onlyletters", "password_too_simple")):
        with pytest.raises(KnownError) as info:
            add_user(store, "zhang", password=password)
        assert info.value.code == code, password
    for name, code in (("a", "user_name_bad"), ("with space", "user_name_bad"), ("gui", "user_name_reserved")):
        with pytest.raises(KnownError) as info:
            add_user(store, name)
        assert info.value.code == code
    assert users.strength("") == 0
    assert users.strength("Qingxi-2026") < users.strength("Qingxi-2026!long pass")


def test_wrong_password_and_unknown_user_say_the_same_and_count(store: Store) -> None:
    user_id = add_user(store)
    assert refused(store, "nobody", PASSWORD, T0).code == "sign_in_failed"
    error = refused(store, "zhang", "wrong-pass-1", T0)
    assert error.code == "sign_in_failed_left"
    assert error.params["left"] == "4"
    assert "用户名或密码不正确" in error.message("zh")
    with store.read() as s:
        user = s.get(User, user_id)
        assert user is not None
        assert user.failed_attempts == 1  # kept although the sign-in was refused
        failures = s.exec(select(AuditEntry).where(AuditEntry.action == "sign_in.failed")).all()
    assert len(failures) == 2
    users.sign_in(store, "zhang", PASSWORD, now=T0)
    with store.read() as s:
        user = s.get(User, user_id)
        assert user is not None
        assert user.failed_attempts == 0


def test_lockout_grows_1_5_15_minutes_with_a_fixed_clock(store: Store) -> None:
    add_user(store)
    now = T0
    for _ in range(4):
        refused(store, "zhang", "wrong-pass-1", now)
    locked = refused(store, "zhang", "wrong-pass-1", now)
    assert locked.code == "sign_in_locked"
    assert locked.params["seconds"] == "60"
    assert "1 分钟后再试" in locked.message("zh")
    # while locked even the right password is refused, with the time left
    later = refused(store, "zhang", PASSWORD, now + timedelta(seconds=30))
    assert later.code == "sign_in_locked"
    assert later.params["seconds"] == "30"
    # after the minute: four more wrong ones, the fifth locks for 5 minutes
    now += timedelta(minutes=1)
    for _ in range(4):
        assert refused(store, "zhang", "wrong-pass-1", now).code == "sign_in_failed_left"
    assert refused(store, "zhang", "wrong-pass-1", now).params["seconds"] == "300"
    now += timedelta(minutes=5)
    for _ in range(4):
        refused(store, "zhang", "wrong-pass-1", now)
    assert refused(store, "zhang", "wrong-pass-1", now).params["minutes"] == "15"
    now += timedelta(minutes=15)
    for _ in range(4):
        refused(store, "zhang", "wrong-pass-1", now)
    assert refused(store, "zhang", "wrong-pass-1", now).params["minutes"] == "15"  # stays at 15
    assert users.sign_in(store, "zhang", PASSWORD, now=now + timedelta(minutes=15)).username == "zhang"


def test_admin_reset_unlocks_and_forces_a_change(store: Store) -> None:
    admin = add_user(store, "admin1")
    clerk = add_user(store, "li", "township_clerk", org_unit_id=township(store))
    for _ in range(5):
        refused(store, "li", "wrong-pass-1", T0)
    boss = users.sign_in(store, "admin1", PASSWORD, now=T0)
    assert boss.user_id == admin
    with store.session(principal=boss) as s:
        users.reset_password(s, clerk, "Temp-pass-99", actor="admin1")
    who = users.sign_in(store, "li", "Temp-pass-99", now=T0)
    with store.read() as s:
        user = s.get(User, clerk)
        assert user is not None
        assert user.must_change_password
    # the clerk changes their own password in a session of their own
    with store.session(principal=who) as s:
        with pytest.raises(KnownError) as info:
            users.change_password(s, clerk, "not-the-old-1", "New-pass-2026")
        assert info.value.code == "password_wrong"
    with store.session(principal=who) as s:
        users.change_password(s, clerk, "Temp-pass-99", "New-pass-2026")
    assert users.sign_in(store, "li", "New-pass-2026", now=T0).role == "township_clerk"
    with store.read() as s:
        user = s.get(User, clerk)
        assert user is not None
        assert not user.must_change_password


def test_only_an_admin_manages_users(store: Store) -> None:
    add_user(store, "admin1")
    add_user(store, "li", "township_clerk", org_unit_id=township(store))
    clerk = users.sign_in(store, "li", PASSWORD, now=T0)
    with store.session(principal=clerk) as s, pytest.raises(PermissionDenied) as info:
        users.create_user(s, username="wang", password=PASSWORD, role="viewer")
    assert info.value.code == "permission_denied"
    assert "乡镇办事员不能管理用户" in info.value.message("zh")
    with store.read() as s:
        assert s.exec(select(User).where(User.username == "wang")).first() is None


def test_deactivate_refuses_sign_in_and_keeps_the_last_admin(store: Store) -> None:
    admin = add_user(store, "admin1")
    viewer = add_user(store, "zhao", "viewer")
    boss = users.sign_in(store, "admin1", PASSWORD, now=T0)
    with store.session(principal=boss) as s:
        users.set_active(s, viewer, False)
    assert refused(store, "zhao", PASSWORD, T0).code == "sign_in_inactive"
    for action, code in ((lambda s: users.set_active(s, admin, False), "user_not_self"),
                         (lambda s: users.update_user(s, admin, role="viewer"), "user_last_admin")):
        with store.session(principal=boss) as s, pytest.raises(KnownError) as info:
            action(s)
        assert info.value.code == code
    with store.session() as s:  # the CLI has no self, but the last admin still stays
        with pytest.raises(KnownError) as info:
            users.set_active(s, admin, False)
        assert info.value.code == "user_last_admin"
    with store.session(principal=boss) as s:
        users.set_active(s, viewer, True)
    assert users.sign_in(store, "zhao", PASSWORD, now=T0).role == "viewer"


def test_roles_need_their_links(store: Store) -> None:
    for role, links, code in (("township_clerk", {}, "user_needs_township"),
                              ("township_clerk", {"org_unit_id": "nope"}, "user_township_unknown"),
                              ("inspector", {}, "user_needs_inspector"),
                              ("inspector", {"inspector_id": "nope"}, "user_inspector_unknown"),
                              ("boss", {}, "user_role_bad")):
        with pytest.raises(KnownError) as info:
            add_user(store, "li", role, **links)
        assert info.value.code == code
    with store.read() as s:
        assert not users.has_users(s)


def test_built_in_users_cannot_sign_in(store: Store) -> None:
    assert refused(store, "cli", "", T0).code == "sign_in_failed"
    with store.session() as s, pytest.raises(KnownError) as info:
        users.reset_password(s, "gui", PASSWORD)
    assert info.value.code == "user_system"


def test_old_role_names_are_read_as_the_new_ones(store: Store) -> None:
    with store.session() as s:
        s.add(User(username="old", role="admin", password_hash=setup.hash_password(PASSWORD)))
    assert users.sign_in(store, "old", PASSWORD, now=T0).role == "county_admin"


def test_cli_init_admin_creates_a_county_admin_who_signs_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    monkeypatch.setenv("QS_ADMIN_PASSWORD", PASSWORD)
    assert main(["init", "--db", str(db), "--role", "county", "--name", "甲县", "--admin", "boss"]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT role FROM app_user WHERE username='boss'").fetchone() == ("county_admin",)
    conn.close()
    with Store.open(db) as store:
        with store.read() as s:
            assert users.has_users(s)
        assert users.sign_in(store, "boss", PASSWORD, now=T0).role == "county_admin"
    # a too-simple password is refused whole: no county, no admin
    monkeypatch.setenv("QS_ADMIN_PASSWORD", "aaaaaaaa")
    other = tmp_path / "d.db"
    assert main(["init", "--db", str(other), "--role", "county", "--name", "乙县", "--admin", "boss"]) == 1
    assert "太简单" in capsys.readouterr().err
    with Store.open(other) as store:
        assert not store.is_initialised()
