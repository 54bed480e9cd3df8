"""Pass 2b of the speaker passes: the organisations an article names, so that later mentions can point back.

An organisation is a capitalised run that is no confirmed person's name and no country, place, title or role:
one holding an organisation word (``Institute``, ``Bank``: ``organisations.csv``), an acronym (``IPPR``), a run
of several capitalised words, or a single capitalised word inside a sentence that the article writes at least
twice (``Unilever``). An acronym in brackets after a name is that name (``Office for National Statistics
(ONS)``). Resolution asks for the organisation named most often before a mention (ties: the latest), to
resolve ``the company``, ``the think-tank``, ``its developers``, ``the ONS``, and ``it`` or ``they`` where no
earlier speaker fits.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import cache

from analysis.speakers.descriptions import Descriptions
from analysis.speakers.lexicon import is_acronym
from analysis.speakers.reading import View
from analysis.text import wordlists

_NOT_ORGANISATION = frozenset(("title", "role", "country", "place", "modifier"))


@cache
def organisation_nouns() -> frozenset[str]:
    """Common nouns that refer back to a named organisation (``resources/organisation_nouns.txt``)."""
    return frozenset(wordlists.lines("organisation_nouns.txt"))


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
        self.names: list[str] = []
        self.keys: list[str] = []
        self.full: dict[str, str] = {}  # acronym -> full name
        self._find(runs)
        self.counts = Counter(self.keys)

    def _is_person(self, r0: int, r1: int) -> bool:
        for k in range(r0, r1):
            hit = self.described.name_at.get(k)
            if hit is not None:
                person = hit[0]
                if person.key[0] or self.described.confirmed(person, set()):
                    return True
        return False

    def _find(self, runs: list[tuple[int, int]]) -> None:
        word, low, kind, mark_kind = self.word, self.low, self.kind, self.mark_kind
        single = Counter(low[r0] for r0, r1 in runs if r1 - r0 == 1)
        for r0, r1 in runs:
            while r0 < r1 and self.function(r0) is not None:
                r0 += 1  # "The Liberal Democrats": the determiner is no part of the name
            if r0 >= r1 or self._is_person(r0, r1):
                continue
            marks = [mark_kind[k] for k in range(r0, r1)]
            if all(m in _NOT_ORGANISATION for m in marks if m) and any(marks) and "org" not in marks:
                continue
            starts_sentence = r0 == 0 or self.sent(r0 - 1) != self.sent(r0)
            acronym = r1 - r0 == 1 and is_acronym(word[r0]) and kind[r0] == "word"
            if not ("org" in marks or acronym or (r1 - r0 >= 2 and not starts_sentence)
                    or (r1 - r0 == 1 and not starts_sentence and single[low[r0]] >= 2 and len(word[r0]) > 2)):
                continue
            name = self.span_text(r0, r1)
            key = name.lower()
            if acronym and name in self.full:
                key, name = self.full[name].lower(), self.full[name]
            elif r1 + 2 < self.n and self.word[r1] == "(" and is_acronym(self.word[r1 + 1]) \
                    and self.word[r1 + 2] == ")":
                self.full[self.word[r1 + 1]] = name  # "Office for National Statistics (ONS)"
            self.at.append(r0)
            self.names.append(name)
            self.keys.append(key)

    def full_name(self, acronym: str) -> str | None:
        """The full name an acronym stands for in this article (``ONS`` -> ``Office for National Statistics``)."""
        return self.full.get(acronym)

    def salient_before(self, a: int, *, window: int, noun: str = "") -> str | None:
        """The organisation named most often before token ``a`` (within ``window`` tokens; ties: the latest);
        one whose name holds ``noun`` first ("the committee" -> "House Intelligence Committee")."""
        k = bisect_left(self.at, a)
        seen: dict[str, tuple[bool, int, int]] = {}
        for i in range(k - 1, -1, -1):
            if a - self.at[i] > window:
                break
            key = self.keys[i]
            if key not in seen:
                seen[key] = (bool(noun) and noun in key.split(), self.counts[key], i)
        if not seen:
            return None
        best = max(seen, key=lambda key: seen[key])
        return self.names[seen[best][2]]

    def latest_before(self, a: int, lo: int) -> str | None:
        """The organisation named last before token ``a`` and at or after token ``lo``."""
        k = bisect_left(self.at, a) - 1
        return self.names[k] if k >= 0 and self.at[k] >= lo else None
