"""A citizen gives an idea at the kiosk, touch by touch, and leaves with a receipt code."""

from __future__ import annotations

import pypdfium2
import zxingcpp
from PySide6.QtCore import Qt
from sqlmodel import select

from mokoko_desktop.models import Idea
from shared_kernel.receipt_codes import format_code
from tests.conftest import opened
from tests.ui.conftest import commit_text

LEFT = Qt.MouseButton.LeftButton


def _touch(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def _theme_card(flow, code):
    return next(card for card in flow.theme_step.cards if card.theme.code == code)


def _choice(group, value):
    return next(b for b in group.buttons() if b.property("value") == value)


def _stored(kiosk) -> list[Idea]:
    with kiosk.store.session() as session:
        return list(session.exec(select(Idea)))


def test_from_start_screen_to_printed_receipt(qtbot, kiosk, make_window, printer) -> None:
    window = make_window(kiosk)
    assert window.start_screen.idea_button.text() == "Giv en idé"
    _touch(qtbot, window.start_screen.idea_button)
    flow = window.flow
    assert flow.current_step() == "theme"

    _touch(qtbot, _theme_card(flow, "aeldre"))
    assert flow.current_step() == "text"
    qtbot.keyClicks(flow.text_step.editor, "Flere baenke ")  # hardware keyboard
    commit_text(flow.text_step.editor, "ved åen 🌳")  # on-screen keyboard
    assert flow.text_step.counter.text() == "22 af 2000 tegn"
    _touch(qtbot, flow.next_button)

    assert flow.current_step() == "about"
    assert flow.next_button.text() == "Spring over"
    _touch(qtbot, _choice(flow.about_step.age_group, "65-79"))
    _touch(qtbot, _choice(flow.about_step.home_area, "assentoft"))
    assert flow.next_button.text() == "Næste ›"
    _touch(qtbot, flow.next_button)

    assert flow.current_step() == "contact"
    commit_text(flow.contact_step.name, "Åse Ørnebjerg")
    qtbot.keyClicks(flow.contact_step.email, "ase@eksempel.dk")
    flow.contact_step.consent.click()
    assert flow.contact_step.notify_me.text() == "Send mig også en e-mail, når kommunen svarer"
    flow.contact_step.notify_me.click()  # "kontakt mig om min idé": a choice of its own
    _touch(qtbot, flow.next_button)

    assert flow.current_step() == "review"
    assert flow.review_step.values["text"].text().strip("\u200e\u200f") == "Flere baenke ved åen 🌳"  # direction marks draw nothing
    assert flow.review_step.values["theme"].text() == "Ældre og fællesskab"
    assert "Åse Ørnebjerg" in flow.review_step.values["contact"].text()
    assert flow.next_button.text() == "Send min idé"
    with qtbot.waitSignal(window.record_stored) as stored:
        _touch(qtbot, flow.next_button)
    idea = stored.args[0]

    thanks = window.thanks
    assert window.screens.currentWidget() is thanks
    assert thanks.code.text() == format_code(idea.receipt_code)
    assert thanks.qr.data() == f"https://mokoko.randers.dk/f/{idea.receipt_code}"
    [row] = _stored(kiosk)
    assert (row.text, row.theme_code, row.age_group, row.home_area_code) == ("Flere baenke ved åen 🌳", "aeldre", "65-79", "assentoft")
    assert (opened(row), row.language, row.stop_id) == ({"name": "Åse Ørnebjerg", "email": "ase@eksempel.dk"}, "da", "assentoft")
    assert row.notify_me is True

    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10000)
    qtbot.waitUntil(lambda: thanks.print_status.text() == "Tag din kvittering fra printeren.")
    assert not (kiosk.data_dir / "receipts" / f"{idea.receipt_code}.pdf").exists()  # printed: no copy kept
    page = pypdfium2.PdfDocument(printer.jobs[0])[0]
    assert format_code(idea.receipt_code) in page.get_textpage().get_text_range()
    assert [r.text for r in zxingcpp.read_barcodes(page.render(scale=4).to_pil())] == [thanks.qr.data()]

    _touch(qtbot, thanks.done_button)
    assert window.screens.currentWidget() is window.start_screen and window.thanks is None


