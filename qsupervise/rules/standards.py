"""Standard numbers (执行标准) arrive in many spellings and must compare equal."""

from __future__ import annotations

import re
from collections.abc import Mapping
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
      | DB\s*(?P<city>\d{4}(?:\d{2})?)\s*/\s*(?P<city_suffix>[TZ])
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
    elif groups["city"] is not None:  # a city's local standard (设区的市), DB4205/T
        kind, code = "local", "DB" + groups["city"] + "/" + groups["city_suffix"]
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


# --- checking a number typed into a register ---------------------------------------------------------------


@dataclass(frozen=True)
class NumberProblem:
    """``code`` is the stable reason (``number_format`` …), ``key`` the catalogue text that explains it."""

    code: str
    severity: str  # "error" | "warning"
    key: str
    params: dict[str, str]


_LEFTOVER = re.compile(r"[\s\-—–、,，;；:：。.()（）\[\]【】/]+")


def check_number(text: str) -> tuple[StandardNumber | None, list[NumberProblem]]:
    """The one standard number a cell holds, and what is wrong with how it is written.

    No recognisable number, or several in one cell, is the error ``number_format``; a number without its year
    (GB/T 3183) is the warning ``number_no_year``, as is text beside the number (a title typed into the cell).
    """
    value = text.strip()
    found = parse_many(value)
    if not found:
        return None, [NumberProblem("number_format", "error", "std_number_format", {"value": value})]
    if len(found) > 1:
        several = "、".join(s.normalized for s in found)
        return None, [NumberProblem("number_format", "error", "std_number_several", {"value": value, "found": several})]
    parsed = found[0]
    problems: list[NumberProblem] = []
    if parsed.year is None:
        problems.append(NumberProblem("number_no_year", "warning", "std_number_no_year", {"value": parsed.normalized}))
    rest = _LEFTOVER.sub("", value.replace(parsed.raw, "", 1))
    if rest and not rest.isdigit():
        problems.append(NumberProblem("number_extra_text", "warning", "std_number_extra_text",
                                      {"value": value, "number": parsed.normalized}))
    return parsed, problems


def family(normalized: str) -> str:
    """The number without its year: every edition of one standard shares it (GB 2760-2014 → GB 2760)."""
    head, sep, year = normalized.rpartition("-")
    return head if sep and year.isdigit() and len(year) == len("YYYY") else normalized


# --- the kinds the executed-standards ledger filters by ---------------------------------------------------

# ledger kind -> how to recognise it from (normalized, parse kind)
LEDGER_KINDS = ("GB", "GB/T", "industry", "DB", "T", "Q", "other")


def ledger_kind(normalized: str, kind: str) -> str:
    """GB (mandatory national), GB/T (recommended or guiding national), industry, DB, T (group), Q, other."""
    if kind == "national":
        return "GB" if normalized.startswith("GB ") else "GB/T"
    return {"industry": "industry", "local": "DB", "group": "T", "enterprise": "Q"}.get(kind, "other")


# --- the county's standards catalogue: status and the replaced-by chain -------------------------------------

CURRENT, WITHDRAWN, REPLACED = "current", "withdrawn", "replaced"
STATUSES = (CURRENT, WITHDRAWN, REPLACED)
_STATUS_WORDS = {
    CURRENT: ("现行", "现行有效", "有效", "即将实施", "实施", "current", "valid", "in force"),
    WITHDRAWN: ("废止", "已废止", "作废", "已作废", "withdrawn", "abolished", "repealed"),
    REPLACED: ("被代替", "已被代替", "被替代", "已被替代", "代替", "替代", "replaced", "superseded"),
}
_STATUS_INDEX = {word.casefold(): code for code, words in _STATUS_WORDS.items() for word in words}


def parse_status(text: str) -> str | None:
    """现行 / 废止 / 被代替 (and their variants) as current / withdrawn / replaced; None when unknown."""
    return _STATUS_INDEX.get("".join(text.split()).casefold())


@dataclass(frozen=True)
class Chain:
    """Where a number leads in the catalogue.

    ``status``: the number's own status ("" when the catalogue does not list it); ``current``: the last
    edition the replaced-by links reach (None when the number is not replaced, or the chain ends in a withdrawn
    standard or loops); ``path``: the numbers walked, the start first; ``cycle``: the links loop.
    """

    status: str
    current: str | None
    path: tuple[str, ...]
    cycle: bool = False

    @property
    def superseded(self) -> bool:
        return self.status == REPLACED

    @property
    def withdrawn(self) -> bool:
        return self.status == WITHDRAWN


def follow(number: str, catalogue: Mapping[str, tuple[str, str]], limit: int = 50) -> Chain:
    """Follow the replaced-by links from ``number`` (normalized) through ``catalogue`` (normalized number ->
    (status, replaced-by number or "")). A loop, or more than ``limit`` links, stops the walk."""
    entry = catalogue.get(number)
    if entry is None:
        return Chain("", None, (number,))
    status = entry[0]
    if status != REPLACED:
        return Chain(status, None, (number,))
    path = [number]
    seen = {number}
    step = entry
    while step[0] == REPLACED and step[1]:
        nxt = step[1]
        if nxt in seen or len(path) > limit:
            return Chain(status, None, (*path, nxt), cycle=True)
        path.append(nxt)
        seen.add(nxt)
        found = catalogue.get(nxt)
        if found is None:  # the replacement is not catalogued: take it as the current edition
            return Chain(status, nxt, tuple(path))
        step = found
    if step[0] == CURRENT:
        return Chain(status, path[-1], tuple(path))
    return Chain(status, None, tuple(path))  # ends in a withdrawn standard, or a replaced one naming no successor


# --- adoption of international standards (采标) -------------------------------------------------------------

IDT, MOD = "IDT", "MOD"
DEGREES = (IDT, MOD)
_DEGREE_WORDS = {
    IDT: ("IDT", "等同", "等同采用", "identical"),
    MOD: ("MOD", "修改", "修改采用", "modified"),
}
_DEGREE_INDEX = {w.casefold(): code for code, words in _DEGREE_WORDS.items() for w in words}
_INTERNATIONAL = re.compile(
    r"(?P<code>(?:ISO|IEC|ITU|CAC|OIML|EN|ASTM|ANSI|BS|DIN|JIS|NF|AS|IEEE|UL|API|ASME|SAE)"
    r"(?:\s*/\s*(?:IEC|ISO|TR|TS|PAS|ASTM|CXS|DIS|IEEE))*)\s*(?P<rest>[A-Z]?\s*\d[\w.\-/:\s]*?)",
    re.ASCII,
)


def parse_degree(text: str) -> str | None:
    """IDT (等同采用) or MOD (修改采用); NEQ and anything else is not adoption (None)."""
    return _DEGREE_INDEX.get("".join(text.split()).casefold())


def normalize_international(text: str) -> str | None:
    """An international or foreign standard number in one spelling (ISO 22000:2018, IEC 60598-1:2020), or None."""
    value = _normalize(text).strip()
    match = _INTERNATIONAL.fullmatch(value)
    if match is None:
        return None
    code = re.sub(r"\s+", "", match["code"])
    rest = re.sub(r"\s+", "", match["rest"])
    return f"{code} {rest}"


def rate(part: int, whole: int) -> float | None:
    """part / whole as a percentage with one decimal, None for an empty whole."""
    return None if whole <= 0 else round(100.0 * part / whole, 1)
