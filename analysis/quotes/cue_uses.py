"""Whether a cue word is used as a cue at all: the tests that keep it from speaking where it is a modifier
(:func:`modifier_use`: "the proposed rule", "think tank"), a participle after a noun (:func:`modifying_participle`: "a
track written for ..."), a name-giving participle (:func:`naming_participle`: "a firm called Rising Tide"), or a verb
in another sense (an object, a summons, an idiom). Whether it is a noun is :mod:`analysis.quotes.noun_uses`'s question.
:mod:`analysis.quotes.speaker_rules` asks them before it looks for a speaker."""

from __future__ import annotations

from analysis.quotes.adjuncts import aux_back
from analysis.quotes.clauses import finite_clause
from analysis.quotes.cues import Hit, lexicon, past_form
from analysis.quotes.phrase_words import ADJECTIVE_ENDINGS, modifier_word, np_word
from analysis.quotes.phrases import np_back, possessor_start
from analysis.quotes.quantities import CURRENCY_SIGNS, amount, number, year
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name, possessive_s


def modifier_use(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue a modifier of the noun after it: a past participle right after a determiner ("the proposed centre",
    "the reported attack"; not after a possessive, which names who proposed: "Trump's proposed tariffs") or an
    adjective ("for various imagined offenses"; an adjective's ending, not "-ing" or a hyphen, which mostly end times
    and compounds that speak: "on Monday evening criticized", "the co-chairman"), or "think" in "think tank"?"""
    word = toks.low[hit.c0]
    nxt = toks.low[hit.c1] if hit.c1 < b and toks.kind[hit.c1] == W else ""
    if word == "think" and nxt in ("tank", "tanks"):
        return True
    if not word.endswith("ed") or len(hit.cue.words) > 1 or not nxt or hit.c0 == a:
        return False
    words, before = lexicon(), toks.low[hit.c0 - 1]
    if nxt in words.preposition or nxt in words.determiner or nxt in words.pronoun or nxt in words.aux \
            or nxt == "that" or not np_word(toks, hit.c1):
        return False
    if before.endswith("ly") and before not in words.ly_noun and hit.c0 - 2 >= a \
            and (toks.low[hit.c0 - 2] in words.determiner and toks.low[hit.c0 - 2] not in words.possessive
                 or toks.low[hit.c0 - 2] in words.preposition):
        return True  # an adverb between an article or preposition and the participle: "in racially charged
        # incidents", "the newly announced plan" (not "Trump angrily denied allegations")
    two_before = toks.low[hit.c0 - 2] if hit.c0 - 2 >= a else ","
    if before.replace(",", "").isdigit() and toks.raw[hit.c1].islower() and two_before not in words.time \
            and not (two_before in words.preposition and year(before)) \
            and (toks.raw[hit.c0 - 2].islower() or two_before in words.determiner
                 or two_before in ("'", "\u2019") or possessive_s(two_before)):
        return True  # a number before it: "There are 475 pledged delegates", "leads by 1,304 pledged delegates"
        # (not "Smith, 45, endorsed", "Gov. Tate Reeves on May 4 announced steps", "EgyptAir Flight 804 showed burn
        # marks", "Obama in 2008 pledged support")
    return toks.kind[hit.c0 - 1] == W and (before in words.determiner and before not in words.possessive
                                           or modifier_word(toks, hit.c0 - 1) and before.endswith(ADJECTIVE_ENDINGS))


def naming_participle(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a naming cue a participle that gives a name, not speech ("run by a newer firm called Rising Tide
    Interactive", "a 40-year-old man named DeWayne Craddock,", "another firm called TargetSmart that")? The cue is
    a past form after a common noun that does not open its clause (a finite verb has its subject there: "The
    magazine dubbed Cantor", "which critics dubbed Obamacare"), and the name after it is all that follows (not
    "called Underwood's statement "misleading"", "called Trump a liar")."""
    word = toks.low[hit.c0]
    if hit.cue.frame != "naming" or hit.cue.lemma not in NAMING or not word.endswith("ed") or hit.c1 >= b:
        return False
    if _thing_named(toks, hit, a):
        return True  # 'a law-enforcement program called "Fast and Furious."', "a legal concept called termination"
    if toks.low[hit.c1] in ("after", "for") and word == "named":
        return True  # "The Brady Campaign, named after the former press secretary, ...": the name's origin
    if not (toks.kind[hit.c1] == W and is_name(toks.raw[hit.c1])):
        return False
    np = np_back(toks, hit.c0 - 1, a)
    if np is None or is_name(toks.raw[np[1] - 1]) or toks.low[np[0]] in lexicon().pronoun:
        return False
    k = hit.c1
    while k < b and toks.kind[k] == W and is_name(toks.raw[k]):
        k += 1
    after = toks.low[k] if k < b else ""
    if possessive_s(toks.low[k - 1]) or k < b and toks.kind[k] == Q or after in ("a", "an", "the", "as"):
        return False
    if after in lexicon().aux or after in lexicon().cues and past_form(after):
        return True  # "A California business called Pravda Corp was incorporated", '"...," a local named Maher
        # told ...': the sentence's verb follows
    return np[0] > a and toks.low[np[0] - 1] not in ("which", "that", "who", "and", "but") and toks.kind[np[0] - 1] != Q


def _thing_named(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is the naming cue a participle right after an indefinite phrase of lower-case words that names no person
    ("a lesson plan called", "an exercise called", "a series of quantum instructions called"; not "a state official
    called it ...", "a deal Netanyahu called ...": a role or a name in the phrase)?"""
    k = hit.c0 - 1
    words = lexicon()
    while k > a and hit.c0 - k < 8 and toks.kind[k] == W and not toks.raw[k][:1].isupper() \
            and toks.low[k] not in ("a", "an") and toks.low[k] not in words.role_form \
            and toks.low[k] not in words.pronoun and toks.low[k] not in words.aux and toks.low[k] not in words.verb:
        k -= 1  # back over the phrase's lower-case words to its article (not "a prospect he called": a subject)
    return k < hit.c0 - 1 and toks.low[k] in ("a", "an")


NAMING = frozenset(("call", "name", "dub", "label", "brand"))
"""Naming cues whose past participle may give a name after a noun ("a firm called X")."""


def modifying_participle(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue without an auxiliary before it a participle that modifies the noun before it: one that is no past
    form ("a new track written for his album", "a letter written by Hale says"), or an accusation's with "of" and
    no object ("the Sudanese president accused of orchestrating", "the man suspected of the attack")?"""
    word = toks.low[hit.c0]
    if word.endswith("ed") and hit.cue.lemma in lexicon().accusation and hit.c1 < b and toks.low[hit.c1] == "of" \
            and hit.c0 > a and (toks.raw[hit.c0 - 1].islower() or toks.low[hit.c0 - 1] == ",") \
            and toks.low[hit.c0 - 1] not in lexicon().pronoun:
        return True  # (not "the judge Trump accused of being prejudiced": Trump accuses)
    if word.endswith("ed") and _reduced_relative(toks, hit, a, b):
        return True  # "The opinions expressed in this commentary are his own"
    if word in lexicon().raised and _raised_participle(toks, hit, a, b):
        return True  # "a man believed to have committed a burglary": what others believe of him
    if word in lexicon().hearsay and _owned_participle(toks, hit, a, b):
        return True  # "the sanctions followed Moscow's alleged meddling": others allege it (but "Trump's proposed
        # tariffs": he proposed them)
    return word in lexicon().participle_only and hit.c0 > a and toks.kind[hit.c0 - 1] == W \
        and toks.low[hit.c0 - 1] not in lexicon().pronoun and toks.low[hit.c0 - 1] not in ("who", "which", "that")


def _raised_participle(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue in the ``raised`` word class right after a noun in lower case and before "to" and a verb ("be",
    "have" or a listed verb's bare form) a passive participle ("a man believed to have committed ...", "a message
    thought to resonate with ...")? Not after a pronoun or a name ("I thought to myself", "Boehner said to"), nor
    before "to" and an addressee ("said to his audience")."""
    words = lexicon()
    if hit.c0 <= a or hit.c1 + 1 >= b or toks.low[hit.c1] != "to" or toks.kind[hit.c0 - 1] != W:
        return False
    noun, verb = toks.low[hit.c0 - 1], toks.low[hit.c1 + 1]
    return toks.raw[hit.c0 - 1].isalpha() and toks.raw[hit.c0 - 1].islower() and noun not in words.pronoun \
        and noun not in words.aux and noun not in words.relative and noun not in words.determiner \
        and toks.raw[hit.c1 + 1].islower() and (verb in ("be", "have") or verb in words.verb
                                                and not verb.endswith(("s", "ed", "ing", "en")))


def _owned_participle(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue in -ed between a possessor and the noun it modifies, inside a clause ("followed Moscow's alleged
    meddling", "Evidence of Kavanaugh's reported affinity", "its alleged role")? The possessor must be a
    possessive determiner, or follow a lower-case word that is no conjunction (a preposition or a verb: at a
    clause's start "Macy's announced layoffs" is a company's name and its verb)."""
    words = lexicon()
    owner = hit.c0 - 1
    if owner < a or hit.c1 >= b or toks.kind[hit.c1] != W or not toks.raw[hit.c1].isalpha() \
            or not toks.raw[hit.c1].islower() or any(toks.low[hit.c1] in group for group in (
                words.determiner, words.pronoun, words.preposition, words.aux, words.subordinate)) \
            or toks.low[hit.c1] in ("that", "to"):
        return False  # (not "Moody's concluded that", "The airport's expected to", "McDonald's reported a loss")
    if toks.low[owner] in words.possessive:
        return True
    if not possessive_s(toks.low[owner]):
        return False
    k = possessor_start(toks, a, owner)
    return k - 1 >= a and toks.kind[k - 1] == W and toks.raw[k - 1].islower() \
        and toks.low[k - 1] not in ("and", "or", "but")


def _reduced_relative(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is a cue in -ed after a lower-case plural noun and before a preposition the participle of a reduced relative
    clause, the noun phrase's own verb coming later ("The views expressed in this video are his", "the matters
    mentioned in the report such as ... are"): a finite "be", "have" or modal before any "that", "to", question
    word, quotation or comma? Not "Intelligence officials stressed at a hearing that ...", "critics noted at the
    time that ...", "leaders agreed on Thursday to extend ...", "authorities warned of what was coming"."""
    words = lexicon()
    if hit.c0 <= a or hit.c1 >= b or toks.kind[hit.c0 - 1] != W:
        return False
    noun, nxt = toks.low[hit.c0 - 1], toks.low[hit.c1]
    if not (toks.raw[hit.c0 - 1].isalpha() and toks.raw[hit.c0 - 1].islower() and noun.endswith("s")
            and not noun.endswith(("ss", "us", "is")) and noun not in words.pronoun and noun not in words.aux):
        return False
    if nxt not in words.preposition or nxt in ("by", "to", "that"):
        return False
    when = toks.low[hit.c1 + 1] if hit.c1 + 1 < b else ""
    if when in words.time and when not in ("this", "next", "last") or when in words.month:
        return False  # "Multiple outlets reported on Wednesday the Secret Service had ...": a time, the main verb
    for k in range(hit.c1 + 1, min(b, hit.c1 + 16)):
        low = toks.low[k]
        if toks.kind[k] != W or low in ("that", "to", "what", "whether", "how", "why", "who", "when", "if"):
            return False
        if low in ("is", "are", "was", "were", "has", "have", "had") or low in words.modal:
            return True
    return False


def object_only(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is an "add" followed by a plain object with no verb after it, and not inverted after a quotation or a comma
    ("O'Gara added the conversion", "Hong Kong's Hang Seng added 0.1%", "Trump was adding two new lawyers", "will
    add about $120 billion to federal coffers"; not
    '"...," added another Republican',
    nor "She added the targets intended to ...", a clause without its "that")?"""
    if hit.cue.lemma != "add" or hit.c1 >= b or toks.low[hit.c0].endswith("ing") and not (
            hit.c0 > a and toks.low[hit.c0 - 1] in lexicon().be):  # ", adding that"; but "was adding two lawyers"
        return False
    words, nxt = lexicon(), toks.low[hit.c1]
    if not (nxt in words.determiner or nxt in words.possessive or amount(toks, hit.c1, b)) or nxt == "that":
        return False
    before = hit.c0 - 1
    while before >= a and toks.kind[before] == W and toks.low[before] in words.aux:
        before -= 1
    if before >= a and (toks.kind[before] == Q or toks.low[before] == ","):
        return False
    for k in range(hit.c1, min(b, hit.c1 + 10)):
        if toks.kind[k] != W:
            return True
        low = toks.low[k]
        if low in words.finite or low in words.modal or low.endswith("ed") and k > hit.c1 + 1 \
                or finite_clause(toks, k, b):
            return False
    return True


def causative_use(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a bare cue form the verb of a noun phrase that a causative verb before it makes or lets act ("to make
    female clients feel more comfortable", "let them say what they want"): no one speaks?"""
    if toks.low[hit.c0] != hit.cue.lemma.split()[0] or toks.low[hit.c0 - 1] == "to":
        return False  # an inflected form ("made clients feel" only with the bare one); "made a point to tell"
    words = lexicon()
    for k in range(hit.c0 - 2, max(a, hit.c0 - 5) - 1, -1):
        if toks.kind[k] != W or toks.low[k] in words.aux:
            return False
        if toks.low[k] in words.causative:
            return True
    return False


_OBJECT_CLASSES = {"post": "result", "claim": "prize", "concede": "score"}
"""Cues (lemmas) with the class of ``attribution_words.csv`` whose nouns, as their object, make them no speech."""


def object_use(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is the cue followed, within six words, by an object that makes it no speech: what a company's results show
    ("posted a profit of $3.36bn", "posted a 27% rise in sales", "posted 59 new 52-week highs"), a prize won ("claimed the men's shot put title",
    "claimed the lives of"; not "claimed victory", a declaration) or a score given away ("conceded a penalty"); or
    is the object of a cue of writing the work written, posted or ended (:func:`_work_object`)?"""
    if _work_object(toks, hit, b):
        return True
    kind = _OBJECT_CLASSES.get(hit.cue.lemma)
    if kind is None:
        return False
    nouns = getattr(lexicon(), kind)
    for k in range(hit.c1, min(b, hit.c1 + 6)):
        if toks.kind[k] != W and toks.low[k] not in ("%", "-", ".") and toks.low[k] not in CURRENCY_SIGNS:
            return False
        if toks.low[k] in nouns:
            return True
    return False


_WORK_CUES = frozenset(("write", "post", "conclude", "tweet"))
"""Cues (lemmas) whose object may be the work itself (``work`` in ``attribution_words.csv``)."""


def _work_object(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is the cue's object, right after it, a work written, posted or ended ("wrote a book about his time in the FBI",
    "posted a video of the speech", "concluded his remarks by ...", "wrote the majority opinion"): an article, an
    owner or a number, up to three words of its phrase, then a ``work`` noun, and no quotation, colon or participle
    after it in the sentence? Not "wrote that the book ...", nor "wrote a letter dated Tuesday saying ...", "wrote a
    letter to the FBI summarizing ...", "posted a message of support: ...", "wrote the majority opinion holding that
    ...", where the row holds what the work says ("including" is no participle: "wrote four books, including ...")."""
    words = lexicon()
    if hit.cue.lemma not in _WORK_CUES or hit.c1 >= b:
        return False
    first = toks.low[hit.c1]
    if not (first in words.determiner or first in words.possessive or number(toks, hit.c1)):
        return False
    for k in range(hit.c1 + 1, min(b, hit.c1 + 5)):
        if toks.low[k] in words.work:
            return not any(toks.kind[j] == Q or toks.low[j] == ":" or toks.low[j].endswith("ing")
                           and toks.low[j] not in words.ing_preposition for j in range(k + 1, b))
        if toks.kind[k] != W or toks.low[k] in ("that", "and", "or") or toks.low[k] in words.preposition \
                or toks.low[k] in words.verb or toks.low[k] in words.aux:
            return False
    return False


def physical_attack(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is an "attack" one of force, no words said: by armed people or with a weapon ("militants attacked a center",
    "Israeli jets attacked", "attacked them with a knife", "was attacked with a Molotov cocktail")? Or a "push" that
    moves its object somewhere (:func:`_pushed_somewhere`)?"""
    if hit.cue.lemma == "push":
        return _pushed_somewhere(toks, hit, b)
    if hit.cue.lemma != "attack" or toks.low[hit.c0].endswith("ing") and hit.c0 > a \
            and toks.low[hit.c0 - 1] not in lexicon().be:
        return False  # ("attacking the probity of an investigation")
    armed = lexicon().armed
    window = range(max(a, hit.c0 - 3), min(b, hit.c1 + 8))
    return any(toks.low[k] in armed for k in window if k < hit.c0 or k > hit.c1) \
        or hit.c1 < b and toks.low[hit.c1] == "with"


_DIRECTIONS = frozenset(("into", "off", "toward", "towards", "under", "across", "onto", "down"))
"""Prepositions of a movement after a pushed object ("pushed the Dow into bear-market territory")."""


def _pushed_somewhere(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is a "push" (no "for", no "back") followed, within six words of its object, by a direction or by "to" and an
    article ("pushed the Dow into bear-market territory", "pushing her under a counter", "pushed Catalist to the
    sidelines"): a movement, nothing urged? Not "pushed Trump to extradite ...", "pushed back against ..."."""
    if len(hit.cue.words) > 1 or hit.c1 >= b or toks.kind[hit.c1] != W or toks.low[hit.c1] in ("back", "for", "to"):
        return False
    words = lexicon()
    for k in range(hit.c1 + 1, min(b - 1, hit.c1 + 7)):
        if toks.kind[k] != W:
            return False
        if toks.low[k] in _DIRECTIONS or toks.low[k] == "to" and (
                toks.low[k + 1] in words.determiner or toks.low[k + 1] in words.possessive):
            return True
        if toks.low[k] in ("to", "for"):
            return False  # "pushed the party to shut down the government": urged to act
    return False


_CALLED_PERSON = ("her", "him", "them", "me", "us")
"""Object pronouns a "call" may ring up ("her husband called her."; not "it": "as he called it.")."""


def summoning_use(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is a "call" followed by what it summons or convenes, within three words ("called 911", "called police after
    hearing shots", "called a snap election"), or a person it rings up with nothing after ("her husband called her.",
    "called him on Monday"): no one named, nothing said? (Not "called her a hero", 'called him "a liar"', "called
    him to say ...", "calling him, among other things, ...", "called them on it".)"""
    if hit.cue.lemma != "call":
        return False
    words = lexicon()
    if hit.c1 < b and toks.low[hit.c1] in _CALLED_PERSON:
        after = toks.low[hit.c1 + 1:hit.c1 + 3] if hit.c1 + 1 < b else ["."]
        if after[0] in (".", ";", "about", "after", "at", "before", "during", "from") or after[0] in words.time \
                or after[0] == "on" and len(after) > 1 and after[1] in words.time:
            return True  # "when her husband called her.", "called him on Monday": a telephone call
    for k in range(hit.c1, min(b, hit.c1 + 3)):
        if toks.kind[k] != W or k > hit.c1 and toks.low[k - 1] in words.possessive:
            return False  # (not "called her vote in favor of the war a mistake")
        if toks.low[k] in words.summoned:  # and nothing named after it ("called the police chief a liar")
            return k + 1 >= b or toks.kind[k + 1] == P or toks.low[k + 1] in words.preposition  # (not a quotation:
            # 'called police "the force between civilization and chaos"')
        if k > hit.c1 and toks.low[k] in words.preposition:
            return False
    return False



def time_subject_use(toks: ParagraphTokens, hit: Hit, a: int) -> bool:
    """Is a "see" one whose subject is a stretch of time ("2004 saw a significant rise", "last year saw", "the
    weekend also saw clashes"): what happened then, no one's view?"""
    if hit.cue.lemma != "see" or toks.low[hit.c0].endswith("ing"):
        return False
    k = hit.c0 - 1
    while k > a and toks.low[k] in ("also", "already", "then"):
        k -= 1
    return k >= a and toks.kind[k] == W and (toks.low[k] in lexicon().time
                                             or year(toks.low[k]))


_AS_AS = frozenset(("much", "many", "well", "long", "soon", "far", "little", "high", "low", "early", "late"))
"""Words of "as much as", "as soon as": an "as" beside one is no "see it as"."""


def witnessed_use(toks: ParagraphTokens, hit: Hit, c0: int, b: int) -> bool:
    """Is a "see" under a modal (its auxiliaries open at token c0) or in the form "saw" what one will get, got or
    witnessed ("Farmers will all see a $300 payment", "saw a gap in the market", "saw huge changes", "I saw a guy
    careening down the hallway"), not a view: no "as" after it ("would see it as a bid", "saw the DNC as a tool"),
    no clause ("saw that Obama could win")? In the present without a modal "see" is a view ("57 percent see Trump
    negatively", "investors see a one-in-five chance")."""
    if hit.cue.lemma != "see" or not (toks.low[hit.c1 - 1] == "saw"
                                      or any(toks.low[k] in lexicon().modal for k in range(c0, hit.c0))):
        return False
    return not any(toks.low[k] == "as" and not {toks.low[k - 1], toks.low[k + 1]} & _AS_AS and toks.kind[k + 1] == W
                   for k in range(hit.c1, min(b - 1, hit.c1 + 12))) \
        and not (hit.c1 < b and toks.low[hit.c1] == "that" or finite_clause(toks, hit.c1, b))


def change_use(toks: ParagraphTokens, hit: Hit, b: int) -> bool:
    """Is a "see" one whose object is a rise or fall (``change`` words within five words: "the city saw a drop in
    crime", "saw their wages jump"): what happened, no one's view? Not with "as" after it ("saw the growth of the
    government as the key threat")."""
    if hit.cue.lemma != "see":
        return False
    words = lexicon()
    window = range(hit.c1, min(b, hit.c1 + 5))
    return any(toks.low[k] in words.change for k in window) \
        and not any(toks.low[k] == "as" for k in range(hit.c1, min(b, hit.c1 + 12)))


_IDIOM_PARTICLES: dict[str, tuple[str, ...]] = {
    "charge": ("with",), "push": ("through", "out"), "find": ("out",), "blast": ("away",),
    "call": ("up", "off", "back", "down"), "credit": ("with", "to"), "challenge": ("for",)}
"""Words after a cue that make it a phrasal verb reporting nothing (charged with a crime; passed; learn; wiped;
summoned, cancelled, rang back: "called up reserves", "called off the strike"; "call out", a criticism, is a cue of
its own in ``cue_verbs.csv``; attributed: "credited with developing total football"; competed: "neither is challenging
for the lead")."""


_BARE_ONLY: dict[str, tuple[tuple[str, ...], int]] = {"find": (("find",), 2), "know": (("known", "knew"), 5)}
"""Forms of a cue that report only before a reported clause (:func:`idiom_use`), and within how many words "that"
may open it ("knew all along that ..."; after "find" two: "find a signal that was strong" holds a relative)."""


def _that_ahead(toks: ParagraphTokens, k: int, b: int, *, within: int) -> bool:
    """Does a reported clause open within ``within`` words of token k, with no punctuation before it: a quotation, a
    colon, or "that" ("knew all along that ...", "have known for a long time that ...")?"""
    for j in range(k, min(b, k + within)):
        if toks.kind[j] == Q or toks.low[j] in ("that", ":"):
            return True
        if toks.kind[j] == P:
            return False
    return False


def idiom_use(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is the cue part of an idiom that reports nothing: "not to mention X" (and also X), "found himself in",
    "found a way to", "found them during" (an object pronoun and no finding), "adding up to millions",
    "the costs add up" (a sum), "adding to its brands" (more of a thing), "the senator was to blame" (responsible),
    "runs counter to" (goes against), "which Trump shows up" (appears), "called off the strike" (cancelled), "a man
    charged with desertion" (a crime, not a charge made), "laws pushed through" (passed), "we find out" (learn),
    "has blasted away this reason" (removed; "blasted out an email" reports),
    "you'll find a mixed bag", "find it hard", "find common ground" (the form "find" without a reported clause or
    a noun of what is found, ``finding_noun``: no finding; "Studies find that the drug works" reports one), "has
    known Mr. Trump since the 1980s", "known for its patriotism", "knew Meles well" ("known" and "knew" without a
    reported clause: an acquaintance, a reputation, a skill)?"""
    forms, within = _BARE_ONLY.get(hit.cue.lemma, ((), 0))
    if toks.low[hit.c1 - 1] in forms and not (
            finite_clause(toks, hit.c1, b) or _that_ahead(toks, hit.c1, b, within=within)
            or any(toks.low[k] in lexicon().finding_noun for k in range(hit.c1, min(b, hit.c1 + 4)))):
        return True  # (but "did not find sufficient evidence to charge ...": a finding)
    if hit.c1 < b and toks.low[hit.c1] in _IDIOM_PARTICLES.get(hit.cue.lemma, ()):
        return True  # "a man charged with desertion", "laws pushed through", "find out", "blasted away this reason"
    if hit.cue.lemma in ("mention", "blame"):
        before = "not" if hit.cue.lemma == "mention" else None
        return hit.c0 - 2 >= a and toks.low[hit.c0 - 1] == "to" and (
            toks.low[hit.c0 - 2] == before or before is None and toks.low[hit.c0 - 2] in lexicon().be)
    if hit.cue.lemma == "find" and hit.c1 < b:
        first = toks.low[hit.c1]
        after = toks.low[hit.c1 + 1] if hit.c1 + 1 < b else "."
        if first.endswith(("self", "selves")) or first == "a" and after == "way" or first == "ways":
            return True  # "found himself in the awkward position", "found a way to": no finding reported
        return first in lexicon().object_pronoun and (after == "." or toks.kind[hit.c1 + 1] == P or (
            after in lexicon().preposition and after != "to"))  # "found them during their investigation"
    if hit.cue.lemma == "counter":  # "the tactic runs counter to ...": against, no one counters
        return hit.c0 > a and toks.low[hit.c0 - 1] in ("run", "runs", "ran", "running")
    if hit.cue.lemma == "show" and hit.c1 + 2 < b and toks.low[hit.c1 + 1] == "to" and number(toks, hit.c1 + 2):
        return False  # "the poll shows up to 40 percent back him": "up to" a quantity
    if hit.cue.lemma == "add" and hit.c1 + 1 < b and toks.low[hit.c1] == "to" and toks.kind[hit.c1 + 1] == W \
            and toks.low[hit.c1 + 1] not in lexicon().addressee and not any(
                toks.low[k] in ("that", ":") or toks.kind[k] == Q for k in range(hit.c1, min(b, hit.c1 + 10))):
        return True  # "..., adding to the company's stable of brands": more of a thing, nothing said
    return hit.cue.lemma in ("add", "show") and hit.c1 < b and toks.low[hit.c1] == "up"  # a sum; "shows up": comes


def comparative_use(toks: ParagraphTokens, hit: Hit, a: int, b: int) -> bool:
    """Is the cue the verb of a comparison whose object is a gap, with nothing after it but punctuation, a
    conjunction, a preposition or a time ("higher than most analysts had forecast.", "as high as some top officials
    had expected, and ...", "more than the budget office had projected last August"): nothing reported follows?
    Not after a quantity ("more than a third agreed with ...", "more than 250,000 Iowans are expected to attend"),
    nor before a clause, an infinitive or a colon ("more than 20 people said they ...", "as soon as its
    advocates ask: Which ...?")."""
    words = lexicon()
    if hit.c1 < b:
        nxt = toks.low[hit.c1]
        if not (toks.kind[hit.c1] == P and nxt != ":" or nxt in ("and", "but", "or") or nxt in words.preposition and nxt != "to"
                or nxt in words.time):
            return False
    k = aux_back(toks, hit.c0, a) - 1  # before "had" of "had forecast"
    for j in range(k, max(a - 1, k - 5), -1):
        low = toks.low[j]
        if toks.kind[j] != W or low in words.finite or low == "that":
            return False
        if low == "than" or low == "as" and any(toks.low[i] == "as" for i in range(max(a, j - 4), j)):
            first = toks.low[j + 1]
            return j < k and not (first[:1].isdigit() or first in ("a", "an", "half", "one")
                                  or first in words.number_word)
    return False
