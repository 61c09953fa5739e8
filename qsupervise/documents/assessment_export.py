"""The year-end assessment of the letters written out: the table for Excel (汇总 and 指标明细) and the report
PDF (通报) in the letter layout, with a chart of the ranking.

Both take the scores as :func:`qsupervise.services.assessment.sheet` returns them, so the numbers are the
service's own; townships and member units are ranked separately, as the service ranks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qsupervise.documents.letter_pdf import before_table, body, cell, grid_table, heading
from qsupervise.documents.letter_pdf import title as title_para
from qsupervise.documents.pdf_layout import LETTER_MARGINS, LETTER_WIDTH, PAGE_H, PAGE_W, PdfDoc
from qsupervise.documents.writing import replace_atomically
from qsupervise.messages import text
from qsupervise.services.assessment import LetterScore
from qsupervise.services.letters import number_text

KINDS = ("township", "member_unit")
SUMMARY: tuple[tuple[str, int], ...] = (  # column code, width
    ("rank", 8), ("unit", 24), ("kind", 12), ("self_total", 12), ("verified_total", 12), ("stage", 10))
DETAIL: tuple[tuple[str, int], ...] = (
    ("unit", 18), ("no", 6), ("metric", 34), ("target", 10), ("weight", 8), ("computed", 10), ("self_value", 10),
    ("self_score", 10), ("verified_value", 10), ("verified_score", 10), ("note", 40))
BAR = "#4a6fa5"


def ranked(scores: Sequence[LetterScore]) -> list[LetterScore]:
    """Townships first, then member units; within each by rank (the unranked last), then in the county's order."""
    order = {s.letter_id: i for i, s in enumerate(scores)}
    return sorted(scores, key=lambda s: (KINDS.index(s.kind) if s.kind in KINDS else len(KINDS),
                                         s.rank is None, s.rank or 0, order[s.letter_id]))


def _kind(kind: str, lang: str) -> str:
    return text(f"org_kind_{kind}", lang)


def _stage(stage: str, lang: str) -> str:
    return text(f"assessment_stage_{stage}", lang)


# -- Excel ---------------------------------------------------------------------------------------------------


def export_assessment(scores: Sequence[LetterScore], year: int, dest: Path, *, lang: str = "zh") -> Path:
    """The assessment table: one row per unit (ranked), and one row per target; numbers stay numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def t(code: str, **params: Any) -> str:
        return text(code, lang, **params)

    book = Workbook()
    summary = book.active
    summary.title = t("assessment_sheet_summary")
    detail = book.create_sheet(t("assessment_sheet_detail"))
    for sheet, columns in ((summary, SUMMARY), (detail, DETAIL)):
        sheet.append([t(f"assessment_col_{c}") for c, _w in columns])
        for n, (_c, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(n)].width = width
        for header in sheet[1]:
            header.font = Font(bold=True)
    summary.freeze_panes = "C2"
    detail.freeze_panes = "C2"
    for s in ranked(scores):
        summary.append([s.rank, s.unit, _kind(s.kind, lang), s.self_total, s.verified_total, _stage(s.stage, lang)])
        for line in s.targets:
            detail.append([s.unit, line.position, line.metric, line.target_text, line.weight,
                           line.computed.value if line.computed else None, line.self_value, line.self_score,
                           line.verified_value, line.verified_score, _note(line, lang)])
    for sheet, formats in ((summary, {4: "0.00", 5: "0.00"}), (detail, {5: "0.##", 6: "0.##", 7: "0.##",
                                                                         8: "0.00", 9: "0.##", 10: "0.00"})):
        for column, fmt in formats.items():
            for row in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                row[0].number_format = fmt
    dest = Path(dest)
    with replace_atomically(dest) as temporary:
        book.save(temporary)
    return dest.expanduser().absolute()


def _note(line: Any, lang: str) -> str:
    parts = []
    if line.computed is not None and line.computed.whole:
        parts.append(f"{line.computed.part}/{line.computed.whole}")
    if line.self_comment:
        parts.append(text("assessment_note_self", lang, text=line.self_comment))
    if line.verified_comment:
        parts.append(text("assessment_note_verified", lang, text=line.verified_comment))
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


# -- the report PDF --------------------------------------------------------------------------------------------


def report_pdf(scores: Sequence[LetterScore], year: int, dest: Path, *, lang: str = "zh",
               title: str | None = None) -> Path:
    """The report (通报): a summary, a bar chart of each kind's ranking and the ranking table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate

    from qsupervise.documents.pdf_layout import draw_page_number

    pdf = PdfDoc(lang)
    heading_text = title or pdf.t("assessment_report_title", year=year)
    order = ranked(scores)
    story: list[Any] = [title_para(pdf, heading_text)]
    story += _summary(pdf, order, year)
    for kind in KINDS:
        mine = [s for s in order if s.kind == kind]
        if mine:
            label = pdf.t("assessment_report_chart", kind=_kind(kind, pdf.lang))
            story.append(KeepTogether([heading(pdf, label), chart(pdf, mine)]))
    if order:
        story += [*before_table(pdf, pdf.t("assessment_report_table")), _ranking_table(pdf, order)]
    top, right, bottom, left = LETTER_MARGINS
    frame = Frame(left, bottom, PAGE_W - left - right, PAGE_H - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def number(canvas: Any, _doc: Any) -> None:
        draw_page_number(canvas, canvas.getPageNumber(), pdf.fonts.body, pdf.lang)

    dest = Path(dest)
    with replace_atomically(dest) as temporary:
        doc = BaseDocTemplate(str(temporary), pagesize=A4, title=heading_text, creator="QSupervise",
                              lang="zh-CN" if pdf.lang == "zh" else "en")
        doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPageEnd=number)])
        doc.build(story)
    return dest.expanduser().absolute()


