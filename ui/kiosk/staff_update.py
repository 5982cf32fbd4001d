"""On the staff panel: "Ny version klar" when city hall offers a newer version, and installing it
(:mod:`mokoko_desktop.updates`) from a USB stick or city hall's address, on a worker thread while
the kiosk goes on working. Once installed, the new version starts when the kiosk starts again: at
once if staff tap "Start again now" (the kiosk ends and its session starts it), else at the next
morning's start, so nobody in the middle of an idea is cut off. If the new version does not start,
the session goes back to this one."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from mokoko_desktop import __version__, updates
from shared_kernel.kiosk_bundles import BundleError
from ui.common.tasks import run_in_background
from ui.common.widgets import TranslatedWidget, button, label

if TYPE_CHECKING:
    from mokoko_desktop.kiosk import Kiosk

log = logging.getLogger(__name__)


class StaffUpdate(TranslatedWidget):
    """Hidden while there is nothing to say.

    Signals:
        restart_requested(): staff want the installed version now: end the kiosk so that it starts again.
    """

    restart_requested = Signal()

    def __init__(self, kiosk: Kiosk, parent: QWidget | None = None, *, root: Path | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._root = root  # the installation; None: the one this program runs from, if any
        self._state: updates.UpdateState | None = None
        self._said: tuple[str, str] | None = None  # what happened last: (what, version)
        self._busy = False
        self.note = label("staffInfo", self)
        self.install_button = button("secondary", self)
        self.install_button.clicked.connect(self._install)
        self.restart_button = button("secondary", self)  # once it is installed
        self.restart_button.clicked.connect(self.restart_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.install_button)
        row.addWidget(self.restart_button)
        self.hide()
        self._retranslate()

    def refresh(self) -> None:
        """Read the offer again (after a sync), off the GUI thread."""
        if self._busy:
            return
        kiosk, root = self._kiosk, self._root
        run_in_background(lambda: updates.update_state(kiosk, root), self._show_state, self._unreadable, owner=self)

    def _unreadable(self, error: Exception) -> None:
        log.warning("Whether a new version is offered could not be read: %s", error)

    def _show_state(self, state: updates.UpdateState) -> None:
        self._state = state
        self._retranslate()

    def _install(self) -> None:
        state = self._state
        if state is None or state.offer is None:
            return
        self._busy = True
        self._said = ("installing", state.offer.version)
        self._retranslate()
        kiosk, root = self._kiosk, self._root
        run_in_background(lambda: updates.install_offered(kiosk, root=root), self._installed, self._failed, owner=self)

    def _installed(self, version: str) -> None:
        self._said = ("installed", version)
        self._retranslate()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        kind = error.kind if isinstance(error, BundleError) else "install"
        log.warning("The new version was not installed (%s): %s", kind, error)
        self._said = (kind, self._state.offer.version if self._state and self._state.offer else "")
        self._retranslate()

    def _outcome_text(self, what: str, version: str) -> str:
        if what == "installing":
            return self.tr("Installing version %1… The kiosk works as usual meanwhile; this takes a few minutes.").replace("%1", version)
        if what == "installed":
            return self.tr(
                "Version %1 is installed. It starts when the kiosk starts again: now with the button, or at the next start."
            ).replace("%1", version)
        if what == "missing":
            return self.tr("No USB stick with version %1 was found. Put the stick from city hall in and try again.").replace("%1", version)
        if what in ("not_offered", "damaged"):
            return self.tr(
                "The version found is not the one the municipality offered, or it is damaged; nothing was changed. "
                "Ask IT for a new USB stick."
            )
        if what == "download":
            return self.tr(
                "Version %1 could not be downloaded; nothing was changed. Try again when the kiosk is online, or use a USB stick."
            ).replace("%1", version)
        return self.tr("Version %1 could not be installed; nothing was changed. The details are in the log.").replace("%1", version)

    def _retranslate(self) -> None:
        state, said = self._state, self._said
        offer = state.offer if state else None
        lines: list[str] = []
        if state is not None and state.fell_back_from:
            went_back = self.tr("Version %1 did not start on this kiosk, so it went back to %2. The kiosk works as before; tell IT.")
            lines.append(went_back.replace("%1", state.fell_back_from).replace("%2", __version__))
        if offer is not None and offer.version != (state.fell_back_from if state else None):
            ready = self.tr("A new version is ready: %1 (this kiosk has %2).").replace("%1", offer.version).replace("%2", __version__)
            if not (state and state.installed_here):
                ready += " " + self.tr("This kiosk was not installed from a bundle, so IT updates it.")
            elif said is None:
                ready += " " + self.tr("Installing takes a few minutes while the kiosk works as usual.")
            lines.append(ready)
        if said is not None:
            lines.append(self._outcome_text(*said))
        self.note.setText("\n".join(lines))
        can_install = bool(state and state.can_install) and not self._busy
        self.install_button.setVisible(can_install)
        self.install_button.setText(self.tr("Install version %1").replace("%1", offer.version) if offer else "")
        self.restart_button.setVisible(bool(said and said[0] == "installed"))
        self.restart_button.setText(self.tr("Start again now"))
        self.setVisible(bool(lines))
