"""The citizens' follow-up web site (``mokoko followup serve``): a thin front end, like the kiosk
and the office app, on the same core (receipt codes, translations) and one database function."""
