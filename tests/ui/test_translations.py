"""Every shipped language loads and no visible string is left untranslated."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from mokoko_desktop.i18n import available_languages, language_name, translate
from mokoko_desktop.paths import TRANSLATIONS_DIR
from tests.ui.conftest import commit_text
from ui.qt_tools import qt_tool

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(TRANSLATIONS_DIR.glob("mokoko_*.ts"))


def _messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms (a ``%n`` message)."""
    plurals = translation.findall("numerusform")
    return [(form.text or "") for form in plurals] if plurals else [translation.text or ""]


def test_danish_is_shipped_and_offered_first() -> None:
    assert [p.name for p in CATALOGUES][:1] == ["mokoko_da.ts"]
    assert available_languages()[:2] == ["da", "en"]
    assert language_name("da") == "Dansk" and language_name("en") == "English"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated(ts: Path) -> None:
    unfinished = [(c, s) for c, s, t in _messages(ts) if t is None or t.get("type") or not all(f.strip() for f in _forms(t))]
    assert unfinished == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_compiled_catalogue_loads_and_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for context, source, translation in _messages(ts):
        assert translation is not None, (context, source)
        forms = _forms(translation)
        if len(forms) == 1:
            assert translator.translate(context, source) == forms[0], (context, source)
        else:  # Danish: one form for 1, the other for the rest
            assert translator.translate(context, source, "", 1) == forms[0] and translator.translate(context, source, "", 5) == forms[1]


def test_the_code_has_no_string_missing_from_the_catalogues(tmp_path: Path) -> None:
    lupdate = qt_tool("lupdate")  # beside the interpreter: CI's PATH does not have the venv
    copies = []
    for ts in CATALOGUES:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        copies.append(copy)
    sources = [str(p) for folder in ("mokoko_desktop", "ui", "sync") for p in (ROOT / folder).rglob("*.py")]
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", *map(str, copies)],
                   check=True, capture_output=True)
    for copy in copies:
        missing = [(c, s) for c, s, t in _messages(copy) if t is None or t.get("type") == "unfinished"]
        assert missing == [], f"run: python tools/translations.py update, then translate {copy.name}"


def test_core_reads_the_same_catalogue() -> None:
    assert translate("da", "receipt", "What happens now?") == "Hvad sker der nu?"
    assert translate("en", "receipt", "What happens now?") == "What happens now?"


def _shown_texts(window) -> set[str]:
    texts = set()
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
    return texts


def test_no_english_source_string_shows_on_any_danish_screen(qtbot, kiosk, make_window) -> None:
    english_only = {s for _c, s, t in _messages(TRANSLATIONS_DIR / "mokoko_da.ts") if t is None or t.text != s}
    english_only -= {language_name(lang) for lang in available_languages()}  # each language's own name
    window = make_window(kiosk)
    seen: set[str] = set()

    def look() -> None:
        seen.update(_shown_texts(window))

    look()
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    flow = window.flow
    look()
    qtbot.mouseClick(flow.theme_step.cards[0], Qt.MouseButton.LeftButton)
    commit_text(flow.text_step.editor, "Idé")
    look()
    for _ in range(3):
        qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
        look()
    qtbot.mouseClick(flow.cancel_button, Qt.MouseButton.LeftButton)
    look()
    flow._confirm.hide()
    with qtbot.waitSignal(window.record_stored):
        qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    look()
    window.idle.idle.emit()
    look()
    window.reset_to_start()
    window.open_pin_pad()
    look()
    window.staff.open_panel()
    look()
    shown_english = {text for text in seen if text in english_only}
    assert shown_english == set()
    assert {"Giv en idé", "Hvad handler din idé om?", "Send min idé", "Tak for din idé!", "Er du her stadig?",
            "Personalekode", "Tilbage til kiosken"} <= seen
