"""Attributions without a cue verb: a dash signature, a signature line after a quoted paragraph, ``X: "..."``, a
transcript label, a headline with a colon, an embedded post, a quotation closed by its speaker and any verb."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from analysis.quotes.appositives import np_before_appositive
from analysis.quotes.content_end import cut_right, trim
from analysis.quotes.cues import PERSONAL_SUBJECTS, Cue, Hit, lexicon
from analysis.quotes.phrase_words import opening_adverb
from analysis.quotes.phrases import name_run, np_back, np_forward
from analysis.quotes.subjects import sentence_subject
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name
from analysis.text.document import Document
from analysis.text.layout import after_caption

DASHES = frozenset({"\u2015", "\u2014", "\u2013", "-", "--"})


DASH_CUE = Cue("dash", "speech", "clause", ("\u2014",))


def dash_attribution(toks: ParagraphTokens, a: int, b: int) -> Hit | None:
    """A quotation signed with a dash and a name: '"...." \u2015 Adriana Rodarte'."""
    k = a
    while k < b and toks.kind[k] != W:
        k += 1
    if k == a or k >= b or toks.low[k - 1] not in DASHES or not any(toks.kind[i] == Q for i in range(a, k)):
        return None
    np = np_forward(toks, k, b)
    if np is None or not is_name(toks.raw[np[0]]) or (np[1] < b and toks.low[np[1]] not in (",", ".")):
        return None
    d = k - 1
    while d > a and toks.low[d - 1] in DASHES:
        d -= 1
    hit = Hit(DASH_CUE, d, k, np[0], np[1], d, np[1], "quote_dash_speaker")
    hit.content = [(a, d)]
    return hit


def embedded_post(toks: ParagraphTokens) -> Hit | None:
    """A social-media post embedded in the article, signed at the end of its paragraph with a dash, the author, the
    handle in brackets and the date: "... It's about time! — Donald J. Trump (@realDonaldTrump) December 24,
    2015" (BBC embeds may add "Report"). The words before the dash are what the author wrote."""
    n = len(toks.kind)
    end = n - 1 if n and toks.low[-1] == "report" else n
    if end < 8 or not toks.raw[end - 1].isdigit() or len(toks.raw[end - 1]) != 4 or toks.low[end - 2] != "," \
            or not toks.raw[end - 3].isdigit() or toks.low[end - 4] not in lexicon().month or toks.low[end - 5] != ")":
        return None
    k = end - 6  # back over the handle to its opening bracket: "(", "@", "realDonaldTrump"
    while k > 0 and end - 6 - k < 4 and toks.low[k] != "(":
        k -= 1
    if toks.low[k] != "(" or toks.low[k + 1] != "@":
        return None
    dash = k - 1
    while dash > 0 and k - dash <= 8 and toks.low[dash] not in DASHES:
        dash -= 1
    if dash <= 0 or toks.low[dash] not in DASHES or dash + 1 >= k or not is_name(toks.raw[dash + 1]):
        return None
    content = trim(toks, 0, dash)
    if content is None:
        return None
    hit = Hit(DASH_CUE, dash, dash + 1, dash + 1, k, dash, end, "embedded_post")
    hit.content = [content]
    return hit


ANY_VERB_CUE = Cue("verb", "speech", "clause", ("",))


def subject_verb_quote(toks: ParagraphTokens, a: int, b: int) -> Hit | None:
    """A sentence whose subject does something with quoted words: 'Lewandowski ripped Comey for acting as
    "the judge and the jury"', with a verb outside the cue list."""
    first_q = next((k for k in range(a, b) if toks.kind[k] == Q), -1)
    if first_q <= a:
        return None
    np = sentence_subject(toks, a, first_q)
    if np is None or np[1] >= first_q:
        return None
    v = np[1]
    verb = toks.low[v]
    if toks.kind[v] != W or verb in lexicon().aux or verb in lexicon().boundary or not (
            verb.endswith("ed") or verb.endswith("s") and not verb.endswith("ss")) or is_name(toks.raw[v]) \
            or verb in lexicon().relay:  # "TMZ obtained a video of X screaming "..."": X's words, not TMZ's
        return None
    head = toks.low[np[1] - 1]
    if not (is_name(toks.raw[np[1] - 1]) and np[1] - np[0] <= 6 or head in PERSONAL_SUBJECTS):
        return None
    content = trim(toks, v + 1, b)
    if content is None or toks.low[content[0]] in lexicon().preposition or toks.low[content[0]] in lexicon().particle:
        return None
    content = cut_right(toks, *content)
    if not any(toks.kind[k] == Q for k in range(*content)):
        return None
    hit = Hit(ANY_VERB_CUE, v, v + 1, np[0], np[1], np[0], v + 1, "subject_verb_quote")
    hit.content = [content]
    return hit


