"""Core renderer: line map, block-wise output equal to a whole-document render, patches, safety."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor_app.core import rendering
from editor_app.core.rendering import BlockRenderer, RenderResult, render, render_reference_html
from tests.conftest import SEED_DRAFT


def normalise(html: str) -> str:
    """Drop our line attributes and the blank space between tags, which HTML ignores."""
    html = re.sub(r' data-line="\d+"', "", html)
    html = re.sub(r">\s+<", "><", html)
    return html.strip()


def apply_patch(old: RenderResult, new: RenderResult) -> list[tuple[str, str]]:
    """Do to a list of (id, html) what the preview's JavaScript does to the DOM."""
    assert new.patch is not None
    page = [(b.id, b.html) for b in old.blocks]
    for rid in new.patch.remove_ids:
        page = [entry for entry in page if entry[0] != rid]
    for after, run in new.patch.inserts:
        at = 0 if after is None else [i for i, _ in page].index(after) + 1
        page[at:at] = [(b.id, b.html) for b in run]
    moved = {bid: start for bid, start, _ in new.patch.line_moves}
    old_start = {b.id: b.start_line for b in old.blocks}
    out = []
    for bid, html in page:
        if bid in moved:
            delta = moved[bid] - old_start[bid]
            html = re.sub(r'data-line="(\d+)"', lambda m, d=delta: f'data-line="{int(m.group(1)) + d}"', html)
        out.append((bid, html))
    return out


def test_heading_data_line_is_its_source_line_after_front_matter() -> None:
    text = "---\ntitle: A\ntags: [x]\n---\n# First\n\nSome text.\n\n## Second\nright after\n\n```\n# not a heading\n```\n\n### Third\n"
    html = render(text).html
    lines = text.split("\n")
    found = re.findall(r'<h([1-6]) data-line="(\d+)"[^>]*>([^<]*)</h\1>', html)
    assert [t for _, _, t in found] == ["First", "Second", "Third"]
    for level, line, title in found:
        assert lines[int(line) - 1] == "#" * int(level) + " " + title


def test_every_top_level_element_of_the_seed_draft_has_a_line_that_starts_it() -> None:
    text = SEED_DRAFT.read_text(encoding="utf-8")
    result = render(text)
    lines = text.split("\n")
    assert result.blocks
    for block in result.blocks:
        if not block.html or block.source == "":
            continue
        first = re.match(r'\s*<([a-z0-9]+)[^>]*data-line="(\d+)"', block.html)
        assert first, block.html[:80]
        line = int(first.group(2))
        assert lines[line - 1].strip(), f"data-line {line} points at a blank line"
        assert block.start_line <= line <= block.end_line


def test_front_matter_is_not_rendered() -> None:
    text = "---\ntitle: Secret Title Words\nslug: my-slug\n---\nBody text.\n"
    html = render(text).html
    assert "my-slug" not in html and "Secret Title Words" not in html
    assert "Body text." in html


def test_scripts_event_handlers_and_javascript_urls_are_neutralised() -> None:
    text = (
        "Hello\n\n<script>document.title = 'owned'</script>\n\n"
        '<img src="x.png" onerror="alert(1)">\n\n[click](javascript:alert(2))\n\n'
        '<a href="javascript:alert(3)" onclick="alert(4)">x</a>\n\n<SCRIPT src="http://evil"></SCRIPT>\n'
    )
    html = render(text).html
    low = html.lower()
    assert "<script" not in low
    assert "onerror" not in low and "onclick" not in low
    assert "javascript:" not in low
    assert "Hello" in html and 'src="x.png"' in html


def test_reference_links_and_footnotes_defined_elsewhere_resolve_in_every_block() -> None:
    text = "First [one][r].\n\nSecond[^n].\n\nThird [one][r] again.\n\n[r]: https://example.com/r\n[^n]: The note.\n"
    html = render(text).html
    assert html.count('href="https://example.com/r"') == 2
    assert 'href="#fn:n"' in html and "The note." in html
    assert normalise(html) == normalise(render_reference_html(text))


def test_repeated_footnote_references_are_numbered_in_python_markdowns_tree_walk_order() -> None:
    # Top-level paragraphs first, then list items and quotes, then deeper; the notes' own
    # citations after the body at their depth; an id that attr_list replaced still takes a turn.
    cases = [
        "- item[^a]\n\nPara[^a].\n\n[^a]: x\n",
        "> quoted[^a]\n\nPara[^a] and[^a].\n\n[^a]: x\n",
        "* one\n\n* two[^a]\n\n- tight[^a]\n\nPara[^a].\n\n[^a]: x\n",
        "A[^a] B[^b].\n\n[^a]: see [^b]\n[^b]: note [^a]\n",
        "Text[^a]{: #mine} more[^a]\n\n[^a]: x\n",
    ]
    for text in cases:
        html = render(text).html
        assert normalise(html) == normalise(render_reference_html(text)), text
        assert "data-mdfn" not in html
        # every back-link from the notes lands on a reference in the page
        for target in re.findall(r'href="#(fnref\d*:[^"]+)"', html):
            assert f'id="{target}"' in html or "#mine" in text, (text, target)


