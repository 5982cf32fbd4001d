"""A QR code drawn module by module: sharp at any size, no image files."""

from __future__ import annotations

import qrcode
import qrcode.constants
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class QrCodeWidget(QWidget):
    """Shows ``data`` as a QR code, square, as large as the widget allows."""

    def __init__(self, data: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.set_data(data)

    def set_data(self, data: str) -> None:
        self._data = data
        self._matrix = []
        if data:
            code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
            code.add_data(data)
            code.make(fit=True)
            self._matrix = code.get_matrix()
        self.update()

    def data(self) -> str:
        return self._data

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(280, 280)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self._matrix:
            return
        side = min(self.width(), self.height())
        modules = len(self._matrix)
        cell = side / modules
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, side, side), Qt.GlobalColor.white)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for row_index, row in enumerate(self._matrix):
            for column, dark in enumerate(row):
                if dark:
                    # a hair larger than the cell so no seams appear between modules
                    painter.drawRect(QRectF(left + column * cell, top + row_index * cell, cell + 0.5, cell + 0.5))
        painter.end()
