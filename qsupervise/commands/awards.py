"""``award`` and ``fund``: brand and award programmes, applications and the reward fund from the command line."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    """No subcommands yet."""
