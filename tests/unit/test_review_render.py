"""The preview shows suggestions as ins/del/bubbles (markup mode) or the accepted text (final)."""

from editor_app.core import rendering, review_render

DOC = (
    "---\ntitle: T\n---\n# Title\n\nA {++big ++}cat {--really --}sat {~~on~>upon~~} the mat."
    "{==here==}{>>@ana: sure?<<}{>>@ben: yes<<}\n\nNext para {++*em*++}.\n\n```\ncode {++raw++}\n```\n"
)


def test_markup_mode_shows_insertions_deletions_and_comment_bubbles() -> None:
    html = rendering.render(review_render.preprocess(DOC, "markup")).html
    assert ">big </ins>" in html and ">really </del>" in html
    assert ">on</del><ins" in html and ">upon</ins>" in html
    assert ">here</mark>" in html
    assert "<b>ana</b>: sure?" in html and "<b>ben</b>: yes" in html
    assert "<em>em</em></ins>" in html  # Markdown inside a mark still renders
    assert "{++raw++}" in html  # code shows its source
    assert "{++" not in html.replace("{++raw++}", "")


def test_markup_mode_keeps_line_numbers_for_sync_scroll() -> None:
    doc = "{++one\n\ntwo++}\n\n{>>multi\nline<<}\n\n## Heading\n"
    out = review_render.preprocess(doc, "markup")
    assert out.count("\n") == doc.count("\n")
    html = rendering.render(out).html
    assert '<h2 data-line="8"' in html  # "## Heading" is line 8 of the source
    assert '<p data-line="3"><ins' in html
    assert html.count("<ins") == 2  # the insertion is reopened in its second paragraph


def test_final_mode_is_the_accepted_text() -> None:
    html = rendering.render(review_render.preprocess(DOC, "final")).html
    assert "A big cat sat upon the mat.here" in html
    assert "really" not in html and "ana" not in html and "<ins" not in html


def test_front_matter_and_plain_text_are_untouched() -> None:
    assert review_render.preprocess("---\na: '{++x++}'\n---\nplain", "markup") == "---\na: '{++x++}'\n---\nplain"
    assert review_render.preprocess(DOC, "source") == DOC


def test_comment_text_is_escaped() -> None:
    out = review_render.preprocess("x{>><script>alert(1)</script><<}", "markup")
    assert "<script>" not in out and "&lt;script&gt;" in out
