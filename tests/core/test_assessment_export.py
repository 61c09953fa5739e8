"""The assessment written out: the Excel table carries the service's own numbers, the report PDF its chart and
every unit, inside the letter's text block."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from qsupervise.documents import assessment_export, pdf_fonts
from qsupervise.services import assessment, org
from qsupervise.services import letters as service
from qsupervise.services.assessment import LetterScore
from qsupervise.store import Store

MM = 72 / 25.4
TODAY = date(2026, 1, 15)


@pytest.fixture(autouse=True)
def bundled_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(pdf_fonts.ENV_FONT, str(pdf_fonts.bundled_dir() / "wqy-microhei.ttc"))
    pdf_fonts.reset()
    yield
    pdf_fonts.reset()


@pytest.fixture
def scores(store: Store) -> list[LetterScore]:
    """Letters for the three townships and a member unit; the manual targets verified differently per unit, so
    that the totals differ and 河口镇 and 柳林乡 tie."""
    with store.session() as s:
        org.add_unit(s, name="县教育局", kind="member_unit")
        service.create_letters(s, 2025)
        service.create_letters(s, 2025, "member_unit")
        first = assessment.sheet(s, 2025, today=TODAY)
        done = {"城关镇": 4, "河口镇": 2, "柳林乡": 2, "县教育局": 3}
        for letter in first:
            manual = [t for t in letter.targets if not t.source]
            for n, t in enumerate(manual):
                value = 1.0 if n < done[letter.unit] else 0.0
                assessment.enter(s, t.target_id, stage="verified", value=value, comment=f"核查意见{n}", on=TODAY)
                assessment.enter(s, t.target_id, stage="self", value=1.0, on=TODAY)
    with store.read() as s:
        return assessment.sheet(s, 2025, today=TODAY)


def test_the_table_holds_the_services_numbers(scores: list[LetterScore], tmp_path: Path) -> None:
    out = assessment_export.export_assessment(scores, 2025, tmp_path / "考核.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["考核汇总", "指标明细"]
    summary, detail = book["考核汇总"], book["指标明细"]
    assert [c.value for c in summary[1]] == ["名次", "单位", "类别", "自评得分", "核查得分", "状态"]
    assert summary[1][0].font.bold
    assert summary.freeze_panes == "C2"
    assert summary.column_dimensions["B"].width >= 20
    rows = [[c.value for c in r] for r in summary.iter_rows(min_row=2)]
    by_unit = {s.unit: s for s in scores}
    assert len(rows) == len(scores) == 4
    for rank, unit, _kind, self_total, verified_total, _stage in rows:
        s = by_unit[unit]
        assert (rank, self_total, verified_total) == (s.rank, s.self_total, s.verified_total)
        assert isinstance(verified_total, float | int)
    assert [r[0] for r in rows] == [1, 2, 2, 1]  # townships ranked (a tie shares its rank), then the member unit
    assert rows[0][1] == "城关镇"
    assert rows[-1][1:3] == ["县教育局", "成员单位"]
    lines = [[c.value for c in r] for r in detail.iter_rows(min_row=2)]
    assert len(lines) == sum(len(s.targets) for s in scores)
    for unit, no, metric, _target, weight, _computed, self_value, _ss, verified_value, verified_score, _note in lines:
        t = next(t for t in by_unit[unit].targets if t.position == no)
        assert (metric, weight, self_value, verified_value, verified_score) == (
            t.metric, t.weight, t.self_value, t.verified_value, t.verified_score)
    assert any("核查：核查意见0" in (line[-1] or "") for line in lines)


def test_ties_share_a_rank(scores: list[LetterScore]) -> None:
    towns = {s.unit: s for s in scores if s.kind == "township"}
    assert towns["河口镇"].verified_total == towns["柳林乡"].verified_total < towns["城关镇"].verified_total
    assert (towns["城关镇"].rank, towns["河口镇"].rank, towns["柳林乡"].rank) == (1, 2, 2)


def test_the_report(scores: list[LetterScore], tmp_path: Path) -> None:
    out = assessment_export.report_pdf(scores, 2025, tmp_path / "通报.pdf")
    with pdfplumber.open(out) as pdf:
        pages = list(pdf.pages)
        text = re.sub(r"\s+", "", "".join(c["text"] for p in pages for c in p.chars))
        bars = [r for p in pages for r in p.rects if r["non_stroking_color"] and r["width"] > 1
                and r["height"] < 12 and tuple(round(v, 2) for v in r["non_stroking_color"]) == (0.29, 0.44, 0.65)]
        for page in pages:
            assert (round(page.width / MM), round(page.height / MM)) == (210, 297)
            inside = [c for c in page.chars if c["top"] < 262 * MM]
            assert all(c["x0"] >= 28 * MM - 0.1 for c in inside)
            assert all(c["x1"] <= 184 * MM + 0.1 for c in inside)
            assert all(c["top"] >= 37 * MM - 0.1 for c in inside)
            assert all(r["x0"] >= 28 * MM - 0.5 for r in page.rects)
            assert all(r["x1"] <= 184 * MM + 0.5 for r in page.rects)
    assert "2025年度质量工作目标责任书考核结果" in text
    assert "乡镇/街道核查得分排名" in text
    assert "成员单位核查得分排名" in text
    assert len([b for b in bars if b["width"] > 1]) >= 3  # the townships' bars (a member unit at 0 has none)
    for s in scores:
        assert text.count(s.unit) >= 2, s.unit  # in the chart and in the table
    best = max(s.verified_total for s in scores if s.kind == "township")
    assert f"最高{best:g}分" in text


def test_the_report_in_english_with_a_title(scores: list[LetterScore], tmp_path: Path) -> None:
    out = assessment_export.report_pdf(scores, 2025, tmp_path / "r.pdf", lang="en", title="Year-end results")
    with pdfplumber.open(out) as pdf:
        text = "".join(c["text"] for p in pdf.pages for c in p.chars)
    assert "Year-end results" in text
    assert "Ranking table" in text.replace("\n", "")
