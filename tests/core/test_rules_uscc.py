"""Tests for the unified social credit code validator."""

from __future__ import annotations

import pytest

from qsupervise.rules import uscc

# Published codes that satisfy the GB 32100 check. "91310000MA1FL5LX3X" was
# offered as well but fails the check (expected K), so it is left out.
PUBLISHED = ["91350100M000100Y43", "91110000600037341L", "9144030071526726XG"]


def _built(first17: str) -> str:
    return first17 + uscc.check_char(first17)


BUILT = [
    _built("91420100MA4K12345"),
    _built("92420100MA4K1234X"),
    _built("12420000000000001"),
    _built("Y1000000000000000"),
]


@pytest.mark.parametrize("code", PUBLISHED + BUILT)
def test_valid_codes_have_no_problems(code: str) -> None:
    assert uscc.validate(code) == (code, [])


@pytest.mark.parametrize("code", PUBLISHED)
def test_published_codes_pass_checksum(code: str) -> None:
    assert uscc.check_char(code[:17]) == code[17]


def test_check_char_by_hand() -> None:
    # Only position 1 is non-zero: 1 * 1 = 1, (31 - 1) % 31 = 30 -> "Y".
    assert uscc.check_char("1" + "0" * 16) == "Y"
    # All zeros: (31 - 0) % 31 = 0 -> "0".
    assert uscc.check_char("0" * 17) == "0"


@pytest.mark.parametrize("bad", ["", "123", "0" * 16 + "O", "0" * 18])
def test_check_char_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError, match="17 USCC alphabet"):
        uscc.check_char(bad)


def test_normalize_full_width_lowercase_spaces_zero_width() -> None:
    full = "".join(chr(ord(ch) + 0xFEE0) for ch in "91350100m000")
    text = "\ufeff " + full + "\u3000100y4\u200b3 \n"
    assert uscc.normalize(text) == "91350100M000100Y43"


def test_validate_full_width_input() -> None:
    full = "".join(chr(ord(ch) + 0xFEE0) for ch in "91350100M000100Y43")
    assert uscc.validate(full) == ("91350100M000100Y43", [])


def test_validate_lowercase_and_inner_spaces() -> None:
    assert uscc.validate("9144 0300 7152 6726 xg") == ("9144030071526726XG", [])


@pytest.mark.parametrize("text", ["", "   ", "\u3000\u200b"])
def test_empty(text: str) -> None:
    code, problems = uscc.validate(text)
    assert code == ""
    assert [p.code for p in problems] == ["uscc_empty"]


@pytest.mark.parametrize("text", ["9135010", "91350100M000100Y433"])
def test_wrong_length_is_the_only_problem(text: str) -> None:
    _, problems = uscc.validate(text)
    assert problems == [uscc.UsccProblem("uscc_length", {"length": str(len(text))})]


def test_charset_with_o_and_i_hint_skips_checksum() -> None:
    code, problems = uscc.validate("91350100M0001OOY4I")
    assert code == "91350100M0001OOY4I"
    assert problems == [
        uscc.UsccProblem(
            "uscc_charset", {"chars": "OI", "positions": "14,15,18", "hint": "O→0, I→1"}
        )
    ]


def test_charset_without_hint() -> None:
    _, problems = uscc.validate("91350100M000100V43")
    assert problems == [
        uscc.UsccProblem("uscc_charset", {"chars": "V", "positions": "16", "hint": ""})
    ]


def test_charset_hint_s_and_z() -> None:
    _, problems = uscc.validate("91350100M0001SZY43")
    assert problems[0].message_args["hint"] == "S→5, Z→2"


def test_region_must_be_digits() -> None:
    code = _built("91AB0100M000100Y4")
    _, problems = uscc.validate(code)
    assert problems == [uscc.UsccProblem("uscc_region", {"region": "AB0100"})]


def test_wrong_checksum_is_only_a_warning() -> None:
    _, problems = uscc.validate("91350100M000100Y44")
    assert problems == [
        uscc.UsccProblem("uscc_checksum", {"expected": "3", "actual": "4"})
    ]
    assert [uscc.severity(p.code) for p in problems] == ["warning"]


