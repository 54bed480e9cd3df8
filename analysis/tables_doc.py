"""``docs/tables.md``, generated from the column lists the package defines (``*_COLUMNS``).

    python -m analysis.tables_doc          # rewrite docs/tables.md

A test checks that the file is current, so the documentation of every table is the code's own.
"""

from __future__ import annotations

import sys
from importlib import import_module

from analysis.paths import PROJECT_DIR

TABLES = [
    ("articles", "analysis.corpus", "ARTICLE_COLUMNS", "`load_corpus(...)` -> articles, errors"),
    ("errors", "analysis.corpus", "ERROR_COLUMNS", "`load_corpus(...)`: every input that is no article"),
    ("sentences", "analysis.text", "SENTENCE_COLUMNS", "`split_sentences(articles)`"),
    ("quotes", "analysis.quotes", "QUOTE_COLUMNS", "`extract_quotes(articles)`: one row per attribution"),
    ("headlines", "analysis.quotes", "HEADLINE_COLUMNS", "`extract_headlines(articles, quotes=...)`: one row per "
                                                          "attribution in a title"),
    ("speakers", "analysis.speakers", "SPEAKER_COLUMNS", "`speaker_table(quotes, articles=...)`: one row per "
                                                           "canonical speaker"),
    ("stance", "analysis.stance", "STANCE_COLUMNS", "`stance_table(quotes, articles=...)`: one row per quote and "
                                                      "target"),
    ("lineage", "analysis.lineage.table", "LINEAGE_COLUMNS", "`quote_lineage(quotes, articles)`: one row per quote"),
    ("lineage joins", "analysis.lineage.table", "JOIN_COLUMNS", "`LineageBuilder.joins()`: every join and why"),
    ("stories", "analysis.lineage.stories", "STORY_COLUMNS", "`find_stories(articles)`: near-duplicate articles"),
    ("targets (registry)", "analysis.targets", "TARGET_COLUMNS", "`load_targets()`, `resources/gazetteer.csv`"),
    ("mentions", "analysis.targets", "MENTION_COLUMNS", "`find_targets(articles or quotes)`"),
    ("PolNeAR scores", "analysis.evaluate.polnear", "EVALUATION_COLUMNS", "`analysis evaluate polnear DIR`"),
    ("team attribution, per item", "analysis.evaluate.attribution", "ITEM_COLUMNS",
     "`analysis evaluate attribution --items FILE`"),
    ("team attribution, scores", "analysis.evaluate.attribution", "SCORE_COLUMNS", "`analysis evaluate attribution`"),
    ("team stance, per pair", "analysis.evaluate.stance", "PAIR_COLUMNS", "`analysis evaluate stance --items FILE`"),
    ("NewsMTSC targets", "analysis.datasets.newsmtsc", "NEWSMTSC_COLUMNS", "`read_newsmtsc(FILE)`"),
]
"""Each documented table: its title, where its column list lives, and what makes it."""


def render() -> str:
    """The text of ``docs/tables.md``."""
    out = ["# Tables", "",
           "Every table the toolkit returns or writes, with its columns in order. Generated from the column lists "
           "in the code by `python -m analysis.tables_doc`; do not edit by hand.", ""]
    for title, module, name, made_by in TABLES:
        columns = getattr(import_module(module), name, None)
        if columns is None:
            continue
        out += [f"## {title}", "", f"{made_by}. Defined in `{module}.{name}`.", "", "| column | meaning |",
                "|---|---|"]
        out += [f"| `{column}` | {str(meaning).replace('|', '&#124;')} |" for column, meaning in columns.items()]
        out.append("")
    return "\n".join(out)


def main() -> int:
    path = PROJECT_DIR / "docs" / "tables.md"
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
