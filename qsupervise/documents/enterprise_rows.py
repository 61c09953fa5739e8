"""One spreadsheet row turned into enterprise input, reading the words people write for type, status, yes/no."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from qsupervise import codes
from qsupervise.rules import industry
from qsupervise.services import enterprises
from qsupervise.services.enterprises import EnterpriseInput

PERSONAL = frozenset({"legal_rep", "chief_quality_officer", "contact_name", "contact_phone"})
YES = frozenset({"是", "y", "yes", "1", "√", "✓", "true", "有", "是的"})
NO = frozenset({"否", "n", "no", "0", "×", "✗", "x", "false", "无", "不是"})
ABOVE = frozenset({"规上", "是", "规模以上", "规模以上企业", "规上企业", "y", "yes", "1", "√", "above", "true"})
SCIENTIFIC = re.compile(r"\d(\.\d+)?e\+?\d+", re.IGNORECASE)
DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
LEADING_CODE = re.compile(r"([A-Ta-t]?\d{2,4}|[A-Ta-t])(?=[\s（(]|$)")
EXCEL_EPOCH = date(1899, 12, 30)
TOWNSHIP_SUFFIXES = ("街道办事处", "街道办", "街道", "镇", "乡")


@dataclass(frozen=True)
class Issue:
    """A problem in one row: ``code`` is what reports carry, ``key`` the catalogue text to show."""

    field: str
    code: str
    severity: str
    params: dict[str, str] = dc_field(default_factory=dict)
    key: str = ""


@dataclass
class MappedRow:
    """A row read: cleaned input, the fields its cells gave (blank cells give nothing), its problems."""

    row: int
    data: EnterpriseInput
    given: frozenset[str]
    issues: list[Issue]
    file_override: str = ""


class Townships:
    """The county's townships, found by name (with or without 镇/乡/街道), area code or id."""

    def __init__(self, units: Sequence[tuple[str, str, str | None, bool]], county_name: str = "") -> None:
        self.county = county_name
        self.names: dict[str, tuple[str, str]] = {}  # id -> (name, "" or "inactive")
        self._exact: dict[str, str] = {}
        short: dict[str, set[str]] = {}
        for unit_id, name, code, active in units:
            self.names[unit_id] = (name, "" if active else "inactive")
            for key in (unit_id, name, code or ""):
                if key and (active or key not in self._exact):
                    self._exact[key] = unit_id
            short.setdefault(_strip_suffix(name), set()).add(unit_id)
        # A short form shared by two units (城关镇, 城关街道) names neither.
        self._short = {k: next(iter(v)) for k, v in short.items() if len(v) == 1 and k}
        active_ids = [u[0] for u in units if u[3]]
        self.only = active_ids[0] if len(active_ids) == 1 else None

    def resolve(self, value: str) -> str | None:
        text = "".join(value.split())
        if self.county and text.startswith(self.county) and text != self.county:
            text = text[len(self.county) :]
        return self._exact.get(text) or self._short.get(_strip_suffix(text))


def _strip_suffix(name: str) -> str:
    for suffix in TOWNSHIP_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def kind_of(value: str) -> str:
    low = value.lower()
    if low in codes.KINDS:
        return low
    if "个体" in value:
        return "individual"
    if "合作社" in value:
        return "coop"
    if any(w in low for w in ("企业", "公司", "厂", "有限", "集团", "股份", "合伙", "独资", "company")):
        return "enterprise"
    return "other"


def status_of(value: str) -> str | None:
    low = value.lower()
    if low in codes.STATUSES:
        return low
    for words, status in (
        (("吊销",), "revoked"),
        (("注销",), "cancelled"),
        (("停业", "歇业"), "suspended"),
        (("存续", "在业", "在营", "开业", "正常", "在册", "营业"), "active"),
    ):
        if any(w in value for w in words):
            return status
    return None


def flag_of(value: str) -> bool | None:
    low = value.lower()
    return True if low in YES else False if low in NO else None


@lru_cache(maxsize=4096)
def industry_text(value: str) -> str:
    """A code, a name, or an export's label ("C13 农副食品加工业") reduced to what the rules read."""
    if industry.parse(value) or industry.by_name(value):
        return value
    match = LEADING_CODE.match(value.strip())
    return match.group(1) if match and industry.parse(match.group(1)) else value


