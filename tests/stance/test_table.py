"""The stance table: targets found in the quote's content only, never the speaker, pronouns resolved; its
columns; the same rows in chunks; the seed article's bar (no target from a speaker's own affiliation, no
speaker with a stance toward itself)."""

import pandas as pd
import pytest

import analysis.stance.table as stance_step
from analysis.quotes import extract_quotes
from analysis.stance import LABELS, STANCE_COLUMNS, stance_table
from analysis.stance.mentions import QuoteSpeaker, quote_mentions
from analysis.targets import registry
from analysis.text import Document

from .helpers import span

ARTICLE = (
    "Officials met in Geneva on Monday.\n\n"
    "\u201cBeijing is bullying its neighbours and Moscow is helping,\u201d Tokyo said on Tuesday.\n\n"
    "Kremlin spokesman Dmitry Peskov said Russia had always been a reliable partner for Japan."
)


def quote_row(article_id, quote_id, content, speaker, speaker_mention, text=ARTICLE, **extra):
    start, end = span(text, content)
    s_start, s_end = span(text, speaker_mention) if speaker_mention else (-1, -1)
    return {"article_id": article_id, "quote_id": quote_id, "kind": "direct", "text": content,
            "spans": [[start, end]], "start": start, "end": end, "speaker": speaker,
            "speaker_start": s_start, "speaker_end": s_end, "paragraph": 1, **extra}


@pytest.fixture()
def hand_quotes():
    return pd.DataFrame([
        quote_row("a1", "a1:q1", "Beijing is bullying its neighbours and Moscow is helping,", "Tokyo", "Tokyo",
                  speaker_rule="place", speaker_country="Japan", speaker_type="official"),
        quote_row("a1", "a1:q2", "Russia had always been a reliable partner for Japan", "Dmitry Peskov",
                  "Kremlin spokesman Dmitry Peskov", speaker_rule="full-name", speaker_country="Russia",
                  speaker_type="official"),
    ])


def test_targets_come_from_the_content_only(hand_quotes):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [ARTICLE]})
    before = hand_quotes.copy()
    table = stance_table(hand_quotes, articles=articles)
    pd.testing.assert_frame_equal(hand_quotes, before)
    assert list(table.columns) == list(STANCE_COLUMNS)
    pairs = set(zip(table["quote_id"], table["target"]))
    # q2: "Kremlin" stands in the attribution (the speaker's own affiliation): Russia comes from the content
    assert pairs == {("a1:q1", "China"), ("a1:q1", "Russia"), ("a1:q2", "Russia"), ("a1:q2", "Japan")}
    russia = table[(table["quote_id"] == "a1:q2") & (table["target"] == "Russia")].iloc[0]
    assert russia.mention == "Russia" and ARTICLE[russia.start:russia.end] == "Russia" and russia.n_mentions == 1
    assert set(table["label"]) <= set(LABELS) and set(table["method"]) == {"linear"}
    assert (table["speaker_canonical"].notna()).all()


def test_a_state_speaking_is_no_target_of_its_own_quote():
    text = "\u201cChina will never accept this and China will respond,\u201d Beijing said."
    doc = Document("x", text)
    content = span(text, "\u201cChina will never accept this and China will respond,\u201d")
    speaker = QuoteSpeaker(*span(text, "Beijing"), country="China", type="official", rule="place")
    assert quote_mentions(doc, [content], registry(), speaker=speaker) == []
    person = QuoteSpeaker(*span(text, "Beijing"), country="China", type="official", rule="full-name")
    assert {m.target for m in quote_mentions(doc, [content], registry(), speaker=person)} == {"China"}


@pytest.mark.parametrize(("speaker_type", "expected"), [
    ("official", set()),  # "the State Department said": the state itself speaks
    ("media", {"United States"}),  # a newspaper of the country is not the state
    ("academic", {"United States"}),
    ("business", {"United States"}),
])
def test_only_an_official_organisation_is_the_state_speaking(speaker_type, expected):
    text = "The Daily Ledger reported that the United States would not pull out of the agreement."
    content = span(text, "that the United States would not pull out of the agreement")
    speaker = QuoteSpeaker(*span(text, "The Daily Ledger"), country="United States", type=speaker_type,
                           rule="organisation")
    assert {m.target for m in quote_mentions(Document("x", text), [content], registry(), speaker=speaker)} == expected


