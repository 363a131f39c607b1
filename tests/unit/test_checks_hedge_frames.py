"""Hedge-stacking frames (classes of hedges, not listed phrases), on sentences written for this file.

FLAG rows must raise one hedge_stacking issue whose span contains the needle; QUIET rows are a
single, honest hedge and must raise none.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _spans(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "hedge_stacking"]


FLAG = [
    # a frequency adverb before "tend to" says the tendency twice
    ("Ferries normally tend to run late in winter.", "normally tend to"),
    ("Older boilers typically tend to fail in the first cold week.", "typically tend to"),
    # perception verbs with an epistemic adjective, like "seems likely"
    ("The ferry service appears unlikely to resume this month.", "appears unlikely to"),
    ("The vote looks likely to be close.", "looks likely to"),
    # impersonal frames and a tentative adverb with another hedge
    ("It looks as though the road will probably reopen on Friday.", "looks as though"),
    ("It is conceivable that the shop might close.", "conceivable that the shop might"),
    ("We tentatively suggest that rents may fall.", "tentatively"),
    ("There might be a chance that the gallery opens late.", "might be a chance that"),
    ("The singer is allegedly said to be unhappy with the label.", "allegedly said to"),
    # impersonal epistemic frames with a modal after them
    ("It is plausible that the museum could reopen in spring.", "plausible that the museum could"),
    ("There was some indication that the mill might close.", "indication that the mill might"),
    # litotes, venturing, evidential phrases
    ("It is not inconceivable that the ferry could resume.", "not inconceivable that the ferry could"),
    ("I dare say the museum might extend its hours.", "dare say the museum might"),
    ("By most accounts the orchestra may tour again.", "By most accounts the orchestra may"),
]

QUIET = [
    "Ferries tend to run late in winter.",
    "The vote is likely to be close.",
    "It looks as though the road has reopened.",
    "The painter tentatively added a second coat.",
    "She said to be careful on the ice.",
    "There is a chance that the gallery opens late.",
    "It is plausible that the museum reopens in spring.",
    "By all accounts the orchestra has toured widely.",
    "We venture out when it might rain.",
]


@pytest.mark.parametrize(("text", "needle"), FLAG)
def test_hedge_frames_flag(text: str, needle: str) -> None:
    spans = _spans(text)
    assert any(needle in s for s in spans), (text, spans)


@pytest.mark.parametrize("text", QUIET)
def test_single_hedges_stay_quiet(text: str) -> None:
    assert _spans(text) == [], text