def subject_before_quote(toks: ParagraphTokens, before: tuple[int, int], a: int, b: int) -> Hit | None:
    """A quotation standing alone after a sentence of the same paragraph that names its subject and quotes no
    one ('Merkley was more candid. "We were all confident ..."'): the subject speaks (rule
    ``subject_before_quote``). The subject is a name of up to four words ("Merkley", "Mr. Raines") followed by
    its verb; the sentence before holds no quotation."""
    pa, pb = before
    if any(toks.kind[k] == Q for k in range(pa, pb)):
        return None
    np = sentence_subject(toks, pa, pb)
    words = lexicon()
    if np is None or np[1] - np[0] > 4 or np[1] >= pb or toks.kind[np[1]] != W or not name_run(toks, *np) \
            or toks.low[np[0]] in words.pronoun or opening_adverb(toks.low[np[0]]) \
            or toks.low[np[0]] in ("even", "only", "just", "also"):
        return None  # not "Even before Mueller's testimony began, Trump began ..."
    if np[1] - np[0] == 1 and (toks.low[np[1]] in ("are", "were", "have", "do")
                               or toks.low[np[0]].endswith("s") and toks.low[np[1]] not in ("was", "is", "has")):
        return None  # "States can always return fire", "Staff are on the ground": a plural noun, no one named
    hit = Hit(ANY_VERB_CUE, np[1], np[1] + 1, np[0], np[1], np[0], np[1] + 1, "subject_before_quote")
    hit.content = [(k, k + 1) for k in range(a, b) if toks.kind[k] == Q]
    return hit


COLON_CUE = Cue(":", "speech", "clause", (":",))


def transcript_label(toks: ParagraphTokens, doc: Document | None = None) -> Hit | None:
    """A paragraph of a transcript or interview: a name in capitals (or Q, A) and a colon before the words; with
    the document, not a field's label (one word, used as a label more than once, that the article never writes as
    a name: "TARGET: A church", "ATTACKER: unknown", where a speaker's "MARTIN:" is Rachel Martin)."""
    n = len(toks.kind)
    k = 0
    while k < n and k < 4 and toks.kind[k] == W and toks.raw[k][0].isupper():
        k += 1
    if k == 0 or k >= n - 1 or toks.low[k] != ":" or toks.kind[k + 1] == P:
        return None
    words = toks.raw[:k]
    if not (all(w.isupper() and len(w) > 1 for w in words) or words in (["Q"], ["A"])) or \
            any(w.lower() in lexicon().label for w in words):
        return None
    if doc is not None and k == 1 and len(words[0]) >= 4 and not _named_or_once(doc.text, words[0]):
        return None
    hit = Hit(COLON_CUE, k, k + 1, 0, k, 0, k + 1, "transcript_label")
    hit.content = [(k + 1, _next_label(toks, k + 1) or n)]
    return hit


def inline_labels(toks: ParagraphTokens, first: Hit) -> list[Hit]:
    """The turns after the first in a transcript paragraph that holds several ('SCHIEFFER: "Will you run?" CRUZ:
    "My focus is ..."'), each up to the next label."""
    hits, n = [], len(toks.kind)
    start = first.content[0][1]
    while start < n:
        colon = next((k for k in range(start, n) if toks.low[k] == ":"), n)
        end = _next_label(toks, colon + 1) or n
        hit = Hit(COLON_CUE, colon, colon + 1, start, colon, start, colon + 1, "transcript_label")
        hit.content = [(colon + 1, end)]
        hits.append(hit)
        start = end
    return hits


def _next_label(toks: ParagraphTokens, i: int) -> int | None:
    """Where the next label in capitals opens after token i: one or two words in capitals and a colon after a
    quotation or a sentence's end ('... run?" CRUZ: "..."'), or None."""
    for k in range(i + 1, len(toks.kind) - 2):
        if toks.kind[k - 1] != Q and toks.low[k - 1] not in (".", "?", "!"):
            continue
        j = k
        while j < k + 2 and toks.kind[j] == W and toks.raw[j].isupper() and len(toks.raw[j]) > 1:
            j += 1
        if j > k and j < len(toks.low) and toks.low[j] == ":" \
                and not any(toks.low[w] in lexicon().label for w in range(k, j)):
            return k
    return None


