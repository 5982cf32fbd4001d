"""City hall's office app (``mokoko office app``): a desktop window on the same core as the kiosk."""
