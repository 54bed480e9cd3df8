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


@pytest.mark.parametrize(("text", "expected"), [
    # one or two modifiers between the owner and the noun: the owner still reports
    ("Voters doubted Dana Ruiz's repeated claims that the tax would fall.",
     [("that the tax would fall", "Dana Ruiz's")]),
    ("The court weighed the council's recent demands that the road be closed.",
     [("that the road be closed", "the council's")]),
    ("Aides walked back his unsubstantiated allegation that the mayor lied.",
     [("that the mayor lied", "his")]),
    ("Editors questioned Ann Cole's frequent assertion that the party would split.",
     [("that the party would split", "Ann Cole's")]),
    # (guards: a relative clause opened by an irregular past; no owner before the modifier)
    ("The governor's executive order that set up the curfew was lifted.", []),
    ("The governor's order that set a curfew was lifted.", []),
    ("A torrent of recent claims that he lied followed him.", []),
])
def test_modifiers_between_the_owner_and_a_noun_cue(text, expected):
    assert noun_cues(text) == expected


def test_a_participle_after_a_noun_cue_in_an_object_is_the_subjects():
    text = ("The senator blamed the press for making an issue out of Dana Ruiz's claim that the mayor "
            "\"founded the gang,\" saying reporters were nitpicking.")
    saying = [q for q in find_quotes(text) if q.cue == "saying"]
    assert [(q.text, q.speaker_mention) for q in saying] == [("reporters were nitpicking", "The senator")]


@pytest.mark.parametrize(("text", "expected"), [
    # nouns of speech that are never verbs report only with their owner and a that-clause
    ("Yahoo News outlined Mr. Steele\u2019s assertions that a volunteer, Carter Page, had discussed bribes.",
     [("that a volunteer, Carter Page, had discussed bribes", "Mr. Steele\u2019s")]),
    ("Democrats attacked President Trump's insistence that schools can safely reopen.",
     [("that schools can safely reopen", "President Trump's")]),
    ("The president's prediction that the economy would recover by Easter was tempered by officials.",
     [("that the economy would recover by Easter was tempered by officials", "The president's")]),
    # (guards: no owner, no that-clause)
    ("A torrent of unproven allegations that he conspired with Russia followed him.", []),
    ("Trump's allegations were false.", []),
])
def test_a_noun_of_speech_reports_only_with_its_owner(text, expected):
    assert noun_cues(text) == expected


def test_a_noun_cue_inside_a_reported_clause_leaves_the_clause_whole():
    text = "Sen. Charles Schumer said he disagreed with Mr. Grassley\u2019s claim that the FBI found no evidence."
    assert [(q.text, q.speaker_mention) for q in find_quotes(text)] == [
        ("he disagreed with Mr. Grassley\u2019s claim that the FBI found no evidence", "Sen. Charles Schumer"),
        ("that the FBI found no evidence", "Grassley\u2019s")]

