"""The core stays free of Qt, importing it has no side effects, and every message code exists."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import qsupervise
from qsupervise.messages import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "qsupervise"


def core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(qsupervise.__path__, "qsupervise.")]


def test_importing_every_core_module_loads_no_qt() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
    assert done.stderr == ""  # no prints, no warnings: importing has no side effects


def test_no_core_source_mentions_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "ui")]
    assert offenders == []


def used_message_codes() -> set[str]:
    """First string argument of every KnownError-family call and text() call in the core."""
    codes = set()
    for path in CORE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        message_text = "from qsupervise.messages import text" in source  # not sqlalchemy's text()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name in dir(__builtins__) or name in ("ValueError", "RuntimeError", "TypeError"):
                    continue  # programming errors, not messages for users
                if name == "text" and not message_text:
                    continue
                if (name.endswith(("Error", "Missing", "Newer", "Damaged", "Locked", "ReadOnly")) or name in (
                    "text",
                    "Problem",
                )) and isinstance(node.args[0].value, str):
                    codes.add(node.args[0].value)
    return codes


def test_every_message_code_has_both_languages() -> None:
    used = used_message_codes()
    assert used, "the scan found no codes at all"
    missing = sorted(c for c in used if c not in CATALOGUE)
    assert missing == []
    for code, (zh, en) in CATALOGUE.items():
        assert zh.strip(), code
        assert en.strip(), code
        assert zh != en, code
