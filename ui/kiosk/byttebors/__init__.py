"""The Byttebørs at the kiosk: say what you can offer or what you need."""
