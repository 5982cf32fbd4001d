"""Ideas from paper forms (issue 28, point 10): staff type them in later with the stop and the date
written on the form; the record says both when it was given and when it was typed in, and a paper
idea earns no food basket (nobody is at the kiosk to take it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import func, select

from mokoko_desktop.ideas import PAPER_DAYS_BACK, IdeaDraft
from mokoko_desktop.models import Idea
from mokoko_desktop.validation import SubmissionRejected
from shared_kernel.command_line import main

PAPER_DAY = dt.date(2026, 11, 17)  # three days before the fixed clock's day, at Langå on the paper


def _paper(written_on: dt.date = PAPER_DAY, text: str = "En bænk ved stationen") -> IdeaDraft:
    return IdeaDraft(theme_code="aeldre", text=text, written_on=written_on)


def test_a_paper_form_keeps_its_stop_and_date_and_when_it_was_typed(kiosk, clock) -> None:
    kiosk.settings.set("reward_voucher", True)  # ideas given at the kiosk earn a basket today
    idea = kiosk.submit(_paper(), "langaa")
    assert idea.stop_id == "langaa" and idea.assisted
    assert idea.created_at.astimezone().date() == PAPER_DAY and idea.created_at.astimezone().hour == 12
    assert idea.typed_at == clock()
    assert not kiosk.has_voucher(idea.receipt_code)  # no basket for a paper form
    here = kiosk.submit(IdeaDraft(theme_code="aeldre", text="Lys på stien", assisted=True))  # helped at the kiosk, present
    assert here.typed_at is None and here.created_at == clock() and kiosk.has_voucher(here.receipt_code)
    found = kiosk.follow_up(idea.receipt_code).idea
    assert found is not None and found.typed_at == clock() and found.created_at.astimezone().date() == PAPER_DAY


def test_a_paper_form_of_today_is_given_no_later_than_it_was_typed(kiosk, clock) -> None:
    today = clock().astimezone().date()
    idea = kiosk.submit(_paper(today), "assentoft")
    assert idea.created_at <= idea.typed_at and idea.created_at.astimezone().date() == today


@pytest.mark.parametrize(
    ("days", "message"),
    [(-1, "The date on the paper form cannot be after today."), (PAPER_DAYS_BACK + 1, "The paper form is more than 90 days old.")],
)
def test_a_date_in_the_future_or_too_long_ago_is_refused_calmly(kiosk, clock, days, message) -> None:
    written_on = clock().astimezone().date() - dt.timedelta(days=days)
    with pytest.raises(SubmissionRejected) as refused:
        kiosk.submit(_paper(written_on), "langaa")
    [problem] = refused.value.problems
    assert problem.field == "written_on" and problem.english().startswith(message)
    with kiosk.store.session() as session:
        assert session.exec(select(func.count()).select_from(Idea)).one() == 0  # nothing stored


def test_idea_add_with_the_paper_forms_stop_and_date(data_dir: Path, capsys) -> None:
    data = ["--data-dir", str(data_dir)]
    assert main(["stop", "list", "--demo", *data]) == 0  # the demo catalogue
    assert main(["idea", "add", *data, "--theme", "aeldre", "--text", "Bænke ved åen", "--stop", "langaa", "--date", "2026-12-01"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["idea", "show", code, *data]) == 0
    shown = capsys.readouterr().out
    assert "Given:    2026-12-01 at Langå (paper form)" in shown and "Typed in: " in shown
    with pytest.raises(SystemExit) as bad:
        main(["idea", "add", *data, "--theme", "aeldre", "--text", "x", "--date", "1/12"])
    assert bad.value.code == 2 and "write it as YYYY-MM-DD" in capsys.readouterr().err
    assert main(["idea", "add", *data, "--theme", "aeldre", "--text", "x", "--stop", "langaa", "--date", "2099-01-01"]) == 1
    assert "cannot be after today" in capsys.readouterr().err
