"""The stance table: one row per quote and target it refers to, with the speaker's stance toward it.

Each quote is read in its article's document: its target mentions (:mod:`analysis.stance.mentions`: in the
content only, pronouns resolved, never the speaker itself), each mention's stretch of sentence
(:mod:`analysis.stance.context`), and who speaks. The ``default`` method scores each mention with the text model
(how the sentence treats the target) and then the speaker model (the speaker's stance: who speaks, the cue,
denials, accusations...; :mod:`analysis.stance.features`); ``vader`` and ``transformer`` are the other methods.
A target mentioned several times gets the majority label (ties: the mean score's side) and the mean score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import SupportsIndex

import numpy as np
import pandas as pd

from analysis.speakers import canonical_speakers
from analysis.stance.context import context_in, narrow, target_context
from analysis.stance.features import Speaking, speaker_features, text_features
from analysis.stance.labels import (
    LABELS,
    SPEAKER_MODEL,
    TEXT_MODEL,
    Stance,
    resolve_method,
)
from analysis.stance.linear import load_model
from analysis.stance.mentions import QuoteMention, QuoteSpeaker, quote_mentions
from analysis.stance.vader import VADER_THRESHOLD, vader_stance
from analysis.targets import TargetRegistry, registry
from analysis.text.document import Document

MAX_SCORED_MENTIONS = 16
"""The most mentions of one target in one quote that are scored (the first ones; ``n_mentions`` counts them all).
News quotes name a target a few times (more than 16 times in 5 rows of about 42,000 for the 6,049 AllSides pool
articles, where only the mean score moved), and a run of names with no sentence end, where every cue's content holds
every name after it, stays linear: a 48 KB run of country names and "said" took 155 s, now 20 s."""

STANCE_COLUMNS: dict[str, str] = {
    "article_id": "article of the quote",
    "quote_id": "the quote (same ids as the quotes table)",
    "speaker": "the quote's speaker as resolved in its article (quotes.speaker)",
    "speaker_canonical": "the speaker's name in the speakers table (name variants merged across the corpus)",
    "speaker_named": "True when the speaker is a named person or organisation (quotes.speaker_named)",
    "speaker_type": "official, academic, think tank, media, business, unnamed or other (quotes.speaker_type)",
    "speaker_country": "the speaker's country where the article says it (quotes.speaker_country)",
    "target": "canonical target (analysis.targets registry)",
    "mention": "the target's first mention in the quote, as written",
    "mention_rule": "how that mention was found: alias, capital, leader, demonym, adjective or pronoun (a pronoun "
                    "or a description of a state such as 'the regime')",
    "label": "the speaker's stance toward the target: negative, neutral or positive",
    "score": "mean score over the mentions, in [-1, 1] (P(pos) - P(neg); VADER: clause compound)",
    "method": "the method that produced the label (linear, vader, transformer)",
    "n_mentions": f"how many times the quote refers to the target (the label reads the first {MAX_SCORED_MENTIONS})",
    "start": "offset of the first mention (into the article text when articles were given, else the quote text)",
    "end": "offset after the first mention",
    "evidence": "what decided the first mention's label (model features or words), '; '-joined",
}
"""Columns of the stance table, in order."""

STANCE_CHUNK = 10_000
"""Quotes read and scored at a time: memory stays bounded for a whole corpus's table."""

_QUOTE_FIELDS = ("article_id", "quote_id", "text", "spans", "start", "end", "speaker", "speaker_named",
                 "speaker_type", "speaker_country", "speaker_rule", "speaker_start", "speaker_end", "cue",
                 "cue_start", "kind")


def _value(row: dict, name: str, default: object = None) -> object:
    value = row.get(name, default)
    return default if value is None or (isinstance(value, float) and value != value) else value


def _spans(row: dict) -> list[tuple[int, int]]:
    spans = row.get("spans")
    if spans is not None and not (isinstance(spans, float) and spans != spans) and len(spans):
        return [(int(s), int(e)) for s, e in spans]
    return [(int(row["start"]), int(row["end"]))]


def _speaking(row: dict, mention: QuoteMention) -> Speaking:
    return Speaking(target=mention.target, speaker_type=str(_value(row, "speaker_type", "") or ""),
                    speaker_country=str(_value(row, "speaker_country", "") or ""),
                    cue=str(_value(row, "cue", "") or ""), kind=str(_value(row, "kind", "") or ""),
                    mention_rule=mention.rule, speaker=str(_value(row, "speaker", "") or ""))


ENCODER_CONTEXT_CHARS = 1000
"""Characters of the sentence either side of a mention the encoder reads (its input is truncated anyway)."""


