"""The kiosk's top bar: the municipality, the sync state, the languages (each in its own name),
larger text and high contrast, and the quiet way in for staff."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from shared_kernel.i18n import language_name
from ui.common.widgets import ElidedLabel, TranslatedWidget, button
from ui.kiosk.sync_indicator import SyncIndicator


class TopBar(TranslatedWidget):
    """Signals:
    language_chosen(str): a language button was touched.
    large_text_toggled(bool), contrast_toggled(bool): the sight buttons were touched.
    staff_requested(): the staff button was touched.
    """

    language_chosen = Signal(str)
    large_text_toggled = Signal(bool)
    contrast_toggled = Signal(bool)
    staff_requested = Signal()

    def __init__(self, languages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a QWidget subclass: paint the style's background
        self._brand = ElidedLabel("brand", self)
        self.sync_indicator = SyncIndicator(self)
        self.sync_indicator.hide()
        layout = QHBoxLayout(self)
        layout.addWidget(self._brand)
        layout.addSpacing(24)
        # The sync line takes only the room the other parts leave (ending in "…" if it must).
        self.sync_indicator.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.sync_indicator, 100)
        layout.addStretch(1)  # the free room when the sync line is hidden (citizens' screens without sync)
        self.language_buttons: dict[str, QPushButton] = {}
        for language in languages:
            choice = button("language", self)
            choice.setCheckable(True)
            choice.setText(language_name(language))
            choice.clicked.connect(lambda _checked=False, lang=language: self.language_chosen.emit(lang))
            self.language_buttons[language] = choice
            layout.addWidget(choice)
        layout.addSpacing(12)
        self.large_text_button = self._toggle("A+\u200e", self.large_text_toggled)  # the mark keeps "A+" so in Arabic
        self.contrast_button = self._toggle("◐", self.contrast_toggled)
        layout.addWidget(self.large_text_button)
        layout.addWidget(self.contrast_button)
        self.staff_button = button("quiet", self)
        self.staff_button.clicked.connect(self.staff_requested)
        keep_place = self.staff_button.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # shown on the start screen only: the other buttons never move
        self.staff_button.setSizePolicy(keep_place)
        layout.addSpacing(16)
        layout.addWidget(self.staff_button)
        self._retranslate()

    def _toggle(self, symbol: str, signal: SignalInstance) -> QPushButton:
        toggle = button("sight", self)
        toggle.setCheckable(True)
        toggle.setText(symbol)
        toggle.toggled.connect(signal)
        return toggle

    def show_language(self, language: str) -> None:
        for lang, choice in self.language_buttons.items():
            choice.setChecked(lang == language)

    def show_sight(self, large_text: bool, contrast: bool) -> None:
        """Show the sight buttons as set (without emitting: used by the idle reset)."""
        for toggle, on in ((self.large_text_button, large_text), (self.contrast_button, contrast)):
            toggle.blockSignals(True)
            toggle.setChecked(on)
            toggle.blockSignals(False)

    def show_brand(self, municipality: str) -> None:
        self._brand.setText(f"MOKOKO  ·  {municipality}" if municipality else "MOKOKO")

    def _retranslate(self) -> None:
        self.staff_button.setText(self.tr("Staff"))
        self.large_text_button.setToolTip(self.tr("Larger text"))
        self.large_text_button.setAccessibleName(self.tr("Larger text"))
        self.contrast_button.setToolTip(self.tr("High contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
