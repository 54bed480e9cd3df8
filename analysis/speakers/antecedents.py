"""The antecedents of pronouns in pass 3: whom "he", "they", "it" and "who" point back to.

:class:`Antecedents` finds the person, group, organisation or document a pronoun stands for (the rules
``pronoun->recent``, ``pronoun->group`` and ``relative->antecedent``; see :mod:`analysis.speakers.resolution` for
the whole table of rules). It is the part of :class:`analysis.speakers.resolution.Resolver` that reads pronouns,
kept in its own module; the resolver inherits it and owns the state it reads (the people, the mentions resolved so
far).
"""

from __future__ import annotations

from bisect import bisect_left

from analysis.speakers.lexicon import DESCRIPTIVE
from analysis.speakers.offices import WINDOW, OfficeHolders
from analysis.speakers.records import Entity, Person

_COPULAS = frozenset(("is", "was", "are", "were", "be", "been", "being", "remains", "remained", "became", "becomes"))
"""Forms of "be" and its kin: a noun phrase after one describes the subject ("X is a columnist who")."""


_ASKING = frozenset(("asked", "told", "pressed", "questioned", "urged", "asks", "tells"))
"""Verbs whose object is the person spoken to ("Kilmeade asked him", "he told Mr. Cooper")."""

_CLAUSE_OPENERS = frozenset(("when", "while", "because", "since", "although", "though", "if"))
"""Conjunctions after which a plural noun phrase is a clause's subject ("since gun control advocates had a hope of
the legislation they seek"; not "as", mostly a preposition or a comparison: "as many Democrats have asserted")."""


_CONTRACTED = frozenset(("it", "that", "there", "here", "what", "who", "he", "she", "where"))
"""Words whose "'s" is "is" or "has", not a possessive ("it's", "there's")."""


