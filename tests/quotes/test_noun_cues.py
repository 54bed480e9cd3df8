"""Cues spelt as nouns with their owner or agent (analysis.quotes.noun_cues): "the mayor's claim that ...",
"claims by campaigners that ..."; sentences written for these tests."""

import pytest

from analysis.quotes import find_quotes


def noun_cues(text: str) -> list[tuple[str, str]]:
    """(content, speaker mention) of the rows of rule ``noun_cue`` in a text."""
    return [(q.text, q.speaker_mention) for q in find_quotes(text) if q.rule == "noun_cue"]


@pytest.mark.parametrize(("text", "expected"), [
    # the owner: a possessive pronoun, a phrase with its determiner, a name by itself after the words before it
    ("His claim that the vote was rigged was false.", [("that the vote was rigged was false", "His")]),
    ("Reporters checked the mayor's claim that crime had fallen.", [("that crime had fallen", "the mayor's")]),
    ("Voters doubted Dana Ruiz's claim that the tax would fall.", [("that the tax would fall", "Dana Ruiz's")]),
    ("The senator took issue with Dana Ruiz's claim that the tax would fall.",
     [("that the tax would fall", "Dana Ruiz's")]),
    ("The column drew its spirit from Ann Cole's warning that the party would split.",
     [("that the party would split", "Ann Cole's")]),
    # the agent after "by" or "from"
    ("The move follows claims by campaigners that the tests are unfair.",
     [("that the tests are unfair", "campaigners")]),
    # a relative clause after the noun reports nothing
    ("Her claim that was made on Monday proved false.", []),
    ("Claims by campaigners that were rejected last year came back.", []),
])
def test_a_cue_spelt_as_a_noun_reports_with_its_owner_or_agent(text, expected):
    assert noun_cues(text) == expected


def test_a_participle_after_a_noun_cue_in_an_object_is_the_subjects():
    text = ("The senator blamed the press for making an issue out of Dana Ruiz's claim that the mayor "
            "\"founded the gang,\" saying reporters were nitpicking.")
    saying = [q for q in find_quotes(text) if q.cue == "saying"]
    assert [(q.text, q.speaker_mention) for q in saying] == [("reporters were nitpicking", "The senator")]
