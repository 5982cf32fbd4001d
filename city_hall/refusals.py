"""What city hall's work refuses, and why, as sentences a front end can translate (context
``city_hall``): each is raised as a :class:`~central_database.connection.CentralError` with its
template and parameters, so the office app says it in the reader's language and the command line
in English (``str(error)``)."""

from __future__ import annotations

from shared_kernel.i18n import QT_TRANSLATE_NOOP

IDEA_NOT_ARRIVED = QT_TRANSLATE_NOOP("city_hall", "No idea with the code {code} has reached the central database.")
SIGNUP_NOT_ARRIVED = QT_TRANSLATE_NOOP("city_hall", "No sign-up with the code {code} has reached the central database.")
RECORD_NOT_ARRIVED = QT_TRANSLATE_NOOP(
    "city_hall", "No idea, sign-up or Byttebørs post with the code {code} has reached the central database."
)
ERASURE_WAITS = QT_TRANSLATE_NOOP(
    "city_hall",
    "Nothing with the code {code} has reached the central database yet. The request waits; handle it after the kiosk that "
    "took it has synced.",
)
SAY_WHY = QT_TRANSLATE_NOOP("city_hall", "Say why you need the contact details (at least a few words); it is written in the access log.")
SEALED = QT_TRANSLATE_NOOP("city_hall", "Contact details are sealed: open them with the municipality's key file (--key).")
SEALED_EXPORT = QT_TRANSLATE_NOOP("city_hall", "Contact details are sealed: export them with the municipality's key file (--key).")
SEALED_DUPLICATES = QT_TRANSLATE_NOOP("city_hall", "The duplicate check opens contact details: give the municipality's key file (--key).")
CANNOT_OPEN = QT_TRANSLATE_NOOP("city_hall", "The access is logged, but the details cannot be opened: {why}")
TOO_LONG = QT_TRANSLATE_NOOP("city_hall", "The text may be at most {limit} characters; this one has {length}.")
NO_SUCH = QT_TRANSLATE_NOOP("city_hall", "There is no {label} {value}. Known: {known}.")
REPLY_EMPTY = QT_TRANSLATE_NOOP("city_hall", "The reply is empty: write what the citizen will read.")
DANISH_NEEDS_NO_TRANSLATION = QT_TRANSLATE_NOOP(
    "city_hall", "The idea {code} was given in Danish: the Danish reply is the citizen's own. Leave the translation empty."
)
NOT_HANDED_OVER = QT_TRANSLATE_NOOP(
    "city_hall",
    "City hall has not handed the contact details of {code} over to you yet (or they were deleted as promised). "
    "Your look is written in the access log.",
)
PARTNER_NO_NOTE = QT_TRANSLATE_NOOP("city_hall", "A note on a sign-up is for city hall's own people; mark the status without one.")
PARTNER_KEY = QT_TRANSLATE_NOOP("city_hall", "Contact details open with your association's key file (--key).")
NONE_CHOSEN = QT_TRANSLATE_NOOP("city_hall", "No idea was chosen.")
NEEDS_REASON = QT_TRANSLATE_NOOP("city_hall", "The status {status} needs a reason (--reason); the citizen does not see it.")
NO_DECISION = QT_TRANSLATE_NOOP("city_hall", "There is no decision {decision}. Known: {known}.")
DECIDED_ALREADY = QT_TRANSLATE_NOOP("city_hall", "Conflict {conflict} has been decided already (its history says by whom).")
NO_CONFLICT = QT_TRANSLATE_NOOP("city_hall", "There is no conflict {conflict}.")
NO_SIGNUP_STATUS = QT_TRANSLATE_NOOP("city_hall", "There is no sign-up status {status}. Known: {known}.")
HEADLINE_LENGTH = QT_TRANSLATE_NOOP("city_hall", "A headline has {least} to {most} characters, like 'Nye bænke ved åen'.")
ANSWER_FIRST = QT_TRANSLATE_NOOP("city_hall", "Answer the idea first: a story shows what the municipality did.")
ON_THE_WALL = QT_TRANSLATE_NOOP("city_hall", "This idea is on the wall already; take it down first to change its headline.")
HIDDEN_OFF_THE_WALL = QT_TRANSLATE_NOOP("city_hall", "This idea was hidden at the kiosk (moderation): it cannot go on the wall.")
NOT_A_CITY_HALL_LOGIN = QT_TRANSLATE_NOOP(
    "city_hall", "This login may not do that: city hall's work needs a city-hall login (mokoko central add-office-user)."
)

REFUSALS = frozenset(value for name, value in dict(globals()).items() if name.isupper() and isinstance(value, str))
IN_OTHER_CASES = QT_TRANSLATE_NOOP("city_hall", "These ideas are in different cases already: {listed}. Take them out of one first.")
TITLE_LENGTH = QT_TRANSLATE_NOOP("city_hall", "A case's title may be at most {limit} characters.")
NOTE_EMPTY = QT_TRANSLATE_NOOP("city_hall", "The note is empty: write what a colleague should know.")