def test_duplicate_headings_get_unique_ids_like_toc() -> None:
    text = "# Intro\n\ntext\n\n# Intro\n\n# Intro\n"
    ids = re.findall(r'<h1[^>]* id="([^"]+)"', render(text).html)
    assert ids == ["intro", "intro_1", "intro_2"]


def test_editing_one_paragraph_patches_only_that_block() -> None:
    paras = [f"Paragraph number {i} with some words." for i in range(50)]
    text = "\n\n".join(paras) + "\n"
    first = render(text)
    edited = text.replace("Paragraph number 20 ", "Paragraph number 20 changed ")
    second = render(edited, previous=first)
    assert second.patch is not None
    assert [b.source for b in second.patch.insert] == ["Paragraph number 20 changed with some words."]
    assert len(second.patch.remove_ids) == 1 and second.patch.line_moves == ()
    assert second.patch.inserts[0][0] == first.blocks[19].id  # goes right after paragraph 19
    assert apply_patch(first, second) == [(b.id, b.html) for b in second.blocks]


def test_inserting_a_line_moves_later_blocks_without_rerendering_them() -> None:
    text = "# A\n\none\n\n# B\n\ntwo\n"
    first = render(text)
    second = render(text.replace("one\n", "one\nmore\n"), previous=first)
    assert second.patch is not None
    assert len(second.patch.insert) == 1
    assert {bid for bid, _, _ in second.patch.line_moves} == {b.id for b in first.blocks[2:]}
    assert re.search(r'<h1 data-line="6"[^>]*>B</h1>', second.html)
    assert apply_patch(first, second) == [(b.id, b.html) for b in second.blocks]


def test_block_at_line_finds_the_block_holding_a_source_line() -> None:
    text = "# A\n\npara one\nstill one\n\n- x\n- y\n"
    result = render(text)
    block = result.block_at_line(4)
    assert block is not None and "still one" in block.source
    last = result.block_at_line(7)
    assert last is not None and "- y" in last.source


# --- property tests: block-wise == whole document, incremental == fresh -----------------------

PIECES = [
    "# Heading one",
    "## Heading two",
    "# Heading one\nText right under the heading.",
    "Setext title\n============",
    "Plain paragraph with *emphasis*, **strong** and `code`.",
    "A [link](https://example.com/x) and a [reference][r1] and [r1].",
    "Text with a note[^n1] in it.",
    "- item one\n- item two",
    "* star item\n\n* loose star item",
    "1. first\n2. second",
    "    indented code line",
    "> a quote\n> more quote",
    "```python\ndef f():\n\n    return 1\n```",
    "~~~\nplain fence\n~~~",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "[r1]: https://example.com/r1",
    "[^n1]: The footnote text.",
    "<div>\nraw html\n\nwith a blank line</div>",
    "<!-- a comment\n\nspanning lines -->",
    "Term\n:   Definition",
    "---",
    "*[HTML]: Hyper Text Markup Language",
    "HTML is used here.",
    "Line one\nline two of the same paragraph",
    "- item\n\n    continued item paragraph",
    "1. one\n\n        code in item",
    "> second quote",
    "Para before\n<div>html after a line</div>",
    "#hashtag-like heading",
    "Title two\n---",
    "  two-space indented text",
    "[^n2]: Longer note\n\n    continued note",
    "Another[^n2] note.",
    "Twice[^n1] in one[^n1] paragraph.",
    "<p>raw paragraph</p>",
    "```{.python #snippet}\nx = 1\n```",
    "```js not a valid fence line\ncode\n```",
    "- item citing[^n1]",
    "> quote citing[^n1]",
    "[^n3]: A note citing[^n1] another.",
    "Own id[^n1]{: #own-ref }",
]

documents = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(["\n", "\n\n", "\n\n\n"])), min_size=1, max_size=12
).map(lambda parts: "".join(p + sep for p, sep in parts))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
# Python-Markdown numbers a repeated note's references (fnref:, fnref2:...) in its breadth-first
# tree walk, so the lazy line in the list item comes after the later top-level paragraph.
@example(
    "[^n1]: The footnote text.\n* star item\n\n* loose star item\nTwice[^n1] in one[^n1] paragraph.\n\n"
    "Twice[^n1] in one[^n1] paragraph.\n"
)
def test_blockwise_render_equals_whole_document_render(text: str) -> None:
    fresh = BlockRenderer()
    assert normalise(fresh.render(text).html) == normalise(render_reference_html(text))


