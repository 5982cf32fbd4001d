"""The municipality's key, opened once per session of the office app: contact details arrive
sealed and are opened here, on this machine, never by the database."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from shared_kernel.sealing import PASSPHRASE_ENV
from ui.common.tasks import run_in_background

if TYPE_CHECKING:
    from city_hall.contact_details import ContactDetails
    from city_hall.office import Office
    from shared_kernel.sealing import KeyPair

T = TypeVar("T")
KEY_FILE_ENV = "MOKOKO_KEY_FILE"  # where the key files are (os.pathsep between), so the app does not ask


class KeyRing(QObject):
    """Opens contact details for the office window: asks for the key files (the newest and any it
    replaced) and their passphrases the first time (or takes them from $MOKOKO_KEY_FILE and
    $MOKOKO_KEY_PASSPHRASE), keeps the opened keys in memory until the app closes, and asks again
    next time if they did not open. ``problem``: where a failure is shown when the caller has no
    handler of its own (the window's problem line)."""

    def __init__(self, office: Office, parent: QWidget, problem: Callable[[Exception], None], *, own_key: bool = False) -> None:
        super().__init__(parent)
        self._own_key = own_key  # an association's window: its own key file, not the municipality's
        self._office = office
        self._parent = parent
        self._problem = problem
        self._keys: list[KeyPair] = []

    @property
    def key_ids(self) -> list[str]:
        """The keys opened in this session (none until the first look at contact details)."""
        return [pair.public.key_id for pair in self._keys]

    @property
    def quiet(self) -> bool:
        """Whether the keys can be opened without asking anyone (opened already, or given in the
        environment): what a timer may do."""
        return bool(self._keys) or bool(_given_files() and os.environ.get(PASSPHRASE_ENV))

    def with_keys(
        self,
        work: Callable[[list[KeyPair]], T],
        done: Callable[[T], None],
        *,
        ask: bool = True,
        failed: Callable[[Exception], None] | None = None,
    ) -> bool:
        """Run ``work(keys)`` off the GUI thread with the opened keys, then ``done(result)``.
        Reading a key file takes a second (a slow password hash, on purpose), so that runs off
        the GUI thread too. False if nothing was run: the person cancelled, or ``ask`` is off
        and the keys cannot be opened without asking."""
        from shared_kernel.sealing import read_key_file

        keys = list(self._keys)
        if not keys and not ask and not self.quiet:
            return False
        files = [] if keys else self._ask()
        if not keys and not files:
            return False

        def job() -> tuple[list[KeyPair], T]:
            opened = keys or [read_key_file(path, phrase) for path, phrase in files]
            return opened, work(opened)

        def finished(result: tuple[list[KeyPair], T]) -> None:
            self._keys = result[0]
            done(result[1])

        run_in_background(job, finished, failed or self._problem, owner=self._parent)
        return True

    def open_contact(self, code: str, why: str, kind: str, shown: Callable[[ContactDetails], None]) -> None:
        """Reveal (logged) and open the contact details of ``code``, then call ``shown``."""
        office = self._office
        self.with_keys(lambda keys: office.open_contact(code, why, keys, kind), shown)

    def _ask(self) -> list[tuple[Path, str]]:
        """The key files (the newest and any it replaced: several may be chosen) and each one's
        passphrase; empty if the person cancelled."""
        chosen = (
            _given_files()
            or QFileDialog.getOpenFileNames(
                self._parent,
                self.tr("Your association's key file") if self._own_key else self.tr("The municipality's key files"),
                str(Path.home()),
                self.tr("Key files (*.json *.key);;All files (*)"),
            )[0]
        )
        files = []
        for name in chosen:
            phrase = os.environ.get(PASSPHRASE_ENV)
            if not phrase:
                phrase, accepted = QInputDialog.getText(
                    self._parent,
                    self.tr("Passphrase"),
                    self.tr("The passphrase of %1 (asked once while the app is open):").replace("%1", Path(name).name),
                    QLineEdit.EchoMode.Password,
                )
                if not accepted or not phrase:
                    return []
            files.append((Path(name), phrase))
        return files


def _given_files() -> list[str]:
    return [name for name in os.environ.get(KEY_FILE_ENV, "").split(os.pathsep) if name]
