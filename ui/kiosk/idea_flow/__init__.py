"""The idea flow: theme, text, about you, contact, review."""
