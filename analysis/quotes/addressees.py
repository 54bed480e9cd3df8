"""What stands between a cue and its content: an addressee ("told reporters", "told the BBC"), time words ("said
Monday", "said in 2019") and short adjuncts ("said in Ohio on Monday that"), read forwards from the cue up to
"that", a quotation or the reported clause."""

from __future__ import annotations

from analysis.quotes.cues import PERSONAL_SUBJECTS, lexicon
from analysis.quotes.phrase_words import abbreviation_period
from analysis.quotes.phrases import at_least, determines
from analysis.quotes.quantities import year
from analysis.quotes.tokens import P, ParagraphTokens, Q, W, is_name, possessive_s


def _word_hyphen(toks: ParagraphTokens, k: int) -> bool:
    """Is token k a hyphen joining the words on either side, with no space ("the 300-strong audience")?"""
    return toks.low[k] == "-" and 0 < k < len(toks.low) - 1 and toks.kind[k - 1] == W and toks.kind[k + 1] == W \
        and toks.end[k - 1] == toks.start[k] and toks.end[k] == toks.start[k + 1]


def that_ahead(toks: ParagraphTokens, i: int, b: int) -> int:
    """Index of a 'that' opening the content after adjuncts ("said in Ohio on Monday that"), or -1.

    A 'that' inside an unclosed aside is a relative clause of the aside's noun, not the content: "vowed to
    exit the accord, a stance that Macron criticised" (but "said in Ohio, a swing state, that ..." is content).
    """
    aside = False
    for k in range(i, min(b, i + 15)):
        low = toks.low[k]
        if low == "that":  # (at i too: "told the Daily Caller that this is incorrect, that ...": the first one)
            return -1 if aside else k
        if low == ",":
            aside = not aside and k + 1 < b and toks.low[k + 1] in ("a", "an")
        verb = low in lexicon().verb and not is_name(toks.raw[k]) and not (k > i and (
            toks.low[k - 1] in lexicon().determiner or toks.low[k - 1].endswith("'s")
            or is_name(toks.raw[k - 1])
            or low.endswith("ing") and toks.low[k - 1] in lexicon().preposition))
        # "the meeting", "Thursday's hearing", "the White House meeting", "after landing in Burlington"
        if toks.kind[k] == Q and _programme_title(toks, k, i) \
                or low in ("'", "\u2019") and k + 1 < b and toks.kind[k + 1] == Q and _programme_title(toks, k + 1, i):
            continue  # 'said during an appearance on CBS' "Face the Nation" that ...'
        if toks.kind[k] == Q or (toks.kind[k] == P and low != "," and not _word_hyphen(toks, k)
                                 and not abbreviation_period(toks, k)) or verb or (
                low in lexicon().pronoun and low != "it") or low in lexicon().cues and k > i \
                and not _noun_cue_form(toks, k, i):
            return -1  # (a cue form after a determiner is a noun: "said in a White House blog post that")
    return -1


def _programme_title(toks: ParagraphTokens, k: int, i: int) -> bool:
    """Is the quotation at token k a programme's or paper's title after its owner ('CBS' "Face the Nation"',
    'MSNBC's "Morning Joe"'), not content ending in a comma?"""
    if k <= i or k in toks.comma_q:
        return False
    if toks.low[k - 1] in ("'", "\u2019"):  # "CBS' ": the apostrophe stands alone
        return k - 2 >= i and toks.kind[k - 2] == W and is_name(toks.raw[k - 2])
    return toks.kind[k - 1] == W and possessive_s(toks.low[k - 1]) and is_name(toks.raw[k - 1])


def _noun_cue_form(toks: ParagraphTokens, k: int, lo: int) -> bool:
    """Is the cue form at token k a noun, a ``noun_form`` word after a determiner at or after token ``lo`` (within
    four words): "in a White House blog post", "to those reports"?"""
    return toks.low[k] in lexicon().noun_form and any(
        toks.low[j] in lexicon().determiner for j in range(max(lo, k - 4), k))


