"""What MOKOKO does with personal data, declared once: each processing's data, purpose, legal
basis, recipients and retention, and the measures that protect it.

Three things are written from this declaration, so they can never say different things: the
privacy notice citizens read on the follow-up site (``/privatliv``) and at the kiosk
(``shared_kernel/privacy_notice.py``), and the record of processing activities the data
protection officer keeps (GDPR article 30: ``mokoko central records-of-processing``). The
retention texts name the purge's periods by their kinds (``{idea_after_answer}``, ...); they are
filled in from the catalogue's ``retention``, the same numbers the purge deletes by.

The texts are marked for the Qt Linguist catalogues (context ``privacy``) and translated when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared_kernel.i18n import QT_TRANSLATE_NOOP

CONTEXT = "privacy"


@dataclass(frozen=True)
class Processing:
    """One processing of personal data: what, whose, why, on what basis, for whom, how long.
    ``retention`` may name ``{kiosk}``, ``{idea_after_answer}``, ``{idea_max}``, ``{signup}``
    and ``{offer}``; ``retention_kinds`` says which of the purge's kinds it promises."""

    key: str
    name: str
    people: str
    data: str
    purpose: str
    legal_basis: str
    recipients: str
    retention: str
    retention_kinds: tuple[str, ...] = ()


CONSENT = QT_TRANSLATE_NOOP(
    "privacy", "Your consent (GDPR article 6(1)(a)). You can withdraw it at any time; what was done before still stands."
)
PUBLIC_TASK = QT_TRANSLATE_NOOP("privacy", "The municipality's task in the public interest (GDPR article 6(1)(e)).")

PROCESSINGS: tuple[Processing, ...] = (
    Processing(
        key="idea",
        name=QT_TRANSLATE_NOOP("privacy", "Your idea"),
        people=QT_TRANSLATE_NOOP("privacy", "Citizens who give an idea at the kiosk."),
        data=QT_TRANSLATE_NOOP(
            "privacy",
            "What you wrote, its theme, where and when you gave it, and if you chose to say them your age group and home area. "
            "No name is kept with the idea.",
        ),
        purpose=QT_TRANSLATE_NOOP(
            "privacy",
            "To hear citizens in the municipality's policy work, to answer the idea publicly, "
            "and to count whether every part of the municipality and every age was heard.",
        ),
        legal_basis=PUBLIC_TASK,
        recipients=QT_TRANSLATE_NOOP(
            "privacy",
            "Staff at city hall and the contact person of the area the idea concerns. "
            "If city hall publishes it as a story, everyone can read the idea and the answer, never who gave it.",
        ),
        retention=QT_TRANSLATE_NOOP(
            "privacy", "Kept as part of the municipality's records of its policy work. So write no names or other personal details in it."
        ),
    ),
    Processing(
        key="idea-contact",
        name=QT_TRANSLATE_NOOP("privacy", "Your contact details with an idea"),
        people=QT_TRANSLATE_NOOP("privacy", "Citizens who want an answer about their idea."),
        data=QT_TRANSLATE_NOOP("privacy", "Your name, phone number and e-mail, if you give them."),
        purpose=QT_TRANSLATE_NOOP(
            "privacy",
            "So that the contact person can answer you, and so that you get an e-mail when the municipality answers, if you ask for it. "
            "Nothing else.",
        ),
        legal_basis=CONSENT,
        recipients=QT_TRANSLATE_NOOP("privacy", "The contact person who answers your idea."),
        retention=QT_TRANSLATE_NOOP(
            "privacy",
            "The kiosk deletes them {kiosk} after they have reached the municipality. The municipality deletes them "
            "{idea_after_answer}, and at the latest {idea_max} after you gave them.",
        ),
        retention_kinds=("idea-contact-after-answer", "idea-contact-max"),
    ),
    Processing(
        key="signup",
        name=QT_TRANSLATE_NOOP("privacy", "Your sign-up as a volunteer"),
        people=QT_TRANSLATE_NOOP("privacy", "Citizens who sign up as volunteers, and the parent or guardian of a child who signs up."),
        data=QT_TRANSLATE_NOOP(
            "privacy",
            "Your name, phone number or e-mail, age group, when you can help and what you wrote to the organisation; "
            "for a child, the parent's or guardian's name and phone number.",
        ),
        purpose=QT_TRANSLATE_NOOP("privacy", "To put you in touch with the volunteering you chose. Nothing else."),
        legal_basis=CONSENT,
        recipients=QT_TRANSLATE_NOOP(
            "privacy",
            "The contact person of what you signed up for, who may be an association; "
            'for "something else", the municipality\'s volunteer coordinator.',
        ),
        retention=QT_TRANSLATE_NOOP(
            "privacy",
            "The kiosk deletes them {kiosk} after they have reached the municipality. The organisation keeps them only while "
            "you volunteer with it, and the municipality deletes them at the latest {signup} after you signed up.",
        ),
        retention_kinds=("signup-contact",),
    ),
    Processing(
        key="offer",
        name=QT_TRANSLATE_NOOP("privacy", "Your Byttebørs post"),
        people=QT_TRANSLATE_NOOP("privacy", "Citizens, associations and companies who post what they offer or need."),
        data=QT_TRANSLATE_NOOP("privacy", "The text of your post, and your name, phone number and e-mail."),
        purpose=QT_TRANSLATE_NOOP("privacy", "To put you in touch with people and associations your post fits."),
        legal_basis=CONSENT,
        recipients=QT_TRANSLATE_NOOP(
            "privacy",
            "The municipality's volunteer coordinator. The text of the post can be shown to anyone; your contact details never.",
        ),
        retention=QT_TRANSLATE_NOOP(
            "privacy",
            "The kiosk deletes your contact details {kiosk} after they have reached the municipality. "
            "The municipality deletes the post and your details {offer} after you gave them.",
        ),
        retention_kinds=("offer",),
    ),
    Processing(
        key="followup-site",
        name=QT_TRANSLATE_NOOP("privacy", "This site"),
        people=QT_TRANSLATE_NOOP("privacy", "Everyone who looks up a receipt's code or reads the stories."),
        data=QT_TRANSLATE_NOOP("privacy", "Your device's internet address, while you use the site."),
        purpose=QT_TRANSLATE_NOOP("privacy", "To limit how many codes can be tried from one address, so that codes cannot be guessed."),
        legal_basis=PUBLIC_TASK,
        recipients=QT_TRANSLATE_NOOP("privacy", "Nobody. The site sets no cookies and tracks nobody."),
        retention=QT_TRANSLATE_NOOP("privacy", "Forgotten after one minute; the site keeps no log of who looked up what."),
    ),
)

