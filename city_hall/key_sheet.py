"""A recovery sheet for the municipality's private key, on paper: losing the key file makes every
sealed contact detail unreadable for ever, so it is printed and locked away as well.

``mokoko central key-sheet --key KEYFILE --out sheet.pdf`` writes one A4 page: the key file as it
is (still encrypted with its passphrase: the sheet alone opens nothing) in QR codes and as text to
type if a code will not scan, its key id, the date, and what to do. ``mokoko central key-restore``
reads it back from scans or photos of the page (PNG, JPEG) or from the typed text, writes a new
key file (never over one) and checks that the passphrase opens it.

The payload is the key file's JSON, compact, in parts of :data:`PART_CHARS` characters; each QR
code carries ``MOKOKO-KEY i/n <part>``. The text is the same JSON in base32 (no letters that look
alike in lower and upper case), in groups of four, each line ending in two check characters, so a
typing mistake is found on the line where it was made.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import zlib
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from shared_kernel.sealing import KEY_FILE_FORMAT, KeyPair, SealingError, read_key_file

PART_CHARS = 600  # a QR code of this many bytes still scans from a phone photo of a printed page
QR_PREFIX = "MOKOKO-KEY"
GROUP, GROUPS_A_LINE = 4, 8
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_LOOK_ALIKE = str.maketrans("018", "OIB")  # base32 has no 0, 1 or 8: typed for O, I and B


class KeySheetError(SealingError):
    """The sheet cannot be made or read back; ``str()`` says why, and what to do."""


def _key_json(key_file: Path) -> str:
    """The key file's JSON, compact; refuses a file that is not a MOKOKO key file."""
    try:
        content = json.loads(key_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise KeySheetError(f"The key file {key_file} cannot be read: {error}") from None
    if not isinstance(content, dict) or content.get("format") != KEY_FILE_FORMAT:
        raise KeySheetError(f"{key_file} is not a MOKOKO key file.")
    return json.dumps(content, separators=(",", ":"), sort_keys=True)


def qr_parts(payload: str) -> list[str]:
    """The texts of the sheet's QR codes: ``MOKOKO-KEY i/n <part>``."""
    parts = [payload[start : start + PART_CHARS] for start in range(0, len(payload), PART_CHARS)]
    return [f"{QR_PREFIX} {number}/{len(parts)} {part}" for number, part in enumerate(parts, start=1)]


def text_lines(payload: str) -> list[str]:
    """The payload as lines to type: base32 in groups, each line ending in two check characters."""
    letters = base64.b32encode(payload.encode()).decode().rstrip("=")
    per_line = GROUP * GROUPS_A_LINE
    lines = []
    for start in range(0, len(letters), per_line):
        chunk = letters[start : start + per_line]
        groups = " ".join(chunk[at : at + GROUP] for at in range(0, len(chunk), GROUP))
        lines.append(f"{groups}  {_check(chunk)}")
    return lines


def _check(chunk: str) -> str:
    value = zlib.crc32(chunk.encode()) & 0x3FF
    return _ALPHABET[value >> 5] + _ALPHABET[value & 31]


def payload_from_text(typed: str) -> str:
    """The payload from the sheet's text as typed (spaces, case and blank lines do not matter).
    Raises :class:`KeySheetError` naming the first line with a typing mistake."""
    letters = []
    for number, raw in enumerate((line for line in typed.splitlines() if line.strip()), start=1):
        *groups, check = raw.upper().translate(_LOOK_ALIKE).split()
        chunk = "".join(groups)
        if not groups or _check(chunk) != check:
            raise KeySheetError(
                f"Line {number} of the text has a typing mistake (its check characters do not fit); compare it with the sheet."
            )
        letters.append(chunk)
    joined = "".join(letters)
    try:
        return base64.b32decode(joined + "=" * (-len(joined) % 8)).decode()
    except (ValueError, UnicodeDecodeError):
        raise KeySheetError("The text is not a whole key: a line may be missing.") from None


def payload_from_qr_texts(texts: Iterable[str]) -> str:
    """The payload from the texts of the sheet's QR codes (any order, repeats allowed)."""
    parts: dict[int, str] = {}
    total = 0
    for text in texts:
        head, _, part = text.partition(" ")
        numbering, _, part = part.partition(" ")
        if head != QR_PREFIX or "/" not in numbering:
            continue  # another code in the picture
        number, _, of = numbering.partition("/")
        if not (number.isdigit() and of.isdigit()):
            continue
        parts[int(number)], total = part, int(of)
    missing = [str(number) for number in range(1, total + 1) if number not in parts]
    if not parts or missing:
        found = f"found {len(parts)} of {total}" if parts else "found none"
        raise KeySheetError(f"Not every QR code of the key sheet could be read ({found}); scan the whole page again, or type the text.")
    return "".join(parts[number] for number in range(1, total + 1))


def qr_texts_in_images(images: Iterable[Path]) -> list[str]:
    """The texts of every QR code in scans or photos of the sheet."""
    import zxingcpp
    from PIL import Image

    texts = []
    for path in images:
        try:
            with Image.open(path) as picture:
                found = zxingcpp.read_barcodes(picture.convert("L"), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
        except OSError as error:
            raise KeySheetError(f"{path} cannot be read as a picture: {error}") from None
        texts += [code.text for code in found]
    return texts


def restore_key(payload: str, out: Path, passphrase: str) -> KeyPair:
    """Write the key file carried by ``payload`` to ``out`` (a new file) and open it with
    ``passphrase`` to prove it whole. Raises :class:`KeySheetError` (nothing left at ``out``)."""
    try:
        content = json.loads(payload)
    except ValueError:
        raise KeySheetError("What was read is not a whole key file.") from None
    if not isinstance(content, dict) or content.get("format") != KEY_FILE_FORMAT:
        raise KeySheetError("What was read is not a MOKOKO key file.")
    try:
        handle = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeySheetError(f"{out} exists already; a key file is never overwritten.") from None
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        json.dump(content, file, indent=1)
    try:
        return read_key_file(out, passphrase)
    except SealingError as error:
        out.unlink()
        raise KeySheetError(f"The key was read back, but {str(error)[0].lower()}{str(error)[1:]}") from None


def write_key_sheet(key_file: Path, out: Path, municipality: str = "") -> Path:
    """Write the recovery sheet of ``key_file`` to ``out`` (one A4 page, atomically)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    from shared_kernel.pdf_kit import style, write_a4

    payload = _key_json(key_file)
    key_id = json.loads(payload)["key_id"]
    codes = []
    size = 80 * mm  # two side by side on a page
    for text in qr_parts(payload):
        widget = QrCodeWidget(text, barLevel="M")
        left, bottom, right, top = widget.getBounds()
        drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
        drawing.add(widget)
        codes.append(drawing)
    mono = style("key_text", 8.5)
    mono.fontName = "Courier"
    mono.leading = 10.5
    story = [
        Paragraph(escape(municipality or "MOKOKO"), style("key_municipality", 11)),
        Paragraph("Nøgle til forseglede kontaktoplysninger", style("key_title", 18, bold=True, space_after=4)),
        Paragraph(
            f"Nøgle-id <b>{escape(key_id)}</b> · udskrevet {dt.date.today():%d.%m.%Y}. Arket er nøglefilen, stadig krypteret med "
            "adgangsfrasen: uden den kan ingen åbne noget med arket. Læg arket i et aflåst skab et andet sted end serveren, "
            "og opbevar adgangsfrasen for sig. Mistes både nøglefilen og arket, kan ingen forseglede oplysninger læses igen.",
            style("key_what", 10, space_after=6),
        ),
        Table([codes[index : index + 2] for index in range(0, len(codes), 2)], hAlign="LEFT"),
        Spacer(1, 4 * mm),
        Paragraph(
            "Genskab nøglen: scan eller fotografér siden og kør <font name='Courier'>mokoko central key-restore --scan side.png "
            "--out nøgle.json</font>. Kan en kode ikke læses, så skriv teksten herunder af i en fil og brug <font name='Courier'>"
            "--text fil.txt</font>; de to sidste tegn på hver linje fanger en tastefejl.",
            style("key_how", 9.5, space_after=4),
        ),
        *(Paragraph(escape(line), mono) for line in text_lines(payload)),
    ]
    return write_a4(out, story, title=f"MOKOKO key {key_id}", author=municipality, top_mm=14, bottom_mm=12)