@lru_cache(maxsize=256)
def _named_or_once(text: str, word: str) -> bool:
    """Does the article write the capitals word in title case somewhere ("MARTIN" as in "Rachel Martin"), or as
    the last word of a name in capitals ("RACHEL MARTIN, HOST:"), or use it as a label once only? (Remembered:
    a transcript asks it of every paragraph's label.)"""
    pattern = rf"(?<!\w)(?:{re.escape(word.title())}|[A-Z]{{2,}} {re.escape(word)})(?!\w)"
    if re.search(pattern, text) is not None:
        return True
    return len(re.findall(rf"(?m)^{re.escape(word)}:", text)) < 2  # a label met once is given the benefit


def colon_attribution(toks: ParagraphTokens, a: int, b: int) -> Hit | None:
    """A quotation introduced by its speaker and a colon: 'Rubio fired back: "..."', 'Trump: "..."'."""
    colon = next((k for k in range(a, b) if toks.low[k] == ":" and toks.kind[k] == P), -1)
    if colon <= a or not any(toks.kind[k] == Q for k in range(colon + 1, b)) or any(
            toks.kind[k] == W for k in range(colon + 1, b)):
        return None
    start = colon
    while start - 1 > a and toks.kind[start - 1] == W and is_name(toks.raw[start - 1]):
        start -= 1
    np = np_forward(toks, a, colon)
    if a < start < colon and toks.low[start - 1] in ("from", "by"):
        np, cue_span = (start, colon), (colon, colon + 1)  # 'More from Jones: "..."', 'a rebuke from Sen. X'
    elif np is not None and np[1] == colon and is_name(toks.raw[np[0]]):
        cue_span = (colon, colon + 1)
    else:
        np = sentence_subject(toks, a, colon)
        if np is None and toks.low[a] in ("there", "here") and a + 2 < colon and toks.low[a + 1] in lexicon().be:
            np = np_forward(toks, a + 2, colon)  # "There was this headline in the Post:", "Here is the White
            # House description of his situation:": the phrase after "be" gives the quotation
        if np is None or any(toks.kind[k] == Q for k in range(a, colon)):
            return None
        cue_span = (np[1], colon)
    hit = Hit(COLON_CUE, cue_span[0], cue_span[1], np[0], np[1], np[0], colon + 1, "speaker_colon_quote")
    hit.content = [trim(toks, colon + 1, b) or (colon + 1, b)]
    return hit


def quote_verb_attribution(toks: ParagraphTokens, a: int, b: int) -> Hit | None:
    """A quotation closed by a speaker and any verb: '"Nooooo!" the crowd cried out.', '"...," he surmised.'"""
    k = a
    while k < b and toks.kind[k] == Q:
        k += 1
    if k == a or k >= b:
        return None
    if toks.low[k] == ",":
        k += 1
    np = np_forward(toks, k, b)
    if np is None or np[1] >= b or np[1] - np[0] > 6:
        return None
    v = np[1]
    verb = toks.low[v]
    if toks.kind[v] != W or not (verb.endswith("ed") or verb in lexicon().verb) or verb in lexicon().aux:
        return None
    end = v + 1
    if end < b and toks.low[end] in lexicon().particle:
        end += 1
    first = (a, k - 1 if toks.low[k - 1] == "," else k)
    rest = [i for i in range(end, b) if toks.kind[i] != P]
    if rest and not (toks.low[end] == "," and all(toks.kind[i] == Q for i in rest)):
        return None
    hit = Hit(ANY_VERB_CUE, v, end, np[0], np[1], np[0], end, "quote_speaker_verb")
    hit.content = [first, (rest[0], rest[-1] + 1)] if rest else [first]  # '"A," the judge exclaimed, "B."'
    return hit


QUOTED_AS_CUE = Cue("quote", "speech", "clause", ("quoted",))
QUOTING_VERBS = frozenset(("quoted", "quotes", "quoting", "quote", "reported", "cited"))
SAYING = frozenset(("saying", "telling", "stating", "writing", "adding", "insisting", "warning"))


