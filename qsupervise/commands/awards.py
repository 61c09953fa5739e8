"""``award`` and ``fund``: brand and award programmes, applications and the reward fund from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing
from qsupervise.commands.admin import parse_date
from qsupervise.errors import UsageError
from qsupervise.messages import text
from qsupervise.rules import awards as rules

ENTERPRISE_HELP = "统一社会信用代码、记录 id 或企业全称"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    award = sub.add_parser("award", parents=[parent], help="品牌与奖项：评奖项目、申报、资格审查、评分、获奖登记")
    verbs = award.add_subparsers(dest="verb", metavar="VERB", required=True)

    program = verbs.add_parser("program", parents=[parent], help="评奖项目")
    program_verbs = program.add_subparsers(dest="program_verb", metavar="VERB", required=True)
    p = program_verbs.add_parser("add", parents=[parent],
                                 help="按模板新建评奖项目（材料清单、资格条件、有效期按模板预填）")
    p.add_argument("--template", default=rules.OTHER, choices=rules.KINDS,
                   help="famous_brand 名牌产品 / quality_award 政府质量奖 / trademark 著名商标 / "
                        "gi_product 地理标志产品 / engineering 工程质量奖 / other 其他")
    p.add_argument("--name", required=True, help="项目名称，如“2026 年度××市名牌产品”")
    p.add_argument("--year", required=True, type=int, help="年度")
    p.add_argument("--level", default=rules.MUNICIPAL,
                   help="national / provincial / municipal / county（或 国/省/市/县）")
    p.add_argument("--organiser", default="", help="组织单位")
    p.add_argument("--opens", help="申报开始日期 YYYY-MM-DD")
    p.add_argument("--closes", help="申报截止日期 YYYY-MM-DD")
    p.add_argument("--max-winners", type=int, help="获奖名额上限")
    p.add_argument("--validity", type=int, help="有效期（年），不填按模板")
    p.add_argument("--reward", default="", help="奖励金额（元）")
    p.set_defaults(handler=cmd_program_add)

    p = verbs.add_parser("programs", parents=[parent], help="列出评奖项目")
    p.add_argument("--year", type=int, help="只列该年度")
    p.set_defaults(handler=cmd_programs)

    p = verbs.add_parser("apply", parents=[parent], help="为企业创建申报草稿（带材料清单）")
    p.add_argument("--program", required=True, help="项目记录 id 或名称")
    p.add_argument("--year", type=int, help="项目年度（名称在多个年度重复时）")
    p.add_argument("--enterprise", required=True, help=ENTERPRISE_HELP)
    p.add_argument("--product", default="", help="申报的产品名称（名牌产品、地理标志产品必填）")
    p.add_argument("--on", help="日期（默认今天）")
    p.set_defaults(handler=cmd_apply)

    p = verbs.add_parser("move", parents=[parent], help="推进申报流程（提交时自动进行资格审查）")
    p.add_argument("application", help="申报记录 id")
    p.add_argument("--to", required=True, choices=rules.STATES, help="目标状态")
    p.add_argument("--on", help="日期（默认今天）")
    p.add_argument("--comment", default="", help="意见或说明")
    p.add_argument("--certificate", default="", help="获奖证书编号（转为 awarded 时）")
    p.set_defaults(handler=cmd_move)

    p = verbs.add_parser("check", parents=[parent], help="资格预审：逐项列出条件、是否通过和依据")
    p.add_argument("application", help="申报记录 id")
    p.add_argument("--as-of", help="按哪一天审查（默认今天）")
    p.set_defaults(handler=cmd_check)

    p = verbs.add_parser("override", parents=[parent], help="认可一项未通过的资格条件（须写明理由）")
    p.add_argument("application", help="申报记录 id")
    p.add_argument("--condition", required=True, choices=rules.CONDITIONS, help="条件代码")
    p.add_argument("--reason", required=True, help="认可理由")
    p.add_argument("--on", help="日期（默认今天）")
    p.set_defaults(handler=cmd_override)

    p = verbs.add_parser("show", parents=[parent], help="查看申报：状态、流程记录、材料、资格审查、评分")
    p.add_argument("application", help="申报记录 id")
    p.set_defaults(handler=cmd_show)

    p = verbs.add_parser("score", parents=[parent], help="录入一位评审人的 GB/T 19580 评分")
    p.add_argument("application", help="申报记录 id")
    p.add_argument("--reviewer", required=True, help="评审人")
    for code, maximum in rules.CATEGORIES:
        p.add_argument(f"--{code}", help=f"{rules.category_label(code)}（0–{maximum}）")
    p.add_argument("--comment", help="评语")
    p.set_defaults(handler=cmd_score)

    p = verbs.add_parser("brands", parents=[parent], help="获奖（品牌）登记簿；--expiring 天数：即将到期的")
    p.add_argument("--expiring", type=int, metavar="DAYS", help="只列该天数内到期的有效荣誉")
    p.add_argument("--level", help="national / provincial / municipal / county")
    p.add_argument("--status", choices=(rules.VALID, rules.EXPIRED, rules.REVOKED), help="有效 / 已到期 / 已撤销")
    p.add_argument("--as-of", help="按哪一天判断有效期（默认今天）")
    p.set_defaults(handler=cmd_brands)


def _day(value: str | None) -> date:
    return parse_date(value) if value else date.today()


def program_json(program: Any, lang: str) -> dict[str, Any]:
    from qsupervise.services import awards

    return {
        "id": program.id, "name": program.name, "kind": program.kind,
        "kind_label": rules.kind_label(program.kind, lang), "level": program.level, "year": program.year,
        "organiser": program.organiser, "opens_on": program.opens_on,
        "closes_on": program.closes_on, "criteria": program.criteria,
        "documents": awards.documents_required(program), "conditions": rules.conditions_of(program.conditions),
        "max_winners": program.max_winners, "validity_years": program.validity_years,
        "reapply_years": program.reapply_years, "reward_fen": program.reward_fen, "scored": program.scored,
    }


def cmd_program_add(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import awards, credit

    reward = credit.parse_amount(args.reward)
    changes: dict[str, Any] = {"level": args.level, "organiser": args.organiser, "opens_on": args.opens,
                               "closes_on": args.closes, "max_winners": args.max_winners, "reward_fen": reward}
    if args.validity is not None:
        changes["validity_years"] = args.validity
    for name in ("opens_on", "closes_on"):
        if changes[name]:
            changes[name] = parse_date(changes[name])
    data = awards.ProgramInput.from_template(args.template, name=args.name, year=args.year, **changes)
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        program = awards.add_program(s, data, actor=ACTOR)
        info = program_json(program, out.lang)
    line = text("award_program_added", out.lang, name=info["name"], year=info["year"], id=info["id"],
                level=rules.level_label(info["level"], out.lang), kind=info["kind_label"])
    out.result({"ok": True, "program": info}, [line])
    return 0


def cmd_programs(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import awards

    with open_existing(args) as store, store.read() as s:
        infos = [program_json(p, out.lang) for p in awards.programs(s, year=args.year)]
    lines = [f"{i['year']}  {rules.level_label(i['level'], out.lang)}  {i['kind_label']}  {i['name']}  {i['id']}"
             for i in infos] or [text("award_programs_none", out.lang)]
    out.result({"ok": True, "programs": infos}, lines)
    return 0


def cmd_apply(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import awards, credit

    today = _day(args.on)
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        program = awards.find_program(s, args.program, year=args.year)
        enterprise = credit.find_enterprise(s, args.enterprise)
        application = awards.apply(s, awards.ApplicationInput(
            program_id=program.id, enterprise_id=enterprise.id, product_name=args.product), today=today, actor=ACTOR)
        documents = [d.name for d in awards.documents_of(s, application.id)]
        info = {"id": application.id, "state": application.state, "program_id": program.id,
                "enterprise_id": enterprise.id, "product_name": application.product_name, "documents": documents}
        names = (enterprise.name, program.name)
    line = text("award_applied", out.lang, name=names[0], program=names[1], id=info["id"], documents=len(documents))
    out.result({"ok": True, "application": info}, [line])
    return 0


def results_json(results: Any, lang: str) -> list[dict[str, Any]]:
    return [r.to_dict(lang) for r in results]


def result_lines(on: str | None, results: Any, lang: str) -> list[str]:
    passed = sum(1 for r in results if r.passed)
    accepted = sum(1 for r in results if r.overridden)
    extra = text("award_checked_accepted", lang, count=accepted) if accepted else ""
    lines = [text("award_checked", lang, on=on or "—", passed=passed, total=len(results), accepted=extra)]
    for r in results:
        code = ("award_condition_line_pass" if r.passed else "award_condition_line_accepted" if r.overridden
                else "award_condition_line_fail")
        lines.append(text(code, lang, label=r.label(lang), evidence=r.evidence(lang), reason=r.reason))
    return lines


def cmd_move(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.models import Brand
    from qsupervise.services import awards

    on = _day(args.on)
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        moved = awards.move(s, args.application, args.to, on=on, comment=args.comment, actor=ACTOR,
                            certificate_no=args.certificate)
        brand = s.get(Brand, moved.brand_id) if moved.brand_id else None
        brand_info = None if brand is None else {
            "id": brand.id, "title": brand.title, "level": brand.level, "granted_on": brand.granted_on,
            "expires_on": brand.expires_on, "certificate_no": brand.certificate_no}
    lang = out.lang
    lines = [text("award_moved", lang, id=moved.application_id, source=rules.state_label(moved.from_state, lang),
                  target=rules.state_label(moved.to_state, lang), on=moved.on)]
    if moved.results:
        lines += result_lines(moved.on, moved.results, lang)[1:]
    if brand_info is not None:
        lines.append(text("award_granted", lang, title=brand_info["title"],
                          expires=brand_info["expires_on"] or text("award_no_term", lang)))
    payload = {"ok": True, "application_id": moved.application_id, "from": moved.from_state, "to": moved.to_state,
               "on": moved.on, "step_id": moved.step_id, "brand": brand_info,
               "eligibility": results_json(moved.results, lang)}
    out.result(payload, lines)
    return 0


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import awards

    today = _day(args.as_of)
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        results = awards.check_eligibility(s, args.application, today)
    payload = {"ok": True, "application_id": args.application, "checked_on": today.isoformat(),
               "eligible": all(r.accepted for r in results), "conditions": results_json(results, out.lang)}
    out.result(payload, result_lines(today.isoformat(), results, out.lang))
    return 0


def cmd_override(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import awards

    on = _day(args.on)
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        given = awards.override_condition(s, args.application, args.condition, args.reason, on=on, actor=ACTOR)
        _checked, results = awards.last_check(s, args.application)
        info = {"id": given.id, "condition": given.condition, "reason": given.reason, "decided_on": given.decided_on,
                "decided_by": given.decided_by}
    label = text(f"award_condition_{args.condition}", out.lang)
    payload = {"ok": True, "application_id": args.application, "override": info,
               "eligible": all(r.accepted for r in results), "conditions": results_json(results, out.lang)}
    out.result(payload, [text("award_overridden", out.lang, condition=label, reason=info["reason"])])
    return 0


def cmd_show(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.models import AwardProgram, Enterprise
    from qsupervise.services import awards

    lang = out.lang
    with open_existing(args) as store, store.read() as s:
        application = awards.get_application(s, args.application)
        program = s.get(AwardProgram, application.program_id)
        enterprise = s.get(Enterprise, application.enterprise_id)
        steps = [{"from": st.from_state, "to": st.to_state, "on": st.on, "actor": st.actor, "comment": st.comment}
                 for st in awards.steps_of(s, application.id)]
        documents = [{"name": d.name, "required": d.required, "attachment_id": d.attachment_id, "note": d.note}
                     for d in awards.documents_of(s, application.id)]
        checked_on, results = awards.last_check(s, application.id)
        summary = awards.score_summary(s, application.id)
        overrides = [{"id": o.id, "condition": o.condition, "reason": o.reason, "decided_on": o.decided_on,
                      "decided_by": o.decided_by, "withdrawn": o.withdrawn}
                     for o in awards.overrides_of(s, application.id)]
        head: dict[str, Any] = {
                "id": application.id, "state": application.state, "program": program.name if program else "",
                "enterprise": enterprise.name if enterprise else "", "product_name": application.product_name,
                "submitted_on": application.submitted_on, "decided_on": application.decided_on}
    scores = {"sheets": [{"reviewer": sh.reviewer, "scores": sh.scores, "total": sh.total, "comment": sh.comment}
                         for sh in summary.sheets], "averages": summary.averages, "total": summary.total}
    payload = {"ok": True, "application": head, "steps": steps, "documents": documents, "checked_on": checked_on,
               "conditions": results_json(results, lang), "overrides": overrides, "scores": scores}
    lines = [f"{head['enterprise']}  {head['program']}  {head['product_name']}  "
             f"{rules.state_label(head['state'], lang)}".replace("    ", "  ")]
    lines += [f"  {st['on']}  {rules.state_label(st['from'], lang) if st['from'] else '—'} → "
              f"{rules.state_label(st['to'], lang)}  {st['actor']}  {st['comment']}".rstrip() for st in steps]
    lines += [f"  [{'x' if d['attachment_id'] else ' '}] {d['name']}" for d in documents]
    if results:
        lines += result_lines(checked_on, results, lang)
    if summary.sheets:
        lines.append("  " + "  ".join(f"{rules.category_label(c, lang)} {summary.averages[c] or '—'}"
                                      for c, _m in rules.CATEGORIES) + f"  = {summary.total}")
    out.result(payload, lines)
    return 0


def cmd_score(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import awards

    scores = {code: getattr(args, code) for code, _m in rules.CATEGORIES if getattr(args, code) is not None}
    if not scores:
        raise UsageError("usage", detail="give at least one category, e.g. --leadership 90")
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        sheet = awards.save_scores(s, args.application, args.reviewer, scores, comment=args.comment, actor=ACTOR)
        summary = awards.score_summary(s, args.application)
        info = {"id": sheet.id, "reviewer": sheet.reviewer, "total": sheet.total}
    payload = {"ok": True, "application_id": args.application, "sheet": info, "averages": summary.averages,
               "average_total": summary.total, "reviewers": summary.reviewers}
    out.result(payload, [f"{info['reviewer']}: {info['total']}  (avg {summary.total}, n={summary.reviewers})"])
    return 0


def cmd_brands(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.errors import KnownError
    from qsupervise.services import awards

    today = _day(args.as_of)
    level = None
    if args.level:
        level = rules.parse_level(args.level)
        if level is None:
            raise KnownError("award_bad_level", value=args.level)
    with open_existing(args) as store, store.read() as s:
        rows = awards.brands(s, today=today, level=level, status=args.status, expiring_days=args.expiring)
    lang = out.lang
    infos: list[dict[str, Any]] = [
             {"id": r.id, "enterprise": r.enterprise, "uscc": r.uscc, "township": r.township, "kind": r.kind,
              "title": r.title, "level": r.level, "product_name": r.product_name, "granted_on": r.granted_on,
              "expires_on": r.expires_on, "status": r.status, "days_left": r.days_left,
              "certificate_no": r.certificate_no} for r in rows]
    lines = [f"{i['expires_on'] or text('award_no_term', lang)}  {rules.brand_status_label(i['status'], lang)}  "
             f"{rules.level_label(i['level'], lang)}  {i['title']}  {i['enterprise']}  {i['product_name']}".rstrip()
             for i in infos] or [text("award_brands_none", lang)]
    out.result({"ok": True, "as_of": today.isoformat(), "count": len(infos), "brands": infos}, lines)
    return 0
