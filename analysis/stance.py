"""Stance of a text toward a target mention, and the stance table of quotes toward the targets they mention.

Methods (``method=``), with their macro-F1 (F1m) on NewsMTSC test splits (``benchmarks/bench_stance.py`` and
``python -m analysis evaluate newsmtsc FILE --method M`` reproduce them; see the README of ``benchmarks/``):

- ``default`` (alias ``linear``): logistic regression on target-aware features
  (:mod:`analysis.stance_features`) trained by ``python scripts/train_stance.py`` on NewsMTSC train; shipped
  as ``models/stance_linear.json.gz`` (plain JSON data, no pickle). Evidence: the features that pushed the label
  most, described in words (:func:`analysis.stance_features.describe_feature`) with their margin.
  Test-mt 0.664, test-rw 0.678.
- ``vader``: the VADER lexicon (``vaderSentiment`` package) summed over the target's clause only, with VADER's
  negation, boosters and capitals; label by VADER's usual +-0.05 thresholds on the compound. Evidence: the
  lexicon words. The transparent baseline. Test-mt 0.510, test-rw 0.548.
- ``transformer`` (alias ``encoder``): all-MiniLM-L6-v2 fine-tuned for target stance
  (:mod:`analysis.stance_encoder`, extra ``transformer``; weights in the user cache, trained by
  ``python scripts/train_stance.py --encoder``). Test-mt 0.759, test-rw 0.787 (5 epochs, target pooling).

Scores are in ``[-1, 1]``: P(positive) - P(negative) for the models, the clause compound for ``vader``.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import SupportsIndex

import numpy as np
import pandas as pd

from .paths import MODELS
from .stance_features import (
    FEATURES_VERSION,
    TargetContext,
    clause_valence,
    describe_feature,
    target_context,
    target_features,
)
from .targets import TargetRegistry, registry

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
"""The stance labels."""

METHODS: dict[str, str] = {
    "default": "linear",
    "linear": "linear",
    "vader": "vader",
    "transformer": "transformer",
    "encoder": "transformer",
}
"""Accepted method names and the method each one runs."""

VADER_THRESHOLD = 0.05
"""VADER's usual compound threshold: above is positive, below minus it negative."""

MAX_CONTEXT_CHARS = 600
"""A text longer than this (or with a paragraph break) is narrowed to the sentence around the target."""

EVIDENCE_SIZE = 5
"""How many words or features a :class:`Stance` reports as evidence."""

PREDICT_CHUNK = 2048
"""Targets the linear model scores at once (one sparse product each): the speed of batches, bounded memory."""

LINEAR_MODEL = MODELS / "stance_linear.json.gz"
"""The shipped default model."""

STANCE_COLUMNS: dict[str, str] = {
    "article_id": "article of the quote",
    "quote_id": "the quote (same ids as the quotes table)",
    "speaker": "the quote's speaker (quotes.speaker)",
    "target": "canonical target (analysis.targets registry)",
    "mention": "the target's first mention as written",
    "label": "stance toward the target: negative, neutral or positive (majority over its mentions)",
    "score": "mean score over the mentions, in [-1, 1] (P(pos) - P(neg); VADER: clause compound)",
    "method": "the method that produced the label (linear, vader, transformer)",
    "n_mentions": "how many times the quote or its attribution sentence mentions the target",
    "start": "offset of the first mention (into the article text when articles were given, else the quote text)",
    "end": "offset after the first mention",
    "evidence": "what decided the first mention's label (words or model features), '; '-joined",
}
"""Columns of the stance table, in order."""


@dataclass(frozen=True)
class Stance:
    """The stance of a text toward one target mention.

    Attributes:
        label: ``negative``, ``neutral`` or ``positive``.
        score: in ``[-1, 1]``; positive means favourable.
        evidence: the words or features that decided it, strongest first.
        method: the method that ran (``linear``, ``vader``, ``transformer``).
    """

    label: str
    score: float
    evidence: tuple[str, ...] = field(default=())
    method: str = "linear"


