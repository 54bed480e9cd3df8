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
from analysis.speakers.table import name_key
from analysis.text.document import Document

HEADLINE_COLUMNS: dict[str, str] = {
    **QUOTE_COLUMNS,
    "spans": "content pieces as a list of [start, end] character offsets into the article's title",
    "paragraph": "always 0: the title is one paragraph",
    "speaker_rule": "which rule resolved the speaker (analysis.speakers); '+text' when the title's name is a speaker "
                    "the text names in full ('Trump' for 'Donald Trump')",
}
"""Columns of the headlines table: those of the quotes table, in the same order, with offsets into the article's
``title``."""

_SPEAKER_FIELDS = ("speaker", "speaker_role", "speaker_org", "speaker_type", "speaker_country", "speaker_rule")
"""The quotes table's fields that make a text's named speaker (:class:`~analysis.speakers.Speaker`)."""


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
    rows = rows.drop_duplicates(["article_id", "speaker"]).astype(object).where(rows.notna(), None)
    out: dict[str, list[Speaker]] = {}
    for article_id, name, role, org, kind, country, rule in zip(
            rows["article_id"].astype(str), *(rows[field] for field in _SPEAKER_FIELDS)):
        out.setdefault(article_id, []).append(Speaker(name, True, role, org, kind or "other", country, rule or ""))
    return out


def in_text(speaker: Speaker | None, text_speakers: Sequence[Speaker]) -> Speaker | None:
    """The text's speaker that a title's named speaker is (:func:`same_speaker`); a name two of the text's speakers
    fit, or none, leaves the title's speaker as it is."""
    if speaker is None or not speaker.named or not speaker.speaker:
        return speaker
    matches = [other for other in text_speakers if other.speaker and same_speaker(speaker.speaker, other.speaker)]
    if len({other.speaker for other in matches}) != 1:
        return speaker
    return replace(matches[0], rule=f"{speaker.rule}+text")


def same_speaker(title_name: str, text_name: str) -> bool:
    """Does a title's name name the text's speaker: the name keys the speakers table merges by (titles and case
    dropped) equal, or a one-word key the text key's last word ("Mr Kennedy" for "Charles Kennedy"), or the title's
    words ending the text's name ("Supreme Court" for "U.S. Supreme Court")?"""
    title_key, text_key = name_key(title_name), name_key(text_name)
    if title_key == text_key or len(title_key) == 1 and text_key[-1] == title_key[0]:
        return True  # "Mr Kennedy" (key: kennedy) for "Charles Kennedy" (charles, kennedy)
    words = title_name.lower().split()
    return text_name.lower().split()[-len(words):] == words
