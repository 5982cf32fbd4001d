"""Printing a receipt, as the core sees it: a printer is anything with ``print_pdf`` (the Qt
print queue in ``ui.kiosk.printing``; a fake in tests: the one piece of hardware tests may fake)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to a print job. ``printer`` is the queue's name ("" when none)."""

    printed: bool
    printer: str
    detail: str = ""


class ReceiptPrinter(Protocol):
    def print_pdf(self, pdf: Path) -> PrintOutcome: ...
