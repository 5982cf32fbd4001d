"""Printing a receipt, as the core sees it: a printer is anything with ``print_pdf`` (the Qt
print queue in ``ui.kiosk.printing``; a fake in tests: the one piece of hardware tests may fake)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

NO_PRINTER, NOT_ACCEPTED, UNREADABLE = "no_printer", "not_accepted", "unreadable"  # why a receipt did not print
OUT_OF_PAPER, OFFLINE = "out_of_paper", "offline"  # what a print system reports of the printer (CUPS: mokoko_desktop/cups.py)


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to a print job. ``printer`` is the queue's name ("" when none); ``problem``
    the kind of failure a person is told (``NO_PRINTER``, ``NOT_ACCEPTED``, ``UNREADABLE``);
    ``detail`` the print system's own words, for the log and a tooltip only."""

    printed: bool
    printer: str
    detail: str = ""
    problem: str = NOT_ACCEPTED


class ReceiptPrinter(Protocol):
    def print_pdf(self, pdf: Path) -> PrintOutcome: ...