def quoted_as_saying(toks: ParagraphTokens, a: int, b: int) -> Hit | None:
    """A newspaper that quotes someone as saying something: the person quoted speaks ('"...," the Financial
    Times quoted an insider in the talks as saying', 'Li was quoted as saying that ...', 'She was quoted by the
    Guardian as saying ...', '"...," Mr Kapor is reported as saying')."""
    for k in compress(range(a, b - 2), map(QUOTING_VERBS.__contains__, toks.low[a:b - 2])):  # candidates in C
        if toks.kind[k] != W:
            continue
        m = next((m for m in range(k + 1, min(b - 1, k + 15)) if toks.low[m] == "as" and toks.low[m + 1] in SAYING),
                 -1)
        if m < 0:
            continue
        if m > k + 1 and not (toks.low[k + 1] == "by" and toks.low[k - 1] in lexicon().passive_aux):
            np: tuple[int, int] | None = (k + 1, m)  # the object is the speaker (not "was quoted by X as saying")
        else:
            j = k - 1
            while j > a and toks.low[j] in lexicon().passive_aux:
                j -= 1
            np = np_back(toks, j, a)  # "Li was quoted as saying": the subject
            if np is None and j > a and toks.low[j] == ",":
                np = np_before_appositive(toks, j, a)  # "His spokesman, Dmitry Peskov, was quoted by ... as saying"
        if np is None:
            return None
        cue_end = m + 2
        left = trim(toks, a, k) if k > a else None
        right = trim(toks, cue_end, b) if cue_end < b else None
        quoted = [i for i in range(*left) if toks.kind[i] == Q] if left is not None else []
        if quoted and (m > k + 1 or np[0] > quoted[-1]):  # ('"...," Mr Kapor was quoted as saying.')
            content = [(quoted[0], quoted[-1] + 1)]
        elif right is not None:
            content = [cut_right(toks, *right)]
        else:
            comma = next((i for i in range(min(np[0], k) - 1, a, -1) if toks.low[i] == ","), -1)
            clause = trim(toks, a, comma) if comma > a + 2 and k - comma <= 6 else None
            if clause is None:
                return None
            content = [clause]  # "He would be given ..., NBC quoted officials as saying."
        hit = Hit(QUOTED_AS_CUE, k, cue_end, np[0], np[1], min(np[0], k), cue_end, "quoted_as_saying")
        hit.content = content
        return hit
    return None


HEADLINE_WORDS = 16
"""The most words a headline, a section heading or a link to another story holds (:func:`headline_line`)."""

_SENTENCE_END = re.compile(r"[.!?:;\u2026][\"'\u201d\u2019)\]]*\s*$")
_DOUBLE_QUOTE = re.compile(r"[\"\u201c\u201d]")


def headline_line(doc: Document, p: int, toks: ParagraphTokens) -> bool:
    """Is paragraph p a headline, a section heading or a link to another story ("Storm blamed for wrecks, deaths",
    "Putin says Russian role in election hacking 'theoretically possible' Read more")? At most
    :data:`HEADLINE_WORDS` words, no sentence-final punctuation, no double quotation mark, no link and no post's
    signature dash ("... \u2014 Donald J. Trump (@realDonaldTrump) ..."), and the next paragraph does not go on
    with its sentence in lower case (a line broken inside a sentence). Its words report nothing in the article:
    the sentence rules skip it (``headline_colon`` still reads "Graham: ...")."""
    if not toks.kind:
        return False
    count = 0
    for kind in toks.kind:  # (stops at the seventeenth word: long paragraphs cost nothing)
        count += kind == W
        if count > HEADLINE_WORDS:
            return False
    line = doc.text[toks.start[0]:toks.end[-1]]
    if _SENTENCE_END.search(line) or _DOUBLE_QUOTE.search(line) or " \u2014 " in line or "http" in line:
        return False
    colon = next((k for k in range(min(len(toks.kind), 12)) if toks.low[k] == ":" and toks.kind[k] == P), -1)
    if p > 0 and colon > 0 and Q in toks.kind[colon + 1:] and W not in toks.kind[colon + 1:] \
            and after_caption(doc.text, toks.start[0]) \
            and _caption_speaker(toks, colon):
        return False  # a video's caption after its furniture ("Media caption Cruise ship passenger: 'I received
        # death threats'"): someone's words, not a link to another story ("Witness in Nice: '...'")
    paragraphs = doc.paragraphs
    after = doc.text[paragraphs[p + 1][0]:paragraphs[p + 1][1]].lstrip() if p + 1 < len(paragraphs) else ""
    return not after[:1].islower()


