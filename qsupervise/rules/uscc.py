"""Hand-typed unified social credit codes (GB 32100-2015) need checking."""

from __future__ import annotations

from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

CODE_LENGTH = 18
REGION_LENGTH = 6
# GB 11714 maps the check value 10 to "X" and 11 to "0".
_ORG_CHECK_SPECIAL = {10: "X", 11: "0"}

AUTHORITIES: dict[str, str] = {
    "1": "机构编制",
    "2": "外交",
    "3": "司法行政",
    "4": "文化",
    "5": "民政",
    "6": "旅游",
    "7": "宗教",
    "8": "工会",
    "9": "工商",
    "A": "中央军委改革和编制办公室",
    "N": "农业",
    "Y": "其他",
}

KINDS: dict[str, dict[str, str]] = {
    "1": {"1": "机关", "2": "事业单位", "3": "群众团体", "9": "其他"},
    "5": {"1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"},
    "9": {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"},
}

# Letters GB 32100 leaves out because they are easily confused with digits.
_TYPO_HINTS = {"O": "0", "I": "1", "S": "5", "Z": "2"}

_ZERO_WIDTH = frozenset("\u200b\ufeff")

_PROBLEM_SEVERITY = {
    # Some codes issued in pilot years fail the checksum yet are genuine,
    # so the user must be able to override this one.
    "uscc_checksum": "warning",
}


@dataclass(frozen=True)
class UsccProblem:
    code: str
    message_args: dict[str, str]


# Full-width ASCII to half-width; zero-width characters dropped (whitespace goes via split()).
_NORMALIZE = str.maketrans(
    {**{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}, **dict.fromkeys(map(ord, _ZERO_WIDTH))}
)


def normalize(text: str) -> str:
    """Half-width, upper case, without any whitespace or zero-width characters."""
    if text.isascii() and text.isalnum():  # the usual case: a clean code
        return text.upper()
    return "".join(text.translate(_NORMALIZE).split()).upper()


def check_char(first17: str) -> str:
    if len(first17) != CODE_LENGTH - 1 or any(ch not in ALPHABET for ch in first17):
        raise ValueError(f"expected 17 USCC alphabet characters, got {first17!r}")
    pairs = zip(first17, WEIGHTS, strict=True)
    total = sum(ALPHABET.index(ch) * weight for ch, weight in pairs)
    return ALPHABET[(31 - total % 31) % 31]


def org_code_check_char(first8: str) -> str:
    if len(first8) != len(ORG_WEIGHTS) or any(ch not in _ORG_ALPHABET for ch in first8):
        raise ValueError(f"expected 8 digits or capital letters, got {first8!r}")
    pairs = zip(first8, ORG_WEIGHTS, strict=True)
    total = sum(_ORG_ALPHABET.index(ch) * weight for ch, weight in pairs)
    c = 11 - total % 11
    return _ORG_CHECK_SPECIAL.get(c, str(c))


def _charset_problem(code: str) -> UsccProblem | None:
    bad: list[str] = []
    positions: list[str] = []
    for index, ch in enumerate(code, start=1):
        if ch not in ALPHABET:
            positions.append(str(index))
            if ch not in bad:
                bad.append(ch)
    if not bad:
        return None
    hint = ", ".join(f"{ch}→{_TYPO_HINTS[ch]}" for ch in bad if ch in _TYPO_HINTS)
    return UsccProblem(
        "uscc_charset",
        {"chars": "".join(bad), "positions": ",".join(positions), "hint": hint},
    )


def validate(text: str) -> tuple[str, list[UsccProblem]]:
    code = normalize(text)
    if not code:
        return code, [UsccProblem("uscc_empty", {})]
    if len(code) != CODE_LENGTH:
        return code, [UsccProblem("uscc_length", {"length": str(len(code))})]
    problems: list[UsccProblem] = []
    charset = _charset_problem(code)
    if charset is not None:
        problems.append(charset)
    region = code[2:8]
    if not region.isascii() or not region.isdigit():
        problems.append(UsccProblem("uscc_region", {"region": region}))
    if charset is None:
        expected = check_char(code[:17])
        if expected != code[17]:
            problems.append(UsccProblem("uscc_checksum", {"expected": expected, "actual": code[17]}))
    return code, problems


def severity(code: str) -> str:
    return _PROBLEM_SEVERITY.get(code, "error")


def describe(code: str) -> dict[str, str]:
    code = normalize(code)
    if len(code) != CODE_LENGTH:
        raise ValueError(f"expected {CODE_LENGTH} characters, got {len(code)}")
    authority, kind = code[0], code[1]
    return {
        "authority": authority,
        "authority_name": AUTHORITIES.get(authority, ""),
        "kind": kind,
        "kind_name": KINDS.get(authority, {}).get(kind, ""),
        "region": code[2:8],
        "org_code": code[8:17],
        "check": code[17],
    }


def make_code(*, authority: str, kind: str, region: str, org8: str) -> str:
    if authority not in AUTHORITIES:
        raise ValueError(f"unknown registering authority {authority!r}")
    if len(kind) != 1 or kind not in ALPHABET:
        raise ValueError(f"kind must be one USCC alphabet character, got {kind!r}")
    if len(region) != REGION_LENGTH or not region.isascii() or not region.isdigit():
        raise ValueError(f"region must be 6 digits, got {region!r}")
    # org8 must avoid I, O, S, V, Z too, or the full code would leave the alphabet.
    if len(org8) != len(ORG_WEIGHTS) or any(ch not in ALPHABET for ch in org8):
        raise ValueError(f"org8 must be 8 USCC alphabet characters, got {org8!r}")
    first17 = authority + kind + region + org8 + org_code_check_char(org8)
    return first17 + check_char(first17)
