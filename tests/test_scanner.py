"""The scanners give exactly the tokens of the patterns they stand in for (analysis.scanner)."""

from __future__ import annotations

import gzip
import json
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import scanner
from analysis.quotes import _PIECE_RE
from analysis.speakers import _lexicon
from analysis.stance_features import _TOKEN

from .conftest import ALLSIDES, BBC, POLNEAR, need


def _offsets(pattern: re.Pattern, text: str) -> tuple[list[int], list[int], list[str]]:
    """The tokens as the pattern gives them: each match's offsets and text, leading white space dropped."""
    starts, ends, tokens = [], [], []
    for match in pattern.finditer(text):
        token = match.group().lstrip()
        starts.append(match.end() - len(token))
        ends.append(match.end())
        tokens.append(token)
    return starts, ends, tokens


GRAMMARS = {
    "speakers": (lambda: _lexicon().token_re, lambda text: scanner.speaker_tokens(text, _lexicon().abbreviations)),
    "quotes": (lambda: _PIECE_RE, lambda text: scanner.quote_tokens(text)),
    "stance": (lambda: _TOKEN, lambda text: scanner.word_tokens(text)),
}


def _same(grammar: str, text: str) -> None:
    pattern, scan = GRAMMARS[grammar]
    if grammar == "speakers":
        text = text.replace("\u2019", "'")  # as the speakers module reads a text
    assert scan(text) == _offsets(pattern(), text), repr(text)
    assert scanner.pattern_tokens(pattern(), text) == _offsets(pattern(), text)


ALL_CHARACTERS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize(("flag", "pattern"), [(scanner.SPACE, r"\s"), (scanner.WORD, r"\w"), (scanner.DECIMAL, r"\d"),
                                               (scanner.ALNUM, r"[^\W_]"), (scanner.LETTER, r"[^\W\d_]")])
def test_character_classes_are_those_of_re_on_every_code_point(flag, pattern):
    expected = set(re.findall(pattern, ALL_CHARACTERS))
    assert {ch for ch in ALL_CHARACTERS if scanner.classes(ord(ch)) & flag} == expected


HARD = ["U.S.", "U.S.A", "a.m.", "Mr.", "Mrs.X", "Sen. Doe", "J. R. R.", "Sheikh.", "Messrsx.", "MR.", "St.Louis",
        "Xi's", "O'Malley", "rock-'n'-roll", "'s", "\u2019s", "it's", "''", "``", "'", "`", "--", "1,000.5", "3:15pm",
        "2nd", "\u00bd", "\u0663", "\u00b2", "_x", "x_", "a&b", "co-chair.", "\x02\x03\x03", "\x02", "\u00a0",
        "\u2028", "\x1c", "\u201cQuote,\u201d", "caf\u00e9", "\U0001f600", "e.g.", "i.e.,"]


@pytest.mark.parametrize("grammar", sorted(GRAMMARS))
@pytest.mark.parametrize("text", HARD + [" ".join(HARD), "".join(HARD)])
def test_hard_cases(grammar, text):
    _same(grammar, text)
    _same(grammar, f"Then {text} said.")


@pytest.mark.parametrize("grammar", sorted(GRAMMARS))
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(HARD + list("aAsSzZ.,:;'`-_ 1\t\n\u2019")) | st.text(max_size=3), max_size=20))
def test_random_texts(grammar, parts):
    _same(grammar, "".join(parts))


def _corpus_texts() -> list[str]:
    texts = []
    with gzip.open(need(ALLSIDES), "rt", encoding="utf-8") as handle:
        for k, line in enumerate(handle):
            if k % 100 == 0:
                texts.append(json.loads(line).get("text") or "")
    texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted(need(BBC).rglob("*.txt"))[::40]]
    texts += [p.read_text("utf-8", "replace") for p in sorted((need(POLNEAR) / "dev").rglob("*.txt"))]
    return texts


@pytest.mark.parametrize("grammar", sorted(GRAMMARS))
def test_corpus_articles(grammar):
    texts = _corpus_texts()
    assert len(texts) > 400
    for text in texts:
        _same(grammar, text)