def _caption_speaker(toks: ParagraphTokens, colon: int) -> bool:
    """Do the words before a caption's colon name who speaks: a name, or a phrase with a role or a person's noun
    ("Nancy Pelosi", "Cruise ship passenger", "Witness in Nice"; not "Abu Dhabi murder", nor a heading in capitals,
    "NEWS")?"""
    words = [toks.raw[k] for k in range(colon) if toks.raw[k].isalpha()]
    if not words or all(w.isupper() for w in words):
        return False
    return any(toks.low[k] in lexicon().role_form for k in range(colon)) or name_run(toks, 0, colon)


_PASSIVE_AFTER = frozenset(("of", "for", "over", "as", "about", "by"))
"""Words after a past form that make a title's verb a passive ("Minister Accused Of Lying", "Storm blamed for")."""


def title_passive(toks: ParagraphTokens, hit: Hit) -> bool:
    """In a title, is the hit's cue a passive written without its auxiliary ("Minister accused of lying", "Storm
    blamed for wrecks", "Suspect Named By Police"): a past form after its subject, then a preposition? The subject
    is what was said about, not who said it (an active title in the past, "Trump Just Announced His Pick", keeps
    its row)."""
    if hit.s0 < 0 or hit.s1 > hit.c0 or hit.c1 >= len(toks.low):
        return False
    verb = toks.low[hit.c1 - 1]
    return (verb.endswith("ed") or verb in lexicon().past_form) and toks.low[hit.c1] in _PASSIVE_AFTER \
        and toks.low[hit.c0 - 1] not in lexicon().aux


def title_hits(toks: ParagraphTokens, hits: list[Hit], end: int) -> list[Hit]:
    """The attributions of a title's sentence (tokens up to ``end``): none in a question ("Can May Polls Predict A
    November Winner?"), none whose speaker is a personal pronoun (a title has no antecedent: "Why You Didn't See It
    Coming"), no passive (:func:`title_passive`), and each speaker without the auxiliaries and adverbs that title
    case capitalises after it ("Rick Perry Just Announced", "Trump May Not Have Suggested": Rick Perry, Trump)."""
    if end > 0 and toks.low[end - 1] == "?":
        return []
    kept = []
    for hit in hits:
        if title_passive(toks, hit) or hit.s1 - hit.s0 == 1 and toks.low[hit.s0] in lexicon().pronoun \
                and toks.low[hit.s0] not in lexicon().relative:  # ("Justice Who Once Mocked ...": the justice)
            continue
        while 0 <= hit.s0 < hit.s1 - 1 and hit.s1 <= hit.c0 and toks.low[hit.s1 - 1] in lexicon().aux:
            hit.s1 -= 1
        kept.append(hit)
    return kept


def headline_colon(toks: ParagraphTokens, *, first: bool = False) -> Hit | None:
    """A headline giving a speaker and their words: 'Graham: Trump's Rhetoric Destroying GOP's Chance' (a
    paragraph of one line in title case, or without a full stop, a name of up to six words before the colon).
    The article's first paragraph, its title, may be in sentence case and end with a full stop ("Clinton: Time
    for 'intensification' of ISIL strategy."), when it is short and the name has up to four words."""
    n = len(toks.kind)
    colon = next((k for k in range(min(n, 8)) if toks.low[k] == ":" and toks.kind[k] == P), -1)
    title = first and colon <= 4 and n <= 30 and toks.low[0] not in lexicon().determiner \
        and not any(toks.raw[k][:1].isdigit() or toks.low[k] in lexicon().cues for k in range(colon))
    # (not a caption's "NEW YORK - NOVEMBER 01: ...", nor 'Ms Hewitt said: "..."')
    if colon <= 0 or colon >= n - 1 or toks.low[n - 1] == "." and not title \
            or any(toks.kind[k] != W for k in range(colon)):
        return None
    words = [toks.raw[k] for k in range(colon)]
    if not is_name(words[0]) or any(w.lower() in lexicon().label for w in words) or \
            sum(w[0].isupper() for w in words) < len(words) - 2 or not _headline_source(words):
        return None
    rest = [toks.raw[k] for k in range(colon + 1, n) if toks.kind[k] == W]
    if len(rest) < 2 or sum(w[0].isupper() for w in rest) < 0.6 * len(rest) and not title:
        return None  # not a headline's title case
    if len(rest) <= 4 and n - colon - 1 == len(rest) and name_run(toks, colon + 1, n):
        return None  # "The Party Leader: Jim Brulte": a heading and the name it introduces, no words said
    if _list_of_names(toks, colon + 1, n):
        return None  # "Nevada: Mac Abrams, Greg Bailor, Barbara Buckley, ...": a list, no one's words
    hit = Hit(COLON_CUE, colon, colon + 1, 0, colon, 0, colon + 1, "headline_colon")
    hit.content = [trim(toks, colon + 1, n) or (colon + 1, n)]
    return hit


