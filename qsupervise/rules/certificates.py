"""Certificate and licence kinds, their number formats, and the status a certificate has on a given day.

Kind and status codes are stable identifiers stored in the data; labels are for people. Number formats are
checked loosely: a number that fails its kind's format is a warning (the user may keep it with a note), never
a reason to refuse a certificate — issuers have changed formats over the years and provinces print their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

# --- kinds ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    code: str
    zh: str
    en: str
    variants: tuple[str, ...] = ()  # other ways lists name it (exact, after folding)
    validity_years: int | None = None  # the usual term of a new certificate (a hint for forms and demo data)

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en


KINDS: dict[str, Kind] = {k.code: k for k in (
    Kind("iso9001", "ISO 9001 质量管理体系认证", "ISO 9001 quality management", (
        "ISO9001", "ISO 9001", "GB/T 19001", "GB/T19001", "质量管理体系认证", "质量管理体系", "质量体系认证",
        "ISO9001认证", "QMS",
    ), 3),
    Kind("iso14001", "ISO 14001 环境管理体系认证", "ISO 14001 environmental management", (
        "ISO14001", "ISO 14001", "GB/T 24001", "GB/T24001", "环境管理体系认证", "环境管理体系", "EMS",
    ), 3),
    Kind("iso45001", "ISO 45001 职业健康安全管理体系认证", "ISO 45001 occupational health and safety", (
        "ISO45001", "ISO 45001", "GB/T 45001", "GB/T45001", "职业健康安全管理体系认证", "职业健康安全管理体系",
        "职业健康安全", "OHSAS18001", "GB/T 28001", "OHSMS",
    ), 3),
    Kind("ccc", "CCC 强制性产品认证", "CCC compulsory product certification", (
        "CCC", "3C", "CCC认证", "3C认证", "强制性产品认证", "中国强制性产品认证", "强制性认证", "强制认证",
    ), 5),
    Kind("sc", "食品生产许可（SC）", "Food production licence (SC)", (
        "SC", "食品生产许可", "食品生产许可证", "食品生产许可证(SC)", "食品添加剂生产许可", "食品添加剂生产许可证",
        "食品生产许可证书",
    ), 5),
    Kind("xk", "工业产品生产许可证（XK）", "Industrial product production licence (XK)", (
        "XK", "工业产品生产许可证", "工业产品生产许可", "全国工业产品生产许可证", "生产许可证", "生产许可",
    ), 5),
    Kind("green_food", "绿色食品", "Green food", ("绿色食品", "绿色食品认证", "绿色食品证书", "绿色食品标志"), 3),
    Kind("organic", "有机产品认证", "Organic product certification", (
        "有机产品", "有机产品认证", "有机认证", "有机食品", "有机食品认证",
    ), 1),
    Kind("pollution_free", "无公害农产品", "Pollution-free agricultural product", (
        "无公害农产品", "无公害农产品认证", "无公害", "无公害农产品产地认定",
    ), 3),
    Kind("gap", "良好农业规范（GAP）认证", "Good agricultural practice (GAP)", (
        "GAP", "良好农业规范", "良好农业规范认证", "CHINAGAP", "GAP认证",
    ), 1),
    Kind("gi", "地理标志", "Geographical indication", (
        "地理标志", "地理标志产品", "地理标志保护产品", "农产品地理标志", "地理标志证明商标", "地理标志商标",
    ), None),
    Kind("measurement", "计量检测体系确认", "Measurement management system confirmation", (
        "计量检测体系确认", "测量管理体系", "测量管理体系认证", "计量检测体系", "计量保证确认", "ISO10012",
        "GB/T 19022",
    ), 5),
    Kind("other", "其他", "Other", ("其他", "其它", "other", "其他认证", "其他许可")),
)}
KIND_CODES = tuple(KINDS)

# Containment rules for labels no list of variants foresees ("ISO9001:2015质量管理体系认证",
# "GB/T19001-2016/ISO9001:2015"): the first kind whose marker a label contains. Order matters: 测量管理体系
# before 质量管理体系 is not needed (their characters differ), 食品生产许可 before 生产许可.
_MARKERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iso9001", ("9001", "质量管理体系", "质量体系")),
    ("iso14001", ("14001", "24001", "环境管理体系")),
    ("iso45001", ("45001", "28001", "18001", "职业健康")),
    ("measurement", ("10012", "19022", "测量管理体系", "计量检测体系", "计量保证")),
    ("ccc", ("CCC", "3C认证", "强制性产品认证", "强制性认证")),
    ("sc", ("食品生产许可", "食品添加剂生产许可")),
    ("xk", ("工业产品生产许可", "生产许可证")),
    ("green_food", ("绿色食品",)),
    ("organic", ("有机",)),
    ("pollution_free", ("无公害",)),
    ("gap", ("良好农业规范", "GAP")),
    ("gi", ("地理标志",)),
)


def fold_label(label: str) -> str:
    """Half-width, upper case, without whitespace or brackets: how two spellings of a label compare."""
    folded = unicodedata.normalize("NFKC", label).upper()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "()[]【】《》<>“”\"'")


_BY_LABEL: dict[str, str] = {}
for _kind in KINDS.values():
    for _name in (_kind.code, _kind.zh, _kind.en, *_kind.variants):
        _BY_LABEL.setdefault(fold_label(_name), _kind.code)


@lru_cache(maxsize=4096)
def parse_kind(label: str) -> str | None:
    """The kind a label names (a code, a label or a variant, or one kind's marker inside it); None if unknown.

    A label naming two kinds ("ISO9001、ISO14001") is None too: a row holds one certificate.
    """
    folded = fold_label(label)
    if not folded:
        return None
    exact = _BY_LABEL.get(folded)
    if exact is not None:
        return exact
    found = {code for code, markers in _MARKERS if any(m in folded for m in markers)}
    return found.pop() if len(found) == 1 else None


def kind_label(code: str, lang: str = "zh") -> str:
    kind = KINDS.get(code)
    return kind.label(lang) if kind else code


# --- numbers -------------------------------------------------------------------------------------------------

NUMBER_LIMIT = 60  # certification.number
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"))
CCC_NUMBER = re.compile(r"\d{16}")
SC_NUMBER = re.compile(r"SC[12]\d{13}")
# 工业产品生产许可证: XK + product category (2) + product unit (3) + sequence (5); provincial licences put the
# province's one-character name first, with or without brackets: (鲁)XK13-014-00001.
XK_NUMBER = re.compile(r"(?:\(?[\u4e00-\u9fff]\)?)?XK\d{2}-\d{3}-\d{5}")
XK_LOOSE = re.compile(r"XK\d")
FIRST_CCC_YEAR, LAST_YEAR = 2001, 2099
# GB/T 2260 provinces (the 2nd–3rd digits after SC's food-category digits name one)
PROVINCES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
    "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
})


@dataclass(frozen=True)
class NumberProblem:
    """A number that does not look like its kind's. ``code`` is the reason code lists show; ``key`` the message."""

    key: str
    params: dict[str, str] = field(default_factory=dict)
    code: str = "number_format"
    severity: str = "warning"


def normalize_number(number: str) -> str:
    """The form a number is stored and compared in: half-width, upper case, one kind of dash, no whitespace."""
    folded = unicodedata.normalize("NFKC", number).translate(_DASHES).upper()
    return "".join(folded.split())


def check_number(kind: str, number: str) -> list[NumberProblem]:
    """Problems of a (normalised) number for its kind; an empty number has none (it is optional)."""
    if not number:
        return []
    value = {"value": number}
    if not any(ch.isdigit() for ch in number):
        return [NumberProblem("cert_number_no_digit", value)]
    if kind == "ccc":
        if not CCC_NUMBER.fullmatch(number):
            return [NumberProblem("cert_number_ccc", {**value, "length": str(len(number))})]
        year = int(number[:4])
        if not FIRST_CCC_YEAR <= year <= LAST_YEAR:
            return [NumberProblem("cert_number_ccc_year", {**value, "year": number[:4]})]
    elif kind == "sc":
        if not SC_NUMBER.fullmatch(number):
            return [NumberProblem("cert_number_sc", value)]
        if number[5:7] not in PROVINCES:
            return [NumberProblem("cert_number_sc_province", {**value, "province": number[5:7]})]
    elif kind == "xk" and not XK_NUMBER.fullmatch(number):
        key = "cert_number_xk" if XK_LOOSE.search(number) else "cert_number_xk_prefix"
        return [NumberProblem(key, value)]
    return []


# --- status --------------------------------------------------------------------------------------------------

VALID, SUSPENDED, REVOKED, CANCELLED, EXPIRED = "valid", "suspended", "revoked", "cancelled", "expired"
STORED_STATUSES = (VALID, SUSPENDED, REVOKED, CANCELLED)
STATUSES = (*STORED_STATUSES, EXPIRED)  # EXPIRED is derived, never stored
# Statuses whose date still matters: a revoked or cancelled certificate is over whatever its date says.
DATED = (VALID, SUSPENDED)
STATUS_LABELS: dict[str, tuple[str, str]] = {
    VALID: ("有效", "valid"),
    SUSPENDED: ("暂停", "suspended"),
    REVOKED: ("撤销", "revoked"),
    CANCELLED: ("注销", "cancelled"),
    EXPIRED: ("过期", "expired"),
}
_STATUS_WORDS: dict[str, str] = {
    **{fold_label(zh): code for code, (zh, _en) in STATUS_LABELS.items()},
    **{fold_label(en): code for code, (_zh, en) in STATUS_LABELS.items()},
    **{fold_label(w): VALID for w in ("正常", "有效期内", "在有效期内", "保持", "认证有效", "持续有效", "已发证")},
    **{fold_label(w): SUSPENDED for w in ("暂停使用", "已暂停", "暂停中")},
    **{fold_label(w): REVOKED for w in ("撤消", "已撤销", "吊销", "已吊销")},
    **{fold_label(w): CANCELLED for w in ("已注销", "注销证书", "已换证", "停产注销")},
    **{fold_label(w): EXPIRED for w in ("已过期", "过期失效", "失效", "已失效", "到期")},
}


def parse_status(label: str) -> str | None:
    """The status a list's 证书状态 cell names (有效, 暂停, 撤销, 注销, 过期 and their variants); None if unknown."""
    return _STATUS_WORDS.get(fold_label(label))


def status_label(code: str, lang: str = "zh") -> str:
    pair = STATUS_LABELS.get(code)
    return (pair[0] if lang == "zh" else pair[1]) if pair else code


def _day(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(value[:10])


def effective_status(status: str, expires_on: date | str | None, today: date) -> str:
    """The status shown on ``today``: a valid or suspended certificate is expired the day after its expiry date.

    The expiry date itself is the last day it holds (有效期至 = valid through). Revoked and cancelled stay so.
    """
    expiry = _day(expires_on)
    if status in DATED and expiry is not None and expiry < today:
        return EXPIRED
    return status


# Expiry-watch bands, from the nearest: lapsed (expired), then expiring within 30, 60, 90 days. The bands do
# not overlap: "60" is 31–60 days away; "within 60 days" is the 30 and 60 bands together.
LAPSED = "lapsed"
BAND_DAYS: tuple[tuple[str, int], ...] = (("30", 30), ("60", 60), ("90", 90))
BANDS = (LAPSED, *(b for b, _d in BAND_DAYS))
WATCH_DAYS = 90


def expiry_band(expires_on: date | str | None, today: date) -> str | None:
    """``lapsed``, ``30``, ``60`` or ``90`` (days left, the expiry day counting as 0 left); None beyond or undated."""
    expiry = _day(expires_on)
    if expiry is None:
        return None
    left = (expiry - today).days
    if left < 0:
        return LAPSED
    for band, days in BAND_DAYS:
        if left <= days:
            return band
    return None
