"""Brand and award programmes (品牌与奖项): kinds and templates, the application workflow, eligibility
conditions, the GB/T 19580 scoring sheet and the validity of a granted title. Pure: no database.

Workflow: an application moves only along ``MOVES``; every move is an ``application_step`` row.

==================  ==================================================================
from                to
==================  ==================================================================
draft               submitted (the eligibility check runs and must pass or be overridden)
submitted           eligibility_review, draft (returned)
eligibility_review  document_review, draft (returned to complete), not_awarded
document_review     site_review, not_awarded
site_review         publicity, not_awarded
publicity           awarded (the title enters the brand register), not_awarded
any of the above    withdrawn
awarded, not_awarded, withdrawn: final
==================  ==================================================================

Eligibility conditions (``award_program.conditions`` JSON: code -> parameters, each with ``on``)
===================  =========================================  ============================================
code                 parameters (default)                       passes when
===================  =========================================  ============================================
operating_years      min_years (3)                              founded ``min_years`` or more years ago
iso9001              —                                          an ISO 9001 certificate in force on the day
spot_checks          years (3), level ("fail")                  no sample finally failing in the last ``years``
                                                                (level "fail": 不合格 or 严重不合格 counts;
                                                                "serious_fail": only 严重不合格 counts); a fail
                                                                overturned by a passing 复检 is a pass
credit_list          abnormal_operation (false)                 no entry in force on the 严重违法失信名单 (and,
                                                                when set, on the 经营异常名录)
credit_grade         min_grade ("B"); off by default            the credit grade is ``min_grade`` or better
recent_winner        years (None: the programme's               no title of the same kind (and level, when
                     ``reapply_years``), same_level (true)      ``same_level``) granted in the last ``years``;
                                                                for product titles, of the same product
===================  =========================================  ============================================
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import orjson
from dateutil.relativedelta import relativedelta

# --- kinds and levels ------------------------------------------------------------------------------------------

FAMOUS_BRAND, QUALITY_AWARD, TRADEMARK, GI_PRODUCT, ENGINEERING, OTHER = (
    "famous_brand", "quality_award", "trademark", "gi_product", "engineering", "other")
KINDS = (FAMOUS_BRAND, QUALITY_AWARD, TRADEMARK, GI_PRODUCT, ENGINEERING, OTHER)
PRODUCT_KINDS = (FAMOUS_BRAND, GI_PRODUCT)  # granted to a product: a win blocks reapplying for that product only
KIND_LABELS: dict[str, tuple[str, str]] = {
    FAMOUS_BRAND: ("名牌产品", "Famous-brand product"),
    QUALITY_AWARD: ("政府质量奖", "Government quality award"),
    TRADEMARK: ("著名商标", "Well-known trademark"),
    GI_PRODUCT: ("地理标志产品", "Geographical-indication product"),
    ENGINEERING: ("工程质量奖", "Engineering quality award"),
    OTHER: ("其他荣誉", "Other title"),
}
NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY = "national", "provincial", "municipal", "county"
LEVELS = (NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY)
LEVEL_LABELS: dict[str, tuple[str, str]] = {
    NATIONAL: ("国家级", "national"),
    PROVINCIAL: ("省级", "provincial"),
    MUNICIPAL: ("市级", "municipal"),
    COUNTY: ("县级", "county"),
}
_LEVEL_WORDS = {"国": NATIONAL, "国家": NATIONAL, "国家级": NATIONAL, "省": PROVINCIAL, "省级": PROVINCIAL,
                "市": MUNICIPAL, "市级": MUNICIPAL, "县": COUNTY, "县级": COUNTY, "区": COUNTY, "县（市、区）": COUNTY}


def kind_label(kind: str, lang: str = "zh") -> str:
    pair = KIND_LABELS.get(kind)
    return (pair[1] if lang.startswith("en") else pair[0]) if pair else kind


def level_label(level: str, lang: str = "zh") -> str:
    pair = LEVEL_LABELS.get(level)
    return (pair[1] if lang.startswith("en") else pair[0]) if pair else level


def parse_level(value: str) -> str | None:
    """A level as typed: ``county``, 县, 县级 …; None when it names none."""
    typed = (value or "").strip()
    return typed.lower() if typed.lower() in LEVELS else _LEVEL_WORDS.get(typed)


# --- workflow --------------------------------------------------------------------------------------------------

DRAFT, SUBMITTED, ELIGIBILITY_REVIEW, DOCUMENT_REVIEW, SITE_REVIEW, PUBLICITY = (
    "draft", "submitted", "eligibility_review", "document_review", "site_review", "publicity")
AWARDED, NOT_AWARDED, WITHDRAWN = "awarded", "not_awarded", "withdrawn"
STATES = (DRAFT, SUBMITTED, ELIGIBILITY_REVIEW, DOCUMENT_REVIEW, SITE_REVIEW, PUBLICITY, AWARDED, NOT_AWARDED,
          WITHDRAWN)
OPEN_STATES = (DRAFT, SUBMITTED, ELIGIBILITY_REVIEW, DOCUMENT_REVIEW, SITE_REVIEW, PUBLICITY)
FINAL_STATES = (AWARDED, NOT_AWARDED, WITHDRAWN)
STATE_LABELS: dict[str, tuple[str, str]] = {
    DRAFT: ("草稿", "draft"),
    SUBMITTED: ("已提交", "submitted"),
    ELIGIBILITY_REVIEW: ("资格审查", "eligibility review"),
    DOCUMENT_REVIEW: ("资料评审", "document review"),
    SITE_REVIEW: ("现场评审", "site review"),
    PUBLICITY: ("公示", "publicity"),
    AWARDED: ("获奖", "awarded"),
    NOT_AWARDED: ("未获奖", "not awarded"),
    WITHDRAWN: ("撤回", "withdrawn"),
}
MOVES: dict[str, tuple[str, ...]] = {
    DRAFT: (SUBMITTED, WITHDRAWN),
    SUBMITTED: (ELIGIBILITY_REVIEW, DRAFT, WITHDRAWN),
    ELIGIBILITY_REVIEW: (DOCUMENT_REVIEW, DRAFT, NOT_AWARDED, WITHDRAWN),
    DOCUMENT_REVIEW: (SITE_REVIEW, NOT_AWARDED, WITHDRAWN),
    SITE_REVIEW: (PUBLICITY, NOT_AWARDED, WITHDRAWN),
    PUBLICITY: (AWARDED, NOT_AWARDED, WITHDRAWN),
    AWARDED: (),
    NOT_AWARDED: (),
    WITHDRAWN: (),
}
SCORING_STATES = (DOCUMENT_REVIEW, SITE_REVIEW)  # score sheets are entered (and changed) only then
CHECKED_AT = (SUBMITTED,)  # a move into these runs the eligibility check and refuses unaccepted failures


def can_move(from_state: str, to_state: str) -> bool:
    return to_state in MOVES.get(from_state, ())


def state_label(state: str, lang: str = "zh") -> str:
    pair = STATE_LABELS.get(state)
    return (pair[1] if lang.startswith("en") else pair[0]) if pair else state


# --- eligibility conditions ------------------------------------------------------------------------------------

OPERATING_YEARS, ISO9001, SPOT_CHECKS, CREDIT_LIST, CREDIT_GRADE, RECENT_WINNER = (
    "operating_years", "iso9001", "spot_checks", "credit_list", "credit_grade", "recent_winner")
CONDITIONS = (OPERATING_YEARS, ISO9001, SPOT_CHECKS, CREDIT_LIST, CREDIT_GRADE, RECENT_WINNER)
SPOT_LEVELS = ("fail", "serious_fail")
GRADES = ("A", "B", "C", "D")
MAX_YEARS = 50
DEFAULT_CONDITIONS: dict[str, dict[str, Any]] = {
    OPERATING_YEARS: {"on": True, "min_years": 3},
    ISO9001: {"on": True},
    SPOT_CHECKS: {"on": True, "years": 3, "level": "fail"},
    CREDIT_LIST: {"on": True, "abnormal_operation": False},
    CREDIT_GRADE: {"on": False, "min_grade": "B"},
    RECENT_WINNER: {"on": True, "years": None, "same_level": True},
}


def conditions_of(raw: str | Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Every condition with its parameters: the programme's settings over the defaults (unknown codes dropped)."""
    given: Any = orjson.loads(raw or "{}") if isinstance(raw, str) else dict(raw or {})
    out: dict[str, dict[str, Any]] = {}
    for code in CONDITIONS:
        mine = given.get(code) if isinstance(given, Mapping) else None
        out[code] = {**DEFAULT_CONDITIONS[code], **(mine if isinstance(mine, Mapping) else {})}
    return out


