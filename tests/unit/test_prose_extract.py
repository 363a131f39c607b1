"""Markdown -> prose segments: what is prose, what is not, and the offset map back to the source."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.prose import PLACEHOLDER, extract_prose

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


def _all_text(md: str) -> str:
    return "\n".join(s.text for s in extract_prose(md))


def test_markup_is_removed_and_link_text_kept() -> None:
    md = "Some *emphasis*, **strong**, a [link text](https://example.com/the-the) and `the the`.\n"
    (seg,) = extract_prose(md)
    assert seg.kind == "paragraph"
    assert seg.text == f"Some emphasis, strong, a link text and {PLACEHOLDER}."
    assert "example.com" not in seg.text


def test_front_matter_code_comments_and_urls_are_not_prose() -> None:
    md = (
        "---\ntitle: the the title\ntags: [leave-a-reply]\n---\n\n"
        "Intro paragraph.\n\n```python\nx = 'the the'\n```\n\n"
        "    indented code the the\n\n"
        "<!-- Share this: buttons -->\n\n"
        "See https://example.com/leave-a-reply for more and ![Share this](img/share-this.png).\n"
    )
    text = _all_text(md)
    assert "Intro paragraph." in text
    for hidden in ("the the", "leave-a-reply", "Share this", "title"):
        assert hidden not in text


def test_soft_line_breaks_join_with_a_space() -> None:
    md = "A doubled word at the\nthe end of a line.\n"
    (seg,) = extract_prose(md)
    assert seg.text == "A doubled word at the the end of a line."
    i = seg.text.index("the the") + 4
    assert md[seg.to_source(i) : seg.to_source(i) + 3] == "the"


def test_kinds_for_headings_quotes_lists_and_tables() -> None:
    md = (
        "# A heading\n\nBody text.\n\n> quoted words\n\n- first item\n- second item\n  continues\n\n"
        "| Col A | Col B |\n| --- | --- |\n| cell one | cell two |\n\nSetext title\n------------\n"
    )
    kinds = [(s.kind, s.text) for s in extract_prose(md)]
    assert ("heading", "A heading") in kinds
    assert ("paragraph", "Body text.") in kinds
    assert ("blockquote", "quoted words") in kinds
    assert ("list_item", "second item continues") in kinds
    assert ("table_cell", "cell two") in kinds
    assert ("heading", "Setext title") in kinds
    assert [s.is_body for s in extract_prose("# H\n\nP\n")] == [False, True]


def test_heading_does_not_run_into_next_paragraph() -> None:
    segs = extract_prose("## Practical advice\nAdvice is cheap.\n")
    assert [s.text for s in segs] == ["Practical advice", "Advice is cheap."]


def test_html_tags_removed_text_kept() -> None:
    (seg,) = extract_prose("Text with <span class='x'>inner words</span> here.\n")
    assert seg.text == "Text with inner words here."


def _check_mapping(md: str) -> None:
    for seg in extract_prose(md):
        assert len(seg.text) == len(seg.offsets)
        assert all(a < b for a, b in zip(seg.offsets, seg.offsets[1:], strict=False))
        for ch, off in zip(seg.text, seg.offsets, strict=True):
            assert 0 <= off < len(md)
            if ch not in (" ", PLACEHOLDER):
                assert md[off] == ch or md[off] == "&"  # '&' only for decoded entities


def test_mapping_on_dev_corpus_documents() -> None:
    docs = sorted(CORPUS.glob("*.md"))
    assert docs
    for doc in docs:
        _check_mapping(doc.read_text(encoding="utf-8"))


_pieces = st.sampled_from(
    [
        "word", "the", " ", "\n", "\n\n", "*", "**", "_", "`", "``", "[", "]", "(", ")", "!", "<", ">",
        "<!--", "-->", "# ", "- ", "1. ", "> ", "|", "---", "```", "    ", "\\", "&amp;", "https://x.org/a",
        "{++", "++}", "é", "\t", "\r\n", "~~",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_mapping_is_monotonic_and_copies_chars(md: str) -> None:
    _check_mapping(md)


def test_template_tags_on_their_own_line_are_not_prose() -> None:
    md = 'Intro.\n\n{{< figure src="/the/the.png" caption="Leave a Reply" >}}\n\n{% include share.html %}\n\nEnd.\n'
    assert [s.text for s in extract_prose(md)] == ["Intro.", "End."]


def test_soft_breaks_are_recorded() -> None:
    (seg,) = extract_prose("First line\nsecond line\nthird.\n")
    assert [seg.text[a:b] for a, b in seg.lines()] == ["First line", "second line", "third."]
