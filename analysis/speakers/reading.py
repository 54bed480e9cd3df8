"""An article's tokens as the speaker passes read them.

:class:`Reading` takes the document's tokens and adds what every pass asks about them: each token's
function-word kind (``function_words.csv``) and the word-list marks (titles, roles, countries, places,
organisations, modifiers), found longest phrase first, left to right. The passes (:mod:`.people`,
:mod:`.descriptions`, :mod:`.resolution`) read it through a :class:`View`, under the same names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress
from typing import Any

from analysis.speakers.lexicon import Lexicon, lexicon, needs_capital
from analysis.text.document import Document
from analysis.text.tokens import plural_apostrophe

WORDS = frozenset(("word", "abbr"))
"""Token kinds that are words (a name, a role...)."""

_ADJACENT_GAP = frozenset(" \u00a0\t")
_CURLY = re.compile("\u2019")
_AMPERSAND = re.compile("&")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")


class Reading:
    """The tokens of one article with their function-word kinds and word-list marks.

    Attributes:
        word: each token as written, curly apostrophes straightened.
        low: its lookup form (lower case; see :func:`analysis.text.tokens.lookup_form`).
        kind: ``word``, ``abbr``, ``poss``, ``num``, ``quote`` or ``punct``.
        function_kind: the token's kind in ``function_words.csv`` (``determiner``, ``preposition``...) or None.
        mark_kind: the kind of the listed phrase covering the token (``title``, ``role``, ``country``,
            ``place``, ``org``, ``modifier``), ``""`` when none.
        mark_value: the listed entry (a :class:`~analysis.speakers.lexicon.Role`, ``Title``, ``Org`` or a
            country name).
        mark_start, mark_end: the token range of the phrase covering the token (the token alone when none).
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex: Lexicon = lexicon()
        tokens = doc.tokens
        self.start, self.end, self.low, self.kind = tokens.start, tokens.end, tokens.low, tokens.kind
        self.word = tokens.raw
        if "\u2019" in self.text:  # straighten the few tokens holding a curly apostrophe
            self.word = list(tokens.raw)
            for k in {bisect_right(self.start, found.start()) - 1 for found in _CURLY.finditer(self.text)}:
                self.word[k] = self.word[k].replace("\u2019", "'")
        self.n = len(tokens)
        self._lower_words: frozenset[str] | None = None
        self._token_paragraph: list[int] | None = None  # the document's, read on first use
        self._token_sentence: list[int] | None = None
        self._names_given: dict[str, bool] = {}  # a full name -> does the article write it
        self._capital_paragraphs: frozenset[int] | None = None
        function_kinds = self.lex.function_kinds
        self.function_kind: list[str | None] = list(map(function_kinds.get, self.low))
        for found in _AMPERSAND.finditer(self.text):  # "AT&T", "B&Q": capitals joined by "&" are a name, not "at"
            k = bisect_right(self.start, found.start()) - 1
            if 0 < k and self.word[k] == "&" and self.word[k - 1].isupper() and self.end[k - 1] == self.start[k]:
                self.function_kind[k - 1] = None
        for k in range(1, self.n):  # "the WHO", "the AND": a function word in capitals after "the" is an acronym
            if self.function_kind[k] is not None and len(self.word[k]) > 2 and self.word[k].isupper() \
                    and self.low[k - 1] == "the":
                self.function_kind[k] = None
        self._mark()

    # -- layout ------------------------------------------------------------------------------------------

    def written_in_lower_case(self, word: str) -> bool:
        """Does the article write this (lower-case) word in lower case somewhere ("intelligence" as well as
        "National Intelligence")? The set of such words is built on first use."""
        if self._lower_words is None:
            self._lower_words = frozenset(w for w in self.word if w[:1].islower())
        return word in self._lower_words

    def para(self, i: int) -> int:
        """The paragraph of token i (one past the last paragraph for i == n)."""
        if i >= self.n:
            return len(self.doc.paragraphs)
        if self._token_paragraph is None:
            self._token_paragraph = self.doc.token_paragraph
        return self._token_paragraph[i]

    def in_capitals_line(self, i: int) -> bool:
        """Is token i in a paragraph of four words or more set wholly in capitals: a related story's headline set
        between paragraphs ("KAYLA MUELLER'S PARENTS PRAISE TRUMP, SOLDIERS FOR RAID"), no part of the story?"""
        if self._capital_paragraphs is None:
            self._capital_paragraphs = frozenset(
                number for number, (start, end) in enumerate(self.doc.paragraphs)
                if not any(c.islower() for c in self.text[start:end]) and len(self.text[start:end].split()) >= 4)
        return self.para(i) in self._capital_paragraphs

    def sent(self, i: int) -> int:
        """The sentence of token i (one past the last sentence for i == n)."""
        if i >= self.n:
            return len(self.doc.sentences)
        if self._token_sentence is None:
            self._token_sentence = self.doc.token_sentence
        return self._token_sentence[i]

    def in_question(self, i: int) -> bool:
        """Does the sentence holding token i end with a question mark (before closing quote marks or brackets)?"""
        sentence = self.doc.sentences[self.sent(i)]
        return self.text[sentence.start:sentence.end].rstrip().rstrip("\"'\u201d\u2019)").endswith("?")

    def sentence_start_token(self, i: int) -> int:
        """The first token of the sentence holding token i."""
        return bisect_left(self.start, self.doc.sentences[self.sent(i)].start)

    def first_token_of_sentence(self, number: int) -> int:
        """The first token of sentence ``number`` (0 for a number before the first)."""
        if number <= 0 or not self.doc.sentences:
            return 0
        return bisect_left(self.start, self.doc.sentences[min(number, len(self.doc.sentences) - 1)].start)

    def quoted(self, i: int) -> bool:
        """Whether token i lies inside a quotation."""
        return self.doc.inside_quotation(self.start[i])

    def opens_nickname(self, i: int) -> bool:
        """Whether token i opens a quoted nickname inside a name ('Barbara "Biz" Van Gelder')."""
        return self.doc.nickname_at(self.start[i])

    def adjacent(self, i: int, j: int) -> bool:
        """Token j follows token i with at most one space (or no-break space) between them; invisible format
        characters do not count."""
        gap = self.start[j] - self.end[i]
        if gap == 0:
            return True
        if gap == 1:
            return self.text[self.end[i]] in _ADJACENT_GAP or self.text[self.end[i]] in _INVISIBLE
        between = [c for c in self.text[self.end[i]:self.start[j]] if c not in _INVISIBLE]
        return len(between) <= 1 and all(c in _ADJACENT_GAP for c in between)

    def is_cap(self, i: int) -> bool:
        return self.word[i][0].isupper() and self.kind[i] in WORDS

    def function(self, i: int) -> str | None:
        return self.function_kind[i]

    def plural_apostrophe(self, k: int) -> bool:
        """Is token k the apostrophe of a plural noun inside a name (:func:`analysis.text.tokens.plural_apostrophe`),
        after no place ("Illinois' ...")?"""
        return plural_apostrophe(self.low, self.word, self.start, self.end, k) \
            and self.mark_kind[k - 1] not in ("place", "country")

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.start[a]:self.end[b - 1]]

    def verb_like(self, i: int) -> bool:
        """Does token i read as what follows a subject: a function word (its verb, an adverb or adjunct, a relative
        pronoun), a cue form, an irregular past form, a modal, a negated auxiliary, or a lower-case word in -ed or -s
        ("The BBC ran", "the unions will", "the government has", "Apple on Tuesday said", "groups that argue ...",
        "the administration hasn't")?"""
        if self.kind[i] != "word":
            return False
        low, lex = self.low[i], self.lex
        return self.function_kind[i] is not None or low in lex.cue_forms or low in lex.past_forms \
            or low in lex.modals or low.endswith(("ed", "s")) and self.word[i].islower() \
            or low.endswith(("n't", "n\u2019t"))  # a negated auxiliary: "the administration hasn't been"

    def full_name_given(self, i: int) -> str | None:
        """The full name the organisation word at token i stands for ("Tories" -> "Conservative Party", "GOP" ->
        "Republican Party": the ``name`` of ``organisations.csv``), when the article writes that name too, or the
        plural of its first word where that is another word than token i's ("Conservatives" for "the Tories": the
        fullest name the article gives); else None."""
        if self.mark_kind[i] != "org" or not self.mark_value[i].name:
            return None
        name = self.mark_value[i].name
        given = self._names_given.get(name)
        if given is None:
            given = self._names_given[name] = name in self.text
        if not given and name.endswith(" Party"):
            members = name[:-len(" Party")] + "s"
            if members.lower() == self.low[i]:
                return None
            written = self._names_given.get(members)
            if written is None:
                written = self._names_given[members] = re.search(rf"\b{re.escape(members)}\b", self.text) is not None
            given = written
        return name if given else None

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens lying inside the character span [start, end)."""
        return self.doc.token_range(start, end)

    # -- word-list marks ---------------------------------------------------------------------------------

    def _mark(self) -> None:
        """Mark the tokens covered by a word-list phrase, longest phrase first, left to right."""
        n, lex, low, word, kind = self.n, self.lex, self.low, self.word, self.kind
        self.mark_kind: list[str] = [""] * n
        self.mark_value: list[Any] = [None] * n
        self.mark_start = list(range(n))
        self.mark_end = list(range(1, n + 1))
        first_words, phrases, continuations = lex.first_words, lex.phrases, lex.continuations
        covered = 0
        for i in list(compress(range(n), map(first_words.__contains__, low))):
            if i < covered or kind[i] not in WORDS:
                continue
            hit = None
            longest = first_words[low[i]]
            if longest > 1 and (i + 1 >= n or low[i + 1] not in continuations.get(low[i], ())):
                longest = 1  # no listed phrase goes on with the next word: one lookup
            if longest == 1:
                hit = phrases.get((low[i],))
                if hit is None and word[i].isupper():
                    hit = phrases.get((word[i],))
                if hit is not None and needs_capital(hit) and not word[i][0].isupper():
                    hit = lex.lower_case.get((low[i],))  # "labour costs": no party
                if hit is None:
                    continue
                if hit[0] == "role" and low[i] in lex.titled_orgs and word[i][:1].isupper() and i > 0 \
                        and kind[i - 1] in WORDS and word[i - 1][:1].isupper() and self.adjacent(i - 1, i):
                    hit = ("org", lex.titled_orgs[low[i]])  # "The Denver Post": a newspaper, no post
                self.mark_kind[i], self.mark_value[i] = hit
                covered = i + 1
                continue
            size = 0
            for size in range(min(longest, n - i), 0, -1):
                words = word[i:i + size]
                lows = tuple(low[i:i + size])
                hit = phrases.get(lows)
                if hit is None and any(map(str.isupper, words)):  # acronyms are listed in capitals
                    hit = phrases.get(tuple(w if len(w) > 1 and w.isupper() else lw
                                            for w, lw in zip(words, lows, strict=True)))
                if hit is not None and needs_capital(hit) and not words[0][0].isupper():
                    hit = lex.lower_case.get(lows)
                if hit is not None:
                    if size > 1 and not all(
                            self.adjacent(j, j + 1) or kind[j + 1] == "poss" for j in range(i, i + size - 1)):
                        hit = None
                        continue
                    break
            if hit is None:
                continue
            for j in range(i, i + size):
                self.mark_kind[j], self.mark_value[j] = hit
                self.mark_start[j], self.mark_end[j] = i, i + size
            covered = i + size


class View:
    """A pass's access to a :class:`Reading`: the same arrays and questions under the same names."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.text, self.lex, self.n = reading.text, reading.lex, reading.n
        self.start, self.end, self.word, self.low, self.kind = (reading.start, reading.end, reading.word,
                                                                reading.low, reading.kind)
        self.function_kind = reading.function_kind
        self.mark_kind, self.mark_value = reading.mark_kind, reading.mark_value
        self.mark_start, self.mark_end = reading.mark_start, reading.mark_end
        self.para, self.sent, self.quoted, self.opens_nickname = (reading.para, reading.sent, reading.quoted,
                                                                  reading.opens_nickname)
        self.first_token_of_sentence = reading.first_token_of_sentence
        self.adjacent, self.is_cap, self.function = reading.adjacent, reading.is_cap, reading.function
        self.plural_apostrophe = reading.plural_apostrophe
        self.span_text, self.token_range = reading.span_text, reading.token_range
        self.verb_like, self.full_name_given = reading.verb_like, reading.full_name_given
        self.written_in_lower_case, self.in_capitals_line = reading.written_in_lower_case, reading.in_capitals_line
        self.in_question = reading.in_question
