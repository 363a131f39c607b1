"""text.analyse's token fields, ASCII fast path and general path alike."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.text import analyse


@pytest.mark.parametrize("text", [
    "The _Private flag, 1,200 units and WiFi_2 work. Really? Yes! Dr. Lee left at 5 p.m. today.",
    "Élodie’s café opened in Zürich. It sold 3,000 crêpes! «Bravo» said ΟΔΟΣ.",
    "__init__ and _X_ are names; so is a_b.",
])
def test_token_fields(text: str) -> None:
    an = analyse(text)
    for t in an.tokens:
        assert t.text == text[t.start : t.end]
        assert t.lower == t.text.lower()
        assert t.is_word == t.text[0].isalnum()
        assert t.is_cap == t.text[0].isupper()
    assert [t for t in an.tokens if t.is_word] == an.words


def test_sentences_end_at_marks_in_both_paths() -> None:
    assert [s.first for s in analyse("One here. Two there! Three? Four").sentences] == [0, 3, 6, 8]
    assert [s.first for s in analyse("Uno aquí. Dos allí! Tres? Cuatro").sentences] == [0, 3, 6, 8]
