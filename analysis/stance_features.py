"""What the stance methods see around a target: tokens, its clause, negation, quotations, VADER valences.

:func:`target_context` turns ``(text, start, end)`` into a :class:`TargetContext` once; the ``vader`` method
reads :func:`clause_valence` from it and the linear model reads :func:`target_features`. Both are target
dependent: the target's own words are masked, words are weighted by their distance to it, and only the
target's clause counts for VADER. Training (``analysis.stance_train``) and prediction use the same function,
so a model file records :data:`FEATURES_VERSION` and refuses to load with another.

Word lists are data: the VADER lexicon, booster words and negations come from the ``vaderSentiment``
package; speech cues (cue types speech and document) from ``resources/cue_verbs.csv``; pronouns from
``resources/pronouns.csv``; clause breaks, extra negators and quote marks from ``resources/stance_words.csv``.
"""

from __future__ import annotations

import csv
import functools
import math
import operator
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final, SupportsIndex

from .paths import resource

FEATURES_VERSION: Final = "stance-features-2"
"""Bumped whenever :func:`target_features` changes what it emits; model files must match it."""

TARGET_TOKEN: Final = "<T>"
"""The target's words, collapsed into one masked token."""

WINDOW: Final = 5
"""Words this close to the target (in tokens) get side-and-distance features."""

NEGATION_SCOPE: Final = 3
"""A negator flips the valence of up to this many following words (stopping at punctuation)."""

N_SCALAR: Final = -0.74
"""VADER's factor for a negated word's valence."""

B_INCR: Final = 0.293
"""VADER's booster increment ("very", "extremely")."""

C_INCR: Final = 0.733
"""VADER's emphasis for a word in capitals in a mixed-case sentence."""

VADER_ALPHA: Final = 15.0
"""VADER's normalisation constant: compound = s / sqrt(s^2 + alpha)."""

GLOBAL_WEIGHT: Final = 0.5
"""Weight of the target-independent sentence n-grams (tuned on NewsMTSC train cross-validation and dev)."""

_TOKEN: Final = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]")
_CLAUSE_PUNCT: Final = frozenset(",;:()[]-\u2013\u2014")
_SENTENCE_END: Final = frozenset(".!?")
_LEXICON_SCALE: Final = 4.0


@dataclass(frozen=True)
class Lexicon:
    """The word lists the features read (see the module docstring for where each comes from)."""

    valence: dict[str, float]
    boosters: dict[str, float]
    negators: frozenset[str]
    clause_breaks: frozenset[str]
    quote_marks: frozenset[str]
    speech: frozenset[str]
    pronouns: frozenset[str]


def _vader_lexicon_path() -> Path:
    import vaderSentiment

    return Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"


def _read_vader_lexicon(path: Path) -> dict[str, float]:
    valence: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                valence[parts[0].strip()] = float(parts[1])
            except ValueError:
                continue
    return valence


