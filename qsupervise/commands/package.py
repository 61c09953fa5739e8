"""``package``: write a sync package (township → county, or the county's return package) and import them."""

from __future__ import annotations

import argparse

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.errors import UsageError
from qsupervise.messages import text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    package = sub.add_parser("package", parents=[parent], help="同步包：导出（乡镇上报 / 县级回执下发）与导入")
    verbs = package.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("export", parents=[parent], help="导出同步包（.qsp）；县级用 --station 写某乡镇的回执下发包")
    p.add_argument("output", nargs="?", help="同步包路径（.qsp）")
    p.add_argument("--out", help="同步包路径（.qsp）")
    p.add_argument("--station", help="县级：为哪个乡镇站点写回执下发包（名称、代码或 id）")
    p.set_defaults(handler=cmd_export)

    p = verbs.add_parser("import", parents=[parent], help="导入同步包（文件或文件夹，可多个）；--dry-run 只核对不写入")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="同步包文件或含 .qsp 的文件夹")
    p.add_argument("--dry-run", action="store_true", help="只核对并报告将新增 / 更新 / 冲突的数量，不写入")
    p.set_defaults(handler=cmd_import)

    p = verbs.add_parser("status", parents=[parent], help="各站点最近同步包、序号、缺号与最近联系时间")
    p.set_defaults(handler=cmd_status)

    from qsupervise.commands.standards import kinds_of

    p = kinds_of(sub, "export").add_parser(
        "county-summary", parents=[parent], help="县级汇总表（报市）：各乡镇指标、全县合计、各站点上报情况（.xlsx）")
    p.add_argument("output", nargs="?", help="输出文件（.xlsx）")
    p.add_argument("--out", help="输出文件（同上）")
    p.add_argument("--day", help="统计截至这一天（YYYY-MM-DD，默认今天；年度从该年 1 月 1 日起）")
    p.set_defaults(handler=cmd_county_summary)


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.sync import exchange

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="package export --out FILE.qsp [--station NAME]")
    with open_existing(args) as store:
        result = exchange.export_package(store, dest, station=args.station)
    counts = "，".join(f"{k} {v}" for k, v in result.counts.items()) or "—"
    out.result({"ok": True, "db": str(store.path), **result.to_dict()},
               [text("package_exported", out.lang, path=result.path, changes=result.changes, counts=counts,
                     size=result.size)])
    return 0


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.sync import exchange, status

    with open_existing(args) as store:
        results = exchange.import_packages(store, args.paths, dry_run=args.dry_run, lang=out.lang)
    if not results:
        raise UsageError("usage", detail="no .qsp files found")
    lines = [status.describe(r, out.lang) for r in results]
    refused = sum(r.refused for r in results)
    out.result({"ok": refused == 0, "db": str(store.path), "dry_run": args.dry_run,
                "packages": [r.to_dict() for r in results], "refused": refused}, lines)
    return 1 if refused else 0


def cmd_status(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.sync import status

    with open_existing(args) as store:
        rows = status.station_status(store)
    lines = [status.describe_status(r, out.lang) for r in rows]
    out.result({"ok": True, "db": str(store.path), "stations": [r.to_dict() for r in rows]}, lines)
    return 0


def cmd_county_summary(args: argparse.Namespace, out: Output) -> int:
    from datetime import date

    from qsupervise.documents.county_summary_export import export_county_summary
    from qsupervise.services import audit

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="export county-summary --out OUT.xlsx [--day YYYY-MM-DD]")
    try:
        day = date.fromisoformat(args.day) if args.day else None
    except ValueError as exc:
        raise UsageError("usage", detail=f"--day {args.day}: YYYY-MM-DD") from exc
    with open_existing(args) as store:
        done = export_county_summary(store, dest, day=day)
        audit.record_use(store, actor=ACTOR, action="export.county_summary", target=dest.name,
                         detail={"townships": done.townships})
    out.result({"ok": True, "out": str(done.path), "townships": done.townships, "reported": done.reported,
                "enrolled": done.enrolled},
               [text("county_summary_done", out.lang, path=done.path, townships=done.townships,
                     reported=done.reported, enrolled=done.enrolled)])
    return 0
