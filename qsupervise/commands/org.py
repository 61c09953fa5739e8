"""``org``: townships and member units (行政区划) from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing
from qsupervise.messages import text

STATUS = {True: ("启用", "active"), False: ("停用", "inactive")}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    org = sub.add_parser("org", parents=[parent], help="行政区划：乡镇与成员单位")
    verbs = org.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("list", parents=[parent], help="列出单位")
    p.add_argument("--active", action="store_true", help="只列启用的单位")
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("add", parents=[parent], help="新增乡镇或成员单位")
    p.add_argument("name")
    p.add_argument("--kind", default="township", choices=("township", "member_unit"))
    p.add_argument("--code", help="9 位统计区划代码")
    p.set_defaults(handler=cmd_add)

    p = verbs.add_parser("rename", parents=[parent], help="重命名（可同时改区划代码）")
    p.add_argument("unit", help="单位名称、区划代码或 id")
    p.add_argument("name")
    p.add_argument("--code")
    p.set_defaults(handler=cmd_rename)

    p = verbs.add_parser("merge", parents=[parent], help="乡镇撤并：把 SOURCE 的记录并入 TARGET，SOURCE 停用")
    p.add_argument("source")
    p.add_argument("target", nargs="?")
    p.add_argument("--into", help="同 TARGET")
    p.set_defaults(handler=cmd_merge)

    for verb, active in (("deactivate", False), ("activate", True)):
        p = verbs.add_parser(verb, parents=[parent], help="停用" if not active else "重新启用")
        p.add_argument("unit")
        p.set_defaults(handler=cmd_set_active, active=active)


def _info(unit: Any) -> dict[str, Any]:
    return {"id": unit.id, "kind": unit.kind, "name": unit.name, "code": unit.code, "active": unit.active}


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import org

    with open_existing(args) as store, store.read() as s:
        units = org.list_units(s, include_inactive=not args.active)
    names = {u.id: u.name for u in units}
    lang = 1 if out.lang == "en" else 0
    lines = [
        f"{text('org_kind_' + u.kind, out.lang)}\t{u.name}\t{u.code or '-'}\t"
        f"{STATUS[u.active][lang]}{'→' + names.get(u.merged_into, '') if u.merged_into else ''}\t{u.enterprises:,}"
        for u in units
    ]
    payload = {"ok": True, "units": [u.__dict__ for u in units]}
    out.result(payload, lines)
    return 0


def cmd_add(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import org

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        unit = org.add_unit(s, kind=args.kind, name=args.name, code=args.code, actor=ACTOR)
        info = _info(unit)
    out.result({"ok": True, "unit": info}, [f"{info['name']}\t{info['id']}"])
    return 0


def cmd_rename(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import org

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        info = _info(org.rename_unit(s, ref=args.unit, name=args.name, code=args.code, actor=ACTOR))
    out.result({"ok": True, "unit": info}, [f"{info['name']}\t{info['id']}"])
    return 0


def cmd_merge(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.errors import UsageError
    from qsupervise.services import org

    target = args.into or args.target
    if not target:
        raise UsageError("usage", detail="org merge SOURCE TARGET")
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        changes = org.merge_units(s, source=args.source, target=target, actor=ACTOR)
    moved = dict(changes.counts)
    lines = [f"{args.source} → {target}"] + [f"  {table}: {n:,}" for table, n in moved.items()]
    out.result({"ok": True, "source": args.source, "target": target, "moved": moved}, lines)
    return 0


def cmd_set_active(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import org

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        info = _info(org.set_active(s, ref=args.unit, active=args.active, actor=ACTOR))
    out.result({"ok": True, "unit": info}, [f"{info['name']}\t{STATUS[info['active']][0]}"])
    return 0
