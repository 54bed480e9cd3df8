from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from itertools import compress

from analysis.quotes.tokens import ParagraphTokens, Q, W
from analysis.speakers.lexicon import plural
from analysis.text import wordlists
from analysis.text.sentences import news_abbreviations


@dataclass(frozen=True)
class Cue:
    """One attribution cue of ``resources/cue_verbs.csv``.

    Attributes:
        lemma: base form (``say``, ``point out``, ``according to``).
        cue_type: ``speech``, ``belief``, ``intention``, ``evaluation`` or ``document``.
        frame: ``clause``, ``tell``, ``object``, ``naming`` or ``according`` (see the resource file header: a
            ``quotation`` or ``clause_only`` row is read as ``clause``, an ``infinitive`` row as ``object``, each
            with its ``complement``).
        words: the matched form, lower case, one item per word.
        agentless: a passive without its agent still reports ("Trump is expected to win").
        complement: what must follow the cue for it to report, when not anything its frame takes:
            ``quotation`` (content only when a quotation follows: 'he continued: "..."', not "crime has continued
            to fall"; the words before may be content: '..., he continued'), ``infinitive`` (a to-infinitive:
            "aims to protect", not "aimed at adults"), ``clause`` (a reported clause: "determined the video had
            been sent", not "will determine whether"), or ``""``.
        judged_passive: an evaluation's passive with its agent reports what the agent judged ("The plan was
            criticised by the unions"); False where the passive is another sense ("was questioned by police").
    """

    lemma: str
    cue_type: str
    frame: str
    words: tuple[str, ...]
    agentless: bool = False
    complement: str = ""
    judged_passive: bool = True

    @property
    def quotation_only(self) -> bool:
        return self.complement == "quotation"


_COMPLEMENT_FRAMES = {"quotation": "clause", "infinitive": "object", "clause_only": "clause",
                      "predicate_only": "clause", "directive": "object"}
"""Frames of ``cue_verbs.csv`` that name the complement a cue needs, and the frame they are read as."""


@cache
def load_cues() -> dict[str, tuple[Cue, ...]]:
    """Return the cue table indexed by first word, longest forms first.

    Returns:
        Mapping from a lower-case first word to the cues whose form starts with it.
    """
    index: dict[str, list[Cue]] = {}
    for row in wordlists.rows("cue_verbs.csv"):
        for form in row["forms"].split("|"):
            words = tuple(form.strip().lower().split())
            if words:
                frame = row["frame"].strip()
                read_as = _COMPLEMENT_FRAMES.get(frame)
                cue = Cue(row["lemma"].strip(), row["cue_type"].strip(), read_as or frame, words,
                          (row.get("agentless") or "").strip() == "yes", frame.removesuffix("_only") if read_as else "",
                          (row.get("passive") or "").strip() != "no")
                index.setdefault(words[0], []).append(cue)
    return {w: tuple(sorted(cs, key=lambda c: -len(c.words))) for w, cs in index.items()}


