"""The text layer: one document per article (layout, sentences, tokens, quotations), built once and shared
by every step, and the one reader of the word lists."""

from analysis.text.document import Document, documents
from analysis.text.sentence_table import SENTENCE_COLUMNS, split_sentences

__all__ = ["SENTENCE_COLUMNS", "Document", "documents", "split_sentences"]
