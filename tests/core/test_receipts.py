"""Receipt PDFs: 80 mm wide, embedded fonts, the code in the text, a QR code that decodes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.receipts import ReceiptContent, excerpt, render_receipt
from shared_kernel.receipt_codes import format_code

MM = 72 / 25.4


def _decode_qr(pdf: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(pdf))
    image = document[0].render(scale=4).to_pil()
    document.close()
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.fixture
def idea_receipt(kiosk, tmp_path):
    idea = kiosk.ideas.submit(
        IdeaDraft(
            theme_code="aeldre",
            text="Flere bænke ved åen, så ældre kan hvile sig. Пусть будет больше скамеек.",
            name="Åse Hemmelig",
            email="hemmelig@eksempel.dk",
            consent=True,
        ),
        "assentoft",
    )
    return idea, kiosk.write_receipt(idea, tmp_path / "receipt.pdf")


def test_receipt_has_code_stop_and_danish_text(kiosk, idea_receipt) -> None:
    idea, pdf = idea_receipt
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert format_code(idea.receipt_code) in text
    assert "Assentoft" in text and "Randers Kommune" in text
    assert "Tak for din idé!" in text and "Hvad sker der nu?" in text
    assert "bænke ved åen" in text and "скамеек" in text


def test_receipt_carries_no_personal_data(idea_receipt) -> None:
    _, pdf = idea_receipt
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Hemmelig" not in text and "hemmelig@" not in text


def test_receipt_is_80_mm_wide_with_embedded_fonts(idea_receipt) -> None:
    _, pdf = idea_receipt
    page = PdfReader(str(pdf)).pages[0]
    assert abs(float(page.mediabox.width) - 80 * MM) < 0.5
    assert 80 * MM < float(page.mediabox.height) < 200 * MM
    resources = page["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    fonts = resources["/Font"].get_object()
    assert isinstance(fonts, DictionaryObject)
    embedded = [_dictionary(fonts[key]) for key in fonts]
    assert embedded and all("NotoSans" in str(font["/BaseFont"]) for font in embedded)
    for font in embedded:
        descriptor = font.get("/FontDescriptor") or _dictionary(font["/DescendantFonts"])[0]["/FontDescriptor"]
        assert "/FontFile2" in _dictionary(descriptor)


def _dictionary(value: Any) -> Any:
    """A PDF object behind its references (pypdf types these loosely)."""
    return value.get_object()


def test_qr_code_decodes_to_the_follow_up_url(kiosk, idea_receipt) -> None:
    idea, pdf = idea_receipt
    assert _decode_qr(pdf) == [f"https://mokoko.randers.dk/f/{idea.receipt_code}"]


def test_the_follow_up_url_template_is_a_setting(kiosk, tmp_path) -> None:
    kiosk.settings.set("followup_url_template", "https://example.org/idea?code={code}&src=kiosk")
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="hej"), "assentoft")
    pdf = kiosk.write_receipt(idea, tmp_path / "r.pdf")
    assert _decode_qr(pdf) == [f"https://example.org/idea?code={idea.receipt_code}&src=kiosk"]


def test_height_follows_content(tmp_path) -> None:
    def content(text: str) -> ReceiptContent:
        return ReceiptContent(
            "Randers Kommune", "Langå", dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC), "ABCD22222X", "https://x/ABCD22222X", text, "da"
        )

    short = render_receipt(content("Kort."), tmp_path / "short.pdf")
    long = render_receipt(content("Et langt forslag " * 30), tmp_path / "long.pdf")
    height = lambda p: float(PdfReader(str(p)).pages[0].mediabox.height)  # noqa: E731
    assert height(long) > height(short) + 20


def test_english_receipt_for_an_english_idea(kiosk, tmp_path) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Benches", language="en"), "assentoft")
    text = PdfReader(str(kiosk.write_receipt(idea, tmp_path / "en.pdf"))).pages[0].extract_text()
    assert "Thank you for your idea!" in text


def test_excerpt_cuts_at_a_word() -> None:
    assert excerpt("kort tekst") == "kort tekst"
    cut = excerpt("ord " * 100, limit=30)
    assert cut.endswith("…") and len(cut) <= 31 and "or…" not in cut


@pytest.fixture
def signup_receipt(kiosk, tmp_path):
    from mokoko_desktop.signups import SignupDraft

    signup = kiosk.signups.submit(
        SignupDraft(
            opportunity_id="bogvenner",
            name="Åse Hemmelig",
            phone="20 30 40 78",
            email="hemmelig@eksempel.dk",
            age_group="65-79",
            availability=["weekdays", "evenings"],
            consent=True,
        ),
        "assentoft",
    )
    return signup, kiosk.write_receipt(signup, tmp_path / "signup.pdf")


def test_signup_receipt_says_what_for_and_who_calls(signup_receipt) -> None:
    signup, pdf = signup_receipt
    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert format_code(signup.receipt_code) in text and "Tak for din tilmelding!" in text
    assert "Bogven: bring bøger ud til ældre" in text and "Randers Bibliotek" in text
    assert "Hverdage, aftener" in text
    assert "Lene Holm fra Randers Bibliotek kontakter dig på det telefonnummer eller den e-mail, du har givet" in text
    assert "••" not in text  # not even masked: the kiosk sealed the details and cannot read them


def test_signup_receipt_never_prints_the_persons_phone_or_email(signup_receipt) -> None:
    _, pdf = signup_receipt
    text = PdfReader(str(pdf)).pages[0].extract_text()
    compact = text.replace(" ", "")
    assert "Hemmelig" not in text and "hemmelig@" not in text
    assert "20304078" not in compact and "304078" not in compact


def test_signup_receipt_qr_decodes_to_the_follow_up_url(signup_receipt) -> None:
    signup, pdf = signup_receipt
    assert _decode_qr(pdf) == [f"https://mokoko.randers.dk/f/{signup.receipt_code}"]


def test_byttebors_receipt(kiosk, tmp_path) -> None:
    from mokoko_desktop.offers import OfferDraft

    post = kiosk.offers.submit(
        OfferDraft(
            kind="need",
            text="Vores klub mangler en trailer i weekenden.",
            tags=["praktisk"],
            name="Klubben",
            phone="+46 70 123 45 67",
            consent=True,
        ),
        "assentoft",
    )
    pdf = kiosk.write_receipt(post, tmp_path / "post.pdf")
    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert "Tak for dit opslag i Byttebørsen!" in text and "Du har brug for" in text
    assert "trailer i weekenden" in text and "du har givet" in text and "1234567" not in text.replace(" ", "")
    assert _decode_qr(pdf) == [f"https://mokoko.randers.dk/f/{post.receipt_code}"]


def _pdf_text(pdf: Path) -> str:
    """The page's text as a reader gets it back (pdfium: the letters in reading order)."""
    import unicodedata

    document = pypdfium2.PdfDocument(str(pdf))
    text = document[0].get_textpage().get_text_range()
    document.close()
    return unicodedata.normalize("NFKC", text)


