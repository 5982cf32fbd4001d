"""The privacy notice laid over a citizen's flow: one tap from every consent step ("Sådan behandler
vi dine oplysninger"), in the citizen's language, read aloud like the rest; "Tilbage" returns to the
form as it was. The words come from the core (``Kiosk.privacy_notice``): the municipality's facts
and this kiosk's periods, the same the consent text above the link promises."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from shared_kernel.i18n import is_rtl_language
from shared_kernel.privacy_notice import Notice
from ui.common.widgets import button, label, scrolled_column
from ui.kiosk import read_aloud

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

RLM = "\u200f"  # RIGHT-TO-LEFT MARK


class PrivacySheet(QWidget):
    """Covers its parent (a flow) with the notice until "Tilbage" is touched.

    Signals:
        closed(): the citizen went back to the form.
    """

    closed = Signal()

    def __init__(self, kiosk: Kiosk, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._kiosk = kiosk
        self._language = "da"
        self._notice: Notice | None = None
        card = QFrame(self)
        card.setObjectName("privacyCard")
        self.title = label("stepHeading", card)
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._scroll = scrolled_column("privacyBody", "privacyScroll", card, [self._body])
        self.read_button = button("secondary", card)
        self.read_button.setObjectName("readAloud")
        self.back_button = button("primary", card)
        self.back_button.setObjectName("privacyBack")
        self.read_button.clicked.connect(self._read_aloud)
        self.back_button.clicked.connect(self.close_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self._scroll, 1)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(card)
        self._covered = parent
        parent.installEventFilter(self)
        self.hide()

    def open_notice(self, language: str) -> None:
        """Show the notice in ``language`` (the citizen's: the translator installed for it)."""
        self._language = language
        self._notice = self._kiosk.privacy_notice(QCoreApplication.translate)
        self._fill(self._notice)
        self.read_button.setText(QCoreApplication.translate("PrivacySheet", "Read aloud"))
        self.read_button.setAccessibleName(self.read_button.text())
        self.read_button.setVisible(read_aloud.kiosk_reader().can_read(language))
        self.back_button.setText(QCoreApplication.translate("PrivacySheet", "‹ Back to the form"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.setGeometry(self._covered.rect())
        self.raise_()
        self.show()
        self._scroll.verticalScrollBar().setValue(0)
        self.back_button.setFocus()

    def close_sheet(self) -> None:
        read_aloud.kiosk_reader().stop()
        self.hide()
        self.closed.emit()

    def text(self) -> str:
        """What the sheet shows, in reading order (what it reads aloud)."""
        return self._notice.plain_text() if self._notice else ""

    def _fill(self, notice: Notice) -> None:
        while self._column.count():
            item = self._column.takeAt(0)
            shown = item.widget() if item is not None else None
            if shown is not None:
                shown.deleteLater()
        self.title.setText(notice.title)
        for section in notice.sections:
            self._column.addWidget(self._label("privacyHeading", section.heading))
            for paragraph in section.paragraphs:
                self._column.addWidget(self._label("privacyText", paragraph))
            for name, text in section.labelled:
                self._column.addWidget(self._label("privacyLabel", name))
                self._column.addWidget(self._label("privacyText", text))

    def _label(self, object_name: str, text: str) -> QLabel:
        shown = label(object_name, self._body)
        # A paragraph takes its direction from its first letter: in Arabic, "Randers Kommune هي …"
        # would be laid out left to right. The mark makes it the citizen's language's.
        shown.setText(RLM + text if is_rtl_language(self._language) else text)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return shown

    def _read_aloud(self) -> None:
        read_aloud.kiosk_reader().read(self.text(), self._language)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._covered.rect())
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        event.accept()  # touches around the card never reach the form below
