"""Standard numbers (执行标准) arrive in many spellings and must compare equal."""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("national", "industry", "local", "group", "enterprise", "metrology", "unknown")

# Parsing accepts any 2-4 letter prefix as industry; this list lets callers
# flag prefixes that are probably typos.
INDUSTRY_CODES = frozenset(
    {
        "AQ", "BB", "CB", "CH", "CJ", "CJJ", "CY", "DA", "DL", "DZ", "EJ", "FJ",
        "FZ", "GA", "GH", "GM", "GY", "HB", "HG", "HJ", "HS", "HY", "JB", "JC",
        "JG", "JGJ", "JR", "JT", "JY", "KA", "LD", "LS", "LY", "MH", "MT", "MZ",
        "NB", "NY", "QB", "QC", "QJ", "QX", "RB", "SB", "SC", "SF", "SH", "SJ",
        "SL", "SN", "SW", "SY", "TB", "TD", "TY", "WB", "WH", "WJ", "WM", "WS",
        "WW", "XB", "XF", "YB", "YC", "YD", "YS", "YY", "YZ",
    }
)  # fmt: skip

# Foreign and international prefixes look like industry codes but are not
# Chinese standards, so they must not be reported as "industry".
FOREIGN_CODES = frozenset(
    {"ISO", "IEC", "EN", "ASTM", "ANSI", "BS", "DIN", "JIS", "NF", "AS", "CAC", "IEEE"}
)

_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63")
_ZERO_WIDTH = frozenset("\u200b\ufeff")

_PATTERN = re.compile(
    r"""
    (?<![A-Z0-9/])
    (?:
        (?P<nat>GB(?:\s*/\s*[TZ])?)
      | (?P<met>JJ[GF])
      | DB\s*(?P<loc>\d{2})(?:\s*/\s*(?P<loc_suffix>[TZ]))?
      | T\s*/\s*(?P<grp>[A-Z0-9]+(?=\s+\d)|[A-Z0-9]*[A-Z](?=\d))
      | Q\s*/\s*(?P<ent>[^\s,;、]+(?=\s+\d)|[A-Z0-9]*[A-Z](?=\d))
      | (?P<ind>[A-Z]{2,4})(?:\s*/\s*(?P<ind_suffix>[TZ]))?
    )
    \s*
    (?P<num>\d+(?:\.\d+)*S?)
    (?:\s*-\s*(?P<year>\d{4}|\d{2})(?!\d))?
    (?!\.?\d)
    """,
    re.VERBOSE | re.ASCII,
)

_SEPARATORS = re.compile(r"[、;,\n]| 和 ")


@dataclass(frozen=True)
class StandardNumber:
    raw: str
    normalized: str
    kind: str
    code: str
    number: str
    year: str | None
    mandatory: bool


def _normalize(text: str) -> str:
    # Every character maps to exactly one character, so match spans in the
    # result are also valid spans in the original text (used for ``raw``).
    chars: list[str] = []
    for original in text:
        ch = original
        if "\uff01" <= ch <= "\uff5e":
            ch = chr(ord(ch) - 0xFEE0)
        elif ch in _DASHES:
            ch = "-"
        elif ch in "\r\n":
            ch = "\n"  # newline separates entries in parse_many
        elif ch.isspace() or ch in _ZERO_WIDTH:
            ch = " "
        upper = ch.upper()
        chars.append(upper if len(upper) == 1 else ch)
    # "一" (the numeral one) is a frequent stand-in for a dash in typed text.
    for i in range(1, len(chars) - 1):
        if chars[i] == "一" and chars[i - 1].isdigit() and chars[i + 1].isdigit():
            chars[i] = "-"
    return "".join(chars)


# Two-digit years from 50 upward belong to the 1900s, the rest to the 2000s.
_CENTURY_PIVOT = 50


def _expand_year(year: str | None) -> str | None:
    if year is None or len(year) != len("YY"):
        return year
    return ("19" if int(year) >= _CENTURY_PIVOT else "20") + year


def _build(text: str, match: re.Match[str]) -> StandardNumber:
    groups = match.groupdict()
    mandatory = False
    if groups["nat"] is not None:
        kind = "national"
        code = re.sub(r"\s+", "", groups["nat"])
        mandatory = code == "GB"
    elif groups["met"] is not None:
        kind, code = "metrology", groups["met"]
    elif groups["loc"] is not None:
        kind, code = "local", "DB" + groups["loc"]
        if groups["loc_suffix"] is not None:
            code += "/" + groups["loc_suffix"]
        else:
            mandatory = True
    elif groups["grp"] is not None:
        kind, code = "group", "T/" + groups["grp"]
    elif groups["ent"] is not None:
        kind, code = "enterprise", "Q/" + groups["ent"]
    else:
        prefix = groups["ind"]
        kind = "unknown" if prefix in FOREIGN_CODES else "industry"
        code = prefix
        if groups["ind_suffix"] is not None:
            code += "/" + groups["ind_suffix"]
    number = groups["num"]
    year = _expand_year(groups["year"])
    normalized = f"{code} {number}" + (f"-{year}" if year is not None else "")
    return StandardNumber(
        raw=text[match.start() : match.end()],
        normalized=normalized,
        kind=kind,
        code=code,
        number=number,
        year=year,
        mandatory=mandatory,
    )


def parse(text: str) -> StandardNumber | None:
    match = _PATTERN.search(_normalize(text))
    return None if match is None else _build(text, match)


def parse_many(text: str) -> list[StandardNumber]:
    normalized = _normalize(text)
    results: list[StandardNumber] = []
    start = 0
    bounds = [(m.start(), m.end()) for m in _SEPARATORS.finditer(normalized)]
    bounds.append((len(normalized), len(normalized)))
    for sep_start, sep_end in bounds:
        for match in _PATTERN.finditer(normalized, start, sep_start):
            results.append(_build(text, match))
        start = sep_end
    return results
