"""The Qt Widgets views: the kiosk's (``ui.kiosk``, on the kiosk's core ``mokoko_desktop``), city
hall's office app (``ui.office``, on ``city_hall``), and what both use (``ui.common``: starting
the application, language, style, background tasks, small widgets). Thin: they call a core and
show what it returns; the rules live in the core."""
