"""The layout of an article text: its paragraphs.

A paragraph is a line of text: blank lines separate the paragraphs of the loader's layout, and a lone line
break also ends one (a list of quotes one per line is several paragraphs). Surrounding white space is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_LINE = re.compile(r"[^\n]+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of the text, surrounding white space excluded, in order."""
    spans = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def paragraph_index(starts: list[int], offset: int) -> int:
    """The index of the paragraph holding ``offset``, given the paragraphs' start offsets (0 before the first)."""
    return max(bisect_right(starts, offset) - 1, 0)
