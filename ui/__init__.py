"""The kiosk's Qt Widgets views. Thin: they call the core (``mokoko_desktop``) and show what it
returns; business rules live in the core."""