@pytest.mark.parametrize(("text", "content", "target", "pronoun"), [
    ("\u201cRussia denies everything. Their smug response shows their guilt,\u201d she said.",
     "\u201cRussia denies everything. Their smug response shows their guilt,\u201d", "Russia", "Their"),
    ("\u201cChina has a plan. Its leaders will not wait,\u201d he said.",
     "\u201cChina has a plan. Its leaders will not wait,\u201d", "China", "Its"),
])
def test_pronouns_take_the_target_named_before_them(text, content, target, pronoun):
    mentions = quote_mentions(Document("x", text), [span(text, content)], registry())
    by_pronoun = [m for m in mentions if m.rule == "pronoun"]
    assert by_pronoun and by_pronoun[0].target == target and by_pronoun[0].mention == pronoun


@pytest.mark.parametrize(("text", "content", "country", "expected"), [
    # a plural pronoun after a list: every target of the list
    ("\u201cEgypt, the United Arab Emirates and Saudi Arabia are welcome. It is not necessary that they join the "
     "strikes,\u201d he said.", "\u201cEgypt, the United Arab Emirates and Saudi Arabia are welcome. It is not "
     "necessary that they join the strikes,\u201d", "",
     {("Egypt", "Egypt"), ("United Arab Emirates", "United Arab Emirates"), ("Saudi Arabia", "Saudi Arabia"),
      ("Egypt", "they"), ("United Arab Emirates", "they"), ("Saudi Arabia", "they")}),
    # a description of a state: the target named before it, or the speaker's country after "our"
    ("\u201cIran will answer. The regime has no fear,\u201d he said.",
     "\u201cIran will answer. The regime has no fear,\u201d", "", {("Iran", "Iran"), ("Iran", "The regime")}),
    ("\u201cPeople across Iran mourn. It is a source of sorrow for his country,\u201d he said.",
     "\u201cPeople across Iran mourn. It is a source of sorrow for his country,\u201d", "",
     {("Iran", "Iran"), ("Iran", "his country")}),
    ("\u201cIt is essential that our own government pushes harder,\u201d she said.",
     "\u201cIt is essential that our own government pushes harder,\u201d", "United States",
     {("United States", "our own government")}),
    # a description with a name of its own is no reference back; "a country" is none either
    ("\u201cRussia armed the Syrian regime,\u201d he said.", "\u201cRussia armed the Syrian regime,\u201d", "",
     {("Russia", "Russia"), ("Syria", "Syrian regime")}),
    ("\u201cRussia sold arms to a country in Africa,\u201d he said.",
     "\u201cRussia sold arms to a country in Africa,\u201d", "", {("Russia", "Russia")}),
])
def test_lists_and_descriptions_of_a_state_refer_back(text, content, country, expected):
    speaker = QuoteSpeaker(country=country, type="unnamed", rule="unnamed")
    mentions = quote_mentions(Document("x", text), [span(text, content)], registry(), speaker=speaker)
    assert {(m.target, m.mention) for m in mentions} == expected


def test_a_pronoun_finds_no_antecedent_outside_the_quote_and_its_attribution():
    text = "Russia was named in the report. \u201cTheir smug response shows their guilt,\u201d she said."
    content = span(text, "\u201cTheir smug response shows their guilt,\u201d")
    assert quote_mentions(Document("x", text), [content], registry()) == []


def test_an_empty_it_is_no_pronoun_mention():
    text = "\u201cChina matters. It is clear that talks must go on,\u201d he said."
    mentions = quote_mentions(Document("x", text), [span(text, text.split(" he said")[0])], registry())
    assert [m.rule for m in mentions] == ["alias"]


@pytest.mark.parametrize(("quote", "mention"), [
    ("\u201cWe will defend our interests,\u201d", "We"),
    # a contraction is the pronoun too
    ("\u201cThis isn\u2019t the first time we\u2019ve heard such allegations,\u201d", "we\u2019ve"),
    ("\u201cWe\u2019ll defend ourselves,\u201d", "We\u2019ll"),
])
def test_we_of_an_official_is_the_officials_country(quote, mention):
    text = quote + " the minister said."
    speaker = QuoteSpeaker(country="Japan", type="official", rule="unnamed")
    mentions = quote_mentions(Document("x", text), [span(text, quote)], registry(), speaker=speaker)
    assert [(m.target, m.rule, m.mention) for m in mentions][:1] == [("Japan", "pronoun", mention)]


