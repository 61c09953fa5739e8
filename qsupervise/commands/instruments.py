"""``instrument``: instruments under compulsory verification (强检计量器具) from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing
from qsupervise.commands.admin import parse_date
from qsupervise.errors import KnownError
from qsupervise.messages import text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    inst = sub.add_parser("instrument", parents=[parent], help="强检计量器具：登记、逾期名单、登记造册率与强检受检率")
    verbs = inst.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("add", parents=[parent], help="登记一台计量器具")
    p.add_argument("enterprise", metavar="CODE_OR_ID", help="使用单位的统一社会信用代码或记录 id")
    p.add_argument("--name", required=True, help="器具名称，如 电子计价秤、加油机、血压计")
    p.add_argument("--model", default="", help="规格型号")
    p.add_argument("--serial", default="", help="出厂编号")
    p.add_argument("--category", default="贸易结算", help="使用类别：贸易结算 / 安全防护 / 医疗卫生 / 环境监测")
    p.add_argument("--location", default="", help="使用地点")
    p.add_argument("--unregistered", action="store_true", help="尚未登记造册（备案）")
    p.add_argument("--body", default="", help="检定机构")
    p.add_argument("--cert-no", default="", help="检定证书编号")
    p.add_argument("--cycle", type=int, default=12, help="检定周期（月，默认 12）")
    p.add_argument("--verified-on", help="检定日期 YYYY-MM-DD")
    p.add_argument("--due-on", help="下次检定日期（默认：检定日期加周期）")
    p.add_argument("--result", help="检定结论：合格 / 不合格")
    p.add_argument("--as-of", help="检查检定日期不晚于这一天（默认今天）")
    p.set_defaults(handler=cmd_add)

    p = verbs.add_parser("list", parents=[parent], help="列出计量器具（或只列逾期未检的）")
    p.add_argument("--overdue", action="store_true", help="只列逾期未检的，逾期最久的在前")
    p.add_argument("--township", help="只列这个乡镇（名称、区划代码或 id）")
    p.add_argument("--as-of", help="按这一天判断是否逾期（默认今天）")
    p.add_argument("--limit", type=int, default=200, help="最多列出几台（默认 200）")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("rates", parents=[parent], help="各乡镇登记造册率和强检受检率")
    p.add_argument("--as-of", help="统计日期（默认今天）")
    p.set_defaults(handler=cmd_rates)


def _day(value: str | None) -> date | None:
    """A date option, parsed in the handler so that a malformed one is a usage error (exit 2) like any other."""
    return parse_date(value) if value else None


def _enterprise(session: Any, ref: str) -> Any:
    from qsupervise.models import Enterprise
    from qsupervise.rules import uscc
    from qsupervise.services import registry

    found = registry.by_code(session, uscc.normalize(ref)) or session.get(Enterprise, ref.strip())
    if found is None or found.deleted_at is not None:
        raise KnownError("instrument_enterprise_unknown", id=ref)
    return found


def describe(instrument: Any) -> dict[str, Any]:
    fields = ("id", "enterprise_id", "name", "model", "serial", "use_category", "location", "registered",
              "verification_body", "certificate_no", "cycle_months", "verified_on", "due_on", "result")
    return {f: getattr(instrument, f) for f in fields}


def cmd_add(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import instruments
    from qsupervise.services.enterprises import InvalidInput

    verified_on, due_on, today = _day(args.verified_on), _day(args.due_on), _day(args.as_of) or date.today()
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        enterprise = _enterprise(s, args.enterprise)
        data = instruments.InstrumentInput(
            enterprise_id=enterprise.id, name=args.name, model=args.model, serial=args.serial,
            use_category=args.category, location=args.location, registered=not args.unregistered,
            verification_body=args.body, certificate_no=args.cert_no, cycle_months=args.cycle,
            verified_on=verified_on, due_on=due_on, result=args.result,
        )
        try:
            instrument, warnings = instruments.save(s, data=data, today=today, actor=ACTOR)
        except InvalidInput as exc:
            problems = [_problem(p, out.lang) for p in exc.problems]
            out.result({"ok": False, "error": {"code": exc.code, "message": exc.message(out.lang)},
                        "problems": problems}, [p["message"] for p in problems if p["severity"] == "error"])
            return 1
        info = describe(instrument)
        names = {"name": instrument.name, "enterprise": enterprise.name, "id": instrument.id}
    lines = [text("instrument_added", out.lang, **names)] + [_problem(p, out.lang)["message"] for p in warnings]
    out.result({"ok": True, "instrument": info, "problems": [_problem(p, out.lang) for p in warnings]}, lines)
    return 0


def _problem(p: Any, lang: str) -> dict[str, Any]:
    return {"field": p.field, "severity": p.severity, "code": p.code, "message": p.message(lang)}


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    from dataclasses import asdict

    from qsupervise.rules import instruments as rules
    from qsupervise.services import instruments, org

    today = _day(args.as_of) or date.today()
    limit = max(args.limit, 0)
    with open_existing(args) as store, store.read() as s:
        township = org.resolve(s, args.township).id if args.township else None
        find = instruments.overdue if args.overdue else instruments.listing
        shown = find(s, today, township_id=township, limit=limit)
        total = instruments.count(s, today, township_id=township, overdue_only=args.overdue)
    lines = [
        f"{r.enterprise_name}\t{r.name}\t{r.serial or '-'}\t{rules.category_label(r.use_category, out.lang)}\t"
        f"{text('instrument_registered' if r.registered else 'instrument_unregistered', out.lang)}\t"
        f"{r.due_on or '-'}\t"
        + (text("instrument_days_overdue", out.lang, days=f"{r.days_overdue:,}") if r.days_overdue
           else text("instrument_status_" + r.status, out.lang))
        for r in shown
    ]
    if total > len(shown):
        lines.append(text("instrument_more", out.lang, count=f"{total - len(shown):,}"))
    payload = {"ok": True, "as_of": today.isoformat(), "overdue_only": args.overdue, "township_id": township,
               "total": total, "count": len(shown), "instruments": [asdict(r) for r in shown]}
    out.result(payload, lines or [text("instrument_none", out.lang)])
    return 0


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def cmd_rates(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import instruments

    today = _day(args.as_of) or date.today()
    with open_existing(args) as store, store.read() as s:
        found = instruments.rates(s, today)

    def row(tally: Any) -> dict[str, Any]:
        return {"listed": tally.listed, "registered": tally.registered, "verified_in_cycle": tally.verified_in_cycle,
                "overdue": tally.overdue, "registration_rate": tally.registration_rate,
                "verification_rate": tally.verification_rate}

    townships = [{"township_id": t.township_id, "name": t.name, **row(t.tally)} for t in found.townships]
    below_reg, below_ver = found.below_target()
    payload = {"ok": True, "as_of": today.isoformat(), "registration_target": found.registration_target,
               "verification_target": found.verification_target, "county": row(found.county),
               "townships": townships, "below_registration_target": below_reg,
               "below_verification_target": below_ver}
    lines = [text("instrument_rates_title", out.lang, date=today.isoformat(),
                  reg_target=_pct(found.registration_target), ver_target=_pct(found.verification_target)),
             text("instrument_rates_header", out.lang)]
    for name, t in [*((t.name, t.tally) for t in found.townships),
                    (text("instrument_rates_county", out.lang), found.county)]:
        lines.append(f"{name}\t{t.listed:,}\t{t.registered:,}\t{t.verified_in_cycle:,}\t{t.overdue:,}\t"
                     f"{_pct(t.registration_rate)}\t{_pct(t.verification_rate)}")
    out.result(payload, lines)
    return 0
