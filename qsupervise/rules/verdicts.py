"""Spot-check verdicts: derived from the test items, and read from the words published tables use."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

PASS, FAIL, SERIOUS = "pass", "fail", "serious_fail"
VERDICTS = (PASS, FAIL, SERIOUS)
FAILING = (FAIL, SERIOUS)
IMPORTANCE = ("A", "B")

_FAIL_WORDS = ("不合格", "不符合")
_PASS_WORDS = ("合格", "符合")
_FAIL_TOKENS = {"F", "FAIL", "FAILED", "N", "NG", "×", "✗", "✘"}
_PASS_TOKENS = {"P", "PASS", "PASSED", "Y", "OK", "√", "✓", "✔"}
_SPACE = re.compile(r"\s+")


def derive(items: Iterable[tuple[str | None, str]]) -> str | None:
    """The overall verdict from (item verdict, importance A/B) pairs.

    Any failing class-A item makes it 严重不合格, any other failing item 不合格, all passing 合格; an item
    without a verdict yet (or no items at all) leaves the overall verdict open (None).
    """
    seen = False
    worst: str | None = PASS
    for verdict, importance in items:
        seen = True
        if verdict is None:
            return None
        if verdict == FAIL:
            if (importance or "").upper() == "A":
                return SERIOUS
            worst = FAIL
    return worst if seen else None


def is_failing(verdict: str | None) -> bool:
    return verdict in FAILING


def parse_published(value: str) -> str | None:
    """A published verdict cell as pass / fail / serious_fail, or None when it says neither.

    Any 不合格, 不符合 or F is a fail ("复查仍不合格", "经抽样检验，所检项目不符合标准要求"); 合格, 符合 or P
    a pass. "严重不合格" is the serious fail.
    """
    folded = _SPACE.sub("", unicodedata.normalize("NFKC", value or "")).upper()
    if not folded:
        return None
    if "严重不合格" in folded:
        return SERIOUS
    if any(w in folded for w in _FAIL_WORDS) or folded in _FAIL_TOKENS:
        return FAIL
    if any(w in folded for w in _PASS_WORDS) or folded in _PASS_TOKENS:
        return PASS
    return None
