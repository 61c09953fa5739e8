"""Tests for standard number (执行标准) parsing."""

from __future__ import annotations

import pytest

from qsupervise.rules.standards import (
    StandardNumber,
    check_number,
    family,
    follow,
    ledger_kind,
    normalize_international,
    parse,
    parse_degree,
    parse_many,
    parse_status,
    rate,
)

EN_DASH = "\u2013"
EM_DASH = "\u2014"
IDEOGRAPHIC_SPACE = "\u3000"


def full_width(text: str) -> str:
    """Spell ASCII text the way a Chinese IME in full-width mode types it."""
    return "".join(
        IDEOGRAPHIC_SPACE if ch == " " else chr(ord(ch) + 0xFEE0) for ch in text
    )


# text, normalized, kind, code, number, year, mandatory
CASES: list[tuple[str, str, str, str, str, str | None, bool]] = [
    ("GB/T 3183-2017", "GB/T 3183-2017", "national", "GB/T", "3183", "2017", False),
    ("GB 10631-2013", "GB 10631-2013", "national", "GB", "10631", "2013", True),
    ("GB10631-2013", "GB 10631-2013", "national", "GB", "10631", "2013", True),
    (
        "GB/T3183" + EM_DASH + "2017",
        "GB/T 3183-2017",
        "national",
        "GB/T",
        "3183",
        "2017",
        False,
    ),
    (
        "QB/T 1910" + EN_DASH + "2010",
        "QB/T 1910-2010",
        "industry",
        "QB/T",
        "1910",
        "2010",
        False,
    ),
    ("DB42/T 1234-2016", "DB42/T 1234-2016", "local", "DB42/T", "1234", "2016", False),
    ("DB 42/T 1234-2016", "DB42/T 1234-2016", "local", "DB42/T", "1234", "2016", False),
    ("DB42 1234-2016", "DB42 1234-2016", "local", "DB42", "1234", "2016", True),
    ("T/CAQ 20301-2023", "T/CAQ 20301-2023", "group", "T/CAQ", "20301", "2023", False),
    ("Q/XXX 001-2020", "Q/XXX 001-2020", "enterprise", "Q/XXX", "001", "2020", False),
    (
        "Q/320102ABC 001-2020",
        "Q/320102ABC 001-2020",
        "enterprise",
        "Q/320102ABC",
        "001",
        "2020",
        False,
    ),
    ("JJG 539-2016", "JJG 539-2016", "metrology", "JJG", "539", "2016", False),
    ("JJF 1070-2005", "JJF 1070-2005", "metrology", "JJF", "1070", "2005", False),
    ("GB/Z 1234-2019", "GB/Z 1234-2019", "national", "GB/Z", "1234", "2019", False),
    ("GB 2762-2017", "GB 2762-2017", "national", "GB", "2762", "2017", True),
    ("NY/T 391-2021", "NY/T 391-2021", "industry", "NY/T", "391", "2021", False),
    ("GB 2760-2014", "GB 2760-2014", "national", "GB", "2760", "2014", True),
    ("GB 2760-96", "GB 2760-1996", "national", "GB", "2760", "1996", True),
    ("GB 2760-08", "GB 2760-2008", "national", "GB", "2760", "2008", True),
    (
        "GB/T 1234.2-2008",
        "GB/T 1234.2-2008",
        "national",
        "GB/T",
        "1234.2",
        "2008",
        False,
    ),
    (
        full_width("GB/T 3183-2017"),
        "GB/T 3183-2017",
        "national",
        "GB/T",
        "3183",
        "2017",
        False,
    ),
    ("gb/t 3183-2017", "GB/T 3183-2017", "national", "GB/T", "3183", "2017", False),
    ("GB/T 3183", "GB/T 3183", "national", "GB/T", "3183", None, False),
    ("JGJ 59-2011", "JGJ 59-2011", "industry", "JGJ", "59", "2011", False),
    ("ABC 12-2020", "ABC 12-2020", "industry", "ABC", "12", "2020", False),
    ("ISO 22000", "ISO 22000", "unknown", "ISO", "22000", None, False),
]


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_parse(case: tuple[str, str, str, str, str, str | None, bool]) -> None:
    text, normalized, kind, code, number, year, mandatory = case
    assert parse(text) == StandardNumber(
        raw=text,
        normalized=normalized,
        kind=kind,
        code=code,
        number=number,
        year=year,
        mandatory=mandatory,
    )


@pytest.mark.parametrize("text", ["无", "企业标准", "", "   ", "2017年"])
def test_parse_nothing_recognisable(text: str) -> None:
    assert parse(text) is None


def test_parse_finds_number_inside_text() -> None:
    result = parse("执行标准\uff1aGB 2760-2014 食品安全国家标准 食品添加剂使用标准")
    assert result is not None
    assert result.raw == "GB 2760-2014"
    assert result.normalized == "GB 2760-2014"


