"""Session 9 pleonasm recall classes (``pleonasm_more``). All sentences are written fresh.

* a ``co-`` verb already says "together"/"jointly": "co-hosted the gala together", "jointly
  co-authored"; "together with X" (a preposition) is left alone;
* "in unison" already says "together";
* "mutual(ly)" already says "each other".
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == category]


@pytest.mark.parametrize(("text", "word"), [
    ("The two charities co-hosted the winter gala together at the town hall last week.", "together"),
    ("The parish and the county council will co-fund the new footbridge jointly from next April.", "jointly"),
    ("The sisters jointly co-authored a short history of the mill, published in the spring.", "jointly"),
    ("The two brothers co-own the bakery together and open it at six every morning.", "together"),
    ("The choir sang the final hymn together in unison while the bells rang outside.", "together"),
    ("The crowd chanted the player's name in unison together as he left the pitch.", "together"),
    ("The two clubs mutually agreed with each other to postpone the fixture until March.", "with each other"),
    ("The neighbours had a mutual respect for one another that lasted for decades.", "for one another"),
])
def test_togetherness_said_twice_is_flagged(text: str, word: str) -> None:
    assert word in flagged(text, "pleonasm")


@pytest.mark.parametrize("text", [
    "She co-wrote the album together with her long-time producer in a rented cottage.",
    "The two firms co-operate on research, and the staff often eat lunch together on Fridays.",
    "The choir sang in unison for the first verse and in harmony for the second.",
    "The players walked off together after the match and thanked the travelling fans.",
    "The agreement was mutual, and the two sides shook hands before the cameras.",
    "They trusted each other, and their mutual friend kept the peace at the wedding.",
    "The co-op opened a new branch, and volunteers worked together to stock the shelves.",
])
def test_clean_togetherness_is_not_flagged(text: str) -> None:
    assert flagged(text, "pleonasm") == []
