"""The one tokeniser: offsets, kinds and lookup forms."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.tokens import plural_apostrophe, tokenize


@pytest.mark.parametrize(("text", "tokens"), [
    # a web domain is one word, its sentence's full stop not part of it
    ("told NJ.com it was BBC.co.uk.", [("told", "told", "word"), ("NJ.com", "nj.com", "word"), ("it", "it", "word"),
                                      ("was", "was", "word"), ("BBC.co.uk", "bbc.co.uk", "word"), (".", ".", "punct")]),
    ("Mr. Xi\u2019s co-chair said", [("Mr.", "mr", "abbr"), ("Xi", "xi", "word"), ("\u2019s", "'s", "poss"),
                                    ("co-chair", "co-chair", "word"), ("said", "said", "word")]),
    ("U.S. Sen. John F. Kennedy Jr.", [("U.S.", "u.s.", "abbr"), ("Sen.", "sen", "abbr"), ("John", "john", "word"),
                                       ("F.", "f", "abbr"), ("Kennedy", "kennedy", "word"), ("Jr.", "jr", "abbr")]),
    ("who is 70. Rawlings, 59, paid 1,200 at 4:45", [("who", "who", "word"), ("is", "is", "word"), ("70", "70", "num"),
                                                     (".", ".", "punct"), ("Rawlings", "rawlings", "word"),
                                                     (",", ",", "punct"), ("59", "59", "num"), (",", ",", "punct"),
                                                     ("paid", "paid", "word"), ("1,200", "1,200", "num"),
                                                     ("at", "at", "word"), ("4:45", "4:45", "num")]),
    ('he said "no"', [("he", "he", "word"), ("said", "said", "word"), ('"', '"', "quote"), ("no", "no", "word"),
                      ('"', '"', "quote")]),
    # a double hyphen is one dash, a hyphen inside a word stays in it
    ("Flake -- a critic -- said", [("Flake", "flake", "word"), ("--", "--", "punct"), ("a", "a", "word"),
                                   ("critic", "critic", "word"), ("--", "--", "punct"), ("said", "said", "word")]),
])
def test_tokens(text, tokens):
    found = tokenize(text)
    assert list(zip(found.raw, found.low, found.kind)) == tokens


def test_invisible_characters_are_white_space():
    found = tokenize("John\u200b Smith")
    assert found.raw == ["John", "Smith"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ\u00e91.'\u2019&-\"\u201c\u201d,;: \t\n\u200b"), max_size=60))
def test_tokens_slice_the_text_and_cover_every_visible_character(text):
    found = tokenize(text)
    covered = set()
    for start, end, raw in zip(found.start, found.end, found.raw):
        assert text[start:end] == raw and start < end
        covered.update(range(start, end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace() and c != "\u200b")


@pytest.mark.parametrize(("text", "expected"), [
    ("the Music Managers' Forum", True), ("Department of Veterans\u2019 Affairs", True),
    ("Massachusetts' 4th District", True),
    # a singular name in -ss, an acronym, a lower-case word or a comma after it
    ("Congress' Joint Committee", False), ("the IRS' Professional Managers", False), ("the players' union", False),
    ("the players', Forum", False),
])
def test_a_plural_apostrophe_inside_a_name(text, expected):
    toks = tokenize(text)
    k = next(i for i, raw in enumerate(toks.raw) if raw in ("'", "\u2019") and i > 0 and toks.low[i - 1].endswith("s"))
    assert plural_apostrophe(toks.low, toks.raw, toks.start, toks.end, k) is expected