def check_conditions(conditions: Mapping[str, Mapping[str, Any]]) -> tuple[str, str, str] | None:
    """(condition, parameter, value) of the first bad parameter, or None: years are whole numbers from 0 to
    ``MAX_YEARS``, ``level`` one of ``SPOT_LEVELS``, ``min_grade`` one of ``GRADES``."""
    for code, params in conditions.items():
        if code not in CONDITIONS:
            return code, "", ""
        for name, value in params.items():
            if name in ("on", "abnormal_operation", "same_level"):
                ok = isinstance(value, bool)
            elif name in ("min_years", "years"):
                ok = (value is None and code == RECENT_WINNER) or (
                    isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_YEARS)
            elif name == "level":
                ok = value in SPOT_LEVELS
            elif name == "min_grade":
                ok = value in GRADES
            else:
                ok = False
            if not ok:
                return code, name, str(value)
    return None


def grade_at_least(grade: str, minimum: str) -> bool:
    """True when ``grade`` is ``minimum`` or better (A is best)."""
    return grade in GRADES and minimum in GRADES and GRADES.index(grade) <= GRADES.index(minimum)


def whole_years(since: date, today: date) -> int:
    """Completed years from ``since`` to ``today`` (a birthday count: 29 February counts on 28 February)."""
    return relativedelta(today, since).years if today >= since else -relativedelta(since, today).years


