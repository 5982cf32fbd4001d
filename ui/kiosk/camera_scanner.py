"""A camera that reads QR codes, where Qt Multimedia has one: staff hold a receipt, or the QR
code city hall made for a new kiosk, in front of it. Without a camera nothing of this shows (a
USB scanner, which types like a keyboard, or the on-screen keyboard works everywhere)."""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mokoko_desktop.qr_scan import read_qr
from ui.common.tasks import run_in_background
from ui.common.widgets import TranslatedWidget, button, label

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QCamera, QVideoFrame

READ_EVERY_SECONDS = 0.25  # a frame at a time is read off the GUI thread, about four a second
PREVIEW_HEIGHT = 240


@functools.cache
def camera_available() -> bool:
    """Whether this machine has a camera Qt Multimedia can use (asked once)."""
    # Optional speed-ups Qt Multimedia looks for (PipeWire, VA-API) are not needed to read a QR code.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.videoInputs())


def grey_rows(image: QImage) -> tuple[bytes, int, int]:
    """``image`` as 8-bit grey rows without padding, for :func:`read_qr`."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    raw = bytes(grey.constBits())[: stride * height]
    rows = raw if stride == width else b"".join(raw[row * stride : row * stride + width] for row in range(height))
    return rows, width, height


class CameraScanner(TranslatedWidget):
    """A small viewfinder that reads the first QR code the camera sees, then stops.

    Signals:
        scanned(str): the QR code's text.
        closed(): staff closed the camera without a code.
    """

    scanned = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaCaptureSession, QVideoSink

        self.setObjectName("cameraScanner")
        self.preview = QLabel(self)
        self.preview.setFixedHeight(PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label("staffInfo", self)
        self.close_button = button("secondary", self)
        self.close_button.clicked.connect(self._close)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self.frame_arrived)
        self._camera: QCamera | None = None
        self._reading = False
        self._last_read = 0.0
        side = QVBoxLayout()
        side.addWidget(self.hint)
        side.addStretch(1)
        side.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addLayout(side, 1)
        self._retranslate()

    def start(self) -> None:
        """Start the machine's default camera."""
        from PySide6.QtMultimedia import QCamera, QMediaDevices

        if self._camera is None:
            self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
            self._camera.errorOccurred.connect(lambda _error, text: self.hint.setText(text))
            self._session.setCamera(self._camera)
        self._camera.start()
        self.show()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self.hide()

    def frame_arrived(self, frame: QVideoFrame) -> None:
        """A picture from the camera: shown, and now and then read for a QR code."""
        image = frame.toImage()
        if image.isNull():
            return
        self.preview.setPixmap(QPixmap.fromImage(image).scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.FastTransformation))
        if self._reading or time.monotonic() - self._last_read < READ_EVERY_SECONDS:
            return
        self._reading, self._last_read = True, time.monotonic()
        rows, width, height = grey_rows(image)
        run_in_background(lambda: read_qr(rows, width, height), self._read, self._read_failed, owner=self)

    def _read(self, text: str | None) -> None:
        self._reading = False
        if text and self.isVisible():
            self.stop()
            self.scanned.emit(text)

    def _read_failed(self, _error: Exception) -> None:
        self._reading = False

    def _close(self) -> None:
        self.stop()
        self.closed.emit()

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("Hold the QR code in front of the camera, about 20 cm away."))
        self.close_button.setText(self.tr("Close the camera"))


class CameraReader(QObject):
    """A screen's "Scan med kamera" button (shown only where there is a camera) and its
    viewfinder, made in ``slot`` when first used.

    Signals:
        scanned(str): a QR code's text.
    """

    scanned = Signal(str)

    def __init__(self, parent: QWidget, slot: QVBoxLayout) -> None:
        super().__init__(parent)
        self._parent, self._slot = parent, slot
        self.button = button("secondary", parent)
        self.button.setVisible(camera_available())
        self.button.clicked.connect(self.open)
        self.scanner: CameraScanner | None = None
        self.retranslate()

    def open(self) -> None:
        if self.scanner is None:
            self.scanner = CameraScanner(self._parent)
            self.scanner.scanned.connect(self.scanned)
            self._slot.addWidget(self.scanner)
        self.scanner.start()

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("CameraScanner", "Scan with the camera"))