def test_stance_table_from_quote_text_alone_and_with_vader(hand_quotes):
    table = stance_table(hand_quotes, method="vader")
    assert list(table.columns) == list(STANCE_COLUMNS)
    assert set(zip(table["quote_id"], table["target"])) == {
        ("a1:q1", "China"), ("a1:q1", "Russia"), ("a1:q2", "Russia"), ("a1:q2", "Japan")}
    for row in table.itertuples():
        assert hand_quotes.set_index("quote_id").loc[row.quote_id, "text"][row.start:row.end] == row.mention
    assert set(table["method"]) == {"vader"}


def test_stance_table_with_a_user_registry_and_no_mentions(hand_quotes):
    users = pd.DataFrame({"target": ["Dmitry Peskov"], "kind": ["person"], "aliases": ["Dmitry Peskov|Peskov"]})
    articles = pd.DataFrame({"article_id": ["a1"], "text": [ARTICLE]})
    table = stance_table(hand_quotes, articles=articles, targets=users)
    assert table.empty and list(table.columns) == list(STANCE_COLUMNS)  # Peskov is only the speaker
    with pytest.raises(ValueError, match="quote_id"):
        stance_table(pd.DataFrame({"article_id": [], "text": []}))


def test_seed_article_no_affiliation_target_and_no_self_stance(seed_articles):
    quotes = extract_quotes(seed_articles)
    table = stance_table(quotes, articles=seed_articles)
    assert len(table) and set(table["quote_id"]) <= set(quotes["quote_id"])
    assert not table.duplicated(["quote_id", "target"]).any()
    text = seed_articles.iloc[0]["text"]
    by_quote = quotes.set_index("quote_id")
    for row in table.itertuples():
        assert text[row.start:row.end] == row.mention
        quote = by_quote.loc[row.quote_id]
        assert any(s <= row.start and row.end <= e for s, e in quote.spans), "a target outside the content"
        assert row.speaker != row.target
    lukin = table[table["speaker"] == "Artyom Lukin"]
    # his affiliation ("Russia's Far Eastern Federal University") is in the attribution, not a mention
    affiliation = text.index("Far Eastern Federal University")
    assert not ((lukin["start"] > affiliation - 20) & (lukin["start"] < affiliation)).any()


@pytest.mark.parametrize("chunk", [1, 2, 7])
def test_stance_table_in_chunks_equals_one_pass(sample_articles, seed_articles, monkeypatch, chunk):
    from analysis.stance import table as module

    articles = pd.concat([sample_articles, seed_articles], ignore_index=True)
    quotes = extract_quotes(articles)
    whole = stance_table(quotes, articles=articles)
    monkeypatch.setattr(module, "STANCE_CHUNK", chunk)
    pd.testing.assert_frame_equal(stance_table(quotes, articles=articles), whole)


def test_the_speaker_model_reads_who_speaks(monkeypatch):
    import analysis.stance.table as table

    seen = []

    def spy(ctx, speaking, probabilities, text=None):
        seen.append(speaking)
        return {"bias": 1.0}

    monkeypatch.setattr(table, "speaker_features", spy)
    text = "Mike Pompeo said Iran was the world's leading sponsor of terror."
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    stance_table(quotes, articles=pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert [(s.speaker, s.target) for s in seen] == [("Mike Pompeo", "Iran")]


def test_only_the_first_mentions_of_a_target_are_scored_and_all_are_counted(monkeypatch):
    scored = []
    score = stance_step.score_mentions
    monkeypatch.setattr(stance_step, "score_mentions",
                        lambda items, method: scored.append(len(items)) or score(items, method))
    quote = "Russia erred, " * 40 + "and China erred."
    quotes = pd.DataFrame({"article_id": ["a"], "quote_id": ["a:1"], "text": [quote]})
    rows = stance_table(quotes).set_index("target")
    assert rows.loc["Russia", "n_mentions"] == 40 and rows.loc["China", "n_mentions"] == 1
    assert scored == [stance_step.MAX_SCORED_MENTIONS + 1]
