"""Lines an article's author writes that look like web-page chrome but belong to the article.

Page chrome pasted from a web page ("Share this article: Facebook | X | Email", "By Travel Desk |
Updated 3 hours ago | 6 min read") comes as plain text. These lines are the article's own:

* a label row the author set in Markdown emphasis, "**Serves:** 4 | **Prep:** 15 minutes" or
  "**Price:** £299": a recipe's or review's info box;
* a byline that is only a name, "By Ann Lee" or "*By Ann Lee, Science Editor*" (with no reading
  time or date bar after it);
* a news wire credit, "(Reporting by Ann Lee; Editing by Tom Hart)";
* a line of the author's own Markdown links ("[Donate online](https://...)", "Related: [How to
  ...](https://...)"), unless they go to a share endpoint (a share button's link).

And a label set in bold inside a sentence ("Tap **Add to wallet**", "Under **Mode**") is quoted as
it appears on screen: its grammar (a missing article) is not the writer's.

The checks read the Markdown source line, since prose extraction drops the emphasis markers.
"""

from __future__ import annotations

import re

# "**Label:** value", "__Label__: value", "- **Label:** value": a bold label and its value.
_BOLD_LABEL = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(\*\*|__)[^*_\n]{1,30}?(?::\1|\1:)\s*\S")
# "By Ann Lee", "*By Ann Lee*", "By Ann Lee, Science Editor": a name and at most a role.
_BYLINE = re.compile(
    r"^\s*([*_]{0,2})By (?:[A-Z][\w'’.-]*|van|de|der|von|la|le)(?: (?:[A-Z][\w'’.-]*|van|de|der|von|la|le)){0,3}"
    r"(?:(?:,| and) [A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,4})?\1\s*$"
)
_WIRE_CREDIT = re.compile(
    r"^\s*[*_]{0,2}\(?\s*(?:Additional )?(?:reporting|writing|editing|compiled|research|graphics)"
    r"(?: and (?:writing|editing|reporting))? by [A-Z][^;()\n]{1,60}"
    r"(?:;\s*(?:additional )?(?:reporting|writing|editing|compiled|research|graphics)"
    r"(?: and (?:writing|editing|reporting))? by [A-Z][^;()\n]{1,60})*\)?\.?[*_]{0,2}\s*$",
    re.IGNORECASE,
)


# A line of the author's own Markdown links, with at most a short label before them and "·" or
# "|" between them: "[Donate online](https://...)", "*Related: [How to ...](https://...)*",
# "[Read the paper](https://doi.org/...) · [School of Biology](https://...)". Page chrome pasted
# from a web page comes as plain text, without its links.
_LINK = r"\[[^\]\n]{1,120}\]\((?:https?://|/|\.\.?/)[^)\s]+\)"
_LINK_LINE = re.compile(
    rf"^\s*(?:[-*+]\s+)?([*_]{{0,2}})(?:[A-Z][\w ]{{0,24}}:\s*)?{_LINK}(?:\s*[·|•]\s*{_LINK})*\1\s*$"
)
# Links to a share or follow endpoint are a page's buttons even with their links kept.
_SHARE_TARGET = re.compile(r"\]\(https?://(?:www\.)?(?:facebook\.com/shar|twitter\.com/(?:intent|share)|x\.com/intent"
                           r"|linkedin\.com/(?:share|shareArticle)|wa\.me/|api\.whatsapp\.com/send|pinterest\.com/pin/create"
                           r"|reddit\.com/submit)", re.IGNORECASE)


def authored_line(line: str) -> bool:
    """Is this Markdown source line the article's own label row, byline, wire credit or line of
    links?"""
    if "](" in line and _LINK_LINE.match(line) and not _SHARE_TARGET.search(line):
        return True
    if "|" in line and not _BOLD_LABEL.match(line) or "·" in line or "•" in line:
        return False  # a bar of plain labels is page chrome ("Home | News", "By X · 4 min read")
    return bool(_BOLD_LABEL.match(line) or _BYLINE.match(line) or _WIRE_CREDIT.match(line))


def authored_span(source: str, start: int, end: int) -> bool:
    """Does every source line that ``[start, end)`` touches hold an authored line?"""
    a = source.rfind("\n", 0, start) + 1
    b = source.find("\n", max(start, end - 1))
    b = len(source) if b < 0 else b
    lines = [ln for ln in source[a:b].split("\n") if ln.strip()]
    return bool(lines) and all(authored_line(ln) for ln in lines)


_BOLD_SPAN = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")


def inside_bold(source: str, start: int, end: int) -> bool:
    """Is ``[start, end)`` inside one inline bold span of the Markdown source?"""
    a = source.rfind("\n", 0, start) + 1
    b = source.find("\n", end)
    b = len(source) if b < 0 else b
    return any(m.start() < start and end < m.end() for m in _BOLD_SPAN.finditer(source, a, b))
