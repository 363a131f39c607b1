"""The speed paths of the built-in checker change nothing a caller can see."""

from __future__ import annotations

import gc

from editor_app.core.checks.builtin import BuiltinChecker
from editor_app.core.checks.builtin.phrases import PhraseIndex, compile_patterns
from editor_app.core.checks.builtin.text import analyse

TEXT = "We will plan ahead in advance. The end result was a free gift. In a careful manner, we met."


def test_collector_is_restored_and_frozen_objects_stay_frozen() -> None:
    assert gc.isenabled()
    BuiltinChecker().check(TEXT)
    assert gc.isenabled()
    # A caller's own frozen objects are not released by the pass.
    kept = [object() for _ in range(10)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        BuiltinChecker().check(TEXT + " Another paragraph here.")
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    del kept
    # With the collector off before the pass, it stays off.
    gc.disable()
    try:
        BuiltinChecker().check(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_phrase_index_finds_every_kind_of_key_in_token_order() -> None:
    pats = [p for line in ("plan ahead [in advance]", "end result", "free gift", "join~ together",
                           "(in|with) a ... manner", "the end result")
            for p in compile_patterns(line)]
    index = PhraseIndex(pats)
    an = analyse("They joined together to plan ahead in advance; the end result with a careful manner was a free gift.")
    found = [(m.pattern.source, m.tokens[0].start) for m in index.find(an)]
    assert found == sorted(found, key=lambda x: x[1])
    assert {s for s, _ in found} == {"join~ together", "plan ahead [in advance]", "the end result", "end result",
                                      "(in|with) a ... manner", "free gift"}
    # Twice on one analysis (the per-word plans are cached): the same matches.
    assert [(m.pattern.source, m.tokens[0].start) for m in index.find(an)] == found
