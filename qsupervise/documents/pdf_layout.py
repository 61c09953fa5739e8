"""Page layouts and building blocks of the PDF documents: official letters after GB/T 9704-2012, boxed forms.

A letter has the standard's A4 page: margins top 37 mm and left 28 mm, a 156 × 225 mm text block of 22 lines of
3号 (16 pt) text, a 22 pt title, page numbers "— 1 —" in 4号 7 mm below the block, odd pages right and even pages
left. A form uses tighter margins and 10.5 pt (五号) cells. Texts come from the message catalogue in the
document's language; all text goes through :class:`PdfFonts` markup, so a character the font lacks still prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from qsupervise.documents.pdf_fonts import PdfFonts, pdf_fonts
from qsupervise.documents.writing import replace_atomically
from qsupervise.messages import text

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
# GB/T 9704-2012: text block 156 × 225 mm at top 37 mm / left 28 mm; 22 lines of 3号 (16 pt) text.
LETTER_MARGINS = (37 * MM, 26 * MM, 35 * MM, 28 * MM)  # top, right, bottom, left
LETTER_LINE = 225 * MM / 22
FORM_MARGINS = (16 * MM, 18 * MM, 16 * MM, 18 * MM)
FAIL_SHADE = "#fbe0e0"
LABEL_SHADE = "#eeeeee"
RED = "#c00000"
LETTER_WIDTH = PAGE_W - LETTER_MARGINS[1] - LETTER_MARGINS[3]
FORM_WIDTH = PAGE_W - FORM_MARGINS[1] - FORM_MARGINS[3]


class PdfDoc:
    """Fonts, styles and texts of one document in one language, and the paragraphs and tables made with them."""

    def __init__(self, lang: str) -> None:
        self.lang = "en" if lang.startswith("en") else "zh"
        self.fonts: PdfFonts = pdf_fonts()
        self.colon, self.sep = ("：", "、") if self.lang == "zh" else (": ", ", ")
        self._styles: dict[str, Any] = {}

    def t(self, code: str, **params: Any) -> str:
        return text(code, self.lang, **params)

    def label(self, code: str, value: str) -> str:
        return f"{self.t(code)}{self.colon}{value}"

    def date_text(self, value: date | None) -> str:
        """A date as a letter writes it (2025年4月8日), or blanks to fill in by hand."""
        if value is None:
            return self.t("form_blank_date")
        return self.t("form_date", y=value.year, m=value.month, d=value.day, iso=value.isoformat())

    @staticmethod
    def iso(value: str | None) -> str:
        """A stored date as a form shows it (2025-04-08)."""
        return (value or "")[:10]

    def style(self, name: str) -> Any:
        if not self._styles:
            self._styles = _styles(self.fonts)
        return self._styles[name]

    def para(self, value: str, style: Any, *, markup: bool = False) -> Any:
        """A paragraph of plain text (``markup``: of reportlab markup already escaped)."""
        from reportlab.platypus import Paragraph

        font = self.fonts.heading if style.fontName == self.fonts.heading else None
        return Paragraph(value if markup else self.fonts.markup(value, font=font), style)

    def cell(self, value: str, kind: str) -> Any:
        return self.para(value, self.style(kind))

    def width(self, value: str, style: Any) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(value, style.fontName, style.fontSize))

    def spacer(self, height: float) -> Any:
        from reportlab.platypus import Spacer

        return Spacer(1, height)

    def section(self, code: str) -> list[Any]:
        return [self.cell(self.t(code), "section"), "", "", ""]

    def kv(self, label1: str, value1: str, label2: str, value2: str, *, size: str = "") -> list[Any]:
        """Two labelled values in a row of four cells; ``size`` "_k" for the 11 pt tables of letters."""
        return [self.cell(self.t(label1), "label" + size), self.cell(value1, "cell" + size),
                self.cell(self.t(label2), "label" + size), self.cell(value2, "cell" + size)]

    def kv_wide(self, label: str, value: str, *, size: str = "") -> list[Any]:
        return [self.cell(self.t(label), "label" + size), self.cell(value, "cell" + size), "", ""]

    def grid(self, extra: Sequence[tuple[Any, ...]] = (), pad: float = 0) -> list[tuple[Any, ...]]:
        return [("GRID", (0, 0), (-1, -1), 0.6, "#000000"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 + pad), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 + pad),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3), *extra]

    def table(self, rows: list[list[Any]], widths: list[float], *, label_cols: tuple[int, ...], space: float,
              pad: float = 0) -> Any:
        """A key/value grid: full-width section rows, and value cells spanning the rest of a row when alone."""
        from reportlab.platypus import Table

        extra: list[tuple[Any, ...]] = []
        for r, row in enumerate(rows):
            if row[1] == "":  # a section heading
                extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), LABEL_SHADE)]
            elif row[2] == "":  # one value over three columns
                extra.append(("SPAN", (1, r), (-1, r)))
            for c in label_cols:
                if row[1] != "" and (c == 0 or row[2] != ""):
                    extra.append(("BACKGROUND", (c, r), (c, r), LABEL_SHADE))
        table = Table(rows, colWidths=widths, hAlign="CENTER", spaceBefore=space, spaceAfter=space,
                      splitInRow=1)
        table.setStyle(self.grid(extra, pad))
        return table

    def write(self, dest: Path, story: list[Any], *, title: str, author: str, letter: bool) -> Path:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        top, right, bottom, left = LETTER_MARGINS if letter else FORM_MARGINS
        frame = Frame(left, bottom, PAGE_W - left - right, PAGE_H - top - bottom, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        numbers = _page_number(self.fonts.body, self.lang, left, right, bottom, letter)
        dest = Path(dest)
        with replace_atomically(dest) as temporary:
            doc = BaseDocTemplate(str(temporary), pagesize=A4, title=title, author=author, subject=title,
                                  creator="QSupervise", lang="zh-CN" if self.lang == "zh" else "en")
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=numbers)])
            doc.build(story)
        return dest.expanduser().absolute()


def _page_number(font: str, lang: str, left: float, right: float, bottom: float,
                 letter: bool) -> Callable[[Any, Any], None]:
    """GB/T 9704 7.5: 4号 (14 pt) numbers between em dashes 7 mm below the block; odd right, even left."""

    def draw(canvas: Any, doc: Any) -> None:
        draw_page_number(canvas, doc.page, font, lang, margins=(0, right, bottom, left), letter=letter)

    return draw


def draw_page_number(canvas: Any, n: int, font: str, lang: str, *,
                     margins: tuple[float, float, float, float] = LETTER_MARGINS, letter: bool = True) -> None:
    """Page number ``n`` below the block: a letter's right on odd pages and left on even ones, a form's centred."""
    _top, right, bottom, left = margins
    size = 14 if letter else 10
    label = text("form_page", lang, n=n)
    canvas.saveState()
    canvas.setFont(font, size)
    y = bottom - 7 * MM - size * 0.8 if letter else bottom - 9 * MM
    if not letter:
        canvas.drawCentredString(PAGE_W / 2, y, label)
    elif n % 2:
        canvas.drawRightString(PAGE_W - right - size, y, label)
    else:
        canvas.drawString(left + size, y, label)
    canvas.restoreState()


def _styles(fonts: PdfFonts) -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    def make(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

    body, head = fonts.body, fonts.heading
    return {
        # letters (GB/T 9704): body 16 pt on a 22-line grid, paragraphs indented two characters
        "title": make("title", head, 22, 32, alignment=TA_CENTER, spaceAfter=LETTER_LINE * 0.4),
        "docno": make("docno", body, 14, 20, alignment=TA_CENTER),
        "addressee": make("addressee", body, 16, LETTER_LINE, alignment=TA_LEFT),
        "body": make("body", body, 16, LETTER_LINE, firstLineIndent=32, alignment=TA_JUSTIFY),
        "sign": make("sign", body, 16, LETTER_LINE, alignment=TA_CENTER),
        # 附件说明 below the text: one blank line, two characters in (GB/T 9704 7.3.3)
        "attachment": make("attachment", body, 16, LETTER_LINE, firstLineIndent=32, spaceBefore=LETTER_LINE),
        "attachment_label": make("attachment_label", head, 16, LETTER_LINE),
        "attachment_title": make("attachment_title", head, 18, LETTER_LINE, alignment=TA_CENTER),
        # key/value tables inside letters (11 pt)
        "cell_k": make("cell_k", body, 11, 15),
        "cell_red_k": make("cell_red_k", head, 11, 15, textColor=RED),
        "label_k": make("label_k", head, 11, 15),
        "head_k": make("head_k", head, 11, 15, alignment=TA_CENTER),
        # long item tables: 小五 (9 pt), so that a clause such as "GB/T 24399-2009" fits its column
        "icell": make("icell", body, 9, 11.5),
        "icell_center": make("icell_center", body, 9, 11.5, alignment=TA_CENTER),
        "icell_red": make("icell_red", head, 9, 11.5, alignment=TA_CENTER, textColor=RED),
        "ihead": make("ihead", head, 9, 11.5, alignment=TA_CENTER),
        "note": make("note", body, 10.5, 15, spaceBefore=2, spaceAfter=2),
        # forms: 五号 (10.5 pt) cells
        "form_title": make("form_title", head, 20, 28, alignment=TA_CENTER, spaceAfter=2 * MM),
        "form_no": make("form_no", body, 10.5, 14, alignment=TA_RIGHT, spaceAfter=1.5 * MM),
        "section": make("section", head, 11, 15),
        "label": make("label", head, 10.5, 14),
        "cell": make("cell", body, 10.5, 14),
        "small": make("small", body, 9, 12.5),
    }


def signature(pdf: PdfDoc, authority: str, on: date | None, *, keep_with: Sequence[Any] = ()) -> list[Any]:
    """Sender and date at the right, the date four characters in, room above for the seal (GB/T 9704 7.3.5).

    ``keep_with``: the last paragraphs of the text, kept on the signature's page (the standard allows no page
    with a signature and no text).
    """
    from reportlab.platypus import KeepTogether, Spacer, Table

    name = authority or "________________"
    date_text = pdf.date_text(on)
    style = pdf.style("sign")
    right = 4 * style.fontSize
    inner = min(max(pdf.width(name, style), pdf.width(date_text, style)) + 8, LETTER_WIDTH - right)
    rows = [["", pdf.para(name, style), ""], ["", pdf.para(date_text, style), ""]]
    table = Table(rows, colWidths=[LETTER_WIDTH - inner - right, inner, right], hAlign="LEFT")
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    return [KeepTogether([*keep_with, Spacer(1, LETTER_LINE * 2), table])]


def attachment(pdf: PdfDoc, title: str, subtitle: str, body: list[Any]) -> list[Any]:
    """An attachment on a page of its own: 附件 top left, its title centred on the third line (GB/T 9704 8.2)."""
    from reportlab.platypus import PageBreak, Spacer

    return [PageBreak(), pdf.para(pdf.t("form_attachment"), pdf.style("attachment_label")),
            Spacer(1, LETTER_LINE), pdf.para(title, pdf.style("attachment_title")),
            pdf.para(subtitle, pdf.style("docno")), *body]


def choice_boxes(pdf: PdfDoc, options: Sequence[tuple[str, bool]], style: str = "cell") -> Any:
    """Tick boxes drawn as lines (☑ / ☐), the chosen ones ticked: CJK fonts' □ glyphs vary from tiny to full size."""
    from reportlab.platypus import Flowable

    para = pdf.style(style)
    font, size, leading = para.fontName, float(para.fontSize), float(para.leading)
    box, gap = size * 0.85, size * 1.5

    class ChoiceBoxes(Flowable):  # type: ignore[misc]
        def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
            self.places = []
            x, line = 0.0, 0
            for label, chosen in options:
                width = box + size * 0.4 + pdf.width(label, para)
                if x and x + width > avail_width:
                    x, line = 0.0, line + 1
                self.places.append((x, line, label, chosen))
                x += width + gap
            self.lines = line + 1
            return avail_width, self.lines * leading

        def draw(self) -> None:
            c = self.canv
            c.setFont(font, size)
            c.setLineWidth(0.7)
            for x, line, label, chosen in self.places:
                base = (self.lines - line - 1) * leading + (leading - size) / 2 + size * 0.12
                c.rect(x, base, box, box)
                if chosen:
                    c.lines([(x + box * 0.18, base + box * 0.5, x + box * 0.42, base + box * 0.2),
                             (x + box * 0.42, base + box * 0.2, x + box * 0.85, base + box * 0.85)])
                c.drawString(x + box + size * 0.4, base + size * 0.05, label)

    return ChoiceBoxes()