def _headline_source(words: list[str]) -> bool:
    """Can the words before a headline's colon name a source: no time, date or number ("Earlier:", "June 14:",
    "Eight:"), no pronoun ("Brace Yourself:", "It happened there:"), no possessive before anything but a role
    ("Trump's Latest Campaign Weapon:"; not "Trump's lawyer:"), no lower-case word but a role or a function word
    ("Living history:", "Daily coronavirus updates:"; not "NATO chief:"), and a determiner only before a role
    ("The Activist:", "A Looming Reality:"; not "The President:")?"""
    lexis = lexicon()
    low = [w.lower() for w in words]
    if any(w in lexis.time or w in lexis.month or w in lexis.number_word or w in lexis.pronoun
           or w in lexis.object_pronoun or w[:1].isdigit() for w in low):
        return False
    if any(w.endswith(("'s", "’s")) for w in low[:-1]) and low[-1] not in lexis.role_form:
        return False
    if any(w.islower() and w not in lexis.role_form and w not in lexis.preposition and w not in ("and", "of")
           for w in words[1:]):
        return False
    if len(low) > 1 and low[0].endswith("ing") and len(low[0]) > 5 and low[1] not in lexis.role_form:
        return False  # "Repealing Obamacare:": a topic, no source
    return low[0] not in lexis.determiner or low[-1] in lexis.role_form


def _list_of_names(toks: ParagraphTokens, s: int, e: int) -> bool:
    """Are tokens [s, e) three or more capitalised names of up to four words each, separated by commas (a
    slate, a cast or a roll: "Mac Abrams, Greg Bailor, Barbara Buckley")?"""
    items, size = 0, 0
    for k in range(s, e):
        if toks.low[k] in (",", ".") and toks.kind[k] == P:
            if not 1 <= size <= 4:
                return False
            items, size = items + 1, 0
        elif toks.kind[k] == W and toks.raw[k][:1].isupper():
            size += 1
        else:
            return False
    return items + (1 <= size <= 4) >= 3


_SIGNATURE = re.compile(r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4}), (?:The |the )?[A-Z][\w.'\u2019&-]*"
                        r"(?: [A-Z][\w.'\u2019&-]*){0,5}")
"""A signature line: a name, a comma and an outlet ("Harry Enten, CNN", "Editorial Board, New York Times")."""

SIGNATURE_CHAIN = 4
"""Quoted paragraphs that one signature line may sign."""


def signature_after(doc: Document, p: int) -> tuple[int, int] | None:
    """The signature line (offsets) that signs the quoted paragraph ``p``: a roundup's entries are
    quoted paragraphs, each run signed by a line of its own ("Harry Enten, CNN") after it, or at the end of the last
    quoted paragraph where the line break was lost. ``p`` and every paragraph up to the line open with a quote mark;
    None where no such line follows."""
    text, paragraphs = doc.text, doc.paragraphs
    quotations = doc.quotations[p]
    if quotations and quotations[0].start == paragraphs[p][0] and quotations[-1].closed:
        start = quotations[-1].end + 1  # the line lost before the signature: '..., she said.” Harry Enten, CNN'
        if start < paragraphs[p][1] and text[start - 1] == " " and _SIGNATURE.fullmatch(text, start, paragraphs[p][1]):
            return _signature(text, start, paragraphs[p][1])
    for j in range(p, min(len(paragraphs), p + SIGNATURE_CHAIN + 1)):
        start, end = paragraphs[j]
        quotations = doc.quotations[j]
        if quotations and quotations[0].start == start:
            continue  # a quoted paragraph of the run
        if j == p:
            return None
        return _signature(text, start, end)
    return None


def _signature(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker's offsets in a signature line at text[start:end], or None where there is none."""
    found = _SIGNATURE.fullmatch(text, start, end)
    if found and found.group(1).lower() in lexicon().signing_outlet:
        return (found.end(1) + 2, end)  # "Editorial Board, New York Times": the newspaper speaks
    return (start, end) if found else None
