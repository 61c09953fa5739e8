"""Commands for the county hub on PostgreSQL: migrate-store (move a county file onto the server)."""

from __future__ import annotations

import argparse

from qsupervise.cli import Output
from qsupervise.messages import text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("migrate-store", parents=[parent],
                       help="把县级数据库文件整体搬到 PostgreSQL 服务器上的空数据库（一个事务，核对行数）")
    p.add_argument("--from", dest="source", required=True, help="数据库文件（.db）")
    p.add_argument("--to", dest="target", required=True, help="postgresql://用户@主机/数据库（须为空库）")
    p.set_defaults(handler=cmd_migrate_store)


def cmd_migrate_store(args: argparse.Namespace, out: Output) -> int:
    from qsupervise import store_move

    moved = store_move.move(args.source, args.target, progress=out.progress)
    payload = {"ok": True, "from": str(moved.source), "to": moved.target, "tables": moved.counts,
               "rows": moved.rows, "seconds": round(moved.seconds, 2)}
    out.result(payload, [text("migrate_store_done", out.lang, source=moved.source, url=moved.target,
                              tables=len(moved.counts), rows=f"{moved.rows:,}")])
    return 0
