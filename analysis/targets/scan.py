"""One regular expression for many phrases: a trie of the phrases, searched as whole words.

The gazetteer has about 4,000 strings to look for (names, capitals, leaders, demonyms, adjectives, each as
written, with a capital first letter and in capitals); a plain ``A|B|...`` alternation would try each at every
position. Laid out as a trie (``B(?:russels|eijing)``...), the regular expression engine follows one branch per
character, and skips ahead to the characters that can start a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

WORD_CHAR = re.compile(r"\w")
"""One word character: a phrase that follows one is inside a word, not a mention."""


def alternation(phrases: Iterable[str]) -> str:
    """One pattern for the phrases, the longest that matches winning, a straight and a curly apostrophe the same.

    At each trie node the longer continuations come before stopping there, so the match is the one the
    longest-first alternation gives, and backtracking (a phrase followed by a word character) falls back to the
    next shorter one as it would.
    """
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase.replace("\u2019", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _trie(root)


def _trie(node: dict) -> str:
    keys = sorted(k for k in node if k)
    branches = [("['\u2019]" if ch == "'" else re.escape(ch)) + _trie(node[ch]) for ch in keys]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def scanner(phrases: Iterable[str], *, ignore_case: bool = False) -> re.Pattern | None:
    """A pattern for the phrases as whole words, to search with :func:`word_matches` (None for no phrases).

    The phrases must not be followed by a word character (``(?!\\w)``); that they are not preceded by one is
    checked by :func:`word_matches`: a leading look-behind would stop Python's regex engine from skipping
    ahead to the possible first characters of the alternation, and make the search about twice as slow.
    """
    body = alternation(phrases)
    return re.compile(rf"(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0) if body else None


def word_matches(scan: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """The whole-word matches of a :func:`scanner` pattern in ``text[pos:endpos]``, left to right, not overlapping.

    The same matches as ``re.finditer(r"(?<!\\w)" + scan.pattern, text)``: where a match follows a word
    character, the look-behind would fail there and the search go on from the next character; so does this loop.
    A match that ends at ``endpos`` inside a longer word of ``text`` is not one.
    """
    end = len(text) if endpos is None else endpos
    while (match := scan.search(text, pos, end)) is not None:
        start = match.start()
        if start and WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        pos = match.end()
        if pos == end and WORD_CHAR.match(text, pos):  # cut short by endpos, inside a longer word
            continue
        yield match


_CAPITAL_WORD = re.compile(r"(?<![\w'\u2019])[A-Z]")
"""The first letter of a capitalised word inside a phrase ("West" in "the West", "Assad" in "al-Assad")."""


class PhraseScanner:
    """Whole-word, longest-first, left-to-right matches of many phrases, fast on news text.

    One trie pattern (:func:`scanner`) holds the phrases that start with a capital letter or a digit, which is
    nearly all of them; the regular expression engine then only stops at capitals. A phrase that starts in
    lower case is found through its first capitalised word: ``the West`` where ``West`` follows ``the``,
    ``al-Assad`` where ``Assad`` follows ``al-``. The few without a capital (``eurozone``, ``euro area``) are
    looked for as plain substrings. The matches are those of ``re.finditer(r"(?<!\\w)(?:P1|P2|...)(?!\\w)")`` over
    all the phrases, longest first (a straight and a curly apostrophe the same).

    Args:
        phrases: the phrases (apostrophes straightened or not).
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = frozenset(p.replace("\u2019", "'") for p in phrases if p)
        heads, self._prefixes, literals = set(), {}, []
        for phrase in self.phrases:
            if not phrase[:1].isalpha() or phrase[:1].isupper():
                heads.add(phrase)
            elif (capital := _CAPITAL_WORD.search(phrase)) is not None:
                tail = phrase[capital.start():]
                heads.add(tail)
                self._prefixes.setdefault(tail, []).append(phrase[:capital.start()])
            else:
                literals.append(phrase)
        self._literals = sorted(literals, key=len, reverse=True)
        self._stems: dict[str, list[str]] = {}
        firsts = sorted({literal.split()[0] for literal in self._literals}, key=len)
        for literal in self._literals:  # a stem: the shortest first word of a literal that begins it
            stem = next(first for first in firsts if literal.startswith(first))
            self._stems.setdefault(stem, []).append(literal)
        for literals in self._stems.values():
            literals.sort(key=len, reverse=True)
        body = alternation(heads)
        self._heads = re.compile(rf"(?:{body})(?!\w)") if body else None
        self._any = re.compile(body) if body else None

    @property
    def heads(self) -> re.Pattern | None:
        """The pattern of the phrases that start with a capital (or of the capitalised tails of the others)."""
        return self._heads

    @property
    def prefixes(self) -> dict[str, list[str]]:
        """Lower-case prefixes by the capitalised tail they come before (``"West": ["the "]``)."""
        return self._prefixes

    def has_literal(self, text: str) -> bool:
        """Whether ``text`` may hold one of the phrases without a capital (``eurozone``): a substring test."""
        return any(stem in text for stem in self._stems)

    def may_match(self, text: str) -> bool:
        """False when no phrase is in ``text`` even as a bare substring (a quick test; True may still match none)."""
        return (self._any is not None and self._any.search(text) is not None) or any(
            lit in text for lit in self._literals)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """The matches in ``text``: (start, end, the phrase as given, apostrophes straightened), in order."""
        found = self._head_matches(text) if self._heads is not None else []
        if self._literals:
            found = self._with_literals(text, found)
        return found

    def _head_matches(self, text: str) -> list[tuple[int, int, str]]:
        """:func:`word_matches` of the head pattern, each extended to a phrase by a lower-case prefix before it.

        ``finditer`` is the fast path; a match inside a word (rare: "US" in "BUS") hands over to
        :func:`word_matches`, which tries again from the next character as a look-behind would.
        """
        phrases, prefixes, word_char = self.phrases, self._prefixes, WORD_CHAR.match
        found: list[tuple[int, int, str]] = []
        last = 0
        matches: Iterable[re.Match] = self._heads.finditer(text)
        for match in matches:
            start, end = match.span()
            if start and word_char(text, start - 1):
                matches = word_matches(self._heads, text, start + 1)
                break
            phrase = match.group()
            if phrase in prefixes or phrase not in phrases:
                phrase = phrase.replace("\u2019", "'")
                begin = self.prefixed(text, start, phrase, last)
                if begin < 0:
                    continue
                start, phrase = begin, text[begin:start] + phrase
            last = end
            found.append((start, end, phrase))
        else:
            return found
        for match in matches:
            start, end = match.span()
            phrase = match.group().replace("\u2019", "'")
            start = self.prefixed(text, start, phrase, last)
            if start >= 0:
                last = end
                found.append((start, end, text[start:match.start()] + phrase))
        return found

    def prefixed(self, text: str, start: int, phrase: str, last: int) -> int:
        """Where the phrase found at ``start`` begins, with the lower-case prefix before it; -1 if it is none."""
        for prefix in self._prefixes.get(phrase, ()):
            begin = start - len(prefix)
            if begin >= last and text.startswith(prefix, begin) and not (begin and WORD_CHAR.match(text, begin - 1)):
                return begin
        return start if phrase in self.phrases else -1

    def _with_literals(self, text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        extra = []
        for stem, literals in self._stems.items():  # one search per stem: "euro" for euro zone, euro area
            pos = text.find(stem)
            while pos >= 0:
                for literal in literals:
                    end = pos + len(literal)
                    if text.startswith(literal, pos) and not (pos and WORD_CHAR.match(text, pos - 1)) \
                            and not WORD_CHAR.match(text, end):
                        extra.append((pos, end, literal))
                        break
                pos = text.find(stem, pos + 1)
        if not extra:
            return found
        merged, last = [], -1
        for start, end, phrase in sorted(found + extra, key=lambda m: (m[0], -m[1])):
            if start >= last:
                merged.append((start, end, phrase))
                last = end
        return merged
