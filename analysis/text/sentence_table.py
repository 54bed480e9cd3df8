"""The ``sentences`` table: every sentence of every article, read from the articles' documents."""

from __future__ import annotations

import pandas as pd

from analysis.progress import progress_bar
from analysis.text.document import Document, documents

SENTENCE_COLUMNS: dict[str, str] = {
    "article_id": "the article (key into `articles`)",
    "paragraph": "0-based paragraph index within the article text (a paragraph is a line of text)",
    "sentence": "0-based sentence index within the article (not restarting per paragraph)",
    "start": "offset of the first character in the article text",
    "end": "offset after the last character: text[start:end] is the sentence",
    "text": "the sentence",
}
"""Columns of the ``sentences`` table, in order."""


def split_sentences(articles: pd.DataFrame, *, progress: bool | None = None,
                    docs: dict[str, Document] | None = None) -> pd.DataFrame:
    """Split every article into sentences.

    Args:
        articles: the ``articles`` table (needs ``article_id`` and ``text``).
        progress: show a progress bar; ``None`` shows one on a terminal for long runs.
        docs: the articles' documents when already built (:func:`analysis.text.documents`), so every step
            reads the same sentences.

    Returns:
        The ``sentences`` table: columns of :data:`SENTENCE_COLUMNS`, ordered by article then offset.
    """
    docs = docs if docs is not None else documents(articles)
    rows = []
    for doc in progress_bar(docs.values(), enabled=progress, total=len(docs), desc="sentences"):
        text = doc.text
        for number, span in enumerate(doc.sentences):
            rows.append((doc.article_id, span.paragraph, number, span.start, span.end, text[span.start:span.end]))
    frame = pd.DataFrame(rows, columns=list(SENTENCE_COLUMNS))
    return frame.astype({"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64"})
