"""Preflight blocks chatbot leftovers, web boilerplate and TODO markers; warns about the rest."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from editor_app.core.publishing.preflight import run_preflight

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed-draft.md"


def test_seed_draft_is_blocked_for_chatbot_line_and_boilerplate() -> None:
    text = SEED.read_text(encoding="utf-8")
    report = run_preflight(text, SEED)
    codes = {f.code for f in report.blocking}
    assert {"chatbot_leftover", "web_boilerplate"} <= codes
    assert not report.may_publish() and report.may_publish(override=True)
    chatbot = next(f for f in report.blocking if f.code == "chatbot_leftover")
    assert text[chatbot.start : chatbot.end].startswith("Would you be interested")
    boiler = [text[f.start : f.end] for f in report.blocking if f.code == "web_boilerplate"]
    assert any("Leave a Reply" in b for b in boiler)


def test_todo_blocks_but_not_inside_code(tmp_path: Path) -> None:
    text = "---\ntitle: T\nexcerpt: e\n---\nFirst line.\n\nTODO: check the numbers\n\n```\n# TODO in code\n```\n"
    report = run_preflight(text, tmp_path / "d.md")
    todos = [f for f in report.blocking if f.code == "todo"]
    assert len(todos) == 1
    assert text[todos[0].start : todos[0].end] == "TODO"
    assert todos[0].line_col(text) == (7, 1)


def test_clean_article_has_no_blockers_and_image_warnings_jump_to_the_image(tmp_path: Path) -> None:
    Image.new("RGB", (3000, 1000)).save(tmp_path / "wide.jpg")
    text = "---\ntitle: T\n---\nA clean paragraph.\n\n![](wide.jpg)\n"
    report = run_preflight(text, tmp_path / "d.md")
    assert report.blocking == []
    codes = {f.code: f for f in report.findings}
    assert {"missing_alt", "oversized_image", "no_featured_image", "no_excerpt"} <= set(codes)
    assert text[codes["missing_alt"].start : codes["missing_alt"].end] == "![](wide.jpg)"


def test_missing_image_blocks(tmp_path: Path) -> None:
    text = "---\ntitle: T\n---\n![Alt](nowhere.png)\n"
    report = run_preflight(text, tmp_path / "d.md")
    assert [f.code for f in report.blocking] == ["missing_image"]


def test_fallback_phrase_list_catches_the_seed_lines_without_the_registry() -> None:
    from editor_app.core.publishing.preflight import fallback_issues

    text = SEED.read_text(encoding="utf-8")
    cats = {i.category for i in fallback_issues(text)}
    assert cats == {"chatbot_leftover", "web_boilerplate"}
    assert fallback_issues("---\ntitle: T\n---\nA plain, finished paragraph about harbours.\n") == []


def test_issues_from_the_editor_are_used_as_given(tmp_path: Path) -> None:
    from editor_app.core.checks.base import Issue

    text = "---\ntitle: T\n---\nAs an AI model I think this is fine.\n"
    mine = [Issue(18, 23, "x", "chatbot_leftover", "leftover", "error"), Issue(30, 35, "y", "pleonasm", "p")]
    report = run_preflight(text, tmp_path / "d.md", issues=mine)
    assert report.checks_source == "editor"
    assert [(f.code, f.start) for f in report.blocking] == [("chatbot_leftover", 18)]
    assert any(f.code == "check" and f.start == 30 for f in report.warnings)
