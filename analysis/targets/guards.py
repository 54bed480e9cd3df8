"""Guards against false friends: the neighbours that make a country word part of something else.

Each guard looks at one candidate match and returns why it is not a mention (a short reason such as
``"person-before: Jim"``), or None. :class:`~analysis.targets.registry.TargetRegistry` asks them in order, after
the target's own ``exclude`` phrases:

============== ======================================================================================================
guard          the candidate is dropped when
============== ======================================================================================================
context        its name needs a context (``target_contexts.csv``: Georgia, Jordan, Jersey...) that is not there
new-place      it follows a capitalised ``New`` inside a sentence ("New Mexico", "New England")
person-before  it follows a capitalised given name, an initial or a title ("Jim Jordan", "Booker T. Washington",
               "Rep. Jordan"): a person's surname. Leaders are exempt from titles ("President Putin"), and from
               given names only when the leader string has several words ("Eric Trump" is not Donald Trump)
person-after   it is a given name followed by a capitalised word that is no title, role, target name or place
               word ("Jordan Peterson", "Chad Wolf")
compound       an adjective or demonym joined by a hyphen or space to an identity or language word
               ("Korean-American", "Iranian-born", "Spanish-language")
language       an adjective after "in", "speaks"... with no noun after it: the language ("said in Russian.")
============== ======================================================================================================

The words they read are data: ``target_guards.csv``, ``target_contexts.csv``, and the speaker passes' own
``given_names.csv``, ``titles.csv``, ``roles.csv`` and ``function_words.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.text import wordlists

from .scan import scanner, word_matches

CONTEXT_WINDOW = 250
"""Characters either side of a candidate in which :data:`CONTEXTS` cues are looked for."""

_NEXT_WORD = re.compile(r"[ \t\u00a0]+([\w'\u2019]+)")
"""The word right after a position, one space between."""

_JOINED_WORD = re.compile(r"[-\u2010\u2011 ]([A-Za-z]+)")
"""The word joined to an adjective by a hyphen or one space."""

_JOINERS = frozenset("-\u2010\u2011 ")

_WORD_BEFORE = re.compile(r"[A-Za-z]+\Z")
"""The word that ends at a position."""

_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\"\u201c\u201d\n]\s*)\Z")
"""Nothing but a sentence boundary before a position."""


@dataclass(frozen=True)
class Context:
    """The cues a context-dependent name needs (any of ``needs``) and must not have (any of ``unless``)."""

    needs: re.Pattern | None
    unless: re.Pattern | None


@dataclass(frozen=True)
class Probe:
    """What the guards need to know of one registry string (:meth:`Guards.probe`).

    Attributes:
        alias: the string as the registry lists it.
        rule: its mention rule.
        words: how many words it has.
        context: the context it needs (``target_contexts.csv``), if any.
        given: a one-word given name (Chad, Jordan): a capitalised word after it may be a surname.
        adjectival: an adjective or demonym: it may stand in a compound ("Korean-American").
        second: an adjective or demonym that may be the second half of a compound ("American" in
            "Korean-American").
    """

    alias: str
    rule: str
    words: int
    context: Context | None
    given: bool
    adjectival: bool
    second: bool

    @property
    def plain(self) -> bool:
        """Only the word before it can make it something else (no context, no given name, no adjective)."""
        return self.context is None and not self.given and not self.adjectival

    @property
    def quick(self) -> bool:
        """The matcher's quick path may decide it: no context to look for, no given name."""
        return self.context is None and not self.given


def _guard_words(guard: str) -> frozenset[str]:
    return frozenset(row["word"] for row in wordlists.rows("target_guards.csv") if row["guard"] == guard)


def _cue_pattern(cues: Iterable[str]) -> re.Pattern | None:
    phrases = [v for cue in cues for v in dict.fromkeys((cue, cue[:1].upper() + cue[1:]))]
    return scanner(phrases)


