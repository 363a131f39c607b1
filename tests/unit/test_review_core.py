"""CriticMarkup: accept/reject give exactly the expected text; malformed markup loses nothing."""

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from editor_app.core import review

DOC = "A {++big ++}cat {--really --}sat {~~on~>upon~~} the mat.{>>nice line<<} {==very==}{>>check<<} end"


def test_accept_all_gives_the_edited_text() -> None:
    assert review.accept_all(DOC) == "A big cat sat upon the mat. very end"


def test_reject_all_gives_the_original_text() -> None:
    assert review.reject_all(DOC) == "A cat really sat on the mat. very end"


def test_accept_one_mark_leaves_the_others() -> None:
    marks = review.parse(DOC)
    assert [m.kind for m in marks] == ["insertion", "deletion", "substitution", "comment", "highlight", "comment"]
    once = review.accept(DOC, marks[2])
    assert "upon" in once and "{~~" not in once and "{++big ++}" in once


def test_unclosed_and_malformed_markup_is_kept_as_text() -> None:
    text = "Keep {++ this open and {~~ no arrow ~~} and {-- gone --} here"
    assert review.accept_all(text) == "Keep {++ this open and {~~ no arrow ~~} and  here"
    assert review.reject_all(text) == "Keep {++ this open and {~~ no arrow ~~} and  gone  here"


def test_nested_markup_keeps_every_word() -> None:
    text = "x {++ outer {++ inner ++} tail ++} y"
    accepted = review.accept_all(text)
    rejected = review.reject_all(text)
    for word in ("outer", "inner", "tail"):
        assert word in accepted + rejected
    assert accepted.startswith("x ") and accepted.endswith(" y")


def test_accepted_view_maps_back_to_source() -> None:
    view = review.accepted_view(DOC)
    assert view.text == review.accept_all(DOC)
    for word in ("upon", "big", "mat", "very", "end"):
        i = view.text.index(word)
        s = view.to_source(i)
        assert DOC[s : s + len(word)] == word


def test_unresolved_lists_suggestions_and_comments_not_highlights() -> None:
    kinds = [m.kind for m in review.unresolved(DOC)]
    assert "highlight" not in kinds and kinds.count("comment") == 2


plain = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=40)


@given(plain)
def test_text_without_markup_is_unchanged(text: str) -> None:
    assert review.accept_all(text) == text == review.reject_all(text)


@given(st.lists(st.tuples(plain, st.sampled_from(["ins", "del", "sub", "com"]), plain), max_size=5), plain)
def test_round_trip_of_generated_suggestions(parts: list[tuple[str, str, str]], tail: str) -> None:
    src, acc, rej = [], [], []
    for before, kind, word in parts:
        word = word.replace("~>", "").replace("<<}", "").replace("++}", "").replace("--}", "").replace("~~}", "")
        src.append(before)
        acc.append(before)
        rej.append(before)
        if kind == "ins":
            src.append("{++" + word + "++}")
            acc.append(word)
        elif kind == "del":
            src.append("{--" + word + "--}")
            rej.append(word)
        elif kind == "sub":
            src.append("{~~" + word + "~>" + word[::-1] + "~~}")
            acc.append(word[::-1])
            rej.append(word)
        else:
            src.append("{>>" + word + "<<}")
    src.append(tail)
    acc.append(tail)
    rej.append(tail)
    text = "".join(src)
    assert review.accept_all(text) == "".join(acc)
    assert review.reject_all(text) == "".join(rej)


def test_cli_review_accept_all(tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "d.md"
    f.write_text(DOC, encoding="utf-8")
    out = tmp_path / "out.md"
    r = subprocess.run([sys.executable, "-m", "editor_app", "review", str(f), "--accept-all", "-o", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8") == "A big cat sat upon the mat. very end"
    assert f.read_text(encoding="utf-8") == DOC
    r = subprocess.run([sys.executable, "-m", "editor_app", "review", str(tmp_path / "missing.md"), "--reject-all"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "cannot read" in r.stderr


def test_preflight_blocks_unresolved_suggestions_and_publishes_resolved_threads_clean(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from editor_app.core.publishing.preflight import run_preflight

    text = "---\ntitle: T\n---\nThe {++quick ++}fox.\n\nA {==note==}{>>@ed: check this<<} here.\n"
    report = run_preflight(text, tmp_path / "d.md", None, check_remote=False)
    codes = [f.code for f in report.findings if f.severity == "block"]
    assert "review_suggestion" in codes and "review_comment" in codes
    assert not report.may_publish(False)

    resolved = "---\ntitle: T\n---\nA {==note==}{>>[resolved] @ed: check this<<} here.\n"
    assert review.publishable_text(resolved).endswith("A note here.\n")
