"""Every shipped language loads and no visible string is left untranslated."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from shared_kernel.i18n import STAFF_LANGUAGES, available_languages, is_staff_context, language_name, translate
from shared_kernel.resources import TRANSLATIONS_DIR
from tests.ui.conftest import commit_text
from ui.common.qt_tools import qt_tool

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(TRANSLATIONS_DIR.glob("mokoko_*.ts"))


def _translations_tool() -> ModuleType:
    """tools/translations.py, which names every package lupdate reads."""
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def _needed(ts: Path, context: str) -> bool:
    """Whether ``ts`` must translate ``context``: staff screens speak only Danish and English."""
    return ts.stem.removeprefix("mokoko_") in STAFF_LANGUAGES or not is_staff_context(context)


def test_four_languages_danish_first() -> None:
    assert {p.name for p in CATALOGUES} >= {"mokoko_da.ts", "mokoko_en.ts", "mokoko_uk.ts", "mokoko_ar.ts"}
    assert available_languages()[:2] == ["da", "en"] and set(available_languages()) == {"da", "en", "uk", "ar"}
    names = {language: language_name(language) for language in available_languages()}
    assert names == {"da": "Dansk", "en": "English", "uk": "Українська", "ar": "العربية"}


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated(ts: Path) -> None:
    unfinished = [
        (c, s) for c, s, t in _messages(ts) if _needed(ts, c) and (t is None or t.get("type") or not all(f.strip() for f in _forms(t)))
    ]
    assert unfinished == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_translations_keep_their_placeholders(ts: Path) -> None:
    placeholder = re.compile(r"%\d|\{[a-z_]+\}")
    broken = [
        (c, s)
        for c, s, t in _messages(ts)
        if t is not None
        and not t.get("type")
        and "HH" not in s
        and any(sorted(placeholder.findall(form)) != sorted(placeholder.findall(s)) for form in _forms(t))
    ]
    assert broken == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_compiled_catalogue_loads_and_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for context, source, translation in _messages(ts):
        assert translation is not None, (context, source)
        if translation.get("type") == "unfinished":
            continue  # a staff screen in a citizens' language: shown in Danish
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
    sources = [str(ROOT / path) for path in _translations_tool().sources()]
    for plural_only in (False, True):  # English, the source language, keeps only its plural forms
        chosen = [copy for copy in copies if (copy.name == "mokoko_en.ts") == plural_only]
        extra = ["-pluralonly"] if plural_only else []
        subprocess.run(
            [lupdate, "-no-obsolete", "-locations", "none", *extra, *sources, "-ts", *map(str, chosen)], check=True, capture_output=True
        )
    for copy in copies:
        missing = [(c, s) for c, s, t in _messages(copy) if _needed(copy, c) and (t is None or t.get("type") == "unfinished")]
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


@pytest.mark.parametrize("language", ["da", "uk", "ar"])
def test_no_english_source_string_shows_on_any_citizen_screen(qtbot, kiosk, make_window, language: str) -> None:
    """A citizen's whole idea, in Danish, Ukrainian and Arabic (right to left); staff's screens
    then speak Danish."""
    catalogue = TRANSLATIONS_DIR / f"mokoko_{language}.ts"
    english_only = {s for c, s, t in _messages(catalogue) if t is None or t.get("type") or (t.text != s and _needed(catalogue, c))}
    english_only -= {language_name(lang) for lang in available_languages()}  # each language's own name
    english_only -= {"12 34 56 78", "name@example.dk", "HH:mm"}  # the same in every language
    english_only -= {t.text for _c, _s, t in _messages(TRANSLATIONS_DIR / "mokoko_da.ts") if t is not None}  # staff: Danish
    window = make_window(kiosk)
    seen: set[str] = set()
    rtl = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight

    def look() -> None:
        seen.update(_shown_texts(window))
        if window.screens.currentWidget() is not window.pin_pad and window.staff.panel is None:
            assert window.layoutDirection() == rtl

    if language != "da":
        qtbot.mouseClick(window.top_bar.language_buttons[language], Qt.MouseButton.LeftButton)
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
    if language != "da":
        qtbot.mouseClick(window.top_bar.language_buttons[language], Qt.MouseButton.LeftButton)
    window.open_pin_pad()
    assert window.language == "da" and window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    seen.update(_shown_texts(window))
    window.staff.open_panel()
    seen.update(_shown_texts(window))
    shown_english = {text for text in seen if text in english_only}
    assert shown_english == set()
    if language == "da":
        assert {
            "Giv en idé",
            "Hvad handler din idé om?",
            "Send min idé",
            "Tak for din idé!",
            "Er du her stadig?",
            "Personalekode",
            "Tilbage til kiosken",
        } <= seen


def test_a_citizens_own_words_keep_their_direction() -> None:
    from ui.common.widgets import own_words

    assert own_words("Flere bænke.") == "\u200eFlere bænke.\u200e"  # Danish on an Arabic screen: the full stop stays right
    assert own_words("نريد مقاعد.\nBænke") == "\u200fنريد مقاعد.\u200f\n\u200eBænke\u200e"
    assert own_words("2026 …") == "2026 …"  # nothing to go by: left as it is


def test_the_idea_box_starts_on_the_side_its_text_reads_from(qtbot, kiosk, make_window) -> None:
    """On the Arabic screen the cursor waits at the right, Arabic written there stays right, and
    Danish written there starts at the left (Qt's plain text edit put every text on the left)."""
    window = make_window(kiosk)
    qtbot.mouseClick(window.top_bar.language_buttons["ar"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.start_screen.idea_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.flow.theme_step.cards[0], Qt.MouseButton.LeftButton)
    editor = window.flow.text_step.editor
    width = editor.viewport().width()

    def cursor_side() -> str:
        editor.moveCursor(QTextCursor.MoveOperation.StartOfLine)
        return "right" if editor.cursorRect().center().x() > width / 2 else "left"

    assert cursor_side() == "right"
    commit_text(editor, "نريد مقاعد أكثر في الحديقة")
    assert cursor_side() == "right"
    editor.clear()
    commit_text(editor, "Flere bænke i parken")
    assert cursor_side() == "left"
    editor.clear()
    assert cursor_side() == "right"
