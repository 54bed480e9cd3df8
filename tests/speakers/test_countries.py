"""Speakers' countries from the world gazetteer: names, demonyms and adjectives in roles, capitals as places.

Sentences written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import extract_quotes
from analysis.speakers import resolve_speakers
from analysis.speakers.lexicon import gazetteer_phrases

COUNTRIES = [
    # (text, speaker mention, country, rule)
    ("Iran's foreign minister said the talks were over.", "Iran's foreign minister", "Iran", "unnamed"),
    ("A Turkish official said the border was closed.", "A Turkish official", "Turkey", "unnamed"),
    ("The German chancellor said the plan was fair.", "The German chancellor", "Germany", "unnamed"),
    ("Pyongyang's state media said the test succeeded.", "Pyongyang's state media", "North Korea", "unnamed"),
    ("Ankara said the strikes would continue.", "Ankara", "Turkey", "place"),
    ("Tehran said the sanctions were illegal.", "Tehran", "Iran", "place"),
    ("North Korean state media said the launch was a success.", "North Korean state media", "North Korea",
     "unnamed"),
    ("A Syrian government spokesman said the city was retaken.", "A Syrian government spokesman", "Syria", "unnamed"),
    ("A Georgian diplomat said Tbilisi would not yield.", "A Georgian diplomat", "Georgia", "unnamed"),
    ("A Scottish official said the vote was fair.", "A Scottish official", "United Kingdom", "unnamed"),
    ("Hong Kong's chief executive said the law was needed.", "Hong Kong's chief executive", "Hong Kong", "unnamed"),
    ("A Taiwanese official said the drills were provocative.", "A Taiwanese official", "Taiwan", "unnamed"),
    ("Kosovo's prime minister said the talks had failed.", "Kosovo's prime minister", "Kosovo", "unnamed"),
    ("A Palestinian official said the talks had failed.", "A Palestinian official", "Palestine", "unnamed"),
    ("A Qatari mediator said a deal was close.", "A Qatari mediator", "Qatar", "unnamed"),
    ("Ramallah said the vote would go ahead.", "Ramallah", "Palestine", "place"),
    ("The Kremlin said the talks were useful.", "The Kremlin", "Russia", "organisation"),
    # a country's people are a group of speakers with that country; "the Russians" and "Russia" are its side
    ("Most Americans say the economy is weak.", "Most Americans", "United States", "unnamed"),
    ("Britons said a camera would be their choice.", "Britons", "United Kingdom", "unnamed"),
    ("The Russians said the talks had failed.", "The Russians", "Russia", "country"),
    ("Russia said the talks had failed.", "Russia", "Russia", "country"),
    # an office "of" a country, in apposition or in the description; a share of a country's people
    ("Anna Berg, foreign minister of the Netherlands, said the deal was fair.", "Anna Berg", "Netherlands",
     "full-name"),
    ("The president of France said the deal was fair.", "The president of France", "France", "unnamed"),
    ("Fifty percent of Germans said the deal was fair.", "Fifty percent of Germans", "Germany", "unnamed"),
    # ... but a relation to a country is no office of it
    ("Critics of the Saudis said the deal was unfair.", "Critics of the Saudis", None, "unnamed"),
    # Jordan and Georgia alone need a context the speaker passes do not read: no country, as before
    ("Jordan's foreign minister said the border would stay open.", "Jordan's foreign minister", None, "unnamed"),
]


@pytest.mark.parametrize(("text", "words", "country", "rule"), COUNTRIES)
def test_speaker_country_from_the_gazetteer(text, words, country, rule):
    start = text.index(words)
    got = resolve_speakers(text, [(start, start + len(words))])[0]
    assert (got.country, got.rule) == (country, rule)


def test_speaker_country_column_of_the_quotes_table():
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "text": [
        '"We will respond," Iran\'s foreign minister said on Monday.',
        '"The strikes will continue," Ankara said.',
        '"The test succeeded," Pyongyang\'s state media said.']})
    quotes = extract_quotes(articles)
    assert quotes["speaker_country"].tolist() == ["Iran", "Turkey", "North Korea"]


def test_gazetteer_phrases_leave_out_context_names_given_names_and_organisations():
    phrases = {text: (kind, country) for text, kind, country in gazetteer_phrases()}
    assert phrases["Iranian"] == ("country", "Iran") and phrases["Tehran"] == ("place", "Iran")
    assert phrases["Scottish"] == ("country", "United Kingdom")  # a region says its parent
    for left_out in ("Georgia", "Jordan", "Chad", "Jersey", "White House", "the Chinese", "Chinese government",
                     "EU", "NATO", "Putin"):
        assert left_out not in phrases, left_out
