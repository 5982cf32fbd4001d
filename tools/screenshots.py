"""Render every kiosk screen to PNG at 1920x1080 and 1280x800, to look at before calling a
screen done (and for the README).

    python tools/screenshots.py OUT_DIR [--size 1280x800 ...]

Uses a fresh demo data folder; runs offscreen (no display needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mokoko_desktop.bootstrap import open_kiosk
from mokoko_desktop.start_info import StartInfo
from ui.app import create_application
from ui.kiosk_window import KioskWindow
from ui.language import LanguageSwitcher
from ui.printing import PrintOutcome


class _NoPrinter:
    def print_pdf(self, pdf: Path) -> PrintOutcome:
        return PrintOutcome(False, "", "no printer in screenshots")


def _settle(app: QApplication, ms: int = 120) -> None:
    for _ in range(5):
        app.processEvents()
    QTest.qWait(ms)


def shoot(out: Path, width: int, height: int, language: str) -> None:
    app = create_application()
    kiosk = open_kiosk(tempfile.mkdtemp(prefix="mokoko-shots-"), demo=True)
    languages = LanguageSwitcher()
    languages.reset()
    window = KioskWindow(languages, StartInfo())
    window.attach(kiosk, _NoPrinter())
    window.resize(width, height)
    window.show()
    languages.set_language(language)
    tag = f"{width}x{height}-{language}"

    def save(name: str) -> None:
        _settle(app)
        window.grab().save(str(out / f"{name}-{tag}.png"))

    save("01-start")
    window.start_idea()
    flow = window.flow
    save("02-theme")
    flow.theme_step.cards[5].click()
    flow.text_step.editor.setPlainText(
        "Flere bænke langs åen, så ældre kan hvile sig på vej til byen. "
        "Og en lektiecafé i forsamlingshuset om tirsdagen – gerne med frivillige fra foreningerne."
    )
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
    flow.contact_step.email.setText("ase@eksempel.dk")
    flow.contact_step.consent.setChecked(True)
    flow.next_button.click()
    save("06-review")
    flow.next_button.click()
    QTest.qWait(400)
    stored_code = window.thanks.code.text()
    save("07-thanks")
    window.reset_to_start()
    languages.set_language(language)
    window.start_idea()
    window.flow.theme_step.cards[0].click()
    window.idle._timer.timeout.emit()
    save("08-idle-prompt")
    window.reset_to_start()
    languages.set_language(language)
    window.open_followup()
    window.followup.code_edit.setText(stored_code)
    window.followup.look_up()
    save("09-followup")
    window.reset_to_start()
    languages.set_language(language)
    _volunteer(window, save)
    window.reset_to_start()
    languages.set_language(language)
    _byttebors(window, save)
    window.reset_to_start()
    window.open_pin_pad()
    save("10-pin")
    window.open_staff_panel()
    save("11-staff")
    window.staff_panel.day_button.click()
    save("12-staff-day")
    window.leave_kiosk_mode()
    kiosk.close()


def _volunteer(window: KioskWindow, save) -> None:
    window.start_volunteer()
    flow = window.flow
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
    save("24-volunteer-when")
    flow.next_button.click()
    flow.next_button.click()  # without consent: the kind message
    save("25-volunteer-confirm")
    flow.confirm.consent.setChecked(True)
    flow.next_button.click()
    QTest.qWait(400)
    save("26-volunteer-thanks")


def _byttebors(window: KioskWindow, save) -> None:
    window.start_byttebors()
    flow = window.flow
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", action="append", default=None)
    parser.add_argument("--language", action="append", default=None)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.size or ["1280x800", "1920x1080"]:
        width, height = (int(v) for v in size.split("x"))
        for language in args.language or ["da"]:
            shoot(args.out, width, height, language)
    print(f"Screens written to {args.out}")


if __name__ == "__main__":
    main()
