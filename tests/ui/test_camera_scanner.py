"""Reading a QR code with a camera, where Qt Multimedia has one. The camera is hardware, so the
test hands the scanner the frames a camera would send (a receipt's QR code in a picture); the
reading, the screen and what happens next are the real ones."""

from __future__ import annotations

import io

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtMultimedia import QVideoFrame

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.qr_scan import read_qr
from shared_kernel.receipt_codes import format_code
from ui.kiosk.camera_scanner import CameraScanner, grey_rows


def _camera_picture(text: str) -> QImage:
    """A 640x480 camera picture with the QR code of ``text`` in it, a bit off centre."""
    png = io.BytesIO()
    qrcode.make(text, box_size=5).save(png)
    code = QImage.fromData(png.getvalue())
    picture = QImage(640, 480, QImage.Format.Format_RGB32)
    picture.fill(0x8A8070)  # a grey-brown counter top
    painter = QPainter(picture)
    painter.drawImage(260, 90, code)
    painter.end()
    return picture


def test_read_qr_finds_the_code_or_says_none() -> None:
    rows, width, height = grey_rows(_camera_picture("https://mokoko.randers.dk/f/S3P9VH7B58"))
    assert read_qr(rows, width, height) == "https://mokoko.randers.dk/f/S3P9VH7B58"
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    assert read_qr(*grey_rows(blank)) is None


def test_a_receipt_held_to_the_camera_fills_in_its_code(qtbot, kiosk, make_window) -> None:
    idea = kiosk.submit(IdeaDraft(theme_code="andet", text="Lys på stien"))
    window = make_window(kiosk)
    window.staff.open_panel()
    qtbot.mouseClick(window.staff.panel.receipts_button, Qt.MouseButton.LeftButton)
    screen = window.staff.receipts
    scanner = CameraScanner(screen)  # what "Scan med kamera" opens; no camera on a test machine
    scanner.scanned.connect(screen._scanned)
    scanner.show()
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0x8A8070)
    scanner.frame_arrived(QVideoFrame(blank))  # nothing to read yet
    qtbot.waitUntil(lambda: not scanner._reading, timeout=5_000)
    assert screen.code_edit.text() == "" and scanner.isVisible()
    scanner._last_read = 0.0  # the next frame, a quarter of a second later
    with qtbot.waitSignal(scanner.scanned, timeout=5_000):
        scanner.frame_arrived(QVideoFrame(_camera_picture(kiosk.followup_url(idea.receipt_code))))
    assert screen.code_edit.text() == kiosk.followup_url(idea.receipt_code) and not scanner.isVisible()
    assert screen.result.text() == "Koden er læst: udskriv kvitteringen igen, eller giv madkurven."
    assert screen.camera.button.isVisible() is False  # no camera here: the button is not offered
    qtbot.mouseClick(screen.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.result.text() == f"Kvittering {format_code(idea.receipt_code)} er udskrevet igen.", timeout=10_000)
