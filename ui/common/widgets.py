"""Small building blocks shared by the screens: big touch buttons, inline problem labels."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

Area = TypeVar("Area", bound=QAbstractScrollArea)


def application() -> QApplication:
    """The running QApplication (every screen exists only once it is made)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running")
    return app


class TranslatedWidget(QWidget):
    """A widget that sets its visible texts in :meth:`_retranslate` (with ``self.tr``), which
    runs again whenever the language changes: installing a translator makes Qt send every widget
    a ``LanguageChange`` event."""

    def _retranslate(self) -> None:
        """Set every visible text in the current language (subclasses do)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def label(object_name: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label styled by ``object_name`` in the style sheet."""
    widget = QLabel(parent)
    widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


class ElidedLabel(QLabel):
    """One line of plain text that never widens its window: where there is no room it ends in
    "…", and the whole text is its tooltip (and what a screen reader reads)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.fontMetrics().horizontalAdvance("M…"), super().minimumSizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setAccessibleName(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        self.setToolTip(self.text() if shown != self.text() else "")
        painter = QPainter(self)
        self.style().drawItemText(painter, room, int(self.alignment()), self.palette(), self.isEnabled(), shown, self.foregroundRole())


def describe_field(field: QLineEdit, text: str) -> None:
    """What to type in a field without a label of its own: shown while it is empty, and its name
    for a screen reader (which does not read a placeholder)."""
    field.setPlaceholderText(text)
    field.setAccessibleName(text)


def button(role: str, parent: QWidget | None = None) -> QPushButton:
    """A touch button; ``role`` is ``primary``, ``secondary`` or ``quiet`` (style sheet)."""
    widget = QPushButton(parent)
    widget.setProperty("role", role)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if role == "quiet" else Qt.FocusPolicy.StrongFocus)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return widget


class CardButton(QPushButton):
    """A touch card: a button holding a layout of wrapped labels, as tall as its text needs at
    its width (a plain button knows nothing of its labels, so larger text would overlap)."""

    def lay_out(self, parts: list[QLabel], icon: str | None, icon_size: int) -> None:
        """``parts`` one under the other, the catalogue pictogram ``icon`` (if any) beside them;
        touches go to the card, not to its labels."""
        text = QVBoxLayout()
        for part in parts:
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            text.addWidget(part)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        picture = pictogram(icon, icon_size, self)
        if picture is not None:
            layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return self.layout() is not None

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return hint
        return QSize(hint.width(), max(hint.height(), layout.totalHeightForWidth(self.width())))


class PageStack(QStackedWidget):
    """A stack of screens that takes the room its parent gives it. (A plain stack asks for the
    height its tallest page would need at this width, so nothing could make room for the
    on-screen keyboard.)"""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return False


def as_page(widget: QWidget) -> QWidget:
    """Let a stacked page take whatever room there is: a stack is otherwise as tall as its
    tallest page, and nothing could shrink to make room for the on-screen keyboard."""
    widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    return widget


class ProblemLabel(QLabel):
    """A calm inline message under a field; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_text(self) -> None:
        self.show_text("")

    def reveal(self) -> None:
        """Scroll the message into view and give it the focus (a screen reader reads it), once
        the layout has placed it."""
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # focused by this call and by Tab, never by a touch
        QTimer.singleShot(0, self, self._reveal_now)

    def _reveal_now(self) -> None:
        if not self.isVisible():
            return
        scroll_into_view(self, 16)
        self.setFocus(Qt.FocusReason.OtherFocusReason)


MESSAGE_GAP = 48  # px: a field's message starts at most this far below it


