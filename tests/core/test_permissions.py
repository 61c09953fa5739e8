"""Each role against each service write: allowed, or refused with permission_denied and nothing written.

The services run exactly as the GUI runs them: the signed-in principal sits on the store, every session it
opens carries it, and the check happens in the change log's flush hook and bulk paths (qsupervise/permissions.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from qsupervise import backups
from qsupervise.documents.enterprise_export import export_enterprises
from qsupervise.documents.enterprise_import import import_enterprises
from qsupervise.errors import KnownError
from qsupervise.models import Enterprise, LetterTarget, ResponsibilityLetter, SpotCheck, TestItem, User
from qsupervise.permissions import PermissionDenied, Principal, RowWrite, check_rows
from qsupervise.rules import roles
from qsupervise.services import (
    assessment,
    certifications,
    draws,
    enterprises,
    instruments,
    letters,
    org,
    spotchecks,
    users,
)
from qsupervise.services import spotcheck_plans as plans
from qsupervise.services.certifications import CertificationInput
from qsupervise.services.enterprises import EnterpriseInput
from qsupervise.services.instruments import InstrumentInput
from qsupervise.store import Store
from tests.core import db_state, pg

PASSWORD = "Qingxi-2026"
TODAY = date(2026, 5, 10)
ROLE_USERS = {"county_admin": "admin1", "township_clerk": "li", "inspector": "wang", "viewer": "zhao"}


@dataclass(frozen=True)
class World:
    own_town: str  # 城关镇: the clerk's township
    other_town: str  # 河口镇
    own_enterprise: str
    other_enterprise: str
    my_check: str  # the inspector's assigned spot check
    other_check: str
    own_target: str  # a target of 城关镇's letter
    other_target: str
    tmp: Path


def _build(store: Store) -> None:
    with store.session() as s:
        towns = {u.name: u.id for u in org.list_units(s)}
        own, other = towns["城关镇"], towns["河口镇"]
        a = enterprises.save(s, data=EnterpriseInput(name="城关食品厂", township_id=own))[0]
        b = enterprises.save(s, data=EnterpriseInput(name="河口酒厂", township_id=other))[0]
        for n in range(6):  # a pool for the draw
            enterprises.save(s, data=EnterpriseInput(name=f"柳林农具厂{n}", township_id=towns["柳林乡"]))
        people = [spotchecks.add_inspector(s, name=f"检查员{c}", township_id=own).id for c in "甲乙丙"]
        plan = plans.add(s, plans.PlanInput(plan_no="P1", year=2026, category="食品", sample_count=2))
        mine = SpotCheck(plan_id=plan.id, enterprise_id=a.id, unit_name=a.name, township_id=own,
                         inspector1_id=people[0], inspector2_id=people[1], sampling="sampled", product="酱油")
        theirs = SpotCheck(plan_id=plan.id, enterprise_id=b.id, unit_name=b.name, township_id=other,
                           inspector1_id=people[1], inspector2_id=people[2], sampling="sampled", product="白酒")
        s.add_all([mine, theirs])
        letters.create_letters(s, 2026, "township")
        s.flush()
        for name, role in (("admin1", "county_admin"), ("li", "township_clerk"), ("wang", "inspector"),
                           ("zhao", "viewer")):
            users.create_user(s, username=name, password=PASSWORD, role=role, org_unit_id=own,
                              inspector_id=people[0])


@pytest.fixture(scope="module")
def world_db(build_county: pg.Build) -> pg.Built:
    def build(db: str) -> None:
        with Store.open(db) as store:
            _build(store)

    return build_county(build)


@pytest.fixture
def world(world_db: pg.Built, tmp_path: Path) -> Iterator[tuple[Store, World]]:
    with world_db.copy(tmp_path) as db, Store.open(db) as store:
        with store.read() as s:
            towns = {u.name: u.id for u in org.list_units(s)}
            ents = {e.name: e.id for e in s.exec(select(Enterprise))}
            checks = {c.product: c.id for c in s.exec(select(SpotCheck))}
            letter_of = {r.org_unit_id: r.id for r in s.exec(select(ResponsibilityLetter))}
            target_of = {t.letter_id: t.id for t in s.exec(select(LetterTarget))}
        own, other = towns["城关镇"], towns["河口镇"]
        yield store, World(own, other, ents["城关食品厂"], ents["河口酒厂"], checks["酱油"], checks["白酒"],
                           target_of[letter_of[own]], target_of[letter_of[other]], tmp_path)


def principal(store: Store, role: str) -> Principal:
    with store.read() as s:
        user = s.exec(select(User).where(User.username == ROLE_USERS[role])).one()
        return users.principal(user)


# -- the services, each as one user action ------------------------------------------------------------


def save_enterprise(store: Store, w: World) -> None:
    with store.session() as s:
        enterprises.save(s, data=EnterpriseInput(name="城关食品厂", township_id=w.own_town, address="城关路 1 号"),
                         enterprise_id=w.own_enterprise)


def save_other_townships_enterprise(store: Store, w: World) -> None:
    with store.session() as s:
        enterprises.save(s, data=EnterpriseInput(name="河口酒厂", township_id=w.other_town, address="河口路 9 号"),
                         enterprise_id=w.other_enterprise)


def move_enterprise_to_another_township(store: Store, w: World) -> None:
    with store.session() as s:
        enterprises.save(s, data=EnterpriseInput(name="城关食品厂", township_id=w.other_town),
                         enterprise_id=w.own_enterprise)


def new_enterprise(store: Store, w: World) -> None:
    with store.session() as s:
        enterprises.save(s, data=EnterpriseInput(name="城关新厂", township_id=w.own_town))


def _csv(w: World, town: str) -> Path:
    path = w.tmp / f"import-{town}.csv"
    path.write_text(f"企业名称,所属乡镇,地址\n{town}新办厂,{town},新街 1 号\n", encoding="utf-8-sig")
    return path


def import_enterprises_own(store: Store, w: World) -> None:
    import_enterprises(store, _csv(w, "城关镇"))


def import_enterprises_other(store: Store, w: World) -> None:
    import_enterprises(store, _csv(w, "河口镇"))


def export_enterprise_list(store: Store, w: World) -> None:
    export_enterprises(store, w.tmp / "out.csv")


def save_certification(store: Store, w: World) -> None:
    with store.session() as s:
        certifications.save(s, CertificationInput(enterprise_id=w.own_enterprise, kind="iso9001", number="00123Q45678",
                                                  issuer="中国质量认证中心", issued_on="2025-01-01",
                                                  expires_on="2028-01-01"))


def save_instrument(store: Store, w: World) -> None:
    with store.session() as s:
        instruments.save(s, data=InstrumentInput(enterprise_id=w.own_enterprise, name="电子秤"), today=TODAY)


def _results(store: Store, check_id: str) -> None:
    with store.session() as s:
        spotchecks.save_results(s, check_id, [spotchecks.ItemInput(name="菌落总数", verdict="pass")],
                                report_no="R-1", report_on="2026-05-01")


def record_assigned_result(store: Store, w: World) -> None:
    _results(store, w.my_check)


def record_unassigned_result(store: Store, w: World) -> None:
    _results(store, w.other_check)


def enter_own_self_value(store: Store, w: World) -> None:
    with store.session() as s:
        assessment.enter(s, w.own_target, stage="self", value=1, on=TODAY)


def enter_other_self_value(store: Store, w: World) -> None:
    with store.session() as s:
        assessment.enter(s, w.other_target, stage="self", value=1, on=TODAY)


def enter_verified_value(store: Store, w: World) -> None:
    with store.session() as s:
        assessment.enter(s, w.own_target, stage="verified", value=1, on=TODAY)


def create_letters(store: Store, w: World) -> None:
    with store.session() as s:
        letters.create_letters(s, 2027, "township")


def draw(store: Store, w: World) -> None:
    with store.session() as s:
        plan = plans.add(s, plans.PlanInput(plan_no="P2", year=2026, category="农具", sample_count=2))
    with store.session() as s:
        draws.run_draw(s, plans.by_no(s, plan.plan_no), seed="20260510", as_of=TODAY)


def add_user(store: Store, w: World) -> None:
    with store.session() as s:
        users.create_user(s, username="new1", password=PASSWORD, role="viewer")


def backup(store: Store, w: World) -> None:
    backups.backup_now(store, w.tmp / "copy.db", actor="gui")


Y, N = True, False
#                                            admin clerk inspector viewer
TABLE: list[tuple[Callable[[Store, World], None], tuple[bool, bool, bool, bool]]] = [
    (save_enterprise,                          (Y, Y, N, N)),
    (save_other_townships_enterprise,          (Y, N, N, N)),
    (move_enterprise_to_another_township,      (Y, N, N, N)),
    (new_enterprise,                           (Y, Y, N, N)),
    (import_enterprises_own,                   (Y, Y, N, N)),
    (import_enterprises_other,                 (Y, N, N, N)),
    (export_enterprise_list,                   (Y, Y, Y, Y)),
    (save_certification,                       (Y, Y, N, N)),
    (save_instrument,                          (Y, Y, N, N)),
    (record_assigned_result,                   (Y, N, Y, N)),
    (record_unassigned_result,                 (Y, N, N, N)),
    (enter_own_self_value,                     (Y, Y, N, N)),
    (enter_other_self_value,                   (Y, N, N, N)),
    (enter_verified_value,                     (Y, N, N, N)),
    (create_letters,                           (Y, N, N, N)),
    (draw,                                     (Y, N, N, N)),
    (add_user,                                 (Y, N, N, N)),
    (backup,                                   (Y, Y, N, N)),
]
CASES = [
    pytest.param(action, role, allowed[i], id=f"{action.__name__}-{role}")
    for action, allowed in TABLE
    for i, role in enumerate(roles.ROLES)
]


def written(store: Store) -> tuple[int, ...]:
    """What an allowed action adds to: change records, audit entries, rows with data."""
    return tuple(db_state.count(store, table) for table in ("change_log", "audit_entry", "enterprise"))


@pytest.mark.parametrize(("action", "role", "allowed"), CASES)
def test_role_against_service(world: tuple[Store, World], action: Callable[[Store, World], None], role: str,
                              allowed: bool) -> None:
    store, w = world
    store.principal = principal(store, role)
    if allowed:
        before = written(store)
        action(store, w)
        if action not in (export_enterprise_list,):
            assert written(store) != before  # it did write
        return
    whole = db_state.snapshot(store)
    with pytest.raises(PermissionDenied) as info:
        action(store, w)
    assert info.value.code == "permission_denied"
    label = roles.LABELS[role]
    assert label[0] in info.value.message("zh")
    assert label[1] in info.value.message("en")
    assert db_state.snapshot(store) == whole  # the whole transaction rolled back: not a row of any table changed


def test_a_clerk_editing_another_townships_enterprise_is_told_which(world: tuple[Store, World]) -> None:
    store, w = world
    store.principal = principal(store, "township_clerk")
    with pytest.raises(PermissionDenied) as info:
        save_other_townships_enterprise(store, w)
    assert info.value.message("zh").startswith("没有权限：乡镇办事员不能修改企业“河口酒厂”")
    with store.read() as s:
        found = s.get(Enterprise, w.other_enterprise)
        assert found is not None
        assert found.address == ""


def test_an_inspector_on_an_unassigned_check_changes_nothing(world: tuple[Store, World]) -> None:
    store, w = world
    store.principal = principal(store, "inspector")
    with pytest.raises(PermissionDenied):
        record_unassigned_result(store, w)
    with pytest.raises(PermissionDenied):  # nor may they move a check they have to themselves
        with store.session() as s:
            check = s.get(SpotCheck, w.my_check)
            assert check is not None
            check.inspector2_id = check.inspector1_id
            check.township_id = w.other_town
    with store.read() as s:
        other = s.get(SpotCheck, w.other_check)
        assert other is not None
        assert other.report_no == ""
        assert other.verdict is None
        assert not s.exec(select(TestItem)).all()
    record_assigned_result(store, w)
    with store.read() as s:
        mine = s.get(SpotCheck, w.my_check)
        assert mine is not None
        assert mine.verdict == "pass"


def test_a_clerk_hands_in_the_self_assessment_but_cannot_verify(world: tuple[Store, World]) -> None:
    store, w = world
    store.principal = principal(store, "township_clerk")
    with store.read() as s:
        letter_id = s.exec(select(LetterTarget.letter_id).where(LetterTarget.id == w.own_target)).one()
    with store.session() as s:
        assessment.submit_self(s, letter_id, on=TODAY)
    with pytest.raises(PermissionDenied), store.session() as s:
        assessment.reopen(s, letter_id, reason="填错了")


def test_without_a_principal_the_cli_keeps_every_right(world: tuple[Store, World]) -> None:
    store, w = world
    assert store.principal is None
    for action, _allowed in TABLE:
        action(store, w)


def test_a_session_principal_overrides_none_and_the_check_is_table_driven(world: tuple[Store, World]) -> None:
    store, w = world
    viewer = principal(store, "viewer")
    with pytest.raises(PermissionDenied), store.session(principal=viewer) as s:
        s.add(Enterprise(name="x", township_id=w.own_town))
    # the role table alone decides: a table no grant names is read-only
    with store.session() as s:
        conn = s.connection()
        with pytest.raises(KnownError):
            check_rows(conn, viewer, "enterprise", "insert", [RowWrite({"id": "e1", "township_id": w.own_town})])
        check_rows(conn, viewer, "audit_entry", "insert", [RowWrite({"seq": 1})])
