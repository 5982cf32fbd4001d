"""Receipt PDFs for an 80 mm thermal roll: reportlab, embedded Noto Sans (and Noto Sans Arabic),
a vector QR code. Text in any script goes through ``receipt_text.paragraph``.

What a receipt says is decided in ``receipt_content.py`` (no reportlab there: the kiosk loads
this module only when it renders its first receipt, after the start screen is shown).

The page is 80 mm wide and exactly as tall as its content. A receipt carries no personal data
beyond what the citizen wrote themselves; a sign-up's receipt shows the citizen's own phone
number or e-mail only masked (``+45 •• •• •• 78``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import qrcode
import qrcode.constants
from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, HRFlowable, Paragraph, Spacer

from mokoko_desktop.receipt_content import ReceiptContent
from shared_kernel import privacy_notice
from shared_kernel.dates import short_date, short_time
from shared_kernel.i18n import QT_TRANSLATE_NOOP, is_rtl_language, translate
from shared_kernel.pdf_kit import style
from shared_kernel.receipt_codes import format_code
from shared_kernel.receipt_text import FONT, paragraph, register_fonts
from shared_kernel.texts import excerpt, quoted

RLM = "\u200f"  # right-to-left mark: an Arabic date after a Latin place name keeps its own order
PAGE_WIDTH = 80 * mm
MARGIN = 4 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 42 * mm

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
    "voucher_body": QT_TRANSLATE_NOOP(
        "receipt", "Show this receipt to the staff at the container and get a food basket. Valid once, at this stop."
    ),
}


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
        return translate(content.language, "receipt", _TEXTS[key])

    rtl = is_rtl_language(content.language)

    def text(value: str, name: str, size: float, *, own: bool = False, **options: Any) -> Paragraph:
        """``own``: the citizen's own words, laid out by their first letter, not the language."""
        return paragraph(value, style(name, size, **options), CONTENT_WIDTH, rtl=None if own else rtl)

    local = content.created_at.astimezone()
    when = t("when").format(date=short_date(local, content.language), time=short_time(local, content.language))
    heading = {"idea": "thanks", "signup": "thanks_signup", "offer": "thanks_offer"}[content.kind]
    if content.kind == "idea":
        body: list[Flowable] = [
            text(t("your_idea"), "idea_label", 9, bold=True),
            text(quoted(excerpt(content.excerpt_source), content.language), "idea", 9, own=True, space_after=5),
            text(t("next_title"), "next_label", 9, bold=True),
            text(t("next_body"), "next", 8.5),
        ]
        if content.voucher:
            body += [
                HRFlowable(width="100%", thickness=1.2, color=black, spaceBefore=5, spaceAfter=3),
                text(t("voucher_title"), "voucher_title", 11, bold=True, center=True),
                text(t("voucher_body"), "voucher", 8.5, center=True, space_after=3),
                HRFlowable(width="100%", thickness=1.2, color=black, spaceAfter=2),
            ]
    else:
        body = []
        for title, value in content.sections:
            body.append(text(title, "section_label", 9, bold=True))
            body.append(text(value, "section", 9, own=True, space_after=5))
    return [
        text(content.municipality, "municipality", 12, bold=True, center=True),
        text(t("brand"), "brand", 8.5, center=True, space_after=3),
        HRFlowable(width="100%", thickness=0.8, color=black, spaceBefore=1, spaceAfter=5),
        text(t(heading), "thanks", 13, bold=True, center=True, space_after=2),
        text(f"{content.stop_place} · {RLM if rtl else ''}{when}", "where", 9, center=True, space_after=6),
        text(t("your_code"), "code_label", 9, center=True),
        text(format_code(content.receipt_code), "code", 21, bold=True, center=True, space_after=2),
        QrFlowable(content.followup_url, QR_SIZE),
        text(content.followup_url, "url", 7, center=True, space_after=6),
        HRFlowable(width="100%", thickness=0.5, color=black, spaceAfter=4, dash=(2, 2)),
        *body,
        *([Spacer(1, 1.5 * mm), text(privacy_line(content), "privacy", 7, center=True)] if content.privacy_url else []),
        Spacer(1, 2 * mm),
    ]


def privacy_line(content: ReceiptContent) -> str:
    """The receipt's short line to the privacy notice, in the receipt's language."""
    return translate(content.language, "privacy", privacy_notice.TEXTS["receipt_line"]).format(address=content.privacy_url)


def render_receipt(content: ReceiptContent, path: Path) -> Path:
    """Write the receipt PDF to ``path`` and return it. Safe to call from a worker thread."""
    return render_roll(_flowables(content), path, f"MOKOKO {format_code(content.receipt_code)}", content.municipality)


def render_roll(flowables: list[Flowable], path: Path, title: str, author: str) -> Path:
    """Write ``flowables`` as one 80 mm page exactly as long as they need (a receipt, the day's
    summary), atomically. Safe to call from a worker thread."""
    register_fonts()
    height = 0.0
    for flowable in flowables:
        _, flowable_height = flowable.wrap(CONTENT_WIDTH, 10_000)
        height += flowable_height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    page_height = height + 2 * MARGIN + 2  # 2 pt slack against rounding in the frame
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    canvas = Canvas(str(temporary), pagesize=(PAGE_WIDTH, page_height), pageCompression=1, initialFontName=FONT, initialFontSize=9)
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
