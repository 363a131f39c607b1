"""Two-way sync scroll between the editor and the live preview, accurate to the source line."""

from __future__ import annotations

import pytest

from editor_app.ui.preview.page import WORLD
from tests.ui.shell_helpers import close_window, make_window

pytestmark = pytest.mark.ui


def _js(qtbot, view, code: str):
    box: dict[str, object] = {}
    view.page().runJavaScript(code, WORLD, lambda v: box.setdefault("v", v))
    qtbot.waitUntil(lambda: "v" in box, timeout=5000)
    return box["v"]


@pytest.fixture
def tab(qtbot, tmp_path):
    win, services = make_window(qtbot, tmp_path)
    text = "\n\n".join(
        f"## Part {i}\n\nParagraph {i} has a few sentences so that it wraps. " * 1 + "More words here." for i in range(120)
    )
    t = services.files.new_document(text)
    qtbot.waitUntil(lambda: t.shown_revision >= 0, timeout=10000)
    qtbot.waitUntil(lambda: _js(qtbot, t.ensure_preview(), "document.querySelectorAll('[data-line]').length") > 100,
                    timeout=10000)
    yield t
    close_window(win)


def test_scrolling_the_editor_moves_the_preview_to_the_same_line(qtbot, tab):
    assert _js(qtbot, tab.ensure_preview(), "window.scrollY") == 0
    target = 200  # 0-based editor line: "## Part 50"
    assert tab.editor.document().findBlockByNumber(target).text() == "## Part 50"
    bar = tab.editor.verticalScrollBar()
    bar.setValue(tab.editor.document().findBlockByNumber(target).firstLineNumber())
    assert tab.editor.first_visible_line() == target

    def heading_top() -> float:
        return float(_js(qtbot, tab.ensure_preview(), "document.getElementById('part-50').getBoundingClientRect().top"))

    # The heading of source line 201 (1-based) sits at the top of the preview, within a few pixels.
    qtbot.waitUntil(lambda: -40 <= heading_top() <= 40, timeout=5000)
    line = _js(qtbot, tab.ensure_preview(), "__ed.lineAtTop()")
    assert abs(int(line) - (target + 1)) <= 2


def test_scrolling_the_preview_moves_the_editor(qtbot, tab):
    assert tab.editor.first_visible_line() == 0
    y = _js(qtbot, tab.ensure_preview(),
            "(() => { const el = document.querySelector('[data-line=\"321\"]');"
            " window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY); return window.scrollY; })()")
    assert y > 0
    qtbot.waitUntil(lambda: tab.editor.first_visible_line() > 0, timeout=5000)
    assert abs(tab.editor.first_visible_line() - 320) <= 2
    assert tab.editor.document().findBlockByNumber(320).text() == "## Part 80"