edits = st.tuples(st.integers(min_value=0, max_value=10_000), st.integers(0, 6), st.sampled_from(
    ["", "x", " ", "\n", "\n\n", "# ", "- ", "```\n", "[^n1]", "[r1]", "*", "> ", "    ", "<div>\n", "\n---\n"]
))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.lists(edits, min_size=1, max_size=5))
def test_incremental_render_equals_fresh_render_after_random_edits(text: str, edit_list: list) -> None:
    renderer = BlockRenderer()
    previous = first = renderer.render(text)
    for pos, delete, insert in edit_list:
        pos = pos % (len(text) + 1)
        text = text[:pos] + insert + text[pos + delete :]
        current = renderer.render(text, previous=previous)
        fresh = BlockRenderer().render(text)
        assert current.html == fresh.html
        assert [(b.start_line, b.end_line) for b in current.blocks] == [
            (b.start_line, b.end_line) for b in fresh.blocks
        ]
        assert apply_patch(previous, current) == [(b.id, b.html) for b in current.blocks]
        # A preview that skipped the results in between can still patch from the first one.
        skipped = rendering.diff_blocks(first.blocks, current.blocks)
        assert skipped is not None
        assert apply_patch(first, _with_patch(current, skipped)) == [(b.id, b.html) for b in current.blocks]
        previous = current


def _with_patch(result: RenderResult, patch: rendering.BlockPatch) -> RenderResult:
    return RenderResult(result.blocks, patch, result.body_start_line, result.last_line)


def test_module_render_uses_shared_cache_but_stays_pure() -> None:
    text = "# T\n\nbody\n"
    assert rendering.render(text).html == rendering.render(text).html


SOUP = st.sampled_from(
    list("#*-_>`~[]()!:|/ \n\n\n\tab1^=.'")
    + ["    ", "```", "<div>", "</div>", "<!--", "-->", "[^a]", "[a]: /u", "1. ", "- ", "*[ab]: x"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SOUP, max_size=40).map("".join))
# A "<!--" after the start of a line hides the raw HTML up to its "-->" (here a blank line on).
@example("#<!--\n\n<div>-->")
def test_blockwise_render_equals_whole_document_render_on_markdown_soup(text: str) -> None:
    # Adversarial input: splitting must never change what Python-Markdown would produce.
    assert normalise(BlockRenderer().render(text).html) == normalise(render_reference_html(text))


def test_a_partial_first_render_is_the_top_of_the_document_and_finishing_patches_in_the_rest() -> None:
    body = "\n\n".join(
        (f"## Part {i}\n\nSee [the note][n] and [^fn]. " + "words " * 60) if i % 5 == 0 else f"Paragraph {i} " + "text " * 60
        for i in range(200)
    )
    text = "---\ntitle: T\n---\n" + body + "\n\n[n]: https://example.org\n\n[^fn]: The footnote.\n"
    renderer = BlockRenderer()
    full = renderer.render(text)
    partial = renderer.render(text, first_chars=3000)
    assert partial.partial and not full.partial
    assert 1 < len(partial.blocks) < len(full.blocks) // 4
    assert sum(len(b.source) for b in partial.blocks) >= 3000 - 2 * len(partial.blocks)
    # the top blocks are exactly those of the whole render (links defined at the end resolve)
    assert [b.html for b in partial.blocks] == [b.html for b in full.blocks[: len(partial.blocks)]]
    assert 'href="https://example.org"' in partial.blocks[1].html
    rest = renderer.render(text, partial)
    assert not rest.partial
    assert [b.html for b in rest.blocks] == [b.html for b in full.blocks]
    assert rest.patch is not None and rest.base_serial == partial.serial
    assert not rest.patch.remove_ids  # the painted top stays; the rest is inserted after it
    assert [b.id for b in rest.blocks[: len(partial.blocks)]] == [b.id for b in partial.blocks]
    assert dict(apply_patch(partial, rest)) == {b.id: b.html for b in rest.blocks}
    # a short document is never cut
    assert not renderer.render("# Short\n\nText.\n", first_chars=3000).partial


long_documents = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(["\n", "\n\n", "\n\n\n"])), min_size=1, max_size=40
).map(lambda parts: "".join(p + sep for p, sep in parts))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(long_documents, st.lists(SOUP, max_size=80).map("".join)),
    st.lists(edits, min_size=1, max_size=3),
)
def test_re_splitting_around_an_edit_equals_splitting_the_whole_body(text: str, edit_list: list) -> None:
    new = text
    for pos, delete, insert in edit_list:
        pos = pos % (len(new) + 1)
        new = new[:pos] + insert + new[pos + delete :]
    old_lines = text.split("\n")
    got = rendering.split_blocks_after_edit(old_lines, rendering.split_blocks(text), new.split("\n"))
    if got is not None:
        assert got == rendering.split_blocks(new)


def test_typing_in_a_long_prose_document_re_splits_only_around_the_edit() -> None:
    paras = [f"## Part {i}\n\nParagraph {i} with *some* words and a [link](x.md)." for i in range(400)]
    text = "\n\n".join(paras) + "\n"
    old_lines = text.split("\n")
    edited = text.replace("Paragraph 200 with", "Paragraph 200 now with")
    got = rendering.split_blocks_after_edit(old_lines, rendering.split_blocks(text), edited.split("\n"))
    assert got is not None and got == rendering.split_blocks(edited)
    renderer = BlockRenderer()
    first = renderer.render(text)
    second = renderer.render(edited, first)
    assert second.html == BlockRenderer().render(edited).html
    assert len(second.changed_block_ids) == 1
