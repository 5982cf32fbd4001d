"""Where the shipped resources are: fonts, translations, styles, pictograms, the demo catalogue
and the demo key (the ``resources`` folder, installed with the package)."""

from __future__ import annotations

from pathlib import Path

import resources

RESOURCES_DIR = Path(resources.__file__).resolve().parent
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
STYLES_DIR = RESOURCES_DIR / "styles"
ICONS_DIR = RESOURCES_DIR / "icons"
DEMO_CATALOGUE = RESOURCES_DIR / "demo" / "catalogue.json"
DEMO_PRIVATE_KEY = RESOURCES_DIR / "demo" / "demo-private-key.json"  # its passphrase is public (README): a demo only