def _csv_rows(name: str) -> list[dict[str, str]]:
    with open(resource(name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Return the shared :class:`Lexicon` (read once)."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

    words = _csv_rows("stance_words.csv")
    kind = lambda k: frozenset(r["word"].strip().lower() for r in words if r["kind"].strip() == k)  # noqa: E731
    speech = frozenset(
        form.strip().lower()
        for row in _csv_rows("cue_verbs.csv")
        if row["cue_type"].strip() in ("speech", "document")
        for form in row["forms"].split("|")
        if form.strip() and " " not in form.strip()
    )
    pronouns = frozenset(row["pronoun"].strip().lower() for row in _csv_rows("pronouns.csv"))
    return Lexicon(
        valence=_read_vader_lexicon(_vader_lexicon_path()),
        boosters={w.lower(): v for w, v in BOOSTER_DICT.items()},
        negators=frozenset(w.lower() for w in NEGATE) | kind("negator"),
        clause_breaks=kind("clause_break"),
        quote_marks=kind("quote_mark"),
        speech=speech,
        pronouns=pronouns,
    )


@dataclass(frozen=True)
class TargetContext:
    """A sentence seen from one target.

    Attributes:
        words: lower-cased tokens (curly apostrophes straightened); the target's tokens collapsed into
            :data:`TARGET_TOKEN`.
        spans: ``(start, end)`` of each word in the text (the target: its mention span).
        shouting: whether each word is written in capitals (for VADER's emphasis).
        target: index of the target in ``words``.
        mention: the target's own words, lower case, possessive ``'s`` removed.
        possessive: the mention is followed by ``'s`` (``Beijing's``).
        negated: whether each word lies in a negation's scope.
        clause: first and last index (inclusive) of the target's clause.
        quoted: whether each word lies inside quotation marks.
    """

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    shouting: tuple[bool, ...]
    target: int
    mention: tuple[str, ...]
    possessive: bool
    negated: tuple[bool, ...]
    clause: tuple[int, int]
    quoted: tuple[bool, ...]

    def valence(self, index: int) -> float:
        """VADER valence of word ``index`` in context: lexicon value, negation, boosters, capitals."""
        return _word_valence(self, index, lexicon())


def _normalise(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _is_possessive(text: str, end: int) -> bool:
    return text[end:end + 2] in ("'s", "\u2019s") or text[end:end + 1] in ("'", "\u2019") and text[end - 1:end] == "s"


def target_context(text: str, start: SupportsIndex, end: SupportsIndex) -> TargetContext:
    """Tokenise ``text`` around the target at ``[start, end)``.

    Args:
        text: the sentence (or a short passage) that mentions the target.
        start: offset of the target mention's first character (an int, or a NumPy integer from a table).
        end: offset after its last character.

    Returns:
        The :class:`TargetContext`; a target that covers no token becomes a masked token at its offset.
    """
    return _context(text, operator.index(start), operator.index(end))


def _context(text: str, start: int, end: int) -> TargetContext:
    lex = lexicon()
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    shouting: list[bool] = []
    mention: list[str] = []
    target = -1
    curly = "\u2019" in text
    matches = list(_TOKEN.finditer(text))
    token_starts = [m.start() for m in matches]
    token_ends = [m.end() for m in matches]
    tokens = [m.group() for m in matches]
    for s, e, token in zip(token_starts, token_ends, tokens):
        if s < end and e > start:
            mention.append(_normalise(token).removesuffix("'s"))
            if target < 0:
                target = len(words)
                words.append(TARGET_TOKEN)
                spans.append((start, end))
                shouting.append(False)
            continue
        if target < 0 and s >= end:
            target = len(words)
            words.append(TARGET_TOKEN)
            spans.append((start, end))
            shouting.append(False)
        words.append(_normalise(token) if curly else token.lower())
        spans.append((s, e))
        shouting.append(len(token) > 1 and token.isupper())
    if target < 0:
        target = len(words)
        words.append(TARGET_TOKEN)
        spans.append((start, end))
        shouting.append(False)
    if all(shouting[i] or not words[i].isalpha() for i in range(len(words)) if i != target):
        shouting = [False] * len(words)
    return TargetContext(
        words=tuple(words),
        spans=tuple(spans),
        shouting=tuple(shouting),
        target=target,
        mention=tuple(mention),
        possessive=_is_possessive(text, end),
        negated=_negation_scope(words, lex),
        clause=_clause(words, target, lex),
        quoted=_quoted(words, lex),
    )


def _is_negator(word: str, lex: Lexicon) -> bool:
    return word in lex.negators or word.endswith("n't")


def _negation_scope(words: list[str], lex: Lexicon) -> tuple[bool, ...]:
    negated = [False] * len(words)
    left = 0
    for i, word in enumerate(words):
        if _is_negator(word, lex):
            left = NEGATION_SCOPE
            continue
        if word in _CLAUSE_PUNCT or word in _SENTENCE_END or word in lex.quote_marks:
            left = 0
        if left:
            negated[i] = True
            left -= 1
    return tuple(negated)


def _breaks_clause(word: str, lex: Lexicon) -> bool:
    return word in _CLAUSE_PUNCT or word in lex.quote_marks or word in lex.clause_breaks


def _clause(words: list[str], target: int, lex: Lexicon) -> tuple[int, int]:
    lo = target
    while lo > 0 and not _breaks_clause(words[lo - 1], lex):
        lo -= 1
    hi = target
    while hi < len(words) - 1 and not _breaks_clause(words[hi + 1], lex):
        hi += 1
    return lo, hi


def _quoted(words: list[str], lex: Lexicon) -> tuple[bool, ...]:
    inside = False
    quoted = []
    for word in words:
        if word in lex.quote_marks:
            inside = not inside
            quoted.append(False)
        else:
            quoted.append(inside)
    return tuple(quoted)


def _word_valence(ctx: TargetContext, index: int, lex: Lexicon) -> float:
    if index == ctx.target:
        return 0.0
    value = lex.valence.get(ctx.words[index], 0.0)
    if not value:
        return 0.0
    if ctx.shouting[index]:
        value += C_INCR if value > 0 else -C_INCR
    for back, decay in ((1, 1.0), (2, 0.95), (3, 0.9)):
        j = index - back
        if j < 0:
            break
        boost = lex.boosters.get(ctx.words[j])
        if boost:
            value += math.copysign(abs(boost) * decay, value) * (1 if boost > 0 else -1)
    if ctx.negated[index]:
        value *= N_SCALAR
    return value


def valences(ctx: TargetContext) -> list[float]:
    """VADER valence of every word in context (0 for words outside the lexicon and for the target)."""
    lex = lexicon()
    return [_word_valence(ctx, i, lex) for i in range(len(ctx.words))]


def compound(total: float) -> float:
    """VADER's normalisation of a valence sum into ``[-1, 1]``."""
    return total / math.sqrt(total * total + VADER_ALPHA)


def clause_valence(ctx: TargetContext) -> tuple[float, list[tuple[str, float]]]:
    """VADER compound of the target's clause, and the words that made it.

    Args:
        ctx: the target's context.

    Returns:
        ``(compound, evidence)``: the compound score in ``[-1, 1]`` and ``(word, valence)`` for each
        lexicon word of the clause, strongest first (negated words are prefixed ``not ``).
    """
    lo, hi = ctx.clause
    total = 0.0
    evidence: list[tuple[str, float]] = []
    values = valences(ctx)
    for i in range(lo, hi + 1):
        if values[i]:
            total += values[i]
            evidence.append((("not " if ctx.negated[i] else "") + ctx.words[i], round(values[i], 3)))
    evidence.sort(key=lambda item: -abs(item[1]))
    return compound(total), evidence


def _roles(ctx: TargetContext, lex: Lexicon) -> list[str]:
    """Coarse grammatical roles of the target from the words around it."""
    words, t = ctx.words, ctx.target
    roles = []
    near = words[max(0, t - 3):t] + words[t + 1:t + 4]
    if any(w in lex.speech for w in near) or words[max(0, t - 2):t] == ("according", "to"):
        roles.append("speaker")
    if ctx.possessive:
        roles.append("poss")
    if t > 0 and words[t - 1] == "by":
        roles.append("by")
    if ctx.quoted[t]:
        roles.append("inquote")
    if t <= 1:
        roles.append("start")
    return roles or ["other"]


def _lexicon_sums(ctx: TargetContext, values: list[float]) -> dict[str, float]:
    lo, hi = ctx.clause
    t = ctx.target
    sums = dict.fromkeys(("cpos", "cneg", "rpos", "rneg", "wpos", "wneg", "spos", "sneg", "opos", "oneg"), 0.0)
    for i, v in enumerate(values):
        if not v:
            continue
        sign = "pos" if v > 0 else "neg"
        size = abs(v)
        sums[("c" if lo <= i <= hi else "r") + sign] += size
        sums["w" + sign] += size / (1 + 0.5 * abs(i - t))
        sums[("s" if ctx.quoted[i] == ctx.quoted[t] else "o") + sign] += size
    return sums


def _bucket(distance: int) -> str:
    return "1" if distance <= 1 else "2" if distance <= 3 else "4" if distance <= 7 else "8"


def target_features(ctx: TargetContext) -> dict[str, float]:
    """The linear model's features of one target (names are readable: they are the model's evidence).

    Groups (prefix before the first ``:``): ``u``/``b`` sentence unigrams and bigrams with the target masked
    (weighted :data:`GLOBAL_WEIGHT`), ``L``/``R`` words left/right of the target within :data:`WINDOW`,
    distance-weighted, ``c`` words of the target's clause, ``prev``/``next`` its neighbours, ``tm`` its own
    words, ``role`` its coarse role (speaker, possessive, agent after *by*, inside a quotation, sentence start),
    ``lex`` VADER sums (target clause vs rest, distance-weighted, same vs other quotation region) crossed with
    the role, ``lexp`` VADER valence by side and distance, ``lexw`` lexicon words by side. Negated words carry
    ``NOT_``.

    Args:
        ctx: the target's context from :func:`target_context`.

    Returns:
        Feature name to value.
    """
    lex = lexicon()
    words, t = ctx.words, ctx.target
    lo, hi = ctx.clause
    feats: dict[str, float] = {"bias": 1.0}

    def add(name: str, value: float = 1.0) -> None:
        feats[name] = feats.get(name, 0.0) + value

    shown = [("NOT_" + w) if ctx.negated[i] else w for i, w in enumerate(words)]
    get = feats.get  # the loop below is the hot one: add() inlined
    for i, word in enumerate(shown):
        name = "u:" + word
        feats[name] = get(name, 0.0) + GLOBAL_WEIGHT
        if i:
            name = "b:" + words[i - 1] + "_" + words[i]
            feats[name] = get(name, 0.0) + GLOBAL_WEIGHT
        d = i - t
        if d == 0:
            continue
        if -WINDOW <= d <= WINDOW:
            name = ("L:" if d < 0 else "R:") + word
            feats[name] = get(name, 0.0) + 1.0 / (1 + 0.3 * (abs(d) - 1))
        if lo <= i <= hi:
            name = "c:" + word
            feats[name] = get(name, 0.0) + 1.0
    values = valences(ctx)
    for i, v in enumerate(values):
        if not v:
            continue
        d = i - t
        side = "L" if d < 0 else "R"
        sign = "+" if v > 0 else "-"
        inside = "c" if lo <= i <= hi else "x"
        add("lexp:" + side + _bucket(abs(d)) + sign, abs(v) / _LEXICON_SCALE)
        add("lexp:" + inside + side + sign, abs(v) / _LEXICON_SCALE)
        add("lexw:" + side + ":" + words[i])
    add("lexp:some" if any(values) else "lexp:none")
    sums = _lexicon_sums(ctx, values)
    for role in _roles(ctx, lex):
        add("role:" + role)
        for name, value in sums.items():
            if value:
                add("lex:" + name + "|" + role, value / _LEXICON_SCALE)
    add("pos:start" if t == 0 else "pos:mid")
    if t + 1 < len(words):
        add("next:" + words[t + 1])
    if t > 0:
        add("prev:" + words[t - 1])
    if t >= 2:
        add("prev2:" + words[t - 2] + "_" + words[t - 1])
    if t + 2 < len(words):
        add("next2:" + words[t + 1] + "_" + words[t + 2])
    for word in ctx.mention:
        add("tm:" + word)
    if len(ctx.mention) == 1 and ctx.mention[0] in lex.pronouns:
        add("tm:PRONOUN")
    return feats


_ROLE_WORDS: Final = {
    "speaker": "a speaker (X said / according to X)", "poss": "a possessive (X's)", "by": "the agent after 'by'",
    "inquote": "inside a quotation", "start": "at the start of the sentence", "other": "in no marked role",
}
_SUM_WORDS: Final = {
    "c": "in its clause", "r": "outside its clause", "w": "near it", "s": "in its quotation region",
    "o": "in another quotation region",
}
_DISTANCE_WORDS: Final = {"1": "next to", "2": "2-3 words from", "4": "4-7 words from", "8": "8+ words from"}


def _quoted_words(value: str) -> str:
    return "'" + " ".join(value.replace("NOT_", "not ").split("_")) + "'"


def describe_feature(name: str) -> str:
    """A reader's description of a :func:`target_features` name (``"R:slammed"`` -> ``"'slammed' after the
    target"``), used as the linear model's evidence."""
    group, _, value = name.partition(":")
    words = _quoted_words(value) if value else ""
    simple = {
        "u": f"{words} in the sentence", "b": f"{words} in the sentence", "L": f"{words} before the target",
        "R": f"{words} after the target", "c": f"{words} in the target's clause",
        "prev": f"{words} just before the target", "prev2": f"{words} just before the target",
        "next": f"{words} just after the target", "next2": f"{words} just after the target",
        "tm": "the target is a pronoun" if value == "PRONOUN" else f"target word {words}",
        "role": f"target is {_ROLE_WORDS.get(value, value)}",
        "pos": "target starts the sentence" if value == "start" else "target inside the sentence",
    }
    if group in simple:
        return simple[group]
    if group == "lexw":
        side, _, word = value.partition(":")
        return f"sentiment word '{word}' {'before' if side == 'L' else 'after'} the target"
    if group == "lex":
        key, _, role = value.partition("|")
        polarity = "positive" if key[1:] == "pos" else "negative"
        return f"{polarity} words {_SUM_WORDS.get(key[0], key[0])} (target is {_ROLE_WORDS.get(role, role)})"
    if group == "lexp":
        if value in ("none", "some"):
            return "no sentiment words in the sentence" if value == "none" else "sentiment words in the sentence"
        polarity = "positive" if value.endswith("+") else "negative"
        if value[0] in "LR":
            side = "before" if value[0] == "L" else "after"
            return f"{polarity} words {_DISTANCE_WORDS.get(value[1], value[1])} the target, {side} it"
        side = "before" if value[1] == "L" else "after"
        return f"{polarity} words {side} the target {'in' if value[0] == 'c' else 'outside'} its clause"
    return "prior (bias)" if name == "bias" else name
