"""The sources of pass 3 that are no person: organisations named or described, countries, places and documents.

"The State Department said", "the company said", "the Obama administration ... the administration said", "China
said", "a report by the IPPR ... the report said": :class:`NonPersonSources` resolves these by the rules
``organisation``, ``organisation->named``, ``country``, ``place``, ``document->named``, ``document->title`` and (for
"the report" of a source that reported) ``document->owner``, and finds the source "it" may mean when nothing marks
the one before as a person (see :mod:`analysis.speakers.resolution` for the whole table of rules). It is the part of
:class:`analysis.speakers.resolution.Resolver` that reads what is no person, kept in its own module; the resolver
inherits it and owns the state it reads.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from analysis.speakers.antecedents import Antecedents
from analysis.speakers.descriptions import ORDINAL
from analysis.speakers.lexicon import mention_text, phrase_key
from analysis.speakers.offices import WINDOW
from analysis.speakers.organisations import Organisations
from analysis.speakers.records import Entity, Person, Speaker

COLLECTIVE_ROLES = frozenset(("developers", "authors", "makers", "creators", "owners", "founders", "researchers",
                              "bosses", "management", "executives", "designers", "engineers"))
"""Plural roles that, after "its" or "their", speak for the organisation itself ("its developers say")."""

RECENT_SENTENCES = 2
"""How many sentences back the organisation that spoke last counts as the one a description ("the paper") continues."""


_SECOND_PHRASE = frozenset(("determiner", "possessive", "pronoun", "number"))
"""Function-word kinds that open a second noun phrase after "and" in a speaker's mention ("Smith and his wife")."""