def quote_ahead(toks: ParagraphTokens, i: int, b: int) -> int:
    """Index of the colon or comma before a quotation after an adjunct ("said in a statement: "...""), or -1."""
    for k in range(i + 1, min(b - 1, i + 15)):
        low = toks.low[k]
        if low in (":", ",") and toks.kind[k + 1] == Q:
            return k
        if toks.kind[k] == Q or (toks.kind[k] == P and low != "," and not abbreviation_period(toks, k)) \
                or low in lexicon().verb or low == "that" \
                or low in lexicon().cues and not _noun_cue_form(toks, k, k - 1):
            return -1  # (a cue form after a determiner is a noun: 'responded to those reports in a statement: "..."')
    return -1


def _colon_before_quotation(toks: ParagraphTokens, i: int, b: int) -> int:
    """Index of a colon right before a quotation that closes a short adjunct opening at token i (words and hyphens
    only, at most eight tokens, no verb of speech, relative or conjunction: "in their one-on-one meeting: "...""),
    or -1."""
    words = lexicon()
    for k in range(i + 1, min(b - 1, i + 9)):
        low = toks.low[k]
        if low == ":":
            return k if toks.kind[k + 1] == Q else -1
        if not (toks.kind[k] == W or low == "-") or low == "that" or low in words.relative or low in words.subordinate \
                or low in words.cues and (low.endswith(("ing", "ed")) or not any(
                    toks.low[j] in words.determiner or possessive_s(toks.low[j]) for j in range(i, k))):
            return -1  # ('responded to the denial by tweeting: "..."', 'condemned by leaders who said: "..."': the
            # colon is another verb's; a cue form after a determiner is a noun: "in a written statement:")
    return -1


def _bare_plural_end(toks: ParagraphTokens, k: int, b: int) -> int:
    """Where a bare plural addressee starting at token k ends ("told aides he ...", "told exit pollsters they ..."):
    up to two lower-case words, the last in -s, before the reported clause's subject; else k."""
    words = lexicon()
    for end in range(k, min(b - 1, k + 2)):
        low = toks.low[end]
        if not (toks.raw[end].isalpha() and toks.raw[end].islower()) or any(low in group for group in (
                words.determiner, words.preposition, words.aux, words.time, words.verb)):
            return k
        if low.endswith("s") and toks.kind[end + 1] == W and _may_open_clause(toks, end + 1, b):
            return end + 1
    return k


def medium_adjunct_end(toks: ParagraphTokens, i: int, b: int) -> int:
    """The token after an adjunct of medium or day that opens at token i ("in a statement", "in an interview", "on
    Twitter", "on Monday"), else i."""
    if i + 1 >= b or toks.low[i] not in ("in", "on"):
        return i
    k = i + 2 if toks.low[i + 1] in ("a", "an", "the") else i + 1
    if k < b and toks.kind[k] == W and (toks.low[k] in lexicon().medium or toks.low[k] in lexicon().document_noun
                                        or toks.low[k] in lexicon().time and toks.raw[k][:1].isupper()):
        return k + 1
    return i


def addressee_only(toks: ParagraphTokens, i: int, j: int) -> bool:
    """Do the words i:j after a cue of telling name only whom it was told: a pronoun or an audience word
    ("told reporters", "told them", "told a news conference", "told the crowd"), or a name ("told The Washington
    Times", "told CNN"), with time words after it?"""
    words = lexicon()
    if i >= j or toks.kind[i] != W:
        return False
    if toks.low[i] in words.addressee or toks.low[i] in words.pronoun:
        return True
    k = i + (toks.low[i] in ("the", "a", "an"))
    return k < j and (is_name(toks.raw[k]) or any(toks.low[m] in words.addressee for m in range(k, min(j, k + 3))))


