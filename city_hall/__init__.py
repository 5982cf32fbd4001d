"""City hall: the people who read what came in from every stop, route it, answer it and follow up
volunteers; the office app, ``mokoko office`` and the mail sender are its front ends, all through
one façade, :class:`city_hall.office.Office` (one per login)."""
