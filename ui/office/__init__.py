"""City hall's office app (``mokoko office app``): a desktop window on city hall's core (``city_hall``),
through the person's :class:`~city_hall.office.Office`."""
