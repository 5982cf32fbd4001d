"""The kiosk's views: the citizen's screens, the staff desk, the window that holds them. Thin:
they call the kiosk's core (``mokoko_desktop``) and show what it returns."""
