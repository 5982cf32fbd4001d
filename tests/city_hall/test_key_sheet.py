"""Issue 29: the municipality's private key on paper and back. The sheet is rendered to a picture
(as a scanner or a phone would give it), the QR codes are decoded, and the restored key file opens
with the passphrase and is the same key; the typed text works too, and a typing mistake is found on
its line. Nothing is ever written over a key file."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from city_hall.key_sheet import KeySheetError, payload_from_qr_texts, qr_parts, text_lines
from shared_kernel.command_line import main
from shared_kernel.resources import DEMO_PRIVATE_KEY
from shared_kernel.sealing import read_key_file
from tests.conftest import DEMO_KEY_PASSPHRASE


@pytest.fixture
def sheet(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    out = tmp_path / "nøgleark.pdf"
    assert main(["central", "key-sheet", "--key", str(DEMO_PRIVATE_KEY), "--out", str(out), "--municipality", "Randers Kommune"]) == 0
    return out


def _scan(pdf: Path, picture: Path, dpi: int = 150) -> Path:
    """The page as a scanner gives it: a grey picture at ``dpi``."""
    page = pypdfium2.PdfDocument(str(pdf))[0]
    page.render(scale=dpi / 72).to_pil().convert("L").save(picture)
    return picture


def _demo_json() -> str:
    return json.dumps(json.loads(DEMO_PRIVATE_KEY.read_text(encoding="utf-8")), separators=(",", ":"), sort_keys=True)


def test_the_sheet_round_trips_through_a_scan(sheet, tmp_path, capsys) -> None:
    reader = PdfReader(str(sheet))
    demo = read_key_file(DEMO_PRIVATE_KEY, DEMO_KEY_PASSPHRASE)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1 and "Nøgle til forseglede kontaktoplysninger" in text and demo.public.key_id in text
    assert "aflåst skab" in text and "Randers Kommune" in text
    restored = tmp_path / "nøgle.json"
    assert main(["central", "key-restore", "--scan", str(_scan(sheet, tmp_path / "side.png")), "--out", str(restored)]) == 0
    assert f"Key {demo.public.key_id} restored" in capsys.readouterr().out
    again = read_key_file(restored, DEMO_KEY_PASSPHRASE)
    assert bytes(again.private) == bytes(demo.private) and again.public == demo.public
    assert restored.stat().st_mode & 0o777 == 0o600


def test_the_typed_text_restores_it_and_a_typing_mistake_is_found_on_its_line(sheet, tmp_path, capsys) -> None:
    lines = text_lines(_demo_json())
    typed = tmp_path / "tekst.txt"
    typed.write_text("\n".join(line.lower() for line in lines) + "\n", encoding="utf-8")  # case and spaces do not matter
    out = tmp_path / "fra-tekst.json"
    assert main(["central", "key-restore", "--text", str(typed), "--out", str(out)]) == 0
    assert read_key_file(out, DEMO_KEY_PASSPHRASE).public.key_id == read_key_file(DEMO_PRIVATE_KEY, DEMO_KEY_PASSPHRASE).public.key_id
    wrong = list(lines)
    first = wrong[2][0]
    wrong[2] = ("B" if first != "B" else "C") + wrong[2][1:]  # one letter mistyped on the third line
    typed.write_text("\n".join(wrong), encoding="utf-8")
    assert main(["central", "key-restore", "--text", str(typed), "--out", str(tmp_path / "x.json")]) == 1
    assert "Line 3 of the text has a typing mistake" in capsys.readouterr().err and not (tmp_path / "x.json").exists()


def test_a_wrong_passphrase_or_an_existing_file_writes_nothing(sheet, tmp_path, monkeypatch, capsys) -> None:
    scan = _scan(sheet, tmp_path / "side.png")
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", "not the passphrase at all")
    out = tmp_path / "nøgle.json"
    assert main(["central", "key-restore", "--scan", str(scan), "--out", str(out)]) == 1
    assert "passphrase does not open" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("MOKOKO_KEY_PASSPHRASE", DEMO_KEY_PASSPHRASE)
    out.write_text("someone's key", encoding="utf-8")
    assert main(["central", "key-restore", "--scan", str(scan), "--out", str(out)]) == 1
    assert "never overwritten" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "someone's key"


def test_a_page_without_the_codes_says_what_to_do(sheet, tmp_path, capsys) -> None:
    from PIL import Image

    blank = tmp_path / "blank.png"
    Image.new("L", (800, 600), 255).save(blank)
    assert main(["central", "key-restore", "--scan", str(blank), "--out", str(tmp_path / "k.json")]) == 1
    assert "Not every QR code of the key sheet could be read (found none)" in capsys.readouterr().err


def test_a_key_in_several_codes_is_put_together_in_any_order() -> None:
    payload = "x" * 1500  # longer than one code carries
    parts = qr_parts(payload)
    assert len(parts) == 3 and parts[0].startswith("MOKOKO-KEY 1/3 ")
    assert payload_from_qr_texts([parts[2], "https://example.dk", parts[0], parts[1], parts[0]]) == payload
    with pytest.raises(KeySheetError, match="found 2 of 3"):
        payload_from_qr_texts([parts[0], parts[2]])
