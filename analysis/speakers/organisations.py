"""Pass 2b of the speaker passes: the organisations an article names, so that later mentions can point back.

An organisation is a capitalised run that is no confirmed person's name and no country, place, title or role:
one holding an organisation word (``Institute``, ``Bank``: ``organisations.csv``), an acronym (``IPPR``), a run
of several capitalised words (small words such as ``for`` inside), or a single capitalised word inside a
sentence (``Unilever``); a run opening a sentence counts when the article writes it inside a sentence too
(``Google has bought ...`` and ``shares in Google``). After "the", a last word stands for the one longer name
ending in it (``The Sacramento Bee`` ... ``the Bee``) and an organisation word for the one name it opens before
"of" or "for" (``The Bank of England`` ... ``the Bank``), and a clipped first word for the one name of two words
it opens (``The Federal Reserve`` ... ``the Fed``). An acronym in brackets after a name is that name (``Office for
National Statistics (ONS)``), and so is one whose letters are the initials of exactly one organisation named before
it (``The Associated Press`` ... ``the AP``). Resolution asks for the organisation named most often before a mention
(ties: the latest), to resolve ``the company``, ``the think-tank``, ``its developers``, ``the ONS``, and ``it`` or
``they`` where no earlier speaker fits.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from analysis.speakers.descriptions import Descriptions
from analysis.speakers.lexicon import PARTY_LABEL, is_acronym, phrase_key
from analysis.speakers.reading import View
from analysis.speakers.records import Person

_NOT_ORGANISATION = frozenset(("title", "role", "country", "place", "modifier"))

SHORT_FORM_WINDOW = 60
"""Tokens back within which "the Times" stands for the name ending in "Times" named last, where several are."""


def _initials(name: str) -> str:
    """The initials of a name's capitalised words (``Institute for Public Policy Research`` -> ``IPPR``)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


