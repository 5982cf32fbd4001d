"""What two or more of MOKOKO's programs share, and nothing else: receipt codes, the limits of what
a citizen may write, translations and dates, sealing contact details, the catalogue file format,
opening hours, opportunities and Byttebørs matching, the PDF kit with right-to-left text, and where
the shipped resources are. It imports no program, no Qt and no database library."""

import time

STARTED_AT = time.perf_counter()  # the front ends' --smoke start-up time counts from here (the mokoko command's first import)