@dataclass(frozen=True)
class Words:
    """The word lists the rules consult, loaded once."""

    cues: dict[str, tuple[Cue, ...]]
    pronoun: frozenset[str]
    determiner: frozenset[str]
    aux: frozenset[str]
    boundary: frozenset[str]
    preposition: frozenset[str]
    time: frozenset[str]
    verb: frozenset[str]
    opener: frozenset[str]
    speaker_noun: frozenset[str]
    np_adjective: frozenset[str]
    plural: frozenset[str]
    relative: frozenset[str]
    post_modifier: frozenset[str]
    passive_aux: frozenset[str]
    singular_determiner: frozenset[str]
    adjunct_start: frozenset[str]
    subordinate: frozenset[str]
    clause_join: frozenset[str]
    addressee: frozenset[str]
    particle: frozenset[str]
    label: frozenset[str]
    ing_preposition: frozenset[str]
    bare_subordinate: frozenset[str]
    turn: frozenset[str]
    sequel: frozenset[str]
    possessive: frozenset[str]
    source_modifier: frozenset[str]
    ly_noun: frozenset[str]
    side: frozenset[str]
    empty_subject: frozenset[str]
    quantity_after: frozenset[str]
    abbreviation: frozenset[str]
    role_head: frozenset[str] = frozenset()
    role_form: frozenset[str] = frozenset()  # role heads and their plurals ("lawyers", "spokesmen")
    """The last words of the roles of ``roles.csv`` ("secretary" of "trade secretary"), people only."""
    modal: frozenset[str] = frozenset()
    be: frozenset[str] = frozenset()
    document_noun: frozenset[str] = frozenset()
    """Nouns of documents that speak (``kind`` document in ``roles.csv``, their plurals, and "paper")."""
    standalone: frozenset[str] = frozenset()
    partitive: frozenset[str] = frozenset()
    ordinal: frozenset[str] = frozenset()
    nested_belief: frozenset[str] = frozenset()
    control: frozenset[str] = frozenset()
    aspect: frozenset[str] = frozenset()
    speech_act: frozenset[str] = frozenset()
    surveyed: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    release: frozenset[str] = frozenset()
    month: frozenset[str] = frozenset()
    demonstrative: frozenset[str] = frozenset()
    interrogative: frozenset[str] = frozenset()
    coordinated_speech: frozenset[str] = frozenset()
    in_source: frozenset[str] = frozenset()
    poll: frozenset[str] = frozenset()
    standing: frozenset[str] = frozenset()
    opening_subordinate: frozenset[str] = frozenset()
    past_form: frozenset[str] = frozenset()
    finite: frozenset[str] = frozenset()
    degree: frozenset[str] = frozenset()
    name_connector: frozenset[str] = frozenset()
    signing_outlet: frozenset[str] = frozenset()
    sentence_adverb: frozenset[str] = frozenset()
    topic_preposition: frozenset[str] = frozenset()
    relay: frozenset[str] = frozenset()
    noun_form: frozenset[str] = frozenset()
    nominal: frozenset[str] = frozenset()
    """Cue forms that are nouns only ("allegation", "insistence"): cues only as nouns with an owner."""
    modifier_noun: frozenset[str] = frozenset()
    number_word: frozenset[str] = frozenset()
    approximator: frozenset[str] = frozenset()
    irregular_past: frozenset[str] = frozenset()
    participle: frozenset[str] = frozenset()
    clock: frozenset[str] = frozenset()
    participle_only: frozenset[str] = frozenset()
    accusation: frozenset[str] = frozenset()
    hearsay: frozenset[str] = frozenset()
    raised: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    outlet_work: frozenset[str] = frozenset()
    quantity_noun: frozenset[str] = frozenset()
    causative: frozenset[str] = frozenset()
    time_span: frozenset[str] = frozenset()
    summoned: frozenset[str] = frozenset()
    change: frozenset[str] = frozenset()
    result: frozenset[str] = frozenset()
    prize: frozenset[str] = frozenset()
    score: frozenset[str] = frozenset()
    work: frozenset[str] = frozenset()
    reader: frozenset[str] = frozenset()
    feeling_noun: frozenset[str] = frozenset()
    backshift: frozenset[str] = frozenset()
    anaphoric_subject: frozenset[str] = frozenset()
    continuation_link: frozenset[str] = frozenset()
    armed: frozenset[str] = frozenset()
    second_phrase: frozenset[str] = frozenset()
    time_noun: frozenset[str] = frozenset()
    anyone: frozenset[str] = frozenset()
    clause_relative: frozenset[str] = frozenset()
    thing_pronoun: frozenset[str] = frozenset()
    noun_ing_after: frozenset[str] = frozenset()
    no_phrase_end: frozenset[str] = frozenset()
    act_participle: frozenset[str] = frozenset()
    finding_noun: frozenset[str] = frozenset()
    ing_noun: frozenset[str] = frozenset()
    collective: frozenset[str] = frozenset()
    linking_adverb: frozenset[str] = frozenset()
    unrealised: frozenset[str] = frozenset()
    object_pronoun: frozenset[str] = frozenset()
    light_verb: frozenset[str] = frozenset()
    programme_kind: frozenset[str] = frozenset()
    noun_too: frozenset[str] = frozenset()
    call_kind: frozenset[str] = frozenset()
    call_head: frozenset[str] = frozenset()
    medium: frozenset[str] = frozenset()
    party_member: frozenset[str] = frozenset()
    programme_slot: frozenset[str] = frozenset()
    manner: frozenset[str] = frozenset()


@dataclass(slots=True)
class Hit:
    """A cue with its speaker and its region (speaker, cue and adjuncts) as token indexes."""

    cue: Cue
    c0: int
    c1: int
    s0: int = -1
    s1: int = -1
    r0: int = -1
    r1: int = -1
    rule: str = ""
    content: list[tuple[int, int]] = field(default_factory=list)
    nested: list[Hit] = field(default_factory=list)  # attributions inside this one's content


