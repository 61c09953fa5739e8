"""Headless commands: ``python main.py COMMAND …`` with the conventions of DESIGN §7."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qsupervise import __version__
from qsupervise.errors import DatabaseMissing, KnownError, UsageError

ACTOR = "cli"
Handler = Callable[[argparse.Namespace, "Output"], int]
log = logging.getLogger("qsupervise")


@dataclass
class Output:
    """Where a command speaks: one JSON object on stdout, or plain lines; logs to stderr."""

    as_json: bool
    lang: str
    _open_line: bool = False
    _last_quarter: int = -1

    def result(self, payload: dict[str, Any], lines: list[str]) -> None:
        if self.as_json:
            print(json.dumps(payload, ensure_ascii=False, default=str))
        else:
            for line in lines:
                print(line)

    def progress(self, fraction: float, message: str) -> None:
        """One updating line on a terminal; a few plain lines (every quarter) in a log."""
        if sys.stderr.isatty():
            print(f"\r{fraction:6.1%}  {message}\x1b[K", end="", file=sys.stderr, flush=True)
            self._open_line = fraction < 1
            if not self._open_line:
                print(file=sys.stderr)
            return
        quarter = int(fraction * 4)
        if quarter > self._last_quarter:
            self._last_quarter = quarter
            print(f"{fraction:6.1%}  {message}", file=sys.stderr, flush=True)

    def error(self, exc: KnownError) -> None:
        message = exc.message(self.lang)
        if self._open_line:  # finish the progress line first
            print(file=sys.stderr)
            self._open_line = False
        if self.as_json:
            payload = {"ok": False, "error": {"code": exc.code, "message": message, **exc.params}}
            print(json.dumps(payload, ensure_ascii=False))
        print(message, file=sys.stderr)


def common_options() -> argparse.ArgumentParser:
    """Options accepted both before and after the subcommand."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", default=argparse.SUPPRESS,
                        help="数据库文件或 postgresql:// 地址 / database file or postgresql:// URL")
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出一个 JSON 对象")
    parent.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help="消息语言")
    return parent


def build_parser() -> argparse.ArgumentParser:
    from qsupervise.commands import REGISTRY

    parent = common_options()
    parser = argparse.ArgumentParser(
        prog="qsupervise",
        description="质量监管工作台（QSupervise）命令行。不带命令时打开桌面程序。",
        parents=[parent],
    )
    parser.add_argument("--version", action="version", version=f"QSupervise {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in REGISTRY:
        register(sub, parent)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    """The database file ``--db`` names (the default one without it); see :func:`db_target` for URLs too."""
    from qsupervise.paths import default_db_path

    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else default_db_path()


def db_target(args: argparse.Namespace) -> Path | str:
    """What ``--db`` names: a file, or a ``postgresql://`` URL of a database on a server."""
    from qsupervise import dialect

    given = getattr(args, "db", None)
    return str(given).strip() if dialect.is_server(given) else db_path(args)


def out_path(args: argparse.Namespace) -> Path | None:
    """Output files come as a positional argument or as ``--out``; both is a usage error."""
    positional, option = getattr(args, "output", None), getattr(args, "out", None)
    if positional and option and positional != option:
        raise UsageError("usage", detail="give the output file once")
    chosen = option or positional
    return Path(chosen).expanduser() if chosen else None


def open_existing(args: argparse.Namespace) -> Any:
    """Open the database for a command that needs an initialised one."""
    from qsupervise.store import Store

    target = db_target(args)
    if isinstance(target, Path) and not target.exists():
        raise DatabaseMissing("db_missing", path=target)
    store = Store.open(target)
    if not store.is_initialised():
        store.close()
        raise KnownError("db_not_initialised", path=store.path)
    return store


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("QS_LOG", "WARNING"), stream=sys.stderr)
    parser = build_parser()
    args = parser.parse_args(argv)
    out = Output(as_json=getattr(args, "json", False), lang=getattr(args, "lang", os.environ.get("QS_LANG", "zh")))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handler(args, out)
    except KnownError as exc:
        out.error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        out.error(KnownError("cancelled"))
        return 1
