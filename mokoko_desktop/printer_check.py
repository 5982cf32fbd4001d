"""The start-of-day test receipt: staff print it to see that the printer works, that the paper
is in the right way round, that æ, ø and å print and that a QR code comes out sharp enough for
the scanner. It holds nothing about anyone. Safe to call from a worker thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from shared_kernel.i18n import QT_TRANSLATE_NOOP, translate

TEST_QR = "MOKOKO-TESTKVITTERING"  # scanned at "Kvitteringer", it is refused calmly: not a receipt code
TEXTS = {
    "title": QT_TRANSLATE_NOOP("printer_check", "Test receipt"),
    "where": QT_TRANSLATE_NOOP("printer_check", "{place}, {date} at {time}"),
    "letters": QT_TRANSLATE_NOOP("printer_check", "Danish letters: æ ø å Æ Ø Å"),
    "qr": QT_TRANSLATE_NOOP("printer_check", "The QR code below should be sharp, with a white border all round."),
    "done": QT_TRANSLATE_NOOP("printer_check", "Readable? Then tick the printer on the checklist."),
}


def render_printer_check(path: Path, *, municipality: str, place: str, now: dt.datetime, language: str = "da") -> Path:
    from reportlab.platypus import Flowable, HRFlowable, Paragraph  # loaded when a test receipt is made

    from mokoko_desktop.receipts import QR_SIZE, QrFlowable, render_roll
    from shared_kernel.pdf_kit import style

    def t(key: str, **params: object) -> str:
        return escape(translate(language, "printer_check", TEXTS[key]).format(**params))

    local = now.astimezone()
    body: list[Flowable] = [
        Paragraph(escape(municipality), style("check_municipality", 11, bold=True, center=True)),
        Paragraph(t("title"), style("check_title", 14, bold=True, center=True, space_after=2)),
        Paragraph(t("where", place=place or "–", date=f"{local:%d.%m.%Y}", time=f"{local:%H.%M}"), style("check_where", 9, center=True)),
        HRFlowable(width="100%", thickness=0.8, spaceBefore=3, spaceAfter=4),
        Paragraph(t("letters"), style("check_letters", 11, center=True, space_after=4)),
        Paragraph(t("qr"), style("check_qr", 8.5, center=True, space_after=2)),
        QrFlowable(TEST_QR, QR_SIZE * 0.7),
        HRFlowable(width="100%", thickness=0.5, spaceBefore=4, spaceAfter=3, dash=(2, 2)),
        Paragraph(t("done"), style("check_done", 9, center=True)),
    ]
    return render_roll(body, path, "MOKOKO test", municipality)
