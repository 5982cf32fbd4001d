"""Under the reply, for an idea given in another language: the reply in the citizen's language,
typed or pasted by a translator (no machine translation). Left empty, the citizen sees the Danish
reply with a line in their language saying it is in Danish (:mod:`shared_kernel.replies`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from shared_kernel.i18n import DEFAULT_LANGUAGE, language_name_in
from ui.common.widgets import TranslatedWidget, label


class TranslationBox(TranslatedWidget):
    def __init__(self, office_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office_language = office_language  # the language the office app shows itself in
        self._idea_language: str | None = None
        self._heading = label("fieldLabel", self)
        self._hint = label("stepHint", self)
        self.text = QTextEdit(self)
        self.text.setAcceptRichText(False)
        self.text.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._heading, self._hint, self.text):
            layout.addWidget(widget)
        self.show_for(None, office_language)

    def show_for(self, idea_language: str | None, office_language: str) -> None:
        """Offer a translation for an idea in ``idea_language`` (None, or Danish: nothing to offer)."""
        if idea_language != self._idea_language:
            self.text.clear()  # a translation belongs to one language
        self._idea_language, self._office_language = idea_language, office_language
        offered = idea_language is not None and idea_language != DEFAULT_LANGUAGE
        self.setVisible(offered)
        if offered and idea_language is not None:
            right_to_left = idea_language in ("ar", "fa", "ur", "he")
            self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
        self._retranslate()

    def translated(self) -> str:
        offered = self._idea_language is not None and self._idea_language != DEFAULT_LANGUAGE
        return self.text.toPlainText().strip() if offered else ""

    def _retranslate(self) -> None:
        name = language_name_in(self._idea_language or "", self._office_language)
        self._heading.setText(self.tr("Reply in %1 (optional)").replace("%1", name))
        self._hint.setText(
            self.tr("Typed or pasted by a translator. Left empty, the citizen sees the Danish reply with a line saying it is in Danish.")
        )
        self.text.setAccessibleName(self.tr("Reply in %1").replace("%1", name))
