"""Chinese TrueType fonts for reportlab PDFs, found on the system or in resources/fonts, always embedded.

reportlab embeds TrueType outlines only (``/FontFile2``); CFF/OpenType CJK fonts (Noto CJK, Source Han) are
refused when loaded, and its CID font STSong-Light is never embedded, so a PDF made with it shows another
font, or none, elsewhere. See resources/fonts/README.md for the order fonts are chosen in.
"""

from __future__ import annotations

import logging
import os
import re
import struct
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from qsupervise.errors import KnownError
from qsupervise.paths import resource_root

log = logging.getLogger(__name__)

ENV_FONT = "QS_PDF_FONT"  # PATH or PATH#INDEX (a face of a .ttc)
SUFFIXES = (".ttf", ".ttc", ".otf")
MAX_FALLBACKS = 4  # fonts tried, in order, for a character the body font lacks

# (style, pattern on the lower-case file name), in order of preference. Files matching none are not CJK
# fonts we know and are never tried. Noto/Source Han come last: most are CFF and refused, a few are not.
_KNOWN: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (style, re.compile(pattern)) for style, pattern in (
        ("fangsong", r"^simfang\.ttf$"),
        ("fangsong", r"cesi_fs"),
        ("fangsong", r"fangsong|stfangso|fzfs|仿宋"),
        ("song", r"^simsun\.tt[cf]$"),
        ("song", r"cesi_ss"),
        ("song", r"^uming\.tt[cf]$"),
        ("song", r"stsong|songti|宋"),
        ("hei", r"^simhei\.ttf$"),
        ("hei", r"cesi_ht"),
        ("hei", r"^msyh\.tt[cf]$"),
        ("hei", r"microhei"),
        ("hei", r"zenhei"),
        ("hei", r"droidsansfallback"),
        ("hei", r"heiti|yahei|黑"),
        ("kai", r"^simkai\.ttf$|cesi_kt|^ukai\.tt[cf]$|kaiti|楷"),
        ("cjk", r"lxgw|wenkai|notosanscjk|notoserifcjk|sourcehan"),
    )
)
_HEADING = re.compile(r"^simhei\.ttf$|cesi_ht")  # real 黑体 for titles and headings


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0  # face of a .ttc
    style: str = "other"  # fangsong | song | hei | kai | cjk | other
    bundled: bool = False

    def __str__(self) -> str:
        return f"{self.path}#{self.index}" if self.index else str(self.path)


def bundled_dir() -> Path:
    return resource_root() / "resources" / "fonts"


def bundled_fonts() -> list[FontFile]:
    folder = bundled_dir()
    if not folder.is_dir():
        return []
    return [FontFile(p, 0, _style(p.name), bundled=True)
            for p in sorted(folder.iterdir()) if p.suffix.lower() in SUFFIXES]


def system_font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows")
        dirs = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts", home / ".fonts"]


def system_fonts(dirs: Iterable[Path] | None = None) -> list[FontFile]:
    """Known CJK font files below ``dirs``, best first."""
    ranked: list[tuple[int, str, Path]] = []
    for folder in system_font_dirs() if dirs is None else dirs:
        for path in _walk(folder):
            rank = _rank(path.name)
            if rank is not None:
                ranked.append((rank, path.name.lower(), path))
    ranked.sort()
    return [FontFile(path, 0, _KNOWN[rank][0]) for rank, _name, path in ranked]


def env_font() -> FontFile | None:
    value = os.environ.get(ENV_FONT, "").strip()
    if not value:
        return None
    path, _sep, index = value.rpartition("#") if re.search(r"#\d+$", value) else (value, "", "0")
    return FontFile(Path(path).expanduser(), int(index), _style(Path(path).name))


def candidates() -> list[FontFile]:
    """Every font worth trying, in the body text's order of preference."""
    system = system_fonts()
    chosen = [env_font()] + [f for f in system if f.style == "fangsong"] + bundled_fonts()
    chosen += [f for f in system if f.style != "fangsong"]
    seen: set[tuple[str, int]] = set()
    result = []
    for font in chosen:
        if font is not None and (key := (str(font.path), font.index)) not in seen:
            seen.add(key)
            result.append(font)
    return result