def set_speaker(hit: Hit, c0: int, np: tuple[int, int], r0: int, r1: int, rule: str) -> bool:
    """Give the hit its cue start, speaker phrase, region and rule; True, for the rules that return it."""
    hit.c0 = c0
    hit.s0, hit.s1 = np
    hit.r0, hit.r1 = r0, r1
    hit.rule = rule
    return True


def quoted_name(toks: ParagraphTokens, hit: Hit, *, within: int) -> bool:
    """Is the hit a naming cue ("call", "describe ... as") with a quotation within ``within`` tokens after it, the
    name it gives ('what officials call "legal loopholes"', 'called the system "rotten to the core"')?"""
    return hit.cue.frame == "naming" and any(toks.kind[k] == Q for k in range(hit.c1, min(len(toks.kind),
                                                                                       hit.c1 + within)))


def is_headline(toks: ParagraphTokens, a: int, b: int) -> bool:
    """Is the sentence written in headline case (most words capitalised)?"""
    words = [toks.raw[k] for k in range(a, b) if toks.kind[k] == W]
    return len(words) > 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


IN_DOCUMENT = Cue("in", "document", "according", ("in",))
"""An opening "In" before a document that measures or finds ("In an NBC News poll released Monday, ..."), or a
closing "in" before a poll ("..., 74 percent in the new poll.")."""

IN_THE_WORDS_OF = Cue("in the words of", "speech", "according", ("in", "the", "words", "of"))
"""'In the words of X, ...', '..., in the words of one official, ...': a source like "according to", found as a
phrase by :func:`find_cues` (its first word, "in", is no cue word of the cue table)."""


def in_document(toks: ParagraphTokens, a: int, b: int) -> bool:
    """Does the sentence tokens[a:b] open with "In", a noun phrase headed by a document that measures or finds
    (``in_source`` in attribution_words.csv) within its first ten tokens, a comma, and a clause of four words at
    least ("In a CNN/ORC poll the same month, 38 percent of voters ...")? Not "In the latest polls, he doesn't."
    (too short), nor "In 2019, a poll ..." (the noun first), nor the document a modifier ("data points") or owned
    by a pronoun ("In its analysis, the Journal ...": the clause has a subject of its own that acts)."""
    low, kind, words = toks.low, toks.kind, lexicon()
    if b - a < 8 or low[a] != "in" or kind[a] != W:
        return False
    comma = next((k for k in range(a + 2, min(b, a + 16)) if low[k] == ","), -1)
    if comma < 0 or sum(kind[k] == W for k in range(comma + 1, b)) < 4:
        return False
    head = next((k for k in range(a + 2, min(comma, a + 11)) if low[k] in words.in_source and (
        k + 1 == comma or low[k + 1] in words.preposition or low[k + 1] in words.time
        or low[k + 1] in words.determiner or low[k + 1].endswith(("ed", "ing")))), -1)
    if head < 0 or low[a + 1] in words.possessive:
        return False  # "In its analysis, the Journal included ...", "In the few impeachment data points ..."
    return all(low[k] in ("/", "&", "-") or kind[k] == W and low[k] not in words.preposition
                                and low[k] not in words.verb for k in range(a + 1, head))


def closing_in_poll(toks: ParagraphTokens, a: int, b: int) -> int:
    """The "in" of a poll that closes a clause ("Clinton led Sanders more than 2-1 in an NBC News/Marist poll
    Jan. 17-23.", "Kasich was at 25 percent support in the most recent Fox poll"): after five words of a clause
    that gives a standing (a number or a word of ``standing``: not "voters who participated in the survey", "he
    has risen steadily in the polls"), "in", then a noun phrase headed by a poll or survey (``poll`` in
    attribution_words.csv) within 14 tokens, no verb or preposition before its head, and not owned by a pronoun
    ("in its survey"); -1 elsewhere."""
    low, kind, words = toks.low, toks.kind, lexicon()
    for k in range(a + 5, b - 1):
        if low[k] != "in" or kind[k] != W or low[k + 1] in words.possessive:
            continue
        head = next((j for j in range(k + 1, min(b, k + 15)) if low[j] in words.poll), -1)
        if head >= 0 and sum(kind[j] == W for j in range(a, k)) >= 5 and all(
                low[j] in ("/", "&", "-") or kind[j] == W and low[j] not in words.preposition
                and low[j] not in words.verb for j in range(k + 1, head)) \
                and any(low[j] in words.standing or low[j][:1].isdigit() or low[j] == "%" for j in range(a, k)):
            return k  # (the standing looked for last: a poll after "in" is rare)
    return -1


