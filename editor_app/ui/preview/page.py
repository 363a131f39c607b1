"""The sandboxed web page of the preview: navigation guard, remote-request blocker, page shell."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from editor_app.core.rendering import Block, RenderResult
from editor_app.ui.preview.script import PREVIEW_JS

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld

# The document may show images and media from the disk (and from the web if the writer allows it;
# the request interceptor decides that). Nothing may run: no scripts, frames, plugins or forms.
CSP = (
    "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
    "form-action 'none'; base-uri file:; img-src file: data: blob: http: https:; "
    "media-src file: data: http: https:; style-src 'unsafe-inline' file: http: https:; "
    "font-src file: data: http: https:"
)

REMOTE_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


def block_html(block: Block) -> str:
    """A block as the page holds it: a wrapper the patch code can find by id."""
    return (
        f'<div class="md-block" id="mdblk-{block.id}" data-line="{block.start_line}" '
        f'data-end="{block.end_line}">{block.html}</div>'
    )


def page_html(result: RenderResult, css: str, theme: str, base_dir: Path | None) -> str:
    base = f'<base href="{html.escape(_dir_url(base_dir).toString())}">\n' if base_dir is not None else ""
    body = "\n".join(block_html(b) for b in result.blocks)
    return (
        "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n{base}'
        f'<style id="ed-theme">{css}</style>\n</head>\n'
        f'<body class="preview theme-{theme}"><article id="md-root" class="markdown-body">\n{body}\n'
        "</article></body></html>\n"
    )


def _dir_url(folder: Path) -> QUrl:
    return QUrl.fromLocalFile(str(folder).rstrip("/") + "/")


class RemoteBlocker(QWebEngineUrlRequestInterceptor):
    """Blocks http(s) and other network requests unless the writer allowed remote content."""

    #: A remote URL was refused (each URL once), so the UI can offer to allow remote content.
    blocked_url = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allow_remote = False
        #: URLs refused so far (newest last, capped); lets the UI say what was blocked.
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt name)
        url = info.requestUrl()
        if url.scheme().lower() in REMOTE_SCHEMES and not self.allow_remote:
            info.block(True)
            text = url.toString()
            if text not in self.blocked:
                self.blocked.append(text)
                del self.blocked[:-50]
                self.blocked_url.emit(text)


class PreviewPage(QWebEnginePage):
    """Refuses every navigation except our own loads; clicked web links go to the system browser."""

    #: A clicked link that is not on the web (e.g. another Markdown file next to this one).
    local_link_clicked = Signal(QUrl)

    def __init__(
        self, open_external: Callable[[QUrl], object], profile: QWebEngineProfile | None = None,
        parent: QObject | None = None,
    ) -> None:
        if profile is not None:
            super().__init__(profile, parent)
        else:
            super().__init__(parent)
        self._open_external = open_external
        self.expect_load = False
        self.blocker = RemoteBlocker(self)
        self.setUrlRequestInterceptor(self.blocker)
        s = self.settings()
        # The document's scripts are stripped and forbidden by CSP; JavaScript stays on only for
        # our own code in the ApplicationWorld (isolated from the page, exempt from its CSP).
        s.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalStorageEnabled, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        script = QWebEngineScript()
        script.setName("editor-app-preview")
        script.setSourceCode(PREVIEW_JS)
        script.setWorldId(WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setRunsOnSubFrames(False)
        self.scripts().insert(script)

    def acceptNavigationRequest(  # noqa: N802 (Qt name)
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if self.expect_load and nav_type != QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.expect_load = False
            return True
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            here = self.url().toString().split("#", 1)[0]
            target = url.toString().split("#", 1)[0]
            if url.hasFragment() and (target == here or (url.isLocalFile() and target.endswith("/"))):
                # An in-page link (#fn:1): scroll there ourselves.
                self.runJavaScript(f"__ed.scrollToId({_js_str(url.fragment())})", WORLD)
                return False
            if url.scheme().lower() in EXTERNAL_SCHEMES:
                self._open_external(url)
            else:
                self.local_link_clicked.emit(url)
        return False

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> QWebEnginePage:  # noqa: N802
        # target="_blank" links: hand the URL to the system browser through a throwaway page.
        return _ExternalOpener(self._open_external, self)


class _ExternalOpener(QWebEnginePage):
    def __init__(self, open_external: Callable[[QUrl], object], parent: QObject) -> None:
        super().__init__(parent)
        self._open_external = open_external

    def acceptNavigationRequest(  # noqa: N802
        self, url: QUrl | str, _nav_type: QWebEnginePage.NavigationType, _is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            self._open_external(url)
        self.deleteLater()
        return False


def _js_str(value: str) -> str:
    import json

    return json.dumps(value)