def skip_adjuncts(toks: ParagraphTokens, i: int, b: int, *, addressee: bool) -> int:
    """Skip an addressee ("told reporters"), time words and short adjuncts after a cue, up to 'that'."""
    while i + 2 < b and toks.low[i] == "," and toks.low[i + 1] in lexicon().linking_adverb and toks.low[i + 2] == ",":
        i += 3  # "acknowledged, however, that ..."
    if i + 1 < b and toks.low[i] == "," and (toks.low[i + 1] in lexicon().preposition or toks.low[i + 1] == "as"
                                            or toks.low[i + 1] in lexicon().time):
        k = that_ahead(toks, i + 1, b)
        if k > i + 2 and toks.low[k - 1] == ",":
            return k  # "said, as part of its offer, that ...", "said, in a statement on Monday, that ..."
    medium = medium_adjunct_end(toks, i, b)
    if i < medium < b and toks.kind[medium] == W and toks.low[medium] in lexicon().pronoun and not (
            medium + 2 < b and toks.low[medium + 2] in lexicon().preposition):
        return medium  # "said in a statement she supported ...": the clause after the medium (not "said in a
        # letter he sent to Facebook": a relative clause of the letter, its object the gap)
    if i < b and (toks.low[i] in lexicon().preposition or toks.low[i] in lexicon().time) and not at_least(toks, i, b):
        # (a quantity: "reported at least 20 victims at a center that works with ...")
        k = that_ahead(toks, i, b)
        if k < 0:
            k = quote_ahead(toks, i, b)
        if k < 0 and toks.low[i] in lexicon().preposition:
            k = _colon_before_quotation(toks, i, b)  # 'said in the meeting with the company: "..."' (a noun spelt
            # like a verb stops quote_ahead)
        if k >= 0:
            return k
    time = lexicon().time
    start = i
    if addressee and i < b and toks.kind[i] == W:
        k = i
        if toks.low[k] in lexicon().pronoun or toks.low[k] in lexicon().addressee:
            i = k + 1
        elif (plural := _bare_plural_end(toks, k, b)) > k:
            i = plural  # a bare plural, then the reported clause's subject: "told (exit) pollsters he wanted ..."
        elif toks.low[k] in lexicon().role_form and toks.raw[k].islower() and k + 1 < b and is_name(toks.raw[k + 1]) \
                and (end := _name_run_end(toks, k + 1, b)) < b \
                and (toks.low[end] == "that" or toks.low[end] in PERSONAL_SUBJECTS):
            i = end  # a role and a name before the clause: "told host Chris Cuomo she believed ..."
        elif is_name(toks.raw[k]) or toks.low[k] in lexicon().determiner:
            k = _name_run_end(toks, k + 1, b)
            if k < b - 1 and toks.kind[k] == Q and possessive_s(toks.low[k - 1]):
                k += 1  # 'told MSNBC's "Morning Joe" that ...': a programme's title
            elif k + 1 < b - 1 and toks.low[k] in ("'", "\u2019") and toks.kind[k + 1] == Q \
                    and toks.low[k - 1].endswith("s"):
                k += 2  # 'told CBS News' "Face the Nation" that ...': after a plural's apostrophe
            if toks.low[i] in lexicon().determiner:
                while k < b and toks.kind[k] == W and k < i + 5 and toks.low[k] not in lexicon().boundary:
                    if toks.low[k] in lexicon().verb and (k > i + 1 or toks.low[i] not in ("the", "a", "an")) \
                            or toks.low[k] in lexicon().pronoun \
                            or toks.low[k] == "there" \
                            and k + 1 < b and (toks.low[k + 1] in lexicon().finite or toks.low[k + 1] in lexicon().modal) \
                            or k > i + 1 and toks.low[k] in ("the", "a", "an") \
                            and toks.low[k - 1] not in lexicon().preposition \
                            or toks.low[k] in ("to", "not") and k + 1 < b and toks.kind[k + 1] == W \
                            and toks.raw[k + 1].islower() or toks.low[k] in ("about", "against"):
                        break  # "told the Post he hoped ...", "told the BBC the plan failed": the clause opens;
                        # "warned the BBC to steer away from ...": the infinitive the addressee is told; "warned
                        # both parties against "pandering to prejudice"": what they are warned of (not "of": "told a
                        # gaggle of reporters that")
                    k += 1
            elif k + 1 < b and toks.low[k] == "and" and is_name(toks.raw[k + 1]) and toks.kind[k + 1] == W:
                k = _name_run_end(toks, k + 1, b)  # two addressees: "warned Mr Blair and Mr Brown about ..."
            i = k
        if start < i < b and toks.low[i] in ("to", "not", "about", "against", "of", "over", "for"):
            return start  # "warned Mr Brown not to be tempted", "urged voters to ...": the object is the content's
        if start < i < b and toks.kind[i] == W and (toks.low[i] in lexicon().modal or toks.low[i] in lexicon().finite) \
                and toks.low[start] not in lexicon().pronoun and toks.low[start] not in lexicon().addressee \
                and toks.low[i - 1] not in ("there", "here") and (i - start == 1 or all(
                    toks.kind[k] != W or toks.raw[k].islower() for k in range(start, i))):
            return start  # "warn the cuts will only result in ...": no addressee, the reported clause's subject
            # (not "told the BBC Michael Howard has ...", "told the group there would be ...")
    k = that_ahead(toks, i, b) if addressee else -1
    if k >= 0:
        return k
    time_start = i
    while i < b and toks.kind[i] == W and (toks.low[i] in time and not determines(toks, i)
                                           or toks.low[i] == "on" and i + 1 < b
                                           and toks.low[i + 1] in time
                                           or toks.low[i] == "in" and i + 1 < b and year(toks.low[i + 1])
                                           and _may_open_clause(toks, i + 2, b)
                                           or toks.low[i] == "in" and i + 2 < b and toks.low[i + 1] == "the"
                                           and (toks.low[i + 2] in time or toks.low[i + 2] == "day")
                                           and _may_open_clause(toks, i + 3, b)):
        # "said in 2019 the plan had failed", "told reporters earlier in the day he hoped": no content (but "said
        # this would not happen again": "this" the clause's subject, no time word as in "said this week")
        i += 1 if toks.low[i] in time else 2 if toks.low[i + 1] != "the" else 3
    if time_start < i < b and all(toks.low[m] in time for m in range(time_start, i)) \
            and (toks.low[i] in lexicon().finite or toks.low[i] in lexicon().modal):
        i = time_start  # "predicted Thursday will be a sad day", "said next year might be different": the time is the
        # reported clause's subject
    day = _date_end(toks, i, b)
    if day > i and _may_open_clause(toks, day, b):
        return day
    if start < i < b and toks.low[i] in lexicon().preposition and (colon := _colon_before_quotation(toks, i, b)) > 0:
        return colon  # 'told him Monday in their one-on-one meeting: "..."': the adjunct after the addressee and
        # the time, before the colon, is no content
    ago = ago_end(toks, i, b)  # "said two weeks ago that ...", "claimed a year ago the plan had failed"; "what
    # Obama claimed three months ago.": a time, nothing said (as "said last week.")
    while i < ago < b and toks.kind[ago] == W and toks.low[ago] in time and not determines(toks, ago):
        ago += 1  # "said a week ago Friday that ..."
    ends = ago >= b or toks.low[ago] in (".", "!", "?", ";")
    return ago if ago > i and (ends or _may_open_clause(toks, ago, b)) else i


