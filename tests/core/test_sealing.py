"""Sealing personal data (issue 13): what a kiosk seals only the municipality's private key opens;
the key file needs its passphrase; an old key still opens old records after a new one came."""

from __future__ import annotations

import stat

import pytest

from shared_kernel.sealing import SealingError, new_key_pair, open_sealed, read_key_file, seal, sealed_key_id, write_key_file
from tests.conftest import demo_key

PASSPHRASE = "en lang nok sætning"


def test_sealed_fields_open_only_with_the_private_key() -> None:
    pair, other = new_key_pair(), new_key_pair()
    sealed = seal(pair.public, {"name": "Åse Ørsted", "phone": "+4520304050"})
    assert "Åse" not in sealed and "20304050" not in sealed and sealed_key_id(sealed) == pair.public.key_id
    assert seal(pair.public, {"name": "Åse Ørsted"}) != seal(pair.public, {"name": "Åse Ørsted"})  # never the same twice
    assert open_sealed(pair, sealed) == {"name": "Åse Ørsted", "phone": "+4520304050"}
    with pytest.raises(SealingError, match="sealed to key"):
        open_sealed(other, sealed)
    with pytest.raises(SealingError, match="damaged"):
        open_sealed(pair, sealed[:-8] + "AAAAAAA=")


def test_the_key_file_needs_its_passphrase_and_is_never_overwritten(tmp_path) -> None:
    pair = new_key_pair()
    path = tmp_path / "kommunen.key"
    with pytest.raises(SealingError, match="at least 12"):
        write_key_file(path, pair, "kort")
    write_key_file(path, pair, PASSPHRASE)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert pair.public.public_key in path.read_text() and "private" in path.read_text()
    with pytest.raises(SealingError, match="never overwritten"):
        write_key_file(path, new_key_pair(), PASSPHRASE)
    with pytest.raises(SealingError, match="passphrase does not open"):
        read_key_file(path, "forkert passphrase her")
    opened = read_key_file(path, PASSPHRASE)
    assert open_sealed(opened, seal(pair.public, {"email": "aase@example.dk"})) == {"email": "aase@example.dk"}


def test_after_a_new_key_the_old_records_open_with_the_old_key() -> None:
    old, new = new_key_pair(), new_key_pair()
    before, after = seal(old.public, {"name": "Før"}), seal(new.public, {"name": "Efter"})
    assert [open_sealed([new, old], value) for value in (before, after)] == [{"name": "Før"}, {"name": "Efter"}]


def test_the_demo_kiosk_seals_to_the_demo_key_whose_private_half_ships_with_its_passphrase(kiosk) -> None:
    public = kiosk.sealing_key()
    assert public is not None
    demo = demo_key()  # the demo catalogue's key, its passphrase documented in the README
    assert demo.public == public
    assert open_sealed(demo, seal(public, {"name": "Åse"})) == {"name": "Åse"}


def test_a_catalogue_key_must_be_named_by_itself(tmp_path) -> None:
    import json

    from shared_kernel.catalogue_file import CatalogueError, read_catalogue

    pair = new_key_pair()
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"sealing_keys": [{"key_id": "0123456789abcdef", "public_key": pair.public.public_key}]}))
    with pytest.raises(CatalogueError, match=r"sealing_keys\[0\].*key_id does not belong"):
        read_catalogue(path)
