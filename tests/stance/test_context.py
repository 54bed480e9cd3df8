"""A target in its sentence: the masked token, its offsets, negation, clause scope and VADER valences."""

import pytest

from analysis.stance import target_stance
from analysis.stance.context import TARGET_TOKEN, clause_valence, narrow, target_context
from analysis.text import Document

from .helpers import span


def test_target_context_masks_the_target_and_keeps_offsets():
    text = "Critics said Beijing\u2019s policy is not working."
    ctx = target_context(text, *span(text, "Beijing"))
    assert ctx.words[ctx.target] == TARGET_TOKEN
    assert ctx.possessive and ctx.mention == ("beijing",)
    assert ctx.negated[ctx.words.index("working")]
    for word, (s, e) in zip(ctx.words, ctx.spans):
        if word != TARGET_TOKEN:
            assert text[s:e].lower().replace("\u2019", "'") == word


def test_context_in_a_document_reads_only_its_stretch():
    from analysis.stance.context import context_in

    text = "He said so. \u201cBeijing is wrong,\u201d Tokyo said. Then he left."
    doc = Document("a", text)
    lo, hi = span(text, "\u201cBeijing is wrong,\u201d")
    ctx = context_in(doc, lo, hi, *span(text, "Beijing"))
    assert "tokyo" not in ctx.words and "left" not in ctx.words and "wrong" in ctx.words


VADER_CASES = [
    # (sentence, target, label, an evidence word)
    ("Smith is not a good leader.", "Smith", "negative", "not good"),
    ("Smith is not a bad leader.", "Smith", "positive", "not bad"),
    ("Jones is an extremely dishonest man.", "Jones", "negative", "dishonest"),
    ("Smith spoke first; Jones is a liar.", "Smith", "neutral", None),  # the insult is about Jones
    ("Smith met Jones.", "Jones", "neutral", None),
]


@pytest.mark.parametrize(("text", "word", "label", "word_in_evidence"), VADER_CASES)
def test_vader_is_scoped_to_the_clause_with_negation(text, word, label, word_in_evidence):
    stance = target_stance(text, *span(text, word), method="vader")
    assert stance.label == label and stance.method == "vader"
    if word_in_evidence:
        assert any(e.startswith(word_in_evidence + " ") for e in stance.evidence)
    else:
        assert stance.evidence == ()


def test_vader_boosters_and_capitals_strengthen():
    plain = clause_valence(target_context("Smith is good.", 0, 5))[0]
    boosted = clause_valence(target_context("Smith is very good.", 0, 5))[0]
    shouted = clause_valence(target_context("Smith is GOOD.", 0, 5))[0]
    assert 0 < plain < boosted and plain < shouted


def test_long_text_is_narrowed_to_the_target_sentence():
    sentence = "Tokyo was praised for its generous aid, while Beijing was condemned for its brutal crackdown."
    article = ("Officials met on Monday to discuss the plan. " * 15) + "\n\n" + sentence + "\n\nThey left."
    offset = article.index(sentence)
    start, end = span(sentence, "Beijing")
    narrowed, a, b = narrow(article, offset + start, offset + end)
    assert narrowed == sentence and (a, b) == (start, end)
    assert target_stance(article, offset + start, offset + end) == target_stance(sentence, start, end)
