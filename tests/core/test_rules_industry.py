"""Tests for the GB/T 4754-2017 industry codes."""

from __future__ import annotations

import pytest

from qsupervise.rules import industry
from qsupervise.rules.industry import DIVISIONS, SECTIONS, Industry

RANGES = {
    "A": (1, 5),
    "B": (6, 12),
    "C": (13, 43),
    "D": (44, 46),
    "E": (47, 50),
    "F": (51, 52),
    "G": (53, 60),
    "H": (61, 62),
    "I": (63, 65),
    "J": (66, 69),
    "K": (70, 70),
    "L": (71, 72),
    "M": (73, 75),
    "N": (76, 79),
    "O": (80, 82),
    "P": (83, 83),
    "Q": (84, 85),
    "R": (86, 90),
    "S": (91, 96),
    "T": (97, 97),
}


def test_twenty_sections_lettered_a_to_t() -> None:
    assert len(SECTIONS) == 20
    assert "".join(SECTIONS) == "ABCDEFGHIJKLMNOPQRST"


def test_ninety_seven_divisions_numbered_01_to_97() -> None:
    assert len(DIVISIONS) == 97
    assert list(DIVISIONS) == [f"{n:02d}" for n in range(1, 98)]


@pytest.mark.parametrize(("letter", "bounds"), RANGES.items())
def test_every_division_belongs_to_its_section(letter: str, bounds: tuple[int, int]) -> None:
    low, high = bounds
    expected = [f"{n:02d}" for n in range(low, high + 1)]
    assert [code for code, (owner, _) in DIVISIONS.items() if owner == letter] == expected


def test_names_are_unique_and_clean() -> None:
    names = [name for _, name in DIVISIONS.values()]
    assert len(set(names)) == 97
    assert len(set(SECTIONS.values())) == 20
    for name in [*names, *SECTIONS.values()]:
        assert name == name.strip()
        assert "," not in name  # the standard uses the ideographic comma 、


def test_2017_names_not_2011_ones() -> None:
    assert DIVISIONS["05"] == ("A", "农、林、牧、渔专业及辅助性活动")
    assert DIVISIONS["11"] == ("B", "开采专业及辅助性活动")
    assert DIVISIONS["25"] == ("C", "石油、煤炭及其他燃料加工业")
    assert DIVISIONS["65"] == ("I", "软件和信息技术服务业")
    assert DIVISIONS["73"] == ("M", "研究和试验发展")
    assert DIVISIONS["79"] == ("N", "土地管理业")
    assert DIVISIONS["94"] == ("S", "社会保障")
    assert DIVISIONS["96"] == ("S", "基层群众自治组织及其他组织")
    assert DIVISIONS["97"] == ("T", "国际组织")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C1391", "C1391"),
        ("c 1391", "C1391"),
        (" C-1391 ", "C1391"),
        ("Ｃ１３９１", "C1391"),
        ("ｃ－１３９１", "C1391"),
        ("\u3000C13\u3000", "C13"),
        ("1391", "1391"),
        ("c", "C"),
        ("", ""),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert industry.normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("C1391", "C1391"),
        ("c1391", "C1391"),
        ("c 1391", "C1391"),
        ("C-1391", "C1391"),
        ("Ｃ１３９１", "C1391"),
        ("1391", "C1391"),
        ("139", "C139"),
        ("C139", "C139"),
        ("C13", "C13"),
        ("13", "C13"),
        ("01", "A01"),
        ("A0111", "A0111"),
        ("97", "T97"),
        ("T9700", "T9700"),
        ("I6510", "I6510"),
        ("C", "C"),
        ("t", "T"),
    ],
)
def test_parse_canonical_code(text: str, code: str) -> None:
    parsed = industry.parse(text)
    assert parsed is not None
    assert parsed.code == code


@pytest.mark.parametrize(
    "text",
    [
        "A1391",
        "B13",
        "99",
        "98",
        "00",
        "9900",
        "Z",
        "U",
        "",
        "   ",
        "abc",
        "1",
        "C1",
        "C13911",
        "13911",
        "CC13",
        "C 13x",
    ],
)
def test_parse_rejects(text: str) -> None:
    assert industry.parse(text) is None


def test_parse_fields() -> None:
    assert industry.parse("1391") == Industry("C1391", "C", "制造业", "13", "农副食品加工业")
    assert industry.parse("c13") == Industry("C13", "C", "制造业", "13", "农副食品加工业")
    assert industry.parse("C") == Industry("C", "C", "制造业", None, None)
    assert industry.parse("6510") == Industry(
        "I6510", "I", "信息传输、软件和信息技术服务业", "65", "软件和信息技术服务业"
    )


def test_industry_is_frozen() -> None:
    parsed = industry.parse("C13")
    assert parsed is not None
    with pytest.raises(AttributeError):
        parsed.code = "C14"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("C13", "C13 农副食品加工业"),
        ("13", "C13 农副食品加工业"),
        ("c", "C 制造业"),
        ("C", "C 制造业"),
        ("C1391", "C1391（农副食品加工业）"),
        ("1391", "C1391（农副食品加工业）"),
        ("C139", "C139（农副食品加工业）"),
        ("M73", "M73 研究和试验发展"),
        ("T", "T 国际组织"),
        ("A1391", "A1391"),
        ("99", "99"),
        ("abc", "abc"),
        ("", ""),
    ],
)
def test_label(code: str, text: str) -> None:
    assert industry.label(code) == text


def test_divisions_of() -> None:
    manufacturing = industry.divisions_of("C")
    assert len(manufacturing) == 31
    assert manufacturing[0] == ("C13", "农副食品加工业")
    assert manufacturing[-1] == ("C43", "金属制品、机械和设备修理业")
    assert industry.divisions_of("c") == manufacturing
    assert industry.divisions_of("K") == [("K70", "房地产业")]
    assert industry.divisions_of("Z") == []
    assert industry.divisions_of("") == []
    assert sum(len(industry.divisions_of(letter)) for letter in SECTIONS) == 97


def test_every_picker_code_parses_back() -> None:
    for letter in SECTIONS:
        for code, name in industry.divisions_of(letter):
            parsed = industry.parse(code)
            assert parsed is not None
            assert (parsed.code, parsed.section, parsed.division_name) == (code, letter, name)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("制造业", "C"),
        (" 制造业 ", "C"),
        ("农副食品加工业", "C13"),
        ("\u3000软件和信息技术服务业\u3000", "I65"),
        ("农、林、牧、渔业", "A"),
        ("公共管理、社会保障和社会组织", "S"),
        ("基层群众自治组织及其他组织", "S96"),
        # A name shared by a 门类 and its only 大类 resolves to the 大类.
        ("房地产业", "K70"),
        ("教育", "P83"),
        ("国际组织", "T97"),
    ],
)
def test_by_name(name: str, code: str) -> None:
    found = industry.by_name(name)
    assert found is not None
    assert found.code == code
    assert found == industry.parse(code)


@pytest.mark.parametrize("name", ["", "制造", "农副食品加工", "农林牧渔业", "开采辅助活动", "C13"])
def test_by_name_rejects(name: str) -> None:
    assert industry.by_name(name) is None


def test_by_name_finds_every_official_name() -> None:
    for letter, name in SECTIONS.items():
        found = industry.by_name(name)
        assert found is not None
        assert found.section == letter
    for code, (letter, name) in DIVISIONS.items():
        assert industry.by_name(name) == Industry(letter + code, letter, SECTIONS[letter], code, name)
