"""quote_lineage: the same statement across articles and outlets (analysis.lineage)."""

from pathlib import Path

import pandas as pd
import pytest

from analysis import extract_quotes, load_corpus
from analysis.cli import main
from analysis.lineage import LINEAGE_COLUMNS, MATCH_KINDS, LineageBuilder, quote_lineage

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "lineage"  # three outlets, one statement (README there)
FULL = "We will not let this reckless plan destroy the jobs of thousands of families in our state"
UNRELATED = "Our schools need more teachers, not more paperwork"


# ---------------------------------------------------------------------------------------------------------------
# the bar of issue 18: three renderings in three outlets, and an unrelated quote by the same speaker


@pytest.fixture(scope="module")
def fixture_tables():
    articles, errors = load_corpus(FIXTURE)
    assert errors.empty and len(articles) == 3
    quotes = extract_quotes(articles)
    return articles, quotes, quote_lineage(quotes, articles)


def _row(quotes, lineage, article_id, words):
    mask = (quotes["article_id"] == article_id) & quotes["text"].str.contains(words, regex=False)
    assert mask.sum() == 1, (article_id, words, quotes.loc[quotes["article_id"] == article_id, "text"].tolist())
    return lineage.loc[mask[mask].index[0]]


def test_three_renderings_share_a_lineage_and_the_earliest_is_first(fixture_tables):
    articles, quotes, lineage = fixture_tables
    curly = _row(quotes, lineage, "001_harbour-post", "reckless plan")
    straight = _row(quotes, lineage, "002_valley-courier", "reckless plan")
    partial = _row(quotes, lineage, "003_northern-ledger", "reckless plan")
    assert curly["lineage_id"] == straight["lineage_id"] == partial["lineage_id"]
    assert curly["first"] and not straight["first"] and not partial["first"]
    assert (curly["match"], straight["match"], partial["match"]) == ("exact", "exact", "partial")
    assert curly["n_articles"] == curly["n_sources"] == 3
    assert quotes.loc[partial.name, "kind"] == "mixed"  # the trim sits inside reported speech


def test_the_unrelated_quote_by_the_same_speaker_stands_alone(fixture_tables):
    articles, quotes, lineage = fixture_tables
    unrelated = _row(quotes, lineage, "001_harbour-post", "Our schools")
    assert quotes.loc[unrelated.name, "speaker"] == "Maria Ortiz"
    assert (lineage["lineage_id"] == unrelated["lineage_id"]).sum() == 1
    assert unrelated["n_articles"] == 1 and pd.isna(unrelated["match"])


def test_the_table_has_its_documented_columns_one_row_per_quote_in_order(fixture_tables):
    articles, quotes, lineage = fixture_tables
    assert list(lineage.columns) == list(LINEAGE_COLUMNS)
    assert lineage["quote_id"].tolist() == quotes["quote_id"].tolist()
    assert lineage["lineage_id"].str.fullmatch(r"L[0-9a-f]{12}").all()
    assert set(lineage["match"].dropna()) <= set(MATCH_KINDS)
    assert lineage.groupby("lineage_id")["first"].sum().le(1).all()
    assert lineage.groupby("lineage_id")["reference"].sum().eq(1).all()
    assert str(lineage["date"].dtype).startswith("datetime64")


def test_the_command_line_prints_the_same_table(fixture_tables, tmp_path, capsys):
    articles, quotes, lineage = fixture_tables
    out = tmp_path / "lineage.csv"
    assert main(["lineage", str(FIXTURE), "-o", str(out), "--stories", str(tmp_path / "stories.csv")]) == 0
    printed = pd.read_csv(out)
    assert printed["lineage_id"].tolist() == lineage["lineage_id"].tolist()
    assert printed["first"].tolist() == lineage["first"].tolist()
    assert (tmp_path / "stories.csv").exists()


# ---------------------------------------------------------------------------------------------------------------
# hard cases on quotes tables written for these tests


def quotes_table(rows):
    """Rows of (quote_id, article_id, kind, text, speaker); a speaker in lower case is unnamed."""
    frame = pd.DataFrame(rows, columns=["quote_id", "article_id", "kind", "text", "speaker"])
    frame["speaker_named"] = frame["speaker"].map(lambda s: isinstance(s, str) and s[:1].isupper())
    return frame


