"""The targets a quote refers to: found in its content only, never in its attribution.

For each content piece of a quote, every sentence stretch it covers is searched with the target registry (aliases,
capitals, leaders, demonyms, adjectives: :mod:`analysis.targets`). Then pronouns of the content are resolved
(:func:`pronoun_mentions`): ``they``, ``them``, ``their``, ``its`` (not ``it``: nearly always a thing or an empty
subject) to the nearest target named before them in the same or the previous sentence, of the quote or of its
attribution (a plural pronoun to every target of the list it closes: "Egypt, the UAE and Saudi Arabia ... they"),
and to none when that nearest target is named inside the speaker's own mention ("Turkish officials said they ...":
the pronoun is the speaker; ``US`` in capitals is never ``us``); ``we``, ``us``, ``our`` (``we've``, ``we'll``...)
of an official to the official's country, and of a speaker whose name is a gazetteer leader ("Trump", "Obama") and
whose country the article does not say to that leader's country when the quote's paragraphs name another target (a
leader acting abroad). A description of a state ("the regime", "his country", "the federal government") is read as a
pronoun, its antecedent in the speaker's own mention too ("Iran's foreign minister said his country ..."); after
``our`` ("our own government") it is the speaker's country.
Dropped: mentions inside the speaker's own mention, and every mention of a target that is the speaker itself
(``Moscow said``, ``the Chinese foreign ministry said``: a state speaking is never a target of its own quote; a
person speaking of their own country is). Each mention says how it was found (``rule``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from analysis.targets import TargetRegistry
from analysis.text.document import Document
from analysis.text.tokens import Tokens

PLURAL_PRONOUNS = frozenset(("they", "them", "their", "theirs"))
NEUTER_PRONOUNS = frozenset(("its",))
"""``its`` only: ``it`` in a quote is nearly always a thing or an empty subject ("North Korea fired the missile and
it flew 20 miles", "it is clear that"), rarely a country."""
FIRST_PERSON = frozenset(("we", "us", "our", "ours"))

NOT_PRONOUNS = frozenset(("US",))
"""Pronouns as written that are a country's name instead ("US" in capitals is the United States, not "us")."""

_PRONOUNS = {word: word for word in PLURAL_PRONOUNS | NEUTER_PRONOUNS | FIRST_PERSON}
_PRONOUNS.update({subject + ending: subject for subject in ("we", "they") for ending in ("'ve", "'re", "'ll", "'d")})
"""Every pronoun that may mention a target, as written in lower case (straight apostrophes: "we've"), with
its plain form."""

SPEAKING_STATES = frozenset(("country", "place", "organisation"))
"""Speaker rules (:mod:`analysis.speakers.resolution`) whose speaker is an institution: when its country is the
target and the institution is the state (a country or place named as speaker, or an organisation of type
``official``: "the Kremlin", "the State Department"), the state itself speaks. A newspaper, company or university
of that country is not the state ("The Wall Street Journal reported that the United States would ...")."""


@dataclass(frozen=True)
class QuoteMention:
    """One mention of a target in a quote.

    Attributes:
        target: the canonical target.
        kind: the target's kind (country, bloc, organisation...).
        mention: the words as written.
        start: offset of the mention in the article text.
        end: offset after it.
        rule: how it was found (``alias``, ``capital``, ``leader``, ``demonym``, ``adjective``, ``pronoun``).
        lo: start of the stretch it is read in (its sentence within the content piece).
        hi: end of that stretch.
    """

    target: str
    kind: str
    mention: str
    start: int
    end: int
    rule: str
    lo: int
    hi: int


@dataclass(frozen=True)
class QuoteSpeaker:
    """What the mention search needs to know of a quote's speaker."""

    start: int = -1
    end: int = -1
    country: str = ""
    type: str = ""
    rule: str = ""
    name: str = ""


def _rule(found: object) -> str:
    return str(getattr(found, "mention_rule", None) or getattr(found, "rule", None) or "alias")


def _stretches(doc: Document, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content pieces cut at sentence ends: each piece's part in each sentence it covers."""
    out = []
    for start, end in spans:
        sentences = doc.sentences
        for k in range(doc.sentence_of(start), len(sentences)):  # no slice: a copy per quote is quadratic
            sentence = sentences[k]
            if sentence.start >= end:
                break
            lo, hi = max(start, sentence.start), min(end, sentence.end)
            if lo < hi:
                out.append((lo, hi))
        if not doc.sentences:
            out.append((start, end))
    return out


def named_mentions(doc: Document, spans: Sequence[tuple[int, int]], registry: TargetRegistry
                   ) -> list[QuoteMention]:
    """The registry's mentions inside a quote's content pieces, in text order."""
    text = doc.reading
    found = []
    for lo, hi in _stretches(doc, spans):
        stretch = text[lo:hi]
        if not registry.may_mention(stretch):
            continue
        for m in registry.find(stretch, within=(text, lo)):
            found.append(QuoteMention(m.target, m.kind, m.mention, lo + m.start, lo + m.end, _rule(m), lo, hi))
    return found


def _antecedents(doc: Document, at: int, registry: TargetRegistry, context: Sequence[QuoteMention],
                 cue: tuple[int, int], *, plural: bool, speaker: tuple[int, int] = (-1, -1)
                 ) -> list[tuple[str, str]]:
    """The nearest target named before offset ``at`` in its sentence or the one before (of the quote, or of the
    attribution when the cue is there), as ``(target, kind)``; for a plural pronoun, every target of the list it
    closes ("Egypt, the United Arab Emirates and Saudi Arabia ... they"). None when the nearest is named inside the
    speaker's own mention (``speaker``: its offsets; given for a pronoun, not for a description of a state):
    "Turkish officials said they ...": the pronoun is the speaker, and the speaker's affiliation is no mention,
    while "his country" after "Iran's foreign minister" is Iran."""
    sentence = doc.sentence_of(at)
    lo = doc.sentences[sentence - 1].start if sentence > 0 else (doc.sentences[0].start if doc.sentences else 0)
    before = [(m.start, m.end, m.target, m.kind) for m in context if lo <= m.start < at]
    if cue[0] >= 0 and lo <= cue[0] < at:
        region_end = min(at, doc.sentences[doc.sentence_of(cue[0])].end) if doc.sentences else at
        region_start = max(lo, doc.sentences[doc.sentence_of(cue[0])].start) if doc.sentences else lo
        before += [(region_start + m.start, region_start + m.end, m.target, m.kind)
                   for m in registry.find(doc.reading[region_start:region_end], within=(doc.reading, region_start))
                   if region_start + m.start < at]
    if not before:
        return []
    before.sort()
    k = len(before) - 1
    if before[k][0] < speaker[1] and speaker[0] < before[k][1]:
        return []
    chosen = [before[k]]
    while plural and k > 0 and _LIST_GLUE.fullmatch(doc.reading, before[k - 1][1], before[k][0]):
        k -= 1
        chosen.append(before[k])
    return list(dict.fromkeys((target, kind) for _s, _e, target, kind in chosen))


_LIST_GLUE = re.compile(r"(?:\s|,|and\b|or\b|the\b)*", re.IGNORECASE)
"""What may stand between the targets of a list ("Egypt, the United Arab Emirates and Saudi Arabia")."""

STATE_NOUNS = frozenset(("country", "nation", "government", "regime", "kingdom"))
"""Nouns that, after a determiner or a possessive, refer back to a state ("his country", "the regime")."""

STATE_DETERMINERS = frozenset(("the", "this", "that", "his", "her", "its", "their", "our"))

_CANDIDATES = frozenset(_PRONOUNS) | STATE_NOUNS


def _state_description(tokens: Tokens, i: int, a: int) -> int:
    """Where a description of a state ending at token ``i`` (a word of :data:`STATE_NOUNS`) starts: its
    determiner, at most two lower-case words before the noun ("the regime", "our own government", "the federal
    government"); -1 when there is none, and for a description that names its state ("the Syrian regime", "the
    Assad government": a name of its own, found as such or not at all)."""
    for j in range(i - 1, max(a, i - 3) - 1, -1):
        low = tokens.low[j]
        if low in STATE_DETERMINERS:
            return j
        if not tokens.raw[j][:1].islower() or low in ("of", "and", "or", "a", "an"):
            return -1
    return -1


def _names_another_target(doc: Document, spans: Sequence[tuple[int, int]], registry: TargetRegistry,
                          target: str) -> bool:
    """Whether the paragraphs of a quote's content name a target other than ``target``: the quote is about
    foreign affairs."""
    if not doc.paragraphs:
        return False
    text = doc.reading
    for k in sorted({doc.paragraph_of(start) for start, _end in spans}):
        lo, hi = doc.paragraphs[k]
        stretch = text[lo:hi]
        if registry.may_mention(stretch) and any(m.target != target
                                                 for m in registry.find(stretch, within=(text, lo))):
            return True
    return False


def speaker_state(doc: Document, spans: Sequence[tuple[int, int]], speaker: QuoteSpeaker,
                  registry: TargetRegistry) -> str:
    """The state a speaker's "we" and "our" stand for (``""`` for none): an official's country; or the country of a
    head of state or government the speaker's name is (a gazetteer leader: "Trump", "Obama" where the article does
    not say the country), when the quote's paragraphs name another target: a leader acting abroad speaks for the
    state, not in domestic politics ("We had a good talk with Kim Jong-un" but not "we need a new tax code")."""
    if speaker.type == "official" and speaker.country:
        return speaker.country
    if speaker.name and registry.may_mention(speaker.name):
        for m in registry.find(speaker.name):
            if m.rule == "leader" and m.start == 0 and m.end == len(speaker.name):
                return m.target if _names_another_target(doc, spans, registry, m.target) else ""
    return ""


def pronoun_mentions(doc: Document, spans: Sequence[tuple[int, int]], registry: TargetRegistry,
                     named: Sequence[QuoteMention], speaker: QuoteSpeaker, cue: tuple[int, int],
                     kinds: dict[str, str]) -> list[QuoteMention]:
    """Mentions by pronoun or by a description of a state inside a quote's content (see the module docstring)."""
    tokens = doc.tokens
    found = []
    pronoun = _PRONOUNS.__contains__
    state = speaker_state(doc, spans, speaker, registry)
    for lo, hi in _stretches(doc, spans):
        a, b = doc.token_range(lo, hi)
        for i in compress(range(a, b), map(_CANDIDATES.__contains__, tokens.low[a:b])):  # found in C
            low = tokens.low[i]
            targets: list[tuple[str, str]] = []
            start = i
            if pronoun(low):
                if tokens.raw[i] in NOT_PRONOUNS:
                    continue
                low = _PRONOUNS[low]
                if low in PLURAL_PRONOUNS or low in NEUTER_PRONOUNS:
                    targets = _antecedents(doc, tokens.start[i], registry, named, cue,
                                           plural=low in PLURAL_PRONOUNS, speaker=(speaker.start, speaker.end))
                elif low in FIRST_PERSON and state:
                    targets = [(state, kinds.get(state, "country"))]
            elif low in STATE_NOUNS:
                start = _state_description(tokens, i, a)
                if start < 0:
                    continue
                if tokens.low[start] == "our":
                    country = speaker.country or state
                    targets = [(country, kinds.get(country, "country"))] if country else []
                else:
                    targets = _antecedents(doc, tokens.start[start], registry, named, cue, plural=False)
            for target, kind in targets:
                found.append(QuoteMention(target, kind, doc.text[tokens.start[start]:tokens.end[i]],
                                          tokens.start[start], tokens.end[i], "pronoun", lo, hi))
    return found


def quote_mentions(doc: Document, spans: Sequence[tuple[int, int]], registry: TargetRegistry, *,
                   speaker: QuoteSpeaker = QuoteSpeaker(), cue: tuple[int, int] = (-1, -1)) -> list[QuoteMention]:
    """Every target mention of one quote (see the module docstring), in text order."""
    named = named_mentions(doc, spans, registry)
    kinds = {m.target: m.kind for m in named}
    kinds.update(registry.kinds())
    mentions = named + pronoun_mentions(doc, spans, registry, named, speaker, cue, kinds)
    if speaker.start >= 0:
        mentions = [m for m in mentions if not (m.start < speaker.end and speaker.start < m.end)]
    if speaker.rule in SPEAKING_STATES and speaker.country and (
            speaker.rule != "organisation" or speaker.type == "official"):
        mentions = [m for m in mentions if m.target != speaker.country]
    return sorted(mentions, key=lambda m: (m.start, m.end))
