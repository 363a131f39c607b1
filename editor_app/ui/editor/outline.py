"""Headings outline panel and the status bar's words/characters/reading time.

Both come from one background pass over a text snapshot (:func:`analyse`), so typing in a
100k-word document never counts words on the UI thread.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

WORDS_PER_MINUTE = 230

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_WORD = re.compile(r"[\w’'-]+")
_FM = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.MULTILINE | re.DOTALL)
_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|<!--.*?-->|<[^>]+>", re.DOTALL)


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    line: int  # 0-based source line


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE)) if self.words else 0

    def describe(self) -> str:
        return (
            f"{self.words:,} words · {self.characters:,} characters · "
            f"{self.reading_minutes} min read"
        )


@dataclass(frozen=True)
class Analysis:
    headings: tuple[Heading, ...]
    stats: TextStats
    front_matter_error: str | None = None  # what is wrong with the YAML block, for the writer


def extract_headings(text: str) -> list[Heading]:
    headings: list[Heading] = []
    lines = text.split("\n")
    fence: str | None = None
    start = 0
    fm = _FM.match(text)
    if fm:
        start = text.count("\n", 0, fm.end()) + 1
    prev = ""
    for i in range(start, len(lines)):
        line = lines[i].rstrip("\r")
        m = _FENCE.match(line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            prev = ""
            continue
        if m:
            fence = m.group(1)
            prev = ""
            continue
        a = _ATX.match(line)
        if a and a.group(2):
            headings.append(Heading(len(a.group(1)), _clean(a.group(2)), i))
        elif prev.strip() and _SETEXT.match(line) and not _ATX.match(prev) and not prev.startswith((" ", "\t", "-", "*", ">")):
            headings.append(Heading(1 if line.strip()[0] == "=" else 2, _clean(prev.strip()), i - 1))
        prev = line
    return headings


def _clean(title: str) -> str:
    return re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", title).strip()


def text_stats(text: str) -> TextStats:
    body = _FM.sub("", text, count=1)
    prose = _MARKUP.sub(" ", body)
    words = sum(1 for w in _WORD.findall(prose) if any(ch.isalnum() for ch in w))
    return TextStats(words=words, characters=len(body.strip()))


def front_matter_problem(text: str) -> str | None:
    if not _FM.match(text):
        return None
    from editor_app.core.metadata import Metadata

    _meta, err = Metadata.from_text(text)
    return str(err) if err is not None else None


def analyse(text: str) -> Analysis:
    """Runs on a worker thread: plain text in, plain data out."""
    return Analysis(tuple(extract_headings(text)), text_stats(text), front_matter_problem(text))


class OutlinePanel(QWidget):
    """A tree of the document's headings; activating one emits ``heading_activated(line)``."""

    heading_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        self.tree.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.empty = QLabel("No headings yet.\nStart a line with # to add one.", self)
        self.empty.setObjectName("outlineEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self._shown: tuple[Heading, ...] | None = None
        self.set_headings(())

    def set_headings(self, headings: tuple[Heading, ...]) -> None:
        if headings == self._shown:
            return
        self._shown = headings
        self.tree.clear()
        stack: list[tuple[int, QTreeWidgetItem | None]] = [(0, None)]
        for h in headings:
            while len(stack) > 1 and stack[-1][0] >= h.level:
                stack.pop()
            parent = stack[-1][1]
            item = QTreeWidgetItem([h.title])
            item.setData(0, Qt.ItemDataRole.UserRole, h.line)
            item.setToolTip(0, f"Line {h.line + 1}")
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            stack.append((h.level, item))
        self.tree.expandAll()
        self.tree.setVisible(bool(headings))
        self.empty.setVisible(not headings)

    def titles(self) -> list[str]:
        out: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            out.append(item.text(0))
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    walk(child)

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                walk(top)
        return out

    def _activated(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        line = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(line, int):
            self.heading_activated.emit(line)
