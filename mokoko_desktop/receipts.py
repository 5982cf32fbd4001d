"""Receipt PDFs for an 80 mm thermal roll: reportlab, embedded Noto Sans, a vector QR code.

What a receipt says is decided in ``receipt_content.py`` (no reportlab there: the kiosk loads
this module only when it renders its first receipt, after the start screen is shown).

The page is 80 mm wide and exactly as tall as its content. A receipt carries no personal data
beyond what the citizen wrote themselves; a sign-up's receipt shows the citizen's own phone
number or e-mail only masked (``+45 •• •• •• 78``).
"""

from __future__ import annotations

import functools
from pathlib import Path
from xml.sax.saxutils import escape

import qrcode
import qrcode.constants
from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, HRFlowable, Paragraph, Spacer

from mokoko_desktop.i18n import QT_TRANSLATE_NOOP, translate
from mokoko_desktop.paths import FONTS_DIR
from mokoko_desktop.receipt_codes import format_code
from mokoko_desktop.receipt_content import ReceiptContent, excerpt

PAGE_WIDTH = 80 * mm
MARGIN = 4 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 42 * mm
FONT, FONT_BOLD = "NotoSans", "NotoSans-Bold"

_TEXTS = {
    "brand": QT_TRANSLATE_NOOP("receipt", "MOKOKO · Mobile municipal office"),
    "thanks": QT_TRANSLATE_NOOP("receipt", "Thank you for your idea!"),
    "thanks_signup": QT_TRANSLATE_NOOP("receipt", "Thank you for signing up!"),
    "thanks_offer": QT_TRANSLATE_NOOP("receipt", "Thank you for your post in the Byttebørs!"),
    "when": QT_TRANSLATE_NOOP("receipt", "{date} at {time}"),
    "your_code": QT_TRANSLATE_NOOP("receipt", "Your receipt code"),
    "your_idea": QT_TRANSLATE_NOOP("receipt", "Your idea"),
    "next_title": QT_TRANSLATE_NOOP("receipt", "What happens now?"),
    "next_body": QT_TRANSLATE_NOOP(
        "receipt",
        "The municipality's contact person for the area reads your idea. Scan the QR code or type "
        "your code at any MOKOKO kiosk to see what became of it.",
    ),
    "voucher_title": QT_TRANSLATE_NOOP("receipt", "Free food for good ideas"),
    "voucher_body": QT_TRANSLATE_NOOP("receipt", "Show this receipt to the staff at the container and get a food basket. "
                                                 "Valid once, at this stop."),
}


@functools.cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS_DIR / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def style(name: str, size: float, *, bold: bool = False, center: bool = False, space_after: float = 0) -> ParagraphStyle:
    _register_fonts()  # before any paragraph is built with the font
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.25,
        alignment=TA_CENTER if center else 0,
        spaceAfter=space_after,
        textColor=black,
    )


class QrFlowable(Flowable):
    """A QR code drawn as vector squares (sharp on any printer), centred in the frame."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
        code.add_data(data)
        code.make(fit=True)
        self._matrix = code.get_matrix()
        self._size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available_width = available_width
        return available_width, self._size

    def draw(self) -> None:
        modules = len(self._matrix)
        cell = self._size / modules
        left = (self._available_width - self._size) / 2
        canvas = self.canv
        canvas.setFillColor(black)
        for row_index, row in enumerate(self._matrix):
            y = self._size - (row_index + 1) * cell
            column = 0
            while column < modules:  # draw runs of dark modules as one rectangle
                if row[column]:
                    start = column
                    while column < modules and row[column]:
                        column += 1
                    canvas.rect(left + start * cell, y, (column - start) * cell, cell, stroke=0, fill=1)
                else:
                    column += 1


def _flowables(content: ReceiptContent) -> list[Flowable]:
    def t(key: str) -> str:
        return escape(translate(content.language, "receipt", _TEXTS[key]))

    local = content.created_at.astimezone()
    when = translate(content.language, "receipt", _TEXTS["when"]).format(
        date=local.strftime("%d.%m.%Y"), time=local.strftime("%H.%M" if content.language == "da" else "%H:%M")
    )
    heading = {"idea": "thanks", "signup": "thanks_signup", "offer": "thanks_offer"}[content.kind]
    if content.kind == "idea":
        body: list[Flowable] = [
            Paragraph(f"<b>{t('your_idea')}</b>", style("idea_label", 9)),
            Paragraph(f"“{escape(excerpt(content.excerpt_source))}”", style("idea", 9, space_after=5)),
            Paragraph(f"<b>{t('next_title')}</b>", style("next_label", 9)),
            Paragraph(t("next_body"), style("next", 8.5)),
        ]
        if content.voucher:
            body += [
                HRFlowable(width="100%", thickness=1.2, color=black, spaceBefore=5, spaceAfter=3),
                Paragraph(f"<b>{t('voucher_title')}</b>", style("voucher_title", 11, bold=True, center=True)),
                Paragraph(t("voucher_body"), style("voucher", 8.5, center=True, space_after=3)),
                HRFlowable(width="100%", thickness=1.2, color=black, spaceAfter=2),
            ]
    else:
        body = []
        for title, text in content.sections:
            body.append(Paragraph(f"<b>{escape(title)}</b>", style("section_label", 9)))
            body.append(Paragraph(escape(text).replace("\n", "<br/>"), style("section", 9, space_after=5)))
    return [
        Paragraph(escape(content.municipality), style("municipality", 12, bold=True, center=True)),
        Paragraph(t("brand"), style("brand", 8.5, center=True, space_after=3)),
        HRFlowable(width="100%", thickness=0.8, color=black, spaceBefore=1, spaceAfter=5),
        Paragraph(t(heading), style("thanks", 13, bold=True, center=True, space_after=2)),
        Paragraph(f"{escape(content.stop_place)} · {escape(when)}", style("where", 9, center=True, space_after=6)),
        Paragraph(t("your_code"), style("code_label", 9, center=True)),
        Paragraph(format_code(content.receipt_code), style("code", 21, bold=True, center=True, space_after=2)),
        QrFlowable(content.followup_url, QR_SIZE),
        Paragraph(escape(content.followup_url), style("url", 7, center=True, space_after=6)),
        HRFlowable(width="100%", thickness=0.5, color=black, spaceAfter=4, dash=(2, 2)),
        *body,
        Spacer(1, 2 * mm),
    ]


def render_receipt(content: ReceiptContent, path: Path) -> Path:
    """Write the receipt PDF to ``path`` and return it. Safe to call from a worker thread."""
    return render_roll(_flowables(content), path, f"MOKOKO {format_code(content.receipt_code)}", content.municipality)


def render_roll(flowables: list[Flowable], path: Path, title: str, author: str) -> Path:
    """Write ``flowables`` as one 80 mm page exactly as long as they need (a receipt, the day's
    summary), atomically. Safe to call from a worker thread."""
    _register_fonts()
    height = 0.0
    for flowable in flowables:
        _, flowable_height = flowable.wrap(CONTENT_WIDTH, 10_000)
        height += flowable_height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    page_height = height + 2 * MARGIN + 2  # 2 pt slack against rounding in the frame
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    canvas = Canvas(
        str(temporary), pagesize=(PAGE_WIDTH, page_height), pageCompression=1, initialFontName=FONT, initialFontSize=9
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, page_height - 2 * MARGIN, 0, 0, 0, 0, showBoundary=0)
    frame.addFromList(flowables, canvas)
    if flowables:
        raise RuntimeError("the content did not fit its computed height")
    canvas.showPage()
    canvas.save()
    temporary.replace(path)
    return path
