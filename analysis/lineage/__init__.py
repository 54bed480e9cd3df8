"""Quote lineage: the same statement across articles and outlets, and near-duplicate articles.

    lineage = quote_lineage(quotes, articles)     # one row per quote: LINEAGE_COLUMNS
    stories = find_stories(articles)              # one row per article with a near duplicate: STORY_COLUMNS

Modules, in the order a run uses them: ``words`` (what a quote is matched on), ``stories`` (near-duplicate
articles), ``index`` (candidate pairs), ``match`` (match kinds and speaker rules), ``reword`` (rewordings),
``build`` (the builder and the table). The lineage reads tables only: it never imports the NLP steps.
"""

from analysis.lineage.build import (
    LINEAGE_COLUMNS,
    LineageBuilder,
    find_stories,
    quote_lineage,
)
from analysis.lineage.match import MATCH_KINDS
from analysis.lineage.stories import STORY_COLUMNS

__all__ = ["LINEAGE_COLUMNS", "MATCH_KINDS", "STORY_COLUMNS", "LineageBuilder", "find_stories", "quote_lineage"]
