"""What went wrong with the kiosk's last sync, as staff are told it (the message itself, in
English, goes to the log): the kinds the sync records and the staff panel says in words."""

from __future__ import annotations

UNREACHABLE = "unreachable"  # the municipality could not be reached, or the connection was lost
NOT_ALLOWED = "not_allowed"  # this kiosk's login may not do it (taken away, or a wrong connection)
REFUSED = "refused"  # the municipality's database refused it (the details are in the log)
