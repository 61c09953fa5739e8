"""``plan``, ``draw`` and ``inspector``: spot-check plans and 双随机 draws from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.commands.admin import parse_date
from qsupervise.errors import KnownError, UsageError
from qsupervise.messages import text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    plan = sub.add_parser("plan", parents=[parent], help="监督抽查计划")
    verbs = plan.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("add", parents=[parent], help="新建抽查计划")
    p.add_argument("--no", required=True, help="计划编号")
    p.add_argument("--level", default="县", help="国 / 省 / 市 / 县（默认 县）")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--category", default="", help="产品类别")
    size = p.add_mutually_exclusive_group(required=True)
    size.add_argument("--count", type=int, help="抽取家数")
    size.add_argument("--ratio", type=float, help="抽取比例（0–1，如 0.05）")
    p.add_argument("--township", action="extend", nargs="+", default=[], help="只从这些乡镇抽取（可给多个）")
    p.add_argument("--industry", action="extend", nargs="+", default=[], help="行业代码前缀，如 C13（可给多个）")
    p.add_argument("--field", default="生产", help="生产 / 流通 / 电商")
    p.add_argument("--batch", default="", help="批次")
    p.add_argument("--authority", default="", help="组织抽查的部门（默认本县市场监督管理局）")
    p.add_argument("--agency", default="", help="承检机构")
    p.add_argument("--rules", default="", help="实施细则")
    p.add_argument("--weight-by-risk", action="store_true", help="按风险加权（近三年不合格的企业更可能被抽中）")
    p.add_argument("--recuse-own-township", action="store_true", help="检查人员不检查本乡镇的企业")
    p.set_defaults(handler=cmd_plan_add)
    p = verbs.add_parser("list", parents=[parent], help="列出抽查计划")
    p.add_argument("--year", type=int)
    p.set_defaults(handler=cmd_plan_list)

    p = sub.add_parser("draw", parents=[parent], help="双随机抽取（按种子可复现），或核验、公布已有的抽取")
    p.add_argument("--plan", required=True, help="计划编号")
    p.add_argument("--seed", help="随机种子（公开，任何人可据此复核）")
    p.add_argument("--redraw", action="store_true", help="重新抽取（须给出 --reason）")
    p.add_argument("--reason", default="", help="重新抽取的理由")
    p.add_argument("--as-of", help="抽取日期 YYYY-MM-DD（用于“6 个月内不重复抽查”，默认今天）")
    p.add_argument("--verify", action="store_true", help="用记录的种子和名单重新计算，核验当前抽取结果")
    p.add_argument("--out", help="把抽取结果写成公开名单（一公开）.xlsx")
    p.set_defaults(handler=cmd_draw)

    form = sub.add_parser("form", parents=[parent], help="打印监督抽查文书（PDF）")
    kinds = form.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, label in (("sampling", "抽样单"), ("notice", "检验结果通知书"), ("correction", "责令改正通知书")):
        p = kinds.add_parser(kind, parents=[parent], help=label)
        p.add_argument("--check", required=True, help="样品的抽样单编号、检验报告编号或记录 id")
        p.add_argument("output", nargs="?", help="输出 PDF 文件")
        p.add_argument("--out", help="输出 PDF 文件（同上）")
        p.set_defaults(handler=cmd_form)

    insp = sub.add_parser("inspector", parents=[parent], help="执法检查人员名录")
    verbs = insp.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("add", parents=[parent], help="新增检查人员")
    p.add_argument("name")
    p.add_argument("--unit", default="", help="所在单位")
    p.add_argument("--badge", default="", help="执法证号")
    p.add_argument("--township", help="所在乡镇（用于本乡镇回避）")
    p.set_defaults(handler=cmd_inspector_add)
    p = verbs.add_parser("list", parents=[parent], help="列出检查人员")
    p.set_defaults(handler=cmd_inspector_list)
    for verb, active in (("deactivate", False), ("activate", True)):
        p = verbs.add_parser(verb, parents=[parent], help="停用（不再参加抽取）" if not active else "重新启用")
        p.add_argument("inspector", help="检查人员 id 或姓名")
        p.set_defaults(handler=cmd_inspector_active, active=active)
    p = verbs.add_parser("recuse", parents=[parent], help="登记回避：此人不抽到这家企业")
    p.add_argument("inspector", help="检查人员 id 或姓名")
    p.add_argument("--enterprise", required=True, help="企业统一社会信用代码或 id")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_inspector_recuse)


def cmd_plan_add(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import spotcheck_plans as plans

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        pool = plans.PoolFilter(townships=plans.resolve_townships(s, args.township), industries=args.industry)
        data = plans.PlanInput(
            plan_no=args.no, year=args.year, level=args.level, category=args.category, authority=args.authority,
            batch=args.batch, field=args.field, rules_ref=args.rules, agency=args.agency, sample_count=args.count,
            sample_ratio=args.ratio, pool=pool, weight_by_risk=args.weight_by_risk,
            recuse_own_township=args.recuse_own_township,
        )
        plan = plans.add(s, data, actor=ACTOR)
        info = plans.describe(plan)
    out.result({"ok": True, "plan": info}, [text("plan_added", out.lang, plan=info["plan_no"], id=info["id"])])
    return 0


def cmd_plan_list(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import spotcheck_plans as plans
    from qsupervise.services import spotchecks

    with open_existing(args) as store, store.read() as s:
        found = spotchecks.plans(s, year=args.year)
        counts = spotchecks.counts_by_plan(s)
        infos = [{**plans.describe(p), **counts.get(p.id, {"samples": 0, "judged": 0, "failing": 0})} for p in found]
    lines = [
        f"{i['plan_no']}\t{i['year']}\t{text('level_' + i['level'], out.lang)}\t{i['category'] or '-'}\t"
        f"{text('plan_status_' + i['status'], out.lang)}\t{i.get('samples', 0)}\t{i.get('failing', 0)}"
        for i in infos
    ]
    out.result({"ok": True, "plans": infos}, lines or [text("plan_none", out.lang)])
    return 0


def cmd_draw(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.draw_export import export_draw
    from qsupervise.services import audit, draws
    from qsupervise.services import spotcheck_plans as plans

    dest = out_path(args)
    if args.redraw and not args.seed:
        raise UsageError("usage", detail="--redraw needs --seed")
    if not args.seed and not args.verify and dest is None:
        raise UsageError("usage", detail="give --seed to draw, --verify to check the draw, or --out to publish it")
    record: Any = None
    with open_existing(args) as store:
        if args.seed:
            with store.session(actor=ACTOR) as s:
                plan = plans.by_no(s, args.plan)
                existing = draws.current(s, plan.id)
                if existing is not None and not args.redraw:
                    raise KnownError("draw_exists", plan=plan.plan_no, number=existing.number)
                as_of = parse_date(args.as_of) if args.as_of else date.today()
                record = draws.run_draw(s, plan, seed=args.seed, as_of=as_of,
                                        reason=args.reason, actor=ACTOR)
                skipped = s.info.get("draw_skipped", 0)
                payload: dict[str, Any] = {"ok": True, **summary(record), "skipped": skipped}
        with store.read() as s:
            plan = plans.by_no(s, args.plan)
            found = draws.current(s, plan.id)
            if found is None:
                raise KnownError("draw_none", plan=plan.plan_no)
            record = found
            if not args.seed:
                payload = {"ok": True, **summary(record)}
            if args.verify:
                payload["verified"] = draws.verify(record)
        if dest is not None:
            payload["out"] = str(export_draw(store, record.id, dest).absolute())
            audit.record_use(store, actor=ACTOR, action="export.draw", target=args.plan, detail={"file": dest.name})
    lines = [text("draw_done", out.lang, plan=args.plan, number=payload["number"], targets=payload["targets"],
                  pool=f"{payload['pool_size']:,}", excluded=payload["excluded"], seed=payload["seed"],
                  pool_hash=payload["pool_hash"][:16])]
    if payload.get("skipped"):
        lines.append(text("draw_skipped", out.lang, count=payload["skipped"]))
    if "verified" in payload:
        lines.append(text("draw_verified" if payload["verified"] else "draw_not_verified", out.lang))
    if "out" in payload:
        lines.append(text("draw_published", out.lang, path=payload["out"]))
    out.result(payload, lines)
    return 0 if payload.get("verified", True) else 1


def summary(record: Any) -> dict[str, Any]:
    import json

    result = json.loads(record.result or "[]")
    return {
        "draw_id": record.id, "number": record.number, "seed": record.seed, "algorithm": record.algorithm,
        "drawn_on": record.drawn_on, "pool_size": record.pool_size, "excluded": record.excluded,
        "targets": len(result), "pool_hash": record.pool_hash, "inspector_hash": record.inspector_hash,
        "result_hash": record.result_hash, "reason": record.reason,
        "result": [{"key": r["key"], "enterprise_id": r["enterprise_id"], "inspectors": r["inspectors"]}
                   for r in result],
    }


def cmd_inspector_add(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import org, spotchecks

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        town = org.resolve(s, args.township).id if args.township else None
        person = spotchecks.add_inspector(s, name=args.name, unit=args.unit, badge_no=args.badge, township_id=town,
                                          actor=ACTOR)
        info = {"id": person.id, "name": person.name, "unit": person.unit, "township_id": town}
    out.result({"ok": True, "inspector": info}, [text("inspector_added", out.lang, name=info["name"], id=info["id"])])
    return 0


def cmd_inspector_list(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import spotchecks

    with open_existing(args) as store, store.read() as s:
        people = [{"id": p.id, "name": p.name, "unit": p.unit, "badge_no": p.badge_no, "township_id": p.township_id}
                  for p in spotchecks.inspectors(s)]
    out.result({"ok": True, "inspectors": people}, [f"{p['name']}\t{p['unit']}\t{p['id']}" for p in people])
    return 0


def _one_inspector(s: Any, ref: str) -> Any:
    from qsupervise.services import spotchecks

    matches = [p for p in spotchecks.inspectors(s, include_inactive=True) if ref in (p.id, p.name)]
    if len(matches) != 1:
        raise KnownError("inspector_unknown", id=ref)
    return matches[0]


def cmd_inspector_active(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import spotchecks

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        person = spotchecks.set_inspector_active(s, inspector_id=_one_inspector(s, args.inspector).id,
                                                 active=args.active, actor=ACTOR)
        info = {"id": person.id, "name": person.name, "active": person.active}
    code = "inspector_activated" if args.active else "inspector_deactivated"
    out.result({"ok": True, "inspector": info}, [text(code, out.lang, name=info["name"])])
    return 0


def cmd_inspector_recuse(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.models import Enterprise
    from qsupervise.services import registry, spotchecks

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        person = _one_inspector(s, args.inspector)
        enterprise = registry.by_code(s, args.enterprise) or s.get(Enterprise, args.enterprise)
        if enterprise is None:
            raise KnownError("enterprise_unknown", id=args.enterprise)
        spotchecks.recuse(s, inspector_id=person.id, enterprise_id=enterprise.id, reason=args.reason, actor=ACTOR)
        names = {"name": person.name, "enterprise": enterprise.name}
    out.result({"ok": True}, [text("recusal_added", out.lang, **names)])
    return 0


def cmd_form(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.spotcheck_forms import DOCUMENTS
    from qsupervise.services import audit, spotchecks

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT.pdf or --out OUT.pdf)")
    with open_existing(args) as store, store.read() as s:
        check_id = spotchecks.find_id(s, args.check)
        written = DOCUMENTS[args.kind](s, check_id, dest, lang=out.lang)
        audit.record_use(store, actor=ACTOR, action=f"print.{args.kind}", target=check_id,
                         detail={"file": written.name})
    out.result({"ok": True, "out": str(written), "kind": args.kind, "check_id": check_id},
               [text("form_written", out.lang, path=written)])
    return 0
