"""Session 6 missing_article precision: classes of correct English that the names-that-take-"the"
rule misjudged on new text. Each test pairs correct sentences the rules must leave alone with a
faulty one they must still flag; all sentences are written fresh."""

from __future__ import annotations

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "missing_article"]


def test_a_label_or_list_item_without_articles_names_places_bare() -> None:
    assert flagged("- Natural History Museum, Cromwell Road: free entry, open daily\n") == []
    assert flagged("- Science Museum (Exhibition Road) – free\n") == []
    assert flagged("Photo: courtesy of National Portrait Gallery archive\n") == []
    # one dropped article in a sentence that has others is still a slip
    assert flagged("Visitors to Natural History Museum can see the new whale.\n") == ["Natural History Museum"]
    assert flagged("- Visitors to Natural History Museum can see the new whale.\n") == ["Natural History Museum"]