class Guards:
    """The guards of one registry.

    Args:
        names: every string the registry matches (to tell a surname from another target's name).
        adjectives: the registry's adjectives (the first part of "Korean-American").
    """

    def __init__(self, names: Iterable[str], adjectives: Iterable[str] = ()) -> None:
        self.adjectives = frozenset(adjectives)
        not_given = {w.lower() for w in _guard_words("not-given-name")}
        self.given = wordlists.column("given_names.csv", "name") - not_given
        self.titles = wordlists.column("titles.csv", "title")
        self.roles = frozenset(w for role in wordlists.column("roles.csv", "role") for w in role.split())
        self.function = wordlists.column("function_words.csv", "word")
        self.verbs = frozenset(form.lower() for row in wordlists.rows("cue_verbs.csv")
                               for form in row["forms"].split("|") if " " not in form)
        self.language_before = {w.lower() for w in _guard_words("language-before")}
        self.compound_after = {w.lower() for w in _guard_words("compound-after")}
        # how a compound word after an adjective may start ("American", "born"): the matcher's quick test
        self.compound_starts = tuple({f(w) for w in self.compound_after for f in (str.lower, str.capitalize)})
        self._risky = self.given | self.titles | self.language_before
        self.compound_free = _guard_words("compound-free")
        self.name_stop = _guard_words("name-after-stop")
        self.first_words = frozenset(name.split()[0] for name in names if name)
        self.contexts: dict[str, Context] = {
            row["alias"].casefold(): Context(_cue_pattern(row["needs"].split("|") if row["needs"] else []),
                                             _cue_pattern(row["unless"].split("|") if row["unless"] else []))
            for row in wordlists.rows("target_contexts.csv")}

    def noun_follows(self, word: str) -> bool:
        """Whether ``word``, after "the Chinese", makes it an adjective ("the Chinese embassy") rather than the
        people ("the Chinese said", "the Chinese rejected", "the Chinese and the Russians")."""
        low = word.lower()
        return not (low in self.function or low in self.verbs or low.endswith("ed"))

    def probe(self, alias: str, rule: str) -> Probe:
        """What the guards need to know of one registry string, worked out once."""
        words = len(alias.split())
        adjectival = rule in ("adjective", "demonym")
        return Probe(alias, rule, words, self.contexts.get(alias.casefold()),
                     words == 1 and alias.lower() in self.given, adjectival,
                     adjectival and alias not in self.compound_free and alias.lower() in self.compound_after)

    def risky_before(self, prev: str, probe: Probe) -> bool:
        """Whether the capitalised word ``prev`` right before a candidate may make it something else: a given
        name, a title, an initial, ``New`` (for a leader: a given name only before a surname alone, no title).
        False means :meth:`check` finds nothing to say about the word before (the matcher's quick path asks this
        first)."""
        low = prev.lower()
        if low.endswith("."):
            low = low[:-1]
        if len(low) <= 1 or low == "new":
            return True
        if probe.rule == "leader":
            return probe.words == 1 and low in self.given
        return low in self._risky

    def check(self, text: str, start: int, end: int, probe: Probe, *,
              within: tuple[str, int] | None = None) -> str | None:
        """Why the candidate ``text[start:end]`` (the registry string of ``probe``) is not a mention.

        The cheap tests come first: most candidates follow a lower-case word and are no adjective.

        Args:
            text: the searched text.
            start: where the candidate starts.
            end: where it ends.
            probe: the string's :meth:`probe`.
            within: the text that holds ``text`` and where ``text`` starts in it: a context is looked for there.

        Returns:
            The reason (``guard: detail``), or None for a mention.
        """
        if probe.context is not None:
            around, offset = within if within is not None else (text, 0)
            if reason := self._context(around, offset + start, offset + end, probe.context):
                return reason
        prev = ""
        if start > 1 and text[start - 1] == " ":
            words = text[max(0, start - 41):start - 1].rsplit(None, 1)
            prev = words[-1] if words else ""
            at = start - 1 - len(prev)
            if prev[:1].isupper() and (reason := self._before(text, at, prev, probe)):
                return reason
        if probe.given and (reason := self._after(text, end)):
            return reason
        if probe.adjectival:
            if reason := self._compound(text, start, end, probe.alias):
                return reason
            if probe.rule == "adjective" and prev.lower() in self.language_before:
                return self._language(text, end, prev)
        return None

    def _context(self, text: str, start: int, end: int, context: Context) -> str | None:
        lo, hi = max(0, start - CONTEXT_WINDOW), min(len(text), end + CONTEXT_WINDOW)
        if context.unless is not None:
            for cue in word_matches(context.unless, text, lo, hi):
                if not (cue.start() < end and start < cue.end()):
                    return f"context: {cue.group()}"
        if context.needs is not None:
            if not any(not (cue.start() < end and start < cue.end())
                       for cue in word_matches(context.needs, text, lo, hi)):
                return "context: no cue"
        return None

    def _before(self, text: str, at: int, prev: str, probe: Probe) -> str | None:
        """The capitalised word ``prev`` at ``at``, right before the candidate, one space between."""
        word = prev[:-1] if prev.endswith(".") else prev
        if not word.replace("-", "").replace("'", "").isalpha() or (at and text[at - 1] in "-'\u2019."):
            return None
        if word == "New" and not _SENTENCE_START.search(text, max(0, at - 3), at):
            return "new-place: New"
        if len(word) == 1 and prev.endswith("."):
            return f"person-before: {prev}"
        if word.lower() in self.titles and probe.rule != "leader":
            return f"person-before: {prev}"
        if word == prev and word.lower() in self.given and (probe.rule != "leader" or probe.words == 1):
            return f"person-before: {word}"
        return None

    def _compound(self, text: str, start: int, end: int, alias: str) -> str | None:
        """An identity or language compound: "Korean-American" (either part), "Iranian-born", "Spanish-language"."""
        if alias in self.compound_free:
            return None
        if text[end:end + 1] in _JOINERS and text.startswith(self.compound_starts, end + 1) \
                and (joined := _JOINED_WORD.match(text, end)) is not None and joined.group(1).lower() in self.compound_after:
            return f"compound: {text[end:joined.end()].strip()}"
        if alias.lower() in self.compound_after and start > 1 and text[start - 1] in _JOINERS:
            before = _WORD_BEFORE.search(text, max(0, start - 30), start - 1)
            if before is not None and before.group() in self.adjectives and before.group() not in self.compound_free:
                return f"compound: {before.group()}{text[start - 1]}"
        return None

    def _after(self, text: str, end: int) -> str | None:
        nxt = _NEXT_WORD.match(text, end)
        if nxt is None:
            return None
        word = nxt.group(1)
        if not word[:1].isupper() or word in self.name_stop or word in self.first_words:
            return None
        low = word.lower()
        if low in self.titles or low in self.roles or low in self.function:
            return None
        return f"person-after: {word}"

    def _language(self, text: str, end: int, prev: str) -> str | None:
        """An adjective after "in", "speaks"...: the language, unless a noun follows ("in Russian hands")."""
        nxt = _NEXT_WORD.match(text, end)
        if nxt is not None and nxt.group(1).lower() not in self.function:
            return None
        return f"language: {prev}"
