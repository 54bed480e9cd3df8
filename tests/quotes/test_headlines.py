"""Tests of analysis.quotes.headlines: attributions in an article's title, linked to the text's speakers.

The titles and texts are written for these tests.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.pipeline import needed, process_batch
from analysis.quotes import (
    HEADLINE_COLUMNS,
    QUOTE_COLUMNS,
    extract_headlines,
    extract_quotes,
    quote_id,
)
from analysis.quotes.headlines import in_text, same_speaker
from analysis.speakers import Speaker


def headlines(title: object, text: str = "The story.") -> pd.DataFrame:
    """The headlines table of one article, its title's speakers linked to its text's."""
    articles = pd.DataFrame({"article_id": ["a1"], "title": [title], "text": [text]})
    return extract_headlines(articles, quotes=extract_quotes(articles))


@pytest.mark.parametrize("title, text, expected", [
    # a title's colon names the speaker; the text's full name and role come with it
    ("Trump: My immigration plans aren't set in stone.",
     "Donald Trump, the Republican front-runner, said on Sunday that his plans could change.",
     [("Trump", "Donald Trump", "My immigration plans aren't set in stone", "headline_colon")]),
    # a title's line is read as a sentence (inside a text, a line like it is skipped as a headline)
    ("Blair says election will be tough", "Tony Blair told the BBC he was confident.",
     [("Blair", "Tony Blair", "election will be tough", "speaker_cue")]),
    # title case capitalises the adverbs and auxiliaries after the speaker: they are no part of the name
    ("Rick Perry Just Announced His Endorsement Of A Candidate.",
     "Rick Perry, the former governor, said he was backing the senator.",
     [("Rick Perry", "Rick Perry", "His Endorsement Of A Candidate", "speaker_cue")]),
    ("Trump May Not Have Suggested A Registry, But He Backed One.", "The story.",
     [("Trump", "Trump", "A Registry, But He Backed One", "speaker_cue")]),
    # a title before the name is dropped as the speakers table drops it
    ("Mr Kennedy says his party can win", "Charles Kennedy told the BBC he was confident.",
     [("Mr Kennedy", "Charles Kennedy", "his party can win", "speaker_cue")]),
    # a name two of the text's speakers end with stays as the title writes it
    ("Clinton says campaign will go on", 'Hillary Clinton said it was over. "No," Bill Clinton said.',
     [("Clinton", "Clinton", "campaign will go on", "speaker_cue")]),
])
def test_title_attributions_and_their_speakers(title, text, expected):
    table = headlines(title, text)
    assert list(zip(table.speaker_mention, table.speaker, table.text, table.rule)) == expected


@pytest.mark.parametrize("title", [
    "Minister accused of lying over NHS figures",  # a passive without its auxiliary
    "Storm blamed for wrecks, deaths",
    "Minister Criticised Over NHS Figures",
    "Can May Polls Predict A November Winner?",  # a question
    "Why Trump Won and You Didn't See It Coming",  # a personal pronoun: no antecedent in a title
    "Repealing Obamacare: why states could struggle to fill the gap",  # a topic before the colon
    "Revealed: The Massive New Plan to Remake American Politics",  # a label before the colon
    "Storm hits coast",  # no cue
])
def test_titles_that_report_nothing(title):
    table = headlines(title)
    assert table.empty, list(zip(table.speaker_mention, table.text, table.rule))


def test_a_relative_pronoun_keeps_its_row():
    table = headlines("Judge Who Mocked Protesters Wins Seat.")  # (a personal pronoun's row would go)
    assert list(table.speaker_mention) == ["Who"]


@pytest.mark.parametrize("title", [None, float("nan"), "", "   ", 42])
def test_missing_or_odd_titles_give_no_rows(title):
    assert headlines(title).empty


def test_table_columns_and_offsets_into_the_title():
    title = "Labour says Trump does not deserve such honours"
    articles = pd.DataFrame({"article_id": ["a1", "a2"], "title": [title, None], "text": ["Short.", "Other."]})
    table = extract_headlines(articles)
    assert list(table.columns) == list(HEADLINE_COLUMNS) == list(QUOTE_COLUMNS)
    assert len(table) == 1
    row = table.iloc[0]
    assert [title[s:e] for s, e in row.spans] == [row.text]
    assert title[row.speaker_start:row.speaker_end] == "Labour"
    assert "title" in HEADLINE_COLUMNS["spans"] and "title" not in QUOTE_COLUMNS["spans"]


def test_articles_without_a_title_column():
    table = extract_headlines(pd.DataFrame({"article_id": ["a1"], "text": ["Labour says it will win."]}))
    assert table.empty and list(table.columns) == list(HEADLINE_COLUMNS)


def test_a_title_row_never_shares_an_id_with_a_text_row():
    spans, cue = [[12, 40]], (7, 11)
    assert quote_id("a1", spans, cue=cue) != quote_id("a1", spans, cue=cue, field="title")
    assert quote_id("a1", spans, cue=cue) == quote_id("a1", spans, cue=cue, field="text")


def test_in_text_links_a_unique_name_ending():
    text = [Speaker("Donald Trump", True, "president", None, "official", "United States", "full-name"),
            Speaker("Ivanka Trump", True, None, None, "other", None, "full-name"),
            Speaker("Nancy Pelosi", True, "speaker", None, "official", None, "full-name")]
    title = Speaker("Pelosi", True, None, None, "other", None, "surname-only")
    linked = in_text(title, text)
    assert (linked.speaker, linked.role, linked.type, linked.rule) == ("Nancy Pelosi", "speaker", "official",
                                                                       "surname-only+text")
    assert in_text(Speaker("Trump", True, None, None, "other", None, "surname-only"), text).speaker == "Trump"
    assert in_text(None, text) is None
    unnamed = Speaker("analysts", False, None, None, "unnamed", None, "unnamed")
    assert in_text(unnamed, text) is unnamed


@pytest.mark.parametrize("title_name, text_name, same", [
    ("Trump", "Donald Trump", True),
    ("Mr Kennedy", "Charles Kennedy", True),
    ("Supreme Court", "U.S. Supreme Court", True),
    ("Donald Trump", "Donald Trump", True),
    ("Trump", "Ivanka", False),
    ("Bill Clinton", "Hillary Clinton", False),
])
def test_same_speaker(title_name, text_name, same):
    assert same_speaker(title_name, text_name) is same


def test_the_pipeline_computes_headlines_after_quotes():
    assert needed(("headlines",)) == ("quotes", "headlines")
    articles = pd.DataFrame({"article_id": ["a1"], "title": ["Blair says election will be tough"],
                             "text": ["Tony Blair told the BBC he was confident."]})
    out = process_batch(articles, tables=("headlines",))
    assert list(out["headlines"].speaker) == ["Tony Blair"]
    assert not math.isnan(out["headlines"].speaker_start.iloc[0])