def score_mentions(items: Sequence[tuple[Document, QuoteMention, Speaking]], method: str) -> list[Stance]:
    """The stance of each (document, mention, speaking) item under a method."""
    if not items:
        return []
    kind = resolve_method(method)
    if kind == "transformer":
        from analysis.stance.encoder import describe_speaking, encoder_model

        spans = [(max(m.lo, m.start - ENCODER_CONTEXT_CHARS), min(m.hi, m.end + ENCODER_CONTEXT_CHARS))
                 for _, m, _ in items]
        return encoder_model().predict([(doc.text[lo:hi], m.start - lo, m.end - lo, describe_speaking(s))
                                        for (doc, m, s), (lo, hi) in zip(items, spans)])
    contexts = [context_in(doc, m.lo, m.hi, m.start, m.end) for doc, m, _ in items]
    if kind == "vader":
        return [vader_stance(ctx) for ctx in contexts]
    text_model = load_model(str(TEXT_MODEL))
    texts = [text_features(ctx) for ctx in contexts]
    if kind == "text":
        return text_model.predict(texts, method="text")
    speaker_model = load_model(str(SPEAKER_MODEL))
    probabilities = text_model.probabilities(texts)
    return speaker_model.predict([speaker_features(ctx, speaking, tuple(p), text)
                                  for ctx, (_, _, speaking), p, text in zip(contexts, items, probabilities, texts)])


def aggregate(stances: Sequence[Stance]) -> tuple[str, float]:
    """Majority label over a target's mentions (ties: the mean score's side), and the mean score."""
    mean = float(np.mean([s.score for s in stances]))
    counts = Counter(s.label for s in stances)
    top = max(counts.values())
    tied = [label for label in LABELS if counts.get(label) == top]
    if len(tied) == 1:
        return tied[0], mean
    side = "positive" if mean >= VADER_THRESHOLD else "negative" if mean <= -VADER_THRESHOLD else "neutral"
    return (side if side in tied else tied[0]), mean


def _scored(mentions: list[QuoteMention]) -> list[QuoteMention]:
    """The mentions to score: the first :data:`MAX_SCORED_MENTIONS` of each target, in text order."""
    seen: Counter[str] = Counter()
    kept = []
    for mention in mentions:
        seen[mention.target] += 1
        if seen[mention.target] <= MAX_SCORED_MENTIONS:
            kept.append(mention)
    return kept


