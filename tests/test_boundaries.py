"""The compiled build's Punkt (analysis.boundaries) against NLTK's: the same patterns, the same spans."""

import gzip
import json
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import boundaries, load_corpus
from analysis.sentences import _parameters, paragraph_spans, splitter, tokenizer

from .conftest import ALLSIDES, POLNEAR, PROJECT_DIR, SEED, need

punkt = pytest.importorskip("nltk.tokenize.punkt")


@pytest.fixture(scope="module")
def port():
    return boundaries.Punkt(*_parameters())


def nltk_spans(text):
    return list(tokenizer().span_tokenize(text))


# -- the patterns and constants are NLTK's -------------------------------------------------------------------

def test_patterns_are_nltks():
    lang = punkt.PunktLanguageVars()
    assert boundaries.WORD_TOKENIZE_FMT == lang._word_tokenize_fmt
    assert boundaries.PERIOD_CONTEXT_FMT == lang._period_context_fmt
    assert boundaries.MULTI_CHAR == lang._re_multi_char_punct
    assert boundaries.WORD_START == lang._re_word_start
    assert boundaries.SENT_END == lang._re_sent_end_chars
    assert boundaries.REALIGNMENT == punkt.PunktLanguageVars.re_boundary_realignment.pattern
    assert boundaries.SENT_END_CHARS == lang.sent_end_chars
    assert boundaries.PUNCTUATION == punkt.PunktSentenceTokenizer.PUNCTUATION
    assert boundaries._ELLIPSIS_RE.pattern == punkt.PunktToken._RE_ELLIPSIS.pattern
    assert boundaries._NUMERIC_RE.pattern == punkt.PunktToken._RE_NUMERIC.pattern
    assert boundaries._INITIAL_RE.pattern == punkt.PunktToken._RE_INITIAL.pattern
    ours, theirs = re.compile(boundaries.NON_WORD), re.compile(lang._re_non_word_chars)
    # NLTK builds this class from a set, so its order varies between processes: compare the characters it takes
    assert all(bool(ours.fullmatch(chr(c))) == bool(theirs.fullmatch(chr(c))) for c in range(0x3000))
    assert (boundaries._ORTHO_MID_UC, boundaries._ORTHO_UC, boundaries._ORTHO_BEG_LC, boundaries._ORTHO_LC) == (
        punkt._ORTHO_MID_UC, punkt._ORTHO_UC, punkt._ORTHO_BEG_LC, punkt._ORTHO_LC)


# -- the same spans ------------------------------------------------------------------------------------------

HARD = [
    "Mr. Smith went to Washington. He said so.",
    "The U.S. and the U.K. asked the U.N. Security Council to meet. It agreed.",
    "He left at 5 p.m. Then he came back at 6 a.m. on Friday.",
    '"Why now?" she asked. "Because."',
    "(Sent1.) Sent2. [Sent3!] Sent4?",
    "Very bad acting!!! I promise. Or not...  Next one.",
    "Johann S. Bach wrote it. J. S. Bach did. Then B. Obama spoke.",
    "He moved into No. 10 Downing Street. Ministers followed.",
    "It was China vs. the West, e.g. on trade, i.e. tariffs. Talks stalled.",
    "Prices rose 3.5 per cent in 2021. Analysts expected 2.9 per cent. 1. The first. 2. The second.",
    "\u201cThe aim is clear.\u201d Gabuev said so twice. \u2018Yes.\u2019 It ended.",
    "A line. \nAnother line.\n\nA paragraph. -- A dash. .. Dots. . . . Spaced.",
    "Ends without a stop",
    "",
    "   ",
    "....",
    "Wait... what? Really?! Yes!!",
    "The co-op. Inc. has a sub-dept. In it, Sen. Warren spoke. Gov. X. Y. Zed too.",
    "See Fig. 3. The results hold. Etc. And so on. U.S.-China talks. Etc.",
]


@pytest.mark.parametrize("text", HARD)
def test_hard_cases_split_as_nltk(port, text):
    assert port.span_tokenize(text) == nltk_spans(text)


_ALPHABET = st.sampled_from(list("aAbBzZ .,.!?;:\"'()[]-\n\u201c\u201d\u2018\u2019\u00ab\u00bb05") +
                            ["Mr.", "U.S.", "No.", "p.m.", "J.", "...", " The ", " said ", "--", "\u00a0", "\t"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_random_texts_split_as_nltk(port, text):
    assert port.span_tokenize(text) == nltk_spans(text)


def _paragraphs(texts):
    for text in texts:
        for start, end in paragraph_spans(text):
            yield text[start:end]


def test_corpus_paragraphs_split_as_nltk(port, sample_corpus):
    texts = list(load_corpus(need(SEED))[0]["text"]) + list(load_corpus(sample_corpus)[0]["text"])
    texts += list(load_corpus(need(POLNEAR) / "dev")[0]["text"])
    with gzip.open(need(ALLSIDES), "rt", encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for k, line in enumerate(handle) if k % 20 == 0]
    paragraphs = list(_paragraphs(texts))
    assert len(paragraphs) > 20_000
    differ = [p for p in paragraphs if port.span_tokenize(p) != nltk_spans(p)]
    assert differ == []


def test_decisions_are_remembered_and_the_same(port):
    context = "Mr. Smith"
    assert port.contains_break(context) is port.contains_break(context) is False
    assert port.contains_break("said. The") is True


# -- which one runs ------------------------------------------------------------------------------------------

def test_the_compiled_build_splits_without_importing_nltk():
    script = ("import sys, analysis; from analysis import boundaries, sentences\n"
              "spans = sentences.sentence_spans('Mr. Smith left. He said so.')\n"
              "print(boundaries.COMPILED, 'nltk' in sys.modules, len(spans))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=PROJECT_DIR).stdout.split()
    compiled = out[0] == "True"
    assert out == [str(compiled), str(not compiled), "2"]  # NLTK's tokenizer runs only in the pure-Python path


def test_splitter_is_the_port_only_when_compiled():
    assert isinstance(splitter(), boundaries.Punkt) == boundaries.COMPILED
