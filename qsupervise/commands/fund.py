"""``fund``: the county's quality reward fund (奖励资金) from the command line — budgets, payments, balance, ledger.

Amounts are typed in 元 ("40000", "40,000.50", "4万") and kept in 分. Paying past a year's budget, or in a year
without one, needs ``--confirm-overdraw --reason TEXT``: roles come with a later issue, and until then the flag
is the county administrator's confirmation (the reason is kept in the payment's note and the audit log).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.commands.admin import parse_date
from qsupervise.errors import KnownError, UsageError
from qsupervise.messages import text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    fund = sub.add_parser("fund", parents=[parent], help="奖励资金：年度预算、发放、余额、台账")
    verbs = fund.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("budget", parents=[parent], help="登记或修改某年度奖励资金预算")
    p.add_argument("--year", type=int, required=True, help="资金年度，如 2026")
    p.add_argument("--amount", required=True, help="预算金额（元），如 1000000、1,000,000.00 或 100万")
    p.add_argument("--document", default="", help="下达预算的文件文号")
    p.add_argument("--note", default="", help="备注")
    _confirm_options(p)
    p.set_defaults(handler=cmd_budget)

    p = verbs.add_parser("pay", parents=[parent], help="登记一笔奖励资金发放（新获认证、获奖或名牌）")
    p.add_argument("enterprise", metavar="CODE_OR_ID", help="企业的统一社会信用代码、记录 id 或全称")
    p.add_argument("--for", dest="subject_kind", required=True, choices=("award", "brand", "certification"),
                   help="award 获奖（申报记录）/ brand 名牌（名牌登记）/ certification 新获认证（证书）")
    p.add_argument("--subject", required=True, help="申报记录、名牌登记或证书的 id")
    p.add_argument("--amount", required=True, help="金额（元），如 40000、40,000.50 或 4万")
    p.add_argument("--on", required=True, help="发放日期 YYYY-MM-DD")
    p.add_argument("--year", type=int, help="从哪一年度的资金中列支（默认：发放日期所在年度）")
    p.add_argument("--document", default="", help="拨付文件的文号")
    p.add_argument("--note", default="", help="备注")
    _confirm_options(p)
    p.set_defaults(handler=cmd_pay)

    p = verbs.add_parser("show", parents=[parent], help="查看各年度预算、已发放和余额")
    p.add_argument("--year", type=int, help="只看这一年度（并列出各笔发放）")
    p.set_defaults(handler=cmd_show)

    p = verbs.add_parser("ledger", parents=[parent], help="导出奖励资金台账（.xlsx，每年度一张表）")
    p.add_argument("output", nargs="?", help="输出文件 .xlsx")
    p.add_argument("--out", help="输出文件（同上）")
    p.add_argument("--year", type=int, help="只导出这一年度")
    p.set_defaults(handler=cmd_ledger)


def _confirm_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--confirm-overdraw", action="store_true",
                   help="县局管理员确认超预算（或无预算）发放，须同时写明 --reason"
                        "（角色权限在后续版本提供，目前以此为确认）")
    p.add_argument("--reason", default="", help="超预算发放的理由（如批准的会议纪要、文件号）")


def _confirmation(args: argparse.Namespace) -> tuple[bool, str]:
    reason = " ".join(args.reason.split())
    if args.confirm_overdraw and not reason:
        raise UsageError("usage", detail="--confirm-overdraw needs --reason TEXT (why the budget may be exceeded)")
    return args.confirm_overdraw, reason


CONFIRMABLE = ("fund_no_budget", "fund_overdrawn", "fund_budget_below_paid")


def _refused(out: Output, exc: KnownError) -> int:
    """A refusal that a confirmation would lift: its message, then how to confirm on the command line (stderr)."""
    out.error(exc)
    print(text("fund_confirm_hint", out.lang), file=sys.stderr)
    return exc.exit_code


def _amount(typed: str, *, allow_zero: bool = False) -> int:
    """``--amount`` in 分; a malformed amount is a usage error (exit 2) with the money format's message."""
    from qsupervise.services.reward_fund import parse_yuan

    try:
        return parse_yuan(typed, allow_zero=allow_zero)
    except KnownError as exc:
        raise UsageError(exc.code, **exc.params) from None


def _year(value: int | None) -> int | None:
    if value is not None and not 2000 <= value <= 2100:
        raise UsageError("payment_fund_year", value=value)
    return value


def fund_json(state: Any) -> dict[str, Any]:
    from qsupervise.services.reward_fund import yuan

    payload: dict[str, Any] = state.as_dict()
    for key in ("budget", "paid", "remaining"):
        fen = payload[f"{key}_fen"]
        payload[f"{key}_yuan"] = None if fen is None else yuan(fen)
    return payload


