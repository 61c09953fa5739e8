"""Text set on the character grid of GB/T 9704-2012: every character at a fixed pitch, lines broken by the
Chinese rules, and nothing set past the end of a line.

A line of the standard holds 28 characters of 3号 (16 pt) across the 156 mm text block, a pitch of 15.79 pt:
the 16 pt face with a small negative character spacing (PDF ``Tc``). reportlab's Paragraph can neither space
characters nor keep a closing mark from hanging into the margin (its CJK splitter lets "，" or "。" overflow
the line by one character), so letters set their text with :class:`GridText`, which breaks lines itself with
the real, spaced widths: a mark that may not start a line takes the character before it to the next line
(推出), and a line cut short that way is spread out again to the full width (两端对齐).

The spacing ``Tc`` follows every glyph, the last one of a line too, where it is invisible; so a line of n
glyphs measures ``sum(widths) + (n - 1) × Tc`` from the left edge of its first glyph to the right edge of
its last, and :func:`grid_char_space` chooses ``Tc`` so that 28 glyphs measure exactly the 156 mm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from qsupervise.documents.pdf_fonts import PdfFonts, covers

GRID_CHARS = 28
# May not start a line (they close or follow something), may not end one (they open something).
NO_START = "!),.:;?]}、。，．：；！？）》〉」』】〕〗”’％‰°℃…·～"
NO_END = "([{（《〈「『【〔〖“‘￥$"
MAX_SPREAD = 3  # a line short by more characters than this stays ragged rather than spread thin

_WIDTHS: dict[tuple[str, str], float] = {}  # (font, char) -> width at 1 pt
_FACE = re.compile(r'<font face="([^"]+)">')


def grid_char_space(width: float, size: float = 16, chars: int = GRID_CHARS) -> float:
    """The character spacing that makes ``chars`` glyphs of ``size`` measure exactly ``width``."""
    return (width - chars * size) / (chars - 1)


def _width(font: str, char: str) -> float:
    key = (font, char)
    found = _WIDTHS.get(key)
    if found is None:
        found = _WIDTHS[key] = float(stringWidth(char, font, 1))
    return found


def _cjk(char: str) -> bool:
    return ord(char) >= 0x2E80


def font_runs(fonts: PdfFonts, value: str, font: str | None = None) -> list[tuple[str, str]]:
    """``value`` as (font, character) pairs: ``font`` (the body face by default), or a fallback where it lacks
    the character (a rare character in a name)."""
    base = font or fonts.body
    out = []
    for char in value.replace("\r\n", "\n").replace("\t", " "):
        chosen = base
        if char not in "\n " and not covers(base, char):
            found = _FACE.search(fonts.markup(char, font=base))
            chosen = found.group(1) if found else base
        out.append((chosen, char))
    return out


class GridText(Flowable):  # type: ignore[misc]
    """A paragraph on the grid: ``size`` pt glyphs ``char_space`` apart, lines ``leading`` apart, the first line
    ``indent`` characters in; ``align`` justify | left | center | right.

    Like reportlab's Paragraph, the first baseline sits ``size`` below the top, and a paragraph split across
    pages leaves no single line behind (orphan) nor carries a single line over (widow) when it can help it.
    """

    def __init__(self, chars: Sequence[tuple[str, str]], *, size: float, leading: float, char_space: float = 0.0,
                 indent: float = 0, align: str = "justify", space_before: float = 0, space_after: float = 0,
                 color: Any = None, spread_last: bool = False) -> None:
        super().__init__()
        self.chars = list(chars)
        self.size, self.leading, self.char_space = size, leading, char_space
        self.indent, self.align, self.color, self.spread_last = indent, align, color, spread_last
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.widths = [_width(f, c) * size for f, c in self.chars]
        self.lines: list[tuple[int, int, bool]] = []  # (start, end, hard end: last of the paragraph or a new line)
        self.width = self.height = 0.0

    @property
    def text(self) -> str:
        return "".join(c for _f, c in self.chars)

    # -- measuring and breaking ---------------------------------------------------------------------------

    def indent_width(self) -> float:
        return self.indent * (self.size + self.char_space)

    def line_width(self, start: int, end: int) -> float:
        start, end = self._visible(start, end)
        if end <= start:
            return 0.0
        return sum(self.widths[start:end]) + (end - start - 1) * self.char_space

    def _visible(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.chars[start][1] == " ":
            start += 1
        while end > start and self.chars[end - 1][1] in " \n":
            end -= 1
        return start, end

    def break_lines(self, avail: float) -> list[tuple[int, int, bool]]:
        chars, n = self.chars, len(self.chars)
        lines: list[tuple[int, int, bool]] = []
        start = 0
        while start < n:
            while lines and start < n and chars[start][1] == " ":
                start += 1  # a space a break left at the start of a line
            limit = avail - (self.indent_width() if not lines else 0)
            end, used = start, 0.0
            while end < n and chars[end][1] != "\n":
                step = self.widths[end] + (self.char_space if end > start else 0)
                if used + step > limit + 1e-6 and end > start:
                    break
                used += step
                end += 1
            if end < n and chars[end][1] == "\n":
                lines.append((start, end, True))
                start = end + 1
                continue
            if end >= n:
                if end > start or not lines:
                    lines.append((start, end, True))
                break
            end = self._break_before(start, end)
            lines.append((start, end, False))
            start = end
        return lines

    def _break_before(self, start: int, end: int) -> int:
        """Where the line that cannot take ``chars[end]`` ends: at the latest place the rules allow."""
        text = self.chars
        for b in range(end, start, -1):
            before, after = text[b - 1][1], text[b][1]
            if after in NO_START or before in NO_END:
                continue
            if before == " " or after == " " or _cjk(before) or _cjk(after):
                return b
        return end  # one long word or number: cut it

    # -- the Flowable protocol ------------------------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.lines = self.break_lines(availWidth)
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.break_lines(availWidth)
        fit = int((availHeight + 1e-6) // self.leading)
        if fit >= len(lines):
            return [self]
        if len(lines) - fit == 1 and fit > 2:
            fit -= 1  # no widow
        if fit < 2:
            return []  # no orphan: the whole paragraph goes to the next page
        cut = lines[fit][0]
        head = self._copy(self.chars[:cut], space_after=0, spread_last=True)
        tail = self._copy(self.chars[cut:], indent=0, space_before=0)
        return [head, tail]

    def _copy(self, chars: Sequence[tuple[str, str]], **changes: Any) -> GridText:
        values: dict[str, Any] = dict(size=self.size, leading=self.leading, char_space=self.char_space,
                                      indent=self.indent, align=self.align, space_before=self.spaceBefore,
                                      space_after=self.spaceAfter, color=self.color, spread_last=self.spread_last)
        values.update(changes)
        return GridText(chars, **values)

    def draw(self) -> None:
        canvas = self.canv
        text = canvas.beginText()
        if self.color is not None:
            text.setFillColor(self.color)
        baseline = self.height - self.size
        for k, (start, end, hard) in enumerate(self.lines):
            first, stop = self._visible(start, end)
            x = self.indent_width() if k == 0 else 0.0
            room = self.width - x - self.line_width(first, stop)
            space = self.char_space
            last = k == len(self.lines) - 1
            if self.align == "center":
                x += room / 2
            elif self.align == "right":
                x += room
            elif (self.align == "justify" and stop - first > 1 and 0 < room <= MAX_SPREAD * self.size
                  and not (hard and not (last and self.spread_last))):
                space += room / (stop - first - 1)
            text.setCharSpace(space)
            for font, run, widths in self._pieces(first, stop):
                text.setTextOrigin(x, baseline)
                text.setFont(font, self.size)
                text.textOut(run)
                x += sum(widths) + len(run) * space
            baseline -= self.leading
        canvas.drawText(text)

    def _pieces(self, start: int, end: int) -> list[tuple[str, str, list[float]]]:
        """The line as (font, text, widths) runs of one embedded subset each, so that each is placed by itself.

        A PDF reader applies the character spacing after the last glyph of a string too, and so do viewers;
        some text extractors (pdfminer) do not, and would see the line longer at each change of subset.
        """
        out: list[tuple[str, str, list[float]]] = []
        k = start
        while k < end:
            font = self.chars[k][0]
            stop = k
            while stop < end and self.chars[stop][0] == font:
                stop += 1
            run = "".join(c for _f, c in self.chars[k:stop])
            face = getFont(font)
            chunks = [len(chunk) for _subset, chunk in face.splitString(run, self.canv._doc)] if hasattr(
                face, "splitString") else [len(run)]
            for size in chunks:
                out.append((font, run[:size], self.widths[k:k + size]))
                run, k = run[size:], k + size
        return out
