"""The document of an article: built once, read by every step, each step adding its layer.

A :class:`Document` holds the article text and the layers every step reads, computed on first use and kept:

========================= =================================================================================
layer                     what
========================= =================================================================================
``paragraphs``            ``(start, end)`` of each paragraph (:mod:`analysis.text.layout`)
``sentences``             :class:`~analysis.text.sentences.SentenceSpan` of each sentence (Punkt)
``tokens``                :class:`~analysis.text.tokens.Tokens` of the whole text (the one tokeniser)
``quotations``            the paired quote marks of each paragraph (:mod:`analysis.text.quotations`)
========================= =================================================================================

Steps add what they find under a name of their own (:meth:`Document.add`) and say what they need
(:meth:`Document.need`): ``quotes`` adds the attributions, ``speakers`` the resolved speaker of each, and the
stance step reads both. Offsets everywhere index :attr:`Document.text`; the layers are read from
:attr:`Document.reading`, the same text with the page furniture inside its lines blanked out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from analysis.text.layout import paragraph_spans, reading_text
from analysis.text.quotations import Quotation, paragraph_quotations
from analysis.text.sentences import SentenceSpan, sentence_spans
from analysis.text.tokens import Tokens, tokenize


class Document:
    """One article's text and the layers read from it (see the module docstring).

    Args:
        article_id: the article's key.
        text: the article text (anything that is not a string reads as an empty text).
    """

    __slots__ = ("article_id", "text", "_reading", "_paragraphs", "_paragraph_starts", "_sentences", "_sentence_starts",
                 "_tokens", "_token_paragraph", "_token_sentence", "_quotations", "_quoted", "_nicknames", "_layers")

    def __init__(self, article_id: str, text: object) -> None:
        self.article_id = str(article_id)
        self.text: str = text if isinstance(text, str) else ""
        self._reading: str | None = None
        self._paragraphs: list[tuple[int, int]] | None = None
        self._paragraph_starts: list[int] | None = None
        self._sentences: list[SentenceSpan] | None = None
        self._sentence_starts: list[int] | None = None
        self._tokens: Tokens | None = None
        self._token_paragraph: list[int] | None = None
        self._token_sentence: list[int] | None = None
        self._quotations: list[list[Quotation]] | None = None
        self._quoted: list[int] | None = None
        self._nicknames: frozenset[int] | None = None
        self._layers: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"Document({self.article_id!r}, {len(self.text)} characters, layers={sorted(self._layers)})"

    # -- layout ------------------------------------------------------------------------------------------

    @property
    def reading(self) -> str:
        """The text every layer is read from: :attr:`text` with page furniture inside its lines (link previews)
        blanked out by spaces, so offsets are the same (:func:`analysis.text.layout.reading_text`)."""
        if self._reading is None:
            self._reading = reading_text(self.text)
        return self._reading

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each paragraph."""
        if self._paragraphs is None:
            self._paragraphs = paragraph_spans(self.reading, furniture=False)  # the reading has none left
        return self._paragraphs

    @property
    def paragraph_starts(self) -> list[int]:
        if self._paragraph_starts is None:
            self._paragraph_starts = [s for s, _ in self.paragraphs]
        return self._paragraph_starts

    def paragraph_of(self, offset: int) -> int:
        """The paragraph holding the offset (0 before the first; the last after the end)."""
        return max(bisect_right(self.paragraph_starts, offset) - 1, 0)

    @property
    def sentences(self) -> list[SentenceSpan]:
        """Every sentence, in order; sentences never cross paragraphs."""
        if self._sentences is None:
            self._sentences = sentence_spans(self.reading, self.paragraphs)
        return self._sentences

    @property
    def sentence_starts(self) -> list[int]:
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        return self._sentence_starts

    def sentence_of(self, offset: int) -> int:
        """The sentence holding the offset (or the last one starting before it)."""
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    # -- tokens ------------------------------------------------------------------------------------------

    @property
    def tokens(self) -> Tokens:
        """The tokens of the whole text."""
        if self._tokens is None:
            self._tokens = tokenize(self.reading)
        return self._tokens

    @property
    def token_paragraph(self) -> list[int]:
        """The paragraph of each token."""
        if self._token_paragraph is None:
            self._token_paragraph = self._index_of(self.paragraph_starts)
        return self._token_paragraph

    @property
    def token_sentence(self) -> list[int]:
        """The sentence of each token."""
        if self._token_sentence is None:
            self._token_sentence = self._index_of(self.sentence_starts)
        return self._token_sentence

    def _index_of(self, starts: list[int]) -> list[int]:
        """The index of the span (``starts`` sorted) holding each token: the last starting at or before it, 0
        for a token before the first."""
        token_starts = self.tokens.start
        out: list[int] = []
        # The tokens from the first at or after span k's start up to the next span's are span k's.
        first = [bisect_left(token_starts, start) for start in starts]
        first.append(len(token_starts))
        out.extend([0] * first[0])
        for index in range(len(starts)):
            out.extend([index] * (first[index + 1] - first[index]))
        return out

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes ``(a, b)`` of the tokens lying inside the character span ``[start, end)``."""
        tokens = self.tokens
        a = bisect_left(tokens.start, start)
        b = bisect_left(tokens.start, end)
        while b > a and tokens.end[b - 1] > end:
            b -= 1
        return a, b

    def token_at(self, offset: int) -> int:
        """The index of the first token starting at or after the offset."""
        return bisect_left(self.tokens.start, offset)

    # -- quotations --------------------------------------------------------------------------------------

    @property
    def quotations(self) -> list[list[Quotation]]:
        """The quotations of each paragraph (one list per paragraph, in text order)."""
        if self._quotations is None:
            self._quotations = paragraph_quotations(self.reading, self.paragraphs)
        return self._quotations

    def inside_quotation(self, offset: int) -> bool:
        """Whether the offset lies inside a quotation's marks."""
        if self._quoted is None:
            flat: list[int] = []
            for found in self.quotations:
                for quotation in found:
                    flat.extend((quotation.start, quotation.end))
            self._quoted = flat
        return bisect_right(self._quoted, offset) % 2 == 1

    def nickname_at(self, offset: int) -> bool:
        """Whether a quoted nickname inside a name ('Barbara "Biz" Van Gelder') starts at the offset."""
        if self._nicknames is None:
            self._nicknames = frozenset(q.start for found in self.quotations for q in found if q.nickname)
        return offset in self._nicknames

    # -- layers added by steps ---------------------------------------------------------------------------

    def add(self, layer: str, value: Any) -> None:
        """Store what a step found (``quotes``, ``speakers``...) for the later steps."""
        self._layers[layer] = value

    def has(self, layer: str) -> bool:
        return layer in self._layers

    def need(self, layer: str) -> Any:
        """The layer a step added.

        Raises:
            LookupError: the step that adds it has not run on this document (the message names it).
        """
        try:
            return self._layers[layer]
        except KeyError:
            raise LookupError(f"document {self.article_id!r} has no {layer!r} layer yet: run the step that adds "
                              f"it first (layers present: {', '.join(sorted(self._layers)) or 'none'})") from None