def _records(quotes: pd.DataFrame) -> list[dict]:
    columns = [c for c in _QUOTE_FIELDS if c in quotes.columns]
    values = [quotes[c].tolist() for c in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


def _quote_speaker(row: dict) -> QuoteSpeaker:
    start = _value(row, "speaker_start", -1)
    return QuoteSpeaker(start=int(start), end=int(_value(row, "speaker_end", -1)),
                        country=str(_value(row, "speaker_country", "") or ""),
                        type=str(_value(row, "speaker_type", "") or ""),
                        rule=str(_value(row, "speaker_rule", "") or ""),
                        name=str(_value(row, "speaker", "") or ""))


def _rows(records: list[dict], docs: dict[str, Document], texts: dict, compiled: TargetRegistry,
          method: str) -> list[dict]:
    found: list[tuple[dict, list[QuoteMention], Document]] = []
    for row in records:
        article_id = str(row["article_id"])
        doc = docs.get(article_id)
        if doc is None and isinstance(texts.get(row["article_id"]), str):
            doc = docs[article_id] = Document(article_id, texts[row["article_id"]])
        if doc is not None:
            spans, speaker = _spans(row), _quote_speaker(row)
            cue = (int(_value(row, "cue_start", -1)), -1)
        else:
            text = row.get("text") if isinstance(row.get("text"), str) else ""
            doc, spans, speaker, cue = Document(article_id, text), [(0, len(text))], QuoteSpeaker(), (-1, -1)
        found.append((row, quote_mentions(doc, spans, compiled, speaker=speaker, cue=cue), doc))
    scored = [_scored(mentions) for _row, mentions, _doc in found]
    items = [(doc, m, _speaking(row, m)) for (row, _mentions, doc), kept in zip(found, scored) for m in kept]
    stances = iter(score_mentions(items, method))
    rows = []
    for (row, mentions, _doc), kept in zip(found, scored):
        by_target: dict[str, list[tuple[QuoteMention, Stance]]] = {}
        for mention in kept:
            by_target.setdefault(mention.target, []).append((mention, next(stances)))
        counts = Counter(m.target for m in mentions)
        for target, pairs in by_target.items():
            first, first_stance = pairs[0]
            label, score = aggregate([s for _, s in pairs])
            rows.append({
                "article_id": row["article_id"], "quote_id": row["quote_id"], "speaker": _value(row, "speaker"),
                "speaker_canonical": row.get("speaker_canonical"),
                "speaker_named": bool(_value(row, "speaker_named", False)),
                "speaker_type": _value(row, "speaker_type"), "speaker_country": _value(row, "speaker_country"),
                "target": target, "mention": first.mention, "mention_rule": first.rule, "label": label,
                "score": round(score, 4), "method": first_stance.method, "n_mentions": counts[target],
                "start": first.start, "end": first.end, "evidence": "; ".join(first_stance.evidence),
            })
    return rows


def stance_table(quotes: pd.DataFrame, *, articles: pd.DataFrame | None = None,
                 docs: dict[str, Document] | None = None,
                 targets: TargetRegistry | pd.DataFrame | str | Path | None = None,
                 method: str = "default") -> pd.DataFrame:
    """One row per quote and target the quote refers to (see the module docstring).

    Args:
        quotes: the quotes table (:data:`analysis.quotes.QUOTE_COLUMNS`; at least ``article_id``, ``quote_id``,
            ``text``). It is not modified.
        articles: the articles table, to read each quote in its article (without it, only the quote's ``text``
            is read, and pronouns find no antecedent outside it).
        docs: the articles' documents when already built (:func:`analysis.text.documents`).
        targets: the target registry (see :func:`analysis.targets.registry`); the shipped one by default.
        method: ``default`` (the speaker-aware linear model), ``vader`` or ``transformer``.

    Returns:
        The stance table, columns of :data:`STANCE_COLUMNS`, in quote order then first-mention order.
    """
    missing = {"article_id", "quote_id", "text"} - set(quotes.columns)
    if missing:
        raise ValueError(f"stance_table needs the quotes columns article_id, quote_id, text; missing: "
                         f"{sorted(missing)}")
    resolve_method(method)
    compiled = registry(targets)
    texts = {} if articles is None else dict(zip(articles["article_id"], articles["text"]))
    records = _records(quotes)
    if "speaker_canonical" in quotes.columns:
        canonical = quotes["speaker_canonical"].tolist()
    elif "speaker" in quotes.columns:
        canonical = canonical_speakers(quotes).tolist()
    else:
        canonical = [None] * len(records)
    for row, name in zip(records, canonical):
        row["speaker_canonical"] = name
    rows: list[dict] = []
    step = max(len(records), 1) if resolve_method(method) == "transformer" else STANCE_CHUNK
    for lo in range(0, len(records), step):
        # documents built here live for one chunk: memory is a chunk's articles, not the corpus's
        rows.extend(_rows(records[lo:lo + step], {} if docs is None else docs, texts, compiled, method))
    table = pd.DataFrame(rows, columns=list(STANCE_COLUMNS))
    return table.astype({"n_mentions": "int64", "start": "int64", "end": "int64", "score": "float64",
                         "speaker_named": "bool"})


def predict_many(texts: Iterable[str], starts: Iterable[SupportsIndex], ends: Iterable[SupportsIndex], *,
                 method: str = "default") -> list[Stance]:
    """How each text treats the target at ``[start, end)``, with no speaker (NewsMTSC's task): the text model
    for ``default``, or ``vader`` / ``transformer``."""
    items = []
    for text, given_start, given_end in zip(texts, starts, ends):
        start, end = int(given_start), int(given_end)
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"target span [{start}, {end}) lies outside a text of {len(text)} characters")
        items.append(narrow(text, start, end))
    kind = resolve_method(method)
    if kind == "transformer":
        from analysis.stance.encoder import encoder_model

        return encoder_model().predict(items)
    contexts = [target_context(*item) for item in items]
    if kind == "vader":
        return [vader_stance(ctx) for ctx in contexts]
    return load_model(str(TEXT_MODEL)).predict([text_features(ctx) for ctx in contexts])


def target_stance(text: str, start: SupportsIndex, end: SupportsIndex, *, method: str = "default",
                  target: str | None = None, speaker_type: str = "", speaker_country: str = "", cue: str = "",
                  kind: str = "") -> Stance:
    """The stance toward the target mentioned at ``[start, end)`` of a text.

    Without anything about a speaker this is how the text treats the target (:func:`predict_many`); given the
    speaker's type or country or the cue, the speaker model reads them too (``default`` method).

    Args:
        text: a sentence or a quote.
        start: offset of the target mention's first character.
        end: offset after its last character.
        method: ``default``, ``vader`` or ``transformer``.
        target: the canonical target (default: the registry's reading of the mention, else the mention).
        speaker_type: the speaker's type (``official``...).
        speaker_country: the speaker's country (``China``).
        cue: the attribution's cue (``accused``).
        kind: the quote's kind (``direct``, ``mixed``, ``indirect``).
    """
    if not (speaker_type or speaker_country or cue or kind) or resolve_method(method) != "linear":
        return predict_many([text], [start], [end], method=method)[0]
    a, b = int(start), int(end)
    if target is None:
        found = registry().find(text[a:b])
        target = found[0].target if found else text[a:b]
    doc = Document("", text)
    mention = QuoteMention(target, "", text[a:b], a, b, "alias", 0, len(text))
    speaking = Speaking(target, speaker_type, speaker_country, cue, kind, "alias")
    return score_mentions([(doc, mention, speaking)], method)[0]
