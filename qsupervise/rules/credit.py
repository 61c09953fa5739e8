"""The quality-credit grade (质量信用等级): what counts, how many points, and the grade a score earns.

A grade is computed from an enterprise's record by rules the county can configure (``credit_rule`` rows; a code
the county never set keeps its default below). Every point of the score has a reason line, so a grade can be
explained to the enterprise line by line.

==================  ======  ======  =================================================================
code                points  years   what counts
==================  ======  ======  =================================================================
base                  100     —     the score every enterprise starts from
spot_fail             −10     3     each spot-check sample finally 不合格 (a fail overturned by a passing
                                    复检 is a pass), as sampled unit or as labelled producer, counted once
spot_serious_fail     −25     3     each sample finally 严重不合格 (a class-A item failed)
unrectified           −15     —     each failing sample not closed whose follow-up is overdue or whose
                                    latest recheck (复查) failed: not rectified (also counted as a fail)
penalty               −10     3     each administrative penalty (行政处罚) in quality matters
lapsed_licence        −20     —     each mandatory licence kind (SC, CCC, XK) revoked or expired with none
                                    of that kind in force, while the enterprise is active (存续)
certification          +5     —     each kind of management-system certificate in force (ISO 9001,
                                    ISO 14001, ISO 45001)
certification_cap     +10     —     the most ``certification`` adds in all
award                 +10     3     each award granted (名牌, 质量奖 …); the awards module does not exist
                                    yet, so today nothing is counted and the basis says so
serious_dishonest       0     —     an entry in force on the 严重违法失信名单 (SAMR Order No. 44):
                                    grade D whatever the score (points: an extra deduction per entry)
abnormal_operation      0     —     an entry in force on the 经营异常名录: grade C at best
grade_a / _b / _c  90/75/60   —     the lowest score of A, B and C; below ``grade_c`` is D
==================  ======  ======  =================================================================

"years" is the look-back window: an item counts when its date is within that many years up to the day graded
(the same window as the registry's 抽查不合格 column); "—" (0) counts it whatever its age. An inactive rule
counts nothing and shows no line. List entries and certificates count as they stand on the day graded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

from qsupervise.messages import text

GRADES = ("A", "B", "C", "D")
DRAW_WEIGHTS = {"A": 1, "B": 2, "C": 3, "D": 4}  # tickets in a risk-weighted 双随机 draw
MANAGEMENT_SYSTEMS = ("iso9001", "iso14001", "iso45001")
MANDATORY_LICENCES = ("sc", "ccc", "xk")
LISTS = ("serious_dishonest", "abnormal_operation")
MAX_EVIDENCE = 5  # references kept per reason line; ``count`` says how many there are
MAX_WINDOW = 10
MAX_POINTS = 100
MAX_THRESHOLD = 200


@dataclass(frozen=True)
class Rule:
    code: str
    points: int
    window_years: int = 0  # 0: no look-back limit
    active: bool = True
    note: str = ""


DEFAULTS: dict[str, Rule] = {r.code: r for r in (
    Rule("base", 100),
    Rule("spot_fail", -10, 3),
    Rule("spot_serious_fail", -25, 3),
    Rule("unrectified", -15),
    Rule("penalty", -10, 3),
    Rule("lapsed_licence", -20),
    Rule("certification", 5),
    Rule("certification_cap", 10),
    Rule("award", 10, 3),
    Rule("serious_dishonest", 0),
    Rule("abnormal_operation", 0),
    Rule("grade_a", 90),
    Rule("grade_b", 75),
    Rule("grade_c", 60),
)}
CODES = tuple(DEFAULTS)
THRESHOLDS = ("grade_a", "grade_b", "grade_c")
FIXED = ("base", *THRESHOLDS, "certification_cap")  # always in force; only their points change
WINDOWED = ("spot_fail", "spot_serious_fail", "unrectified", "penalty", "lapsed_licence", "award")


@dataclass(frozen=True)
class Rules:
    """The county's rules: every code, the county's setting where it has one, else the default."""

    by_code: Mapping[str, Rule] = field(default_factory=lambda: dict(DEFAULTS))

    def __getitem__(self, code: str) -> Rule:
        return self.by_code.get(code) or DEFAULTS[code]

    def all(self) -> list[Rule]:
        return [self[c] for c in CODES]

    def grade_of(self, score: int) -> str:
        for code, grade in zip(THRESHOLDS, GRADES, strict=False):
            if score >= self[code].points:
                return grade
        return "D"

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> Rules:
        return cls({**DEFAULTS, **{r.code: r for r in rules if r.code in DEFAULTS}})


def check_rule(rule: Rule, rules: Rules) -> str | None:
    """The message code of what is wrong with changing ``rule`` within ``rules``, or None."""
    if rule.code not in DEFAULTS:
        return "credit_rule_unknown"
    if rule.code in FIXED and not rule.active:
        return "credit_rule_fixed"
    if not 0 <= rule.window_years <= MAX_WINDOW:
        return "credit_rule_window"
    if rule.code in (*THRESHOLDS, "base"):
        if not 0 <= rule.points <= MAX_THRESHOLD:
            return "credit_rule_points"
    elif not -MAX_POINTS <= rule.points <= MAX_POINTS:
        return "credit_rule_points"
    if rule.code in THRESHOLDS:
        a, b, c = (rule.points if code == rule.code else rules[code].points for code in THRESHOLDS)
        if not a > b > c:
            return "credit_rule_order"
    return None


# --- facts and outcome --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One thing on record: the day it counts from (ISO text, "" if unknown) and what a reader looks up."""

    on: str
    ref: str


