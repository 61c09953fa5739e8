"""Responsibility letters (质量工作目标责任书) as PDF in the official layout of GB/T 9704-2012, one by one or a
whole year's batch, into one file or a folder.

The page is the standard's (pdf_layout: A4, text block 156 × 225 mm at top 37 mm / left 28 mm); the text sits
on its grid of 22 lines of 28 characters (pdf_grid), the title in the heading face at 22 pt, the target table
in 五号 with its header row repeated on every page, then the terms and both parties' signature and seal
blocks, kept on one page with the last paragraph. Nothing is printed outside the block but the page number.

A batch into one file is one reportlab document: the font is embedded once and each letter starts on a new
page, its page numbers restarting at "— 1 —". Into a folder, each letter is a file of its own (the font
subset embedded in each, which is what makes a folder of 500 letters several times slower than one file).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from qsupervise.documents.pdf_grid import GridText, font_runs, grid_char_space
from qsupervise.documents.pdf_layout import (
    LABEL_SHADE,
    LETTER_LINE,
    LETTER_MARGINS,
    LETTER_WIDTH,
    PAGE_H,
    PAGE_W,
    PdfDoc,
    draw_page_number,
)
from qsupervise.documents.writing import replace_atomically
from qsupervise.errors import KnownError
from qsupervise.services.letters import LetterDoc

BODY_SIZE = 16  # 3号
TITLE_SIZE = 22  # 2号
CELL_SIZE, CELL_LEADING = 10.5, 14.0  # 五号 in tables
GRID_SPACE = grid_char_space(LETTER_WIDTH, BODY_SIZE)  # ≈ −0.2146 pt: 28 characters fill the 156 mm line
RULE = 0.6  # table lines, drawn inside the block
# columns of the target table: field, share of the width, alignment
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("no", 30, "center"), ("metric", 98, "left"), ("task", 128, "left"), ("target", 48, "center"),
    ("weight", 32, "center"), ("responsible", 46, "center"), ("deadline", 64, "center"),
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PrintResult:
    paths: list[Path]  # the one file, or the letters' files in the folder
    pages: int
    letters: int


# -- building blocks shared with the assessment report ------------------------------------------------------


def body(pdf: PdfDoc, value: str, *, indent: float = 2, align: str = "justify", font: str | None = None,
         space_before: float = 0, space_after: float = 0) -> GridText:
    """A paragraph of 3号 text on the 28-character grid, two characters in by default."""
    return GridText(font_runs(pdf.fonts, value, font), size=BODY_SIZE, leading=LETTER_LINE, char_space=GRID_SPACE,
                    indent=indent, align=align, space_before=space_before, space_after=space_after)


def heading(pdf: PdfDoc, value: str) -> GridText:
    """A first-level heading: the heading face, two characters in."""
    return body(pdf, value, font=pdf.fonts.heading, align="left")


def before_table(pdf: PdfDoc, value: str) -> list[Any]:
    """A heading over a table, on a new page unless the heading and the table's first rows fit on this one."""
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(LETTER_LINE * 4), heading(pdf, value)]


def title(pdf: PdfDoc, value: str) -> GridText:
    """The title: 2号 in the heading face, centred, one or two lines, a blank grid line below it."""
    return GridText(font_runs(pdf.fonts, value, pdf.fonts.heading), size=TITLE_SIZE, leading=LETTER_LINE,
                    align="center", space_after=LETTER_LINE)


def cell(pdf: PdfDoc, value: str, align: str = "left", *, head: bool = False) -> GridText:
    font = pdf.fonts.heading if head else None
    return GridText(font_runs(pdf.fonts, value, font), size=CELL_SIZE, leading=CELL_LEADING, align=align)


