"""The day report: its figures equal counts made here from what the test itself submitted, the
A4 PDF says them (read back with pypdf; rendered with pdfium, and looked at with pdftoppm), it holds no
contact data, and an empty day says so instead of drawing empty charts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from mokoko_desktop.day_report import collect
from mokoko_desktop.day_report_pdf import render_day_report
from mokoko_desktop.ideas import IdeaDraft
from mokoko_desktop.offers import OfferDraft
from mokoko_desktop.signups import SignupDraft
from shared_kernel.command_line import main

IDEAS = [  # (theme, age group, home area, hours after 09:30 local)
    ("aeldre", "65-79", "assentoft", 0),
    ("aeldre", "80+", "assentoft", 0),
    ("natur-miljo", "18-29", "langaa", 1),
    ("natur-miljo", "", "", 2),
    ("born-unge", "30-49", "assentoft", 2),
    ("andet", "", "spentrup", 4),
]


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


@pytest.fixture
def day_at_assentoft(kiosk, clock):
    """A day at Assentoft: six ideas over five hours (one hidden), two sign-ups, one post."""
    kiosk.settings.set("reward_voucher", True)
    start = dt.datetime(2026, 11, 20, 9, 30).astimezone()
    codes = []
    for theme, age, area, hours in IDEAS:
        clock.now = start + dt.timedelta(hours=hours)
        codes.append(
            kiosk.submit(
                IdeaDraft(theme_code=theme, text=f"Idé om {theme}", age_group=age or None, home_area_code=area or None)
            ).receipt_code
        )
    kiosk.hide_idea(codes[-1], "personal")
    kiosk.redeem_voucher(codes[0])
    signup = dict(name="Åse Ørnebjerg", phone="20 30 40 50", age_group="65-79", availability=["weekdays"], frequency="once", consent=True)
    kiosk.submit(SignupDraft(opportunity_id="bogvenner", **signup))
    kiosk.submit(SignupDraft(general_text="Jeg kan køre for ældre.", interests=["korsel"], **signup))
    kiosk.submit(
        OfferDraft(kind="offer", text="Jeg har en trailer.", tags=["praktisk"], name="Bo Demo", email="bo@eksempel.dk", consent=True)
    )
    return codes


def test_the_figures_are_the_days_own(kiosk, day_at_assentoft) -> None:
    report = collect(kiosk, dt.date(2026, 11, 20))
    titles = {theme.code: theme.title["da"] for theme in kiosk.catalogue.themes()}
    assert dict(report.themes) == {titles[code]: count for code, count in Counter(theme for theme, *_ in IDEAS).items()}
    assert report.figures.totals == {"idea": 6, "signup": 2, "offer": 1}
    assert sum(report.figures.by_hour["idea"].values()) == 6 and len(report.figures.by_hour["idea"]) == 4  # 09, 10, 11, 13
    assert report.figures.age_groups["65-79"] == 1 + 2  # an idea and both sign-ups
    assert report.figures.home_areas["assentoft"] == 3 and report.stop_area == "assentoft"
    assert report.hidden_by_reason == {"personal": 1}
    assert (report.figures.vouchers_given, report.figures.vouchers_redeemed) == (6, 1)
    assert sorted(count for _, count in report.opportunities) == [1, 1] and ("", 1) in report.opportunities
    assert report.waiting == 9 and report.place == "Assentoft" and report.hours is not None and report.hours.all_day


def test_the_pdf_says_them_and_nothing_personal(kiosk, day_at_assentoft, tmp_path) -> None:
    pdf = render_day_report(collect(kiosk, dt.date(2026, 11, 20)), tmp_path / "day.pdf")
    text = _text(pdf)
    assert "Dagsrapport" in text and "Assentoft, fredag 20. november 2026 · Åbent hele dagen" in text
    assert "Ældre og fællesskab" in text and "Time for time" in text and "Idéer efter emne" in text
    assert "Madkurve givet / indløst\n6 / 1" in text and "Navne eller oplysninger om andre\n1" in text
    assert "3 fra selve Assentoft, 2 fra andre steder, 1 har ikke oplyst det" in text
    assert "Under 15" in text and "80 eller derover" in text and "under-15" not in text  # names, not codes (issue 28, point 6)
    for personal in ("Åse", "Ørnebjerg", "20 30 40 50", "Bo Demo", "bo@eksempel.dk"):
        assert personal not in text
    page = pypdfium2.PdfDocument(str(pdf))[0].render(scale=1).to_pil().convert("L")  # it renders, charts and all
    dark = sum(page.histogram()[:128])  # pixels darker than mid-grey
    assert dark > 0.02 * page.width * page.height  # the bars and the text, not a blank page


def test_an_empty_day_says_so(kiosk, tmp_path) -> None:
    report = collect(kiosk, dt.date(2026, 11, 18))
    assert report.empty
    text = _text(render_day_report(report, tmp_path / "empty.pdf"))
    assert "Der kom intet ind denne dag." in text and "Time for time" not in text and "Idéer efter emne" not in text


def test_the_command(kiosk, day_at_assentoft, data_dir, tmp_path, capsys) -> None:
    kiosk.close()
    data = ["--data-dir", str(data_dir)]
    assert main(["day", "report", "--date", "2026-11-20", "--pdf", str(tmp_path / "r.pdf"), *data]) == 0
    assert "Day report for 2026-11-20 (Assentoft): 6 ideas, 2 signups, 1 offers." in capsys.readouterr().out
    assert "Tilmeldinger\n2" in _text(tmp_path / "r.pdf")
    with pytest.raises(SystemExit) as usage:
        main(["day", "report", "--date", "20-11-2026", "--pdf", str(tmp_path / "x.pdf"), *data])
    assert usage.value.code == 2 and "is not a date like 2026-11-20" in capsys.readouterr().err
    assert main(["day", "report", "--pdf", str(tmp_path / "missing" / "dir" / "r.pdf"), *data]) == 0  # folders are made
    (tmp_path / "blocked").write_text("a file, not a folder")
    assert main(["day", "report", "--pdf", str(tmp_path / "blocked" / "r.pdf"), *data]) == 1
    assert "could not be written" in capsys.readouterr().err and not (tmp_path / "blocked" / "r.pdf").exists()
