"""``import`` and ``export`` of registers and result tables: ``import enterprises FILE``, ``export spotchecks OUT``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.errors import UsageError
from qsupervise.messages import text

if TYPE_CHECKING:
    from qsupervise.documents.results import ImportResult

SHOWN_PROBLEMS = 20


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    importing = sub.add_parser("import", parents=[parent], help="从 Excel/CSV 导入（先试运行，再一次性写入）")
    kinds = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    p = kinds.add_parser("enterprises", parents=[parent], help="导入企业名录（.xlsx/.xls/.ods/.csv）")
    p.add_argument("file", help="要导入的文件")
    p.add_argument("--dry-run", action="store_true", help="只检查并统计，不写入")
    p.add_argument("--skip-warnings", action="store_true", help="跳过有警告的行（默认导入并保留警告）")
    p.add_argument("--sheet", help="工作表名称（默认：第一个有表头的工作表）")
    p.add_argument("--errors", metavar="OUT.xlsx", help="把未导入的行写成可改正后重新导入的工作簿")
    p.set_defaults(handler=cmd_import_enterprises)
    p = kinds.add_parser("spotchecks", parents=[parent], help="导入监督抽查结果公告表（.xlsx/.xls/.ods/.csv）")
    p.add_argument("file", help="要导入的文件")
    p.add_argument("--plan", metavar="PLAN_NO", help="归入这个抽查计划（默认：按文件名建一个导入计划）")
    p.add_argument("--verdict", help="表中没有检验结论列时每行的结论：合格 / 不合格（列出不合格项目的行总按不合格）")
    p.add_argument("--dry-run", action="store_true", help="只检查并统计，不写入")
    p.add_argument("--skip-warnings", action="store_true", help="跳过有警告的行（默认导入并保留警告）")
    p.add_argument("--sheet", help="工作表名称（默认：第一个有表头的工作表）")
    p.add_argument("--errors", metavar="OUT.xlsx", help="把未导入的行写成可改正后重新导入的工作簿")
    p.set_defaults(handler=cmd_import_spotchecks)
    p = kinds.add_parser("certifications", parents=[parent], help="导入认证许可证书清单（.xlsx/.xls/.ods/.csv）")
    p.add_argument("file", help="要导入的文件")
    p.add_argument("--dry-run", action="store_true", help="只检查并统计，不写入")
    p.add_argument("--skip-warnings", action="store_true", help="跳过有警告的行（默认导入并保留警告）")
    p.add_argument("--sheet", help="工作表名称（默认：第一个有表头的工作表）")
    p.add_argument("--errors", metavar="OUT.xlsx", help="把未导入的行写成可改正后重新导入的工作簿")
    p.set_defaults(handler=cmd_import_certifications)

    exporting = sub.add_parser("export", parents=[parent], help="导出为 Excel/CSV")
    kinds = exporting.add_subparsers(dest="what", metavar="WHAT", required=True)
    p = kinds.add_parser("enterprises", parents=[parent], help="导出企业名录（.xlsx，或按扩展名 .csv）")
    p.add_argument("output", nargs="?", help="输出文件（.xlsx 或 .csv）")
    p.add_argument("--out", help="输出文件（同上）")
    p.add_argument("--township", help="只导出这个乡镇（名称、区划代码或 id）")
    p.add_argument("--search", default="", help="按名称、拼音首字母或信用代码筛选")
    p.add_argument("--include-deleted", action="store_true", help="包括已停用的企业")
    p.add_argument("--mask-personal", action="store_true", help="电话、人名打码（名单要发到县外时使用）")
    p.set_defaults(handler=cmd_export_enterprises)
    p = kinds.add_parser("spotchecks", parents=[parent], help="导出监督抽查结果公告表（.xlsx，或按扩展名 .csv）")
    p.add_argument("output", nargs="?", help="输出文件（.xlsx 或 .csv）")
    p.add_argument("--out", help="输出文件（同上）")
    p.add_argument("--year", type=int, help="只导出这一年抽样的结果")
    p.add_argument("--plan", metavar="PLAN_NO", help="只导出这个抽查计划的结果")
    p.set_defaults(handler=cmd_export_spotchecks)
    p = kinds.add_parser("certifications", parents=[parent], help="导出认证许可台账（.xlsx，或按扩展名 .csv）")
    p.add_argument("output", nargs="?", help="输出文件（.xlsx 或 .csv）")
    p.add_argument("--out", help="输出文件（同上）")
    p.add_argument("--kind", help="只导出这一类证书（iso9001、ccc、sc、xk……，或中文名称如“食品生产许可证”）")
    p.add_argument("--township", help="只导出这个乡镇企业的证书（名称、区划代码或 id）")
    p.add_argument("--expiring", type=int, metavar="DAYS", help="只导出仍有效、DAYS 天内到期的证书")
    p.add_argument("--today", help="按这一天计算过期和到期（YYYY-MM-DD，默认今天）")
    p.set_defaults(handler=cmd_export_certifications)
    p = kinds.add_parser("awards", parents=[parent], help="导出品牌与奖项：奖项与申报、名牌登记、奖励资金台账（.xlsx）")
    p.add_argument("output", nargs="?", help="输出文件（.xlsx）")
    p.add_argument("--out", help="输出文件（同上）")
    p.add_argument("--year", type=int, help="只导出这一年度的奖项和奖励资金（名牌登记总是全部）")
    p.add_argument("--today", help="按这一天判断名牌是否到期（YYYY-MM-DD，默认今天）")
    p.set_defaults(handler=cmd_export_awards)


def cmd_import_enterprises(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.enterprise_import import import_enterprises

    source = Path(args.file).expanduser()
    with open_existing(args) as store:
        result = import_enterprises(
            store,
            source,
            dry_run=args.dry_run,
            skip_warnings=args.skip_warnings,
            sheet=args.sheet,
            actor=ACTOR,
            lang=out.lang,
            progress=out.progress,
        )
    return print_import(args, out, source, result)


def cmd_import_spotchecks(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.spotcheck_import import import_spotchecks

    source = Path(args.file).expanduser()
    with open_existing(args) as store:
        result = import_spotchecks(
            store,
            source,
            plan_no=args.plan,
            verdict=_verdict_option(args.verdict),
            dry_run=args.dry_run,
            skip_warnings=args.skip_warnings,
            sheet=args.sheet,
            actor=ACTOR,
            lang=out.lang,
            progress=out.progress,
        )
    return print_import(args, out, source, result)


def cmd_import_certifications(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.certification_import import import_certifications

    source = Path(args.file).expanduser()
    with open_existing(args) as store:
        result = import_certifications(
            store,
            source,
            dry_run=args.dry_run,
            skip_warnings=args.skip_warnings,
            sheet=args.sheet,
            actor=ACTOR,
            lang=out.lang,
            progress=out.progress,
        )
    return print_import(args, out, source, result)


def _verdict_option(value: str | None) -> str | None:
    from qsupervise.rules.verdicts import parse_published

    if not value:
        return None
    parsed = parse_published(value)
    if parsed is None:
        raise UsageError("usage", detail=f"--verdict {value}: use 合格 or 不合格 (pass / fail)")
    return parsed


def print_import(args: argparse.Namespace, out: Output, source: Path, result: ImportResult) -> int:
    """What every importer prints: the §7 JSON object, or a summary and the first problems; the error workbook."""
    from qsupervise.documents.error_workbook import write_errors

    errors_out = Path(args.errors).expanduser() if args.errors else None
    payload: dict[str, Any] = result.as_dict()
    errors_written = None
    if errors_out is not None and result.rows_not_imported():
        write_errors(result, errors_out, progress=out.progress)
        errors_written = errors_out
    lines = [text("import_summary", out.lang, file=source.name, **{k: f"{v:,}" for k, v in result.counts.items()})]
    if result.skipped:
        lines.append(text("import_skipped", out.lang, count=len(result.skipped)))
    for p in result.problems[:SHOWN_PROBLEMS]:
        severity = text(f"severity_{p.severity}", out.lang)
        lines.append("  " + text("import_problem", out.lang, row=p.row, column=p.column or "-", severity=severity,
                                 message=p.message))
    if len(result.problems) > SHOWN_PROBLEMS and errors_written is None:
        lines.append("  " + text("import_more", out.lang, count=len(result.problems) - SHOWN_PROBLEMS))
    if errors_written is not None:
        lines.append(text("import_errors_written", out.lang, path=errors_written))
    if result.dry_run:
        lines.append(text("import_dry_run", out.lang))
    elif result.backup:
        lines.append(text("import_backup", out.lang, path=result.backup))
    out.result(payload, lines)
    return 0


def cmd_export_enterprises(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.enterprise_export import export_enterprises
    from qsupervise.services import audit, org
    from qsupervise.services.registry import Query

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT or --out OUT)")
    with open_existing(args) as store:
        township_id = None
        if args.township:
            with store.read() as s:
                township_id = org.resolve(s, args.township).id
        query = Query(text=args.search, township_id=township_id, include_deleted=args.include_deleted)
        count = export_enterprises(store, dest, query=query, mask_personal=args.mask_personal, progress=out.progress)
        audit.record_use(store, actor=ACTOR, action="export.enterprises", target=dest.name,
                         detail={"rows": count, "masked": args.mask_personal, "search": args.search or ""})
    payload = {"ok": True, "out": str(dest.absolute()), "rows": count, "masked": args.mask_personal}
    out.result(payload, [text("export_done", out.lang, count=f"{count:,}", path=dest)])
    return 0


def cmd_export_spotchecks(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.spotcheck_export import export_spotchecks
    from qsupervise.services import audit

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT or --out OUT)")
    with open_existing(args) as store:
        count = export_spotchecks(store, dest, year=args.year, plan_no=args.plan, progress=out.progress)
        audit.record_use(store, actor=ACTOR, action="export.spotchecks", target=dest.name,
                         detail={"rows": count, "year": args.year, "plan": args.plan})
    payload = {"ok": True, "out": str(dest.absolute()), "rows": count}
    out.result(payload, [text("spotcheck_export_done", out.lang, count=f"{count:,}", path=dest)])
    return 0


def cmd_export_certifications(args: argparse.Namespace, out: Output) -> int:
    from datetime import date

    from qsupervise.documents.certification_export import export_certifications
    from qsupervise.rules.certificates import parse_kind
    from qsupervise.services import audit, org

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT or --out OUT)")
    kind = parse_kind(args.kind) if args.kind else None
    if args.kind and kind is None:
        raise UsageError("usage", detail=f"--kind {args.kind}: not a certificate type (iso9001, ccc, sc, xk, …)")
    if args.expiring is not None and args.expiring < 0:
        raise UsageError("usage", detail="--expiring takes a number of days, 0 or more")
    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        raise UsageError("usage", detail=f"--today {args.today}: use YYYY-MM-DD") from None
    with open_existing(args) as store:
        township_id = None
        if args.township:
            with store.read() as s:
                township_id = org.resolve(s, args.township).id
        count = export_certifications(store, dest, kind=kind, township_id=township_id, expiring=args.expiring,
                                      today=today, progress=out.progress)
        audit.record_use(store, actor=ACTOR, action="export.certifications", target=dest.name,
                         detail={"rows": count, "kind": kind, "expiring": args.expiring})
    payload = {"ok": True, "out": str(dest.absolute()), "rows": count, "today": today.isoformat()}
    out.result(payload, [text("cert_export_done", out.lang, count=f"{count:,}", path=dest)])
    return 0


def cmd_export_awards(args: argparse.Namespace, out: Output) -> int:
    from datetime import date

    from qsupervise.commands.fund import fund_json
    from qsupervise.documents.award_export import export_awards
    from qsupervise.services import audit

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT.xlsx or --out OUT.xlsx)")
    if args.year is not None and not 2000 <= args.year <= 2100:
        raise UsageError("payment_fund_year", value=args.year)
    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        raise UsageError("date_format", value=args.today) from None
    with open_existing(args) as store:
        done = export_awards(store, dest, year=args.year, today=today)
        audit.record_use(store, actor=ACTOR, action="export.awards", target=dest.name,
                         detail={"year": args.year, "programs": done.programs, "applications": done.applications})
    payload = {"ok": True, "out": str(dest.absolute()), "year": args.year, "today": today.isoformat(),
               "programs": done.programs, "applications": done.applications, "brands": done.brands,
               "funds": [fund_json(f) for f in done.funds]}
    out.result(payload, [text("awards_export_done", out.lang, programs=done.programs, applications=done.applications,
                              brands=done.brands, years=len(done.funds), path=dest)])
    return 0