def grid_table(rows: list[list[Any]], widths: Sequence[float], extra: Sequence[tuple[Any, ...]] = (),
               *, repeat: int = 1) -> Any:
    """A ruled table exactly as wide as the block, lines included, header rows repeated on every page."""
    from reportlab.platypus import Table

    scale = (LETTER_WIDTH - RULE) / sum(widths)
    table = Table(rows, colWidths=[w * scale for w in widths], repeatRows=repeat, hAlign="CENTER",
                  spaceBefore=LETTER_LINE * 0.25, spaceAfter=LETTER_LINE * 0.5)
    table.setStyle([("GRID", (0, 0), (-1, -1), RULE, "#000000"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("BACKGROUND", (0, 0), (-1, repeat - 1), LABEL_SHADE), *extra])
    return table


# -- one letter ---------------------------------------------------------------------------------------------


def letter_story(pdf: PdfDoc, doc: LetterDoc) -> list[Any]:
    """The flowables of one letter."""
    from reportlab.platypus import KeepTogether, Spacer

    story: list[Any] = []
    if doc.doc_no:
        story.append(body(pdf, doc.doc_no, indent=0, align="center", space_after=LETTER_LINE))
    story.append(title(pdf, doc.title))
    story.append(body(pdf, f"{pdf.t('letter_form_party_a')}{pdf.colon}{doc.party_a}", indent=0, align="left"))
    story.append(body(pdf, f"{pdf.t('letter_form_party_b')}{pdf.colon}{doc.party_b}", indent=0, align="left"))
    story += [body(pdf, p) for p in doc.preamble]
    story += before_table(pdf, pdf.t("letter_form_targets"))
    story.append(_targets(pdf, doc) if doc.targets else body(pdf, pdf.t("letter_form_no_targets")))
    terms = [body(pdf, p) for p in doc.terms]
    last = terms[-1:] or []
    story += terms[:-1]
    story.append(KeepTogether([*last, Spacer(1, LETTER_LINE), _signatures(pdf, doc)]))
    return story


def _targets(pdf: PdfDoc, doc: LetterDoc) -> Any:
    rows: list[list[Any]] = [[cell(pdf, pdf.t(f"letter_form_col_{f}"), "center", head=True) for f, _w, _a in COLUMNS]]
    for line in doc.targets:
        values = {"no": str(line.position), "metric": line.metric, "task": line.task, "target": line.target,
                  "weight": line.weight, "responsible": line.responsible, "deadline": line.deadline}
        rows.append([cell(pdf, values[f], align) for f, _w, align in COLUMNS])
    total = len(rows)
    rows.append([cell(pdf, pdf.t("letter_form_total"), "center", head=True), "", "", "",
                 cell(pdf, doc.total_points, "center", head=True), "", ""])
    return grid_table(rows, [w for _f, w, _a in COLUMNS], [("SPAN", (0, total), (3, total)),
                                                            ("SPAN", (5, total), (6, total))])


def _signatures(pdf: PdfDoc, doc: LetterDoc) -> Any:
    """Both parties side by side: seal, name, the signature of the person in charge, the date."""
    from reportlab.platypus import Table

    signed = date.fromisoformat(doc.signed_on[:10]) if doc.signed_on else None
    day = pdf.date_text(signed) if signed else pdf.t("letter_form_blank_date")
    sides = ((pdf.t("letter_form_seal_a"), doc.party_a, doc.party_a_person),
             (pdf.t("letter_form_seal_b"), doc.party_b, doc.party_b_person))
    column = [[seal, name, "", pdf.t("letter_form_person") + person, pdf.t("letter_form_date") + day]
              for seal, name, person in sides]
    rows = [[body(pdf, a, indent=0, align="left") if a else "", body(pdf, b, indent=0, align="left") if b else ""]
            for a, b in zip(*column, strict=True)]
    table = Table(rows, colWidths=[LETTER_WIDTH / 2] * 2, rowHeights=[LETTER_LINE] * len(rows), hAlign="LEFT")
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


def write_letter(doc: LetterDoc, dest: Path, *, lang: str = "zh") -> Path:
    """One letter as one PDF file."""
    return write_letters([doc], dest, one_file=True, lang=lang).paths[0]


# -- batches ------------------------------------------------------------------------------------------------


class _LetterStart(Flowable):  # type: ignore[misc]
    """Marks where a letter begins: its page numbers count from here; reports progress, honours cancelling."""

    def __init__(self, batch: _Batch, index: int) -> None:
        super().__init__()
        self.batch, self.index = batch, index
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.batch.started(self.index, self.canv.getPageNumber())


class _Batch:
    def __init__(self, count: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.count, self.progress, self.cancelled = count, progress, cancelled
        self.first_page = 1

    def started(self, index: int, page: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise KnownError("cancelled")
        self.first_page = page
        if self.progress is not None and index:
            self.progress(index, self.count)


def write_letters(docs: Sequence[LetterDoc], dest: Path, *, one_file: bool, lang: str = "zh",
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> PrintResult:
    """The letters into one PDF (``one_file``: ``dest`` is the file) or one PDF each into the folder ``dest``.

    ``progress(done, total)`` after each letter; ``cancelled()`` is asked before each one and stops the batch
    with ``KnownError("cancelled")``: a single file is then not written at all, a folder keeps the letters
    finished before (each file is written whole or not at all).
    """
    pdf = PdfDoc(lang)  # the fonts are loaded once, for the whole batch
    dest = Path(dest)
    if not docs:
        return PrintResult([], 0, 0)
    if one_file:
        batch = _Batch(len(docs), progress, cancelled)
        story: list[Any] = []
        from reportlab.platypus import PageBreak

        for i, doc in enumerate(docs):
            story += ([PageBreak()] if i else []) + [_LetterStart(batch, i), *letter_story(pdf, doc)]
        pages = _build(pdf, dest, story, docs[0], batch)
        if progress is not None:
            progress(len(docs), len(docs))
        return PrintResult([dest.expanduser().absolute()], pages, len(docs))
    paths: list[Path] = []
    pages = 0
    taken: set[str] = set()
    for i, doc in enumerate(docs):
        if cancelled is not None and cancelled():
            raise KnownError("cancelled")
        batch = _Batch(1, None, None)
        target = dest / file_name(doc, taken)
        pages += _build(pdf, target, [_LetterStart(batch, 0), *letter_story(pdf, doc)], doc, batch)
        paths.append(target.expanduser().absolute())
        if progress is not None:
            progress(i + 1, len(docs))
    return PrintResult(paths, pages, len(docs))


def _build(pdf: PdfDoc, dest: Path, story: list[Any], first: LetterDoc, batch: _Batch) -> int:
    """Lay out ``story`` on letter pages into ``dest``; returns the number of pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    top, right, bottom, left = LETTER_MARGINS
    frame = Frame(left, bottom, PAGE_W - left - right, PAGE_H - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def number(canvas: Any, doc: Any) -> None:
        draw_page_number(canvas, canvas.getPageNumber() - batch.first_page + 1, pdf.fonts.body, pdf.lang)

    with replace_atomically(dest) as temporary:
        doc = BaseDocTemplate(str(temporary), pagesize=A4, title=first.title, author=first.party_a,
                              subject=first.title, creator="QSupervise", lang="zh-CN" if pdf.lang == "zh" else "en")
        doc.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPageEnd=number)])
        doc.build(story)
        pages: int = doc.canv.getPageNumber() - 1  # the canvas has moved on to a page it will not use
    return pages


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def file_name(doc: LetterDoc, taken: set[str] | None = None) -> str:
    """``2025年度质量工作目标责任书-城关街道.pdf``, safe on Windows; ``-2``, ``-3`` … when a name repeats."""
    stem = _UNSAFE.sub("_", f"{doc.title}-{doc.party_b}" if doc.party_b else doc.title)
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:120].rstrip(" .") or doc.id
    if _RESERVED.match(stem):
        stem = f"_{stem}"
    name, n = f"{stem}.pdf", 1
    while taken is not None and name.lower() in taken:
        n += 1
        name = f"{stem}-{n}.pdf"
    if taken is not None:
        taken.add(name.lower())
    return name
