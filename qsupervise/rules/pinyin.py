"""Pinyin initials of Chinese names, so "fxsp" finds 发夏食品 in a search box."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=20_000)
def _initial(char: str) -> str:
    from pypinyin import Style, lazy_pinyin

    if char.isascii():
        return char.lower() if char.isalnum() else ""
    letters: list[str] = lazy_pinyin(char, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(letters).lower()


def initials(text: str) -> str:
    """Lower-case initials, one per Chinese character; ASCII letters and digits kept as they are.

    Characters are looked up one by one (cached), which picks each character's common reading.
    """
    return "".join(_initial(c) for c in text)
