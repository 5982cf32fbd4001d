"""Scripts for developers and CI, run from the checkout: python tools/NAME.py."""
