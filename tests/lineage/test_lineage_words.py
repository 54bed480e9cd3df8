"""What a quote is matched on: its words, its quoted pieces, its speaker (analysis.lineage.words)."""

import pytest

from analysis.lineage.words import (
    Vocabulary,
    quote_texts,
    quote_words,
    quoted_pieces,
    span_pieces,
    speaker_key,
    strip_link_cards,
    words,
)


@pytest.mark.parametrize("text, expected", [
    ("“We won’t back down,” she said.", ["we", "won't", "back", "down", "she", "said"]),
    ('"We won\'t back down," she said.', ["we", "won't", "back", "down", "she", "said"]),
    ("The [Assad] regime must go…", ["the", "assad", "regime", "must", "go"]),
    ("U.S. troops — 2,500 of them", ["u", "s", "troops", "2", "500", "of", "them"]),
    ("", []),
])
def test_words_ignore_case_marks_and_punctuation(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('called it a "grave mistake" and "a disgrace"', ["grave mistake", "a disgrace"]),
    ("called it a “grave mistake”", ["grave mistake"]),
    ("called it a ``grave mistake''", ["grave mistake"]),
    ('said the plan was "dead on arrival', ["dead on arrival"]),  # unclosed: runs to the end
    ("called it a 'grave mistake' on Monday", ["grave mistake"]),  # single marks only without double ones
    ("Xi's plan and the students' march", []),  # apostrophes are not quote marks
    ("grave mistake,” he said", ["grave mistake,"]),  # content opening inside a quotation begun before it
    ("no quote marks at all", []),
])
def test_quoted_pieces(text, expected):
    assert [p.strip() for p in quoted_pieces(text)] == expected


def test_a_mixed_quote_is_matched_on_its_quoted_words_only():
    found = quote_words("mixed", 'she would not let the "reckless plan destroy the jobs" in her state')
    assert found.words == ["reckless", "plan", "destroy", "the", "jobs"]
    assert found.quoted and "state" in found.extra


def test_a_mixed_quote_without_marks_is_matched_on_all_its_words():
    found = quote_words("mixed", "the plan was dead")
    assert found.words == ["the", "plan", "was", "dead"] and not found.quoted


def test_an_indirect_quote_keeps_all_its_words_even_with_marks():
    assert quote_words("indirect", 'the plan was "dead"').words == ["the", "plan", "was", "dead"]


def test_a_direct_quote_is_cut_into_its_pieces_by_its_spans():
    text = '"We will win," "and soon."'
    found = quote_texts(["direct"], [text], [[[10, 23], [40, 51]]])
    assert [p.strip('"') for p in found.pieces[0]] == ["We will win,", "and soon."]


@pytest.mark.parametrize("spans", [[[0, 5], [9, 12]], [[0, 3]], None, "junk"])
def test_spans_that_do_not_fit_the_text_leave_it_whole(spans):
    assert span_pieces("abcdefgh", spans) == ["abcdefgh"]


@pytest.mark.parametrize("name, named, key", [
    ("Donald Trump", True, "trump"),
    ("Trump", True, "trump"),
    ("Mr. Trump’s", True, "trump"),
    ("Martin Luther King Jr.", True, "king"),
    ("analysts", False, None),
    (None, True, None),
    ("", True, None),
    ("RUSSIA PROBE IS A", True, None),  # a headline taken for a speaker
])
def test_speaker_key(name, named, key):
    assert speaker_key(name, named) == key


@pytest.mark.parametrize("text, expected", [
    ("President Trump Donald John TrumpSessions says he still supports Trump despite ouster MORE in key states",
     "President Trump Donald John in key states"),
    ("he still supports Trump despite ouster as AG report MORE has cut into the lead", "has cut into the lead"),
    ("Senator Chris CoonsChristopher (Chris) Andrew CoonsDemocrats weigh next steps MORE (D-Del.) said",
     "Senator Chris (D-Del.) said"),
    ("We need more teachers", "We need more teachers"),
])
def test_link_cards_are_stripped(text, expected):
    assert " ".join(strip_link_cards(text).split()) == expected


def test_a_shouted_more_costs_the_words_before_it():
    # the rule's known cost: a quote that starts inside a card is cut up to its MORE, and so is a shout
    assert strip_link_cards("We need MORE teachers").split() == ["teachers"]


def test_vocabulary_encodes_many_texts_at_once_as_one_at_a_time():
    vocabulary = Vocabulary()
    texts = ["Hello, World’s end", "", "it a “grave mistake”", "x\x01y"]
    ids, ends = vocabulary.encode_many(texts)
    starts = [0, *ends[:-1]]
    decoded = [[vocabulary.words_of()[i] for i in ids[s:e]] for s, e in zip(starts, ends)]
    assert decoded == [words(t.replace("\x01", " ")) for t in texts]
    assert 0 not in ids.tolist()  # id 0 separates texts
