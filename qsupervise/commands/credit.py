"""``credit``: quality credit grades, overrides, list entries and penalties from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.commands.admin import parse_date
from qsupervise.errors import KnownError, UsageError
from qsupervise.messages import text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    credit = sub.add_parser("credit", parents=[parent], help="质量信用：评定、查看、调整、名单、处罚、报告")
    verbs = credit.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("recompute", parents=[parent], help="按规则重新评定全部企业（只记录有变化的）")
    p.add_argument("--as-of", help="按哪一天的记录评定（默认今天）")
    p.set_defaults(handler=cmd_recompute)

    p = verbs.add_parser("show", parents=[parent], help="查看企业的信用等级、分数、理由和历史")
    p.add_argument("enterprise", help="统一社会信用代码、记录 id 或企业全称")
    p.add_argument("--as-of", help="按哪一天的规则显示默认等级（默认今天）")
    p.set_defaults(handler=cmd_show)

    p = verbs.add_parser("override", parents=[parent], help="人工调整信用等级（须写明理由），或 --clear 撤销调整")
    p.add_argument("enterprise", help="统一社会信用代码、记录 id 或企业全称")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--grade", help="A / B / C / D")
    how.add_argument("--clear", action="store_true", help="撤销人工调整，恢复系统评定")
    p.add_argument("--reason", default="", help="调整理由（调整时必填）")
    p.add_argument("--as-of", help="评定日期（默认今天）")
    p.set_defaults(handler=cmd_override)

    p = verbs.add_parser("list-add", parents=[parent], help="登记列入严重违法失信名单或经营异常名录")
    p.add_argument("enterprise", help="统一社会信用代码、记录 id 或企业全称")
    p.add_argument("--list", dest="list_kind", required=True, choices=("serious_dishonest", "abnormal_operation"),
                   help="serious_dishonest 严重违法失信名单 / abnormal_operation 经营异常名录")
    p.add_argument("--on", required=True, help="列入日期 YYYY-MM-DD")
    p.add_argument("--authority", default="", help="作出决定的机关")
    p.add_argument("--document", default="", help="决定书文号")
    p.add_argument("--reason", default="", help="列入事由")
    p.add_argument("--source", default="", help="信息来源（如 国家企业信用信息公示系统）")
    p.set_defaults(handler=cmd_list_add)

    p = verbs.add_parser("list-remove", parents=[parent], help="登记移出名单（记录保留，注明移出日期）")
    p.add_argument("enterprise", help="统一社会信用代码、记录 id 或企业全称")
    p.add_argument("--list", dest="list_kind", required=True, choices=("serious_dishonest", "abnormal_operation"))
    p.add_argument("--on", required=True, help="移出日期 YYYY-MM-DD")
    p.add_argument("--entry", help="名单记录 id（企业在同一名单上有多条在列记录时）")
    p.add_argument("--reason", default="", help="移出事由")
    p.set_defaults(handler=cmd_list_remove)

    p = verbs.add_parser("penalty", parents=[parent], help="登记行政处罚")
    p.add_argument("enterprise", help="统一社会信用代码、记录 id 或企业全称")
    p.add_argument("--on", required=True, help="处罚决定日期 YYYY-MM-DD")
    p.add_argument("--document", required=True, help="处罚决定书文号")
    p.add_argument("--amount", default="", help="罚没金额（元）")
    p.add_argument("--authority", default="", help="作出处罚的机关")
    p.add_argument("--summary", default="", help="违法事实摘要")
    p.set_defaults(handler=cmd_penalty)

    p = verbs.add_parser("report", parents=[parent], help="生成企业信用报告（A4 一页 PDF）")
    p.add_argument("enterprise", help="统一社会信用代码、记录 id 或企业全称")
    p.add_argument("output", nargs="?", help="输出 PDF 文件")
    p.add_argument("--out", help="输出 PDF 文件（同上）")
    p.add_argument("--as-of", help="报告日期（默认今天）")
    p.set_defaults(handler=cmd_report)

    p = verbs.add_parser("rules", parents=[parent], help="列出信用规则（分值、统计年限、是否启用）")
    p.set_defaults(handler=cmd_rules)

    p = verbs.add_parser("rule", parents=[parent], help="修改一条信用规则")
    p.add_argument("code", help="规则代码，如 spot_fail、grade_a（见 credit rules）")
    p.add_argument("--points", type=int, help="分值（扣分为负数）；等级分数线为该等级的最低分")
    p.add_argument("--window", type=int, help="统计年限（0 为不限）")
    state = p.add_mutually_exclusive_group()
    state.add_argument("--on", dest="active", action="store_const", const=True, help="启用")
    state.add_argument("--off", dest="active", action="store_const", const=False, help="停用")
    p.add_argument("--note", help="备注（如依据的文件）")
    p.set_defaults(handler=cmd_rule)


def _today(args: argparse.Namespace) -> date:
    given = getattr(args, "as_of", None)
    return parse_date(given) if given else date.today()


def _on(args: argparse.Namespace) -> date:
    """``--on``, read in the handler (a bad date is a usage error reported like any other, exit 2)."""
    return parse_date(args.on)


def _who(enterprise: Any) -> dict[str, Any]:
    return {"id": enterprise.id, "name": enterprise.name, "uscc": enterprise.uscc}


def standing_json(standing: Any, lang: str) -> dict[str, Any]:
    return {
        "grade": standing.grade, "score": standing.score, "computed_grade": standing.computed_grade,
        "override_reason": standing.override_reason, "decided_on": standing.decided_on,
        "decided_by": standing.decided_by, "recorded": standing.recorded,
        "reasons": [{**r.to_dict(), "text": r.text(lang)} for r in standing.basis],
    }


def cmd_recompute(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit

    today = _today(args)
    with open_existing(args) as store:
        with store.session(actor=ACTOR) as s:
            done = credit.recompute(s, today, actor=ACTOR, progress=out.progress)
        with store.read() as s:
            counts = credit.grade_counts(s)
    payload = {"ok": True, "as_of": today.isoformat(), "enterprises": done.enterprises, "written": done.written,
               "grades": counts}
    line = text("credit_recomputed", out.lang, as_of=today.isoformat(), enterprises=f"{done.enterprises:,}",
                written=f"{done.written:,}", a=counts["A"], b=counts["B"], c=counts["C"], d=counts["D"])
    out.result(payload, [line])
    return 0


def cmd_show(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit

    with open_existing(args) as store, store.read() as s:
        enterprise = credit.find_enterprise(s, args.enterprise)
        standing = credit.current(s, enterprise.id, today=_today(args))
        past = credit.history(s, enterprise.id)
        entries = credit.list_entries(s, enterprise.id)
        fines = credit.penalties(s, enterprise.id)
    payload = {
        "ok": True, "enterprise": _who(enterprise), **standing_json(standing, out.lang),
        "history": [{"grade": h.grade, "score": h.score, "computed_grade": h.computed_grade,
                     "override_reason": h.override_reason, "decided_on": h.decided_on, "decided_by": h.decided_by}
                    for h in past],
        "lists": [{"id": e.id, "list": e.list_kind, "listed_on": e.listed_on, "removed_on": e.removed_on,
                   "authority": e.authority, "document_no": e.document_no, "reason": e.reason, "source": e.source}
                  for e in entries],
        "penalties": [{"id": p.id, "decided_on": p.decided_on, "document_no": p.document_no,
                       "authority": p.authority, "amount_fen": p.amount_fen, "summary": p.summary} for p in fines],
    }
    lang = out.lang
    lines = [text("credit_show_head", lang, name=enterprise.name, uscc=enterprise.uscc or "—",
                  grade=text(f"credit_grade_{standing.grade}", lang), score=standing.score)]
    if standing.overridden:
        lines.append(text("credit_show_override", lang, computed=standing.computed_grade, grade=standing.grade,
                          reason=standing.override_reason, by=standing.decided_by))
    lines.append(text("credit_show_decided", lang, on=standing.decided_on) if standing.recorded
                 else text("credit_show_default", lang))
    lines += [f"  {line}" for line in standing.lines(lang)]
    lines += [f"  {text('credit_list_' + e.list_kind, lang)} {e.listed_on}–{e.removed_on or ''} {e.authority} "
              f"{e.document_no}".rstrip() for e in entries]
    if past:
        lines.append(text("credit_show_history", lang))
        lines += [f"  {h.decided_on}  {h.grade}  {h.score}" + (f"  ({h.computed_grade}; {h.override_reason})"
                                                                if h.overridden else "") for h in past]
    out.result(payload, lines)
    return 0


def cmd_override(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        enterprise = credit.find_enterprise(s, args.enterprise)
        if args.clear:
            standing = credit.clear_override(s, enterprise.id, actor=ACTOR, today=_today(args))
        else:
            standing = credit.override(s, enterprise.id, args.grade, args.reason, actor=ACTOR, today=_today(args))
        who = _who(enterprise)
    if args.clear:
        line = text("credit_override_cleared", out.lang, name=who["name"], grade=standing.grade)
    else:
        line = text("credit_overridden", out.lang, name=who["name"], grade=standing.grade,
                    computed=standing.computed_grade)
    out.result({"ok": True, "enterprise": who, **standing_json(standing, out.lang)}, [line])
    return 0


def cmd_list_add(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        enterprise = credit.find_enterprise(s, args.enterprise)
        entry = credit.add_list_entry(s, enterprise_id=enterprise.id, list_kind=args.list_kind, listed_on=_on(args),
                                      authority=args.authority, document_no=args.document, reason=args.reason,
                                      source=args.source, actor=ACTOR)
        standing = credit.current(s, enterprise.id)
        who, entry_id = _who(enterprise), entry.id
    line = text("credit_listed", out.lang, name=who["name"], list=text(f"credit_list_{args.list_kind}", out.lang),
                on=_on(args).isoformat(), grade=standing.grade)
    out.result({"ok": True, "enterprise": who, "entry_id": entry_id, "grade": standing.grade}, [line])
    return 0


def cmd_list_remove(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit

    kind_label = text(f"credit_list_{args.list_kind}", out.lang)
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        enterprise = credit.find_enterprise(s, args.enterprise)
        open_ = [e for e in credit.list_entries(s, enterprise.id, include_removed=False)
                 if e.list_kind == args.list_kind and (args.entry is None or e.id == args.entry)]
        if not open_:
            if args.entry:
                raise KnownError("credit_list_unknown", id=args.entry)
            raise KnownError("credit_list_none", list=kind_label)
        if len(open_) > 1:
            raise KnownError("credit_list_ambiguous", list=kind_label, count=len(open_),
                             ids=", ".join(e.id for e in open_))
        entry = credit.remove_list_entry(s, entry_id=open_[0].id, removed_on=_on(args), reason=args.reason, actor=ACTOR)
        standing = credit.current(s, enterprise.id)
        who, entry_id = _who(enterprise), entry.id
    line = text("credit_unlisted", out.lang, name=who["name"], list=kind_label, on=_on(args).isoformat(),
                grade=standing.grade)
    out.result({"ok": True, "enterprise": who, "entry_id": entry_id, "grade": standing.grade}, [line])
    return 0


def cmd_penalty(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit

    amount = credit.parse_amount(args.amount)
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        enterprise = credit.find_enterprise(s, args.enterprise)
        penalty = credit.add_penalty(s, enterprise_id=enterprise.id, decided_on=_on(args), document_no=args.document,
                                     authority=args.authority, summary=args.summary, amount_fen=amount, actor=ACTOR)
        standing = credit.current(s, enterprise.id)
        who, penalty_id = _who(enterprise), penalty.id
    line = text("credit_penalty_added", out.lang, name=who["name"], document=args.document, on=_on(args).isoformat(),
                grade=standing.grade)
    out.result({"ok": True, "enterprise": who, "penalty_id": penalty_id, "amount_fen": amount,
                "grade": standing.grade}, [line])
    return 0


def cmd_report(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.credit_report import credit_report
    from qsupervise.services import audit, credit

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT.pdf or --out OUT.pdf)")
    with open_existing(args) as store, store.read() as s:
        enterprise = credit.find_enterprise(s, args.enterprise)
        written = credit_report(s, enterprise.id, dest, today=_today(args), lang=out.lang)
        who = _who(enterprise)
        audit.record_use(store, actor=ACTOR, action="print.credit_report", target=enterprise.name,
                         detail={"id": enterprise.id, "file": written.name})
    out.result({"ok": True, "enterprise": who, "out": str(written)},
               [text("credit_report_written", out.lang, path=written)])
    return 0


def _rule_json(rule: Any, lang: str) -> dict[str, Any]:
    return {"code": rule.code, "label": text(f"credit_rule_{rule.code}", lang), "points": rule.points,
            "window_years": rule.window_years, "active": rule.active, "note": rule.note}


def cmd_rules(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit

    with open_existing(args) as store, store.read() as s:
        found = credit.rules(s).all()
    infos = [_rule_json(r, out.lang) for r in found]
    lines = [f"{i['code']:<20}{i['points']:>5}  {i['window_years'] or '-':>3}  "
             f"{'' if i['active'] else text('credit_rule_off', out.lang) + '  '}{i['label']}" for i in infos]
    out.result({"ok": True, "rules": infos}, lines)
    return 0


def cmd_rule(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit

    if args.points is None and args.window is None and args.active is None and args.note is None:
        raise UsageError("usage", detail="give --points, --window, --on/--off or --note")
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        rule = credit.set_rule(s, args.code, points=args.points, window_years=args.window, active=args.active,
                               note=args.note, actor=ACTOR)
    info = _rule_json(rule, out.lang)
    line = text("credit_rule_changed", out.lang, code=rule.code, points=rule.points, window=rule.window_years,
                state=text("credit_rule_on" if rule.active else "credit_rule_off", out.lang))
    out.result({"ok": True, "rule": info}, [line])
    return 0
