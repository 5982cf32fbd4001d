"""Render every kiosk screen to PNG, in every language, to look at before calling a screen done
(and for the README).

    python tools/screenshots.py OUT_DIR [--size 1280x800 ...] [--language da ...]

Uses a fresh demo data folder and a clock fixed on a day of the demo tour (the Assentoft week),
so it renders the same screens on any date; runs offscreen (no display needed). On every screen
it also checks the language: in Danish no English source text may show, in any other language
no Danish translation, and that the window is still as wide as asked (no text widened it). It
lists what it found and exits 1 if anything was in the wrong language or too wide.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.kiosk import Kiosk
from mokoko_desktop.models import Stop, Story
from mokoko_desktop.printing import PrintOutcome
from mokoko_desktop.start_info import StartInfo
from shared_kernel.i18n import STAFF_LANGUAGES, available_languages, language_name
from shared_kernel.resources import TRANSLATIONS_DIR
from ui.common.application import create_application
from ui.common.language import LanguageSwitcher
from ui.kiosk.byttebors.flow import BytteborsFlow
from ui.kiosk.idea_flow.flow import IdeaFlow
from ui.kiosk.kiosk_window import KioskWindow
from ui.kiosk.volunteer.flow import VolunteerFlow

DEMO_MOMENT = dt.datetime(2026, 11, 20, 11, 30, tzinfo=dt.UTC)  # the demo tour stands in Assentoft
DEMO_STOP = "assentoft"
# --longest: the longest texts the catalogue and city hall can give (a stop's place, a story)
LONGEST_PLACE = ("Assentoft Forsamlingshus og Idrætscenter ved den gamle Skole på Assentoftvej " * 2)[:100].rstrip()
LONGEST_HEADLINE = ("Nye bænke, bedre belysning og en overdækket cykelparkering ved åen i Langå " * 2)[:120].rstrip()
LONGEST_DID = "Kommunen har sat fire nye bænke op langs åstien og skiftet lamperne ved broen, så stien er tryg om aftenen. " * 5
Save = Callable[[str], None]
IDEA_TEXT = {  # what a citizen might write, in the screen's language (its direction shows)
    "da": "Flere bænke langs åen, så ældre kan hvile sig på vej til byen. "
    "Og en lektiecafé i forsamlingshuset om tirsdagen – gerne med frivillige fra foreningerne.",
    "en": "More benches along the river, so older people can rest on their way into town. "
    "And a homework café in the village hall on Tuesdays, with volunteers from the clubs.",
    "uk": "Більше лавок уздовж річки, щоб літні люди могли відпочити дорогою до міста. "
    "І кафе для домашніх завдань у будинку громади щовівторка – з волонтерами з місцевих клубів.",
    "ar": "مقاعد أكثر على طول النهر، حتى يستريح كبار السن في طريقهم إلى المدينة. "
    "ومقهى للواجبات المدرسية في دار الاجتماعات أيام الثلاثاء، مع متطوعين من الجمعيات.",
}


class _NoPrinter:
    def print_pdf(self, pdf: Path) -> PrintOutcome:
        return PrintOutcome(False, "", "no printer in screenshots")


def _language_only_texts() -> tuple[set[str], set[str]]:
    """(English-only, Danish-only) UI texts: a message's English source that is not also a
    Danish text, and its Danish translation that is not also an English source. Each
    language's own name (on the language buttons) is neither."""
    root = ET.parse(TRANSLATIONS_DIR / "mokoko_da.ts").getroot()
    pairs = [(message.findtext("source", ""), message.findtext("translation", "")) for message in root.iter("message")]
    sources = {source for source, _ in pairs}
    translations = {translation for _, translation in pairs}
    names = {language_name(lang) for lang in available_languages()}
    english = {source for source, translation in pairs if translation != source} - translations - names
    danish = {translation for source, translation in pairs if translation and translation != source} - sources - names
    return english, danish


def wrong_language(window: QWidget, language: str) -> set[str]:
    """Visible texts in the wrong language: English on a Danish screen, Danish on any other."""
    english, danish = _language_only_texts()
    visible = {
        widget.text()
        for widget in window.findChildren(QWidget)
        if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton)) and widget.text()
    }
    return visible & (english if language == "da" else danish)