def test_parse_trailing_full_stop_keeps_year() -> None:
    result = parse("GB 2760-2014.")
    assert result is not None
    assert result.year == "2014"


def test_parse_enterprise_without_space_and_s_suffix() -> None:
    result = parse("Q/ABC0001S-2018")
    assert result is not None
    assert (result.code, result.number, result.normalized) == (
        "Q/ABC",
        "0001S",
        "Q/ABC 0001S-2018",
    )


def test_parse_chinese_one_used_as_dash() -> None:
    result = parse("GB/T 3183一2017")
    assert result is not None
    assert result.normalized == "GB/T 3183-2017"


def test_parse_many_separators() -> None:
    text = (
        "GB 2760-2014、GB/T 3183-2017\uff1bQ/XXX 001-2020\n"
        "DB 42/T 1234-2016 和 T/CAQ 20301-2023,JJG 539-2016\uff0c无;NY/T 391-2021"
    )
    assert [s.normalized for s in parse_many(text)] == [
        "GB 2760-2014",
        "GB/T 3183-2017",
        "Q/XXX 001-2020",
        "DB42/T 1234-2016",
        "T/CAQ 20301-2023",
        "JJG 539-2016",
        "NY/T 391-2021",
    ]


def test_parse_many_keeps_raw_text() -> None:
    first = full_width("GB 2760-2014")
    second = "gb/t 3183" + EM_DASH + "2017"
    results = parse_many(first + "\uff0c" + second)
    assert [r.raw for r in results] == [first, second]


def test_parse_many_slash_is_not_a_separator() -> None:
    assert [s.code for s in parse_many("GB/T 3183-2017")] == ["GB/T"]


@pytest.mark.parametrize("text", ["", "无", "企业标准、无"])
def test_parse_many_empty(text: str) -> None:
    assert parse_many(text) == []


# --- spellings the issue names: spaces, en/em dashes, 2- and 4-digit years, dotted parts, local codes ----------

SPELLINGS: list[tuple[str, str]] = [
    ("GB / T 3183 - 2017", "GB/T 3183-2017"),
    ("GB/T  3183" + EN_DASH + "2017", "GB/T 3183-2017"),
    ("GB 4806.7" + EM_DASH + "2016", "GB 4806.7-2016"),
    ("GB 4806.7-16", "GB 4806.7-2016"),
    ("GB/T 10781.1-2021", "GB/T 10781.1-2021"),
    ("DB42/T 1234" + EN_DASH + "16", "DB42/T 1234-2016"),
    ("DB 42 / T 1234-2016", "DB42/T 1234-2016"),
    ("DB4205/T 123-2020", "DB4205/T 123-2020"),
    ("GB 5101-98", "GB 5101-1998"),
    (full_width("GB 2760-2024"), "GB 2760-2024"),
]