class NonPersonSources(Antecedents):
    """Organisations, countries, places and documents as sources; a base of the resolver, which sets the state it
    reads."""

    organisations: Organisations

    def _core_end(self, a: int, b: int) -> int:
        """Where a mention's head noun phrase ends: a comma, a parenthesis, a preposition, a relative pronoun or
        "that" opening a relative clause (not one inside a listed phrase such as "Secretary of State") or a
        participle with its object ("One pastor supporting Mr. Cruz")."""
        for k in range(a + 1, b):
            if self.word[k] in ",(;:":
                return k
            if k + 1 < b and self.low[k].endswith("ing") and self.word[k].isalpha() and self.word[k].islower() \
                    and len(self.word[k]) > 5 and self.kind[k - 1] == "word" and self.function(k - 1) is None \
                    and (self.is_cap(k + 1) or self.function(k + 1) == "determiner"):
                return k  # "One pastor supporting Mr. Cruz": a participle and its object after a noun, not the head
                # (not "a grinning Benenson", "Leicester wing Austin Healey", "20-something Michael Sanders")
            if self.low[k] == "that" and k + 1 < b and self.kind[k - 1] == "word" and self.function(k - 1) is None \
                    and self.word[k + 1].islower() and self.function(k + 1) is None:
                return k  # "A conservation group that filed a lawsuit": "that" opens a relative clause
            if self.function(k) in ("preposition", "pronoun") and self.mark_start[k] == k and self.mark_end[k] == k + 1:
                if self.low[k] in self.lex.org_joiners and self.is_cap(k - 1) and self.mark_kind[k - 1] != "role" \
                        and k + 1 < b and self.is_cap(k + 1):
                    continue  # "Director of Government Affairs Phil Smith", "Council on American-Islamic ..."
                return k
        return b

    def joins_phrase(self, k: int, *, named: bool = True) -> bool:
        """Is token k an "and" that opens a second noun phrase, by a determiner, a possessive, a pronoun or a number
        ("and others", "and his wife", "and two aides"; not one person's second role, "and political analyst")?
        ``named``: "the" may open it ("the FAO and the WFP")."""
        return self.low[k] == "and" and k + 1 < self.n and self.function(k + 1) in _SECOND_PHRASE \
            and (named or self.low[k + 1] != "the")

    def joined_phrases(self, a: int, core: int, *, named: bool = True) -> bool:
        """Does "and" join two noun phrases in a mention's head (tokens [a, core); :meth:`joins_phrase`)?"""
        return any(self.joins_phrase(k, named=named) for k in range(a + 1, core))

    def organisation_before_relative(self, a: int) -> tuple[int, int] | None:
        """who/which: the organisation named right before it, its acronym in brackets and a comma between ("the Music
        Managers' Forum (MMF), who say"), as a token range; None where it closes a longer phrase, after a preposition
        other than "by" ("a professor at Harvard University, who"), or names people ("the California Democrat, who",
        "Democrats on Capitol Hill, who", "Republican Secretary of State Colin Powell, who")."""
        k = a - 1 - (a > 0 and self.word[a - 1] == ",")
        if k >= 2 and self.word[k] == ")" and self.word[k - 2] == "(" and self.word[k - 1].isupper():
            k -= 3
        i = self.organisations.ending_at(k + 1)
        if i is None:
            return None
        start = self.organisations.at[i]
        before = start - 1 - (start > 0 and self.low[start - 1] == "the")
        if before >= 0 and (self.function(before) == "preposition" and self.low[before] != "by"
                            or self.kind[before] in ("word", "poss") and self.is_cap(before)) \
                or self.organisations.names_people(i):
            return None
        return start, k + 1

    def _organisation_after_noun(self, a: int, b: int) -> tuple[Speaker, Entity] | None:
        """An organisation named after the noun that says what it is, ending the mention's head ("German car maker
        BMW", "investment bank Goldman Sachs", "budget airline Ryanair": ``organisation_nouns.csv``, not the nouns
        of institutions, which stand inside names: "the committee")."""
        core = self._core_end(a, b)
        k = core
        while k > a and (self.is_cap(k - 1) and self.function(k - 1) is None and self.mark_kind[k - 1] != "role"
                         or (self.word[k - 1] == "&" or self.kind[k - 1] == "poss") and k - 2 > a
                         and self.is_cap(k - 2)):
            k -= 1  # "research firm Pew Internet & American Life", "research firm Moody's Analytics"
        kind = self.lex.organisation_nouns.get(self.low[k - 1], "name") \
            if a < k < core and self.mark_kind[k - 1] not in ("role", "title") else "name"  # "producer X": a person
        if kind in ("name", "modified"):
            return None
        return self._organisation_speaker(k, core, kind, country_from=a)

    def _organisation_before_appositive(self, a: int, b: int) -> tuple[Speaker, Entity] | None:
        """A run of capitalised words no given name opens, set off by an appositive that says what it is ("Napa
        Valley Vintners, a trade group with 550 members, said": ``organisation_nouns.csv`` nouns of a type, not
        those of institutions inside names), or None."""
        if b + 2 >= self.n or self.word[b] != "," or self.low[b + 1] not in ("a", "an") \
                or not all(self.is_cap(k) and self.function(k) is None for k in range(a, b)) \
                or self.low[a] in self.lex.given or self.mark_kind[a] in ("role", "title"):
            return None
        k = b + 2
        while k < min(self.n, b + 7) and self.kind[k] == "word" and not self.is_cap(k) \
                and self.function(k) is None and self.mark_kind[k] not in ("role", "title") \
                and self.lex.organisation_nouns.get(self.low[k]) in (None, "name", "modified"):
            k += 1  # (not "Pincus, a partner at the law firm": a person's role, then where it is held)
        kind = self.lex.organisation_nouns.get(self.low[k]) if k < self.n else None
        if kind in (None, "name", "modified") or self.is_cap(k):
            return None
        return self._organisation_speaker(a, b, kind, country_from=a)

    def _organisation_speaker(self, start: int, end: int, kind: str, *, country_from: int) -> tuple[Speaker, Entity]:
        """The organisation named by tokens [start, end), typed by its own words or else by the noun that said what
        it is (``kind`` of ``organisation_nouns.csv``), its country from the words from ``country_from`` on."""
        name = self.span_text(start, end)
        org_type = self.described.org_type(start, end) or {"business": "business", "media": "media"}.get(kind, "other")
        return Speaker(name, True, None, name, org_type, self._organisation_country(country_from, end, name),
                       "organisation"), Entity(name, "org", "sg")

    def _organisation_country(self, start: int, end: int, name: str) -> str | None:
        """An organisation's country: the country its words from token ``start`` to ``end`` name, else that of a
        government the gazetteer's leaders hold by its head's name ("the Trump administration"), else the one
        ``organisations.csv`` gives the name it goes by ("the Times" of an article that named the New York Times)."""
        if country := self.described.country_in(start, end) or self.lex.leaders.get(name.lower()):
            return country
        listed = self.lex.phrases.get(phrase_key(name))
        return listed[1].country or None if listed is not None and listed[0] == "org" else None

    def _named_non_person(self, a: int, b: int) -> tuple[Speaker, Entity] | None:
        """An organisation, country or place heading a mention ("the State Department", "CNN", "China"); not one
        joined by "and" to a phrase that no "the" opens ("President Trump and other Republicans", "Russia and its
        allies": a group; but "the FAO and the WFP" are named)."""
        if self.joined_phrases(a, b, named=False):
            return None
        i = a
        while i < b and self.function(i) == "determiner":
            i += 1
        ordinal = i + 1 < b and bool(ORDINAL.fullmatch(self.word[i])) and self.is_cap(i + 1)  # "the 9th Circuit"
        if i >= b or not (self.is_cap(i) or ordinal) or self.function(i) is not None:
            return None
        head = self._core_end(i, b) - 1
        # "the Department of Justice": a role word right after an institution's noun and "of" or "for" names the
        # institution; so does a document word anywhere after them ("Institute for Fiscal Studies"), not a person's
        # role ("the Department of Homeland Security Secretary")
        nouns, joiners = self.lex.organisation_nouns, self.lex.org_joiners
        document = self.mark_kind[head] == "role" and self.mark_value[head].document
        plural_role = self.mark_kind[head] == "role" and self.mark_value[head].plural  # "Union of Concerned
        # Scientists", "Federation of American Scientists": the members an institution's name gathers
        of_organisation = any(self.is_cap(k) and (nouns.get(self.low[k]) == "name" or self.mark_kind[k] == "org")
                              and self.low[k + 1] in joiners
                              and (k == head - 2 or k + 2 == self.mark_start[head]  # "Office of Special Counsel"
                                   or (document or plural_role)
                                   and all(self.is_cap(j) for j in range(k + 2, head + 1)))
                              for k in range(i, head - 1))
        if self.mark_kind[head] in ("role", "title") and not of_organisation \
                or not self.is_cap(head) and self.mark_kind[head] != "org":
            return None  # a description: "Former Clinton Pollster", "Strategists for Obama"
        kind, value = self.mark_kind[i], self.mark_value[i]
        whole = self.mark_start[i] == i and self.mark_end[i] >= b
        if kind == "country" and whole:
            if i + 1 == b and self.low[i] in self.lex.person_demonyms:  # "said the American", "the Russian
                # proposed": one person of the country (a surname spelt so too: "Cuban also complained"), not the state
                mention = mention_text(self.span_text(a, b))
                return Speaker(mention, False, None, None, "unnamed", value, "unnamed"), \
                    Entity(mention, "unnamed", "sg", person=True)
            if self._people_of(i, a, value):  # "Most Americans say", "Britons said": people, not the state
                mention = mention_text(self.span_text(a, b))
                return Speaker(mention, False, None, None, "unnamed", value, "unnamed"), \
                    Entity(mention, "group", "pl")
            return Speaker(value, True, None, None, "official", value, "country"), Entity(value, "org", "sg")
        if kind == "place" and whole and value and not (i > a and self.low[i - 1] == "the" and self.word[i].isupper()):
            # (not "the VA": an abbreviation after "the" is an organisation's, no state's)
            name = self.span_text(i, b)
            return Speaker(name, True, None, None, "official", value, "place"), Entity(name, "org", "sg")
        if kind == "org" and value.name and self.mark_end[i] >= b:  # "Republicans", "Democrats": a group
            return None
        span = self.described.org_phrase(i, b, loose=all(self.is_cap(k) or self.low[k] in self.lex.org_joiners or
                                                self.kind[k] == "poss" for k in range(i, b)))
        if span is None:
            return None
        s, e = span
        if e < b and not (self.word[e] in ",(" or self.function(e) is not None):
            return None  # the organisation modifies the head: "a State Department report"
        if self._described_by_country(s, e):
            return None  # "the British company", "the French group": a description, no name
        if self.mark_kind[e - 1] == "org" and self.mark_value[e - 1].name:
            return None  # "Democrats", "House Republicans": a group, not an organisation speaking
        name = self.span_text(s, e)
        if e - s == 1 and s == a and self.low[s].endswith("s") and self.reading.sentence_start_token(s) == s \
                and self.written_in_lower_case(self.low[s]):
            # "Creditors agreed ...": a plural common noun capitalised only because it opens the sentence (the
            # article writes it in lower case elsewhere) is a group, not an organisation's name
            return Speaker(name, False, None, None, "unnamed", None, "unnamed"), Entity(name, "group", "pl")
        if e - s == 1:
            name = self.organisations.full_name(name) or name  # "the ONS", "the Bee": the name the article spells out
        org_type = self.described.org_type(s, e) or self.organisations.type_of(name) or "other"
        return Speaker(name, True, None, name, org_type, self._organisation_country(s, e, name), "organisation"), \
            Entity(name, "org", "sg")

    def _described_by_country(self, s: int, e: int) -> bool:
        """Are tokens [s, e) a country's or place's adjective before a noun that says what kind of organisation it
        is ("the British company", "the French group", "the Chinese tech giant": ``organisation_nouns.csv`` nouns of
        a type), which describe an organisation the article names, no name of their own ("the Iranian foreign
        ministry", "the Clinton campaign" and "New York magazine", after a place, are names)?"""
        caps = [k for k in range(s, e) if self.is_cap(k)]
        return bool(caps) and all(self.mark_kind[k] == "country" for k in caps) \
            and not self.is_cap(e - 1) \
            and self.lex.organisation_nouns.get(self.low[e - 1]) in ("business", "media", "any")

    def _unmarked_name_source(self, a: int, lo: int, *, one_word: bool = False) -> str | None:
        """The latest speaker since token ``lo`` when it was read as a person's name but nothing marks it as one: no
        known given name, title, role or gender ("Unilever said", "Norvex Energy said"; with ``one_word``, a name
        of one word only): "it" can only be an organisation."""
        for idx, entity in reversed(self.history):
            if idx >= a:
                continue
            if idx < lo:
                return None
            if isinstance(entity, Person) and not self.organisations.person_like(entity) \
                    and not self.described.gender(entity) and not (one_word and entity.key[0]):
                return entity.name
            return None
        return None

    def _people_of(self, i: int, a: int, country: str) -> bool:
        """Is the country mark at token i a plural demonym without "the" ("Americans", "most Britons"): the
        country's people speaking, where "the Russians" or "Russia" is its side in talks?"""
        word = self.low[i]
        plural = self.mark_end[i] == i + 1 and word.endswith("s") and word != country.lower()
        return plural and not any(self.low[k] == "the" for k in range(a, i))

    def _organisation_described(self, a: int, b: int, core: int) -> tuple[Speaker, Entity] | None:
        """A description of an organisation named before ("the company", "the think-tank", "its developers")."""
        first = self.low[a]
        if first not in ("the", "this", "that", "its", "their", "a", "an") or core - a > 4:
            return None
        head = self.low[core - 1]
        nouns = self.lex.organisation_nouns
        two_words = self.span_text(core - 2, core).lower()
        if head not in nouns and two_words not in nouns \
                and not (first in ("its", "their") and head in COLLECTIVE_ROLES):
            return None
        noun = two_words if two_words in nouns else head
        if first in ("a", "an"):
            return self._organisation_after_lead(a, noun)
        if any(self.is_cap(k) and self.mark_kind[k] not in ("country", "place") for k in range(a + 1, core - 1)):
            return None  # a name of its own: "the Reuters news agency" is Reuters, not the agency named before
        if core < b and self.function(core) == "preposition" and any(self.is_cap(k) for k in range(core + 1, b)):
            return None  # "the communications team for MSNBC": its own name follows
        found = self._organisation_named_before(a, b, core)
        if found is None:
            return None
        country = next((self.mark_value[k] for k in range(a + 1, core - 1) if self.mark_kind[k] == "country"), None)
        placed = found[0].country or self.organisations.country_of(found[0].speaker or "")
        if country is None or placed == country:
            return found
        if placed is None and found[0].rule == "organisation->lead":
            return replace(found[0], country=country), found[1]  # "..., the UK elections watchdog has said. || The
            # Electoral Commission says": the next paragraph's subject, placed by the description itself
        # "the French group", "the US firm": only one the article places in that country
        name = self.organisations.placed_before(a, country, window=WINDOW, noun=noun, kind=nouns.get(noun, "any"))
        if name is None:
            return None
        return Speaker(name, True, None, name, self.organisations.type_of(name) or "other", country,
                       "organisation->named"), Entity(name, "org", "sg")

    def _organisation_named_before(self, a: int, b: int, core: int) -> tuple[Speaker, Entity] | None:
        """The organisation named before that a description of one (tokens [a, core) of the mention [a, b))
        stands for, or None (see :meth:`_organisation_described`)."""
        head = self.low[core - 1]
        nouns = self.lex.organisation_nouns
        two_words = self.span_text(core - 2, core).lower()
        spoke = frozenset(e.name.lower() for _, e in self.history
                          if isinstance(e, Entity) and e.kind == "org" and e.name)
        last = next(((idx, e) for idx, e in reversed(self.history) if idx < a and isinstance(e, Entity)
                     and e.kind == "org" and e.name), None)
        recent = last[1].name.lower() if last and self.sent(a) - self.sent(last[0]) <= RECENT_SENTENCES else ""
        noun = two_words if two_words in nouns else head
        if nouns.get(noun) == "modified":
            return self._modified_noun_before(a, core, noun)
        latest = next(((idx, e) for idx, e in reversed(self.history) if idx < a), None)
        if latest is not None and isinstance(latest[1], Entity) and latest[1].kind == "org" \
                and latest[1].speaker is not None and not latest[1].speaker.named \
                and self.sent(a) - self.sent(latest[0]) <= 1 and nouns.get(noun) != "name":
            # "the Muslim Brotherhood-led alliance said ... The group called": the unnamed one that just spoke
            return replace(latest[1].speaker, rule="organisation->named"), latest[1]
        same_noun = next((e for idx, e in reversed(self.history) if idx < a
                          and self.sent(a) - self.sent(idx) <= RECENT_SENTENCES and isinstance(e, Entity)
                          and e.kind == "org" and e.speaker is not None and not e.speaker.named and e.name
                          and noun in e.name.lower().split() and e.name.split()[0].lower() not in ("a", "an")
                          and set(self.low[a + 1:core - 1]) <= set(e.name.lower().split())), None)
        if same_noun is not None:  # "the Libyan central bank has said ... the central bank told Reuters"
            return replace(same_noun.speaker, rule="organisation->named"), same_noun
        subject = self.organisations.subject_before(a)
        name = self.organisations.salient_before(a, window=WINDOW, noun=noun, kind=nouns.get(noun, "any"),
                                                 speakers=spoke, last_speaker=recent,
                                                 subject=subject[1].lower() if subject else "")
        if recent and recent not in self.organisations.counts and nouns.get(noun, "any") != "name" \
                and last[1].speaker is not None and last[1].speaker.rule in ("organisation", "organisation->named") \
                and (name is None or self.sent(a) - self.sent(last[0]) <= 2):
            # "Napa Valley Vintners, a trade group, said ... the group said": the organisation that spoke last (in the
            # last two sentences, or at all when the names the article spells give none), though no name spells it
            return replace(last[1].speaker, rule="organisation->named"), last[1]
        if name is None:
            return self._organisation_after_lead(a, noun)
        return Speaker(name, True, None, name, "other", self.organisations.country_of(name), "organisation->named"), \
            Entity(name, "org", "sg")

    def _organisation_after_lead(self, a: int, noun: str) -> tuple[Speaker, Entity] | None:
        """The organisation an opening description stands for (``organisation->lead``: "..., the elections watchdog
        has said. || In a new report, the Electoral Commission says ...", "..., a trade body has warned. || But the
        UK Internet Forum is concerned ..."), or None: only for the article's first speaker mention, with no
        organisation named before it; the organisation is the first standing as subject of its sentence in the next
        paragraph, of the noun's kind (``organisation_nouns.csv``)."""
        if self.history or self.organisations.latest_before(a, 0) is not None:
            return None
        found = self.organisations.subject_in_next_paragraph(a)
        if found is None or not self.organisations.may_mean(found[0], found[1], noun,
                                                            self.lex.organisation_nouns.get(noun, "any")):
            return None
        name = found[1]
        return Speaker(name, True, None, name, self.organisations.type_of(name) or "other", None,
                       "organisation->lead"), Entity(name, "org", "sg")

    def _modified_noun_before(self, a: int, core: int, noun: str) -> tuple[Speaker, Entity] | None:
        """A bare "the administration" or "the campaign" (``modified`` in organisation_nouns.csv):
        the latest phrase before it, within its paragraph or the three before, where capitalised words modify that
        noun written in lower case ("the Obama administration", not "Food and Drug Administration"; "the Clinton
        campaign"), as the fullest name the article gives; None if there is none."""
        if core - a != 2 or self.low[a] != "the":
            return None
        for k in range(a - 1, max(-1, a - WINDOW), -1):
            if self.para(a) - self.para(k) > 3:
                return None
            if self.word[k] != noun or k == 0 or not self.is_cap(k - 1) or self.function(k - 1) is not None:
                continue
            s = k - 1
            while s > 0 and self.is_cap(s - 1) and self.function(s - 1) is None \
                    and self.sent(s - 1) == self.sent(k):
                s -= 1
            if s == self.first_token_of_sentence(self.sent(k)) and k - s == 1 and self.mark_kind[s] is None \
                    and s not in self.name_at:
                continue  # a capital that only opens the sentence ("Administration officials")
            name = self.span_text(s, k + 1)
            country = self.described.country_in(s, k)
            speaker = Speaker(name, True, None, name, "official", country, "organisation->named")
            return speaker, Entity(name, "org", "sg")
        return None

    def _document_before(self, a: int, core: int, b: int) -> tuple[Speaker, Person | Entity] | None:
        """The document a bare definite description of one ("the report said") stands for, within its paragraph or
        the four before: the latest document source that named the same kind of document and said more ("a report
        by Jupiter Research", "The IPPR report"), else the latest document source when it named a kind for which
        the head is a broader word or a synonym (``broader`` in roles.csv: "a study by Gartner ... the report
        said"). A description that adds anything of its own ("the IPPR report", "the survey from the University
        of Chicago") is another document. "The report" after a source that reported, with no document source
        since ("Rank will sell its unit, the Sunday Ledger reported. ... the report added"), is that source's
        report: its speaker."""
        if b - core > 1:
            return None
        head = self.low[core - 1]
        own = [k for k in range(a + 1, core) if self.kind[k] != "word" or self.word[k][:1].isupper()]
        if own:  # "the IPPR report": another document, unless a title was given to the IPPR's report
            return self._titled_document(a, head, owner=[self.word[k] for k in own])
        found: Speaker | None = None  # a document source of the head's kind, else the latest of a narrower kind
        documents_since = False  # a document source between the mention and the one looked at
        for idx, entity in reversed(self.history):
            if idx >= a:
                continue
            if self.para(a) - self.para(idx) > 4 or a - idx > WINDOW:
                break
            if isinstance(entity, Entity) and entity.kind == "doc" and entity.speaker is not None:
                said = entity.speaker
                words = (said.speaker or "").split()
                lower = [w.lower() for w in words]
                opens = self.lex.function_kinds.get(lower[0]) == "determiner" or words[0][:1].isupper()
                if len(words) > 2 and opens and head in lower:  # the same kind of document ("a report by ...")
                    found = said
                    break
                kinds = [w for i, w in enumerate(lower) if i == 0 or words[i].islower()]  # not "Fenwick Research"
                if not documents_since and len(words) > 2 and opens \
                        and any(head in self.lex.broader.get(w, ()) for w in kinds):
                    found = said  # "a study by Gartner ... the report", unless one of that kind came before
                documents_since = True
                continue
            if not documents_since and (head == "report" and self._reported(idx) or head == "statement" and (
                    isinstance(entity, Entity) and entity.kind == "org" or isinstance(entity, Person))
                    and self.sent(a) - self.sent(idx) <= RECENT_SENTENCES and self._in_statement(idx)):
                # "the Sunday Ledger reported ... the report added"; "Asa Hutchinson released a statement saying
                # ... the statement read"
                owner = entity.speaker if isinstance(entity, Entity) \
                    else self._person_speaker(entity, "document->owner")
                if owner is None or owner.speaker is None:
                    return None
                return replace(owner, rule="document->owner"), entity
        if found is None:
            return self._titled_document(a, head)
        speaker = Speaker(found.speaker, False, found.role, found.org, "other", found.country, "document->named")
        return speaker, Entity(found.speaker, "doc", "sg", speaker=speaker)

    def _titled_document(self, a: int, head: str, *, owner: list[str] | None = None) \
            -> tuple[Speaker, Entity] | None:
        """The document named by the title a document of this kind was given in apposition, within the mention's
        paragraph or the two before ("a new book, Brown's Britain by Robert Peston", "In its report, Is Online
        Community A Policy Tool?, the IPPR ..."), the latest one (``document->title``); with ``owner`` ("the IPPR
        report"), only one whose sentence names the owner. None if none."""
        first = next((k for k in range(a - 1, -1, -1) if self.para(a) - self.para(k) > 2), -1) + 1
        titles = [m.group("title") for m in _title_pattern(head).finditer(self.text, self.start[first], self.start[a])
                  if not owner or all(w in self.text[max(0, m.start() - 150):min(m.end() + 150, self.start[a])]
                                      for w in owner)]
        title = titles[-1].strip(" \"'\u201c\u201d\u2018\u2019") if titles else ""
        words = title.split()
        if not words or len(words) > 12 or sum(w[:1].isupper() for w in words) < 0.6 * len(words):
            return None  # a title is written in title case ("the report, which ..." is none)
        speaker = Speaker(title, True, None, None, "other", None, "document->title")
        return speaker, Entity(title, "doc", "sg", speaker=speaker)

    def _in_statement(self, idx: int) -> bool:
        """Does the sentence of the source at token ``idx`` say it made a statement ("said in a statement",
        "released a statement saying")?"""
        sentence = self.sent(idx)
        return any(self.low[k] == "statement" and self.sent(k) == sentence
                   for k in range(max(0, idx - 25), min(self.n, idx + 25)))

    def _reported(self, idx: int) -> bool:
        """Did the source whose mention starts at token ``idx`` speak by reporting ("the Sunday Ledger reported",
        "reports the Sunday Ledger"): a form of "report" as a verb next to it, in its sentence?"""
        sentence = self.sent(idx)
        for k in range(max(0, idx - 2), min(self.n, idx + 8)):
            if self.sent(k) == sentence and self.low[k] in ("reported", "reports", "reporting") \
                    and (k < idx or self.low[k - 1] not in self.lex.definite):
                return True
        return False


@cache
def _title_pattern(head: str) -> re.Pattern[str]:
    """A document of kind ``head`` with its title in apposition: "a new book, Brown's Britain by ...", "its report,
    Is Online Community A Policy Tool?, ..." (group ``title``)."""
    return re.compile(rf"\b(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}{re.escape(head)},\s+"
                      r"(?P<title>[A-Z0-9\"\u201c\u2018'][^\n,;:]{1,80}?)(?=,|\s+by\s|\.\s|\.$)")
