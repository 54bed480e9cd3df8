"""analysis: who is quoted in the news, saying what, and with which stance toward whom.

The public functions, one per pipeline step (see README.md for the tables and their columns)::

    articles, errors = load_corpus("folder/")        # corpus
    sentences = split_sentences(articles)             # sentences
"""

from analysis.corpus import load_corpus
from analysis.sentences import split_sentences

__version__ = "0.1.0"

__all__ = ["load_corpus", "split_sentences", "__version__"]
