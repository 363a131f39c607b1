"""Recording edits as CriticMarkup: accept gives the edited text, reject gives the original."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import review

WORDS = st.text(alphabet="abc xyz\n", max_size=30)
MARKUPISH = st.one_of(
    st.text(alphabet="ab {}+-~<>=@:\n", max_size=40),
    # well-formed, nested and broken marks built from whole tokens
    st.lists(
        st.sampled_from(["{++", "++}", "{--", "--}", "{~~", "~>", "~~}", "{>>", "<<}", "{==", "==}", "a", "b ", "\n", "{", "}"]),
        max_size=14,
    ).map("".join),
)


def test_typing_a_word_into_plain_text_is_an_insertion() -> None:
    r = review.record_edit("the cat sat", 4, 4, "big ")
    assert r.text == "the {++big ++}cat sat"
    assert r.text[: r.cursor].endswith("big ")  # caret after the typed text, inside the insertion


def test_typing_next_to_an_insertion_extends_it_instead_of_nesting() -> None:
    text = "a {++big++} cat"
    inside = review.record_edit(text, text.index("++}"), text.index("++}"), "x")
    after = review.record_edit(text, text.index(" cat"), text.index(" cat"), "x")
    assert inside.text == after.text == "a {++bigx++} cat"


def test_selection_replaced_by_typing_is_a_substitution() -> None:
    assert review.record_edit("the cat sat", 4, 7, "dog").text == "the {~~cat~>dog~~} sat"


def test_backspace_runs_merge_into_one_deletion_and_typing_then_makes_a_substitution() -> None:
    text, cur = "the cat", 7
    for _ in range(3):
        r = review.record_backspace(text, cur)
        text, cur = r.text, r.cursor
    assert text == "the {--cat--}"
    for ch in "dog":
        r = review.record_edit(text, cur, cur, ch)
        text, cur = r.text, r.cursor
    assert text == "the {~~cat~>dog~~}"


def test_forward_delete_runs_merge() -> None:
    text, cur = "the cat", 4
    for _ in range(3):
        r = review.record_delete(text, cur)
        text, cur = r.text, r.cursor
    assert text == "the {--cat--}"


def test_backspace_inside_own_insertion_really_deletes_and_removes_empty_mark() -> None:
    text = "a {++b++} c"
    r = review.record_backspace(text, text.index("++}"))
    assert r.text == "a  c"


def test_backspace_skips_text_that_is_already_deleted() -> None:
    text = "ab{--cd--}"
    r = review.record_backspace(text, len(text))
    assert review.accept_all(r.text) == "a" and review.reject_all(r.text) == "abcd"


def test_typing_inside_a_comment_edits_the_comment() -> None:
    text = "x{>>note<<}"
    r = review.record_edit(text, text.index("<<}"), text.index("<<}"), "s")
    assert r.text == "x{>>notes<<}"


def test_issue_replacement_becomes_a_substitution() -> None:
    text = "It is very unique."
    s = text.index("very unique")
    r = review.suggest(text, s, s + len("very unique"), "unique")
    assert r.text == "It is {~~very unique~>unique~~}."


def test_edit_after_an_unclosed_opener_is_made_directly_not_lost() -> None:
    text = "Keep {++ this open and more"
    r = review.record_edit(text, len(text), len(text), "X")
    assert "this open" in review.reject_all(r.text) and "X" in r.text


@settings(max_examples=300, deadline=None)
@given(WORDS, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8), st.text(alphabet="abq \n", max_size=4)), max_size=8))
def test_any_sequence_of_edits_accepts_to_the_edited_text_and_rejects_to_the_original(
    base: str, edits: list[tuple[int, int, str]]
) -> None:
    text = base
    model = base
    for a, length, new in edits:
        view = review.accepted_view(text)
        assert view.text == model
        a = min(a, len(model))
        b = min(a + length, len(model))
        s = view.to_source(a) if a < len(model) else _end_source(text)
        e = view.to_source(b - 1) + 1 if b > a else s
        r = review.record_edit(text, s, e, new)
        assert r.recorded
        text = r.text
        model = model[:a] + new + model[b:]
        assert review.accept_all(text) == model
        assert review.reject_all(text) == base


def _end_source(text: str) -> int:
    return len(text)


@settings(max_examples=300, deadline=None)
@given(MARKUPISH, st.integers(0, 50), st.integers(0, 50), st.text(alphabet="ab \n", max_size=4))
def test_edits_anywhere_in_messy_markup_keep_the_original_and_lose_nothing(text: str, i: int, j: int, new: str) -> None:
    s, e = sorted((min(i, len(text)), min(j, len(text))))
    r = review.record_edit(text, s, e, new)
    if r.recorded:
        assert review.reject_all(r.text) == review.reject_all(text)
        assert 0 <= r.cursor <= len(r.text)
    else:
        # made as typed (next to unclosed markup), at most moved out of a mark's delimiters
        a = r.cursor - len(new)
        assert r.text[a : r.cursor] == new and a >= s
        rest = r.text[:a] + r.text[r.cursor :]
        assert text[:a] == rest[:a] and text.endswith(rest[a:]) and len(text) - len(rest) <= e - s


@settings(max_examples=300, deadline=None)
@given(MARKUPISH)
def test_parsing_messy_markup_loses_no_character(text: str) -> None:
    acc = review.accept_all(text, keep_comments=True)
    rej = review.reject_all(text, keep_comments=True)
    letters = Counter(ch for ch in text if ch.isalnum() or ch in "@:\n")
    assert letters <= Counter(acc) + Counter(rej)
    marks = review.parse(text)
    assert all(a.end <= b.start for a, b in zip(marks, marks[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(MARKUPISH, st.integers(0, 50))
def test_backspace_and_delete_never_touch_the_original(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    for r in (review.record_backspace(text, pos), review.record_delete(text, pos)):
        if r.recorded:
            assert review.reject_all(r.text) == review.reject_all(text)


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS, st.integers(0, 40))
def test_any_change_made_by_the_widget_is_recorded_exactly(before: str, after: str, caret: int) -> None:
    # paste, drop, replace-all: the widget changed the text and we only see before and after
    r = review.record_change(before, after, None, min(caret, len(after)))
    assert r.recorded
    assert review.accept_all(r.text) == after
    assert review.reject_all(r.text) == before


def test_spread_out_change_gets_one_mark_per_word() -> None:
    before = "The colour of the sea. A long sentence in between that does not change at all. Colour again."
    after = before.replace("colour", "color").replace("Colour", "Color")
    r = review.record_change(before, after, None, 0)
    assert r.text.count("{~~") == 2 and "{~~colour~>color~~}" in r.text


def test_direct_delete_ending_inside_a_delimiter_removes_no_more_than_selected() -> None:
    # found by the property test above: the end moved past the comment and deleted it too
    r = review.record_edit("--}:{>><<}", 0, 5, "")
    assert r.text == "{>><<}" and not r.recorded