class Organisations(View):
    """The organisations one article names, in order.

    Attributes:
        at: the token where each organisation mention starts, in order.
        names: the organisation's display name at each of those tokens (an acronym's full name).
        keys: a lower-case key per mention (an acronym and its full name share one).
    """

    def __init__(self, described: Descriptions, runs: list[tuple[int, int]]) -> None:
        super().__init__(described.reading)
        self.described = described
        self.at: list[int] = []
        self.ends: list[int] = []  # where each organisation mention ends
        self.names: list[str] = []
        self.keys: list[str] = []
        self.types: dict[str, str] = {}  # key -> the type its organisation words give (organisations.csv)
        self.canonical: dict[str, str] = {}  # key -> the name they give, lower case (the key itself if none)
        self._canonical_names: dict[str, str] = {}  # such a name, lower case -> as written
        self._parties: set[str] = set()  # keys of parties: a name given by organisations.csv to a word of no type
        self.full: dict[str, str] = {}  # acronym or short form -> full name
        self._person_like: dict[Person, bool] = {}
        self._by_initials: dict[str, set[str]] = {}  # initials of the capitalised words -> names of 2+ words
        self._by_last_word: dict[str, set[str]] = {}  # last word, lower case -> names of 2+ words
        self._by_first_word: dict[str, set[str]] = {}  # the organisation word before "of" or "for" -> those names
        self._by_opening_word: dict[str, set[str]] = {}  # first word, lower case -> names of two words
        self._find(runs)
        self.counts = Counter(self.keys)

    def _is_person(self, r0: int, r1: int) -> bool:
        """Does a person's name stand in tokens [r0, r1): a given name, a family name written first, a title or
        a role the article gives?"""
        for k in range(r0, r1):
            hit = self.described.name_at.get(k)
            if hit is not None and self.person_like(hit[0]):
                return True
        return False

    def _country_branch(self, r0: int, r1: int, marks: list[str]) -> bool:
        """Is the run [r0, r1) a name of two or more words of its own and a country or place after it, nothing
        else marked ("Open Doors USA", "Amnesty International UK"): an organisation's branch, no place?"""
        return r1 - r0 >= 3 and marks[-1] in ("country", "place") and not any(marks[:-1]) \
            and sum(self.function(k) is None for k in range(r0, r1 - 1)) >= 2

    def person_like(self, person: Person) -> bool:
        """Does something mark this name as a person's: a known given name, a family name written first, a title or
        a role the article gives? ("Norvex", "Norvex Energy" and "Unilever" have none.)"""
        found = self._person_like.get(person)
        if found is None:
            lex = self.lex
            found = self._person_like[person] = person.key[0] in lex.given or person.key[0] in lex.family_first \
                or any(d.role or d.source in ("party", "title") for d in self.described.descriptors(person))
        return found

    def _joined(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Runs joined across the small words inside organisation names ("Office for National Statistics")."""
        out: list[tuple[int, int]] = []
        for r0, r1 in runs:
            if out and out[-1][1] + 1 == r0 and self.low[r0 - 1] == "of" and out[-1][1] - out[-1][0] == 1 \
                    and self.low[out[-1][0]].endswith("s") and self.written_in_lower_case(self.low[out[-1][0]]):
                out.append((r0, r1))  # "Shares of Capital One Financial Corp.": a plural noun opening the sentence
                continue
            if self.function(r0) == "time":
                out.append((r0, r1))  # "the Status of Forces Agreement on Dec. 14": a date, no part of the name
                continue
            if out and out[-1][1] + 1 == r0 and (self.low[r0 - 1] in self.lex.org_joiners or self.word[r0 - 1] == "&"):
                out[-1] = (out[-1][0], r1)  # "Office for National Statistics", "AT&T", "Johnson & Johnson"
            elif out and out[-1][1] + 2 == r0 and self.low[r0 - 2] in self.lex.org_joiners \
                    and self.low[r0 - 1] == "the":
                out[-1] = (out[-1][0], r1)
            else:
                out.append((r0, r1))
        return out

    def _find(self, runs: list[tuple[int, int]]) -> None:
        word, kind, mark_kind = self.word, self.kind, self.mark_kind
        joined = []
        for r0, r1 in self._joined(runs):
            while r0 < r1 and self.function(r0) is not None:
                r0 += 1  # "The Liberal Democrats": the determiner is no part of the name
            joined.append((r0, r1))
        # a run that opens a sentence counts when the article writes it inside a sentence too ("Google has bought
        # ...", then "shares in Google"): a capital there is no sign of a name
        inside = {self.span_text(r0, r1).lower() for r0, r1 in joined if r0 < r1 and r0 > 0
                  and self.sent(r0 - 1) == self.sent(r0) and self.kind[r0 - 1] != "quote"}
        for r0, r1 in joined:
            if r0 >= r1 or self._is_person(r0, r1) and mark_kind[r1 - 1] != "org":
                continue  # a person's name, but not one before an organisation word ("General Electric Co.")
            marks = [mark_kind[k] for k in range(r0, r1)]
            if all(m in _NOT_ORGANISATION for m in marks if m) and any(marks) and "org" not in marks \
                    and not self._country_branch(r0, r1, marks):
                continue  # a place, a country, a title or role
            starts_sentence = r0 == 0 or self.sent(r0 - 1) != self.sent(r0) or self.kind[r0 - 1] == "quote"
            # (a quotation opens with a capital too: '"Interesting how the U.S. sells ...," it read')
            acronym = r1 - r0 == 1 and is_acronym(word[r0]) and kind[r0] == "word"
            name = self.span_text(r0, r1)
            given = self.full_name_given(r0) if self.mark_start[r0] == r0 and self.mark_end[r0] == r1 else None
            if given is not None:
                name = given  # "Tory delegates", "the Lib Dems": Conservative Party, Liberal Democrats
                entry = self.lex.phrases.get(tuple(name.lower().split()))
                if entry is not None and entry[0] == "org" and entry[1].type:
                    self.types.setdefault(name.lower(), entry[1].type)  # the type of the name it stands for
            contraction = self.low[r0].replace("\u2019", "'").partition("'")
            if r1 - r0 == 1 and contraction[1] and contraction[0] in self.lex.pronouns:
                continue  # "I've", "We'll": a pronoun, always written so
            if r1 - r0 == 1 and (PARTY_LABEL.match(word[r0])
                                 or r0 > 0 and self.low[r0 - 1] in ("last", "next", "early", "late")):
                continue  # a party label ("D-Mo."), a month after "last" ("last May after it pledged")
            if starts_sentence and name.lower() in inside:
                starts_sentence = False
            if not ("org" in marks or acronym or (r1 - r0 >= 2 and not starts_sentence)
                    or (r1 - r0 == 1 and not starts_sentence and len(word[r0]) > 2)):
                continue
            key = name.lower()
            if acronym and name not in self.full:
                spelt = self._spelt_out(name)
                if spelt is not None:
                    self.full[name] = spelt  # "The Associated Press ... the AP"
            if acronym and name in self.full:
                key, name = self.full[name].lower(), self.full[name]
            elif r1 - r0 == 1 and r0 > 0 and self.low[r0 - 1] == "the" \
                    and (longer := self._ending_in(key, r0)) is not None \
                    and not (mark_kind[r0] == "org" and self.mark_value[r0].type == "official"):
                # (not "the House" after "the White House": a listed institution of the state is one of its own)
                self.full[name] = longer  # "The Sacramento Bee ... the Bee"
                key, name = longer.lower(), longer
            elif r1 - r0 == 1 and r0 > 0 and self.low[r0 - 1] == "the" and mark_kind[r0] == "org" \
                    and len(self._by_first_word.get(key, ())) == 1:
                self.full[name] = next(iter(self._by_first_word[key]))  # "The Bank of England ... the Bank"
                key, name = self.full[name].lower(), self.full[name]
            elif r1 - r0 == 1 and r0 > 0 and self.low[r0 - 1] == "the" and mark_kind[r0] != "org" \
                    and (longer := self._clipped_from(key)) is not None:
                self.full[name] = longer  # "The Federal Reserve ... the Fed"
                key, name = longer.lower(), longer
            elif r1 + 2 < self.n and self.word[r1] == "(" and is_acronym(self.word[r1 + 1]) \
                    and self.word[r1 + 2] == ")":
                self.full[self.word[r1 + 1]] = name  # "Office for National Statistics (ONS)"
            self.at.append(r0)
            self.ends.append(r1)
            self.names.append(name)
            self.keys.append(key)
            if not self.types.get(key):
                self.types[key] = self._type(r0, r1)
            if key not in self.canonical:  # the name its organisation words give ("Tories": Conservative Party)
                given = next((self.mark_value[k] for k in range(r0, r1)
                              if mark_kind[k] == "org" and self.mark_value[k].name), None)
                given_name = given.name if given is not None else name
                if given is not None and not given.type:  # "Lib Dems": Liberal Democrats, a party
                    self._parties.add(key)
                self.canonical[key] = given_name.lower()
                self._canonical_names[given_name.lower()] = given_name
            if " " in name:
                self._by_initials.setdefault(_initials(name), set()).add(name)
                words = key.split()
                if len(words) == 2:  # (not "Federal Open Market Committee" for "the Fed": a body of the Fed)
                    self._by_opening_word.setdefault(words[0], set()).add(name)
                head = next((k - 1 for k in range(r0 + 1, r1) if self.low[k] in ("of", "for")), -1)
                if head >= r0 and mark_kind[head] == "org":  # "Bank of England", "Reserve Bank of Australia"
                    self._by_first_word.setdefault(self.low[head], set()).add(name)
                if not {"and", "&", "of"} & set(words) and words[0] not in self.lex.given:
                    # not "Associated Press and The New York Times", "Supremacy Clause of the Constitution",
                    # "Glenn Greenwald of The Guardian": the last word alone names another thing there
                    self._by_last_word.setdefault(words[-1], set()).add(name)

    def _ending_in(self, word: str, at: int) -> str | None:
        """The name of several words ending in ``word`` (lower case) that "the" and that word alone stand for at
        token ``at``: the only such name the article gives before, else the one named last within
        ``SHORT_FORM_WINDOW`` tokens ("the Los Angeles Times on Oct. 27. The Times says", after "The New York
        Times" earlier), else None."""
        found = self._by_last_word.get(word, ())
        if len(found) == 1:
            return next(iter(found))
        for k in range(len(self.at) - 1, -1, -1):
            if at - self.at[k] > SHORT_FORM_WINDOW:
                break
            if self.names[k] in found:
                return self.names[k]
        return None

    def _clipped_from(self, word: str) -> str | None:
        """The one name of two words named before whose first word the word (lower case, three letters or more)
        clips: "Fed" for "Federal Reserve"; None where none or several are."""
        if len(word) < 3:
            return None
        found = {name for first, names in self._by_opening_word.items()
                 if len(first) > len(word) and first.startswith(word) and first[len(word)].isalpha()
                 for name in names}  # (not "Trump" for "Trump-skeptical Republicans")
        return next(iter(found)) if len(found) == 1 else None

    def _type(self, r0: int, r1: int) -> str:
        """What the organisation named in tokens [r0, r1) is: the type of its organisation words
        (``organisations.csv``), else that of an organisation noun right before it ("consumer goods giant
        Unilever", "broadcaster Channel 4"; ``open`` after "group"), else ``""``."""
        for k in range(r0, r1):
            if self.mark_kind[k] == "org" and self.mark_value[k].type:
                return self.mark_value[k].type
        noun = self.low[r0 - 1] if r0 else ""
        return self.lex.names_types.get(noun) \
            or {"business": "business", "media": "media", "any": "other"}.get(self.lex.organisation_nouns.get(noun), "")

    def type_of(self, name: str) -> str:
        """The type the article gives an organisation ("consumer goods giant Unilever": ``business``), else ``""``
        (none, or one the noun before it leaves open)."""
        known = self.types.get(name.lower(), "")
        return "" if known == "open" else known

    def _spelt_out(self, acronym: str) -> str | None:
        """The organisation named earlier whose capitalised words' initials spell the acronym (``AP`` ->
        ``Associated Press``, ``IPPR`` -> ``Institute for Public Policy Research``), if exactly one does."""
        letters = acronym.replace(".", "")
        if len(letters) < 2:
            return None
        found = self._by_initials.get(letters, ())
        return next(iter(found)) if len(found) == 1 else None

    def full_name(self, short: str) -> str | None:
        """The full name an acronym or a short form stands for in this article (``ONS`` -> ``Office for National
        Statistics``, ``Bee`` -> ``Sacramento Bee``)."""
        return self.full.get(short)

    def salient_before(self, a: int, *, window: int, noun: str = "", kind: str = "any",
                       speakers: frozenset[str] = frozenset(),
                       last_speaker: str = "", subject: str = "") -> str | None:
        """The organisation a description before token ``a`` most likely means (within ``window`` tokens): one
        whose name holds ``noun`` ("the committee" -> "House Intelligence Committee"), else one of a known type or
        several words named earlier in the mention's sentence ("General Electric Co. shares rose after the company
        said"), else the organisation standing as subject of its sentence or the one before (``subject``, lower
        case: "The Heath Alliance lost its bid when the Appeal Court ruled ... But the group says"), else the
        organisation that spoke last, if lately (``last_speaker``, lower case: "RT said ... The
        Daily Courier reports that ... The paper adds"), else one that has spoken (``speakers``), else one of the noun's type ("the magazine" ->
        "Mobile PC", named after "magazine"), else the first the article names (its subject, as a rule), the most
        often named among equals.

        ``kind`` (``organisation_nouns.csv``) says which organisations the noun may mean besides those whose name
        holds it: none (``name``), or those of its type (``business``, ``media``; ``any`` type), where an
        organisation of unknown type counts only when the article names it twice, spells it as an acronym or
        lets it speak ("the company" is not a capitalised word named once in passing), or the noun before its name
        leaves its type open ("engineering group Jarvis"). A party's word ("Republican", "Georgia Democrats") is
        none of them."""
        k = bisect_left(self.at, a)
        sentence = self.sent(a)
        seen: dict[str, tuple[bool, bool, bool, bool, bool, bool, int, int]] = {}
        latest: dict[str, int] = {}
        by_name: set[str] = set()  # keys whose organisation's name holds the noun, not their own words
        for i in range(k):
            if a - self.at[i] > window:
                continue
            key = self.keys[i]
            own, by_name_only = self._holds(noun, key)
            holds = own or by_name_only
            if not holds and (self._party_word(i) or not self._may_mean(key, self.names[i], kind, speakers)):
                continue
            latest[key] = i
            same = self.sent(self.at[i]) == sentence and (bool(self.types.get(key)) or " " in self.names[i])
            # (a typed or several-word name: "General Electric Co. shares rose after the company said")
            typed = kind not in ("any", "name") and self.types.get(key) == kind  # "by US magazine Mobile PC"
            if key not in seen or same and not seen[key][1]:
                seen[key] = (holds, same, key == subject, key == last_speaker, key in speakers, typed, -i,
                             self.counts[key])
            if by_name_only:
                by_name.add(key)
        if not seen:
            return None
        best = max(seen, key=lambda key: seen[key])
        if best in by_name:  # "Arundel and South Downs Tories ... The party": the Conservative
            return self._canonical_names.get(self.canonical[best], self.names[latest[best]])  # Party its name says
        return self.names[latest[best]]

    def may_mean(self, key: str, name: str, noun: str, kind: str) -> bool:
        """May a description headed by the noun (of this kind) mean the organisation: its name holds the noun, or
        it may by its type (see :meth:`salient_before`)?"""
        return any(self._holds(noun, key)) or self._may_mean(key, name, kind, frozenset())

    def _holds(self, noun: str, key: str) -> tuple[bool, bool]:
        """Does the organisation's name hold a description's noun: by its own words ("House Intelligence Committee"
        for "the committee"), or only by the name its word-list words give ("Arundel and South Downs Tories":
        Conservative Party, for "the party"; any party's, "the Lib Dems" too, for "the party")?"""
        if not noun:
            return False, False
        own = _headed_by(noun, key) or " " in noun and noun in key
        return own, not own and (_headed_by(noun, self.canonical.get(key, key))
                                 or noun == "party" and key in self._parties)

    def _party_word(self, i: int) -> bool:
        """Does organisation mention i end in a party's word, which names a party by ``organisations.csv``
        ("Republican", "Ohio Democrats", "Tories"): a party's member or members, no organisation a description or
        "it" stands for?"""
        return self._party_token(self.ends[i] - 1)

    def _party_token(self, k: int) -> bool:
        """Is token k a party's word ("Republican", "Tories": ``organisations.csv`` gives it a party's name)?"""
        return self.mark_kind[k] == "org" and bool(self.mark_value[k].name)

    def ending_at(self, end: int) -> int | None:
        """The index of the organisation mention that ends right before token ``end``, or None."""
        i = bisect_left(self.ends, end)
        return i if i < len(self.ends) and self.ends[i] == end else None

    def _may_mean(self, key: str, name: str, kind: str, speakers: frozenset[str]) -> bool:
        """May a description whose noun is of this kind mean an organisation whose name does not hold the noun?"""
        if kind == "name":
            return False
        known = self.types.get(key, "")
        if known:
            return kind == "any" or known in (kind, "open")
        if name.split()[0].lower() in self.lex.given:
            return False  # "Jason": a person's name taken for an organisation
        return self.counts[key] >= 2 or key in speakers or is_acronym(name) or name in self.full.values() \
            or " " in name and self.text.count(name) >= 2  # named again where it opens a sentence

    def subject_before(self, a: int) -> tuple[int, str] | None:
        """The organisation standing as subject of the sentence of token ``a`` (before it), else of the sentence
        before ("The Bank of Albion disagreed. It said ..."), with the token where it is named; None if neither
        has one. A party's members ("Republicans", "Georgia Democrats") are no organisation "it" stands for."""
        k = bisect_left(self.at, a)
        for sentence in (self.sent(a), self.sent(a) - 1):
            for i in range(k - 1, -1, -1):
                if self.sent(self.at[i]) < sentence:
                    break
                # not a party's members ("Republicans have long attacked ... it")
                if self.sent(self.at[i]) == sentence and not self.party_members(i) and self._opens_sentence(i):
                    return self.at[i], self.names[i]
        return None

    def subject_in_next_paragraph(self, a: int) -> tuple[str, str] | None:
        """The first organisation of the paragraph after token ``a``'s standing as subject of its sentence, outside
        quotation marks ("In a new report, the Electoral Commission says ..."), as its key and its name; None if
        there is none."""
        paragraph = self.para(a) + 1
        for i in range(bisect_left(self.at, a), len(self.at)):
            if self.para(self.at[i]) > paragraph:
                return None
            if self.para(self.at[i]) < paragraph:
                continue
            if not self.quoted(self.at[i]) and self._opens_sentence(i) and not self._party_word(i):
                return self.keys[i], self.names[i]
        return None

    def party_members(self, i: int) -> bool:
        """Is the i-th organisation mention a party's members ("Republicans", "Georgia Democrats")?"""
        return self._party_word(i) and self.low[self.ends[i] - 1].endswith("s")

    def names_people(self, i: int) -> bool:
        """Does the i-th organisation mention name people rather than a body: a party's member or members ("the
        California Democrat", "Ohio Republicans") or an office ("Republican Secretary of State", "Chief Justice of
        the Supreme Judicial Court")?"""
        first = self.at[i]
        return self.mark_kind[first] in ("role", "title") or any(map(self._party_token, range(first, self.ends[i])))

    def _opens_sentence(self, i: int) -> bool:
        """Does organisation mention i stand as its sentence's subject: only determiners, conjunctions and adverbs
        before it in the sentence ("But meanwhile the Bank of Albion said"; not "It said Fiat was") and a verb-like
        word after it (``verb_like``: "The BBC ran a trial"), no possessive, role or document ("Its Slimfast brand",
        "Tesla's stock", "The IPPR report" are no subject)?"""
        r0, r1 = self.at[i], self.ends[i]
        first = self.first_token_of_sentence(self.sent(r0))
        comma = r0 - 1
        while comma > first and self.function(comma) in ("determiner", "conjunction", "adverb"):
            comma -= 1
        if comma - first > 1 and self.word[comma] == "," and self.function(first) == "preposition" \
                and not any(self.word[k] in ",;:" for k in range(first + 1, comma)):
            first = comma + 1  # "On its website, National Popular Vote says", "In a new report, the Electoral
            # Commission says", "After Apple said so, Google ...": an opening phrase or clause, then the subject
        if r1 >= self.n or any(self.function(k) not in ("determiner", "conjunction", "adverb") for k in range(first, r0)):
            return False
        return self.kind[r1] not in ("poss", "quote") and self.mark_kind[r1] != "role" and self.verb_like(r1)

    def country_of(self, name: str) -> str | None:
        """The country an organisation's own words give where the article names it ("French Union of Jewish
        Students": France), else the one ``organisations.csv`` gives its name, else None."""
        for k in range(len(self.names) - 1, -1, -1):
            if self.names[k] == name:
                if (country := self.described.country_in(self.at[k], self.ends[k])) is not None:
                    return country
                break
        listed = self.lex.phrases.get(phrase_key(name))
        return listed[1].country or None if listed is not None and listed[0] == "org" else None

    def placed_before(self, a: int, country: str, *, window: int, noun: str, kind: str) -> str | None:
        """The latest organisation named within ``window`` tokens before token ``a`` whose own name opens with the
        country's name or adjective and that a description headed by ``noun`` may mean (:meth:`may_mean`): "the
        French Union of Jewish Students ... Twitter ... the French group" is the union; None if there is none (not
        "the Wuhan Institute of Virology" for "the China health agency", a city being no country's name, nor a list
        "Southwest and American Airlines" for "the US aviation regulator")."""
        for i in range(bisect_left(self.at, a) - 1, -1, -1):
            if a - self.at[i] > window:
                return None
            first = self.at[i]
            if self.mark_kind[first] == "country" and self.mark_value[first] == country \
                    and "and" not in self.low[first:self.ends[i]] and not self._party_word(i) \
                    and self.may_mean(self.keys[i], self.names[i], noun, kind):
                return self.names[i]
        return None

    def latest_before(self, a: int, lo: int) -> str | None:
        """The organisation named last before token ``a`` and at or after token ``lo``."""
        k = bisect_left(self.at, a) - 1
        return self.names[k] if k >= 0 and self.at[k] >= lo else None


def _headed_by(noun: str, name: str) -> bool:
    """Is the noun the head of the organisation's name (lower case): its last word, or the word before its first
    "of", "for" or "on" ("House Intelligence Committee", "University of Chicago", "Committee on Foreign Relations";
    not "Dallas-Fort Worth Hospital Council" for "the hospital")?"""
    words = name.split()
    connector = next((i for i, word in enumerate(words) if word in ("of", "for", "on")), len(words))
    return bool(words) and (words[-1] == noun or 0 < connector < len(words) and words[connector - 1] == noun)
