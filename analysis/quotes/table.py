"""The quotes table: every attribution of every article, its speaker resolved within the article."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import SupportsIndex

import pandas as pd

from analysis.progress import progress_bar
from analysis.quotes.reader import find_quotes
from analysis.quotes.records import Quote
from analysis.speakers import Speaker, canonical_speakers, resolve_speakers
from analysis.speakers.lexicon import lexicon as speaker_lexicon
from analysis.text.document import Document, iter_documents

QUOTE_COLUMNS: dict[str, str] = {
    "article_id": "article the attribution belongs to (key of the articles table)",
    "quote_id": "stable id: article id and a hash of the content spans",
    "kind": "direct (all content in quote marks), mixed (reported speech with quoted words), indirect",
    "cue_type": "what the cue reports: speech, belief, intention, evaluation or document (resources/cue_verbs.csv)",
    "text": "the content: its pieces joined by a space",
    "spans": "content pieces as a list of [start, end] character offsets into the article text",
    "start": "offset of the first content character",
    "end": "offset after the last content character",
    "paragraph": "index of the paragraph where the content starts (0 = first paragraph of the text)",
    "cue": "the cue words as written (auxiliaries included: 'has said', 'according to'); None without one",
    "cue_start": "offset of the cue (-1 when the content has no cue of its own)",
    "cue_end": "offset after the cue (-1 when none)",
    "speaker": "canonical speaker resolved within the article ('Wang Wenbin', 'analysts'); None when none",
    "speaker_mention": "the words naming the speaker at the attribution ('Wang', 'he', 'analysts')",
    "speaker_start": "offset of the speaker mention (-1 when there is no speaker)",
    "speaker_end": "offset after the speaker mention (-1 when none)",
    "speaker_named": "True when the speaker resolves to a named person or organisation",
    "speaker_role": "the speaker's role or title where the article gives it ('foreign ministry spokesman')",
    "speaker_org": "the speaker's organisation where the article gives it ('Carnegie Moscow Centre')",
    "speaker_type": "official, academic, think tank, media, business, unnamed or other; None without speaker",
    "speaker_country": "the speaker's country where the article says it ('China'), or where the speaker is a "
                       "head of state or government named in full (gazetteer.csv leaders) or by office and family "
                       "name ('President Trump'), or holds an office of one country's alone ('Sen.', 'secretary "
                       "of state': roles.csv country) in an article that names that country; None otherwise",
    "speaker_rule": "which rule resolved the speaker (analysis.speakers)",
    "speaker_canonical": "the speaker's name in the speakers table: name variants merged across the table ('Trump' "
    "and 'Donald Trump'; analysis.run merges across the whole corpus); None where the speakers table leaves "
    "the row out (no speaker, an unresolved pronoun)",
    "rule": "which attribution rule produced the row (see analysis.quotes)",
    "nested_in": "quote_id of the attribution whose content holds this one ('Nunes said documents showed that "
                 "...': the documents' row is nested in Nunes's); None for a top-level attribution",
}
"""Columns of the quotes table, in order, with their meaning."""


def quote_id(article_id: str, spans: Iterable[Sequence[SupportsIndex]], *,
             cue: Sequence[SupportsIndex] = (-1, -1), field: str = "text") -> str:
    """Return a stable id for an attribution: the article id and a short hash of its content spans and cue.

    The cue is part of the key because two attributions can share a content span (``X, Y reported, dismissed
    as ...``): each keeps its own id. ``field`` is the article field the offsets index (``text``, or ``title``
    for the headlines table), so that a title's attribution never shares an id with one in the text.
    """
    key = f"{article_id}|" + ";".join(f"{s}-{e}" for s, e in spans) + f"|{cue[0]}-{cue[1]}"
    if field != "text":
        key += f"|{field}"
    return f"{article_id}:{hashlib.blake2b(key.encode('utf-8'), digest_size=5).hexdigest()}"


def attribute(doc: Document, *, title: bool = False) -> list[tuple[Quote, Speaker | None]]:
    """The quotes step on one document: its attributions, each with its speaker resolved in the article.

    Reads the document's paragraphs, sentences, tokens and quotations; adds the layers ``quotes`` (the
    :class:`Quote` records) and ``speakers`` (the resolved :class:`~analysis.speakers.Speaker` of each, or None
    where the attribution has no speaker mention), which the stance step reads. ``title``: the document is an
    article's title (see :func:`analysis.quotes.reader.find_quotes`).
    """
    quotes = find_quotes(doc, title=title)
    mentions = sorted({(q.speaker_start, q.speaker_end) for q in quotes if q.speaker_start >= 0})
    resolved = dict(zip(mentions, resolve_speakers(doc, mentions))) if mentions else {}
    speakers = [resolved.get((q.speaker_start, q.speaker_end)) for q in quotes]
    by_quote = {id(q): speaker for q, speaker in zip(quotes, speakers)}
    speakers = [_not_the_quoting_speaker(doc, q, speaker, by_quote.get(id(q.outer)))
                for q, speaker in zip(quotes, speakers)]
    doc.add("quotes", quotes)
    doc.add("speakers", speakers)
    return list(zip(quotes, speakers))


def _not_the_quoting_speaker(doc: Document, quote: Quote, speaker: Speaker | None,
                             outer: Speaker | None) -> Speaker | None:
    """The speaker of a nested attribution, unless its mention is a third-person pronoun inside the quotation of
    the attribution that holds it and resolved to that attribution's speaker: a quoted speaker never calls themself
    "he" ('"He said 'yes,'" Clinton said': not Clinton; but "Trump said he told Pelosi ...": Trump). Such a pronoun
    is left unresolved."""
    if quote.outer is None or speaker is None or outer is None or speaker.speaker is None \
            or not _third_person(doc.text[quote.speaker_start:quote.speaker_end]) \
            or not doc.inside_quotation(quote.speaker_start) \
            or speaker.speaker != outer.speaker:
        return speaker
    return Speaker(None, False, None, None, "unnamed", None, "pronoun-unresolved")


def _third_person(mention: str) -> bool:
    """Is the mention a third-person pronoun ("he", "they"; not "I", "you", "it") of the speakers' lexicon?"""
    pronoun = speaker_lexicon().pronouns.get(mention.lower())
    return pronoun is not None and pronoun.kind in ("personal", "plural")


