"""The day's figures in short, for the receipt roll: the dashboard's figures of the day and what
has not been sent or printed yet, as an 80 mm PDF that the container's only printer, the kiosk's
receipt printer, prints at "Luk dagen" or from the dashboard. The full account of the day, on A4,
is the day report (:mod:`mokoko_desktop.day_report`). No contact data: only counts. Safe to call
from a worker thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from mokoko_desktop.dashboard import KINDS, NOT_SAID, DayFigures
from shared_kernel.demographics import AGE_GROUPS, age_group_name
from shared_kernel.i18n import QT_TRANSLATE_NOOP, translate

REPORTS_SUBDIR = "reports"
TEXTS = {
    "title": QT_TRANSLATE_NOOP("day_summary", "The day in figures"),
    "where": QT_TRANSLATE_NOOP("day_summary", "{place}, {date}"),
    "idea": QT_TRANSLATE_NOOP("day_summary", "Ideas"),
    "signup": QT_TRANSLATE_NOOP("day_summary", "Sign-ups"),
    "offer": QT_TRANSLATE_NOOP("day_summary", "Byttebørs posts"),
    "hidden": QT_TRANSLATE_NOOP("day_summary", "Hidden ideas"),
    "baskets": QT_TRANSLATE_NOOP("day_summary", "Food baskets given / redeemed"),
    "by_hour": QT_TRANSLATE_NOOP("day_summary", "By hour (ideas, sign-ups, posts)"),
    "ages": QT_TRANSLATE_NOOP("day_summary", "Age groups (ideas and sign-ups)"),
    "not_said": QT_TRANSLATE_NOOP("day_summary", "not said"),
    "not_heard": QT_TRANSLATE_NOOP("day_summary", "Not heard today, by age: {groups}"),
    "waiting": QT_TRANSLATE_NOOP("day_summary", "Not sent to the municipality yet: {count}"),
    "unprinted": QT_TRANSLATE_NOOP("day_summary", "Receipts not printed: {count}"),
    "nothing": QT_TRANSLATE_NOOP("day_summary", "Nothing came in today."),
}


@dataclass(frozen=True)
class DaySummary:
    figures: DayFigures
    place: str
    waiting: int  # records not synced yet (unknown: -1)
    unprinted: int


def summary_path(data_dir: Path, day: dt.date) -> Path:
    return data_dir / REPORTS_SUBDIR / f"day-{day.isoformat()}.pdf"


def render_day_summary(summary: DaySummary, path: Path, language: str = "da", municipality: str = "") -> Path:
    from reportlab.platypus import Flowable, HRFlowable, Paragraph  # loaded when a summary is made

    from mokoko_desktop.receipts import render_roll
    from shared_kernel.pdf_kit import style

    def t(key: str, **params: object) -> str:
        return escape(translate(language, "day_summary", TEXTS[key]).format(**params))

    figures = summary.figures
    body: list[Flowable] = [
        Paragraph(escape(municipality), style("sum_municipality", 11, bold=True, center=True)),
        Paragraph(t("title"), style("sum_title", 13, bold=True, center=True)),
        Paragraph(t("where", place=summary.place or "–", date=f"{figures.day:%d.%m.%Y}"), style("sum_where", 9, center=True)),
        HRFlowable(width="100%", thickness=0.8, spaceBefore=3, spaceAfter=4),
    ]
    rows = [(t(kind), str(figures.totals[kind])) for kind in KINDS]
    rows += [(t("hidden"), str(figures.hidden)), (t("baskets"), f"{figures.vouchers_given} / {figures.vouchers_redeemed}")]
    body += [Paragraph(f"{label}: <b>{value}</b>", style("sum_row", 9.5)) for label, value in rows]
    if not figures.hours:
        body.append(Paragraph(t("nothing"), style("sum_nothing", 9, space_after=3)))
    else:
        body.append(Paragraph(f"<b>{t('by_hour')}</b>", style("sum_head", 9)))
        for hour in figures.hours:
            counts = ", ".join(str(figures.by_hour[kind].get(hour, 0)) for kind in KINDS)
            body.append(Paragraph(f"{hour:02d}–{(hour + 1) % 24:02d}: {counts}", style("sum_hour", 8.5)))
        ages = ", ".join(f"{age_group_name(group, language)}: {figures.age_groups.get(group, 0)}" for group in AGE_GROUPS)
        body.append(Paragraph(f"<b>{t('ages')}</b>", style("sum_head", 9)))
        body.append(Paragraph(f"{escape(ages)}; {t('not_said')}: {figures.age_groups.get(NOT_SAID, 0)}", style("sum_ages", 8.5)))
        silent = figures.not_heard(list(AGE_GROUPS), figures.age_groups)
        if silent:
            names = ", ".join(age_group_name(group, language) for group in silent)
            body.append(Paragraph(t("not_heard", groups=names), style("sum_silent", 8.5)))
    body.append(HRFlowable(width="100%", thickness=0.5, spaceBefore=3, spaceAfter=3, dash=(2, 2)))
    if summary.waiting >= 0:
        body.append(Paragraph(t("waiting", count=summary.waiting), style("sum_waiting", 9, bold=summary.waiting > 0)))
    body.append(Paragraph(t("unprinted", count=summary.unprinted), style("sum_unprinted", 9, bold=summary.unprinted > 0)))
    return render_roll(body, path, f"MOKOKO {figures.day.isoformat()}", municipality)
