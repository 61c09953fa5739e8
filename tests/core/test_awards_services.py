"""Award services in the database: programmes, the workflow (every allowed move works, every other is refused),
documents, score sheets, the brand register, and awards counted by the credit grade."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import Session, select

from qsupervise.errors import KnownError
from qsupervise.models import (
    ApplicationDocument,
    Attachment,
    AuditEntry,
    Brand,
    Enterprise,
    OrgUnit,
    Product,
)
from qsupervise.rules import awards as rules
from qsupervise.services import awards, credit, credit_facts
from qsupervise.store import Store

TODAY = date(2026, 6, 30)
NO_CONDITIONS = {code: {"on": False} for code in rules.CONDITIONS}
PATHS: dict[str, list[str]] = {
    "draft": [],
    "submitted": ["submitted"],
    "eligibility_review": ["submitted", "eligibility_review"],
    "document_review": ["submitted", "eligibility_review", "document_review"],
    "site_review": ["submitted", "eligibility_review", "document_review", "site_review"],
    "publicity": ["submitted", "eligibility_review", "document_review", "site_review", "publicity"],
    "awarded": ["submitted", "eligibility_review", "document_review", "site_review", "publicity", "awarded"],
    "not_awarded": ["submitted", "eligibility_review", "not_awarded"],
    "withdrawn": ["withdrawn"],
}
PDF = b"%PDF-1.4\n% test scan\n"


def firm(s: Session, name: str = "示范食品有限公司", township: int = 0) -> Enterprise:
    towns = list(s.exec(select(OrgUnit).where(OrgUnit.kind == "township").order_by(OrgUnit.name)))
    found = Enterprise(name=name, township_id=towns[township].id, founded_on="2010-01-01")
    s.add(found)
    s.flush()
    return found


def programme(s: Session, kind: str = "quality_award", **values: Any) -> str:
    data = awards.ProgramInput.from_template(kind, name=values.pop("name", f"2026 年度{kind}"), year=2026,
                                             conditions=NO_CONDITIONS, **values)
    return awards.add_program(s, data).id


def draft(store: Store, kind: str = "quality_award", product: str = "", applied: str = "2026-03-01",
          **values: Any) -> tuple[str, str, str]:
    """(application, programme, enterprise) of a fresh draft."""
    with store.session() as s:
        ent = firm(s)
        prog = programme(s, kind, **values)
        app = awards.apply(s, awards.ApplicationInput(prog, ent.id, product_name=product), today=applied)
        return app.id, prog, ent.id


def walk(store: Store, app_id: str, states: list[str], on: date = TODAY) -> list[awards.Moved]:
    with store.session() as s:
        return [awards.move(s, app_id, state, on=on, comment=f"to {state}", actor="李四") for state in states]


# --- programmes -----------------------------------------------------------------------------------------------


def test_a_programme_from_a_template_and_edited(store: Store) -> None:
    with store.session() as s:
        data = awards.ProgramInput.from_template("famous_brand", name="2026 年度市名牌产品", year=2026, level="市",
                                                 reward_fen=2_000_000, opens_on="2026-03-01", closes_on="2026-05-31")
        program = awards.add_program(s, data)
        pid = program.id
        assert (program.kind, program.level, program.validity_years, program.reapply_years, program.scored) == (
            "famous_brand", "municipal", 3, 3, False)
        assert "产品执行标准文本" in awards.documents_required(program)
        stored = rules.conditions_of(program.conditions)
        assert stored == rules.TEMPLATES["famous_brand"].full_conditions()
        edited = awards.update_program(s, pid, awards.ProgramInput(
            **{**data.__dict__, "documents": ["申报表", " ", "申报表", "检验报告"], "max_winners": 10}))
        assert (awards.documents_required(edited), edited.max_winners) == (["申报表", "检验报告"], 10)
    with store.read() as s:
        assert [p.id for p in awards.programs(s, year=2026)] == [pid]
        assert awards.programs(s, year=2025) == []
        assert awards.find_program(s, "2026 年度市名牌产品").id == pid
        assert awards.find_program(s, pid).id == pid


@pytest.mark.parametrize(("changes", "code"), [
    ({"name": " "}, "award_program_name"),
    ({"kind": "medal"}, "award_bad_kind"),
    ({"level": "乡"}, "award_bad_level"),
    ({"year": 1900}, "award_bad_year"),
    ({"opens_on": "2026-13-01"}, "award_bad_date"),
    ({"opens_on": "2026-06-01", "closes_on": "2026-05-01"}, "award_window_order"),
    ({"conditions": {"spot_checks": {"years": -2}}}, "award_bad_condition"),
    ({"max_winners": 0}, "award_bad_number"),
    ({"validity_years": 0}, "award_bad_number"),
    ({"reward_fen": -1}, "award_bad_number"),
])
def test_programme_input_is_checked(store: Store, changes: dict[str, Any], code: str) -> None:
    data = awards.ProgramInput(**{"name": "测试项目", "year": 2026, **changes})
    with pytest.raises(KnownError) as refused, store.session() as s:
        awards.add_program(s, data)
    assert refused.value.code == code
    assert "{" not in refused.value.message("zh") + refused.value.message("en")


def test_programme_names_are_unique_per_year_and_withdrawal(store: Store) -> None:
    app_id, prog, _eid = draft(store)
    with store.session() as s:
        same = awards.ProgramInput(name="2026 年度quality_award", year=2026)
        with pytest.raises(KnownError) as taken:
            awards.add_program(s, same)
        assert taken.value.code == "award_program_taken"
        awards.add_program(s, awards.ProgramInput(name="2026 年度quality_award", year=2027))
    with store.read() as s, pytest.raises(KnownError) as ambiguous:
        awards.find_program(s, "2026 年度quality_award")
    assert ambiguous.value.code == "award_program_ambiguous"
    walk(store, app_id, ["submitted"])
    with pytest.raises(KnownError) as busy, store.session() as s:
        awards.set_program_deleted(s, prog, deleted=True)
    assert busy.value.code == "award_program_busy"
    walk(store, app_id, ["withdrawn"])
    with store.session() as s:
        awards.set_program_deleted(s, prog, deleted=True)
        assert prog not in [p.id for p in awards.programs(s)]


# --- applications and the workflow ----------------------------------------------------------------------------


def test_apply_builds_the_checklist_and_the_first_step(store: Store) -> None:
    app_id, prog, eid = draft(store)
    with store.read() as s:
        program = awards.get_program(s, prog)
        docs = awards.documents_of(s, app_id)
        assert [d.name for d in docs] == awards.documents_required(program)
        assert all(d.required and d.attachment_id is None for d in docs)
        steps = awards.steps_of(s, app_id)
        assert [(st.from_state, st.to_state, st.on) for st in steps] == [("", "draft", "2026-03-01")]
        rows = awards.applications_of(s, eid)
        assert [(r.id, r.state, r.program, r.enterprise) for r in rows] == [
            (app_id, "draft", program.name, "示范食品有限公司")]
        assert [r.id for r in awards.applications(s, program_id=prog, state="draft")] == [app_id]


def test_apply_refusals_and_product_link(store: Store) -> None:
    with store.session() as s:
        ent = firm(s)
        other = firm(s, "别家公司")
        prog = programme(s, "famous_brand")
        soy = Product(enterprise_id=ent.id, name="有机酱油")
        theirs = Product(enterprise_id=other.id, name="米醋")
        s.add_all([soy, theirs])
        s.flush()
        with pytest.raises(KnownError) as needed:
            awards.apply(s, awards.ApplicationInput(prog, ent.id), today=TODAY)
        assert needed.value.code == "award_product_needed"
        with pytest.raises(KnownError) as foreign:
            awards.apply(s, awards.ApplicationInput(prog, ent.id, product_id=theirs.id), today=TODAY)
        assert foreign.value.code == "award_product_other"
        app = awards.apply(s, awards.ApplicationInput(prog, ent.id, product_name="有机酱油"), today=TODAY)
        assert (app.product_id, app.product_name) == (soy.id, "有机酱油")
        with pytest.raises(KnownError) as twice:
            awards.apply(s, awards.ApplicationInput(prog, ent.id, product_name="有机酱油"), today=TODAY)
        assert twice.value.code == "award_apply_twice"
        assert awards.apply(s, awards.ApplicationInput(prog, ent.id, product_name="生抽"), today=TODAY).product_id \
            is None
        with pytest.raises(KnownError) as unknown:
            awards.apply(s, awards.ApplicationInput(prog, "no-such-firm"), today=TODAY)
        assert unknown.value.code == "enterprise_not_found"


@pytest.mark.parametrize(("source", "target"), [(a, b) for a in rules.STATES for b in rules.MOVES[a]])
def test_every_allowed_move_works(store: Store, source: str, target: str) -> None:
    app_id, _prog, _eid = draft(store)
    walk(store, app_id, PATHS[source], on=date(2026, 6, 1))
    (moved,) = walk(store, app_id, [target])
    assert (moved.from_state, moved.to_state, moved.on) == (source, target, "2026-06-30")
    with store.read() as s:
        app = awards.get_application(s, app_id)
        assert app.state == target
        last = awards.steps_of(s, app_id)[-1]
        assert (last.from_state, last.to_state, last.actor, last.comment, last.id) == (
            source, target, "李四", f"to {target}", moved.step_id)
        assert app.decided_on == ("2026-06-30" if target in rules.FINAL_STATES else None)
        assert (moved.brand_id is not None) is (target == "awarded")


@pytest.mark.parametrize(("source", "target"),
                         [(a, b) for a in rules.STATES for b in rules.STATES if b not in rules.MOVES[a]])
def test_every_other_move_is_refused(store: Store, source: str, target: str) -> None:
    app_id, _prog, _eid = draft(store)
    walk(store, app_id, PATHS[source])
    with pytest.raises(KnownError) as refused, store.session() as s:
        awards.move(s, app_id, target, on=TODAY)
    assert refused.value.code == "award_bad_move"
    assert "{" not in refused.value.message("zh") + refused.value.message("en")
    with store.read() as s:
        assert awards.get_application(s, app_id).state == source
        assert len(awards.steps_of(s, app_id)) == len(PATHS[source]) + 1


def test_move_refusals(store: Store) -> None:
    app_id, _prog, _eid = draft(store, opens_on="2026-03-01", closes_on="2026-05-31")
    cases: list[tuple[str, date | str, str]] = [
        ("promoted", TODAY, "award_bad_state"),
        ("submitted", "2026-02-28", "award_move_before"),  # before the draft was made
        ("submitted", "31/05/2026", "award_bad_date"),
        ("submitted", TODAY, "award_window_closed"),
    ]
    for state, on, code in cases:
        with pytest.raises(KnownError) as refused, store.session() as s:
            awards.move(s, app_id, state, on=on)
        assert refused.value.code == code
    with pytest.raises(KnownError) as unknown, store.session() as s:
        awards.move(s, "nope", "submitted", on=TODAY)
    assert unknown.value.code == "award_application_unknown"
    (moved,) = walk(store, app_id, ["submitted"], on=date(2026, 5, 31))  # the last day is still open
    assert moved.to_state == "submitted"
    with store.read() as s:
        assert awards.get_application(s, app_id).submitted_on == "2026-05-31"


def test_awarding_enters_the_register_with_a_calendar_expiry(store: Store) -> None:
    app_id, prog, eid = draft(store, "famous_brand", product="有机酱油", applied="2024-01-01", max_winners=1)
    walk(store, app_id, PATHS["publicity"], on=date(2024, 2, 29))
    with store.session() as s:
        moved = awards.move(s, app_id, "awarded", on=date(2024, 2, 29), certificate_no="MP-2024-001")
        brand = s.get(Brand, moved.brand_id)
        assert brand is not None
        assert (brand.enterprise_id, brand.program_id, brand.application_id, brand.kind, brand.level) == (
            eid, prog, app_id, "famous_brand", "municipal")
        assert (brand.granted_on, brand.expires_on, brand.certificate_no, brand.product_name, brand.status) == (
            "2024-02-29", "2027-02-28", "MP-2024-001", "有机酱油", "valid")
        other = firm(s, "第二家")
        second = awards.apply(s, awards.ApplicationInput(prog, other.id, product_name="米醋"), today="2024-01-01")
    walk(store, second.id, PATHS["publicity"], on=date(2024, 2, 29))
    with pytest.raises(KnownError) as full, store.session() as s:
        awards.move(s, second.id, "awarded", on=date(2024, 2, 29))
    assert full.value.code == "award_max_winners"


def test_an_award_without_a_term_has_no_expiry(store: Store) -> None:
    app_id, _prog, _eid = draft(store, "quality_award")
    moves = walk(store, app_id, PATHS["awarded"])
    with store.read() as s:
        brand = s.get(Brand, moves[-1].brand_id)
        assert brand is not None
        assert brand.expires_on is None


# --- documents --------------------------------------------------------------------------------------------------


def test_documents_attach_by_content_hash_and_extra_ones_are_not_required(store: Store) -> None:
    app_id, _prog, _eid = draft(store)
    with store.session() as s:
        first = awards.documents_of(s, app_id)[0]
        done = awards.set_document(s, app_id, first.name, source=PDF, file_name="申报表.pdf", note="盖章件")
        extra = awards.set_document(s, app_id, "获奖证书复印件", source=PDF, file_name="证书.pdf")
        assert done.attachment_id == extra.attachment_id  # the same scan is stored once
        assert (extra.required, done.note) == (False, "盖章件")
        assert len(list(s.exec(select(Attachment)))) == 1
        with pytest.raises(KnownError) as not_a_scan:
            awards.set_document(s, app_id, first.name, source=b"hello", file_name="a.txt")
        assert not_a_scan.value.code == "attachment_type"
        with pytest.raises(KnownError) as nameless:
            awards.set_document(s, app_id, " ", source=PDF)
        assert nameless.value.code == "award_document_name"
    with store.session() as s:
        cleared = awards.set_document(s, app_id, first.name, detach=True)
        assert cleared.attachment_id is None
        names = [d.name for d in awards.documents_of(s, app_id)]
        assert names[-1] == "获奖证书复印件"
        assert len(list(s.exec(select(ApplicationDocument)))) == len(names)


# --- scores -----------------------------------------------------------------------------------------------------

GOOD = {"leadership": 100, "strategy": 80, "customers": 70, "resources": 120, "processes": 90, "measurement": 70,
        "results": 350}


def test_scores_only_during_review_of_a_scored_programme(store: Store) -> None:
    app_id, _prog, _eid = draft(store, "quality_award")
    with pytest.raises(KnownError) as early, store.session() as s:
        awards.save_scores(s, app_id, "王五", GOOD)
    assert early.value.code == "award_scoring_state"
    walk(store, app_id, PATHS["document_review"])
    with store.session() as s:
        sheet = awards.save_scores(s, app_id, "王五", GOOD, comment="资料详实")
        assert sheet.total == 880
    walk(store, app_id, ["site_review"])
    with store.session() as s:
        awards.save_scores(s, app_id, "王五", {**GOOD, "results": 360})
        assert [(sh.reviewer, sh.total, sh.comment) for sh in awards.score_sheets(s, app_id)] == [
            ("王五", 890, "资料详实")]  # one sheet per reviewer: replaced
    walk(store, app_id, ["publicity"])
    with pytest.raises(KnownError) as late, store.session() as s:
        awards.save_scores(s, app_id, "王五", GOOD)
    assert late.value.code == "award_scoring_state"
    unscored, _p, _e = draft(store, "famous_brand", product="酱油", name="名牌")
    walk(store, unscored, PATHS["document_review"])
    with pytest.raises(KnownError) as not_scored, store.session() as s:
        awards.save_scores(s, unscored, "王五", GOOD)
    assert not_scored.value.code == "award_not_scored"


@pytest.mark.parametrize(("scores", "code"), [
    ({"leadership": -1}, "award_score_negative"),
    ({"leadership": 111}, "award_score_above_max"),
    ({"results": 400.5}, "award_score_not_integer"),
    ({"results": "四百"}, "award_score_not_integer"),
    ({"innovation": 10}, "award_score_unknown"),
])
def test_scores_outside_their_limits_are_refused(store: Store, scores: dict[str, Any], code: str) -> None:
    app_id, _prog, _eid = draft(store)
    walk(store, app_id, PATHS["document_review"])
    with pytest.raises(awards.InvalidScores) as refused, store.session() as s:
        awards.save_scores(s, app_id, "王五", {**GOOD, **scores})
    assert refused.value.code == code
    assert [p.code for p in refused.value.problems] == [code]
    assert "{" not in refused.value.message("zh") + refused.value.message("en")
    with pytest.raises(KnownError) as nobody, store.session() as s:
        awards.save_scores(s, app_id, " ", GOOD)
    assert nobody.value.code == "award_reviewer_empty"


def test_averages_per_category_and_total(store: Store) -> None:
    app_id, _prog, _eid = draft(store)
    walk(store, app_id, PATHS["document_review"])
    with store.session() as s:
        assert awards.score_summary(s, app_id).total is None
        awards.save_scores(s, app_id, "甲", GOOD)
        awards.save_scores(s, app_id, "乙", {**GOOD, "leadership": 91, "results": 301})
        awards.save_scores(s, app_id, "丙", {"leadership": 95})  # not finished: only what is scored counts
        summary = awards.score_summary(s, app_id)
    assert summary.reviewers == 3
    assert [sh.complete for sh in summary.sheets] == [True, True, False]
    assert summary.averages["leadership"] == 95.33  # (100 + 91 + 95) / 3
    assert summary.averages["results"] == 325.5
    assert summary.averages["strategy"] == 80
    assert summary.total == pytest.approx(95.33 + 80 + 70 + 120 + 90 + 70 + 325.5)


# --- the register -----------------------------------------------------------------------------------------------


def title(s: Session, ent: Enterprise, granted: str, expires: str | None, *, level: str = "municipal",
          status: str = "valid") -> str:
    brand = Brand(enterprise_id=ent.id, kind="famous_brand", title=f"名牌 {granted}", level=level,
                  granted_on=granted, expires_on=expires, status=status, product_name="酱油")
    s.add(brand)
    s.flush()
    return brand.id


def test_register_status_expiring_and_counts(store: Store) -> None:
    with store.session() as s:
        a, b = firm(s, "甲公司", 0), firm(s, "乙公司", 1)
        today_ = title(s, a, "2023-06-30", "2026-06-30")  # expires today: still valid, 0 days left
        edge = title(s, a, "2023-09-28", "2026-09-28", level="provincial")  # 90 days left
        later = title(s, b, "2023-09-29", "2026-09-29")  # 91 days left
        gone = title(s, b, "2023-06-29", "2026-06-29")  # expired yesterday
        revoked = title(s, b, "2025-01-01", "2028-01-01", status="revoked")
        forever = title(s, b, "2020-01-01", None, level="national")
    with store.read() as s:
        soon = awards.expiring(s, TODAY)
        assert [(r.id, r.days_left) for r in soon] == [(today_, 0), (edge, 90)]
        assert [r.id for r in awards.expiring(s, TODAY, days=91)] == [today_, edge, later]
        every = {r.id: r.status for r in awards.brands(s, today=TODAY)}
        assert every == {today_: "valid", edge: "valid", later: "valid", gone: "expired", revoked: "revoked",
                         forever: "valid"}
        assert {r.id for r in awards.brands(s, today=TODAY, status="expired")} == {gone}
        assert {r.id for r in awards.brands(s, today=TODAY, status="revoked")} == {revoked}
        assert {r.id for r in awards.brands(s, today=TODAY, status="valid")} == {today_, edge, later, forever}
        assert {r.id for r in awards.brands(s, today=TODAY, enterprise_id=a.id)} == {today_, edge}
        by_level = [(c.key, c.count) for c in awards.brand_counts(s, today=TODAY, by="level")]
        assert by_level == [("national", 1), ("provincial", 1), ("municipal", 2)]
        by_town = {c.label: c.count for c in awards.brand_counts(s, today=TODAY, by="township")}
        assert sorted(by_town.values()) == [2, 2]
        assert {r.township for r in awards.brands(s, today=TODAY)} == set(by_town)
        with pytest.raises(KnownError) as bad:
            awards.brands(s, today=TODAY, status="lost")
        assert bad.value.code == "award_bad_brand_status"


def test_register_a_title_by_hand_and_revoke_it(store: Store) -> None:
    with store.session() as s:
        ent = firm(s)
        brand = awards.register_brand(s, awards.BrandInput(
            enterprise_id=ent.id, kind="famous_brand", title="2024 年度省名牌产品", level="省",
            granted_on="2024-02-29", validity_years=3, product_name="有机酱油"))
        assert (brand.level, brand.expires_on) == ("provincial", "2027-02-28")
        with pytest.raises(KnownError) as order:
            awards.register_brand(s, awards.BrandInput(enterprise_id=ent.id, kind="other", title="荣誉",
                                                       level="county", granted_on="2024-01-01",
                                                       expires_on="2023-01-01"))
        assert order.value.code == "award_expiry_order"
        with pytest.raises(KnownError) as reasonless:
            awards.revoke_brand(s, brand.id, reason="", on=TODAY)
        assert reasonless.value.code == "award_revoke_reason"
        awards.revoke_brand(s, brand.id, reason="抽查严重不合格", on=TODAY)
        with pytest.raises(KnownError) as twice:
            awards.revoke_brand(s, brand.id, reason="再次", on=TODAY)
        assert twice.value.code == "award_brand_revoked"
        assert [r.status for r in awards.brands(s, today=date(2025, 1, 1))] == ["revoked"]


# --- awards in the credit grade ---------------------------------------------------------------------------------


def test_titles_count_in_the_credit_grade_within_its_window(store: Store) -> None:
    with store.session() as s:
        ent, plain = firm(s), firm(s, "无荣誉公司")
        title(s, ent, "2025-03-01", "2028-03-01")
        title(s, ent, "2022-03-01", "2025-03-01")  # outside the three years, still listed
        title(s, ent, "2026-01-01", "2029-01-01", status="revoked")  # no honour
        title(s, ent, "2026-07-01", "2029-07-01")  # after the day graded
        found = credit_facts.award_items(s.connection(), [ent.id, plain.id], TODAY)
        assert found is not None
        assert [(i.on, i.ref) for i in found[ent.id]] == [("2025-03-01", "名牌 2025-03-01（酱油）"),
                                                          ("2022-03-01", "名牌 2022-03-01（酱油）")]
        assert plain.id not in found
        assert credit_facts.award_items(s.connection(), None, TODAY) == found
        facts = credit.facts_for(s.connection(), [ent.id, plain.id], TODAY)
        assert facts[plain.id].awards == ()
        out = credit.outcome_of(s, ent.id, TODAY)
        line = next(r for r in out.basis if r.rule == "award")
        assert (line.count, line.points, out.score) == (1, 10, 110)
        assert "名牌 2025-03-01" in line.text("zh")
        assert "award" not in [r.rule for r in credit.outcome_of(s, plain.id, TODAY).basis]


def test_template_conditions_are_edited_one_by_one_and_a_programme_round_trips(store: Store) -> None:
    data = awards.ProgramInput.from_template("quality_award", name="县长质量奖", year=2026,
                                             conditions={"credit_grade": {"on": True}})
    assert data.conditions["operating_years"] == {"on": True, "min_years": 5}  # the template's, kept
    assert data.conditions["credit_grade"] == {"on": True, "min_grade": "B"}
    with store.session() as s:
        program = awards.add_program(s, data)
        again = awards.ProgramInput.of(program)
        audited = len(list(s.exec(select(AuditEntry))))
        awards.update_program(s, program.id, again)
        assert len(list(s.exec(select(AuditEntry)))) == audited  # nothing changed, nothing recorded
        assert again.conditions == rules.conditions_of(program.conditions)
        assert (again.scored, again.reapply_years, tuple(again.documents)) == (
            True, 5, tuple(awards.documents_required(program)))


def test_edit_an_application_and_no_check_once_decided(store: Store) -> None:
    app_id, _prog, _eid = draft(store, "famous_brand", product="酱油")
    with store.session() as s:
        edited = awards.edit_application(s, app_id, product_name="有机酱油", note="首次申报")
        assert (edited.product_name, edited.note) == ("有机酱油", "首次申报")
    walk(store, app_id, ["submitted"])
    with store.session() as s:
        assert awards.edit_application(s, app_id, note="已补交材料").note == "已补交材料"
        with pytest.raises(KnownError) as late:
            awards.edit_application(s, app_id, product_name="生抽")
        assert late.value.code == "award_not_draft"
    walk(store, app_id, ["withdrawn"])
    with pytest.raises(KnownError) as final, store.session() as s:
        awards.check_eligibility(s, app_id, TODAY)
    assert final.value.code == "award_application_final"
    with store.read() as s:
        checked_on, kept = awards.last_check(s, app_id)
    assert (checked_on, kept) == ("2026-06-30", [])  # the check made at submission (every condition off)


def test_recompute_records_an_enterprise_whose_only_fact_is_a_title(store: Store) -> None:
    with store.session() as s:
        ent, plain = firm(s, "获奖企业"), firm(s, "无荣誉企业")
        title(s, ent, "2025-03-01", "2028-03-01")
        done = credit.recompute(s, TODAY)
        assert (done.written, credit.current(s, ent.id).score) == (1, 110)
        default = credit.current(s, plain.id, today=TODAY)
        assert (default.recorded, [r.rule for r in default.basis]) == (False, ["base"])
