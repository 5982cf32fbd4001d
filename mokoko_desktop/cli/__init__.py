"""The kiosk's commands: what staff and scripts do without a window, and ``mokoko kiosk``, which
starts it. Registered with the ``mokoko`` dispatcher (:mod:`shared_kernel.command_line`) as the
entry point ``kiosk``.

One module per command group; each registers its sub-commands with ``set_defaults(run=...)``:
``with_kiosk(handler)`` for a handler that takes the opened kiosk core, ``with_data_dir(handler)``
for one that needs only the data folder (the kiosk window, a quick look-up).
"""

from __future__ import annotations

from shared_kernel.command_line import CommandGroups, require

# The kiosk's top-level commands, named here so that a machine without the kiosk can say so.
COMMANDS = (
    "kiosk",
    "idea",
    "opportunity",
    "signup",
    "offer",
    "followup",
    "receipt",
    "voucher",
    "day",
    "theme",
    "stop",
    "catalogue",
    "staff",
    "settings",
    "sync",
    "demo",
    "update",
)


def register(groups: CommandGroups) -> None:
    """The kiosk's commands (the entry point ``kiosk`` in pyproject.toml)."""
    require("kiosk", COMMANDS)
    from mokoko_desktop.cli import catalogue, day, demo, followup, ideas, kiosk, receipts, staff, sync_command, update, volunteering
    from mokoko_desktop.cli.common import kiosk_options

    options = kiosk_options(groups.common)
    for group in (kiosk, ideas, volunteering, followup, receipts, day, catalogue, staff, sync_command, update, demo):
        group.register(groups, options)