# What protects the data (the record's technical and organisational measures, article 32).
MEASURES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "privacy",
        "Contact details are sealed on the kiosk with the municipality's public key the moment they are given; "
        "only city hall can open them, and every opening is written to a log the data protection officer reads.",
    ),
    QT_TRANSLATE_NOOP(
        "privacy",
        "Kiosks reach the central database only over TLS with their own client certificate; "
        "a stolen kiosk is shut out by removing its login.",
    ),
    QT_TRANSLATE_NOOP(
        "privacy",
        "The database decides what each login may do (roles, row-level security): a kiosk sees only its own records, "
        "the follow-up site reads no table, and an association only the sign-ups for its own activities.",
    ),
    QT_TRANSLATE_NOOP(
        "privacy", "What is past its period is deleted every night by the database's own rules; the kiosk deletes its copy by itself."
    ),
    QT_TRANSLATE_NOOP(
        "privacy",
        "The kiosk clears the screen when it is left alone, and nobody leaves it without the staff's PIN. No personal data is logged.",
    ),
)

NO_TRANSFER = QT_TRANSLATE_NOOP("privacy", "Nothing is sold, and nothing is sent outside the EU/EEA.")


# The record of processing activities' own words (GDPR article 30; the data protection officer's,
# in Danish or English: context "records", a staff context).
RECORD_TEXTS = {
    "title": QT_TRANSLATE_NOOP("records", "Record of processing activities (GDPR article 30): MOKOKO"),
    "controller": QT_TRANSLATE_NOOP("records", "Data controller"),
    "dpo": QT_TRANSLATE_NOOP("records", "Data protection officer"),
    "made_on": QT_TRANSLATE_NOOP("records", "Written on"),
    "not_named": QT_TRANSLATE_NOOP("records", "Not named in the catalogue: fill in the catalogue's municipality section"),
    "processing": QT_TRANSLATE_NOOP("records", "Processing"),
    "people": QT_TRANSLATE_NOOP("records", "Categories of data subjects"),
    "data": QT_TRANSLATE_NOOP("records", "Categories of personal data"),
    "purpose": QT_TRANSLATE_NOOP("records", "Purpose"),
    "legal_basis": QT_TRANSLATE_NOOP("records", "Legal basis"),
    "recipients": QT_TRANSLATE_NOOP("records", "Recipients"),
    "transfers": QT_TRANSLATE_NOOP("records", "Transfers to third countries"),
    "no_transfers": QT_TRANSLATE_NOOP("records", "None"),
    "erasure": QT_TRANSLATE_NOOP("records", "Time limits for erasure"),
    "measures": QT_TRANSLATE_NOOP("records", "Technical and organisational measures"),
    "kiosk_note": QT_TRANSLATE_NOOP(
        "records",
        "The kiosks' period is each kiosk's setting contact_retention_days ({days} days unless staff changed it); "
        "the municipality's periods are the catalogue's retention, by which the nightly purge deletes.",
    ),
}
