"""The version check (services/versions.py) in the saves behind every edit form: a record someone else saved after
the form read it is refused naming what they changed, to what, and who; saving again at ``RecordChanged.current``
(the user saw it) goes through; without ``opened_version`` nothing changes. Parts saved with a record (a letter's
targets, a sample's items, a project's townships) count; the sections of a sample's editor only refuse for their
own fields. Runs on both engines (the ``store`` fixture)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from sqlmodel import Session, select

from qsupervise.errors import KnownError
from qsupervise.models import (
    AssessmentMetric,
    AwardApplication,
    AwardProgram,
    Certification,
    DraftedStandard,
    Enterprise,
    Instrument,
    OrgUnit,
    ResponsibilityLetter,
    SpotCheck,
)
from qsupervise.services import awards, certifications, draws, instruments, letters, spotchecks, users, versions
from qsupervise.services import spotcheck_plans as plans
from qsupervise.services import standards_drafted as drafted
from qsupervise.services import standards_projects as projects
from qsupervise.services.spotchecks import ItemInput
from qsupervise.store import Store

PASSWORD = "Qingxi#7Tz59"
TODAY = date(2026, 5, 20)


@pytest.fixture(autouse=True)
def cheap_password_hashes() -> Iterator[None]:
    saved = dict(users.HASH_PARAMS)
    users.HASH_PARAMS.update(time_cost=1, memory_cost=8, parallelism=1)
    yield
    users.HASH_PARAMS.clear()
    users.HASH_PARAMS.update(saved)


@pytest.fixture
def lisi(store: Store) -> str:
    """Another county user, who saves while our form is open."""
    with store.session() as s:
        users.create_user(s, username="lisi", password=PASSWORD, role="county_admin", display_name="李四")
    return "lisi"


def towns(s: Session) -> list[str]:
    return [u.id for u in s.exec(select(OrgUnit).where(OrgUnit.kind == "township").order_by(OrgUnit.name))]


def holder(s: Session) -> str:
    enterprise = Enterprise(name="青溪茶业有限公司", township_id=towns(s)[0], industry_code="C1530")
    s.add(enterprise)
    s.flush()
    return enterprise.id


# -- one record of each form, and its save with one field set --------------------------------------------


def make_cert(s: Session) -> str:
    return certifications.save(s, certifications.CertificationInput(holder(s), "iso9001", issuer="旧机构")).id


def save_cert(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    c = s.get(Certification, row_id)
    assert c is not None
    data = certifications.CertificationInput(
        enterprise_id=c.enterprise_id, kind=c.kind, number=c.number, number_note=c.number_note, issuer=value,
        scope=c.scope, issued_on=c.issued_on, expires_on=c.expires_on, status=c.status,
        attachment_id=c.attachment_id, reward_eligible=c.reward_eligible, note=c.note)
    certifications.save(s, data, cert_id=row_id, opened_version=opened)


def make_instrument(s: Session) -> str:
    return instruments.save(s, data=instruments.InstrumentInput(holder(s), "电子计价秤"), today=TODAY)[0].id


def save_instrument(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    data = replace(instruments.input_from(instruments.get(s, row_id)), location=value)
    instruments.save(s, data=data, instrument_id=row_id, today=TODAY, opened_version=opened)


def make_metric(s: Session) -> str:
    return letters.save_metric(s, letters.MetricInput(code="tea_bases", name="茶叶基地数", unit="个")).id


def save_metric(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    letters.save_metric(s, letters.MetricInput(code="tea_bases", name=value, unit="个"), metric_id=row_id,
                        opened_version=opened)


def make_letter(s: Session) -> str:
    return letters.create_letters(s, 2026, unit_ids=towns(s)[:1]).created[0]


def save_letter(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    data = replace(letters.input_of(s, letters.letter(s, row_id)), doc_no=value)
    letters.save_letter(s, row_id, data, opened_version=opened)


def save_first_weight(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    data = letters.input_of(s, letters.letter(s, row_id))
    targets = list(data.targets)
    targets[0] = replace(targets[0], weight=value)
    letters.save_letter(s, row_id, replace(data, targets=targets), opened_version=opened)


def make_template(s: Session) -> str:
    return letters.template_or_default(s, 2026, "township").id


def save_template(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    data = replace(letters.input_of(s, letters.letter(s, row_id)), doc_no=value)
    letters.save_template(s, 2026, "township", data, opened_version=opened)


def make_program(s: Session) -> str:
    return awards.add_program(s, awards.ProgramInput.from_template("famous_brand", name="名牌产品", year=2026)).id


def save_program(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    data = replace(awards.ProgramInput.of(awards.get_program(s, row_id)), organiser=value)
    awards.update_program(s, row_id, data, opened_version=opened)


def make_application(s: Session) -> str:
    data = awards.ApplicationInput(program_id=make_program(s), enterprise_id=holder(s), product_name="青溪绿茶")
    return awards.apply(s, data, today=TODAY).id


def save_application(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    awards.edit_application(s, row_id, note=value, opened_version=opened)


def make_sample(s: Session) -> str:
    ids = towns(s)
    for n in range(3):
        s.add(Enterprise(name=f"抽样企业{n}", township_id=ids[n % 3], industry_code="C1391"))
    for n, name in enumerate(("甲", "乙", "丙", "丁")):
        spotchecks.add_inspector(s, name=f"检查员{name}", township_id=ids[n % 3])
    s.flush()
    plan = plans.add(s, plans.PlanInput(plan_no="P1", year=2026, category="食品", sample_count=1))
    record = draws.run_draw(s, plan, seed="7", as_of=TODAY, reason="")
    check = spotchecks.checks_of_plan(s, record.plan_id)[0]
    spotchecks.save_sampling(s, check.id, {"sampling": "sampled", "product": "挂面", "sampled_on": "2026-05-21"})
    return check.id


def save_sampling(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    spotchecks.save_sampling(s, row_id, {"brand": value}, opened_version=opened)


def save_results(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    spotchecks.save_results(s, row_id, [ItemInput("水分", verdict="pass")], report_no=value, opened_version=opened)


def make_drafted(s: Session) -> str:
    data = drafted.DraftedInput(level="local", title="绿茶加工技术规程", drafter="县农技中心", township_id=towns(s)[0])
    return drafted.save_drafted(s, data).id


def save_drafted(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    row = s.get(DraftedStandard, row_id)
    assert row is not None
    data = drafted.DraftedInput(level=row.level, title=value, number=row.number, drafter=row.drafter,
                                township_id=row.township_id, role=row.role, status=row.status,
                                proposed_on=row.proposed_on, note=row.note)
    drafted.save_drafted(s, data, drafted_id=row_id, opened_version=opened)


def make_project(s: Session) -> str:
    data = projects.ProjectInput(name="茶叶示范基地", crop="茶叶", township_ids=towns(s)[:1], lead_name="茶叶合作社")
    return projects.save_project(s, data).id


def project_input(s: Session, row_id: str, **changes: Any) -> projects.ProjectInput:
    row = projects.projects(s, project_id=row_id)[0]
    data = projects.ProjectInput(name=row.name, crop=row.crop, township_ids=row.township_ids, kind=row.kind,
                                 level=row.level, lead_name=row.lead_name, standards=row.standards,
                                 status=row.status)
    return replace(data, **changes)


def save_project_crop(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    projects.save_project(s, project_input(s, row_id, crop=value), project_id=row_id, opened_version=opened)


def save_project_towns(s: Session, row_id: str, value: Any, opened: int | None) -> None:
    picked = [towns(s)[n] for n in value]
    projects.save_project(s, project_input(s, row_id, township_ids=picked), project_id=row_id, opened_version=opened)


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Session], str]
    save: Callable[[Session, str, Any, int | None], None]  # the record with ``field`` set to a value
    field: str
    stored: Callable[[Session, str], Any]
    theirs: Any = "他人改的"
    mine: Any = "我改的"
    shown: Any = None  # what the question shows of their change (None: ``theirs``)
    version: Callable[[Session, str], int] | None = None  # what the form reads (None: versions.version)
    model: type | None = None


def column(model: type, name: str) -> Callable[[Session, str], Any]:
    return lambda s, row_id: getattr(s.get(model, row_id), name)


CASES = [
    Case("certificate", make_cert, save_cert, "issuer", column(Certification, "issuer"), model=Certification),
    Case("instrument", make_instrument, save_instrument, "location", column(Instrument, "location"),
         model=Instrument),
    Case("metric", make_metric, save_metric, "name", column(AssessmentMetric, "name"), model=AssessmentMetric),
    Case("letter", make_letter, save_letter, "doc_no", column(ResponsibilityLetter, "doc_no"),
         version=letters.version),
    Case("letter_target", make_letter, save_first_weight, "targets",
         lambda s, row_id: letters.targets(s, row_id)[0].weight, theirs=7.0, mine=9.0, shown=1,
         version=letters.version),
    Case("template", make_template, save_template, "doc_no", column(ResponsibilityLetter, "doc_no"),
         version=letters.version),
    Case("award_program", make_program, save_program, "organiser", column(AwardProgram, "organiser"),
         model=AwardProgram),
    Case("award_application", make_application, save_application, "note", column(AwardApplication, "note"),
         model=AwardApplication),
    Case("sampling", make_sample, save_sampling, "brand", column(SpotCheck, "brand"), version=spotchecks.version),
    Case("results", make_sample, save_results, "report_no", column(SpotCheck, "report_no"),
         version=spotchecks.version),
    Case("drafted_standard", make_drafted, save_drafted, "title", column(DraftedStandard, "title"),
         model=DraftedStandard),
    Case("project", make_project, save_project_crop, "crop", lambda s, row_id: project_input(s, row_id).crop,
         version=projects.version),
    Case("project_townships", make_project, save_project_towns, "township_ids",
         lambda s, row_id: [towns(s).index(t) for t in project_input(s, row_id).township_ids],
         theirs=[0, 1], mine=[2], shown=1, version=projects.version),
]


def opened_at(case: Case, s: Session, row_id: str) -> int:
    if case.version is not None:
        return case.version(s, row_id)
    assert case.model is not None
    return versions.version(s, case.model, row_id)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_change_made_meanwhile_is_refused_and_a_knowing_save_goes_through(store: Store, lisi: str,
                                                                            case: Case) -> None:
    with store.session() as s:
        row_id = case.make(s)
    with store.read() as s:
        opened = opened_at(case, s, row_id)
    with store.session(actor=lisi) as s:  # another user; saved without a version, as the CLI and imports do
        case.save(s, row_id, case.theirs, None)
    with store.session() as s, pytest.raises(versions.RecordChanged) as caught:
        case.save(s, row_id, case.mine, opened)
    error = caught.value
    by_field = {e.field: e for e in error.edits}
    assert by_field[case.field].value == (case.theirs if case.shown is None else case.shown)
    assert by_field[case.field].user == "李四"
    assert error.opened == opened < error.current
    assert "李四" in error.message("zh")
    with store.read() as s:
        assert case.stored(s, row_id) == case.theirs  # nothing of ours was written
        assert opened_at(case, s, row_id) == error.current
    with store.session() as s:  # the user saw their change and saves anyway
        case.save(s, row_id, case.mine, error.current)
    with store.read() as s:
        assert case.stored(s, row_id) == case.mine


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_record_nobody_touched_saves_at_its_version(store: Store, case: Case) -> None:
    with store.session() as s:
        row_id = case.make(s)
    with store.read() as s:
        opened = opened_at(case, s, row_id)
    with store.session() as s:
        case.save(s, row_id, case.mine, opened)
    with store.read() as s:
        assert case.stored(s, row_id) == case.mine
        assert opened_at(case, s, row_id) > opened


def test_a_section_of_the_sample_editor_is_refused_only_for_its_own_fields(store: Store, lisi: str) -> None:
    with store.session() as s:
        check_id = make_sample(s)
    with store.read() as s:
        opened = spotchecks.version(s, check_id)  # both sections read the sample at once
    with store.session(actor=lisi) as s:
        save_results(s, check_id, "R-他人", None)
    with store.session() as s:  # our 抽样单 is not what they changed
        save_sampling(s, check_id, "我的商标", opened)
    with store.session() as s, pytest.raises(versions.RecordChanged) as caught:
        save_results(s, check_id, "R-我的", opened)  # our results are
    assert {e.field for e in caught.value.edits} == {"report_no", "verdict", "items"}
    with store.read() as s:
        check = s.get(SpotCheck, check_id)
        assert check is not None
        assert (check.brand, check.report_no) == ("我的商标", "R-他人")


def test_test_items_changed_alone_refuse_the_results(store: Store, lisi: str) -> None:
    with store.session() as s:
        check_id = make_sample(s)
        spotchecks.save_results(s, check_id, [ItemInput("水分", verdict="pass")], report_no="R-1")
    with store.read() as s:
        opened = spotchecks.version(s, check_id)
    with store.session(actor=lisi) as s:
        spotchecks.save_results(s, check_id, [ItemInput("水分", verdict="pass"), ItemInput("铅", verdict="pass")],
                                report_no="R-1")
    with store.session() as s, pytest.raises(versions.RecordChanged) as caught:
        save_results(s, check_id, "R-1", opened)
    [edit] = caught.value.edits
    assert (edit.field, edit.value, edit.user) == ("items", 2, "李四")
    with store.read() as s:
        assert [i.name for i in spotchecks.items_of(s, check_id)] == ["水分", "铅"]


def test_a_record_deleted_meanwhile_is_named_as_before(store: Store) -> None:
    with store.session() as s:
        cert_id, drafted_id = make_cert(s), make_drafted(s)
    with store.read() as s:
        opened = (versions.version(s, Certification, cert_id), versions.version(s, DraftedStandard, drafted_id))
    with store.session() as s:
        certifications.set_deleted(s, cert_id=cert_id, deleted=True)
        drafted.delete_drafted(s, drafted_id)
    for save, row_id, version, code in ((save_cert, cert_id, opened[0], "cert_unknown"),
                                        (save_drafted, drafted_id, opened[1], "std_drafted_unknown")):
        with store.session() as s, pytest.raises(KnownError) as caught:
            save(s, row_id, "我改的", version)
        assert caught.value.code == code
        assert row_id in caught.value.message("zh")
