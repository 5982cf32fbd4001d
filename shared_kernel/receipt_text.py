"""Text in every script on a receipt: Latin, Cyrillic and Arabic, shaped and in the right order.

reportlab draws one font per run of text and neither joins Arabic letters nor reorders right-to-
left text by itself. So a paragraph is prepared here before reportlab sees it:

* every character gets the first bundled font that has a glyph for it (Noto Sans, then Noto Sans
  Arabic); a character no bundled font has (an emoji, a rare script) becomes U+FFFD, the visible
  replacement character, never empty space;
* a paragraph with right-to-left letters is shaped with arabic-reshaper (the joined letter forms
  Unicode has for this, which Noto Sans Arabic carries and a PDF reader maps back to letters),
  broken into lines here, and each line put into visual order with python-bidi (the Unicode
  bidirectional algorithm); it is then right-aligned unless it is centred.

Both libraries are small, well kept and pure wheels; reportlab's own right-to-left support needs
``rlbidi``, which is not on PyPI. The PDF's text layer maps the joined forms back to plain letters
(:func:`_letters_cmap`), so the receipt's text reads as the letters that were written.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_base_level, get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from shared_kernel.resources import FONTS_DIR

REPLACEMENT = "\ufffd"
FONT, FONT_BOLD = "NotoSans", "NotoSans-Bold"
# (regular name, bold name, regular file, bold file), in the order a character looks for a glyph.
FONTS = (
    (FONT, FONT_BOLD, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("NotoSansArabic", "NotoSansArabic-Bold", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
)
_RTL_CLASSES = {"R", "AL"}
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})  # keep every vowel mark
_NEUTRAL_CLASSES = {"WS", "ON", "CS", "ES", "ET", "EN", "AN", "BN", "NSM", "S", "B"}


_PRESENTATION_FORM = re.compile(r"<([0-9A-F]{2})> <(F[B-E][0-9A-F]{2})>")


def _letters_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with each joined Arabic letter form mapped back to its plain
    letter(s) (U+FEE3 -> U+0645; the lam-alef ligature -> U+0644 U+0627): copying or searching a
    receipt, or pdftotext, gives the letters the citizen wrote, not their printed shapes."""

    def plain(match: re.Match[str]) -> str:
        letters = unicodedata.normalize("NFKC", chr(int(match.group(2), 16)))
        # A ligature is one glyph for two letters in a line drawn right to left: PDF readers
        # (poppler's pdftotext, pdfium) turn the line back to reading order glyph by glyph and
        # keep a glyph's letters as mapped, so lam-alef is mapped alef first to read "لا".
        letters = letters[::-1]
        return f"<{match.group(1)}> <{letters.encode('utf-16-be').hex().upper()}>"

    return _PRESENTATION_FORM.sub(plain, _REPORTLAB_CMAP(fontname, subset))


_REPORTLAB_CMAP = ttfonts.makeToUnicodeCMap


@functools.cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    ttfonts.makeToUnicodeCMap = _letters_cmap  # read by reportlab when it writes each font
    for regular, bold, regular_file, bold_file in FONTS:
        pdfmetrics.registerFont(TTFont(regular, str(FONTS_DIR / regular_file)))
        pdfmetrics.registerFont(TTFont(bold, str(FONTS_DIR / bold_file)))
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)


@functools.cache
def _coverage(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def is_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter (Arabic, Hebrew, …)."""
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def font_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into ``(font name, text)`` runs, each drawable by its font. Spaces, digits
    and punctuation stay in the run they are in when its font has them; a character no font has
    is replaced by U+FFFD."""
    names = [pair[1] if bold else pair[0] for pair in FONTS]
    runs: list[tuple[str, str]] = []
    for char in text:
        if unicodedata.category(char) == "Cf":
            continue  # direction marks and joiners: their work is done, they draw nothing
        code = ord(char)
        if runs and unicodedata.bidirectional(char) in _NEUTRAL_CLASSES and code in _coverage(runs[-1][0]):
            name = runs[-1][0]
        else:
            name = next((font for font in names if code in _coverage(font)), "")
            if not name:
                name, char = names[0], REPLACEMENT
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def markup(text: str, *, bold: bool = False) -> str:
    """``text`` as reportlab paragraph markup, escaped, each run in the font that has its glyphs."""
    base = FONTS[0][1] if bold else FONTS[0][0]
    parts = []
    for name, run in font_runs(text, bold=bold):
        parts.append(escape(run) if name == base else f'<font face="{name}">{escape(run)}</font>')
    return "".join(parts)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(run, name, size) for name, run in font_runs(text, bold=bold))


def right_to_left(text: str) -> bool:
    """True when ``text`` reads right to left as a paragraph: its first letter is right-to-left
    (rule P2 of the Unicode bidirectional algorithm)."""
    return bool(get_base_level(text))


def visual_lines(text: str, size: float, width: float, *, bold: bool = False, rtl: bool | None = None) -> list[str]:
    """Shape ``text`` (one paragraph, no line breaks), break it into lines no wider than
    ``width`` in reading order, and return each line in visual (left-to-right drawing) order.
    ``rtl`` sets the paragraph's direction; None takes it from its first letter."""
    shaped = _RESHAPER.reshape(text)
    base = "R" if (right_to_left(shaped) if rtl is None else rtl) else "L"
    lines: list[str] = []
    current = ""
    for word in shaped.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold=bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return [str(get_display(line, base_dir=base)) for line in lines]


def paragraph(text: str, style: ParagraphStyle, width: float, *, rtl: bool | None = None) -> Paragraph:
    """A reportlab paragraph for plain ``text`` (``\\n`` starts a new line) in any script.
    ``style.fontName`` says regular or bold; ``width`` is the frame width it will be drawn in;
    ``rtl`` True lays it out right to left (an Arabic receipt's own words), None decides by its
    first letter (what a citizen wrote)."""
    register_fonts()
    bold = style.fontName.endswith("-Bold")
    if not rtl and not is_rtl(text):
        return Paragraph("<br/>".join(markup(line, bold=bold) for line in text.split("\n")), style)
    lines = [
        markup(line, bold=bold)
        for block in text.split("\n")
        for line in visual_lines(block, style.fontSize, width * 0.98, bold=bold, rtl=rtl)  # 2 %: reportlab's rounding
    ]
    alignment = style.alignment
    if alignment != TA_CENTER and (right_to_left(text) if rtl is None else rtl):
        alignment = TA_RIGHT
    return Paragraph("<br/>".join(lines), ParagraphStyle(f"{style.name}_rtl", parent=style, alignment=alignment))