def extract_quotes(articles: pd.DataFrame, *, progress: bool | None = None,
                   docs: dict[str, Document] | None = None) -> pd.DataFrame:
    """Find every attribution in an articles table and resolve its speaker within the article.

    Args:
        articles: a table with ``article_id`` and ``text`` columns (as :func:`analysis.load_corpus` gives);
            it is not modified.
        progress: show a progress bar; ``None`` shows one on a terminal for runs over two seconds.
        docs: the articles' documents when already built (:func:`analysis.text.documents`); the quotes step
            adds its layers to them for the later steps.

    Returns:
        One row per attribution, in article and text order, with the columns of :data:`QUOTE_COLUMNS` in
        that order. Offsets index the article's ``text``: ``text[start:end]`` of each span is exact. Speaker
        fields are None (``speaker_named`` False) where an attribution has no speaker or the mention names
        no one (an unresolved pronoun).
    """
    # without documents to fill for a later step, each article's is built, read and dropped in turn (memory
    # stays that of one article's layers, not the corpus's)
    built = docs.values() if docs is not None else iter_documents(articles)
    total = len(docs) if docs is not None else len(articles)
    columns: dict[str, list] = {name: [] for name in QUOTE_COLUMNS if name != "speaker_canonical"}
    for doc in progress_bar(built, enabled=progress, total=total, desc="quotes", unit="article"):
        for quote, speaker in attribute(doc):
            append_row(columns, doc.article_id, quote, speaker)
    table = pd.DataFrame(columns)
    table["speaker_canonical"] = canonical_speakers(table) if len(table) else pd.Series(dtype=object)
    return table[list(QUOTE_COLUMNS)]


def append_row(columns: dict[str, list], article_id: str, q: Quote, r: Speaker | None, *,
               field: str = "text") -> None:
    """Add one quote's row to the column lists (``field``: the article field its offsets index)."""
    values = {
        "article_id": article_id,
        "quote_id": quote_id(article_id, q.spans, cue=(q.cue_start, q.cue_end), field=field),
        "kind": q.kind,
        "cue_type": q.cue_type or None,
        "text": q.text,
        "spans": [[s, e] for s, e in q.spans],
        "start": q.start,
        "end": q.end,
        "paragraph": q.paragraph,
        "cue": q.cue or None,
        "cue_start": q.cue_start,
        "cue_end": q.cue_end,
        "speaker": r.speaker if r is not None else None,
        "speaker_mention": q.speaker_mention or None,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "speaker_named": bool(r.named) if r is not None else False,
        "speaker_role": r.role if r is not None else None,
        "speaker_org": r.org if r is not None else None,
        "speaker_type": r.type if r is not None else None,
        "speaker_country": r.country if r is not None else None,
        "speaker_rule": r.rule if r is not None else None,
        "rule": q.rule,
        "nested_in": quote_id(article_id, q.outer.spans, cue=(q.outer.cue_start, q.outer.cue_end), field=field)
        if q.outer is not None else None,
    }
    for name, value in values.items():
        columns[name].append(value)