# --- templates -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """The defaults a new programme of one kind starts from; the user edits them afterwards."""

    kind: str
    documents: tuple[str, ...]
    conditions: dict[str, dict[str, Any]] = field(default_factory=dict)  # differences from DEFAULT_CONDITIONS
    validity_years: int | None = None
    reapply_years: int | None = None
    scored: bool = False
    criteria: str = ""

    def full_conditions(self) -> dict[str, dict[str, Any]]:
        return conditions_of(self.conditions)


_COMMON_DOCUMENTS = ("申报表", "营业执照（复印件）", "诚信守法承诺书")
TEMPLATES: dict[str, Template] = {t.kind: t for t in (
    Template(
        FAMOUS_BRAND,
        (*_COMMON_DOCUMENTS, "产品执行标准文本", "近三年产品检验报告", "质量管理体系认证证书",
         "近三年经审计的财务报表", "产品销售与市场占有情况说明", "商标注册证"),
        validity_years=3, reapply_years=3,
        criteria="产品质量稳定、执行标准先进，市场占有率与经济效益在同类产品中居前列，近三年无质量事故。",
    ),
    Template(
        QUALITY_AWARD,
        (*_COMMON_DOCUMENTS, "卓越绩效自评报告（按 GB/T 19580）", "近三年经审计的财务报表", "质量管理体系认证证书",
         "主要质量、效益指标及其证明", "顾客满意度调查结果"),
        conditions={OPERATING_YEARS: {"min_years": 5}},
        reapply_years=5, scored=True,
        criteria="实施卓越绩效管理并取得显著成效，按 GB/T 19580《卓越绩效评价准则》评审，满分 1000 分。",
    ),
    Template(
        TRADEMARK,
        (*_COMMON_DOCUMENTS, "商标注册证", "商标使用及宣传情况证明", "近三年销售情况说明"),
        conditions={ISO9001: {"on": False}},
        validity_years=3, reapply_years=3,
        criteria="商标连续使用并具有较高知名度，所标示商品质量稳定。",
    ),
    Template(
        GI_PRODUCT,
        ("申报表", "营业执照（复印件）", "产地范围及生产情况说明", "产品质量技术要求", "产品检验报告",
         "诚信守法承诺书"),
        conditions={OPERATING_YEARS: {"on": False}, ISO9001: {"on": False}, RECENT_WINNER: {"on": False}},
        criteria="产品产自划定的产地范围，质量特色主要取决于当地的自然与人文因素。",
    ),
    Template(
        ENGINEERING,
        (*_COMMON_DOCUMENTS, "工程竣工验收备案表", "工程质量评估报告", "施工资质证书", "质量管理体系认证证书",
         "工程照片及技术资料"),
        conditions={SPOT_CHECKS: {"on": False}},
        reapply_years=1,
        criteria="工程竣工验收合格，质量管理规范，无质量安全事故。",
    ),
    Template(OTHER, _COMMON_DOCUMENTS),
)}