class Antecedents(OfficeHolders):
    """Where a pronoun's antecedent is; a base of the resolver, which sets the state it reads."""

    _pronoun_genders: dict[Person, str]

    def _candidates(self, a: int, gender: str, reported_from: int = -1) -> list[tuple[int, Person | Entity, bool]]:
        """People named before token a (this paragraph and three before, outside quotes and lines in capitals),
        gender permitting; not one named from ``reported_from`` on, in the words a set-off "he said" reports, who has
        not spoken."""
        first_para = self.para(a) - 3
        out: list[tuple[int, Person | Entity, bool]] = []
        for k in range(bisect_left(self.name_order, a) - 1, -1, -1):
            idx = self.name_order[k]
            if self.para(idx) < first_para or a - idx > WINDOW:
                break
            person = self.name_at[idx][0]
            if self.quoted(idx) or not self.described.confirmed(person, self.heads) \
                    or (not person.key[0] and self.described.common_noun(person)) or self._transcript_label(idx) \
                    or self._name_as_modifier(idx) or self.in_capitals_line(idx):
                continue
            if 0 <= reported_from <= idx:
                continue  # named in the words a set-off "he said" reports ("Williams, he said, was held"): no speaker
            if gender and self._gender(person) not in ("", gender):
                continue
            out.append((idx, person, False))
        for idx, entity in reversed(self.history):
            if idx >= a or self._transcript_label(idx) or self.in_capitals_line(idx):
                continue  # (a transcript's label, "ABC's RICK KLEIN:", speaks as "I": "he" in its turn is another)
            if self.para(idx) < first_para or a - idx > WINDOW:
                break
            if isinstance(entity, Person):
                if not gender or self._gender(entity) in ("", gender):
                    out.append((idx, entity, True))
            elif entity.person and entity.number == "sg" and entity.gender in ("", gender):
                out.append((idx, entity, True))  # "The woman disputes ... she said"
        out.sort(key=lambda c: c[0])
        return out

    def _name_as_modifier(self, idx: int) -> bool:
        """Does the name at token idx modify a noun after an article ("Chief Justice John Roberts, a George W. Bush
        appointee. He asked ...", "an Obama administration official"), naming no one who could be "he" or "she"? The
        word after the name is lower case and no verb (no function word, cue form, past form or form in -ed)."""
        end = self.name_at[idx][1] if idx in self.name_at else idx + 1
        if not self._as_modifier(idx) or end >= self.n or self.kind[end] != "word":
            return False
        return self._lower_noun(end)

    def _transcript_label(self, idx: int) -> bool:
        """Is token idx inside a label in capitals that opens its sentence before a colon ("AMY GOODMAN:", "ABC's
        RICK KLEIN:"), the way transcripts and page furniture name a speaker or a heading?"""
        first = self.first_token_of_sentence(self.sent(idx))
        colon = next((k for k in range(idx, min(self.n, first + 8)) if self.word[k] == ":"), -1)
        return colon > idx and all(self.kind[k] == "poss" or not any(c.islower() for c in self.word[k])
                                   for k in range(first, colon))

    def _gender(self, person: Person) -> str:
        """A person's gender from the article's words about them, else from a he/she already resolved to them."""
        return self.described.gender(person) or self._pronoun_genders.get(person, "")

    def _owner_of_next(self, idx: int, cands: list[tuple[int, Person | Entity, bool]]) -> bool:
        """Is the name at token idx the possessor of a role whose holder the next candidate names, within six
        tokens ("Trump's national security adviser, H.R. McMaster, ... he said": McMaster, the subject; not
        "Trump's instincts were right. He ...")?"""
        end = self.name_at[idx][1] if idx in self.name_at else idx + 1
        return end < self.n and self.kind[end] == "poss" and any(idx < c[0] <= end + 6 for c in cands)

    def _word_before(self, idx: int) -> int:
        """The token before the mention at token idx, its titles and roles skipped (-1 at the text's start)."""
        j = idx - 1
        while j >= 0 and self.mark_kind[j] in DESCRIPTIVE and self.kind[j] != "punct":
            j -= 1
        return j

    def _after_preposition(self, idx: int) -> bool:
        j = self._word_before(idx)
        return j >= 0 and self.function(j) in ("preposition", "possessive")

    def _after_verb(self, idx: int) -> bool:
        """Does the mention at token idx follow a verb in -ed or a cue's form, its titles and roles skipped ("denied
        Mr Yeo")?"""
        j = self._word_before(idx)
        return j >= 0 and self.kind[j] == "word" and self.word[j].islower() and self.function(j) is None \
            and self._past_or_cue_form(j)

    def _antecedent(self, a: int, gender: str, reported_from: int = -1) -> Person | Entity | None:
        """he/she: a compatible person earlier in the sentence, else in the closest sentence before that has one
        in a subject's place (a person after a preposition, "his relationship with Gordon Brown", is passed over
        for the subject of an earlier sentence); the closest candidate when no sentence has a subject."""
        cands = self._candidates(a, gender, reported_from)
        addressee = self._addressee_after(a)
        if addressee is not None:  # '"Yes," he told Mr. Cooper': not Cooper, whom he tells
            cands = [c for c in cands if c[1] is not addressee]
        asked = self._asked_before(a, gender)
        if asked is not None:  # "Kilmeade asked him if Trump ..., and he replied": the one asked, named before "him"
            cands = [c for c in cands if c[1] is not asked[1] and c[0] < asked[0]]
        if not cands:
            return None
        sent = self.sent(a)
        same = [c for c in cands if self.sent(c[0]) == sent]
        if same:
            return self._pick_in_sentence(same)
        by_sentence: dict[int, list[tuple[int, Person | Entity, bool]]] = {}
        for cand in cands:
            by_sentence.setdefault(self.sent(cand[0]), []).append(cand)
        for number in sorted(by_sentence, reverse=True):
            picked = self._subject_in_sentence(by_sentence[number])
            if picked is not None:
                return picked
        return self._pick_in_sentence(by_sentence[max(by_sentence)])

    def _addressee_after(self, a: int) -> Person | None:
        """The person the pronoun at token a tells or asks, named right after the verb, titles and an outlet's
        possessive between ("he told Mr. Cooper", "she told CNN's Jake Tapper"); None elsewhere."""
        if a + 2 >= self.n or self.low[a + 1] not in _ASKING:
            return None
        for k in range(a + 2, min(self.n, a + 6)):
            if self.sent(k) != self.sent(a):
                return None
            hit = self.name_at.get(k)
            if hit is not None and hit[1] < self.n and self.kind[hit[1]] != "poss":
                return hit[0]
            if not (self.mark_kind[k] == "title" or self.is_cap(k) or self.kind[k] == "poss"):
                return None
        return None

    def _asked_before(self, a: int, gender: str) -> tuple[int, Person] | None:
        """Where "him" or "her" (of the pronoun's gender) is asked or told by a person named right before the verb,
        earlier in the pronoun's sentence ("Brian Kilmeade asked him if ..., and he replied"), with that person;
        else None."""
        objective = {"m": "him", "f": "her"}.get(gender)
        first = self.first_token_of_sentence(self.sent(a))
        for k in range(a - 1, first + 1, -1):
            if self.low[k] == objective and self.low[k - 1] in _ASKING:
                verb = k - 1 - (self.low[k - 2] == ",")  # ("The host, Dan Cole, told him")
                i = bisect_left(self.name_order, verb) - 1  # the last name starting before the verb
                start = self.name_order[i] if i >= 0 else -1
                if start >= first and self.name_at[start][1] == verb:
                    return k, self.name_at[start][0]
                return None
        return None

    def _subject_in_sentence(self, cands: list[tuple[int, Person | Entity, bool]]) -> Person | Entity | None:
        """The speaker already attributed in the sentence, else its first person in a subject's place."""
        mentioned = [c for c in cands if c[2]]
        if len(mentioned) > 1:  # "Mr Howard denied Mr Yeo ... said the plans "stink". He also said": the speaker of
            # the sentence, not one whose words it reports after its verb
            mentioned = [c for c in mentioned if not self._after_verb(c[0])] or mentioned
        if mentioned:
            return mentioned[-1][1]
        opening = self._opening_clause_end(cands[0][0])
        subjects = [c for c in cands if c[0] >= opening and not self._after_preposition(c[0])
                    and not self._owner_of_next(c[0], cands)]
        return subjects[0][1] if subjects else None

    def _pick_in_sentence(self, cands: list[tuple[int, Person | Entity, bool]]) -> Person | Entity:
        """The speaker already attributed in the sentence, else its first person that is not in an opening
        adverbial ("After meeting X, Y said he ...") nor after a preposition, else its first person."""
        return self._subject_in_sentence(cands) or cands[0][1]

    def _opening_clause_end(self, i: int) -> int:
        """The token after the comma closing a sentence-initial adverbial clause around token i, else 0."""
        first = self.reading.sentence_start_token(i)
        end = self._after_opening(first, self.n, participles=False) if first < self.n else first
        return end if end > first else 0

    def _after_opening(self, first: int, limit: int, *, participles: bool) -> int:
        """The token after the comma, within 25 tokens and before ``limit``, that closes a phrase opening at token
        ``first`` with a preposition or conjunction ("In a tweet Sunday,", "When he arrived,"), or with a
        participle when ``participles`` ("Asked by X if ...,", "Speaking to reporters,"; not a given name: "Ted");
        else ``first``."""
        low = self.low[first]
        if self.function(first) not in ("preposition", "conjunction") and not (
                participles and low.endswith(("ed", "ing")) and low not in self.lex.given):
            return first
        comma = next((k for k in range(first, min(limit, first + 25)) if self.word[k] == ","), None)
        return comma + 1 if comma is not None else first

    def _relative_antecedent(self, a: int) -> Person | None:
        """who/which: the person named last before the pronoun in the same sentence."""
        sent = self.sent(a)
        k = bisect_left(self.name_order, a) - 1
        if k < 0 or self.name_order[k] < a - 30 or self.sent(self.name_order[k]) != sent:
            return None
        return self.name_at[self.name_order[k]][0]

    def _name_ends_at(self, k: int) -> bool:
        """Does a person's name end at token k, or before an appositive set off by a comma that ends there ("Susan
        Rice, the U.S. ambassador to the United Nations, who called")?"""
        i = bisect_left(self.name_order, k + 1) - 1
        if i < 0:
            return False
        end = self.name_at[self.name_order[i]][1]
        return end == k + 1 or end <= k and k - end <= 12 and self.word[end] == "," and not any(
            self.word[j] == "," or self.word[j].islower()
            and (self._past_or_cue_form(j) or self.low[j] in self.lex.modals) for j in range(end + 1, k + 1))

    def named_with_same_words(self, a: int, core: int) -> Person | None:
        """The person the same possessive and role (tokens [a, core): "his grandson", "her spokesman") named before
        token ``a``, set off by commas beside a name ("said his grandson, David Eisenhower, a historian", "Sergio
        Gor, his spokesman"): the same words mean the same person; None if they named none, or more than one."""
        words, size = self.low[a:core], core - a
        found: set[Person] = set()
        for k in range(a - size, -1, -1):
            if self.low[k:k + size] != words:
                continue
            after = k + size
            if after + 1 < a and self.word[after] == "," and after + 1 in self.name_at:
                end = self.name_at[after + 1][1]
                if end >= self.n or self.word[end] in (",", ".", ";", ")"):  # set off: not "At the direction
                    found.add(self.name_at[after + 1][0])  # of her attorney, Mike Pence aide Jennifer Williams"
            elif k >= 2 and self.word[k - 1] == ",":
                i = bisect_left(self.name_order, k - 1) - 1
                if i >= 0 and self.name_at[self.name_order[i]][1] == k - 1:
                    found.add(self.name_at[self.name_order[i]][0])
        return next(iter(found)) if len(found) == 1 else None

    def _unnamed_source_just_before(self, a: int) -> Entity | None:
        """The unnamed person who spoke last, in this paragraph or the one before, when no name came between outside
        quotation marks: the antecedent of a singular "they" ("A source close to Johnson said: ... They added")."""
        if not self.history:
            return None
        idx, entity = self.history[-1]
        if not (isinstance(entity, Entity) and entity.person and entity.number == "sg" and not entity.gender) \
                or idx >= a or self.para(a) - self.para(idx) > 1:
            return None
        names = self.name_order[bisect_left(self.name_order, idx + 6):bisect_left(self.name_order, a)]
        return None if any(not self.quoted(k) for k in names) else entity

    def _person_head(self, k: int) -> bool:
        """Is token k the head of a phrase naming people: a person's role or a share ("percent")?"""
        return self.mark_kind[k] == "role" and not self.mark_value[k].document or self.low[k] in ("percent", "per cent")

    def relative_noun_phrase(self, a: int) -> tuple[int, int] | None:
        """who/which: the common noun phrase right before it, as a token range ("a Russian lawyer who promised",
        "the official, who asked", "the 70 percent who said", "top officials at the Treasury who predicted"; after a
        name set off by a comma, the whole phrase the name closes: "many members of Congress, who"), its head a
        person's role or a share of people; None where the person named before answers: a name before it, a
        description of that name ("Sanders, a Vermont senator who", "Daniels the actress who", "Nancy Garcia, a
        U.S. citizen from Milwaukee, who") or a predicate ("Raffensperger is the official who decides"), and a group
        named in capitals ("the share of Americans who")."""
        k = a - 1
        comma = k >= 0 and self.word[k] == ","
        k -= comma
        if k < 1 or self.kind[k] != "word":
            return None
        set_off = False  # the name before "who" is set off by a comma ("many members of Congress, who")
        if self.word[k][:1].isupper():  # "officials at the Treasury who", "many members of Congress, who": the
            if self.low[k].endswith("s") and not self.low[k].endswith(("ss", "us")):  # noun before the preposition
                return None
            name_end = k + 1
            k = self._before_preposition(k)
            if k < 0:
                return None
            set_off = comma
        np = self._common_noun_phrase(k)
        if set_off and np is not None and self._set_off_before(np[0]):
            return None  # (an appositive of the name before it: "Sondland, the U.S. ambassador to the EU, who")
        if set_off and np is not None and self._person_head(k):
            return np[0], name_end  # the whole phrase: "the president of the Libyan National Assembly, who"
        if np is not None and not comma and not self._person_head(k) and np[0] - 2 > 0 \
                and self.low[np[0] - 1] == "of" and self.kind[np[0] - 2] == "word" and self._person_head(np[0] - 2):
            owner = self._common_noun_phrase(np[0] - 2)  # "the owner of the property who decides": the role
            if owner is not None:  # before "of" heads the phrase
                np, k = (owner[0], np[1]), np[0] - 2
        if np is None or not self._person_head(k):
            return None  # "a man on death row, who", "critics, of course, who": no person before "who"
        before = np[0] - 1 - (np[0] > 1 and self.word[np[0] - 1] in (",", "\u2014", "--", "\u2013"))
        while before > 0 and self.function(before) == "adverb":
            before -= 1  # "is also the adviser who"
        in_name = self.word[np[0]][:1].isupper() and self.function(before) == "preposition" \
            and before > 0 and self.word[before - 1][:1].isupper()  # "a University of North Carolina professor who"
        if before >= 0 and (in_name or self.word[before][:1].isupper() and self.function(before) is None
                            or self.low[before] in _COPULAS
                            or self.low[before] == "of" and before > 0 and self.low[before - 1] in ("those", "that")):
            return None  # "Sanders, a Vermont senator who", "Trump -- a man who", "he is a columnist who"
        return np

    def _set_off_before(self, k: int) -> bool:
        """Does a comma, bracket or dash stand before the noun phrase opening at token k, past at most four
        determiners and capitalised modifiers ("Nancy Garcia, a U.S. citizen")?"""
        j = k - 1
        while j > 0 and k - j <= 4 and (self.is_cap(j) or self.kind[j] == "abbr"
                                         or self.function(j) == "determiner"):
            j -= 1
        return j >= 0 and self.word[j] in (",", ")", "\u2014", "--", "\u2013")

    def _before_preposition(self, k: int) -> int:
        """The token before the preposition that opens the name ending at token k ("at the Treasury"), or -1."""
        run = k
        while run > 0 and k - run < 5 and self.kind[run - 1] == "word" and self.word[run - 1][:1].isupper():
            run -= 1
        run -= run > 0 and self.low[run - 1] == "the"
        if run < 2 or self.function(run - 1) != "preposition":
            return -1
        return run - 2

    def _common_noun_phrase(self, k: int) -> tuple[int, int] | None:
        """The noun phrase whose head is the lower-case common noun at token k ("a Russian lawyer", "the 70
        percent"), else None."""
        opening = k == self.first_token_of_sentence(self.sent(k)) and self.word[k][1:].islower()  # "Migrants, ..."
        if k < 0 or self.kind[k] != "word" or not (self.word[k].islower() or opening) or self.function(k) is not None \
                or self.low[k].endswith(("ed", "ing", "ly")):
            return None
        start = k
        while start > 0 and k - start < 8:
            before = start - 1
            function = self.function(before)
            if self.kind[before] == "poss" and before > 0:  # "the state's chief elections official"
                if self.low[before - 1] in _CONTRACTED:
                    break  # "right now it's 800,000 government workers who": "it is", no owner
                start = before - 1
                continue
            lower = self.word[before].islower()
            if self.kind[before] not in ("word", "num") or self.low[before].endswith(("ed", "ing")) \
                    or self.sent(before) != self.sent(k) \
                    or function not in (None, "determiner", "possessive", "adverb", "conjunction", "number") \
                    or function == "conjunction" and (self.low[before] not in ("and", "or")
                                                      or not self.word[before - 1].islower()) \
                    or function is None and lower and not self.word[start].islower() \
                    and self.mark_kind[before] not in DESCRIPTIVE:  # "irritate White House aides", not "former"
                break
            start = before
            if function in ("determiner", "possessive"):
                break
        while self.function(start) in ("adverb", "conjunction"):
            start += 1  # "only", "also" before the phrase
        return start, k + 1

    def _relative_group(self, a: int) -> str | None:
        """who: the plural noun phrase right before it, when no person is ("minority residents, who claim"), as
        written: up to five words back to a determiner, the head a plural."""
        k = a - 1
        if k >= 0 and self.word[k] == ",":
            k -= 1
        plural = self.low[k].endswith("s") and not self.low[k].endswith(("ss", "us"))  # not "the actress who"
        if k < 0 or self.kind[k] != "word" or not (plural or self.low[k] in self.lex.collectives):
            return None
        start = k
        while start > 0 and k - start < 4 and self.kind[start - 1] == "word" and self.function(start - 1) in (
                None, "determiner") and not self.low[start - 1].endswith(("ed", "ing")):
            start -= 1
            if self.function(start) == "determiner":
                break
        return self.span_text(start, k + 1)

    def _group_antecedent(self, a: int, *, plural: bool) -> tuple[int, Entity] | None:
        """they: the last group or organisation source; it: the last organisation or document source; with the
        token where it was named."""
        first_para = self.para(a) - 3
        for idx, entity in reversed(self.history):
            if idx >= a or not isinstance(entity, Entity):
                continue
            if self.para(idx) < first_para or a - idx > WINDOW:
                break
            named = entity.speaker is None or entity.speaker.named  # not "her campaign ... they say"
            if (plural and (entity.number == "pl" or entity.kind == "org" and named)) or \
                    (not plural and entity.kind in ("org", "doc") and entity.number != "pl"):  # not "Creditors" for it
                return idx, entity
        return None

    def _group_just_before(self, a: int) -> Entity | None:
        """one: the unnamed plural source of the sentence before or this one, when it is the last source ("..., said
        two people familiar with his comments. One said ..."); else None (the writer's or reader's "one")."""
        if not self.history or a + 1 < self.n and self.low[a + 1] in self.lex.modals:
            return None  # "One would think", "One can say": anyone
        idx, entity = self.history[-1]
        if not isinstance(entity, Entity) or entity.number != "pl" or entity.kind == "org" or idx >= a \
                or self.sent(a) - self.sent(idx) > 1:
            return None
        return entity

    def people_joined_before(self, a: int) -> tuple[int, int] | None:
        """they: two people named as one subject at the start of the sentence or the one before ("Michael Howard
        and frontbencher John Redwood on Thursday launched new plans. They say ..."), as a token range."""
        for sentence in (self.sent(a), self.sent(a) - 1):
            if sentence < 0:
                continue
            first = self.first_token_of_sentence(sentence)
            first += first < a and self.function(first) == "conjunction"  # "But Lord Justice Rix and ..."
            first += first < a and self.low[first] == "both"
            start = first
            while first < a and self.mark_kind[first] in ("title", "role"):
                first += 1  # "Both Senator Biden and Senator Hagel chided her", "Lord Justice Rix and ..."
            named = self.name_at.get(first)
            if named is None or named[1] >= a or self.low[named[1]] != "and":
                continue
            second = next((k for k in range(named[1] + 1, min(a, named[1] + 5)) if k in self.name_at), None)
            if second is not None and self.name_at[second][1] < a:
                return start, self.name_at[second][1]
        return None

    def plural_subject_before(self, a: int) -> tuple[int, int] | None:
        """they: the last plural noun phrase headed by a person's role that stands as a subject (at the sentence's
        start, after a comma or a conjunction) in the sentence or the one before, outside quotation marks ("The
        downtown activists control the council. When they call ...", "Migrants, most of whom say ..., where
        they hope ..."), by a party's members ("House Republicans") or by organisations ("Five public sector
        unions will hold talks"), or as a passive's agent ("opposed by the Liberal Democrats"); not an object
        ("Police arrested two men. They said") nor after another preposition."""
        lo = self.first_token_of_sentence(max(self.sent(a) - 1, 0))
        for k in range(a - 1, lo - 1, -1):
            if self._party_members(k) and not self.quoted(k):
                np = self._capitalised_phrase(k)  # "Congressional Republicans are opposed ... they vowed"
            elif self._organisations_noun(k) and not self.quoted(k):
                np = self._common_noun_phrase(k)  # "Five public sector unions will hold talks ... They want"
            elif self.mark_kind[k] != "role" or not self.mark_value[k].plural or self.mark_value[k].document \
                    or self.quoted(k) or (k + 1 < self.n and self.mark_kind[k + 1] == "role"):
                continue
            else:
                np = self._common_noun_phrase(k)
            if np is None:
                continue
            before = np[0] - 1
            if before - 1 >= lo and self.low[before] == "of" and self.low[before - 1] in self.lex.group_heads:
                start = before - 1 - (before - 2 >= lo and self.function(before - 2) == "determiner")
                np, before = (start, np[1]), start - 1  # "An array of advocacy groups rallied ... They say"
            if self._party_members(k) and (before >= lo and self.low[before] in ("and", "or")
                                           or k + 1 < self.n and self.low[k + 1] in ("and", "or")):
                continue  # "Democrats and Republicans alike", "between Democrats and Republicans": one of two
            if before < lo or self.sent(before) != self.sent(np[0]) or self.word[before] in (",", ";", ":") \
                    or self.function(before) == "conjunction" or self.kind[before] == "quote" \
                    or self.low[before] in _CLAUSE_OPENERS \
                    or self._passive_agent(before):  # "since gun control advocates had ... they seek"
                return np
        return None

    def _passive_agent(self, by: int) -> bool:
        """Is token ``by`` the "by" of a passive's agent, the clause's logical subject ("is expected to be opposed by
        the Liberal Democrats. They have said ...")?"""
        return self.low[by] == "by" and by > 0 and self.word[by - 1].islower() and self.low[by - 1].endswith("ed") \
            and any(self.low[k] in self.lex.be_forms for k in range(max(0, by - 3), by - 1))

    def described_organisation_before(self, a: int) -> tuple[int, int] | None:
        """it: a definite description of an organisation standing as the subject of the pronoun's sentence (before
        it) or of the sentence before: "the", up to three words, and a head that is an organisation word or noun
        (``organisations.csv``, ``organisation_nouns.csv``), at the sentence's start or after its opening phrase's
        comma, and a verb after it ("Under President Chavez, the Venezuelan government has steadily expanded its
        role. It recently said ..."), as a token range; the latest such, else None."""
        for number in (self.sent(a), self.sent(a) - 1):
            if number < 0:
                continue
            first = self.first_token_of_sentence(number)
            comma = next((k for k in range(first, min(a, first + 12)) if self.word[k] == ","), -1)
            if comma >= 0 and self.function(first) is None and not self.low[first].endswith("ly") \
                    and all(self.is_cap(k) for k in range(first, comma)):
                comma = -1  # "Frontline, the firm that operates ...": a name and its appositive, no opening phrase
            for start in ((comma + 1, first) if comma >= 0 else (first,)):
                if start >= a or self.low[start] != "the" or self.quoted(start):
                    continue
                for head in range(start + 1, min(a - 1, start + 5)):
                    low = self.low[head]
                    if self.kind[head] != "word" or self.function(head) is not None:
                        break
                    if self.verb_like(head + 1) and self.word[head].islower() and (
                            self.mark_kind[head] == "org" or low in self.lex.organisation_nouns):
                        return start, head + 1
        return None

    def _organisations_noun(self, k: int) -> bool:
        """Is token k the plural of a noun of ``organisation_nouns.csv`` in lower case ("unions", "companies"),
        before a verb-like word (``verb_like``)?"""
        low = self.low[k]
        if k + 1 >= self.n or not self.word[k].islower() or not low.endswith("s"):
            return False
        singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
        return singular in self.lex.organisation_nouns and self.verb_like(k + 1)

    def role_subject_before(self, a: int, gender: str) -> tuple[int, int] | None:
        """he/she: a definite description of one person by role ("The pilot", "the former governor") that opens
        the pronoun's sentence as its subject (or the sentence before, when the pronoun tags a quotation opening its
        own, in its paragraph or the one before, or opens its own sentence, in its paragraph: "The prime minister
        ratcheted up ... . He insisted"), a conjunction, an adverb or an opening phrase in commas ("In a
        tweet Sunday,", "Asked by X if ...,") before it or not, gender permitting, with no name between it and the
        pronoun ("The pilot had been holding for 15 minutes, and he requested ..."), as a token range; else
        None."""
        first = self.first_token_of_sentence(self.sent(a))
        if first < a and self.quoted(first) and self.sent(a) > 0 and all(
                self.quoted(k) or self.kind[k] != "word" for k in range(first, a)):
            before = self.first_token_of_sentence(self.sent(a) - 1)  # '"Well, this is bad stuff," he says': the
            if self.para(a) - self.para(before) <= 1:  # tag of a quotation opening its sentence, after one whose
                first = before  # subject the description is ("The President-elect offers no objection.")
        while first < a and self.function(first) in ("conjunction", "adverb"):
            first += 1
        if first == a and self.sent(a) > 0:  # the pronoun opens its sentence: the sentence before, in its paragraph
            before = self.first_token_of_sentence(self.sent(a) - 1)  # ("The prime minister ratcheted up ... . He
            if self.para(before) == self.para(a):  # insisted ..."), with no name between
                first = before
                while first < a and self.function(first) in ("conjunction", "adverb"):
                    first += 1
        if first < a:  # "In a tweet Sunday, the president ...", "Asked by X if ..., the president corrected"
            first = self._after_opening(first, a, participles=True)
        if first + 1 >= a or self.low[first] not in ("the", "this") or self.quoted(first):
            return None
        k = first + 1
        while k < a and self.mark_kind[k] in ("modifier", "country", "place") and self.mark_end[k] > k:
            k = self.mark_end[k]  # "the former", "the Brazilian"
        if k >= a or self.mark_kind[k] != "role" or self.mark_start[k] != k:
            return None
        role, end = self.mark_value[k], self.mark_end[k]
        if role.plural or role.document or gender and role.gender not in ("", gender) or end >= a \
                or self.kind[end] == "poss" or self.mark_kind[end] == "role" \
                or any(k in self.name_at and not self.quoted(k) for k in range(first, a)):
            return None  # ("The senator's aide", "the president Barack Obama said he")
        return first, end

    def country_subject_before(self, a: int) -> tuple[int, str] | None:
        """it: a country that opens the sentence before, or this one before the pronoun, as its subject (its name
        and then a lower-case word: "North Korea has been engaged ...", not "China's economy"), with its token."""
        for number in (self.sent(a), self.sent(a) - 1):
            first = self.first_token_of_sentence(max(number, 0))
            end = self.mark_end[first] if first < a else a
            if first < a and self.mark_kind[first] == "country" and self.mark_start[first] == first and end < a \
                    and self.kind[end] == "word" and self.word[end][:1].islower() \
                    and self.low[end] not in ("and", "or") and not self.quoted(first):  # not "France and Germany
                return first, self.mark_value[first]
        return None

    def _party_members(self, k: int) -> bool:
        """Does token k name a party's members, capitalised and plural ("Republicans", "Democrats", "Tories")?"""
        return self.mark_kind[k] == "org" and bool(self.mark_value[k].name) and self.mark_end[k] == k + 1 \
            and self.is_cap(k) and self.low[k].endswith("s") and (k + 1 >= self.n or not self.is_cap(k + 1))

    def _capitalised_phrase(self, k: int) -> tuple[int, int]:
        """The capitalised words ending at token k, in its sentence, after a determiner if one opens them ("House
        Republicans", "the Senate Democrats"), as a token range."""
        start = k
        while start > 0 and self.sent(start - 1) == self.sent(k) and self.is_cap(start - 1) \
                and self.function(start - 1) is None:
            start -= 1
        if start > 0 and self.sent(start - 1) == self.sent(k) and self.function(start - 1) == "determiner":
            start -= 1
        return start, k + 1
