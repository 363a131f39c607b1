"""PreviewView on a real offscreen QWebEngineView: patching, sync scroll, sandbox."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from editor_app.core.rendering import BlockRenderer, RenderResult
from editor_app.ui.preview import PreviewView, create_preview
from editor_app.ui.preview.page import WORLD

pytestmark = pytest.mark.ui

MAIN_WORLD = 0


def long_doc(n: int = 120, marker: str = "") -> str:
    parts = ["---", "title: Test", "---", "# Top heading", ""]
    for i in range(n):
        if i % 10 == 0:
            parts += [f"## Section {i}", ""]
        parts += [f"Paragraph {i} {marker if i == 60 else ''} " + "lorem ipsum dolor sit amet " * 8, ""]
    return "\n".join(parts) + "\n"


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def view(qtbot: Any, opened: list[QUrl]) -> Iterator[PreviewView]:
    v = PreviewView(open_external=opened.append)
    qtbot.addWidget(v)
    v.resize(800, 600)
    v.show()
    yield v
    _delete(qtbot, v)


def _delete(qtbot: Any, widget: Any) -> None:
    # Delete the page before the web engine profile goes away at exit.
    widget.close()
    widget.deleteLater()
    qtbot.wait(1)


def js(qtbot: Any, view: PreviewView, code: str, world: int = WORLD) -> Any:
    box: list[Any] = []
    view.page().runJavaScript(code, world, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def show(qtbot: Any, view: PreviewView, result: RenderResult) -> None:
    with qtbot.waitSignal(view.render_applied, timeout=20_000):
        view.show_render(result)


def test_first_render_shows_text_and_a_change_is_patched_without_reload(qtbot: Any, view: PreviewView) -> None:
    renderer = BlockRenderer()
    first = renderer.render(long_doc())
    show(qtbot, view, first)
    assert "Paragraph 59" in js(qtbot, view, "document.body.innerText")
    # Mark an untouched block from the page's own world: a reload would lose the mark.
    kept = f"document.getElementById('mdblk-{first.blocks[1].id}').dataset.mark"
    js(qtbot, view, kept + " = 'kept'", MAIN_WORLD)

    second = renderer.render(long_doc(marker="zebracorn"), first)
    show(qtbot, view, second)
    text = js(qtbot, view, "document.body.innerText")
    assert "zebracorn" in text
    assert text.count("Paragraph 60 ") == 1  # the old version of the block is gone
    assert js(qtbot, view, kept, MAIN_WORLD) == "kept"
    assert view.full_loads == 1 and view.patches == 1
    got: list[str] = []
    view.plain_text(got.append)
    qtbot.waitUntil(lambda: bool(got))
    assert "zebracorn" in got[0]


def test_patch_after_skipped_results_and_line_moves(qtbot: Any, view: PreviewView) -> None:
    renderer = BlockRenderer()
    r1 = renderer.render(long_doc())
    show(qtbot, view, r1)
    text2 = long_doc().replace("# Top heading\n", "# Top heading\n\nA new first paragraph\nover two lines.\n")
    r2 = renderer.render(text2, r1)  # never shown: the runner dropped it
    r3 = renderer.render(text2.replace("Paragraph 5 ", "Paragraph 5 edited "), r2)
    show(qtbot, view, r3)
    assert view.full_loads == 1
    assert "A new first paragraph" in js(qtbot, view, "document.body.innerText")
    lines = text2.split("\n")
    heading_line = lines.index("## Section 100") + 1
    assert js(qtbot, view, "document.querySelector('h2[id=\"section-100\"]').dataset.line") == str(heading_line)


def test_scroll_to_source_line_puts_that_heading_at_the_top(qtbot: Any, view: PreviewView) -> None:
    text = long_doc()
    show(qtbot, view, BlockRenderer().render(text))
    line = text.split("\n").index("## Section 80") + 1
    view.scroll_to_source_line(line)
    qtbot.waitUntil(lambda: js(qtbot, view, "window.scrollY") > 1000, timeout=5000)
    top = js(qtbot, view, "document.getElementById('section-80').getBoundingClientRect().top")
    assert abs(top) < 3


def test_user_scrolling_reports_the_source_line_at_the_top(qtbot: Any, view: PreviewView) -> None:
    text = long_doc()
    show(qtbot, view, BlockRenderer().render(text))
    line = text.split("\n").index("## Section 50") + 1
    # The writer scrolls (done from the page's own world, like a wheel would).
    with qtbot.waitSignal(view.source_line_scrolled, timeout=5000) as sig:
        js(qtbot, view, "document.getElementById('section-50').scrollIntoView()", MAIN_WORLD)
    assert sig.args[0] == line


def test_patching_keeps_what_the_writer_reads_in_place(qtbot: Any, view: PreviewView) -> None:
    renderer = BlockRenderer()
    text = long_doc()
    r1 = renderer.render(text)
    show(qtbot, view, r1)
    js(qtbot, view, "document.getElementById('section-90').scrollIntoView()", MAIN_WORLD)
    before = js(qtbot, view, "document.getElementById('section-90').getBoundingClientRect().top")
    bigger = text.replace("Paragraph 3 ", "Paragraph 3 " + "much longer now " * 200)
    show(qtbot, view, renderer.render(bigger, r1))
    after = js(qtbot, view, "document.getElementById('section-90').getBoundingClientRect().top")
    assert abs(after - before) < 3


def test_document_scripts_never_run(qtbot: Any, view: PreviewView) -> None:
    text = (
        "# Hello\n\n<script>document.title = 'owned by script'</script>\n\n"
        "<img src=\"nothing.png\" onerror=\"document.title = 'owned by handler'\">\n\n"
        "<a href=\"javascript:document.title='owned by link'\">js link</a>\n"
    )
    show(qtbot, view, BlockRenderer().render(text))
    qtbot.wait(200)
    assert js(qtbot, view, "document.title", MAIN_WORLD) == ""
    # Second lock: even a script element that got into the page is refused by the CSP.
    js(
        qtbot, view,
        "var s = document.createElement('script'); s.textContent = \"document.title = 'csp failed'\";"
        "document.body.appendChild(s); 1",
        MAIN_WORLD,
    )
    qtbot.wait(200)
    assert js(qtbot, view, "document.title", MAIN_WORLD) == ""


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def web_server() -> Iterator[tuple[str, list[str]]]:
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()
    server.server_close()


def test_remote_images_are_blocked_until_allowed(qtbot: Any, view: PreviewView, web_server: tuple[str, list[str]]) -> None:
    url, hits = web_server
    with qtbot.waitSignal(view.remote_content_blocked, timeout=5000) as blocked:
        show(qtbot, view, BlockRenderer().render(f"Remote: ![pic]({url}/pic.png)\n"))
    assert blocked.args[0] == f"{url}/pic.png"
    assert view.blocked_requests == [f"{url}/pic.png"]
    qtbot.wait(300)
    assert hits == []
    view.set_allow_remote(True)
    qtbot.waitUntil(lambda: "/pic.png" in hits, timeout=10_000)


def test_local_images_relative_to_the_document_show(qtbot: Any, view: PreviewView, tmp_path: Path) -> None:
    from PIL import Image

    (tmp_path / "assets").mkdir()
    Image.new("RGB", (40, 30), "red").save(tmp_path / "assets" / "pic.png")
    view.set_document_dir(tmp_path)
    show(qtbot, view, BlockRenderer().render("![a picture](assets/pic.png)\n"))
    qtbot.waitUntil(lambda: js(qtbot, view, "document.querySelector('img').naturalWidth") == 40, timeout=5000)


def test_links_open_in_the_system_browser_and_the_page_stays(qtbot: Any, view: PreviewView, opened: list[QUrl]) -> None:
    show(qtbot, view, BlockRenderer().render("Read [the docs](https://example.com/docs) now.[^1]\n\n[^1]: A note.\n"))
    url_before = view.page().url()
    js(qtbot, view, "document.querySelector('a[href^=\"https\"]').click(); 1", MAIN_WORLD)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened[0] == QUrl("https://example.com/docs")
    qtbot.wait(200)
    assert view.page().url() == url_before
    assert "Read the docs now" in js(qtbot, view, "document.body.innerText")


def test_theme_switch_restyles_without_reload(qtbot: Any, view: PreviewView) -> None:
    show(qtbot, view, BlockRenderer().render("# Hi\n\ntext\n"))
    light = js(qtbot, view, "getComputedStyle(document.body).backgroundColor")
    view.set_theme("dark")
    qtbot.waitUntil(lambda: js(qtbot, view, "getComputedStyle(document.body).backgroundColor") != light, timeout=5000)
    assert js(qtbot, view, "getComputedStyle(document.body).backgroundColor") == "rgb(13, 17, 23)"
    assert view.full_loads == 1


def test_pages_over_two_megabytes_still_load(qtbot: Any, view: PreviewView) -> None:
    code = "\n".join(f"line {i} of a very long code listing that keeps going" for i in range(45_000))
    text = f"# Big\n\n```\n{code}\n```\n\nThe end marker paragraph.\n"
    result = BlockRenderer().render(text)
    assert len(result.html.encode()) > 2_000_000
    show(qtbot, view, result)
    assert "The end marker paragraph." in js(qtbot, view, "document.body.innerText.slice(-200)")


def test_create_preview_returns_view_and_render_function(qtbot: Any) -> None:
    view, render_fn = create_preview(None)
    qtbot.addWidget(view)
    r1 = render_fn("# One\n\ntext\n")
    r2 = render_fn("# One\n\ntext changed\n")
    assert r2.blocks[0].id == r1.blocks[0].id  # unchanged blocks keep their ids
    show(qtbot, view, r1)
    show(qtbot, view, r2)
    assert view.patches == 1
    _delete(qtbot, view)


def test_footnote_links_jump_inside_the_page(qtbot: Any, view: PreviewView, opened: list[QUrl], tmp_path: Path) -> None:
    view.set_document_dir(tmp_path)
    filler = "\n\n".join(f"Filler paragraph {i}." for i in range(150))
    show(qtbot, view, BlockRenderer().render(f"See the note.[^1]\n\n{filler}\n\n[^1]: The note text.\n"))
    assert js(qtbot, view, "window.scrollY") == 0
    js(qtbot, view, "document.querySelector('a.footnote-ref').click(); 1", MAIN_WORLD)
    qtbot.waitUntil(lambda: js(qtbot, view, "window.scrollY") > 500, timeout=5000)
    assert opened == []
    assert "The note text." in js(qtbot, view, "document.body.innerText")


def test_a_long_document_paints_its_top_first_then_the_rest_arrives_as_a_patch(qtbot: Any) -> None:
    view, render_fn = create_preview()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    text = long_doc(n=400)
    first = render_fn(text)  # what the task runner's worker does
    assert first.partial  # only the top was rendered, for a quick first paint
    applied: list[int] = []
    view.render_applied.connect(lambda: applied.append(1))
    view.show_render(first)
    qtbot.waitUntil(lambda: len(applied) >= 1, timeout=20_000)
    # then, without any keystroke, the rest is rendered on a worker and patched in
    qtbot.waitUntil(lambda: "Paragraph 399" in js(qtbot, view, "document.body.innerText"), timeout=20_000)
    body = js(qtbot, view, "document.body.innerText")
    assert body.count("Paragraph 0 ") == 1 and body.count("Paragraph 200 ") == 1
    assert view.full_loads == 1 and view.patches >= 1
    # typing afterwards patches as usual
    show(qtbot, view, render_fn(text.replace("Paragraph 300 ", "Paragraph 300 zebracorn ")))
    assert "zebracorn" in js(qtbot, view, "document.body.innerText")
    assert view.full_loads == 1
    _delete(qtbot, view)

