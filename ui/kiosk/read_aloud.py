"""Read aloud ("Læs op"): the current step's question and choices, spoken in the citizen's
language with Qt TextToSpeech (speech-dispatcher with espeak-ng on Linux).

Without sound output, a speech engine, or a voice for the language, the button is hidden rather
than broken: a kiosk never offers what it cannot do.
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import socket
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from shared_kernel.dates import locale_for
from ui.common.widgets import application

log = logging.getLogger(__name__)

ENGINE_VARIABLE = "MOKOKO_SPEECH_ENGINE"  # a Qt TextToSpeech engine by name ("none": no reading aloud); default: the first that works
_SPOKEN_LABELS = {"stepHeading", "stepHint", "fieldLabel", "themeTitle", "themeDescription", "cardTitle", "problem"}
_SKIPPED_BUTTONS = {"readAloud"}


class Reader(QObject):
    """One speech engine for the kiosk. :meth:`can_read` says whether a language has a voice.

    The engine lives in a thread of its own and is driven only by queued signals to its own
    (C++) slots: speech-dispatcher can hang mid-sentence (seen on a machine without a sound card)
    and then blocks every call to it; that blocks the speech thread, never the kiosk's window.

    Signals:
        ready(): the engine has started (or there is none); ask :meth:`can_read` again.
    """

    ready = Signal()
    _built = Signal(str, list)
    _stop_speech = Signal()
    _use_locale = Signal(QLocale)
    _say = Signal(str)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech  # Qt's speech module: loaded on first use

        wanted = engine or os.environ.get(ENGINE_VARIABLE)
        shipped = QTextToSpeech.availableEngines()
        names = ([wanted] if wanted in shipped else []) if wanted else [name for name in shipped if name != "mock"]
        if names and not wanted and not sound_output_present():
            log.info("Read aloud: this machine has no sound output; the button stays hidden")
            names = []
        if "speechd" in names and not speech_dispatcher_answers():
            log.warning("Read aloud: speech-dispatcher does not answer; it is not used")
            names.remove("speechd")
        self._locales: list[QLocale] = []
        self.speaking = False
        self._names = names
        self._speech: QObject | None = None
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._home = QObject()  # lives in the speech thread: the engine is made there
        self._home.moveToThread(self._thread)
        self._built.connect(self._started)
        application().aboutToQuit.connect(self.shut_down)
        atexit.register(self.shut_down)  # a Qt thread must not outlive its object, whatever ends first
        self._thread.start()
        QTimer.singleShot(0, self._home, self._build)

    def _build(self) -> None:
        """In the speech thread: make the first engine that works and wire it to this reader."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        for name in self._names:
            speech = QTextToSpeech(name, self._home)
            if speech.state() == QTextToSpeech.State.Error:
                speech.deleteLater()
                continue
            speech.stateChanged.connect(self._state_changed)  # queued back to the window's thread
            self._stop_speech.connect(speech.stop)  # queued to the engine's own slots: no Python runs there
            self._use_locale.connect(speech.setLocale)
            self._say.connect(speech.say)
            self._speech = speech
            self._built.emit(name, list(speech.availableLocales()))
            return
        self._built.emit("", [])

    def _started(self, engine: str, locales: list[QLocale]) -> None:
        self._locales = locales
        if engine:
            log.info("Read aloud: speech engine %s", engine)
        else:
            log.info("Read aloud: no speech engine works here; the button stays hidden")
        self.ready.emit()

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.speaking = state == QTextToSpeech.State.Speaking

    def _locale(self, language: str) -> QLocale | None:
        wanted = QLocale(locale_for(language)).language()
        return next((locale for locale in self._locales if locale.language() == wanted), None)

    def can_read(self, language: str) -> bool:
        return self._locale(language) is not None

    def read(self, text: str, language: str) -> bool:
        """Say ``text`` in ``language`` (stopping whatever was being said); False if it cannot."""
        locale = self._locale(language)
        if locale is None or not text.strip():
            return False
        self._stop_speech.emit()
        self._use_locale.emit(locale)
        self._say.emit(text)
        return True

    def stop(self) -> None:
        if self.speaking:
            self._stop_speech.emit()

    def shut_down(self) -> None:
        """Stop the speech thread (at the application's end); a hung engine is left behind."""
        if not self._thread.isRunning():
            return
        self._thread.quit()
        if not self._thread.wait(1000):
            log.warning("Read aloud: the speech engine does not stop (speech-dispatcher hangs)")


def sound_output_present() -> bool:
    """Whether the machine can play sound: an ALSA playback device, or a PulseAudio or PipeWire
    server. A voice nobody can hear helps nobody, and speech-dispatcher with nowhere to send its
    sound hangs mid-sentence (and with it every later call)."""
    devices = Path("/dev/snd")
    if devices.is_dir() and any(devices.glob("pcmC*D*p")):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and any((Path(runtime) / name).exists() for name in ("pulse/native", "pipewire-0"))


def speech_dispatcher_answers(timeout: float = 1.0) -> bool:
    """Whether a running speech-dispatcher answers within ``timeout`` seconds. One that hangs
    (seen on a machine without a sound card) would block Qt's speechd engine, and with it the
    kiosk's window, while it connects; so it is asked first, here, with a time limit. With no
    daemon running there is nothing to wait for: Qt starts one."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    sockets = [Path(runtime) / "speech-dispatcher" / "speechd.sock"] if runtime else []
    sockets.append(Path.home() / ".cache" / "speech-dispatcher" / "speechd.sock")
    found = [path for path in sockets if path.exists()]
    if not found:
        return True
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout)
            client.connect(str(found[0]))
            client.sendall(b"SET SELF CLIENT_NAME mokoko:kiosk:probe\r\n")
            answer = client.recv(64)
            client.sendall(b"QUIT\r\n")
    except (ConnectionRefusedError, FileNotFoundError):
        return True  # a socket left behind by a daemon that has stopped: Qt starts a new one
    except OSError:
        return False  # it is there but does not answer in time
    return answer.startswith(b"2")  # SSIP: 2xx is OK


@functools.cache
def kiosk_reader() -> Reader:
    """The kiosk's reader, made on the first step a citizen opens (not at start-up)."""
    return Reader()


def forget_reader() -> None:
    """Stop and forget the kiosk's reader (the next :func:`kiosk_reader` starts a new one)."""
    if kiosk_reader.cache_info().currsize:
        kiosk_reader().shut_down()
    kiosk_reader.cache_clear()


def spoken_text(page: QWidget) -> str:
    """What a page asks and offers, top to bottom, left to right: its headings and hints, field
    labels and every visible choice, each said once."""
    parts: list[tuple[int, int, str]] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        spoken_label = isinstance(widget, QLabel) and widget.objectName() in _SPOKEN_LABELS
        choice = isinstance(widget, QAbstractButton) and widget.objectName() not in _SKIPPED_BUTTONS
        if not (spoken_label or choice):
            continue
        text = " ".join(widget.text().replace("&", "").split())  # type: ignore[attr-defined]
        if text:
            where = widget.mapTo(page, widget.rect().topLeft())
            parts.append((where.y(), where.x(), text))
    seen: set[str] = set()
    spoken = []
    for _y, _x, text in sorted(parts):
        if text not in seen:
            seen.add(text)
            spoken.append(text if text.endswith((".", "?", "!", ":")) else text + ".")
    return " ".join(spoken)
