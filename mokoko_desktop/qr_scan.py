"""Reading a QR code from a camera picture (zxing-cpp): a receipt's code at "Kvitteringer", or a
kiosk's connection from ``mokoko central add-device --qr``. Qt-free: the picture comes as 8-bit
grey rows. Safe to call from a worker thread."""

from __future__ import annotations


def read_qr(grey: bytes, width: int, height: int) -> str | None:
    """The text of the first QR code in a ``width`` x ``height`` picture of one byte per pixel
    (rows one after the other), or None when there is none (or only a part of one)."""
    import zxingcpp  # loaded when a camera is used

    if width <= 0 or height <= 0 or len(grey) != width * height:
        raise ValueError(f"{len(grey)} bytes is not a {width}x{height} grey picture")
    QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)  # noqa: N806 - a constant, made where zxing loads
    found = zxingcpp.read_barcodes(memoryview(grey).cast("B", (height, width)), formats=QR_ONLY)
    return found[0].text if found else None