def _in_the_words_of(low: list[str], a: int, b: int) -> list[int]:
    """Where "in the words of" starts in low[a:b] (found from "words" by the list's own search: no loop over every
    token of every sentence)."""
    found, k = [], a + 2
    while True:
        try:
            k = low.index("words", k, b - 1)
        except ValueError:
            return found
        if low[k - 2] == "in" and low[k - 1] == "the" and low[k + 1] == "of":
            found.append(k - 2)
        k += 1


def find_cues(toks: ParagraphTokens, a: int, b: int) -> list[Hit]:
    """The cues of the sentence tokens[a:b], longest form first; capitalised ones only in headlines; with none, an
    opening "In" before a document that measures (:func:`in_document`), else a poll closing a clause after "in"
    (:func:`closing_in_poll`)."""
    cues = lexicon().cues
    low, kind, raw = toks.low, toks.kind, toks.raw
    hits: list[Hit] = []
    headline = None
    after = a  # the token after the latest cue: cues do not overlap
    for i in compress(range(a, b), map(cues.__contains__, low[a:b])):  # candidates found in C
        if i < after or kind[i] != W:
            continue
        word = low[i]
        if i > a and not raw[i][0].islower() and word != "according":
            if headline is None:
                headline = is_headline(toks, a, b)
            if not headline:
                continue
        for cue in cues[word]:
            n = len(cue.words)
            if i + n <= b and all(low[i + k] == cue.words[k] for k in range(1, n)):
                hits.append(Hit(cue, i, i + n))
                after = i + n
                break
    phrase = [k for k in _in_the_words_of(low, a, b) if not any(h.c0 <= k + 3 and k < h.c1 for h in hits)]
    if phrase:
        hits = sorted(hits + [Hit(IN_THE_WORDS_OF, k, k + 4) for k in phrase], key=lambda h: h.c0)
    if not hits and in_document(toks, a, b):
        hits.append(Hit(IN_DOCUMENT, a, a + 1))
    elif not hits and (k := closing_in_poll(toks, a, b)) >= 0:
        hits.append(Hit(IN_DOCUMENT, k, k + 1))
    return hits


def speech_form(low: str) -> bool:
    """Is the (lower-case) word a form of a speech cue that takes a clause or an addressee ("said", "says",
    "told")?"""
    return any(cue.cue_type == "speech" and cue.frame in ("clause", "tell") for cue in load_cues().get(low, ()))


CLAUSE_CONJUNCTIONS = frozenset(("and", "but", "or", "so", "yet", "while"))
"""Conjunctions that open a clause of its own after a comma or at a clause's start (", and 15% say ...", "But Lord
Justice Rix and ..."); narrower than the lexicon's ``clause_join``, which joins two reporting clauses."""

PERSONAL_SUBJECTS = frozenset(("he", "she", "they", "we", "i"))
"""Personal pronouns that may be a speaker's subject ("he said", "she and another reporter said")."""


def pronoun_form(low: str) -> bool:
    """Is the lower-case word a pronoun, alone or with a contraction ("they", "they'll", "she’s")?"""
    return low.replace("\u2019", "'").split("'")[0] in lexicon().pronoun


def past_verb(low: str) -> bool:
    """Is the lower-case word a past form of any verb: a cue's ("said", "announced") or another irregular one
    ("rose", "struck")?"""
    return past_form(low) or low in lexicon().irregular_past


def past_form(low: str) -> bool:
    """Is the lower-case word a past form ("said", "told", "announced")?"""
    return low.endswith("ed") or low in lexicon().past_form


@cache
def lexicon() -> Words:
    """The word lists the rules consult, loaded on first use."""
    classes = dict(wordlists.classes("attribution_words.csv"))
    classes["abbreviation"] = frozenset(a for a in news_abbreviations() if "." not in a)
    classes["role_head"] = frozenset(row["role"].split()[-1] for row in wordlists.rows("roles.csv")
                                     if row["role"] and row.get("kind", "") != "document")
    classes["role_form"] = classes["role_head"] | {plural(head) for head in classes["role_head"]}
    documents = {row["role"].split()[-1] for row in wordlists.rows("roles.csv") if row.get("kind", "") == "document"}
    classes["document_noun"] = frozenset(documents | {word + "s" for word in documents} | {"paper", "papers"})
    return Words(load_cues(), *(classes.get(f, frozenset()) for f in list(Words.__dataclass_fields__)[1:]))
