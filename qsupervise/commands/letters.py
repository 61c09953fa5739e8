"""``letters`` and ``assessment``: responsibility letters (质量工作目标责任书) and the year-end township assessment."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.commands.admin import parse_date
from qsupervise.errors import KnownError, UsageError
from qsupervise.messages import text

KIND_WORDS = {"township": ["township"], "member_unit": ["member_unit"], "all": ["township", "member_unit"]}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    letters = sub.add_parser("letters", parents=[parent], help="质量工作目标责任书：生成、列表、签订、打印")
    verbs = letters.add_subparsers(dest="verb", metavar="VERB", required=True)
    p = verbs.add_parser("create", parents=[parent], help="按年度模板为各乡镇（或成员单位）生成责任书")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--kind", choices=tuple(KIND_WORDS), default="township", help="township / member_unit / all")
    p.set_defaults(handler=cmd_create)

    p = verbs.add_parser("list", parents=[parent], help="列出某年度的责任书")
    p.add_argument("--year", type=int, required=True)
    p.set_defaults(handler=cmd_list)

    p = verbs.add_parser("sign", parents=[parent], help="登记签订（附扫描件），签订后锁定")
    p.add_argument("unit", metavar="UNIT", help="乡镇或成员单位名称")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--on", required=True, help="签订日期 YYYY-MM-DD")
    p.add_argument("--scan", help="签字盖章后的扫描件（PDF 或图片）")
    p.set_defaults(handler=cmd_sign)

    p = verbs.add_parser("print", parents=[parent], help="打印责任书 PDF：一个文件夹（每单位一份）或一个 .pdf 文件")
    p.add_argument("output", nargs="?", help="输出文件夹，或以 .pdf 结尾的单个文件")
    p.add_argument("--out", help="同上")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--unit", action="append", help="只打印这个单位（可重复）")
    p.set_defaults(handler=cmd_print)

    assess = sub.add_parser("assessment", parents=[parent], help="年度考核：得分、排名、导出考核表和报告")
    verbs = assess.add_subparsers(dest="verb", metavar="VERB", required=True)
    for name, helptext, handler in (
        ("export", "导出考核表 .xlsx", cmd_export),
        ("report", "考核报告 PDF（含排名图）", cmd_report),
        ("show", "显示各单位得分和排名", cmd_show),
    ):
        p = verbs.add_parser(name, parents=[parent], help=helptext)
        if name != "show":
            p.add_argument("output", nargs="?", help="输出文件")
            p.add_argument("--out", help="同上")
        p.add_argument("--year", type=int, required=True)
        p.add_argument("--cutoff", help="考核截止日（默认：已设置的截止日，否则今天或年底）")
        p.add_argument("--as-of", help="今天（测试或补算用）")
        p.set_defaults(handler=handler)
    p = verbs.add_parser("cutoff", parents=[parent], help="设置某年度考核截止日")
    p.add_argument("day", metavar="YYYY-MM-DD")
    p.add_argument("--year", type=int, required=True)
    p.set_defaults(handler=cmd_cutoff)


def _day(value: str | None) -> date | None:
    return parse_date(value) if value else None


def _letter_for(session: Any, year: int, unit: str) -> Any:
    from qsupervise.services import letters

    found = [r for r in letters.letters(session, year) if r.unit == unit.strip()]
    if not found:
        raise KnownError("letter_unknown", ref=f"{year} {unit}")
    return found[0]


def cmd_create(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import letters

    created = skipped = 0
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        for kind in KIND_WORDS[args.kind]:
            done = letters.create_letters(s, args.year, kind, actor=ACTOR)
            created, skipped = created + len(done.created), skipped + len(done.skipped)
    out.result({"ok": True, "year": args.year, "created": created, "skipped": skipped},
               [text("letter_created", out.lang, created=created, skipped=skipped)])
    return 0


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    from dataclasses import asdict

    from qsupervise.services import letters

    with open_existing(args) as store, store.read() as s:
        rows = letters.letters(s, args.year)
    lines = [f"{r.unit}\t{r.title}\t{r.targets}\t{r.points:g}\t{r.signed_on or '-'}\t{r.stage}" for r in rows]
    out.result({"ok": True, "year": args.year, "count": len(rows), "letters": [asdict(r) for r in rows]},
               lines or [text("letter_none_for_year", out.lang, year=args.year)])
    return 0


def cmd_sign(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import letters

    on = _day(args.on)
    scan = Path(args.scan).expanduser() if args.scan else None
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        row = _letter_for(s, args.year, args.unit)
        signed = letters.sign(s, row.id, signed_on=on or date.today(), scan=scan,
                              scan_name=scan.name if scan else "", actor=ACTOR)
        payload = {"ok": True, "id": signed.id, "unit": signed.party_b, "signed_on": signed.signed_on,
                   "locked": signed.locked, "scan": signed.scan_attachment_id}
    out.result(payload, [f"{payload['unit']}\t{payload['signed_on']}"])
    return 0


def cmd_print(args: argparse.Namespace, out: Output) -> int:
    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="give the output folder (or a .pdf file) as OUT or --out")
    from qsupervise.documents import letter_pdf
    from qsupervise.services import audit, letters

    with open_existing(args) as store:
        with store.read() as s:
            ids = [_letter_for(s, args.year, u).id for u in args.unit] if args.unit else None
            docs = letters.letter_docs(s, args.year, ids=ids)
        if not docs:
            raise KnownError("letter_none_for_year", year=args.year)
        one_file = dest.suffix.lower() == ".pdf"
        done = letter_pdf.write_letters(docs, dest, one_file=one_file, lang=out.lang,
                                        progress=lambda n, total: out.progress(n / total, f"{n}/{total}"))
        audit.record_use(store, actor=ACTOR, action="print.letters", target=dest.name,
                         detail={"year": args.year, "letters": done.letters, "pages": done.pages})
    out.result({"ok": True, "year": args.year, "letters": done.letters, "pages": done.pages,
                "files": [str(p) for p in done.paths]},
               [text("letter_printed", out.lang, count=done.letters, pages=done.pages, path=dest)])
    return 0


def _sheet(args: argparse.Namespace, session: Any) -> list[Any]:
    from qsupervise.services import assessment

    today = _day(args.as_of) or date.today()
    scores = assessment.sheet(session, args.year, today=today, cutoff=_day(args.cutoff))
    if not scores:
        raise KnownError("letter_none_for_year", year=args.year)
    return scores


def _summary(scores: list[Any]) -> list[dict[str, Any]]:
    return [{"unit": x.unit, "kind": x.kind, "rank": x.rank, "stage": x.stage, "self_total": x.self_total,
             "verified_total": x.verified_total, "complete": x.complete, "cutoff": x.cutoff.isoformat()}
            for x in sorted(scores, key=lambda x: (x.kind != "township", x.rank or 10**6))]


def cmd_show(args: argparse.Namespace, out: Output) -> int:
    with open_existing(args) as store, store.read() as s:
        rows = _summary(_sheet(args, s))
    lines = [f"{r['rank'] or '-'}\t{r['unit']}\t{r['self_total']:g}\t{r['verified_total']:g}\t{r['stage']}"
             for r in rows]
    out.result({"ok": True, "year": args.year, "units": rows}, lines)
    return 0


def _write_scores(args: argparse.Namespace, out: Output, *, suffix: str, action: str) -> tuple[Path, list[Any]]:
    """The year's scores written by ``args.write`` (the .xlsx table or the report PDF), audited as ``action``."""
    from qsupervise.documents import assessment_export
    from qsupervise.services import audit

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail=f"give the output file OUT{suffix} or --out")
    write = assessment_export.export_assessment if suffix == ".xlsx" else assessment_export.report_pdf
    with open_existing(args) as store:
        with store.read() as s:
            scores = _sheet(args, s)
        path = write(scores, args.year, dest, lang=out.lang)
        audit.record_use(store, actor=ACTOR, action=action, target=path.name,
                         detail={"year": args.year, "units": len(scores)})
    return path, scores


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    path, scores = _write_scores(args, out, suffix=".xlsx", action="export.assessment")
    out.result({"ok": True, "year": args.year, "units": len(scores), "path": str(path), "ranking": _summary(scores)},
               [text("assessment_exported", out.lang, year=args.year, count=len(scores), path=path)])
    return 0


def cmd_report(args: argparse.Namespace, out: Output) -> int:
    path, scores = _write_scores(args, out, suffix=".pdf", action="print.assessment_report")
    out.result({"ok": True, "year": args.year, "units": len(scores), "path": str(path)}, [str(path)])
    return 0


def cmd_cutoff(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import assessment

    day = _day(args.day)
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        count = assessment.set_cutoff(s, args.year, day or date.today(), actor=ACTOR)
    out.result({"ok": True, "year": args.year, "cutoff": day.isoformat() if day else None, "letters": count},
               [f"{args.year}\t{day}\t{count}"])
    return 0
