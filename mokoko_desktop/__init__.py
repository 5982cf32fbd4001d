"""MOKOKO desktop: the Qt-free core of the travelling municipal office's kiosk.

Nothing in this package imports PySide6 or ``ui``; every feature can be used from Python
and from the ``mokoko`` command line without a window.
"""

__version__ = "0.1.0"
