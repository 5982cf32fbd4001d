"""``mokoko office hand-over``: city hall hands volunteers' contact details to the associations
that run their opportunities, sealed to each association's own key (issue 31). ``mokoko office
notify`` does the same at every run; this is for doing it now. An association's own login uses
``mokoko office signups``, ``signup-status`` and ``contact`` (with its key file) like city hall."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from city_hall.command_line.keys import add_key_options, key_files
from shared_kernel.command_line import EXIT_OK

if TYPE_CHECKING:
    from city_hall.office import Office


def register(command: Callable[[str, Any, str], argparse.ArgumentParser]) -> None:
    hand_over = command("hand-over", hand_over_now, "give associations their new volunteers' contact details (sealed to their key)")
    add_key_options(hand_over, "the municipality's key file (default: $MOKOKO_KEY_FILE); again for a key it replaced")


def hand_over_now(args: argparse.Namespace, office: Office) -> int:
    handed = office.hand_over_due(key_files(args.key, args.key_passphrase_file))
    print(f"Handed {handed} volunteers' contact details to the associations running their opportunities (each look is logged).")
    return EXIT_OK
