"""One row of a published spot-check table (监督抽查结果公告表) cleaned: none-words, dates, verdicts, codes.

A published row identifies a sample by who, what and when; :func:`import_key` turns those into the key that
makes importing the same table twice change nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Table

from qsupervise.documents.enterprise_rows import SCIENTIFIC, Issue, date_text
from qsupervise.documents.headers import Vocabulary
from qsupervise.documents.tables import Table as Sheet
from qsupervise.messages import text
from qsupervise.models import SpotCheck
from qsupervise.rules import uscc as uscc_rules
from qsupervise.rules.verdicts import FAIL, parse_published

SC: Table = SpotCheck.__table__  # type: ignore[attr-defined]
# What published tables write for "none": a slash, a dash, 无.
NONE_WORDS = frozenset({
    "/", "//", "\\", "-", "--", "---", "—", "——", "–", "—/—", "/ /", "无", "暂无", "空", "n/a", "na", "null", "none",
})
TEXT_FIELDS = frozenset({
    "unit_name", "producer_name", "product", "brand", "spec", "batch", "declared_standard", "failed_items", "agency",
    "location", "category", "report_no", "sample_no",
})
# Cells ending in "…": the publisher cut them short (a long name in a narrow column).
NAMED = frozenset({"unit_name", "producer_name", "product"})
ELLIPSES = ("…", "...", "。。。", "．．．")
CLEANED_CACHE = 100_000
KEY_FIELDS = ("unit_name", "producer_name", "product", "spec", "batch", "sampled_on", "agency")
LIMITS: dict[str, int | None] = {name: getattr(SC.c[name].type, "length", None) for name in TEXT_FIELDS}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# 18 characters of GB 32100's alphabet with the area code (positions 3–8) in digits; the check character aside
WELL_FORMED = re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}")
FIRST_YEAR, LAST_YEAR = 1990, 2100


def clean(value: str) -> str:
    """Inner whitespace and line breaks to one space; a none-word to ""."""
    value = " ".join(value.split())
    if len(value) <= 5 and unicodedata.normalize("NFKC", value).casefold() in NONE_WORDS:
        return ""
    return value


@lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """The form two spellings of one name share: half-width (NFKC), no whitespace, case-folded."""
    return "".join(unicodedata.normalize("NFKC", value).split()).casefold()


def import_key(
    unit_name: str, producer_name: str, product: str, spec: str, batch: str, sampled_on: str | None, agency: str
) -> str:
    """SHA-256 (hex) of the folded parties, product, specification, batch, sampling date and agency."""
    parts = (unit_name, producer_name, product, spec, batch, sampled_on or "", agency)
    return hashlib.sha256("\x1f".join(map(fold, parts)).encode()).hexdigest()


def name_variants(name: str) -> set[str]:
    """The ways a registry may have stored a name the table writes: as written, half-width, 全角 brackets."""
    half = " ".join(unicodedata.normalize("NFKC", name).split())
    forms = {name, half, half.replace(" ", "")}
    forms |= {f.replace("(", "（").replace(")", "）") for f in tuple(forms)}
    forms |= {f.replace("（", "(").replace("）", ")") for f in tuple(forms)}
    return forms


def checksum_issue(code: str) -> Issue | None:
    """The warning for a well-formed credit code whose check character is wrong (GB 32100), else None."""
    expected = uscc_rules.check_char(code[:17])
    if expected == code[17]:
        return None
    params = {"value": code, "expected": expected, "actual": code[17]}
    return Issue("uscc", "uscc_checksum", "warning", params, "spotcheck_uscc_checksum")


def parse_date(value: str) -> str | None:
    """YYYY-MM-DD from 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 or an Excel serial; None if not a date."""
    found = date_text(unicodedata.normalize("NFKC", value))
    if not ISO_DATE.fullmatch(found):
        return None
    try:
        day = date.fromisoformat(found)
    except ValueError:
        return None
    return found if FIRST_YEAR <= day.year <= LAST_YEAR else None


def merge_subheader(table: Sheet, vocabulary: Vocabulary) -> Sheet:
    """A header over two rows (产品信息 above 产品名称 | 商标 | 规格型号) read as one.

    The row under the header is a second header row when it names a field the header does not, and at least
    half of its filled cells are column names (or repeat the cell above: a merged cell filled down).
    """
    if not table.rows:
        return table
    number, cells = table.rows[0]
    filled = [(i, c) for i, c in enumerate(cells) if c]
    above = set(vocabulary.recognise(table.headers).values())
    named = [(i, c) for i, c in filled if vocabulary.lookup(c) or (i < len(table.headers) and c == table.headers[i])]
    new = {hit[0] for _i, c in named if (hit := vocabulary.lookup(c)) is not None} - above
    if not filled or not new or 2 * len(named) < len(filled):
        return table
    headers = list(table.headers)
    for i, c in filled:
        if i < len(headers) and (vocabulary.lookup(c) or not headers[i]):
            headers[i] = c
    return replace(table, header_row=number, headers=headers, rows=table.rows[1:])


@dataclass
class SpotRow:
    """A row read: the spot-check columns it gives, the credit code fit for linking, its problems."""

    row: int
    values: dict[str, Any]
    code: str  # a well-formed credit code ("" when none): the sampled unit's, else the producer's
    issues: list[Issue]
    key: str

    @property
    def failed(self) -> bool:
        return any(i.severity == "error" for i in self.issues)


class RowReader:
    """Reads rows through a column mapping; the few distinct verdict and date cells are parsed once each."""

    def __init__(
        self, mapping: dict[int, str], *, lossy: set[tuple[int, int]], lang: str, verdict: str | None = None,
    ) -> None:
        self.columns = sorted((c, f) for c, f in mapping.items() if f != "seq")
        self.given = {f for _c, f in self.columns}
        self.default_verdict = verdict  # for a table without a verdict column
        self.lossy, self.lang = lossy, lang
        self._cells: dict[str, str] = {}  # cell -> cleaned: agencies, products, brands repeat down a column
        self._verdicts: dict[str, str | None] = {}
        self._dates: dict[str, str | None] = {}

    def read(self, number: int, cells: Sequence[str]) -> SpotRow:
        values: dict[str, Any] = {}
        issues: list[Issue] = []
        code = ""
        known, width = self._cells, len(cells)
        for column, name in self.columns:
            raw = cells[column] if column < width else ""
            value = known.get(raw)
            if value is None:
                value = clean(raw)
                if len(known) < CLEANED_CACHE:
                    known[raw] = value
            if name in TEXT_FIELDS:
                limit = LIMITS[name]
                if (limit is not None and len(value) > limit) or (name in NAMED and value.endswith(ELLIPSES)):
                    value = self.plain(name, value, issues)
                values[name] = value
            elif name == "verdict":
                values[name] = self.verdict(value, issues)
            elif name == "sampled_on":
                values[name] = self.date(value, issues)
            else:
                values[name], code = self.code(number, column, value, issues)
        if "verdict" not in self.given:
            values["verdict"] = self.implied_verdict(values.get("failed_items") or "", issues)
        if not values.get("unit_name") and not values.get("producer_name"):
            party = "unit_name" if "unit_name" in self.given else "producer_name"
            issues.append(Issue(party, "missing_field", "error", {}, key="spotcheck_no_party"))
        if not values.get("product"):
            issues.append(Issue("product", "missing_field", "error"))
        key = import_key(*(values.get(f) or "" for f in KEY_FIELDS))
        return SpotRow(number, values, code, issues, key)

    def verdict(self, value: str, issues: list[Issue]) -> str | None:
        if not value:
            issues.append(Issue("verdict", "missing_field", "error"))
            return None
        if value not in self._verdicts:
            self._verdicts[value] = parse_published(value)
        verdict = self._verdicts[value]
        if verdict is None:
            issues.append(Issue("verdict", "verdict_unknown", "error", {"value": value}))
        return verdict

    def implied_verdict(self, failed_items: str, issues: list[Issue]) -> str | None:
        """No verdict column: a named failing item means a fail; otherwise the verdict given for the file."""
        if failed_items:
            return FAIL
        if self.default_verdict:
            return self.default_verdict
        issues.append(Issue("failed_items", "missing_field", "error", {}, key="spotcheck_no_verdict"))
        return None

    def date(self, value: str, issues: list[Issue]) -> str | None:
        if not value:
            return None
        if value not in self._dates:
            self._dates[value] = parse_date(value)
        found = self._dates[value]
        if found is None:
            issues.append(Issue("sampled_on", "date_format", "warning", {"value": value}, "spotcheck_date_unread"))
        return found

    def code(self, number: int, column: int, value: str, issues: list[Issue]) -> tuple[str, str]:
        """(the code as recorded, the code to link by) and the problems of a credit-code cell.

        The check character of a well-formed code is left to :func:`checksum_issue`: a code the registry
        holds needs no check.
        """
        if not value:
            return "", ""
        if (number, column) in self.lossy or SCIENTIFIC.fullmatch(value):
            issues.append(Issue("uscc", "number_format", "warning", {"value": value}, "spotcheck_uscc_number"))
            return "", ""
        code = uscc_rules.normalize(value)
        if WELL_FORMED.fullmatch(code):
            return code, code
        code, problems = uscc_rules.validate(code)
        first = problems[0]  # a length, alphabet or area-code problem: never only the check character
        reason = text(first.code, self.lang, **first.message_args)
        issues.append(Issue("uscc", first.code, "warning", {"value": value, "reason": reason},
                            "spotcheck_uscc_unusable"))
        return (code if len(code) <= uscc_rules.CODE_LENGTH else ""), ""

    def plain(self, name: str, value: str, issues: list[Issue]) -> str:
        """A text cell that looks cut short or is too long for its column."""
        if name in NAMED and value.endswith(ELLIPSES):
            issues.append(Issue(name, "cell_truncated", "warning", {"value": value}))
        limit = LIMITS[name]
        if limit is not None and len(value) > limit:
            issues.append(Issue(name, "text_too_long", "warning", {"length": str(len(value)), "limit": str(limit)}))
            value = value[:limit]
        return value
