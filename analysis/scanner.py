"""Tokenisers as character scanners: the token grammars of :mod:`analysis.quotes` and :mod:`analysis.speakers`.

Each module defines its tokens by a regular expression (``quotes._PIECE_RE``, ``speakers._TOKEN_PATTERN``), which
stays the reference. In the compiled build (:mod:`analysis.native`) the regular expression engine was the largest
single cost of an article (it walks each token's alternatives character by character, twice over for words); the
scanners here give the very same tokens, as ``(start, end)`` offsets, in about half the time. Tests compare them
with the patterns on every code point, on random strings and on the corpora of ``../shared``. The pure-Python
install keeps the patterns, which ``re`` runs faster than Python code could scan.

Character classes are those of ``re`` for ``str`` patterns: ``\\s`` is :meth:`str.isspace`, ``\\w`` is
:meth:`str.isalnum` or ``_``, ``\\d`` is :meth:`str.isdecimal`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # mypyc's native 64-bit integers (plain C arithmetic when compiled); only in annotations
    from mypy_extensions import i64

COMPILED: Final = not __file__.endswith(".py")
"""Whether this module runs compiled: the tokenisers use the scanners only then."""

SPACE: Final = 1
"""``\\s``."""
WORD: Final = 2
"""``\\w``: alphanumeric, or ``_``."""
DECIMAL: Final = 4
"""``\\d``."""
ALNUM: Final = 8
"""``[^\\W_]``: alphanumeric."""
LETTER: Final = 16
"""``[^\\W\\d_]``: alphanumeric but not a decimal digit."""

_FULL_STOP: Final = 46
_APOSTROPHE: Final = 39
_RIGHT_SINGLE_QUOTE: Final = 0x2019
_BACKTICK: Final = 96
_HYPHEN: Final = 45


def _classes(code: i64) -> i64:
    ch = chr(code)
    found: i64 = 0
    if ch.isspace():
        found |= SPACE
    if ch.isalnum() or ch == "_":
        found |= WORD
    if ch.isdecimal():
        found |= DECIMAL
    if ch.isalnum():
        found |= ALNUM if ch.isdecimal() else ALNUM | LETTER
    return found


_ASCII: Final[list[i64]] = [_classes(code) for code in range(128)]
_OTHERS: Final[dict[i64, i64]] = {}  # the classes of the other code points met, computed once each


def classes(code: i64) -> i64:
    """The character classes (:data:`SPACE`, :data:`WORD`...) of a code point, as bit flags."""
    if code < 128:
        return _ASCII[code]
    found = _OTHERS.get(code)
    if found is None:
        found = _OTHERS[code] = _classes(code)
    return found


def _ascii_letter(code: i64) -> bool:
    return 65 <= code <= 90 or 97 <= code <= 122


def _initials_end(text: str, i: i64, n: i64) -> i64:
    """End of ``(?:[A-Za-z]\\.){2,}`` at ``i`` (greedy), or -1."""
    k = i
    while k + 1 < n and _ascii_letter(ord(text[k])) and ord(text[k + 1]) == _FULL_STOP:
        k += 2
    return k if k - i >= 4 else -1


def _skip_space(text: str, i: i64, n: i64) -> i64:
    while i < n and classes(ord(text[i])) & SPACE:
        i += 1
    return i


def _word_run(text: str, k: i64, n: i64) -> i64:
    while k < n and classes(ord(text[k])) & WORD:
        k += 1
    return k


class _Found:
    """The tokens found so far in one text: start and end offsets (plus a base offset) and the tokens."""

    def __init__(self, text: str, base: i64) -> None:
        self.text = text
        self.n: i64 = len(text)
        self.base: i64 = base
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.tokens: list[str] = []

    def first(self) -> i64:
        """Where the first token starts."""
        return _skip_space(self.text, 0, self.n)

    def add(self, start: i64, end: i64) -> i64:
        """Record the token ``[start, end)``; return where the next one starts."""
        self.starts.append(start + self.base)
        self.ends.append(end + self.base)
        self.tokens.append(self.text[start:end])
        return _skip_space(self.text, end, self.n)

    def result(self) -> tuple[list[int], list[int], list[str]]:
        return self.starts, self.ends, self.tokens


def speaker_tokens(text: str, abbreviations: frozenset[str]) -> tuple[list[int], list[int], list[str]]:
    """The tokens of :data:`analysis.speakers._TOKEN_PATTERN` in ``text``: start and end offsets, and the tokens.

    Args:
        text: the text, curly apostrophes already straightened (as the speakers module reads it).
        abbreviations: the abbreviations the pattern lists before a full stop (``Mr``, ``Sen``, ``Jr``...).
    """
    found = _Found(text, 0)
    i = found.first()
    while i < found.n:
        i = found.add(i, _speaker_token_end(text, i, found.n, abbreviations))
    return found.result()


def quote_tokens(text: str, base: int = 0) -> tuple[list[int], list[int], list[str]]:
    """The tokens of :data:`analysis.quotes._PIECE_RE` in ``text`` (a paragraph with its quotation placeholders):
    start and end offsets plus ``base`` (where the paragraph starts in its article), and the tokens."""
    found = _Found(text, base)
    i = found.first()
    while i < found.n:
        i = found.add(i, _quote_token_end(text, i, found.n))
    return found.result()


def word_tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """The tokens of :data:`analysis.stance_features._TOKEN` (``\\w+(?:['’]\\w+)*|[^\\w\\s]``) in ``text``: start and
    end offsets, and the tokens."""
    found = _Found(text, 0)
    i = found.first()
    while i < found.n:
        i = found.add(i, _word_token_end(text, i, found.n))
    return found.result()


def pattern_tokens(pattern: re.Pattern, text: str, base: int = 0) -> tuple[list[int], list[int], list[str]]:
    """What the scanners give, from the pattern itself (each match, its leading white space dropped): the
    pure-Python install's way, and the tests' reference."""
    found = _Found(text, base)
    for match in pattern.finditer(text):
        end: int = match.end()
        found.add(end - len(match.group().lstrip()), end)
    return found.result()


def _speaker_token_end(text: str, i: i64, n: i64, abbreviations: frozenset[str]) -> i64:
    code: i64 = ord(text[i])
    if _ascii_letter(code):
        # (?=[A-Za-z][a-z]{0,6}+\.) then initials (U.S.) or an abbreviation (Mr., J.) before a non-word
        j = i + 1
        while j < n and j - i <= 6 and 97 <= ord(text[j]) <= 122:
            j += 1
        if j < n and ord(text[j]) == _FULL_STOP:
            end = _initials_end(text, i, n)
            if end >= 0:
                return end
            if ((j == i + 1 and 65 <= code <= 90) or text[i:j] in abbreviations) \
                    and not (j + 1 < n and classes(ord(text[j + 1])) & WORD):
                return j + 1
    found: i64 = classes(code)
    if found & LETTER:  # a word, with inner hyphens and apostrophes, but not before a possessive 's
        k = _word_run(text, i + 1, n)
        while k + 1 < n:
            sep: i64 = ord(text[k])
            if sep != _HYPHEN and sep != _APOSTROPHE and sep != _RIGHT_SINGLE_QUOTE:
                break
            after: i64 = ord(text[k + 1])
            if (after == 115 or after == 83) and not (k + 2 < n and classes(ord(text[k + 2])) & WORD):
                break  # 's at a word boundary: a possessive, its own token
            if not classes(after) & WORD:
                break
            k = _word_run(text, k + 2, n)
        return k
    if (code == _APOSTROPHE or code == _RIGHT_SINGLE_QUOTE) and i + 1 < n \
            and (ord(text[i + 1]) == 115 or ord(text[i + 1]) == 83) \
            and not (i + 2 < n and classes(ord(text[i + 2])) & WORD):
        return i + 2  # possessive 's
    if found & DECIMAL:  # \d[\d,.:]*\w*
        k = i + 1
        while k < n:
            digit: i64 = ord(text[k])
            if not (digit == 44 or digit == _FULL_STOP or digit == 58 or classes(digit) & DECIMAL):
                break
            k += 1
        return _word_run(text, k, n)
    if (code == _BACKTICK or code == _APOSTROPHE) and i + 1 < n and ord(text[i + 1]) == code:
        return i + 2  # `` and ''
    return i + 1


def _quote_token_end(text: str, i: i64, n: i64) -> i64:
    code: i64 = ord(text[i])
    if code == 2:  # a quotation placeholder: \x02\x03*
        end = i + 1
        while end < n and ord(text[end]) == 3:
            end += 1
        return end
    if _ascii_letter(code):
        end = _initials_end(text, i, n)
        if end >= 0:
            return end
    if not classes(code) & ALNUM:
        return i + 1
    end = k = i + 1  # [^\W_](?:[\w’'&.-]*[^\W_])?: up to the last alphanumeric of the run
    while k < n:
        c: i64 = ord(text[k])
        found = classes(c)
        if found & ALNUM:
            k += 1
            end = k
        elif found & WORD or c == _RIGHT_SINGLE_QUOTE or c == _APOSTROPHE or c == 38 or c == _FULL_STOP \
                or c == _HYPHEN:
            k += 1
        else:
            break
    return end


def _word_token_end(text: str, i: i64, n: i64) -> i64:
    if not classes(ord(text[i])) & WORD:
        return i + 1
    end = _word_run(text, i + 1, n)
    while end + 1 < n and (ord(text[end]) == _APOSTROPHE or ord(text[end]) == _RIGHT_SINGLE_QUOTE) \
            and classes(ord(text[end + 1])) & WORD:
        end = _word_run(text, end + 2, n)
    return end
