"""The headlines table: attributions in an article's title ("Trump: My immigration plans aren't set in stone.",
"Hedge Funds Support Hillary Clinton").

A title is read as a document of its own, with the rules of the text (:func:`analysis.quotes.attribute`), its
one line read as a sentence rather than skipped as a headline inside the text is. A speaker the title names by a
name the text gives in full ("Trump" for "Donald Trump") takes the text's speaker, with the role, organisation,
type and country the text gives them. The rows have the columns of :data:`analysis.quotes.QUOTE_COLUMNS`; their
offsets index the article's ``title``, not its ``text``, so the table is kept apart from the quotes table
(counts of quotes per source stay counts of the text's, and a headline that sums up a quotation of the text is
not counted twice).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import pandas as pd

from analysis.progress import progress_bar
from analysis.quotes.table import QUOTE_COLUMNS, append_row, attribute
from analysis.speakers import Speaker, canonical_speakers
from analysis.text.document import Document

HEADLINE_COLUMNS: dict[str, str] = {
    name: (meaning.replace("the article text", "the article's title")
           .replace("0 = first paragraph of the text", "always 0: the title is one paragraph"))
    for name, meaning in QUOTE_COLUMNS.items()
}
"""Columns of the headlines table: those of the quotes table, with offsets into the article's ``title``."""
HEADLINE_COLUMNS["speaker_rule"] = ("which rule resolved the speaker (analysis.speakers); '+text' when the title's "
                                    "name is a speaker the text names in full ('Trump' for 'Donald Trump')")

_SPEAKER_FIELDS = ("speaker", "speaker_named", "speaker_role", "speaker_org", "speaker_type", "speaker_country",
                   "speaker_rule")


def extract_headlines(articles: pd.DataFrame, *, quotes: pd.DataFrame | None = None,
                      progress: bool | None = None) -> pd.DataFrame:
    """Find the attributions in each article's title.

    Args:
        articles: an articles table (:func:`analysis.load_corpus`); articles without a ``title`` column, or whose
            title is empty or missing, have no rows.
        quotes: the quotes table of the same articles (:func:`analysis.extract_quotes`), whose named speakers
            a title's shorter name resolves to; without it, a title's speakers are resolved within the title.
        progress: show a progress bar; ``None`` shows one on a terminal for runs over two seconds.

    Returns:
        One row per attribution in a title, with the columns of :data:`HEADLINE_COLUMNS` in that order; offsets
        index the article's ``title``.
    """
    columns: dict[str, list] = {name: [] for name in HEADLINE_COLUMNS if name != "speaker_canonical"}
    titled = articles[["article_id", "title"]] if "title" in articles else articles.iloc[:0].assign(title=None)
    named = _named_speakers(quotes) if quotes is not None and len(quotes) else {}
    pairs = zip(titled["article_id"].astype(str), titled["title"])
    for article_id, title in progress_bar(pairs, enabled=progress, total=len(titled), desc="headlines",
                                          unit="article"):
        if not isinstance(title, str) or not title.strip():
            continue
        for quote, speaker in attribute(Document(article_id, title), title=True):
            append_row(columns, article_id, quote, in_text(speaker, named.get(article_id, ())), field="title")
    table = pd.DataFrame(columns)
    table["speaker_canonical"] = canonical_speakers(table) if len(table) else pd.Series(dtype=object)
    return table[list(HEADLINE_COLUMNS)]


def _named_speakers(quotes: pd.DataFrame) -> Mapping[str, list[Speaker]]:
    """The named speakers of each article's text, in text order, one per name."""
    rows = quotes[quotes["speaker_named"].astype(bool) & quotes["speaker"].notna()]
    out: dict[str, list[Speaker]] = {}
    seen: set[tuple[str, str]] = set()
    for article_id, *fields in zip(rows["article_id"].astype(str), *(rows[name] for name in _SPEAKER_FIELDS)):
        if (article_id, fields[0]) in seen:
            continue
        seen.add((article_id, fields[0]))
        name, named, role, org, kind, country, rule = (None if isinstance(v, float) else v for v in fields)
        out.setdefault(article_id, []).append(Speaker(name, bool(named), role, org, kind or "other", country,
                                                      rule or ""))
    return out


def in_text(speaker: Speaker | None, text_speakers: Sequence[Speaker]) -> Speaker | None:
    """The text's speaker that a title's named speaker is, by the title's name ending the text's ("Trump" for
    "Donald Trump", "Sanders" for "Bernie Sanders", the same name whole); a name two of the text's speakers
    end with, or none, leaves the title's speaker as it is."""
    if speaker is None or not speaker.named or not speaker.speaker:
        return speaker
    words = speaker.speaker.lower().split()
    matches = [other for other in text_speakers if other.speaker
               and other.speaker.lower().split()[-len(words):] == words]
    if len({other.speaker for other in matches}) != 1:
        return speaker
    return replace(matches[0], rule=f"{speaker.rule}+text")
