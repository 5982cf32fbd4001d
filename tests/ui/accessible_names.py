"""What a screen reader (Orca, through Qt's accessibility interface) calls each control of a
screen: every control a person can touch or type into must have a name made of words."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QSlider, QAbstractItemView, QTabBar)
# Not controls of their own: a scroll bar (a screen reader says "scroll bar" and its position) and a
# table's header (read through the table, as its column names).
NOT_CONTROLS = (QScrollBar, QHeaderView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible controls under ``root`` whose accessible name has no letter or digit: what
    a screen reader could only call "button" or "edit"."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or isinstance(widget, NOT_CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line inside a combo or spin box: read as that box
        name = accessible_name(widget)
        if not any(character.isalnum() for character in name):
            found.append(f"{type(widget).__name__} {widget.objectName() or '?'} in {type(widget.parentWidget()).__name__}: {name!r}")
    return sorted(set(found))