@dataclass(frozen=True)
class Facts:
    """An enterprise's record on ``as_of``, as the rules read it (services/credit.py gathers it in bulk).

    Items are newest first. ``awards`` is None while no awards module records them.
    """

    as_of: date
    failed: tuple[Item, ...] = ()  # finally 不合格 samples
    seriously_failed: tuple[Item, ...] = ()  # finally 严重不合格 samples
    unrectified: tuple[Item, ...] = ()
    penalties: tuple[Item, ...] = ()
    lapsed_licences: tuple[Item, ...] = ()  # one per kind; ``on`` is the expiry date
    certificates: tuple[Item, ...] = ()  # management-system certificates in force, one per kind
    awards: tuple[Item, ...] | None = None
    serious_dishonest: tuple[Item, ...] = ()  # entries in force; ``on`` is the day listed
    abnormal_operation: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Reason:
    """One line of a grade's basis: ``count`` things under ``rule`` gave ``points`` (``each`` per thing)."""

    rule: str
    points: int
    count: int
    evidence: tuple[str, ...] = ()
    each: int = 0
    window_years: int = 0

    def text(self, lang: str = "zh") -> str:
        """The line in plain words, e.g. 近 3 年监督抽查不合格 2 批次，每批次 -10 分，计 -20 分：CS-01、CS-02。"""
        window = text("credit_window", lang, years=self.window_years) if self.window_years else ""
        code = "credit_reason_award_none" if self.rule == "award" and not self.count else f"credit_reason_{self.rule}"
        points = str(self.points) if self.rule == "base" else signed(self.points)
        line = text(code, lang, count=self.count, points=points, each=signed(self.each), window=window)
        if self.evidence:
            more = self.count - len(self.evidence)
            refs = ("、" if lang == "zh" else ", ").join(self.evidence)
            line += text("credit_evidence_more" if more > 0 else "credit_evidence", lang, refs=refs, more=more)
        return line

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "points": self.points, "count": self.count, "evidence": list(self.evidence),
                "each": self.each, "window": self.window_years}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reason:
        return cls(str(data.get("rule", "")), int(data.get("points", 0)), int(data.get("count", 0)),
                   tuple(str(e) for e in data.get("evidence", ())), int(data.get("each", 0)),
                   int(data.get("window", 0)))


@dataclass(frozen=True)
class Outcome:
    """The computed score and grade; the points of ``basis`` add up to ``score``."""

    score: int
    grade: str
    basis: tuple[Reason, ...]

    def signature(self) -> tuple[Any, ...]:
        """What a recomputation compares: grade, score and each rule's count (not the references)."""
        return signature(self.grade, self.score, self.basis)

    @property
    def listed_serious(self) -> bool:
        return any(r.rule == "serious_dishonest" for r in self.basis)


def signature(grade: str, score: int, basis: Iterable[Reason]) -> tuple[Any, ...]:
    """Lines that count nothing and move nothing (an unused rule) do not make two outcomes different."""
    return grade, score, tuple((r.rule, r.points, r.count) for r in basis if r.count or r.points)


def signed(points: int) -> str:
    return f"{points:+d}" if points else "0"


def within(items: Iterable[Item], years: int, as_of: date) -> list[Item]:
    """The items dated up to ``as_of`` and, for a window of ``years`` (0: none), on or after its first day."""
    first, last = _window(years, as_of)
    return [i for i in items if not i.on or first <= i.on[:10] <= last]


@lru_cache(maxsize=64)
def _window(years: int, as_of: date) -> tuple[str, str]:
    return (as_of - relativedelta(years=years)).isoformat() if years else "", as_of.isoformat()


_COUNTED: tuple[tuple[str, str], ...] = (
    ("spot_fail", "failed"),
    ("spot_serious_fail", "seriously_failed"),
    ("unrectified", "unrectified"),
    ("penalty", "penalties"),
    ("lapsed_licence", "lapsed_licences"),
)


def grade(facts: Facts, rules: Rules) -> Outcome:
    """Score and grade an enterprise's record: base, then each rule's points, then the list entries' caps."""
    base = rules["base"]
    basis: list[Reason] = [Reason("base", base.points, 1)]

    def add(code: str, items: list[Item], points: int | None = None) -> None:
        rule = rules[code]
        if items:
            total = rule.points * len(items) if points is None else points
            basis.append(Reason(code, total, len(items), tuple(i.ref for i in items[:MAX_EVIDENCE]), rule.points,
                                rule.window_years))

    for code, attribute in _COUNTED:
        if rules[code].active:
            add(code, within(getattr(facts, attribute), rules[code].window_years, facts.as_of))
    if rules["certification"].active and facts.certificates:
        each, cap = rules["certification"].points, rules["certification_cap"].points
        raw = each * len(facts.certificates)
        add("certification", list(facts.certificates), min(raw, cap) if each > 0 else raw)
    award = rules["award"]
    if award.active:
        if facts.awards is None:
            basis.append(Reason("award", 0, 0, (), award.points, award.window_years))
        else:
            add("award", within(facts.awards, award.window_years, facts.as_of))
    for code in LISTS:
        if rules[code].active:
            add(code, list(facts.serious_dishonest if code == "serious_dishonest" else facts.abnormal_operation))
    score = sum(r.points for r in basis)
    result = rules.grade_of(score)
    listed = {r.rule for r in basis}
    if "abnormal_operation" in listed and result in ("A", "B"):
        result = "C"
    if "serious_dishonest" in listed:
        result = "D"
    return Outcome(score, result, tuple(basis))
