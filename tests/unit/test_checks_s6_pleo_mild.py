"""Session 6: mild wordy stock phrases (column 3 "mild" in the wordy data files) are reported only
beside another wordy phrase in the same sentence. Careful writers publish "over the course of the
season" or "gave them permission to leave"; a sentence that stacks one on other padding is what
an editor cuts. Sentences written for this file."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _wordy(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "wordy_phrase"]


QUIET = [
    "Over the course of the winter the ferry ran twice a week.",
    "For the purposes of this guide, a small garden is under fifty square metres.",
    "As far as the insurers are concerned, the flood was an act of nature.",
    "The trustees gave the choir permission to rehearse in the hall.",
    "The landlord has given permission to paint the kitchen.",
    "The vote sent a clear message that the plan had lost support.",
]

FLAG = [
    # a mild phrase beside other padding in its sentence
    ("In order to finish on time, the crew worked late over the course of the week.", "over the course of"),
    ("For the purposes of this guide, we have in excess of forty recipes.", "For the purposes of"),
    ("The result sent a clear message that, at this point in time, voters want change.",
     "sent a clear message that"),
]


@pytest.mark.parametrize("text", QUIET)
def test_mild_phrase_alone_is_quiet(text: str) -> None:
    assert _wordy(text) == []


@pytest.mark.parametrize(("text", "phrase"), FLAG)
def test_mild_phrase_in_a_cluster_is_flagged(text: str, phrase: str) -> None:
    assert phrase in _wordy(text)


def test_plain_wordy_phrase_alone_still_flagged() -> None:
    assert _wordy("In order to win, the team trained daily.") == ["In order to"]
