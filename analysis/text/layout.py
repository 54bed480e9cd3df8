"""The layout of an article text: its paragraphs.

A paragraph is a line of text: blank lines separate the paragraphs of the loader's layout, and a lone line
break also ends one (a list of quotes one per line is several paragraphs). Surrounding white space is left out.
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


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of the text, surrounding white space excluded, in order.

    Page furniture opening a line ("Story highlights", "Image copyright AFP Image caption") is a paragraph of its
    own, so the words after it start one.
    """
    spans = []
    furniture = page_furniture()
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found = furniture.match(text, start, end)
            if found is not None:
                rest = found.end()
                while rest < end and text[rest].isspace():
                    rest += 1
                if found.end() > start and rest < end:
                    spans.append((start, found.end()))
                    start = rest
            spans.append((start, end))
    return spans


def paragraph_index(starts: list[int], offset: int) -> int:
    """The index of the paragraph holding ``offset``, given the paragraphs' start offsets (0 before the first)."""
    return max(bisect_right(starts, offset) - 1, 0)