# --- scoring (GB/T 19580-2012 卓越绩效评价准则) -------------------------------------------------------------------

CATEGORIES: tuple[tuple[str, int], ...] = (
    ("leadership", 110),  # 4.1 领导
    ("strategy", 90),  # 4.2 战略
    ("customers", 90),  # 4.3 顾客与市场
    ("resources", 130),  # 4.4 资源
    ("processes", 100),  # 4.5 过程管理
    ("measurement", 80),  # 4.6 测量、分析与改进
    ("results", 400),  # 4.7 结果
)
MAXIMA: dict[str, int] = dict(CATEGORIES)
TOTAL = 1000
CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "leadership": ("领导", "Leadership"),
    "strategy": ("战略", "Strategy"),
    "customers": ("顾客与市场", "Customers and markets"),
    "resources": ("资源", "Resources"),
    "processes": ("过程管理", "Process management"),
    "measurement": ("测量、分析与改进", "Measurement, analysis and improvement"),
    "results": ("结果", "Results"),
}
assert sum(MAXIMA.values()) == TOTAL


def category_label(code: str, lang: str = "zh") -> str:
    pair = CATEGORY_LABELS.get(code)
    return (pair[1] if lang.startswith("en") else pair[0]) if pair else code


@dataclass(frozen=True)
class ScoreProblem:
    """What is wrong with one score: ``code`` a message code (award_score_unknown, award_score_not_integer,
    award_score_negative, award_score_above_max, award_score_total)."""

    code: str
    category: str
    value: str
    maximum: int = 0


def parse_points(value: Any) -> int | None:
    """A score as given: an int, an integral float (12.0 from a spreadsheet) or digits; None when not a whole
    number (a bool, 12.5, "abc")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else None
    if isinstance(value, str):
        typed = value.strip()
        body = typed[1:] if typed[:1] in "+-" else typed
        return int(typed) if body.isascii() and body.isdigit() else None
    return None


def check_scores(scores: Mapping[str, Any]) -> tuple[dict[str, int], list[ScoreProblem]]:
    """The scores as whole numbers and the problems: each 0 ≤ points ≤ the category's maximum, the total ≤ 1000.

    A category left out (or None) is not scored yet; its points are not in the returned dict.
    """
    clean: dict[str, int] = {}
    problems: list[ScoreProblem] = []
    for category, value in scores.items():
        if category not in MAXIMA:
            problems.append(ScoreProblem("award_score_unknown", category, str(value)))
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        points = parse_points(value)
        maximum = MAXIMA[category]
        if points is None:
            problems.append(ScoreProblem("award_score_not_integer", category, str(value), maximum))
        elif points < 0:
            problems.append(ScoreProblem("award_score_negative", category, str(value), maximum))
        elif points > maximum:
            problems.append(ScoreProblem("award_score_above_max", category, str(value), maximum))
        else:
            clean[category] = points
    total = sum(clean.values())
    if total > TOTAL:  # cannot happen while every category is within its maximum; kept as the rule says it
        problems.append(ScoreProblem("award_score_total", "total", str(total), TOTAL))
    return clean, problems


# --- the granted title ---------------------------------------------------------------------------------------

VALID, REVOKED, EXPIRED = "valid", "revoked", "expired"
BRAND_STATUSES = (VALID, REVOKED)  # stored; EXPIRED is derived from the date
BRAND_STATUS_LABELS: dict[str, tuple[str, str]] = {
    VALID: ("有效", "valid"), REVOKED: ("已撤销", "revoked"), EXPIRED: ("已到期", "expired"),
}


def expires_on(granted_on: date, validity_years: int | None) -> date | None:
    """The last day a title holds: ``validity_years`` calendar years after the grant (29 February granted,
    28 February in a common year); None for a title without a term."""
    if not validity_years:
        return None
    result: date = granted_on + relativedelta(years=validity_years)
    return result


def brand_status(status: str, expires: date | str | None, today: date) -> str:
    """``revoked`` as stored; ``expired`` the day after ``expires``; else ``valid``."""
    if status == REVOKED:
        return REVOKED
    if expires:
        day = expires if isinstance(expires, date) else date.fromisoformat(expires[:10])
        if day < today:
            return EXPIRED
    return VALID


def brand_status_label(status: str, lang: str = "zh") -> str:
    pair = BRAND_STATUS_LABELS.get(status)
    return (pair[1] if lang.startswith("en") else pair[0]) if pair else status