def scroll_into_view(widget: QWidget, margin: int = 16) -> None:
    """Scroll every scroll area around ``widget`` so that all of it is shown (``ensureWidgetVisible``
    would show only a text field's cursor, leaving the rest of the field under the keyboard)."""
    for area in _ancestors(widget):
        body = area.widget() if isinstance(area, QScrollArea) else None
        if body is None or not body.isAncestorOf(widget):
            continue
        assert isinstance(area, QScrollArea)
        centre = widget.mapTo(body, widget.rect().center())
        area.ensureVisible(centre.x(), centre.y(), widget.width() // 2 + margin, widget.height() // 2 + margin)


def message_of(field: QWidget) -> ProblemLabel | None:
    """The message shown under ``field`` (a :class:`ProblemLabel` starting just below it, in the
    same column), if one is shown."""
    area = next((parent for parent in _ancestors(field) if isinstance(parent, QScrollArea)), None)
    root = area.widget() if area is not None else field.window()
    if root is None:
        return None
    top_left = field.mapTo(root, field.rect().topLeft())
    left, right, bottom = top_left.x(), top_left.x() + field.width(), top_left.y() + field.height()
    for problem in root.findChildren(ProblemLabel):
        if not problem.isVisible() or not problem.text():
            continue
        where = problem.mapTo(root, problem.rect().topLeft())
        if bottom <= where.y() <= bottom + MESSAGE_GAP and where.x() < right and where.x() + problem.width() > left:
            return problem
    return None


def reveal_with_message(field: QWidget) -> None:
    """Scroll ``field`` and its message (if one is shown) into view: the message first, then the
    field, so the field wins when both do not fit."""
    problem = message_of(field)
    if problem is not None:
        scroll_into_view(problem, 8)
    scroll_into_view(field, 8)


def _ancestors(widget: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def scrolled_column(body_name: str, scroll_name: str, parent: QWidget, parts: list[QWidget | QLayout]) -> QScrollArea:
    """``parts`` one under the other (no margins, room left below them) in a :func:`scrolled`
    area: a form or a summary that scrolls rather than squeezes."""
    body = QWidget()
    body.setObjectName(body_name)
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    return scrolled(body, scroll_name, parent)


def scrolled(body: QWidget, object_name: str, parent: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area that lets it take the width: forms and long texts
    scroll rather than squeeze (the on-screen keyboard can take half the screen)."""
    scroll = QScrollArea(parent)
    scroll.setObjectName(object_name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return kinetic(scroll)


def kinetic(area: Area) -> Area:
    """Let a finger scroll ``area``: drag it and it follows, flick it and it glides (QScroller),
    as people expect of a touch screen. Touch only: a mouse (staff at a desk) keeps selecting
    and clicking as before, and a tap on a button inside still is a plain click."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    no_overshoot = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, no_overshoot)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, no_overshoot)
    scroller.setScrollerProperties(properties)
    return area


def pictogram(name: str | None, size: int, parent: QWidget) -> QWidget | None:
    """The catalogue pictogram ``name`` drawn ``size`` pixels square, or None when it has none."""
    from PySide6.QtSvgWidgets import QSvgWidget

    from shared_kernel.pictograms import pictogram_path

    path = pictogram_path(name)
    if path is None:
        return None
    picture = QSvgWidget(str(path), parent)
    picture.setObjectName("pictogram")
    picture.setFixedSize(size, size)
    picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    return picture


_MARKS = {"L": "\u200e", "R": "\u200f", "AL": "\u200f"}  # left-to-right / right-to-left mark


def _first_direction(text: str) -> str:
    """The bidi class of ``text``'s first letter with a direction ("L", "R" or "AL"), or ""."""
    import unicodedata

    return next((kind for kind in map(unicodedata.bidirectional, text) if kind in _MARKS), "")


def left_to_right(text: str) -> str:
    """A phone number, an e-mail address or a web address: always read left to right, also inside
    an Arabic sentence ("+964 750…" must not show as "…750 964+"): a left-to-right isolate."""
    return f"\u2066{text}\u2069" if text else text


def own_words(text: str) -> str:
    """What a citizen wrote, kept in its own direction on a screen laid out the other way (a
    Danish idea on an Arabic screen ends with its full stop on the right): each line is framed
    by the direction mark of its first letter."""
    lines = []
    for line in text.split("\n"):
        mark = _MARKS.get(_first_direction(line), "")
        lines.append(f"{mark}{line}{mark}" if mark else line)
    return "\n".join(lines)


class WritingBox(QPlainTextEdit):
    """The box a citizen writes in. Its text starts on the side its first letter reads from
    (Arabic on the right, Danish on the left, as a line edit does); an empty box starts on the
    screen's side. Qt's plain text edit keeps every text on the left by itself. Tab moves on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideaText")
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._follow_direction)
        self._follow_direction()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_direction()

    def _follow_direction(self) -> None:
        first = _first_direction(self.toPlainText())
        right = first in ("R", "AL") if first else self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        option = self.document().defaultTextOption()
        if option.alignment() != side:  # only a change lays the text out again
            option.setAlignment(side)
            self.document().setDefaultTextOption(option)


def type_here(field: QWidget) -> None:
    """Put the cursor in ``field`` and open the on-screen keyboard, as a touch on it would: the
    citizen can type at once, without tapping the field first."""
    from PySide6.QtGui import QGuiApplication

    field.setFocus(Qt.FocusReason.OtherFocusReason)
    QGuiApplication.inputMethod().show()
