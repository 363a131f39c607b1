"""Comment threads, next/previous, checks on the accepted text, and the preflight blockers."""

from editor_app.core import review
from editor_app.core.checks.base import Issue

DOC = "Intro {==the date==}{>>@ana: Is this right?<<} and {++new ++}text {~~teh~>the~~} end.{>>@ben: Tone?<<}"


def test_threads_group_adjacent_comments_with_author_and_anchor() -> None:
    ts = review.threads(DOC)
    assert [(t.first.author, t.first.body) for t in ts] == [("ana", "Is this right?"), ("ben", "Tone?")]
    assert ts[0].anchor is not None and ts[0].anchor.old == "the date"
    assert not ts[0].resolved


def test_reply_then_resolve_then_remove() -> None:
    t = review.threads(DOC)[0]
    text = review.reply(DOC, t, "Yes, I checked the source.", author="cleo")
    assert "{>>@ana: Is this right?<<}{>>@cleo: Yes, I checked the source.<<}" in text
    t = review.threads(text)[0]
    assert [c.author for c in t.comments] == ["ana", "cleo"]
    text = review.resolve(text, t)
    assert "{>>[resolved] @ana: Is this right?<<}" in text
    t = review.threads(text)[0]
    assert t.resolved
    assert review.reopen(text, t).count("[resolved]") == 0
    removed = review.remove_thread(text, t)
    assert removed.startswith("Intro the date and ")  # anchor words stay, markup goes


def test_reply_text_cannot_close_the_comment_early() -> None:
    t = review.threads(DOC)[0]
    text = review.reply(DOC, t, "a <<} b {++ c")
    thread = review.threads(text)[0]
    assert len(thread.comments) == 2 and thread.comments[-1].body == "a < <} b { ++ c"
    assert text.endswith("and {++new ++}text {~~teh~>the~~} end.{>>@ben: Tone?<<}")


def test_add_comment_on_a_selection_highlights_it() -> None:
    text, _ = review.add_comment("one two three", 4, 7, "why?", author="ana")
    assert text == "one {==two==}{>>@ana: why?<<} three"


def test_next_and_previous_stop_once_per_thread() -> None:
    text = review.reply(DOC, review.threads(DOC)[0], "reply")
    starts = [m.start for m in review.stops(text)]
    kinds = [m.kind for m in review.stops(text)]
    assert kinds == ["highlight", "insertion", "substitution", "comment"]
    assert review.next_stop(text, 0) is not None and review.next_stop(text, 0).start == starts[0]  # type: ignore[union-attr]
    assert review.next_stop(text, starts[1]).start == starts[2]  # type: ignore[union-attr]
    assert review.previous_stop(text, starts[2]).start == starts[1]  # type: ignore[union-attr]
    assert review.next_stop(text, starts[-1]).start == starts[0]  # type: ignore[union-attr]  # wraps
    assert review.next_stop(text, starts[-1], wrap=False) is None


class _WordChecker:
    """Flags every occurrence of the given words, like a real rule would."""

    def __init__(self, *words: str) -> None:
        self.words = words

    def __call__(self, text: str) -> list[Issue]:
        out = []
        for w in self.words:
            i = text.find(w)
            while i >= 0:
                out.append(Issue(i, i + len(w), "word", "style", f"avoid {w}", replacements=("X",)))
                i = text.find(w, i + 1)
        return out


def test_checks_run_on_the_accepted_text_and_map_back() -> None:
    issues = review.check_accepted(DOC, _WordChecker("new text", "the end", "teh", "++", "ana"))
    flagged = [DOC[i.start : i.end] for i in sorted(issues)]
    # "new text" spans an insertion and "the end" a substitution; "teh" is rejected text and
    # "ana"/"++" are markup: never flagged
    # each span starts at the accepted word (inside the mark) and runs over the closing delimiter
    assert flagged == ["new ++}text", "the~~} end"]


def test_check_accepted_without_markup_is_the_plain_check() -> None:
    assert review.check_accepted("a teh b", _WordChecker("teh")) == _WordChecker("teh")("a teh b")


def test_decorated_pipeline_function_reports_source_offsets() -> None:
    @review.on_accepted_text
    def run(text: str, words: tuple[str, ...]) -> list[Issue]:
        return _WordChecker(*words)(text)

    [issue] = run("x {--old--}mat {++cat++}", ("cat",))
    assert "x {--old--}mat {++cat++}"[issue.start : issue.end] == "cat"


def test_review_blockers_name_each_open_item_with_offsets() -> None:
    text = review.resolve(DOC, review.threads(DOC)[1])
    found = review.review_blockers(text)
    blocking = [f for f in found if f.severity == "block"]
    assert [f.code for f in blocking] == ["review_comment", "review_suggestion", "review_suggestion"]
    assert "ana" in blocking[0].message and "Is this right?" in blocking[0].message
    assert "“teh” → “the”" in blocking[2].message
    for f in blocking:
        assert text[f.start] == "{" and text[f.end - 1] == "}"
    info = [f for f in found if f.severity != "block"]
    assert len(info) == 1 and "Resolved" in info[0].message
    assert review.review_blockers("no markup here") == []


def test_publishable_text_drops_resolved_threads_only() -> None:
    text = review.resolve(DOC, review.threads(DOC)[0])
    out = review.publishable_text(text)
    assert "ana" not in out and "{>>@ben: Tone?<<}" in out and "Intro the date and {++new ++}" in out


def test_real_checkers_through_the_pipeline_hook_flag_text_not_markup() -> None:
    from editor_app.core.checks import pipeline, registry

    checkers = [registry.create(n) for n in ("builtin", "spelling")]
    text = "We {--really --}measured {~~teh~>the~~} river. It is {++very ++}unique. Some {>>@ana: recieve<<} text."
    result = review.on_accepted_text(pipeline.run)(text, checkers)
    flagged = [text[i.start : i.end] for i in result.issues]
    assert "very" in flagged  # "very unique", with "very " suggested by the editor
    assert not any(w in f for f in flagged for w in ("teh", "recieve", "{", "}", "ana"))
    very = next(i for i in result.issues if text[i.start : i.end] == "very")
    assert text.rfind("{++", 0, very.start) > text.rfind("++}", 0, very.start)  # inside the insertion
