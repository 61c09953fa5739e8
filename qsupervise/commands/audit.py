"""``audit``: the audit trail from the command line — list recent entries, export them to Excel."""

from __future__ import annotations

import argparse
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.commands.admin import parse_date
from qsupervise.errors import UsageError
from qsupervise.messages import text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("audit", parents=[parent], help="审计日志：列出、导出为 Excel")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("export", parents=[parent], help="把审计日志导出为 Excel（.xlsx）")
    p.add_argument("output", nargs="?", help="输出文件 OUT.xlsx")
    p.add_argument("--out", help="输出文件 OUT.xlsx")
    _filters(p)
    p.set_defaults(handler=cmd_export)

    p = verbs.add_parser("list", parents=[parent], help="列出最近的审计日志")
    _filters(p)
    p.add_argument("--limit", type=int, default=50, help="最多列出几条（默认 50）")
    p.set_defaults(handler=cmd_list)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", help="从这一天起 YYYY-MM-DD（含）")
    p.add_argument("--until", help="到这一天止 YYYY-MM-DD（含）")
    p.add_argument("--actor", help="只要这个用户的操作（如 cli、gui 或用户名）")
    p.add_argument("--kind", help="只要这类操作（如 export、import、enterprise）或这个操作（如 export.enterprises）")
    p.add_argument("--text", default="", help="对象或详情中包含的文字")


def _filter(args: argparse.Namespace) -> Any:
    from qsupervise.services.audit_trail import TrailFilter

    return TrailFilter(
        actor=args.actor or None,
        kind=args.kind or None,
        since=parse_date(args.since) if args.since else None,
        until=parse_date(args.until) if args.until else None,
        text=args.text or "",
    )


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.audit_export import export_trail

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT.xlsx or --out OUT.xlsx)")
    chosen = _filter(args)
    with open_existing(args) as store:
        count = export_trail(store, dest, filters=chosen, actor=ACTOR, lang=out.lang, progress=out.progress)
    payload = {"ok": True, "db": str(store.path), "out": str(dest), "count": count}
    out.result(payload, [text("audit_export_done", out.lang, count=f"{count:,}", path=dest)])
    return 0


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import audit_trail

    chosen = _filter(args)
    with open_existing(args) as store, store.read() as s:
        rows = audit_trail.page(s, chosen, limit=max(args.limit, 0))
        total = audit_trail.count(s, chosen)
    entries = [{"seq": r.seq, "at": r.local_time.isoformat(timespec="seconds"), "actor": r.actor,
                "action": r.action, "target": r.target, "detail": r.detail} for r in rows]
    lines = [f"{e['seq']}\t{e['at']}\t{e['actor']}\t{e['action']}\t{e['target']}" for e in entries]
    out.result({"ok": True, "total": total, "count": len(entries), "entries": entries}, lines)
    return 0