_AGO_WORDS = frozenset(("a", "an", "few", "several", "many", "some", "couple", "of", "hours", "minutes", "days",
                        "weeks", "months", "years", "decades", "hour", "minute", "decade"))
"""Words of a span of time before "ago" besides numbers and ``time_noun`` words ("a few days ago")."""


def ago_end(toks: ParagraphTokens, i: int, b: int) -> int:
    """The token after a span of time and "ago" that opens at token i ("two weeks ago", "a year ago", "years ago"),
    else i."""
    words = lexicon()
    for k in range(i, min(b, i + 5)):
        low = toks.low[k]
        if low == "ago":
            return k + 1 if k > i else i
        if toks.kind[k] != W or not (low in _AGO_WORDS or low in words.time_noun or low in words.number_word
                                     or low.isdigit()):
            return i
    return i


def _date_end(toks: ParagraphTokens, i: int, b: int) -> int:
    """The token after a date that opens at token i, a month and its day ("Dec. 5", "March 12"), else i."""
    if i + 1 >= b or toks.low[i] not in lexicon().month or not toks.raw[i][:1].isupper():
        return i
    k = i + 1 if not abbreviation_period(toks, i + 1) else i + 2
    return k + 1 if k < b and toks.raw[k].isdigit() and len(toks.raw[k]) <= 2 else i