def test_bad_input_gets_calm_messages_and_nothing_is_stored(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    _touch(qtbot, window.start_screen.idea_button)
    flow = window.flow
    _touch(qtbot, _theme_card(flow, "andet"))
    commit_text(flow.text_step.editor, "   \n  ")
    _touch(qtbot, flow.next_button)
    assert flow.current_step() == "text"
    assert flow.text_step.problem.isVisible() and flow.text_step.problem.text() == "Skriv først din idé."

    flow.text_step.editor.clear()
    commit_text(flow.text_step.editor, "x" * 2003)
    assert flow.text_step.counter.text() == "2003 af 2000 tegn"
    _touch(qtbot, flow.next_button)
    assert "3 tegn for lang" in flow.text_step.problem.text()

    flow.text_step.editor.clear()
    commit_text(flow.text_step.editor, "Hej\x00 med\x07 dig")
    _touch(qtbot, flow.next_button)
    _touch(qtbot, flow.next_button)  # skip "about you"
    qtbot.keyClicks(flow.contact_step.email, "ase@")
    commit_text(flow.contact_step.phone, "12")
    _touch(qtbot, flow.next_button)
    assert flow.current_step() == "contact"
    assert flow.contact_step.problems["email"].text().startswith("Det ligner ikke en e-mailadresse")
    assert flow.contact_step.problems["phone"].text().startswith("Skriv et dansk telefonnummer")
    assert flow.contact_step.problems["consent"].isVisible()

    flow.contact_step.email.clear()
    flow.contact_step.phone.clear()
    _touch(qtbot, flow.next_button)
    assert flow.current_step() == "review"
    assert flow.review_step.values["text"].text().strip("\u200e\u200f") == "Hej med dig"  # exactly as it will be stored
    assert _stored(kiosk) == []
    _touch(qtbot, flow.review_step._change_buttons["text"])  # "Ret": mend the text, and straight back
    assert flow.current_step() == "text"
    commit_text(flow.text_step.editor, " igen")
    _touch(qtbot, flow.next_button)
    assert flow.current_step() == "review" and flow.review_step.values["text"].text().strip("\u200e\u200f") == "Hej med dig igen"
    _touch(qtbot, flow.review_step._change_buttons["theme"])
    _touch(qtbot, flow.theme_step.cards[1])  # a theme card moves on by itself: back to the review too
    assert flow.current_step() == "review"


def test_english_is_one_tap_away_and_the_idea_remembers_it(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    _touch(qtbot, window.top_bar.language_buttons["en"])
    assert window.start_screen.idea_button.text() == "Give an idea"
    _touch(qtbot, window.start_screen.idea_button)
    flow = window.flow
    assert flow.theme_step._heading.text() == "What is your idea about?"
    assert _theme_card(flow, "aeldre").accessibleName() == "Older people and community"
    _touch(qtbot, window.top_bar.language_buttons["da"])  # Qt delivers LanguageChange through the event loop
    qtbot.waitUntil(lambda: flow.theme_step._heading.text() == "Hvad handler din idé om?")
    assert _theme_card(flow, "aeldre").accessibleName() == "Ældre og fællesskab"
    _touch(qtbot, window.top_bar.language_buttons["en"])
    _touch(qtbot, _theme_card(flow, "andet"))
    commit_text(flow.text_step.editor, "More benches")
    for _ in range(3):
        _touch(qtbot, flow.next_button)
    with qtbot.waitSignal(window.record_stored) as stored:
        _touch(qtbot, flow.next_button)
    assert stored.args[0].language == "en"
    assert window.thanks._heading.text() == "Thank you for your idea!"


def test_without_a_working_printer_the_pdf_is_kept_and_the_code_still_shown(qtbot, kiosk, make_window, printer) -> None:
    printer.works = False
    window = make_window(kiosk)
    _touch(qtbot, window.start_screen.idea_button)
    _touch(qtbot, _theme_card(window.flow, "andet"))
    commit_text(window.flow.text_step.editor, "Idé uden printer")
    for _ in range(3):
        _touch(qtbot, window.flow.next_button)
    with qtbot.waitSignal(window.record_stored) as stored:
        _touch(qtbot, window.flow.next_button)
    thanks = window.thanks
    with qtbot.waitSignal(thanks.print_finished, timeout=10000):
        pass
    assert thanks.code.text() == format_code(stored.args[0].receipt_code)
    assert "Printeren virker ikke" in thanks.print_status.text()
    assert (kiosk.data_dir / "receipts" / f"{stored.args[0].receipt_code}.pdf").exists()


def test_a_double_tap_on_send_stores_one_idea(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    _touch(qtbot, window.start_screen.idea_button)
    flow = window.flow
    _touch(qtbot, _theme_card(flow, "andet"))
    commit_text(flow.text_step.editor, "Kun én gang")
    for _ in range(3):
        _touch(qtbot, flow.next_button)
    flow._submit()
    flow._submit()
    assert len(_stored(kiosk)) == 1


def test_compact_mode_for_the_on_screen_keyboard_keeps_field_and_next_button(qtbot, kiosk, make_window) -> None:
    window = make_window(kiosk)
    _touch(qtbot, window.start_screen.idea_button)
    flow = window.flow
    _touch(qtbot, _theme_card(flow, "andet"))
    window.resize(1280, 800)
    window.keyboard_room.setFixedHeight(400)  # what the keyboard's rectangle asks for (Qt VK: 400 px)
    flow.set_compact(True)
    qtbot.waitUntil(lambda: flow.next_button.mapTo(window, flow.next_button.rect().bottomLeft()).y() <= 400)
    assert not flow._progress.isVisible() and not flow.text_step._hint.isVisible()
    assert flow.text_step.editor.height() > 80
    flow.set_compact(False)
    assert flow._progress.isVisible()