def fund_line(state: Any, lang: str) -> str:
    from qsupervise.services.reward_fund import yuan

    if state.budget_fen is None:
        return text("fund_line_no_budget", lang, year=state.year, count=state.payments, paid=yuan(state.paid_fen))
    document = text("fund_line_document", lang, document=state.document_no) if state.document_no else ""
    code = "fund_line_overdrawn" if state.overdrawn else "fund_line"
    return text(code, lang, year=state.year, budget=yuan(state.budget_fen), document=document, count=state.payments,
                paid=yuan(state.paid_fen), remaining=yuan(abs(state.remaining_fen or 0)))


def cmd_budget(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import reward_fund

    year = _year(args.year)
    assert year is not None
    amount = _amount(args.amount, allow_zero=True)
    confirm, reason = _confirmation(args)
    try:
        with open_existing(args) as store, store.session(actor=ACTOR) as s:
            state = reward_fund.set_budget(s, year=year, budget_fen=amount, document_no=args.document,
                                           note=args.note, confirm_overdraw=confirm, reason=reason, actor=ACTOR)
    except KnownError as exc:
        if exc.code not in CONFIRMABLE:
            raise
        return _refused(out, exc)
    out.result({"ok": True, **fund_json(state)}, [text("fund_budget_set", out.lang, year=year),
                                                  fund_line(state, out.lang)])
    return 0


def cmd_pay(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import credit, reward_fund

    amount = _amount(args.amount)
    paid_on = parse_date(args.on)
    year = _year(args.year)
    confirm, reason = _confirmation(args)
    try:
        with open_existing(args) as store, store.session(actor=ACTOR) as s:
            enterprise = credit.find_enterprise(s, args.enterprise)
            payment = reward_fund.pay(
                s, subject_kind=args.subject_kind, subject_id=args.subject.strip(), amount_fen=amount,
                paid_on=paid_on, fund_year=year, enterprise_id=enterprise.id, document_no=args.document,
                note=args.note, confirm_overdraw=confirm, reason=reason, actor=ACTOR,
            )
            state = reward_fund.balance(s, payment.fund_year)
            who = {"id": enterprise.id, "name": enterprise.name, "uscc": enterprise.uscc}
            paid = {"id": payment.id, "subject_kind": payment.subject_kind, "subject_id": payment.subject_id,
                    "amount_fen": payment.amount_fen, "amount_yuan": reward_fund.yuan(payment.amount_fen),
                    "paid_on": payment.paid_on, "fund_year": payment.fund_year, "fund_id": payment.fund_id,
                    "document_no": payment.document_no, "note": payment.note,
                    "confirmed": reward_fund.is_confirmed(payment.note)}
    except KnownError as exc:
        if exc.code not in CONFIRMABLE:
            raise
        return _refused(out, exc)
    lines = [text("fund_paid", out.lang, name=who["name"], amount=reward_fund.yuan(amount), on=paid["paid_on"],
                  year=paid["fund_year"]), fund_line(state, out.lang)]
    if paid["confirmed"]:
        lines.append(text("fund_paid_confirmed", out.lang, reason=reason))
    out.result({"ok": True, "enterprise": who, "payment": paid, "fund": fund_json(state)}, lines)
    return 0


def cmd_show(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import reward_fund

    year = _year(args.year)
    with open_existing(args) as store, store.read() as s:
        if year is None:
            states = reward_fund.years(s)
            entries: list[Any] = []
        else:
            book = reward_fund.ledger(s, year)
            states, entries = [book.fund], list(book.entries)
    payload: dict[str, Any] = {"ok": True, "years": [fund_json(x) for x in states]}
    lines = [fund_line(x, out.lang) for x in states] or [text("fund_none", out.lang)]
    if year is not None:
        payload["payments"] = [
            {"id": e.payment_id, "paid_on": e.paid_on, "enterprise": e.enterprise, "uscc": e.uscc,
             "subject_kind": e.subject_kind, "subject_id": e.subject_id, "subject": e.subject,
             "amount_fen": e.amount_fen, "document_no": e.document_no, "balance_fen": e.balance_fen,
             "confirmed": reward_fund.is_confirmed(e.note)} for e in entries]
        for e in entries:
            after = "" if e.balance_fen is None else reward_fund.yuan(e.balance_fen)
            lines.append(f"  {e.paid_on}  {e.enterprise}  {text('fund_kind_' + e.subject_kind, out.lang)}"
                         f"  {e.subject}  {reward_fund.yuan(e.amount_fen)}  {e.document_no}  {after}".rstrip())
    out.result(payload, lines)
    return 0


def cmd_ledger(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.award_export import export_ledger
    from qsupervise.services import audit

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT.xlsx or --out OUT.xlsx)")
    year = _year(args.year)
    with open_existing(args) as store:
        states = export_ledger(store, dest, year=year)
        audit.record_use(store, actor=ACTOR, action="export.fund_ledger", target=dest.name, detail={"year": year})
    payload = {"ok": True, "out": str(dest.absolute()), "years": [fund_json(x) for x in states],
               "payments": sum(x.payments for x in states)}
    out.result(payload, [text("fund_ledger_written", out.lang, count=len(states), path=dest)])
    return 0
