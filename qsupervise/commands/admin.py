"""Commands that manage the database itself: init, demo, check-db, backup, restore."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from qsupervise.cli import ACTOR, Output, db_target, open_existing, out_path
from qsupervise.errors import DatabaseMissing, KnownError, UsageError
from qsupervise.messages import text

MAX_DEMO = 1_000_000


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[parent], help="新建并初始化数据库（县级或乡镇）")
    p.add_argument("--role", required=True, choices=("county", "township"), help="county 县级 / township 乡镇")
    p.add_argument("--name", help="县（市、区）或乡镇名称（用 --enroll 时取自登记文件）")
    p.add_argument("--code", help="区划代码：县 6 位，乡镇 9 位")
    p.add_argument("--county", help="乡镇站点所属县的名称")
    p.add_argument("--townships", help="乡镇名称，用逗号分隔（县级）")
    p.add_argument("--admin", help="首个管理员用户名；密码取自环境变量 QS_ADMIN_PASSWORD")
    p.add_argument("--enroll", help="县级 station add 写出的登记文件（乡镇）")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", parents=[parent], help="生成演示县数据（可重复：同样的种子得到同样的数据）")
    p.add_argument("--enterprises", default="20000", help="企业数量（默认 20000）")
    p.add_argument("--seed", type=int, default=1, help="随机种子（默认 1）")
    p.add_argument("--as-of", dest="as_of", help="数据截止日期 YYYY-MM-DD（默认 2026-06-30）")
    p.add_argument("--force", action="store_true", help="数据库已有数据时先备份，再重新生成")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check-db", parents=[parent], help="检查数据库完整性、结构版本、变更记录与审计链")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", parents=[parent], help="备份数据库（默认放在数据库旁的 backups 文件夹）")
    p.add_argument("output", nargs="?", help="备份文件路径")
    p.add_argument("--out", help="备份文件路径")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[parent], help="从备份恢复（恢复前自动备份当前数据）")
    p.add_argument("source", help="备份文件")
    p.set_defaults(handler=cmd_restore)


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services import setup
    from qsupervise.store import Store

    target = db_target(args)
    password = os.environ.get("QS_ADMIN_PASSWORD", "")
    if args.admin and len(password) < setup.MIN_PASSWORD:
        raise UsageError("admin_password_missing")
    if args.enroll:
        return _init_enrolled(args, out, target, password)
    if not args.name:
        raise UsageError("init_name_missing")
    townships = [t for t in (args.townships or "").replace("，", ",").split(",") if t.strip()]
    store = Store.open(target, create=True)
    path = store.path  # a file, or the server database's URL without its password
    with store:
        if store.is_initialised():
            raise KnownError("db_exists", path=path)
        with store.session(actor=ACTOR) as s:
            inst = setup.initialise(
                s,
                role=args.role,
                name=args.name,
                area_code=args.code,
                county_name=args.county,
                townships=townships,
                actor=ACTOR,
            )
            if args.admin:
                setup.create_admin(s, username=args.admin, password=password, actor=ACTOR)
    params = {"name": args.name, "station": inst.station_code, "townships": len(inst.township_ids), "path": path}
    payload = {"ok": True, "db": str(path), "role": args.role, "station": inst.station_code,
               "county_id": inst.county_id, "townships": len(inst.township_ids), "admin": args.admin}
    out.result(payload, [text("init_done", out.lang, **params)])
    return 0


def _init_enrolled(args: argparse.Namespace, out: Output, path: Any, password: str) -> int:
    """A township set up from the county's enrolment file: checked before the database file is created."""
    from qsupervise.services import setup
    from qsupervise.store import Store
    from qsupervise.sync import keys, stations

    if args.role != "township":
        raise UsageError("enroll_role")
    enrollment = stations.read_enrollment(args.enroll)
    if isinstance(path, Path) and path.exists():
        with Store.open(path) as existing:
            if existing.is_initialised():
                raise KnownError("db_exists", path=path)
    with Store.open(path, create=True) as store:
        path = store.path
        if store.is_initialised():
            raise KnownError("db_exists", path=path)
        with store.session(actor=ACTOR) as s:
            inst = stations.init_from_enrollment(s, enrollment, actor=ACTOR)
            if args.admin:
                setup.create_admin(s, username=args.admin, password=password, actor=ACTOR)
    county_fingerprint = keys.fingerprint(enrollment.county_public_key)
    payload = {"ok": True, "db": str(path), "role": "township", "station": inst.station_code,
               "station_id": inst.station_id, "county_id": inst.county_id, "township_id": inst.township_ids[0],
               "county_station_id": enrollment.county_station_id, "county_fingerprint": county_fingerprint,
               "key_file": str(keys.key_path(inst.station_id)), "admin": args.admin}
    out.result(payload, [text("init_enrolled", out.lang, name=enrollment.township_name, station=inst.station_code,
                              county=enrollment.county_name, county_fingerprint=county_fingerprint, path=path)])
    return 0


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise UsageError("date_format", value=value) from exc


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.demo import DEFAULT_AS_OF, generate
    from qsupervise.store import Store

    try:
        count = int(args.enterprises)
    except ValueError:
        count = -1
    if not 0 <= count <= MAX_DEMO:
        raise UsageError("demo_bad_count", value=args.enterprises)
    as_of = parse_date(args.as_of) if args.as_of else DEFAULT_AS_OF
    path = db_target(args)
    replaced = None
    store = Store.open(path, create=True)
    if args.force:
        try:
            replaced = _replace_if_has_data(store, out)
        except BaseException:
            store.close()  # a server database is refused here: nothing left open behind the message
            raise
        if replaced:
            store = Store.open(path, create=True)
    with store:
        result = generate(store, enterprises=count, seed=args.seed, as_of=as_of, actor=ACTOR, progress=out.progress)
    params: dict[str, Any] = {
        "county": result.county,
        "enterprises": f"{result.enterprises:,}",
        "products": f"{result.products:,}",
        "standards": f"{result.standards:,}",
        "plans": f"{result.spotchecks.plans:,}",
        "samples": f"{result.spotchecks.checks:,}",
        "certificates": f"{result.certifications.certificates:,}",
        "instruments": f"{result.instruments:,}",
        "programs": f"{result.awards.programs:,}",
        "applications": f"{result.awards.applications:,}",
        "brands": f"{result.awards.brands:,}",
        "payments": f"{result.certifications.payments + result.awards.payments:,}",
        "seconds": f"{result.seconds:.1f}",
    }
    payload = {"ok": True, "db": str(store.path), "county": result.county, "townships": result.townships,
               "enterprises": result.enterprises, "products": result.products, "standards": result.standards,
               "spot_check_plans": result.spotchecks.plans, "spot_checks": result.spotchecks.checks,
               "inspectors": result.spotchecks.inspectors, "certifications": result.certifications.certificates,
               "reward_payments": result.certifications.payments, "instruments": result.instruments,
               "credit_list_entries": result.credit.abnormal + result.credit.dishonest,
               "penalties": result.credit.penalties, "credit_grades": result.credit.grades,
               "award_programs": result.awards.programs, "award_applications": result.awards.applications,
               "score_sheets": result.awards.score_sheets, "eligibility_overrides": result.awards.overrides,
               "brands": result.awards.brands, "award_payments": result.awards.payments,
               "reward_funds": result.awards.funds,
               "letters": result.letters.letters, "letters_published": result.letters.published,
               "sync_stations": result.sync.stations, "sync_packages": result.sync.packages,
               "sync_conflicts": result.sync.conflicts,
               "seed": args.seed, "as_of": as_of.isoformat(),
               "seconds": round(result.seconds, 2),
               "previous_backup": str(replaced) if replaced else None}
    out.result(payload, [text("demo_done", out.lang, **params)])
    return 0


