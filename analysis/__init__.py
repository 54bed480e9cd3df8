"""analysis: who is quoted in the news, saying what, and with which stance toward whom.

The public functions, one per pipeline step (docs/python.md; the tables and their columns in docs/tables.md)::

    articles, errors = load_corpus("folder/")        # corpus
    sentences = split_sentences(articles)             # sentences
    quotes = extract_quotes(articles)                 # quotes, with speakers resolved per article
    speakers = speaker_table(quotes, articles=articles)
    mentions = find_targets(articles)                 # targets
    stance = stance_table(quotes, articles=articles)  # stance
    lineage = quote_lineage(quotes, articles)         # the same statement across articles and outlets
    result = run("folder/", jobs=2, cache=True)       # all of it, batched, parallel, cached
    explore(result)                                   # in JupyterLab: filter, read, redraw
"""

from analysis.corpus import load_corpus  # noqa: E402
from analysis.explorer import explore  # noqa: E402  (ipywidgets is imported when it is called)
from analysis.lineage import find_stories, quote_lineage  # noqa: E402
from analysis.pipeline import run  # noqa: E402
from analysis.quotes import extract_quotes  # noqa: E402
from analysis.speakers import speaker_table  # noqa: E402
from analysis.stance import stance_table, target_stance  # noqa: E402
from analysis.targets import find_targets, load_targets, targets_from_speakers  # noqa: E402
from analysis.text import split_sentences  # noqa: E402
from analysis.version import __version__  # noqa: E402

__all__ = [
    "__version__",
    "explore",
    "extract_quotes",
    "find_stories",
    "find_targets",
    "load_corpus",
    "load_targets",
    "quote_lineage",
    "run",
    "speaker_table",
    "split_sentences",
    "stance_table",
    "target_stance",
    "targets_from_speakers",
]
