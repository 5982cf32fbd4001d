"""Realistic synthetic ideas for demos and load tests, stored through the kiosk's own path."""

from __future__ import annotations

import random

from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.demographics import AGE_GROUPS

_OPENINGS = [
    "Det kunne være godt med",
    "Jeg savner",
    "Hvad med",
    "Vi har brug for",
    "Kommunen kunne støtte",
    "Gør det lettere at starte",
    "Lav en fast dag med",
    "Giv foreningerne mulighed for",
]
_SUBJECTS = [
    "en lektiecafé i forsamlingshuset",
    "flere bænke langs åen",
    "rickshawture for beboerne på plejehjemmet",
    "en fællesspisning én gang om måneden",
    "Bogvenner, der bringer bøger ud til ældre",
    "et fodboldhold for mennesker med udviklingshandicap",
    "fortællestunder i børnehaven",
    "en affaldsindsamling i nabolaget hver forårsferie",
    "besøgsvenner til dem, der sidder alene",
    "mentorer for unge mødre",
    "en byttebørs for værktøj og trailere",
    "bedre busforbindelser om aftenen",
    "et mødelokale, foreninger kan låne gratis",
    "en skaterbane ved skolen",
]
_ENDINGS = [
    "Jeg vil gerne selv give en hånd med.",
    "Det ville gøre en stor forskel for landsbyen.",
    "Så kommer flere ud af huset.",
    "Det må gerne være om lørdagen.",
    "",
    "",
]
_THEMES = [
    "alle-med",
    "frivillighed",
    "byttebors",
    "dialog",
    "born-unge",
    "aeldre",
    "kultur-fritid",
    "natur-miljo",
    "sundhed",
    "landsbyer",
    "andet",
]
_HOME_AREAS = [
    "randers-c",
    "randers-n",
    "randers-nv",
    "randers-s",
    "assentoft",
    "langaa",
    "spentrup",
    "havndal",
    "asferg",
    "stevnstrup",
    "harridslev",
    "andet-sted",
]
_FIRST_NAMES = ["Anne", "Bo", "Søren", "Mette", "Ahmed", "Freja", "Jens", "Åse", "Ørjan", "Leila", "Karen"]


def synthetic_drafts(count: int, seed: int | None = None) -> list[IdeaDraft]:
    """``count`` varied, valid idea drafts (a third with contact details and consent)."""
    rng = random.Random(seed)
    drafts = []
    for number in range(count):
        text = f"{rng.choice(_OPENINGS)} {rng.choice(_SUBJECTS)}. {rng.choice(_ENDINGS)}".strip()
        with_contact = rng.random() < 0.33
        drafts.append(
            IdeaDraft(
                theme_code=rng.choice(_THEMES),
                text=text,
                name=f"{rng.choice(_FIRST_NAMES)} Demo" if with_contact else "",
                email=f"borger{number}@eksempel.dk" if with_contact else "",
                consent=with_contact,
                age_group=rng.choice((*AGE_GROUPS, None)),
                home_area_code=rng.choice((*_HOME_AREAS, None)),
                language="en" if rng.random() < 0.1 else "da",
            )
        )
    return drafts


_HELP_TEXTS = [
    "Jeg kan reparere cykler og vil gerne lære unge det.",
    "Jeg har en trailer, som foreninger kan låne.",
    "Jeg vil gerne læse højt for beboerne på plejehjemmet.",
    "Jeg kan hjælpe med regnskab i en lille forening.",
    "Jeg vil gerne være med til at arrangere byfesten.",
    "Jeg taler arabisk og dansk og kan tolke ved møder.",
]


def synthetic_signups(count: int, opportunity_ids: list[str], seed: int | None = None, first_number: int = 0) -> list[SignupDraft]:
    """``count`` varied, valid sign-up drafts: mostly for ``opportunity_ids`` (adults), some for
    "something else"; each with its own phone number (from ``first_number`` on), so none is a
    duplicate."""
    rng = random.Random(seed)
    drafts = []
    for number in range(first_number, first_number + count):
        general = not opportunity_ids or rng.random() < 0.2
        drafts.append(
            SignupDraft(
                opportunity_id="" if general else rng.choice(opportunity_ids),
                general_text=rng.choice(_HELP_TEXTS) if general else "",
                interests=rng.sample(["praktisk", "samvaer", "aeldre", "born-unge"], 2) if general else [],
                name=f"{rng.choice(_FIRST_NAMES)} Demo",
                phone=f"+45 2{6 + number // 1_000_000 % 3}{number % 1_000_000:06d}",  # 26-28: always valid
                age_group=rng.choice(("18-29", "30-49", "50-64", "65-79", "80+")),
                availability=rng.sample(["weekdays", "evenings", "weekends"], rng.randint(1, 3)),
                frequency=rng.choice(("once", "regular")),
                consent=True,
                language="en" if rng.random() < 0.1 else "da",
            )
        )
    return drafts