def _replace_if_has_data(store: Any, out: Output) -> Any:
    """With --force: back the old file up, then start from an empty file."""
    from qsupervise.demo.generate import enterprise_count

    with store.read() as s:
        has_data = enterprise_count(s) > 0
    if not has_data:
        return None
    file = store.file  # a server database is never deleted from here
    saved = store.backup(reason="before-demo")
    store.close()
    for suffix in ("", "-wal", "-shm"):
        target = file.with_name(file.name + suffix)
        target.unlink(missing_ok=True)
    if not out.as_json:
        print(text("demo_replaced", out.lang, path=saved))
    return saved


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.services.checks import check
    from qsupervise.store import Store

    path = db_target(args)
    if isinstance(path, Path) and not path.exists():
        raise DatabaseMissing("db_missing", path=path)
    with Store.open(path) as store:
        report = check(store)
    problems = [{"code": p.code, "message": p.message(out.lang), **p.params} for p in report.problems]
    notes = [{"code": n.code, "message": n.message(out.lang), **n.params} for n in report.notes]
    payload = {"ok": report.ok, "db": str(store.path), "schema": report.schema, "rows": report.rows,
               "changes": report.changes, "problems": problems, "notes": notes}
    lines = [text("check_schema", out.lang, version=report.schema or "?")]
    lines += [f"  {name}: {n:,}" for name, n in report.rows.items()]
    lines += [p["message"] for p in problems] + [n["message"] for n in notes]
    ok_line = text("check_ok", out.lang) if report.ok else text("check_failed", out.lang, count=len(problems))
    out.result(payload, [*lines, ok_line])
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace, out: Output) -> int:
    from qsupervise import backups

    dest = out_path(args)
    with open_existing(args) as store:
        saved = backups.backup_now(store, dest, actor=ACTOR)
    out.result({"ok": True, "db": str(store.path), "backup": str(saved)}, [text("backup_done", out.lang, path=saved)])
    return 0


def cmd_restore(args: argparse.Namespace, out: Output) -> int:
    from qsupervise import backups

    with open_existing(args) as store:
        safety = backups.restore(store, args.source, actor=ACTOR)
    payload = {"ok": True, "db": str(store.path), "restored_from": str(args.source), "safety_backup": str(safety)}
    out.result(payload, [text("restore_done", out.lang, source=args.source, safety=safety)])
    return 0