def articles_table(rows):
    """Rows of (article_id, date, source)."""
    frame = pd.DataFrame(rows, columns=["article_id", "date", "source"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def lineage_of(quotes, articles=None):
    return quote_lineage(quotes, articles).set_index("quote_id")["lineage_id"]


def same(lineage, *quote_ids):
    return len({lineage[q] for q in quote_ids}) == 1


ARTICLES = articles_table([(f"a{i}", f"2024-03-0{i}", f"Outlet {i}") for i in range(1, 10)])


@pytest.mark.parametrize("speakers, joined", [
    (("Anna Lee", "Anna Lee"), True),           # the same speaker's stock phrase within days: one statement
    (("Anna Lee", "Omar Haddad"), False),       # two speakers, one stock phrase: two statements
    (("a spokesman", "a spokeswoman"), False),  # two unnamed sources
])
def test_a_stock_phrase_joins_only_when_the_speakers_agree(speakers, joined):
    quotes = quotes_table([("q1", "a1", "direct", '"We will not comment on ongoing investigations,"', speakers[0]),
                           ("q2", "a2", "direct", '"We will not comment on ongoing investigations."', speakers[1])])
    assert same(lineage_of(quotes, ARTICLES), "q1", "q2") is joined


def test_a_long_passage_joins_even_when_one_article_names_the_wrong_speaker():
    text = '"The committee will examine every contract signed by the ministry since the start of the war,"'
    quotes = quotes_table([("q1", "a1", "direct", text, "Anna Lee"), ("q2", "a2", "direct", text, "Story Continued")])
    assert same(lineage_of(quotes, ARTICLES), "q1", "q2")


def test_a_partial_quote_joins_the_full_quote_of_its_speaker():
    quotes = quotes_table([
        ("full", "a1", "direct", '"Leaving the talks now would be a grave mistake for all of us,"', "Omar Haddad"),
        ("part", "a2", "mixed", 'called the walkout a "grave mistake"', "Haddad"),
        ("other", "a3", "mixed", 'called the decision a "grave mistake"', "Anna Lee"),  # someone else's words
    ])
    lineage = quote_lineage(quotes, ARTICLES).set_index("quote_id")
    assert lineage.at["part", "lineage_id"] == lineage.at["full", "lineage_id"] != lineage.at["other", "lineage_id"]
    assert lineage.at["part", "match"] == "partial" and lineage.at["full", "reference"]


def test_a_fragment_used_in_two_statements_joins_only_one_of_them():
    quotes = quotes_table([
        ("may", "a1", "direct", '"Cutting the school budget again would be a grave mistake,"', "Omar Haddad"),
        ("june", "a5", "direct", '"Closing the northern border crossing is a grave mistake,"', "Omar Haddad"),
        ("part", "a4", "mixed", 'called it a "grave mistake"', "Omar Haddad"),
    ])
    lineage = lineage_of(quotes, ARTICLES)
    assert lineage["may"] != lineage["june"]
    assert same(lineage, "part", "june")  # the nearer in date (a4 is a day before a5, three after a1)


def test_a_slogan_repeated_weeks_apart_is_not_one_statement():
    articles = articles_table([("a1", "2016-02-10", "X"), ("a2", "2016-03-05", "Y"), ("a3", "2016-02-12", "Z")])
    quotes = quotes_table([(f"q{i}", f"a{i}", "direct", '"We are going to make America great again,"', "Trump")
                           for i in (1, 2, 3)])
    lineage = lineage_of(quotes, articles)
    assert same(lineage, "q1", "q3") and not same(lineage, "q1", "q2")


@pytest.mark.parametrize("first, second, kind", [
    ('"The Assad regime must go,"', '"The [regime] must go,"', "near-exact"),
    ('"We went through the biggest witch hunt in political history,"',
     '"We went to the greatest witch hunt in political history,"', "near-exact"),
    ('"We will never back down from this fight,"', '"We will never back down,"', "partial"),
    ("“It’s a disgrace, and the voters will remember it in November,”",
     '"It\'s a disgrace, and the voters will remember it in November."', "exact"),
])
def test_match_kinds_in_the_table(first, second, kind):
    quotes = quotes_table([("q1", "a1", "direct", first, "Anna Lee"), ("q2", "a2", "direct", second, "Anna Lee")])
    lineage = quote_lineage(quotes, ARTICLES).set_index("quote_id")
    assert lineage.at["q1", "lineage_id"] == lineage.at["q2", "lineage_id"]
    assert lineage.at["q2", "match"] == kind and lineage.at["q1", "match"] == "exact"


def test_a_rewording_by_the_same_speaker_within_days_joins():
    quotes = quotes_table([
        ("direct", "a1", "direct", '"We will cut income taxes for every family earning under fifty thousand dollars '
                                   'and pay for it by closing the offshore loopholes,"', "Anna Lee"),
        ("reworded", "a2", "indirect", "that she would cut taxes for families earning less than $50,000 a year and "
                                       "close offshore tax loopholes to pay for it", "Lee"),
        ("later", "a9", "indirect", "that she would cut taxes for families earning less than $50,000 a year and "
                                    "close offshore tax loopholes to pay for it", "Lee"),
    ])
    lineage = quote_lineage(quotes, ARTICLES).set_index("quote_id")
    assert lineage.at["reworded", "lineage_id"] == lineage.at["direct", "lineage_id"]
    assert lineage.at["reworded", "match"] == "reworded"
    # eight days later: not a rewording of it, but the same words as the first rewording (the same statement)
    assert lineage.at["later", "lineage_id"] == lineage.at["direct", "lineage_id"]


def test_a_wire_copy_is_not_first_and_carries_its_story():
    wire = ("The state legislature passed a budget on Thursday that cuts funding for rural hospitals by a tenth. "
            "Supporters said the cuts were needed to balance the books after two years of falling revenue. "
            "The governor is expected to sign the bill into law early next week, her spokesman said on Friday.")
    articles = pd.DataFrame({"article_id": ["wire", "copy", "own"], "source": ["AP", "Daily", "Herald"],
                             "date": pd.to_datetime(["2024-05-02", "2024-05-02", "2024-05-03"]),
                             "text": [wire, wire, "An own report quoting the same statement in its last line."]})
    quote = '"This budget will close hospitals in every corner of the state,"'
    quotes = quotes_table([("q-wire", "wire", "direct", quote, "Amal Reyes"),
                           ("q-copy", "copy", "direct", quote, "Amal Reyes"),
                           ("q-own", "own", "direct", quote, "Reyes")])
    lineage = quote_lineage(quotes, articles).set_index("quote_id")
    assert lineage["lineage_id"].nunique() == 1
    assert lineage["first"].to_dict() == {"q-wire": True, "q-copy": False, "q-own": False}
    assert lineage["copy"].to_dict() == {"q-wire": False, "q-copy": True, "q-own": False}
    assert lineage.at["q-copy", "story_id"] == lineage.at["q-wire", "story_id"] == "wire"
    assert pd.isna(lineage.at["q-own", "story_id"])


def test_speaker_canonical_is_used_where_present():
    quotes = quotes_table([("q1", "a1", "direct", '"We will not comment on ongoing investigations,"', "Anna Lee"),
                           ("q2", "a2", "direct", '"We will not comment on ongoing investigations."', "Mrs. Smith")])
    quotes["speaker_canonical"] = ["Anna Lee-Smith", "Anna Lee-Smith"]  # the corpus says: one person
    assert same(lineage_of(quotes, ARTICLES), "q1", "q2")


def test_batches_give_the_table_of_one_run_and_inputs_are_not_modified():
    quotes = quotes_table([(f"q{i}", f"a{i % 9 + 1}", "direct", f'"Leaving the talks would be a grave mistake '
                                                                f'number {i % 3} for all of us,"', "Omar Haddad")
                           for i in range(12)])
    before = quotes.copy()
    whole = quote_lineage(quotes, ARTICLES)
    builder = LineageBuilder()
    builder.add(quotes.iloc[:5], ARTICLES.iloc[:4])
    builder.add(quotes.iloc[5:], ARTICLES.iloc[4:])
    pd.testing.assert_frame_equal(builder.table(), whole)
    pd.testing.assert_frame_equal(quotes, before)
    joins = builder.joins()
    assert len(joins) == len(whole) - whole["lineage_id"].nunique()  # one join per quote beyond the first


def test_quotes_without_articles_have_no_source_or_date():
    quotes = quotes_table([("q1", "a1", "direct", '"A long enough quote to stand here on its own,"', "Anna Lee")])
    lineage = quote_lineage(quotes)
    assert pd.isna(lineage.at[0, "source"]) and pd.isna(lineage.at[0, "date"]) and not lineage.at[0, "first"]


def test_an_empty_quotes_table_gives_an_empty_lineage_table():
    lineage = quote_lineage(quotes_table([]), ARTICLES)
    assert lineage.empty and list(lineage.columns) == list(LINEAGE_COLUMNS)


def test_a_quotes_table_without_its_columns_is_refused():
    with pytest.raises(ValueError, match="lacks"):
        quote_lineage(pd.DataFrame({"quote_id": ["q"], "text": ["x"]}))
