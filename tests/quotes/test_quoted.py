"""Attributions inside a quotation (analysis.quotes.quoted): a quoted speaker reporting another source."""

import pandas as pd
import pytest

from analysis.quotes import extract_quotes, find_quotes
from analysis.quotes.quoted import reporting_words


def one_article(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)


@pytest.mark.parametrize(("text", "expected"), [
    # a noun phrase or a name reporting a clause inside the quotation: a row of its own
    ('"Some members noted that an increase might be warranted in due course," the minutes said.',
     [("that an increase might be warranted in due course", "Some members")]),
    ('"Obama told me that he would veto it," Smith said.', [("that he would veto it", "Obama")]),
    ('Mr Earnest said: "The president announced this year that the pipeline would not be built."',
     [("that the pipeline would not be built", "The president")]),
    ('"Police said the officer fired after the man pointed his gun at them," the station reported.',
     [("the officer fired after the man pointed his gun at them", "Police")]),
    # a speech cue's clause without "that": a subject and a finite verb or modal open it
    ('"Clinton allies acknowledge it was not insignificant," he said.',
     [("it was not insignificant", "Clinton allies")]),
    ('"The governor stated he would allow it," Smith said.', [("he would allow it", "The governor")]),
    ('"As Lord Woolf also acknowledged, it is highly unlikely that he would appoint a judge," she said.',
     [("it is highly unlikely that he would appoint a judge", "Lord Woolf")]),
    # the quoted speaker's own voice, a pronoun, an idiom or a denial by nobody: no row
    ('"I think that we will win," he said.', []),
    ('"He believes that Flynn should testify," Spicer said.', []),
    ('"Having said all that, this was a few hundred demonstrators," he said.', []),
    ('"Nobody has ever suggested that to me," the senator said.', []),
    # words quoted inside the quotation after a pronoun and a cue: another's, even when a pronoun names them; not
    # the quoted speaker's own ("I said")
    ('"You have called to shut it down. You say, \u2018I want to shut down the government.\u2019 We do not," '
     "Schumer said.", [("\u2018I want to shut down the government.\u2019", "You")]),
    ('"He said \u2018yes.\u2019 He is an experienced lawyer," Clinton said.', [("\u2018yes.\u2019", "He")]),
    ('"I said \u2018no\u2019 to them," Paul said.', []),
    # a cue without a clause after it reports nothing here ("the senator noted the figures")
    ('"The senator noted the figures," she said.', []),
    # (a guard: reported speech is read as before, not twice)
    ("Smith said Obama told him that he would veto it.", [("that he would veto it", "Obama")]),
])
def test_a_source_a_quotation_reports_is_a_nested_row(text, expected):
    quotes = find_quotes(text)
    rows = [(q.text, q.speaker_mention) for q in quotes if q.outer is not None]
    assert rows == expected


def test_a_description_inside_a_quotation_is_never_the_quoted_speaker():
    text = ('"We had a tough game," Mr. Earnest said. "The president announced earlier this year that the pipeline '
            'would not be built."')
    table = one_article(text)
    inner = table[table["nested_in"].notna()]
    assert list(inner["speaker_mention"]) == ["The president"]
    assert list(inner["speaker"]) == ["The president"]  # not Earnest, who speaks the quotation


def test_a_source_named_inside_a_quotation_is_no_antecedent_outside_it():
    text = ('Peter Navarro, an adviser, said the memo was right.\n\n"When I warned in January, Anthony Fauci was telling '
            'the media not to worry," he said.')
    table = one_article(text)
    tagged = table[table["speaker_mention"] == "he"]
    assert list(tagged["speaker"]) == ["Peter Navarro"]  # not Fauci, whom the quotation names as a source


def test_only_words_of_reporting_cues_open_the_reading_of_a_quotation():
    words = reporting_words()
    assert {"said", "told", "noted", "reported"} <= words
    assert not {"think", "believe", "plans", "the"} & words


def test_a_pronoun_inside_a_quotation_is_never_the_quoted_speaker():
    text = 'Louis Freeh spoke on Monday. "He said \u2018yes.\u2019 He is an experienced lawyer," Freeh said.'
    quotes = one_article(text)
    nested = quotes[quotes.nested_in.notna()]
    assert list(nested.text) == ["\u2018yes.\u2019"]
    assert nested.speaker.isna().all()  # not Freeh, whose quotation it is
    assert list(quotes[quotes.nested_in.isna()].speaker) == ["Louis Freeh"]

