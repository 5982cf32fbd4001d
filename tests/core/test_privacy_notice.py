"""Issue 33: the privacy notice says what happens. Every period the purges delete by is in it, in
every language, taken from the same numbers; it names the data controller, the data protection
officer and Datatilsynet; and every kind the purge knows is promised by a declared processing."""

from __future__ import annotations

import pytest

from shared_kernel.catalogue_file import read_catalogue
from shared_kernel.i18n import available_languages, translate
from shared_kernel.privacy_notice import COMPLAINT_AUTHORITY, privacy_notice
from shared_kernel.processing import PROCESSINGS
from shared_kernel.resources import RESOURCES_DIR
from shared_kernel.retention_periods import KINDS, WHEN_DEALT_WITH, Periods, duration

MUNICIPALITY = read_catalogue(RESOURCES_DIR / "demo" / "catalogue.json").municipality
# Periods no two of which read alike in any language: a period left out cannot hide behind another.
DISTINCT = Periods(kiosk=5, idea_after_answer=14, signup=180, offer=120, idea_max=400)


def in_language(language: str):
    return lambda context, source: translate(language, context, source)


def test_every_kind_the_purge_knows_is_promised_by_a_declared_processing() -> None:
    promised = [kind for processing in PROCESSINGS for kind in processing.retention_kinds]
    assert sorted(promised) == sorted(KINDS) and len(set(promised)) == len(promised)
    assert set(DISTINCT.by_kind()) == set(KINDS)


@pytest.mark.parametrize("language", available_languages())
def test_every_retention_period_is_in_the_notice(language: str) -> None:
    translated = in_language(language)
    text = privacy_notice(MUNICIPALITY, DISTINCT, translated).plain_text()
    for kind, days in DISTINCT.by_kind().items():
        assert duration(days, translated) in text, (language, kind)
    assert duration(DISTINCT.kiosk, translated) in text  # the kiosk's own period, where it is known
    durations = {duration(days, translated) for days in (*DISTINCT.by_kind().values(), DISTINCT.kiosk)}
    assert len(durations) == 5  # the periods read differently, so each was found for itself


@pytest.mark.parametrize("language", available_languages())
def test_a_changed_period_changes_the_notice(language: str) -> None:
    translated = in_language(language)
    before = privacy_notice(MUNICIPALITY, DISTINCT, translated).plain_text()
    for kind in KINDS:
        changed = Periods.of({**DISTINCT.by_kind(), kind: 730}, kiosk=DISTINCT.kiosk)
        after = privacy_notice(MUNICIPALITY, changed, translated).plain_text()
        assert after != before and duration(730, translated) in after, (language, kind)


@pytest.mark.parametrize("language", available_languages())
def test_dealt_with_at_once_is_said_as_such(language: str) -> None:
    translated = in_language(language)
    text = privacy_notice(MUNICIPALITY, Periods(idea_after_answer=0), translated).plain_text()
    assert translated("consent", WHEN_DEALT_WITH) in text


@pytest.mark.parametrize("language", available_languages())
def test_the_notice_names_who_is_responsible_and_where_to_complain(language: str) -> None:
    assert MUNICIPALITY is not None
    notice = privacy_notice(MUNICIPALITY, Periods(), in_language(language))
    text = notice.plain_text()
    for fact in (MUNICIPALITY.name, MUNICIPALITY.address, MUNICIPALITY.email, MUNICIPALITY.dpo_email, COMPLAINT_AUTHORITY):
        assert fact in text, (language, fact)
    assert "Datatilsynet" in text and ("6(1)" in text or "6, stk. 1" in text)  # the legal basis names its article
    if language != "en":  # translated, not English left in: every heading differs from the source
        english = privacy_notice(MUNICIPALITY, Periods(), in_language("en"))
        assert all(mine.heading != theirs.heading for mine, theirs in zip(notice.sections, english.sections, strict=True))


def test_without_the_municipalitys_facts_the_notice_sends_people_to_the_staff() -> None:
    text = privacy_notice(None, Periods(), in_language("da")).plain_text()
    assert "Kommunen er dataansvarlig" in text and "Spørg personalet i MOKOKO" in text and "Datatilsynet" in text


def test_on_the_site_the_kiosks_own_period_is_not_claimed() -> None:
    text = privacy_notice(MUNICIPALITY, DISTINCT, in_language("da"), kiosk_known=False).plain_text()
    assert "5 dage" not in text and "Kiosken sletter dem få dage efter" in text