def _settle(app: QApplication, ms: int = 120) -> None:
    for _ in range(5):
        app.processEvents()
    QTest.qWait(ms)


LOOKS = {"normal": (False, False), "large": (True, False), "contrast": (False, True), "large-contrast": (True, True)}


STAFF_SCREENS = {"10", "11", "12"}  # the PIN pad and the staff's screens


def shoot(out: Path, width: int, height: int, language: str, look: str = "normal", *, longest: bool = False) -> list[str]:
    """Render every screen at ``width`` x ``height`` in ``language`` and ``look`` (larger text,
    high contrast); returns the problems found. Staff's screens are checked for Danish. With
    ``longest``, today's stop has the longest place name the catalogue allows and the start
    screen the longest story city hall can publish."""
    app = create_application()
    kiosk = open_kiosk(tempfile.mkdtemp(prefix="mokoko-shots-"), demo=True, clock=lambda: DEMO_MOMENT)
    kiosk.set_today_stop(DEMO_STOP)
    if longest:
        _longest_texts(kiosk)
    languages = LanguageSwitcher()
    languages.reset()
    window = KioskWindow(languages, StartInfo())
    window.attach(kiosk, _NoPrinter())
    window.resize(width, height)
    window.show()
    tag = f"{width}x{height}-{language}" + ("" if look == "normal" else f"-{look}")
    problems: list[str] = []

    def save(name: str) -> None:
        _settle(app)
        window.grab().save(str(out / f"{name}-{tag}.png"))
        staff = name.split("-")[0] in STAFF_SCREENS
        expected = "da" if staff and language not in STAFF_LANGUAGES else language  # staff read Danish
        problems.extend(f"{name}-{tag}: wrong language: {text!r}" for text in sorted(wrong_language(window, expected)))
        if window.width() != width:  # a text that does not wrap or elide widened the screen past the display
            problems.append(f"{name}-{tag}: the window grew to {window.width()} px wide")
        start_scroll = window.start_screen.findChild(QScrollArea, "startScroll")
        if name == "01-start" and start_scroll is not None and start_scroll.verticalScrollBar().maximum() > 0:
            problems.append(f"{name}-{tag}: the start screen scrolls (every button must be in sight)")

    def fresh() -> None:
        """Back to the start screen (which is always Danish), then the language and look of this run."""
        window.reset_to_start()
        languages.set_language(language)
        window.set_sight(large_text=LOOKS[look][0], contrast=LOOKS[look][1])

    fresh()
    save("01-start")
    stored_code = _idea(window, save)
    fresh()
    window.start_idea()
    flow = window.flow
    assert isinstance(flow, IdeaFlow)
    flow.theme_step.cards[0].click()
    window.idle.idle.emit()
    save("08-idle-prompt")
    fresh()
    window.open_followup()
    followup = window.followup
    assert followup is not None
    followup.code_edit.setText(stored_code)
    followup.look_up()
    save("09-followup")
    followup.code_edit.setText("2222-222-222")  # another kiosk's receipt: where to ask, no erasure here
    followup.look_up()
    save("09b-followup-other-kiosk")
    fresh()
    _volunteer(window, save)
    fresh()
    _byttebors(window, save)
    fresh()
    window.open_pin_pad()
    save("10-pin")
    window.staff.open_panel()
    save("11-staff")
    panel = window.staff.panel
    assert panel is not None
    panel.day_button.click()
    save("12-staff-day")
    window.leave_kiosk_mode()
    languages.set_language("en")  # uninstall this run's translator
    kiosk.close()
    return problems


def _longest_texts(kiosk: Kiosk) -> None:
    with kiosk.store.session(writes=True) as session:
        stop = session.get(Stop, DEMO_STOP)
        assert stop is not None
        stop.place = LONGEST_PLACE
        session.add(stop)
        for number in range(2):  # two: the card counts and takes turns
            session.add(
                Story(
                    idea_id=f"longest-{number}",
                    receipt_code="",
                    headline=LONGEST_HEADLINE,
                    said=LONGEST_DID,
                    did=LONGEST_DID,
                    stop_id=DEMO_STOP,
                    stop_place=LONGEST_PLACE,
                    published_at="2026-11-19T10:00:00+00:00",
                )
            )