def date_text(value: str) -> str:
    """YYYY-MM-DD from the ways dates are typed, Excel serial numbers included; else the text as given."""
    text = value.replace("T", " ").split(" ")[0] if value[:4].isdigit() else value  # time of day dropped
    match = DATE.fullmatch(text)
    if match:
        y, m, d = (int(g) for g in match.groups())
    elif text.isdigit() and len(text) == 8:
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif text.isdigit() and 10_000 <= int(text) <= 80_000:
        return (EXCEL_EPOCH + timedelta(days=int(text))).isoformat()
    else:
        return value
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return value


NOT_GIVEN = object()
CACHED = frozenset({"township", "kind", "scale", "status", "key_energy_user", "leading_enterprise", "industry_code",
                    "founded_on"})
Parsed = tuple[str, Any, "Issue | None"]  # (input field, value or NOT_GIVEN, problem)


class RowReader:
    """Reads rows through a column mapping; the few distinct values of coded columns are parsed once each."""

    def __init__(self, mapping: dict[int, str], towns: Townships, *, source: str, lossy: set[tuple[int, int]]) -> None:
        self.columns = sorted(mapping.items())
        self.towns, self.source, self.lossy = towns, source, lossy
        self.default_town = towns.only if "township" not in mapping.values() else None
        self._cache: dict[tuple[str, str], Parsed] = {}

    def read(self, number: int, cells: Sequence[str]) -> MappedRow:
        """One row; blank cells are "not given", never "clear this"."""
        issues: list[Issue] = []
        values: dict[str, Any] = {}
        file_override = ""
        for column, name in self.columns:
            raw = cells[column] if column < len(cells) else ""
            if not raw:
                continue
            if name in CACHED:
                key = (name, raw)
                parsed = self._cache.get(key)
                if parsed is None:
                    parsed = self._cache[key] = self.parse(name, raw)
                target, value, issue = parsed
            elif name in PERSONAL and "*" in raw:
                target, value, issue = name, NOT_GIVEN, Issue(name, "masked_value", "warning", {"value": raw})
            elif name == "uscc" and ((number, column) in self.lossy or SCIENTIFIC.fullmatch(raw)):
                target, value = name, NOT_GIVEN
                issue = Issue(name, "number_format", "error", {"value": raw}, key="uscc_number")
            elif name == "uscc_override":
                file_override = raw
                continue
            else:
                values[name] = raw
                continue
            if issue is not None:
                issues.append(issue)
            if value is not NOT_GIVEN:
                values[target] = value
        if self.default_town and "township_id" not in values:
            values["township_id"] = self.default_town
        given = frozenset(values)
        values.setdefault("name", "")
        values.setdefault("township_id", "")
        data = EnterpriseInput(uscc_override=file_override or f"{self.source} row {number}", **values)
        cleaned, problems = enterprises.normalize(data)
        town_problem = bool(issues) and any(i.field == "township" for i in issues)
        for p in problems:
            if p.code == "uscc_missing" or (p.field == "township_id" and town_problem):
                continue
            issues.append(Issue("township" if p.field == "township_id" else p.field, p.code, p.severity, p.params))
        return MappedRow(number, cleaned, given, issues, file_override)

    def parse(self, name: str, raw: str) -> Parsed:
        """A coded cell: township, type, scale, status, yes/no flags, industry, date."""
        if name == "township":
            found = self.towns.resolve(raw)
            if found is None:
                return "township_id", NOT_GIVEN, Issue(name, "unknown_township", "error", {"value": raw})
            unit_name, inactive = self.towns.names[found]
            if inactive:
                return "township_id", NOT_GIVEN, Issue(name, "org_inactive", "error", {"name": unit_name})
            return "township_id", found, None
        if name == "kind":
            return name, kind_of(raw), None
        if name == "scale":
            return name, "above" if raw.lower() in ABOVE else "below", None
        if name == "status":
            status = status_of(raw)
            return name, status or "active", None if status else Issue(name, "status_value", "error", {"value": raw})
        if name in ("key_energy_user", "leading_enterprise"):
            flag = flag_of(raw)
            if flag is None:
                return name, NOT_GIVEN, Issue(name, "flag_value", "warning", {"value": raw})
            return name, flag, None
        if name == "industry_code":
            return name, industry_text(raw), None
        return name, date_text(raw), None
