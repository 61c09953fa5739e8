"""The version check of forms (services/versions.py): a row saved by someone else after a form opened it is
refused on save, naming what changed, to what, by whom; a knowing second save goes through. Runs on both engines
(the ``store`` fixture)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qsupervise.errors import KnownError
from qsupervise.models import Certification, Enterprise
from qsupervise.services import enterprises, org, users, versions
from qsupervise.store import Store

PASSWORD = "Qingxi#7Tz59"


def _town(store: Store) -> str:
    with store.read() as s:
        return next(u.id for u in org.list_units(s) if u.kind == "township")


def _enterprise(store: Store, name: str = "版本厂") -> str:
    with store.session() as s:
        row, _ = enterprises.save(s, data=enterprises.EnterpriseInput(name=name, township_id=_town(store),
                                                                      address="旧地址"))
        return row.id


def _edit(store: Store, row_id: str, actor: str = "cli", **changes: object) -> None:
    with store.session(actor=actor) as s:
        found = s.get(Enterprise, row_id)
        assert found is not None
        enterprises.save(s, data=replace(enterprises.input_from(found), **changes), enterprise_id=row_id, actor=actor)


def test_an_unchanged_row_saves_and_its_version_moves_on(store: Store) -> None:
    row_id = _enterprise(store)
    with store.read() as s:
        opened = versions.version(s, Enterprise, row_id)
    assert opened > 0
    with store.session() as s:
        found = s.get(Enterprise, row_id)
        assert found is not None
        enterprises.save(s, data=replace(enterprises.input_from(found), address="新地址"), enterprise_id=row_id,
                         opened_version=opened)
    with store.read() as s:
        assert versions.version(s, Enterprise, row_id) > opened
        assert versions.edits_since(s, "enterprise", row_id, opened)[0].value == "新地址"


def test_a_change_made_meanwhile_is_refused_with_what_who_and_the_value(store: Store) -> None:
    with store.session() as s:
        users.create_user(s, username="lisi", password=PASSWORD, role="county_admin", display_name="李四")
    row_id = _enterprise(store)
    with store.read() as s:
        opened = versions.version(s, Enterprise, row_id)
    _edit(store, row_id, actor="lisi", address="李四的地址", legal_rep="王五")
    _edit(store, row_id, actor="lisi", address="李四又改的地址")
    with store.session() as s, pytest.raises(versions.RecordChanged) as caught:
        enterprises.save(s, data=enterprises.EnterpriseInput(name="版本厂", township_id=_town(store), address="我的"),
                         enterprise_id=row_id, opened_version=opened)
    error = caught.value
    assert error.code == "record_changed"
    assert error.opened == opened
    assert error.current > opened
    by_field = {e.field: e for e in error.edits}
    assert set(by_field) == {"address", "legal_rep"}  # updated_at and the like are not news to a person
    assert by_field["address"].value == "李四又改的地址"  # the newest value of a field changed twice
    assert by_field["legal_rep"].value == "王五"
    assert {e.user for e in error.edits} == {"李四"}
    message = error.message("zh")
    assert "版本厂" in message
    assert "李四" in message
    assert "address" in message
    assert "changed by 李四" in error.message("en")
    with store.read() as s:
        assert s.get(Enterprise, row_id).address == "李四又改的地址"  # type: ignore[union-attr]
    with store.session() as s:  # the user saw it and saves anyway: a knowing overwrite
        enterprises.save(s, data=enterprises.EnterpriseInput(name="版本厂", township_id=_town(store), address="我的"),
                         enterprise_id=row_id, opened_version=error.current)
    with store.read() as s:
        assert s.get(Enterprise, row_id).address == "我的"  # type: ignore[union-attr]


def test_a_row_deleted_meanwhile_shows_as_deleted(store: Store) -> None:
    row_id = _enterprise(store)
    with store.read() as s:
        opened = versions.version(s, Enterprise, row_id)
    with store.session() as s:
        enterprises.set_deleted(s, enterprise_id=row_id, deleted=True)
    with store.session() as s, pytest.raises(versions.RecordChanged) as caught:
        versions.refuse_if_changed(s, Enterprise, row_id, opened)
    assert [e.field for e in caught.value.edits] == ["deleted_at"]


def test_no_opened_version_means_no_check_and_a_missing_row_is_named(store: Store) -> None:
    row_id = _enterprise(store)
    _edit(store, row_id, address="别处")
    with store.session() as s:
        locked = versions.refuse_if_changed(s, Enterprise, row_id, None)
        assert locked.id == row_id
    with store.session() as s, pytest.raises(KnownError) as caught:
        versions.refuse_if_changed(s, Certification, "no-such-row", 1)
    assert caught.value.code == "record_not_found"
    assert "no-such-row" in caught.value.message("zh")
