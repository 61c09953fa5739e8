"""Standardization work: ``import standards-catalogue FILE`` and ``export standards OUT.xlsx``.

``import`` and ``export`` are the registry's verbs (commands/registry.py); this module adds its kinds to them, so
it registers after the registry. :func:`kinds_of` finds a verb's kinds for any later area doing the same.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.errors import UsageError
from qsupervise.messages import text

SHOWN_PROBLEMS = 20


def kinds_of(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             verb: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The sub-commands (kinds) of a verb another module registered: ``import`` → enterprises, spotchecks, …"""
    parser = sub.choices[verb]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError(f"the command {verb!r} takes no kinds")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    p = kinds_of(sub, "import").add_parser(
        "standards-catalogue", parents=[parent],
        help="导入标准目录（标准号、名称、状态、代替/被代替、日期；有错误的行时整个文件都不导入）")
    p.add_argument("file", help="要导入的文件（.xlsx/.xls/.ods/.csv）")
    p.add_argument("--dry-run", action="store_true", help="只检查并统计，不写入")
    p.add_argument("--sheet", help="工作表名称（默认：第一个有表头的工作表）")
    p.add_argument("--errors", metavar="OUT.xlsx", help="把有问题的行写成可改正后重新导入的工作簿")
    p.set_defaults(handler=cmd_import_catalogue)
    p = kinds_of(sub, "export").add_parser(
        "standards", parents=[parent], help="导出标准化工作：执行标准库、采标率、农业标准化示范项目（.xlsx）")
    p.add_argument("output", nargs="?", help="输出文件（.xlsx）")
    p.add_argument("--out", help="输出文件（同上）")
    p.add_argument("--township", help="执行标准库只导出这个乡镇（名称、区划代码或 id）")
    p.add_argument("--kind", choices=("GB", "GB/T", "industry", "DB", "T", "Q", "other"), help="只导出这一类标准")
    p.add_argument("--industry", help="只导出这个行业（代码前缀，如 C14）")
    p.add_argument("--flag", choices=("superseded", "withdrawn", "outdated", "enterprise_only", "adopting"),
                   help="只导出有这个标记的执行标准")
    p.set_defaults(handler=cmd_export_standards)


def cmd_import_catalogue(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.catalogue_import import import_catalogue
    from qsupervise.documents.error_workbook import write_errors

    source = Path(args.file).expanduser()
    with open_existing(args) as store:
        done = import_catalogue(store, source, dry_run=args.dry_run, sheet=args.sheet, actor=ACTOR, lang=out.lang,
                                progress=out.progress)
    result = done.result
    errors_out = Path(args.errors).expanduser() if args.errors else None
    if errors_out is not None and result.rows_not_imported():
        write_errors(result, errors_out, progress=out.progress)
    payload: dict[str, Any] = done.as_dict()
    counts = {k: f"{v:,}" for k, v in result.counts.items()}
    lines = [text("import_summary", out.lang, file=source.name, **counts)]
    for p in result.problems[:SHOWN_PROBLEMS]:
        severity = text(f"severity_{p.severity}", out.lang)
        lines.append("  " + text("import_problem", out.lang, row=p.row, column=p.column or "-", severity=severity,
                                 message=p.message))
    if len(result.problems) > SHOWN_PROBLEMS:
        lines.append("  " + text("import_more", out.lang, count=len(result.problems) - SHOWN_PROBLEMS))
    if errors_out is not None and result.rows_not_imported():
        lines.append(text("import_errors_written", out.lang, path=errors_out))
    if done.implied:
        lines.append(text("std_import_implied", out.lang, count=done.implied))
    if done.applied is not None:
        a = done.applied
        lines.append(text("std_flags_written", out.lang, superseded=a.superseded, withdrawn=a.withdrawn,
                          changed=a.changed, cleared=a.cleared))
    if result.dry_run:
        lines.append(text("import_dry_run", out.lang))
    elif result.backup:
        lines.append(text("import_backup", out.lang, path=result.backup))
    out.result(payload, lines)
    return 0  # rows with errors are never written; the others were (DESIGN §7)


def cmd_export_standards(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.documents.standards_export import export_standards
    from qsupervise.services import org
    from qsupervise.services.standards_ledger import LedgerFilter

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output file (OUT.xlsx or --out OUT.xlsx)")
    with open_existing(args) as store:
        township_id = None
        if args.township:
            with store.read() as s:
                township_id = org.resolve(s, args.township).id
        chosen = LedgerFilter(kind=args.kind, industry=args.industry, township_id=township_id, flag=args.flag)
        done = export_standards(store, dest, ledger_filter=chosen, progress=out.progress)
    payload = {"ok": True, "out": str(dest.absolute()), "standards": done.standards, "rates": done.rates,
               "projects": done.projects}
    out.result(payload, [text("std_export_done", out.lang, standards=f"{done.standards:,}", rates=done.rates,
                              projects=done.projects, path=dest)])
    return 0
