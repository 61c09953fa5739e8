"""Tests for standard number (执行标准) parsing."""

from __future__ import annotations

import pytest

from qsupervise.rules.standards import StandardNumber, parse, parse_many

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