@dataclass
class PdfFonts:
    """Registered reportlab font names: body text, headings, and fonts for characters the body lacks."""

    body: str
    heading: str
    body_file: FontFile
    _fallbacks: list[FontFile] = field(default_factory=list, repr=False)
    _fallback_names: list[str] | None = field(default=None, repr=False)

    def markup(self, text: str, *, font: str | None = None) -> str:
        """``text`` as Paragraph markup: XML-escaped, new lines as breaks, missing characters in a fallback font."""
        base = font or self.body
        out: list[str] = []
        run: list[str] = []
        run_font = base
        for char in text:
            wanted = base if char in "\n\r\t " or covers(base, char) else self._fallback_for(char) or base
            if wanted != run_font and run:
                out.append(_wrap("".join(run), run_font, base))
                run = []
            run_font = wanted
            run.append(char)
        if run:
            out.append(_wrap("".join(run), run_font, base))
        # Paragraph collapses U+3000 like any white space; no-break spaces of the same width survive
        return "".join(out).replace("\r\n", "\n").replace("\n", "<br/>").replace("\u3000", _wide_space(base))

    def _fallback_for(self, char: str) -> str | None:
        if self._fallback_names is None:
            with _LOCK:
                names = [_load(f) for f in self._fallbacks[:MAX_FALLBACKS * 2]]
            self._fallback_names = [n for n in names if n and n not in (self.body,)][:MAX_FALLBACKS]
        return next((n for n in self._fallback_names if covers(n, char)), None)


_LOCK = threading.Lock()
_LOADED: dict[tuple[str, int], str | None] = {}  # (path, index) -> registered name, None when refused
_DEFAULT: PdfFonts | None = None


def pdf_fonts(fonts: Sequence[FontFile] | None = None) -> PdfFonts:
    """Load (once) and return the fonts for PDF documents; ``pdf_no_font`` when none can be embedded."""
    global _DEFAULT
    if fonts is None and _DEFAULT is not None:
        return _DEFAULT
    order = candidates() if fonts is None else list(fonts)
    allow_no_line_to_start_with_punctuation()
    with _LOCK:
        body_at = next((i for i, f in enumerate(order) if _load(f)), None)
        if body_at is None:
            raise KnownError("pdf_no_font", tried="；".join(str(f.path) for f in order) or "-")
        body_file = order[body_at]
        body = _LOADED[(str(body_file.path), body_file.index)] or ""
        heading_order = [f for f in order if _HEADING.search(f.path.name.lower())] + [
            f for f in order if f.bundled]
        heading = next((n for n in map(_load, heading_order) if n), body)
    result = PdfFonts(body, heading, body_file, [f for i, f in enumerate(order) if i != body_at])
    if fonts is None:
        _DEFAULT = result
    return result


def reset() -> None:
    """Choose again on the next call (after the user installed a font, or a test changed QS_PDF_FONT)."""
    global _DEFAULT
    _DEFAULT = None


def covers(font_name: str, char: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    return ord(char) in face.charToGlyph


def _load(font: FontFile) -> str | None:
    """Register ``font`` with reportlab and return its name, or None if it is missing or cannot be embedded."""
    key = (str(font.path), font.index)
    if key in _LOADED:
        return _LOADED[key]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = f"QS-{re.sub(r'[^A-Za-z0-9]', '', font.path.stem)[:24]}-{font.index}-{len(_LOADED)}"
    try:
        if not font.path.is_file():
            raise FileNotFoundError(font.path)
        loaded = TTFont(name, str(font.path), subfontIndex=font.index)
        loaded.face.makeSubset([ord(c) for c in "国A1"])  # some fonts load but fail only when embedded
        pdfmetrics.registerFont(loaded)
        _LOADED[key] = name
    except (TTFError, OSError, struct.error, ValueError, KeyError, IndexError) as exc:
        log.info("font %s not usable in PDF: %s", font, exc)
        _LOADED[key] = None
    return _LOADED[key]


def _wide_space(font_name: str) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    narrow = float(stringWidth("\xa0", font_name, 10)) or 2.5
    count: int = max(1, round(float(stringWidth("\u3000", font_name, 10)) / narrow))
    return "\xa0" * count


def allow_no_line_to_start_with_punctuation() -> None:
    """Teach reportlab's CJK line breaking the full-width punctuation it forgets (，：；！？”》).

    Its list of characters that must not start a line has 、。） but not the full-width comma, colon or
    closing quotes, so a line of justified Chinese text could begin with "，". Such a character now hangs
    at the end of the previous line instead, as 。 already does.
    """
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):  # one-font paragraphs break in textsplit, others in paragraph
        missing = "".join(c for c in _NO_LINE_START if c not in module.ALL_CANNOT_START)
        if missing:
            module.ALL_CANNOT_START += missing


_NO_LINE_START = "，：；！？”’》〉』」）〕】％"


def _wrap(text: str, font: str, base: str) -> str:
    body = escape(text)
    return body if font == base else f'<font face="{font}">{body}</font>'


def _style(name: str) -> str:
    rank = _rank(name)
    return "other" if rank is None else _KNOWN[rank][0]


def _rank(name: str) -> int | None:
    lower = name.lower()
    if not lower.endswith(SUFFIXES):
        return None
    return next((i for i, (_style, pattern) in enumerate(_KNOWN) if pattern.search(lower)), None)


def _walk(folder: Path) -> Iterable[Path]:
    if not folder.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(folder, onerror=lambda _exc: None):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.lower().endswith(SUFFIXES):
                yield Path(dirpath) / name