def iter_documents(articles: pd.DataFrame) -> Iterator[Document]:
    """One :class:`Document` per row of an articles table, built when reached and kept by nobody here: a step
    that needs no later step's layers holds one article's layers at a time, whatever the corpus's size.

    Raises:
        ValueError: the table lacks ``article_id`` or ``text`` (the message names what it has instead).
    """
    missing = [name for name in ("article_id", "text") if name not in articles.columns]
    if missing:
        raise ValueError(f"an articles table needs the columns article_id and text; missing {missing} (it has "
                         f"{list(articles.columns)[:10]}): read files with analysis.load_corpus, or rename the "
                         "columns")
    if articles.empty:
        return
    for article_id, text in zip(articles["article_id"].astype(str), articles["text"]):
        yield Document(article_id, text)


def documents(articles: pd.DataFrame | Iterable[tuple[str, object]]) -> dict[str, Document]:
    """One :class:`Document` per article, keyed by ``article_id`` (in table order).

    Args:
        articles: an articles table (``article_id`` and ``text`` columns) or ``(article_id, text)`` pairs.
    """
    if isinstance(articles, pd.DataFrame):
        return {doc.article_id: doc for doc in iter_documents(articles)}
    return {str(article_id): Document(str(article_id), text) for article_id, text in articles}
