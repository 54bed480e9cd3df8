"""Hard cases of the mention search (:mod:`analysis.stance.mentions`): invented sentences, one mechanism each."""

import pytest

from analysis.stance.mentions import QuoteSpeaker, quote_mentions
from analysis.targets import registry
from analysis.text import Document

from .helpers import span


def mentions_of(text: str, content: str, speaker: QuoteSpeaker) -> list[tuple[str, str, str]]:
    found = quote_mentions(Document("x", text), [span(text, content)], registry(), speaker=speaker)
    return [(m.target, m.mention, m.rule) for m in found]


@pytest.mark.parametrize(("text", "content", "name", "expected"), [
    # a head of state named by the gazetteer speaks for the state when the paragraph is about another country
    ("Asked about the talks with Norway, Obama said: \u201cWe will keep talking.\u201d",
     "\u201cWe will keep talking.\u201d", "Obama", [("United States", "We", "pronoun")]),
    ("\u201cOur talks went well,\u201d Trump said after meeting Kim Jong Un.",
     "\u201cOur talks went well,\u201d", "Trump", [("United States", "Our", "pronoun")]),
    # domestic politics: no other target in the paragraph, no stance toward the country
    ("\u201cWe need a new tax code,\u201d Obama said.", "\u201cWe need a new tax code,\u201d", "Obama", []),
    # a speaker who is no gazetteer leader and whose country is unknown: "we" is nobody's
    ("Asked about the talks with Norway, Jane Doe said: \u201cWe will keep talking.\u201d",
     "\u201cWe will keep talking.\u201d", "Jane Doe", []),
])
def test_we_of_a_leader_without_a_country_is_the_leaders_state_abroad(text, content, name, expected):
    speaker = QuoteSpeaker(type="official", rule="surname->full", name=name)
    assert mentions_of(text, content, speaker) == expected


@pytest.mark.parametrize(("quote", "expected"), [
    # "US" in capitals is the country, never the official's "us"
    ("\u201cThe US will not back down,\u201d", [("United States", "US", "alias")]),
    ("\u201cSanctions by the US hurt us,\u201d", [("United States", "US", "alias"), ("Japan", "us", "pronoun")]),
])
def test_us_in_capitals_is_the_country_not_the_pronoun(quote, expected):
    text = quote + " the minister said."
    speaker = QuoteSpeaker(country="Japan", type="official", rule="unnamed")
    assert mentions_of(text, quote, speaker) == expected


@pytest.mark.parametrize(("text", "speaker_words", "content", "expected"), [
    # a pronoun whose nearest antecedent is in the speaker's own mention is the speaker, not that country
    ("Turkish officials said they have evidence of the killing.", "Turkish officials",
     "they have evidence of the killing", []),
    ("A Swiss drugmaker said its profits rose.", "A Swiss drugmaker", "its profits rose", []),
    # a description of a state still refers to the speaker's country
    ("Iran's foreign minister said his country would respond.", "Iran's foreign minister",
     "his country would respond", [("Iran", "his country", "pronoun")]),
    # an antecedent outside the speaker's mention is still one
    ("Speaking of Russia, the senator said they lied.", "the senator", "they lied",
     [("Russia", "they", "pronoun")]),
])
def test_a_pronoun_of_the_speakers_own_mention_is_the_speaker(text, speaker_words, content, expected):
    cue = text.index(" said")
    speaker = QuoteSpeaker(*span(text, speaker_words), type="official", rule="full-name")
    found = quote_mentions(Document("x", text), [span(text, content)], registry(), speaker=speaker, cue=(cue, -1))
    assert [(m.target, m.mention, m.rule) for m in found] == expected


@pytest.mark.parametrize(("quote", "expected"), [
    # "it" is a thing, not the country named before it
    ("\u201cRussia fired a missile and it flew 20 miles,\u201d", [("Russia", "Russia", "alias")]),
    ("\u201cChina has a new plan. It is clear that talks will go on,\u201d", [("China", "China", "alias")]),
    # "its" still refers back
    ("\u201cRussia fired a missile from its submarine,\u201d",
     [("Russia", "Russia", "alias"), ("Russia", "its", "pronoun")]),
])
def test_it_is_no_mention_of_a_country_and_its_is(quote, expected):
    text = quote + " the analyst said."
    speaker = QuoteSpeaker(type="academic", rule="unnamed")
    assert mentions_of(text, quote, speaker) == expected


@pytest.mark.parametrize(("text", "content", "expected"), [
    # the quote's sentence alone names no Middle East or Korea, its article does: the name is the country
    ("Syria's war has sent a million refugees abroad. A general said U.S. troops in neighboring Jordan would stay.",
     "U.S. troops in neighboring Jordan would stay", [("United States", "U.S.", "alias"), ("Jordan", "Jordan", "alias")]),
    ("North Korea fired two missiles on Sunday. An envoy said talks with the North would go on.",
     "talks with the North would go on", [("North Korea", "North", "alias")]),
    # a person's name in a US story stays a person
    ("Rep. Jim Jordan chaired the hearing. An aide said Jordan would not back down.",
     "Jordan would not back down", []),
])
def test_a_name_needing_a_context_reads_the_article_around_the_quote(text, content, expected):
    speaker = QuoteSpeaker(type="official", rule="surname->full", name="Jane Doe")
    assert mentions_of(text, content, speaker) == expected