def test_an_arabic_idea_prints_in_arabic_joined_and_right_to_left(kiosk, tmp_path) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="نريد مقاعد أكثر بجانب النهر 🙂", language="ar"), "assentoft")
    pdf = kiosk.write_receipt(idea, tmp_path / "ar.pdf")
    text = _pdf_text(pdf)  # as a PDF reader gives it back (pdfium; poppler's pdftotext reads it the same)
    assert "شكرًا على فكرتك!" in text and "ماذا يحدث الآن؟" in text  # the receipt's own words, in Arabic
    layer = PdfReader(str(pdf)).pages[0].extract_text()  # the text layer itself
    assert "مكتب البلدية المتنقل" in layer and not any("\ufb50" <= char <= "\ufeff" for char in layer)  # letters, not shapes
    assert "نريد مقاعد أكثر بجانب النهر" in text  # what the citizen wrote, every letter
    assert "\ufffd" in text  # the emoji no font has: a visible replacement, not empty space
    assert format_code(idea.receipt_code) in text
    fonts = _dictionary(_dictionary(PdfReader(str(pdf)).pages[0]["/Resources"])["/Font"])
    assert any("NotoSansArabic" in str(_dictionary(fonts[key])["/BaseFont"]) for key in fonts)  # embedded beside Noto Sans


def test_arabic_is_shaped_into_joined_forms_and_laid_out_right_to_left() -> None:
    from shared_kernel.receipt_text import font_runs, visual_lines

    [line] = visual_lines("سلام عليكم", 10, 500)
    assert all("\ufe70" <= char <= "\ufeff" or char == " " for char in line)  # contextual (joined) forms
    assert line.split(" ")[0] != line.split(" ")[-1]
    assert unicodedata_name(line[-1]).startswith("ARABIC LETTER SEEN")  # the first letter drawn rightmost
    assert font_runs("Hej 🙂 привіт") == [("NotoSans", "Hej \ufffd привіт")]
    lines = visual_lines("كلمة " * 40, 9, 150)
    assert len(lines) > 3  # broken into lines that fit the roll


def unicodedata_name(char: str) -> str:
    import unicodedata

    return unicodedata.name(char)


def test_ukrainian_receipt(kiosk, tmp_path) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Більше лавок біля річки", language="uk"), "assentoft")
    text = " ".join(_pdf_text(kiosk.write_receipt(idea, tmp_path / "uk.pdf")).split())
    assert "Дякуємо за вашу ідею!" in text and "Більше лавок біля річки" in text and "Що буде далі?" in text


def test_a_ukrainian_receipt_quotes_the_idea_as_ukrainian_does(kiosk, tmp_path) -> None:
    idea = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Більше лавок біля річки", language="uk"), "assentoft")
    text = PdfReader(str(kiosk.write_receipt(idea, tmp_path / "uk.pdf"))).pages[0].extract_text()
    assert "«Більше лавок біля річки»" in text and "“" not in text
    danish = kiosk.ideas.submit(IdeaDraft(theme_code="andet", text="Bænke ved åen"), "assentoft")
    assert "“Bænke ved åen”" in PdfReader(str(kiosk.write_receipt(danish, tmp_path / "da.pdf"))).pages[0].extract_text()
