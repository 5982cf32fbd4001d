"""The privacy notice (GDPR article 13) a citizen reads where their data is collected: on the
follow-up site (``/privatliv``), at the kiosk (one tap from every consent step, read aloud) and,
as one line with the site's address, on the receipt.

It is written from three sources and nothing else: the declaration of what is processed
(:mod:`shared_kernel.processing`), the municipality's own facts (the catalogue's
``municipality``), and the retention periods the purges delete by (:class:`Periods`), so a
changed period changes the notice the same day. ``tests/core/test_privacy_notice.py`` checks
that every period the purge uses is in it, in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared_kernel.catalogue_file import MunicipalityEntry
from shared_kernel.i18n import QT_TRANSLATE_NOOP
from shared_kernel.processing import CONTEXT, MEASURES, NO_TRANSFER, PROCESSINGS, Processing
from shared_kernel.retention_periods import Periods, Translator, after_dealt_with, duration
from shared_kernel.texts import followup_home

PATH = "/privatliv"  # on the follow-up site; the receipt's line names it
COMPLAINT_AUTHORITY = "Carl Jacobsens Vej 35, 2500 Valby, 33 19 32 00, dt@datatilsynet.dk, www.datatilsynet.dk"  # Datatilsynet's

TEXTS = {
    "title": QT_TRANSLATE_NOOP("privacy", "How we handle your information"),
    "controller_heading": QT_TRANSLATE_NOOP("privacy", "Who is responsible"),
    "controller": QT_TRANSLATE_NOOP(
        "privacy", "{name} is responsible for what you give at MOKOKO, the mobile municipal office, and on its follow-up site."
    ),
    "address": QT_TRANSLATE_NOOP("privacy", "Address: {address}. E-mail: {email}."),
    "phone": QT_TRANSLATE_NOOP("privacy", "Phone: {phone}."),
    "dpo_heading": QT_TRANSLATE_NOOP("privacy", "Data protection officer"),
    "dpo": QT_TRANSLATE_NOOP("privacy", "You can reach the municipality's data protection officer at {email}."),
    "unknown": QT_TRANSLATE_NOOP("privacy", "The municipality"),
    "ask_staff": QT_TRANSLATE_NOOP("privacy", "Ask the staff at MOKOKO how to reach the municipality and its data protection officer."),
    "data": QT_TRANSLATE_NOOP("privacy", "What"),
    "purpose": QT_TRANSLATE_NOOP("privacy", "Why"),
    "legal_basis": QT_TRANSLATE_NOOP("privacy", "Legal basis"),
    "recipients": QT_TRANSLATE_NOOP("privacy", "Who sees it"),
    "retention": QT_TRANSLATE_NOOP("privacy", "How long"),
    "rights_heading": QT_TRANSLATE_NOOP("privacy", "Your rights"),
    "rights": QT_TRANSLATE_NOOP(
        "privacy",
        "You may see what the municipality has about you, have it corrected or deleted, withdraw your consent, "
        "and object to how it is used.",
    ),
    "at_kiosk": QT_TRANSLATE_NOOP("privacy", "At the kiosk you can delete your contact details with the code on your receipt."),
    "write": QT_TRANSLATE_NOOP("privacy", "Or write to {email}."),
    "complaint_heading": QT_TRANSLATE_NOOP("privacy", "Complaints"),
    "complaint": QT_TRANSLATE_NOOP("privacy", "You can complain to the Danish Data Protection Agency (Datatilsynet): {authority}."),
    "kiosk_unknown": QT_TRANSLATE_NOOP("privacy", "a few days"),
    "receipt_line": QT_TRANSLATE_NOOP("privacy", "How we handle your information: {address}"),
}


@dataclass(frozen=True)
class Section:
    """A heading and its paragraphs; ``labelled`` paragraphs are (label, text) pairs."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    labelled: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Notice:
    title: str
    sections: tuple[Section, ...]

    def plain_text(self) -> str:
        """The whole notice as text, in reading order (what the kiosk reads aloud)."""
        lines = [self.title]
        for section in self.sections:
            lines.append(section.heading)
            lines += section.paragraphs
            lines += [f"{label}: {text}" for label, text in section.labelled]
        return "\n".join(lines)


def retention_text(processing: Processing, periods: Periods, translated: Translator, *, kiosk_known: bool = True) -> str:
    """How long ``processing`` keeps its data, with the periods filled in."""
    kiosk = duration(periods.kiosk, translated) if kiosk_known else translated(CONTEXT, TEXTS["kiosk_unknown"])
    return translated(CONTEXT, processing.retention).format(
        kiosk=kiosk,
        idea_after_answer=after_dealt_with(periods.idea_after_answer, translated),
        idea_max=duration(periods.idea_max, translated),
        signup=duration(periods.signup, translated),
        offer=duration(periods.offer, translated),
    )


def privacy_notice(municipality: MunicipalityEntry | None, periods: Periods, translated: Translator, *, kiosk_known: bool = True) -> Notice:
    """The notice in the language ``translated`` speaks. ``kiosk_known``: whether ``periods.kiosk``
    is this kiosk's own setting (at the kiosk) or not known (on the site: each kiosk has its own)."""

    def t(key: str) -> str:
        return translated(CONTEXT, TEXTS[key])

    if municipality is None:
        who = Section(t("controller_heading"), (t("controller").format(name=t("unknown")), t("ask_staff")))
        dpo = Section(t("dpo_heading"), (t("ask_staff"),))
        write_to = t("ask_staff")  # the kiosk's staff know
    else:
        contact = [t("address").format(address=municipality.address, email=municipality.email)]
        if municipality.phone:
            contact.append(t("phone").format(phone=municipality.phone))
        who = Section(t("controller_heading"), (t("controller").format(name=municipality.name), *contact))
        dpo_lines = [t("dpo").format(email=municipality.dpo_email)]
        if municipality.dpo_phone:
            dpo_lines.append(t("phone").format(phone=municipality.dpo_phone))
        dpo = Section(t("dpo_heading"), tuple(dpo_lines))
        write_to = t("write").format(email=municipality.email)
    kinds = tuple(
        Section(
            translated(CONTEXT, processing.name),
            labelled=(
                (t("data"), translated(CONTEXT, processing.data)),
                (t("purpose"), translated(CONTEXT, processing.purpose)),
                (t("legal_basis"), translated(CONTEXT, processing.legal_basis)),
                (t("recipients"), translated(CONTEXT, processing.recipients)),
                (t("retention"), retention_text(processing, periods, translated, kiosk_known=kiosk_known)),
            ),
        )
        for processing in PROCESSINGS
    )
    rights = Section(t("rights_heading"), (t("rights"), t("at_kiosk"), write_to, translated(CONTEXT, NO_TRANSFER)))
    complaint = Section(t("complaint_heading"), (t("complaint").format(authority=COMPLAINT_AUTHORITY),))
    return Notice(t("title"), (who, dpo, *kinds, rights, complaint))


def measures(translated: Translator) -> list[str]:
    """The measures that protect the data, in the language ``translated`` speaks."""
    return [translated(CONTEXT, measure) for measure in MEASURES]


def notice_address(followup_url_template: str) -> str:
    """Where the notice is on the follow-up site a receipt's QR code leads to."""
    return followup_home(followup_url_template).rstrip("/") + PATH
