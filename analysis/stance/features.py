"""Features of the two linear stance models, one function each, the same in training and prediction.

:func:`text_features` describes how a sentence treats a target (the text model, trained on NewsMTSC);
:func:`speaker_features` describes the speaker's stance in a quote (the speaker model, trained on the team's
stance set): who speaks (type, own country or foreign, the pair of countries), how (the cue verb, the quote's
kind, denials, accusations, hostile acts and pressure with the target as agent or as patient, support, hedges:
``resources/stance_cues.csv``), how the target was found, and the text model's reading of the sentence. Model
files record :data:`FEATURES_VERSION` and refuse to load with another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.stance.context import TargetContext, lexicon, valences
from analysis.text import wordlists

FEATURES_VERSION = "stance-features-4"
"""Bumped whenever a feature function changes what it emits; model files must match it."""

WINDOW = 5
"""Words this close to the target (in tokens) get side-and-distance features."""

GLOBAL_WEIGHT = 0.5
"""Weight of the target-independent sentence n-grams."""

_LEXICON_SCALE = 4.0

_NEAR_WEIGHT = {d: 1.0 / (1 + 0.3 * (abs(d) - 1)) for d in range(-WINDOW, WINDOW + 1) if d}
"""Weight of a word ``d`` tokens from the target, within :data:`WINDOW`."""


def _bucket(distance: int) -> str:
    return "1" if distance <= 1 else "2" if distance <= 3 else "4" if distance <= 7 else "8"


def _roles(ctx: TargetContext) -> list[str]:
    """Coarse grammatical roles of the target from the words around it."""
    lex = lexicon()
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


def text_features(ctx: TargetContext) -> dict[str, float]:
    """How the sentence treats the target (the text model's features; names are readable evidence).

    Groups (prefix before the first ``:``): ``u``/``b`` sentence unigrams and bigrams with the target masked
    (weighted :data:`GLOBAL_WEIGHT`), ``L``/``R`` words left/right of the target within :data:`WINDOW`,
    distance-weighted, ``c`` words of the target's clause, ``prev``/``next`` its neighbours, ``tm`` its own
    words, ``role`` its coarse role, ``lex`` VADER sums crossed with the role, ``lexp`` VADER valence by side and
    distance, ``lexw`` lexicon words by side. Negated words carry ``NOT_``.
    """
    words, t = ctx.words, ctx.target
    lo, hi = ctx.clause
    feats: dict[str, float] = {"bias": 1.0}

    def add(name: str, value: float = 1.0) -> None:
        feats[name] = feats.get(name, 0.0) + value

    shown = [("NOT_" + w) if ctx.negated[i] else w for i, w in enumerate(words)] if True in ctx.negated else words
    get = feats.get
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
            feats[name] = get(name, 0.0) + _NEAR_WEIGHT[d]
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
    for role in _roles(ctx):
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
    if len(ctx.mention) == 1 and ctx.mention[0] in lexicon().pronouns:
        add("tm:PRONOUN")
    return feats


@dataclass(frozen=True)
class Speaking:
    """Who speaks about the target, and how: what :func:`speaker_features` reads besides the text.

    Attributes:
        target: the canonical target.
        speaker_type: the speaker's type (``official``, ``academic``... ``unnamed``), ``""`` without a speaker.
        speaker_country: the speaker's country, ``""`` when unknown.
        cue: the attribution's cue words (``said``, ``accused``), ``""`` without one.
        kind: the quote's kind (``direct``, ``mixed``, ``indirect``).
        mention_rule: how the target was found (``alias``, ``capital``, ``leader``, ``demonym``, ``adjective``,
            ``pronoun``).
        speaker: the speaker as resolved in the article (``Donald Trump``, ``State Department``), ``""`` without.
    """

    target: str
    speaker_type: str = ""
    speaker_country: str = ""
    cue: str = ""
    kind: str = ""
    mention_rule: str = "alias"
    speaker: str = ""


def speaker_key(name: str) -> str:
    """The speaker as the speaker model knows them: the last word of the name, lower case ("Donald Trump", "Mr.
    Trump" and "Trump" are ``trump``; "the State Department" is ``department``), ``""`` for none."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    return words[-1] if words else ""


@cache
def stance_cues() -> dict[str, str]:
    """Stance cue words and their kind (``resources/stance_cues.csv``)."""
    return {row["word"].lower(): row["kind"] for row in wordlists.rows("stance_cues.csv")}


@cache
def _cue_lemmas() -> dict[str, str]:
    """Each cue form's lemma (``accused`` -> ``accuse``), from ``resources/cue_verbs.csv``."""
    out: dict[str, str] = {}
    for row in wordlists.rows("cue_verbs.csv"):
        for form in row["forms"].split("|"):
            out.setdefault(form.strip().lower(), row["lemma"])
    return out


def cue_lemma(cue: str) -> str:
    """The lemma of an attribution cue as written (``has accused`` -> ``accuse``; ``""`` without one)."""
    words = cue.lower().replace("\u2019", "'").split()
    lemmas = _cue_lemmas()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size, -1, -1):
            lemma = lemmas.get(" ".join(words[start:start + size]))
            if lemma:
                return lemma
    return words[-1] if words else ""


CUE_POLARITY = {"accusation": -1.0, "hostile": -1.0, "pressure": -1.0, "support": 1.0, "cooperation": 0.5}
"""How each kind of stance cue word leans (denials and hedges modify the others: see :func:`speaker_features`)."""


def _local_leaning(ctx: TargetContext, cues: dict[str, str]) -> tuple[float, float, bool, bool]:
    """The stance cue words around the target: (leaning toward it, leaning of the whole stretch, a denial,
    a hedge). A word's leaning is its kind's polarity, flipped when negated, weighted by closeness."""
    words, t = ctx.words, ctx.target
    near = whole = 0.0
    denial = hedge = False
    for i, word in enumerate(words):
        kind = cues.get(word)
        if kind is None or i == t:
            continue
        if kind == "denial":
            denial = True
            continue
        if kind == "hedge":
            hedge = True
            continue
        polarity = CUE_POLARITY.get(kind, 0.0) * (-1.0 if ctx.negated[i] else 1.0)
        whole += polarity
        near += polarity / (1 + 0.5 * max(abs(i - t) - 1, 0))
    return near, whole, denial, hedge


def speaker_features(ctx: TargetContext, speaking: Speaking, text_probabilities: tuple[float, float, float],
                     text: dict[str, float] | None = None) -> dict[str, float]:
    """The speaker model's features of one (quote, target) (names are readable evidence).

    Groups: ``spk`` who speaks (``own`` when the speaker's country is the target, ``foreign``, ``official``,
    and the ``pair`` of countries), ``who`` the speaker themself on this target (:func:`speaker_key`), ``cue``
    the kind of the attribution's verb (an accusation, support...:
    ``stance_cues.csv``; ``cue:say`` for a plain speech verb), ``kind`` the quote's kind, ``how`` a pronoun
    mention, ``lean`` the signed leaning of the stance cue words near the target and over the stretch (a
    denial turns an accusation around: the speaker defends), ``hedge``, and ``text`` the text model's
    probabilities; leanings and probabilities are also crossed with ``own``; ``su``/``sb`` the sentence's
    unigrams and bigrams (from :func:`text_features`, when given), weighed again on the team's quotes.
    """
    feats: dict[str, float] = {"bias": 1.0}
    own = bool(speaking.speaker_country) and speaking.speaker_country == speaking.target
    if own:
        feats["spk:own"] = 1.0
    elif speaking.speaker_country:
        feats["spk:foreign"] = 1.0
        feats["spk:pair=" + speaking.speaker_country + ">" + speaking.target] = 1.0
    if speaking.speaker_type == "official":
        feats["spk:official"] = 1.0
    cues = stance_cues()
    cue_words = speaking.cue.lower().split()
    cue_kinds = {cues[w] for w in cue_words if w in cues}
    for kind in cue_kinds:
        feats["cue:" + kind] = 1.0
    if not cue_kinds and cue_words:
        feats["cue:say"] = 1.0
    feats["verb:" + (cue_lemma(speaking.cue) or "none")] = 1.0
    feats["tgt:" + speaking.target] = 1.0
    who = speaker_key(speaking.speaker)
    if who:  # who speaks about whom: the same people take the same side ("trump" on China, "pompeo" on Iran)
        feats["who:" + who + ">" + speaking.target] = 1.0
    feats["kind:" + (speaking.kind or "none")] = 1.0
    if speaking.mention_rule == "pronoun":
        feats["how:pronoun"] = 1.0
    near, whole, denial, hedge = _local_leaning(ctx, cues)
    if denial:
        near, whole = -near if near < 0 else near, -whole if whole < 0 else whole
        feats["lean:denial"] = 1.0
    suffix = "&own" if own else ""
    for name, value in (("near", near), ("whole", whole)):
        if value > 0:
            feats["lean:" + name + "+" + suffix] = min(value, 3.0)
        elif value < 0:
            feats["lean:" + name + "-" + suffix] = min(-value, 3.0)
    if hedge:
        feats["hedge:"] = 1.0
    for name, value in zip(("neg", "neu", "pos"), text_probabilities):
        feats["text:" + name] = value
        if own:
            feats["text:" + name + "&own"] = value
    for name, value in (text or {}).items():
        if name[:2] in ("u:", "b:"):
            feats["s" + name] = value
    return feats


_ROLE_WORDS = {
    "speaker": "a speaker (X said / according to X)", "poss": "a possessive (X's)", "by": "the agent after 'by'",
    "inquote": "inside a quotation", "start": "at the start of the sentence", "other": "in no marked role",
}
_SUM_WORDS = {"c": "in its clause", "r": "outside its clause", "w": "near it", "s": "in its quotation region",
              "o": "in another quotation region"}
_DISTANCE_WORDS = {"1": "next to", "2": "2-3 words from", "4": "4-7 words from", "8": "8+ words from"}
_CUE_KIND_WORDS = {"denial": "a denial", "accusation": "an accusation", "hostile": "a hostile act",
                   "pressure": "pressure or measures", "support": "support", "cooperation": "talks or ties",
                   "hedge": "a hedge"}


def _quoted_words(value: str) -> str:
    return "'" + " ".join(value.replace("NOT_", "not ").split("_")) + "'"


def describe_feature(name: str) -> str:
    """A reader's description of a feature name (``"R:slammed"`` -> ``"'slammed' after the target"``), used as
    the linear models' evidence."""
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
        "cue": "a plain speech cue" if value == "say" else f"a cue of {_CUE_KIND_WORDS.get(value, value)}",
        "kind": f"a {value} quote", "how": f"target named by {value}", "verb": f"cue verb '{value}'",
        "tgt": f"the target is {value}", "su": f"{words} in the quote", "sb": f"{words} in the quote",
    }
    if name == "bias":
        return "prior (bias)"
    if group in simple:
        return simple[group]
    if group == "spk":
        key, _, rest = value.partition("=")
        if key == "own":
            return "the speaker's own country"
        if key == "foreign":
            return "a foreign speaker"
        if key == "pair":
            return f"speaker from {rest.replace('>', ' on ')}"
        if key == "official":
            return "an official speaking"
        return "speaker's country unknown"
    if group == "lean":
        if value == "denial":
            return "a denial in the quote"
        base, _, own = value.partition("&")
        where = "near the target" if base.startswith("near") else "in the quote"
        leaning = "against" if base.endswith("-") else "for"
        return f"words {where} leaning {leaning} it{' (own country)' if own else ''}"
    if group == "who":
        who, _, target = value.partition(">")
        return f"the speaker '{who}' on {target}"
    if group == "hedge":
        return "a hedge in the quote"
    if group == "text":
        base, _, own = value.partition("&")
        return f"text model: {base} reading{' (own country)' if own else ''}"
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
    return name