def resolve_method(method: str) -> str:
    """Return the method a name runs (``default`` -> ``linear``), or raise ValueError naming the choices."""
    try:
        return METHODS[method]
    except KeyError:
        raise ValueError(f"unknown stance method {method!r}; choose one of {', '.join(METHODS)}") from None


# ---------------------------------------------------------------------------------------------------------------
# narrowing a long text to the target's sentence


def narrow(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence around ``[start, end)`` with offsets into it, when ``text`` is long; else the text itself."""
    if len(text) <= MAX_CONTEXT_CHARS and "\n\n" not in text:
        return text, start, end
    from analysis.text.sentences import sentence_spans

    for span in sentence_spans(text):
        if span.start <= start and end <= span.end:
            return text[span.start:span.end], start - span.start, end - span.start
    return text, start, end


# ---------------------------------------------------------------------------------------------------------------
# methods


def vader_stance(ctx: TargetContext) -> Stance:
    """The ``vader`` method on a prepared context: clause compound, +-:data:`VADER_THRESHOLD`."""
    score, words = clause_valence(ctx)
    label = "positive" if score >= VADER_THRESHOLD else "negative" if score <= -VADER_THRESHOLD else "neutral"
    evidence = tuple(f"{word} ({value:+.2f})" for word, value in words[:EVIDENCE_SIZE])
    return Stance(label, round(score, 4), evidence, "vader")


class LinearStanceModel:
    """The default model: per-class weights of named features (see :mod:`analysis.stance_train`).

    Args:
        weights: feature name -> one weight per label.
        intercept: one value per label.
        offsets: per-label prior correction added to the logits.
        labels: label order of the weights.
        meta: what the model file says about its training.
    """

    def __init__(self, weights: dict[str, Sequence[float]], intercept: Sequence[float], *,
                 offsets: Sequence[float] = (0.0, 0.0, 0.0), labels: Sequence[str] = LABELS,
                 meta: dict | None = None) -> None:
        if tuple(labels) != LABELS:
            raise ValueError(f"model labels {labels} differ from {LABELS}")
        self.index = {name: i for i, name in enumerate(weights)}
        self.names = list(weights)
        self.coef = np.array(list(weights.values()), dtype=np.float64).reshape(len(weights), len(LABELS))
        self.bias = np.asarray(intercept, dtype=np.float64) + np.asarray(offsets, dtype=np.float64)
        self.meta = meta or {}
        self._described: dict[str, str] = {}  # describe_feature of the features met, once each

    @classmethod
    def load(cls, path: str | Path = LINEAR_MODEL) -> "LinearStanceModel":
        """Read a model file written by :func:`analysis.stance_train.write_model`.

        Raises:
            ValueError: the file was made for another feature version (retrain with scripts/train_stance.py).
        """
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("features_version") != FEATURES_VERSION:
            raise ValueError(f"{path} was trained on features {data.get('features_version')!r}, this code makes "
                             f"{FEATURES_VERSION!r}: retrain with `python scripts/train_stance.py`")
        return cls(data["weights"], data["intercept"], offsets=data.get("offsets", (0, 0, 0)),
                   labels=data.get("labels", LABELS), meta=data.get("training", {}))

    def predict(self, ctx: TargetContext) -> Stance:
        """Label one target context, with the features that favoured the label most as evidence."""
        return self.predict_many([ctx])[0]

    def predict_many(self, contexts: Sequence[TargetContext]) -> list[Stance]:
        """Label many target contexts: one sparse product for all logits, one sort for all evidence.

        Each label's evidence is the features whose contribution to it exceeds their contribution to either other
        label the most (at most :data:`EVIDENCE_SIZE`, ties in feature order), described in words.
        """
        if not contexts:
            return []
        from scipy.sparse import csr_matrix

        keys: list[str] = []
        values: list[float] = []
        sizes: list[int] = []
        for ctx in contexts:
            features = target_features(ctx)
            keys.extend(features)
            values.extend(features.values())
            sizes.append(len(features))
        rows = len(contexts)
        idx = np.fromiter(map(self.index.get, keys, repeat(-1)), dtype=np.intp, count=len(keys))
        known = idx >= 0  # features the model never saw are ignored
        idx, val = idx[known], np.asarray(values, dtype=np.float64)[known]
        row_of = np.repeat(np.arange(rows), sizes)[known]
        bounds = np.concatenate(([0], np.cumsum(np.bincount(row_of, minlength=rows)))).tolist()
        logits = csr_matrix((val, idx, bounds), shape=(rows, len(self.names))) @ self.coef
        logits = np.asarray(logits) + self.bias
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        prob = exp / exp.sum(axis=1, keepdims=True)
        best = prob.argmax(axis=1)
        contribution = self.coef[idx] * val[:, None]
        mine = best[row_of]
        others = np.where(mine[:, None] == np.arange(len(LABELS)), -np.inf, contribution).max(axis=1)
        margin = contribution[np.arange(len(idx)), mine] - others
        favouring = np.flatnonzero(margin > 0)  # only features that favour the label are evidence
        # by row, then by margin, ties in feature order (lexsort is stable)
        order = favouring[np.lexsort((-margin[favouring], row_of[favouring]))].tolist()
        starts = np.concatenate(([0], np.cumsum(np.bincount(row_of[favouring], minlength=rows)))).tolist()
        names, described, top = self.names, self._described, EVIDENCE_SIZE
        idx_list, margins, labels = idx.tolist(), margin.tolist(), best.tolist()
        scores = (prob[:, 2] - prob[:, 0]).tolist()
        stances = []
        for r in range(rows):
            evidence = []
            for k in order[starts[r]:min(starts[r] + top, starts[r + 1])]:
                name = names[idx_list[k]]
                words = described.get(name)
                if words is None:
                    words = described[name] = describe_feature(name)
                evidence.append(f"{words} ({margins[k]:+.2f})")
            stances.append(Stance(LABELS[labels[r]], round(scores[r], 4), tuple(evidence), "linear"))
        return stances


@functools.lru_cache(maxsize=4)
def linear_model(path: str | None = None) -> LinearStanceModel:
    """The linear model at ``path`` (the shipped one by default), loaded once."""
    return LinearStanceModel.load(path or LINEAR_MODEL)


def target_stance(text: str, start: SupportsIndex, end: SupportsIndex, *, method: str = "default") -> Stance:
    """Stance of ``text`` toward the target mentioned at ``[start, end)``.

    Target dependent: two targets of one sentence are read from their own positions and can get different
    labels (``"Critics slammed Beijing but praised Tokyo."``).

    Args:
        text: a sentence (a longer text is narrowed to the target's sentence, see :func:`narrow`).
        start: offset of the target mention's first character in ``text``.
        end: offset after its last character.
        method: ``default`` (``linear``), ``vader`` or ``transformer`` (see the module docstring).

    Returns:
        The :class:`Stance`.
    """
    return predict_many([text], [start], [end], method=method)[0]


def predict_many(texts: Iterable[str], starts: Iterable[SupportsIndex], ends: Iterable[SupportsIndex], *,
                 method: str = "default") -> list[Stance]:
    """:func:`target_stance` for many targets at once (the transformer batches them).

    Args:
        texts: the texts, one per target (the same sentence may repeat).
        starts: target starts, aligned with ``texts``.
        ends: target ends.
        method: as in :func:`target_stance`.
    """
    kind = resolve_method(method)
    items = []
    for text, given_start, given_end in zip(texts, starts, ends):
        start, end = int(given_start), int(given_end)
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"target span [{start}, {end}) lies outside a text of {len(text)} characters")
        items.append(narrow(text, start, end))
    if kind == "transformer":
        from .stance_encoder import encoder_model

        return encoder_model().predict(items)
    if kind == "vader":
        return [vader_stance(target_context(*item)) for item in items]
    model = linear_model()
    stances: list[Stance] = []
    for i in range(0, len(items), PREDICT_CHUNK):  # bounded memory for any number of targets
        stances += model.predict_many([target_context(*item) for item in items[i:i + PREDICT_CHUNK]])
    return stances


# ---------------------------------------------------------------------------------------------------------------
# the stance table


@dataclass(frozen=True)
class _Occurrence:
    """A target mention found for a quote: the sentence it is read in, and where."""

    target: str
    mention: str
    sentence: str
    local_start: int
    local_end: int
    start: int
    end: int


def _spans(row: dict) -> list[tuple[int, int]]:
    spans = row.get("spans")
    if spans is not None and not (isinstance(spans, float) and math.isnan(spans)) and len(spans):
        return [(int(s), int(e)) for s, e in spans]
    return [(int(row["start"]), int(row["end"]))]


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def _speaker_span(row: dict) -> tuple[int, int]:
    try:
        s, e = int(row.get("speaker_start", -1)), int(row.get("speaker_end", -1))
    except (TypeError, ValueError):
        return -1, -1
    return (s, e) if s >= 0 else (-1, -1)


class _ArticleSentences:
    """The sentences of one article text and the target mentions in each, computed on first use.

    Sentences never cross paragraphs, so only the paragraphs that hold a quote and may mention a target are split
    (:func:`analysis.sentences.paragraph_sentences`), and each sentence is searched for targets once however
    many quotes read it: the result is what splitting the whole text and searching every sentence per quote
    gives.
    """

    def __init__(self, text: str, compiled: TargetRegistry) -> None:
        from analysis.text.layout import paragraph_spans

        self.text = text
        self.compiled = compiled
        self.paragraphs = paragraph_spans(text)
        self.para_starts = [s for s, _ in self.paragraphs]
        self.para_ends = [e for _, e in self.paragraphs]
        self._sentences: dict[int, list] = {}
        self._may_mention: dict[int, bool] = {}
        self._mentions: dict[tuple[int, int], tuple[str, list]] = {}

    def sentences(self, index: int) -> list:
        """The sentences of paragraph ``index`` (:class:`analysis.sentences.SentenceSpan`)."""
        found = self._sentences.get(index)
        if found is None:
            from analysis.text.sentences import paragraph_sentences

            start, end = self.paragraphs[index]
            found = self._sentences[index] = paragraph_sentences(self.text, start, end, index)
        return found

    def may_mention(self, index: int) -> bool:
        """Whether paragraph ``index`` may hold a target mention (:meth:`TargetRegistry.may_mention`)."""
        found = self._may_mention.get(index)
        if found is None:
            start, end = self.paragraphs[index]
            found = self._may_mention[index] = self.compiled.may_mention(self.text[start:end])
        return found

    def overlapping(self, lo: int, hi: int) -> list:
        """The sentences overlapping the character range ``[lo, hi)`` that may mention a target, in text order."""
        found = []
        first = bisect.bisect_right(self.para_ends, lo)  # the first paragraph ending after lo
        last = bisect.bisect_left(self.para_starts, hi)  # the first paragraph starting at or after hi
        for index in range(first, last):
            if not self.may_mention(index):
                continue  # no alias anywhere in the paragraph: none in its sentences (and no need to split it)
            for sent in self.sentences(index):
                if _overlaps(sent.start, sent.end, lo, hi):
                    found.append(sent)
        return found

    def mentions(self, sent) -> tuple[str, list]:
        """A sentence's text and the target mentions in it (offsets into the sentence)."""
        key = (sent.start, sent.end)
        found = self._mentions.get(key)
        if found is None:
            sentence = self.text[sent.start:sent.end]
            found = self._mentions[key] = (sentence, self.compiled.find(sentence))
        return found


def _occurrences_in_article(row: dict, article: _ArticleSentences) -> list[_Occurrence]:
    """Mentions in the sentences that hold the quote's content and attribution (not the speaker's own name)."""
    spans = _spans(row)
    lo = min(s for s, _ in spans)
    hi = max(e for _, e in spans)
    cue = row.get("cue_start", -1)
    if isinstance(cue, (int, np.integer)) and cue >= 0:
        lo, hi = min(lo, int(cue)), max(hi, int(row.get("cue_end", cue)))
    speaker = _speaker_span(row)
    if speaker[0] >= 0:
        lo, hi = min(lo, speaker[0]), max(hi, speaker[1])
    found = []
    for sent in article.overlapping(lo, hi):
        sentence, mentions = article.mentions(sent)
        for m in mentions:
            start, end = sent.start + m.start, sent.start + m.end
            if speaker[0] >= 0 and _overlaps(start, end, *speaker):
                continue
            found.append(_Occurrence(m.target, m.mention, sentence, m.start, m.end, start, end))
    return found


def _occurrences_in_quote(text: str, compiled: TargetRegistry) -> list[_Occurrence]:
    from analysis.text.sentences import sentence_spans

    found = []
    for sent in sentence_spans(text) or []:
        sentence = text[sent.start:sent.end]
        for m in compiled.find(sentence):
            found.append(_Occurrence(m.target, m.mention, sentence, m.start, m.end,
                                     sent.start + m.start, sent.start + m.end))
    return found


def _aggregate(stances: list[Stance]) -> tuple[str, float]:
    """Majority label over a target's mentions (ties: the mean score's side), and the mean score."""
    mean = float(np.mean([s.score for s in stances]))
    counts = Counter(s.label for s in stances)
    top = max(counts.values())
    tied = [label for label in LABELS if counts.get(label) == top]
    if len(tied) == 1:
        return tied[0], mean
    side = "positive" if mean >= VADER_THRESHOLD else "negative" if mean <= -VADER_THRESHOLD else "neutral"
    return (side if side in tied else tied[0]), mean


_ROW_COLUMNS = ("article_id", "quote_id", "text", "speaker", "spans", "start", "end", "cue_start", "cue_end",
                "speaker_start", "speaker_end")
"""The quotes columns the stance table reads (those present are taken)."""


def _records(quotes: pd.DataFrame) -> list[dict]:
    """The quote rows as dicts of the columns the stance table reads (Python values, as ``to_dict`` gives)."""
    columns = [c for c in _ROW_COLUMNS if c in quotes.columns]
    values = [quotes[c].tolist() for c in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


def _quote_occurrences(quotes: pd.DataFrame, texts: dict, compiled: TargetRegistry,
                       layouts: dict[object, _ArticleSentences]) -> list[tuple[dict, list[_Occurrence]]]:
    """Each quote row with the target mentions it reads (``layouts`` keeps the articles' sentences)."""
    out = []
    for row in _records(quotes):
        article_text = texts.get(row["article_id"])
        if isinstance(article_text, str):
            article = layouts.get(row["article_id"])
            if article is None:
                article = layouts[row["article_id"]] = _ArticleSentences(article_text, compiled)
            found = _occurrences_in_article(row, article)
        else:
            found = _occurrences_in_quote(row["text"] if isinstance(row["text"], str) else "", compiled)
        out.append((row, found))
    return out


STANCE_CHUNK = 10_000
"""Quotes that :func:`stance_table` reads and scores at a time (the default and VADER methods): a bound on memory
for a whole corpus's table, and more than a pipeline batch holds (about 4,300 quotes on AllSides), so a batch is
one chunk."""


def _predict_occurrences(occurrences: list[_Occurrence], method: str) -> list[Stance]:
    """:func:`predict_many` over the occurrences, in order.

    Two quotes often read the same mention in the same sentence (a shared attribution sentence); the linear and
    VADER methods label each item on its own, so each distinct ``(sentence, start, end)`` is scored once. The
    transformer gets every item, as its batches would otherwise change.
    """
    keys = [(o.sentence, o.local_start, o.local_end) for o in occurrences]
    if resolve_method(method) == "transformer":
        return predict_many(*zip(*keys), method=method) if keys else []
    unique = list(dict.fromkeys(keys))
    stances = predict_many([k[0] for k in unique], [k[1] for k in unique], [k[2] for k in unique], method=method)
    by_key = dict(zip(unique, stances))
    return [by_key[key] for key in keys]


def stance_table(quotes: pd.DataFrame, *, articles: pd.DataFrame | None = None,
                 targets: TargetRegistry | pd.DataFrame | str | Path | None = None,
                 method: str = "default") -> pd.DataFrame:
    """One row per quote and target that the quote (or its attribution sentence) mentions.

    With ``articles``, each quote is read in the article: the sentences holding its content spans, its cue and
    its speaker mention, so that ``"Beijing is bullying us," Tokyo said`` has both targets; the speaker's own
    mention is not a target of its quote. Without ``articles`` only the quote's ``text`` is searched. Each
    mention is scored in its sentence by :func:`target_stance`; a target mentioned several times gets the
    majority label and the mean score.

    Args:
        quotes: the quotes table (``article_id``, ``quote_id``, ``text``; ``spans``/``start``/``end``,
            ``speaker`` and ``speaker_start``/``speaker_end``, ``cue_start``/``cue_end`` when present).
        articles: the articles table (``article_id``, ``text``), to read quotes in context.
        targets: the target registry (see :func:`analysis.targets.registry`); the shipped one by default.
        method: the stance method (see :func:`target_stance`).

    Returns:
        The stance table, columns of :data:`STANCE_COLUMNS`, in quote order then first-mention order.
    """
    missing = {"article_id", "quote_id", "text"} - set(quotes.columns)
    if missing:
        raise ValueError(f"stance_table needs the quotes columns article_id, quote_id, text; missing: "
                         f"{sorted(missing)}")
    kind = resolve_method(method)
    compiled = registry(targets)
    texts = {} if articles is None else dict(zip(articles["article_id"], articles["text"]))
    # a chunk of quotes at a time: memory stays bounded however large the table (the transformer reads all at
    # once, since its batches, and so its padding, would otherwise change)
    step = max(len(quotes), 1) if kind == "transformer" else STANCE_CHUNK
    rows: list[dict] = []
    layouts: dict[object, _ArticleSentences] = {}
    for lo in range(0, len(quotes), step):
        chunk = quotes.iloc[lo:lo + step]
        rows.extend(_stance_rows(_quote_occurrences(chunk, texts, compiled, layouts), method))
        last = chunk["article_id"].iat[-1]  # its article may go on in the next chunk: keep only its sentences
        layouts = {last: layouts[last]} if last in layouts else {}
    table = pd.DataFrame(rows, columns=list(STANCE_COLUMNS))
    return table.astype({"n_mentions": "int64", "start": "int64", "end": "int64", "score": "float64"})


def _stance_rows(found: list[tuple[dict, list[_Occurrence]]], method: str) -> list[dict]:
    """The stance rows of quotes and their occurrences: one per quote and target, in first-mention order."""
    stances = iter(_predict_occurrences([occ for _, occs in found for occ in occs], method))
    rows = []
    for row, occs in found:
        by_target: dict[str, list[tuple[_Occurrence, Stance]]] = {}
        for occ in occs:
            by_target.setdefault(occ.target, []).append((occ, next(stances)))
        for target, pairs in by_target.items():
            first, first_stance = pairs[0]
            label, score = _aggregate([s for _, s in pairs])
            rows.append({
                "article_id": row["article_id"], "quote_id": row["quote_id"], "speaker": row.get("speaker"),
                "target": target, "mention": first.mention, "label": label, "score": round(score, 4),
                "method": first_stance.method, "n_mentions": len(pairs), "start": first.start, "end": first.end,
                "evidence": "; ".join(first_stance.evidence),
            })
    return rows
