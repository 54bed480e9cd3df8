"""The layout of an article text: its paragraphs, and the page furniture a reader skips.

A paragraph is a line of text: blank lines separate the paragraphs of the loader's layout, and a lone line
break also ends one (a list of quotes one per line is several paragraphs). Surrounding white space is left out.

Scraped articles keep some furniture inside their lines. :func:`reading_text` blanks link previews out (a
name, then the person's full name glued to the headlines of related stories, closed by "MORE": "President Trump
Donald John TrumpGOP senators balk at ... MORE said"), so that every layer of the document reads "President
Trump said"), and the page furniture that opens a line ("Story highlights", "Image copyright AFP Image caption",
"Skip Twitter post by @X") and the furniture inside a line (photo credits, stock tickers); offsets do not move.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from analysis.text import wordlists

_LINE = re.compile(r"[^\n]+")


@cache
def page_furniture() -> re.Pattern[str]:
    """The page furniture that may open a paragraph (``resources/page_furniture.txt``), as one pattern."""
    return re.compile("|".join(f"(?:{line})" for line in wordlists.lines("page_furniture.txt")))


@cache
def inline_furniture() -> re.Pattern[str]:
    """The page furniture found anywhere in a line (``resources/inline_furniture.txt``), as one pattern."""
    return re.compile("|".join(f"(?:{line})" for line in wordlists.lines("inline_furniture.txt")))


def inline_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the page furniture inside the lines ("(AP Photo/Evan Vucci)", "GE, +0.26%"), in order."""
    return [match.span() for match in inline_furniture().finditer(text)]


def after_caption(text: str, start: int) -> bool:
    """Does the paragraph starting at ``start`` follow page furniture that ends in "caption" ("Media playback is
    unsupported on your device Media caption Pence: 'Those responsible ...'"): a video's or a photo's caption?"""
    return text[max(0, start - 20):start].rstrip().lower().endswith("caption")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the page furniture opening each line ("Story highlights", "Image copyright AFP Image
    caption", "Skip Twitter post by @X"), in order: only where words follow it on the line."""
    spans = []
    furniture = page_furniture()
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        found = furniture.match(text, start, end) if end > start else None
        if found is not None and found.end() > start and text[found.end():end].strip():
            spans.append((start, found.end()))
    return spans


def paragraph_spans(text: str, *, furniture: bool = True) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of the text, surrounding white space excluded, in order.

    Page furniture opening a line (:func:`furniture_spans`) is a paragraph of its own, so the words after it start
    one. ``furniture=False`` skips that search, for a text whose furniture :func:`reading_text` blanked already.
    """
    spans = []
    furniture_at = dict(furniture_spans(text)) if furniture else {}
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            if start in furniture_at:
                spans.append((start, furniture_at[start]))
                start = furniture_at[start]
                while text[start].isspace():
                    start += 1
            spans.append((start, end))
    return spans


def paragraph_index(starts: list[int], offset: int) -> int:
    """The index of the paragraph holding ``offset``, given the paragraphs' start offsets (0 before the first)."""
    return max(bisect_right(starts, offset) - 1, 0)


_MORE = re.compile(r" MORE\b")
_PREVIEW_START = re.compile(r"\b([A-Z][\w'\u2019-]+) ((?:[A-Z(][\w.'\u2019()-]* ){0,4}\1)(?=[A-Z\d\"'\u201c\u2018])")
"""A name followed by the same person's full name glued to a headline ("Trump Donald John TrumpGOP ...", "Kamala
Harris Kamala Devi Harris2020 Democrats push ..."):
group 2 opens a link preview."""

PREVIEW_REACH = 900
"""How far before its "MORE" a link preview may open, in characters."""


def link_previews(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each link preview in the text (see the module docstring), in order."""
    spans: list[tuple[int, int]] = []
    if " MORE" not in text:
        return spans
    for more in _MORE.finditer(text):
        lo = max(text.rfind("\n", 0, more.start()) + 1, more.start() - PREVIEW_REACH, spans[-1][1] if spans else 0)
        opening = None
        for opening in _PREVIEW_START.finditer(text, lo, more.start()):
            pass  # the last one before "MORE"
        if opening is not None:
            spans.append((opening.start(2), more.end()))
    return spans


def reading_text(text: str) -> str:
    """The text with its link previews, the page furniture opening its lines and the furniture inside them blanked
    out by spaces (the same length: offsets hold)."""
    spans = sorted(link_previews(text) + furniture_spans(text) + inline_spans(text))
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in spans:
        start = max(start, last)
        pieces += [text[last:start], " " * max(0, end - start)]
        last = max(last, end)
    pieces.append(text[last:])
    return "".join(pieces)