def _may_open_clause(toks: ParagraphTokens, k: int, b: int) -> bool:
    """May a reported clause open at token k: "that", a comma, a quotation, a pronoun, a determiner or a
    capitalised word (not "in 2019 dollars")?"""
    if k >= b:
        return False
    low = toks.low[k]
    return toks.kind[k] != W or low in ("that", ",") or low in lexicon().pronoun or low in lexicon().determiner \
        or toks.raw[k][:1].isupper()


def _name_run_end(toks: ParagraphTokens, k: int, b: int) -> int:
    """The end of a run of capitalised words (and "of", and the full stop of a title or an initial: "Mr. Trump")
    starting at token k: an addressee's name."""
    while k < b and (toks.kind[k] == W and (is_name(toks.raw[k]) or toks.low[k] in ("of",))
                     or abbreviation_period(toks, k) and k + 1 < b and toks.kind[k + 1] == W
                     and is_name(toks.raw[k + 1])):
        k += 1
    return k


def adjunct_only(toks: ParagraphTokens, span: tuple[int, int]) -> bool:
    """Are the words a time or place adjunct only ("last week", "in an interview with CNN", "after a reverse in
    the census case")?"""
    first = toks.low[span[0]]
    if toks.kind[span[0]] != W or any(toks.kind[k] == Q for k in range(*span)):
        return False
    words = [toks.low[k] for k in range(*span) if toks.kind[k] == W]
    if all(w in lexicon().time or w.isdigit() for w in words):
        return True
    return first in ("in", "on", "at", "during", "via", "through", "after", "before", "amid", "following") \
        and len(words) <= 10 and not any(
            w in lexicon().verb or w in lexicon().aux or w in lexicon().cues or w == "that" for w in words)


def for_outlet(toks: ParagraphTokens, span: tuple[int, int]) -> bool:
    """Do the words after a cue of writing name whom the writer works for, and nothing said ("report for the
    Tallahassee Democrat", "writes for The Atlantic and teaches at Yale"): "for", a name not followed by a
    lower-case noun ("wrote for the Tweeden page"), and no reported clause, quotation, colon or infinitive?"""
    s, e = span
    k = s + 1 + (s + 1 < e and toks.low[s + 1] == "the")
    if toks.low[s] != "for" or k >= e or toks.kind[k] != W or not toks.raw[k][:1].isupper():
        return False
    while k < e and toks.kind[k] == W and toks.raw[k][:1].isupper():
        k += 1
    return (k >= e or toks.kind[k] != W or toks.low[k] in lexicon().preposition or toks.low[k] in lexicon().clause_join) \
        and not any(toks.kind[j] == Q or toks.low[j] in ("that", ":", "to") for j in range(s, e))


_PLACE_OR_MEDIUM = frozenset(("in", "during", "via"))
"""Prepositions of an adjunct of place, time or medium after a cue ("wrote in the Daily Telegraph", "testified in
private hearings"; not "on" nor "at", which may open what was said: "commenting on his ambitions", "hinted at a
complaint")."""


def place_or_medium_only(toks: ParagraphTokens, span: tuple[int, int]) -> bool:
    """Are the words after a cue only where, when or in what medium it was said: "from" and words without a cue,
    a verb or a quotation ("reported from Washington"), or an adjunct after "in", "during", "via" ("writing in the
    Daily Telegraph", "have said in the past")?"""
    first = toks.low[span[0]]
    return (first == "from" or first in _PLACE_OR_MEDIUM and adjunct_only(toks, span)) and not any(
        toks.kind[k] == Q or toks.low[k] in lexicon().cues or toks.low[k] in lexicon().verb for k in range(*span))
