"""Figures for the notebooks: one function per figure, each returning a :class:`Figure` (the matplotlib figure,
the table of numbers behind it, and the rows of the quotes or stance table it counts), so every chart is saved
as PNG and CSV side by side and can be followed by the quotes behind it (:mod:`analysis.drilldown`).

Figures read the tables only (they never import the NLP steps): speakers are named across the corpus by the
tables' ``speaker_canonical`` column where present (:func:`speaker_column`). All figures share one style
(:func:`set_style`) and one meaning per colour (:data:`TYPE_COLOURS`, :data:`STANCE_COLOURS`).

========================  ==========  ========================================================================
figure                    notebook    needs
========================  ==========  ========================================================================
articles_per_month        01          ``articles.date`` (else a one-line reason)
article_lengths           01          ``articles.text``
articles_by_source        01          ``articles.source`` (else a one-line reason)
sentences_per_article     01          the sentences table
top_speakers              03          the speakers table
quotes_by_kind            03          the quotes table
source_types              03          quotes; ``articles.source`` for one row per outlet
stance_heatmap            03          the stance table with ``speaker_named`` (:func:`with_quote_columns`)
stance_over_time          03          stance and ``articles.date`` (else a one-line reason)
stance_by_target          03          the stance table
========================  ==========  ========================================================================
"""

from analysis.figures.attribution import quotes_by_kind, source_types, top_speakers
from analysis.figures.base import (
    DISPLAY_DPI,
    KIND_ORDER,
    SAVE_DPI,
    STANCE_COLOURS,
    STANCE_VALUE,
    THIN,
    TYPE_COLOURS,
    TYPE_ORDER,
    Figure,
    SavedFigure,
    Selection,
    set_style,
    speaker_column,
    with_quote_columns,
)
from analysis.figures.corpus import (
    article_lengths,
    articles_by_source,
    articles_per_month,
    sentences_per_article,
)
from analysis.figures.stance import stance_by_target, stance_heatmap, stance_over_time

__all__ = [
    "DISPLAY_DPI",
    "KIND_ORDER",
    "SAVE_DPI",
    "STANCE_COLOURS",
    "STANCE_VALUE",
    "THIN",
    "TYPE_COLOURS",
    "TYPE_ORDER",
    "Figure",
    "SavedFigure",
    "Selection",
    "article_lengths",
    "articles_by_source",
    "articles_per_month",
    "quotes_by_kind",
    "sentences_per_article",
    "set_style",
    "source_types",
    "speaker_column",
    "stance_by_target",
    "stance_heatmap",
    "stance_over_time",
    "top_speakers",
    "with_quote_columns",
]
