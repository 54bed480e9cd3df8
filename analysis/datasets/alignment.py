"""Offsets into a raw text of ``../shared`` mapped onto the text the loader makes of it.

The loader keeps an article's paragraphs verbatim but strips them, drops the headline line and boilerplate
paragraphs and joins the rest with one blank line (:func:`analysis.corpus.parse_text`). Each loaded paragraph
is therefore found in the raw text in order, and an offset inside it maps by a constant shift. An offset in a
dropped part (the headline, a boilerplate paragraph) has no place in the loaded text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


class AlignmentError(ValueError):
    """A loaded paragraph is not found verbatim in the raw text (the loader changed the text itself)."""


@dataclass(frozen=True)
class Alignment:
    """Pieces ``(raw start, loaded start, length)`` that the loaded text shares with the raw one, in order."""

    pieces: tuple[tuple[int, int, int], ...]

    @classmethod
    def of(cls, raw: str, loaded: str) -> "Alignment":
        """Align a loaded text with the raw text it was made from.

        Raises:
            AlignmentError: a paragraph of the loaded text is not in the raw text (names the paragraph's start).
        """
        pieces = []
        raw_at, loaded_at = 0, 0
        for paragraph in loaded.split("\n\n"):
            found = raw.find(paragraph, raw_at)
            if found < 0:
                raise AlignmentError(f"the loaded paragraph at offset {loaded_at} is not in the raw text")
            pieces.append((found, loaded_at, len(paragraph)))
            raw_at = found + len(paragraph)
            loaded_at += len(paragraph) + 2
        return cls(tuple(pieces))

    def to_loaded(self, offset: int, *, end: bool = False) -> int | None:
        """The loaded offset of a raw offset (``end`` True for an end offset); None when it was dropped."""
        starts = [p[0] for p in self.pieces]
        k = bisect_right(starts, offset - 1 if end else offset) - 1
        if k < 0:
            return None
        raw_start, loaded_start, length = self.pieces[k]
        shift = offset - raw_start
        if shift > length or (not end and shift == length):
            return None
        return loaded_start + shift

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """A raw span mapped onto the loaded text, or None when any part of it was dropped."""
        a, b = self.to_loaded(start), self.to_loaded(end, end=True)
        if a is None or b is None or b < a:
            return None
        return a, b