@pytest.mark.parametrize(
    "code", ["uscc_empty", "uscc_length", "uscc_charset", "uscc_region"]
)
def test_other_problems_are_errors(code: str) -> None:
    assert uscc.severity(code) == "error"


def test_org_code_check_char_by_hand() -> None:
    # 1*3 + 2*7 + 3*9 + 4*10 + 5*5 + 6*8 + 7*4 + 8*2 = 201; 201 % 11 = 3;
    # 11 - 3 = 8 -> "8".
    assert uscc.org_code_check_char("12345678") == "8"
    # D=13: 39 + 14 + 9 + 40 + 15 + 40 + 24 + 18 = 199; 199 % 11 = 1;
    # 11 - 1 = 10 -> "X".
    assert uscc.org_code_check_char("D2143569") == "X"
    # Sum 0: 11 - 0 = 11 -> "0".
    assert uscc.org_code_check_char("00000000") == "0"


@pytest.mark.parametrize("code", PUBLISHED)
def test_published_org_codes(code: str) -> None:
    assert uscc.org_code_check_char(code[8:16]) == code[16]


@pytest.mark.parametrize("bad", ["1234567", "123456789", "1234567a", "1234567-"])
def test_org_code_check_char_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError, match="8 digits or capital letters"):
        uscc.org_code_check_char(bad)


@pytest.mark.parametrize(
    ("authority", "kind", "region", "org8"),
    [
        ("9", "1", "420100", "MA4K1234"),
        ("9", "2", "420102", "D2143569"),
        ("9", "3", "421000", "12345678"),
        ("5", "1", "110000", "50000000"),
        ("N", "2", "320102", "00000000"),
    ],
)
def test_make_code_roundtrip(authority: str, kind: str, region: str, org8: str) -> None:
    code = uscc.make_code(authority=authority, kind=kind, region=region, org8=org8)
    assert len(code) == uscc.CODE_LENGTH
    assert code[:16] == authority + kind + region + org8
    assert code[16] == uscc.org_code_check_char(org8)
    assert uscc.validate(code) == (code, [])
    info = uscc.describe(code)
    assert info["authority"] == authority
    assert info["kind"] == kind
    assert info["region"] == region
    assert info["org_code"] == code[8:17]


def test_make_code_may_carry_x_org_check() -> None:
    code = uscc.make_code(authority="9", kind="2", region="420102", org8="D2143569")
    assert code[16] == "X"


@pytest.mark.parametrize(
    "parts",
    [
        {"authority": "B", "kind": "1", "region": "420100", "org8": "12345678"},
        {"authority": "9", "kind": "11", "region": "420100", "org8": "12345678"},
        {"authority": "9", "kind": "1", "region": "42010", "org8": "12345678"},
        {"authority": "9", "kind": "1", "region": "42010A", "org8": "12345678"},
        {"authority": "9", "kind": "1", "region": "420100", "org8": "1234567"},
        {"authority": "9", "kind": "1", "region": "420100", "org8": "1234567O"},
    ],
)
def test_make_code_rejects_bad_parts(parts: dict[str, str]) -> None:
    with pytest.raises(ValueError, match=r"authority|kind|region|org8"):
        uscc.make_code(**parts)


def test_describe_enterprise() -> None:
    assert uscc.describe("91350100M000100Y43") == {
        "authority": "9",
        "authority_name": "工商",
        "kind": "1",
        "kind_name": "企业",
        "region": "350100",
        "org_code": "M000100Y4",
        "check": "3",
    }


def test_describe_individual_business_and_unknown_kind() -> None:
    assert uscc.describe(_built("92420100MA4K1234X"))["kind_name"] == "个体工商户"
    assert uscc.describe(_built("93420100MA4K1234X"))["kind_name"] == "农民专业合作社"
    assert uscc.describe(_built("Y1000000000000000"))["kind_name"] == ""
    assert uscc.describe(_built("A1000000000000000"))["authority_name"] == (
        "中央军委改革和编制办公室"
    )


def test_describe_rejects_wrong_length() -> None:
    with pytest.raises(ValueError, match="expected 18 characters"):
        uscc.describe("9135")