@pytest.mark.parametrize(("text", "normalized"), SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_spellings_normalise_to_one_number(text: str, normalized: str) -> None:
    found, problems = check_number(text)
    assert found is not None
    assert found.normalized == normalized
    assert problems == []


# text, problem codes with their severities
CHECKS: list[tuple[str, list[tuple[str, str]]]] = [
    ("GB/T 3183", [("number_no_year", "warning")]),
    ("DB42/T 1234", [("number_no_year", "warning")]),
    ("GB 2760-2014 食品添加剂使用标准", [("number_extra_text", "warning")]),
    ("食品添加剂使用标准", [("number_format", "error")]),
    ("见附件", [("number_format", "error")]),
    ("2760-2014", [("number_format", "error")]),
    ("", [("number_format", "error")]),
    ("GB 2760-2014、GB 2762-2017", [("number_format", "error")]),
]


@pytest.mark.parametrize(("text", "expected"), CHECKS, ids=[c[0] or "empty" for c in CHECKS])
def test_check_number_problems(text: str, expected: list[tuple[str, str]]) -> None:
    found, problems = check_number(text)
    assert [(p.code, p.severity) for p in problems] == expected
    assert (found is None) == any(severity == "error" for _code, severity in expected)


def test_family_drops_only_the_year() -> None:
    assert [family(n) for n in ("GB 2760-2014", "GB 4806.7-2016", "GB/T 3183", "T/CAQ 20301-2023")] == [
        "GB 2760", "GB 4806.7", "GB/T 3183", "T/CAQ 20301"]


# --- the replaced-by chain ----------------------------------------------------------------------------------

CATALOGUE = {
    "GB 2760-2007": ("replaced", "GB 2760-2011"),
    "GB 2760-2011": ("replaced", "GB 2760-2014"),
    "GB 2760-2014": ("replaced", "GB 2760-2024"),
    "GB 2760-2024": ("current", ""),
    "GB 1-1990": ("replaced", "GB 1-2000"),  # successor not catalogued: taken as current
    "GB 2-1990": ("replaced", "GB 2-2000"),
    "GB 2-2000": ("withdrawn", ""),  # the chain ends withdrawn: no edition to move to
    "GB 3-1990": ("replaced", ""),  # replaced, successor unknown
    "GB 4-1990": ("withdrawn", ""),
    "A-1": ("replaced", "A-2"),
    "A-2": ("replaced", "A-3"),
    "A-3": ("replaced", "A-1"),  # a loop
    "B-1": ("replaced", "B-1"),  # a self-loop
}
# start, status, current, path, cycle
CHAINS: list[tuple[str, str, str | None, tuple[str, ...], bool]] = [
    ("GB 2760-2007", "replaced", "GB 2760-2024", ("GB 2760-2007", "GB 2760-2011", "GB 2760-2014", "GB 2760-2024"),
     False),
    ("GB 2760-2014", "replaced", "GB 2760-2024", ("GB 2760-2014", "GB 2760-2024"), False),
    ("GB 2760-2024", "current", None, ("GB 2760-2024",), False),
    ("GB 1-1990", "replaced", "GB 1-2000", ("GB 1-1990", "GB 1-2000"), False),
    ("GB 2-1990", "replaced", None, ("GB 2-1990", "GB 2-2000"), False),
    ("GB 3-1990", "replaced", None, ("GB 3-1990",), False),
    ("GB 4-1990", "withdrawn", None, ("GB 4-1990",), False),
    ("GB 9-2020", "", None, ("GB 9-2020",), False),
    ("A-1", "replaced", None, ("A-1", "A-2", "A-3", "A-1"), True),
    ("B-1", "replaced", None, ("B-1", "B-1"), True),
]


@pytest.mark.parametrize("case", CHAINS, ids=[c[0] for c in CHAINS])
def test_follow_the_replaced_by_chain(case: tuple[str, str, str | None, tuple[str, ...], bool]) -> None:
    start, status, current, path, cycle = case
    chain = follow(start, CATALOGUE)
    assert (chain.status, chain.current, chain.path, chain.cycle) == (status, current, path, cycle)
    assert chain.superseded == (status == "replaced")
    assert chain.withdrawn == (status == "withdrawn")


def test_a_long_chain_stops_at_the_limit() -> None:
    long = {f"N-{i}": ("replaced", f"N-{i + 1}") for i in range(100)}
    assert follow("N-0", long, limit=10).cycle


@pytest.mark.parametrize(("text", "code"), [("现行", "current"), ("现行有效", "current"), ("废止", "withdrawn"),
                                            ("作废", "withdrawn"), ("被代替", "replaced"), ("已被 代替", "replaced"),
                                            ("Superseded", "replaced"), ("不知道", None)])
def test_parse_status(text: str, code: str | None) -> None:
    assert parse_status(text) == code


# --- adoption and kinds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "degree"), [("IDT", "IDT"), ("idt", "IDT"), ("等同采用", "IDT"), ("MOD", "MOD"),
                                              ("修改采用", "MOD"), ("NEQ", None), ("非等效", None)])
def test_parse_degree(text: str, degree: str | None) -> None:
    assert parse_degree(text) == degree


@pytest.mark.parametrize(("text", "normalized"), [
    ("ISO 22000:2018", "ISO 22000:2018"), ("iso 9001 : 2015", "ISO 9001:2015"),
    ("ISO/IEC 17025:2017", "ISO/IEC 17025:2017"), ("IEC 60598-1:2014", "IEC 60598-1:2014"), ("EN 71-1", "EN 71-1"),
    ("GB 2760-2014", None), ("国际先进标准", None)])
def test_normalize_international(text: str, normalized: str | None) -> None:
    assert normalize_international(text) == normalized


@pytest.mark.parametrize(("text", "kind"), [("GB 2760-2014", "GB"), ("GB/T 3183-2017", "GB/T"),
                                            ("GB/Z 1234-2019", "GB/T"), ("QB/T 1910-2010", "industry"),
                                            ("DB42/T 1234-2016", "DB"), ("T/CAQ 20301-2023", "T"),
                                            ("Q/XXX 001-2020", "Q"), ("JJG 539-2016", "other")])
def test_ledger_kind(text: str, kind: str) -> None:
    parsed = parse(text)
    assert parsed is not None
    assert ledger_kind(parsed.normalized, parsed.kind) == kind


@pytest.mark.parametrize(("part", "whole", "expected"), [(1, 3, 33.3), (2, 3, 66.7), (0, 5, 0.0), (3, 0, None)])
def test_rate(part: int, whole: int, expected: float | None) -> None:
    assert rate(part, whole) == expected