def _summary(pdf: PdfDoc, order: list[LetterScore], year: int) -> list[Any]:
    if not order:
        return [body(pdf, pdf.t("assessment_report_none"))]
    cutoff = pdf.date_text(order[0].cutoff)
    out = [body(pdf, pdf.t("assessment_report_opening", cutoff=cutoff, count=len(order), year=year))]
    for kind in KINDS:
        mine = [s for s in order if s.kind == kind]
        if not mine:
            continue
        high = max(mine, key=lambda s: s.verified_total)
        low = min(mine, key=lambda s: s.verified_total)
        average = sum(s.verified_total for s in mine) / len(mine)
        if round(high.verified_total, 2) == round(low.verified_total, 2):  # all equal: no highest and lowest
            out.append(body(pdf, pdf.t("assessment_report_kind_equal", kind=_kind(kind, pdf.lang), count=len(mine),
                                       score=number_text(high.verified_total))))
            continue
        out.append(body(pdf, pdf.t("assessment_report_kind", kind=_kind(kind, pdf.lang), count=len(mine),
                                   average=f"{average:.2f}", high=number_text(high.verified_total),
                                   high_unit=high.unit, low=number_text(low.verified_total), low_unit=low.unit)))
    waiting = sum(1 for s in order if not s.complete)
    if waiting:
        out.append(body(pdf, pdf.t("assessment_report_incomplete", count=waiting)))
    return out


def chart(pdf: PdfDoc, scores: Sequence[LetterScore]) -> Any:
    """A horizontal bar chart of the verified totals, the best at the top, inside the text block's width."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing

    bar = 13.0
    label_size = 9
    names = [s.unit for s in scores][::-1]  # the chart draws its first category at the bottom
    values = [s.verified_total for s in scores][::-1]
    label_width = max(pdf.width(n, _Size(pdf.fonts.body, label_size)) for n in names) + 6
    height = bar * len(names) + 24
    drawing = Drawing(LETTER_WIDTH, height)
    c = HorizontalBarChart()
    c.x, c.y = label_width, 16
    c.width, c.height = LETTER_WIDTH - label_width - 34, bar * len(names)
    c.data = [values]
    c.categoryAxis.categoryNames = names
    c.categoryAxis.labels.fontName = pdf.fonts.body
    c.categoryAxis.labels.fontSize = label_size
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.dx = -3
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = max(100.0, max(values) * 1.05 if values else 100.0)
    c.valueAxis.labels.fontName = pdf.fonts.body
    c.valueAxis.labels.fontSize = 8
    c.bars[0].fillColor = _color(BAR)
    c.bars[0].strokeColor = None
    c.barWidth = bar * 0.7
    c.barLabelFormat = lambda v: number_text(float(v))
    c.barLabels.fontName = pdf.fonts.body
    c.barLabels.fontSize = 8
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 3
    drawing.add(c)
    drawing.hAlign = "LEFT"
    return drawing


class _Size:
    """The two attributes PdfDoc.width reads of a style."""

    def __init__(self, font: str, size: float) -> None:
        self.fontName, self.fontSize = font, size


def _color(value: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(value)


def _ranking_table(pdf: PdfDoc, order: list[LetterScore]) -> Any:
    rows: list[list[Any]] = [[cell(pdf, pdf.t(f"assessment_col_{c}"), "center", head=True) for c, _w in SUMMARY]]
    for s in order:
        rows.append([cell(pdf, str(s.rank) if s.rank is not None else "—", "center"), cell(pdf, s.unit),
                     cell(pdf, _kind(s.kind, pdf.lang), "center"), cell(pdf, f"{s.self_total:.2f}", "right"),
                     cell(pdf, f"{s.verified_total:.2f}", "right"), cell(pdf, _stage(s.stage, pdf.lang), "center")])
    return grid_table(rows, [w for _c, w in SUMMARY])

