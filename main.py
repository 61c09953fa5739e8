"""Start QSupervise: the desktop window, or a headless command when one is given."""

from __future__ import annotations

import sys


def wants_gui(argv: list[str]) -> bool:
    """True when argv holds nothing but an optional ``--db PATH``."""
    rest = list(argv)
    if rest[:1] == ["--db"] and len(rest) >= 2:
        rest = rest[2:]
    elif rest[:1] and rest[0].startswith("--db="):
        rest = rest[1:]
    return not rest


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if wants_gui(args):
        from ui.app import run

        return run(args)
    from qsupervise.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