def _idea(window: KioskWindow, save: Save) -> str:
    window.start_idea()
    flow = window.flow
    assert isinstance(flow, IdeaFlow)
    save("02-theme")
    flow.theme_step.cards[5].click()
    flow.text_step.editor.setPlainText(IDEA_TEXT.get(window.language, IDEA_TEXT["da"]))
    save("03-text")
    flow.next_button.click()
    flow.about_step.age_group.buttons()[5].click()
    flow.about_step.home_area.buttons()[4].click()
    save("04-about")
    flow.next_button.click()
    flow.contact_step.name.setText("Åse Ørnebjerg")
    flow.contact_step.email.setText("ase@eksempel")
    flow.next_button.click()
    save("05-contact-problem")
    flow.contact_step.consent_box.privacy_link.click()  # the privacy notice, one tap from the consent
    save("05-privacy-notice")
    flow.privacy.back_button.click()
    flow.contact_step.email.setText("ase@eksempel.dk")
    flow.contact_step.consent.setChecked(True)
    flow.next_button.click()
    save("06-review")
    flow.next_button.click()
    QTest.qWait(400)
    thanks = window.thanks
    assert thanks is not None, "the idea was not stored"
    save("07-thanks")
    return thanks.code.text()


def _volunteer(window: KioskWindow, save: Save) -> None:
    window.start_volunteer()
    flow = window.flow
    assert isinstance(flow, VolunteerFlow)
    save("20-volunteer-browse")
    flow.browse.near_button.click()
    save("21-volunteer-near")
    next(card for card in flow.browse.cards if card.info.id == "fodbold-udviklingshandicap").click()
    save("22-volunteer-details")
    flow.next_button.click()
    flow.person.name.setText("Ida Ørsted")
    flow.person.phone.setText("20 30 40 5")
    flow.person.age_group.buttons()[0].click()
    flow.next_button.click()
    save("23-volunteer-person-problems")  # too young for this task, and a digit short
    flow.back_button.click()
    flow.back_button.click()
    save("23b-volunteer-browse-under-15")  # only what a child may join
    next(card for card in flow.browse.cards if card.info.id == "ryd-op").click()
    flow.next_button.click()
    flow.person.phone.setText("20 30 40 50")
    flow.person.guardian_name.setText("Mette Ørsted")
    flow.person.guardian_phone.setText("20 30 40 51")
    flow.person.guardian_consent.setChecked(True)
    flow.next_button.click()
    flow.when.availability.buttons()[2].click()
    save("24-volunteer-when")  # when, what and the consent are one page
    flow.next_button.click()  # without consent: the kind message
    save("25-volunteer-confirm")
    flow.confirm.consent.setChecked(True)
    flow.next_button.click()
    QTest.qWait(400)
    save("26-volunteer-thanks")


def _byttebors(window: KioskWindow, save: Save) -> None:
    window.start_byttebors()
    flow = window.flow
    assert isinstance(flow, BytteborsFlow)
    flow.post.offer_button.click()
    flow.post.editor.setPlainText("Vi har en trailer, som foreninger i Assentoft kan låne om lørdagen.")
    flow.post.tags.buttons()[8].click()
    save("30-byttebors-post")
    flow.next_button.click()
    flow.contact.name.setText("Assentoft Borgerforening")
    flow.contact.email.setText("formand@eksempel.dk")
    flow.contact.consent.setChecked(True)
    save("31-byttebors-contact")
    flow.next_button.click()
    QTest.qWait(400)
    save("32-byttebors-thanks")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", action="append", default=None, metavar="WxH", help="default: 1280x800 and 1920x1080")
    parser.add_argument("--language", action="append", default=None, help="default: every shipped language")
    parser.add_argument("--look", action="append", default=None, choices=list(LOOKS), help="default: normal")
    parser.add_argument("--longest", action="store_true", help="the longest stop name and story the product can show")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    for size in args.size or ["1280x800", "1920x1080"]:
        width, height = (int(v) for v in size.split("x"))
        for language in args.language or available_languages():
            for look in args.look or ["normal"]:
                problems += shoot(args.out, width, height, language, look, longest=args.longest)
    print(f"Screens written to {args.out}")
    for problem in problems:
        print(f"Problem on {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
