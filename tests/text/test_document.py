"""The articles table a document is built from: clear errors for tables that are not one."""

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis.text import wordlists
from analysis.text.document import Document, documents, iter_documents
from analysis.text.layout import link_previews


@pytest.mark.parametrize("columns", [["id", "text"], ["article_id", "body"], ["title"]])
def test_a_table_without_article_id_or_text_is_refused_with_what_to_do(columns):
    table = pd.DataFrame({name: ["x"] for name in columns})
    with pytest.raises(ValueError, match="needs the columns article_id and text.*load_corpus"):
        list(iter_documents(table))
    with pytest.raises(ValueError, match="missing"):
        extract_quotes(table, progress=False)


def test_documents_are_keyed_by_article_id_in_table_order():
    table = pd.DataFrame({"article_id": [2, 1], "text": ["B said it.", "A said it."]})
    built = documents(table)
    assert list(built) == ["2", "1"]
    assert built["1"].text == "A said it."


PREVIEW = "Donald John TrumpGOP senators balk at impeachment trial Warren goes local in race MORE"


@pytest.mark.parametrize(("text", "previews"), [
    # a name, the person's full name glued to the headlines of related stories, "MORE": a link preview
    (f"It hurt President Trump {PREVIEW}’s campaign, he said.", [PREVIEW]),
    ("Sen. Lindsey Graham Lindsey Olin GrahamGraham says Trump should undo DACA order MORE (R-S.C.) said no.",
     ["Lindsey Olin GrahamGraham says Trump should undo DACA order MORE"]),
    ("Leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk MORE (R-Ky.) spoke.",
     ["Addison (Mitch) Mitchell McConnellGOP senators balk MORE"]),
    # no repeated name glued to a headline, or no "MORE": text
    ("President Trump said MORE troops would go.", []),
    ("Ronald McDonald met Trump Donald John Trump in the MORE hall.", []),
    ("McDonald's sales rose; Trump Donald John TrumpGOP senators balk.", []),
])
def test_link_previews_are_found(text, previews):
    assert [text[s:e] for s, e in link_previews(text)] == previews


def test_a_document_reads_around_link_previews_with_the_same_offsets():
    text = f"It was a blow to President Trump {PREVIEW}’s campaign, Sen. Lindsey Graham said."
    doc = Document("a", text)
    assert doc.text == text and len(doc.reading) == len(text) and PREVIEW not in doc.reading
    assert "senators" not in [doc.tokens.low[k] for k in range(len(doc.tokens.low))]
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)
    assert quotes["speaker"].tolist() == ["Lindsey Graham"]


def test_a_document_reads_past_page_furniture_with_the_same_offsets():
    # an embedded post's label holds a cue ("post by"): read, it made "Skip Twitter" a speaker
    text = ("Is he right?\n\nSkip Twitter post by @realDonaldTrump Our farmers are charged massive tariffs!\n\n"
            "Story highlights The mayor said the plan would fail.")
    doc = Document("a", text)
    assert doc.text == text and len(doc.reading) == len(text)
    assert "Skip" not in doc.reading and "highlights" not in doc.reading and "Our farmers" in doc.reading
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)
    assert quotes["speaker"].tolist() == ["The mayor"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a photo credit names no person of the article: "he" is the senator, not the photographer
    ("Sen. Tom Ortiz spoke first. (AP Photo/Evan Vucci)\n\n\"We will win,\" he said.", "Tom Ortiz"),
    # a stock ticker with the day's change is no speaker: the company is
    ("Altria Inc. MO, -2.16% said Tuesday it had net income of $2 billion.", "Altria Inc."),
])
def test_page_furniture_inside_a_line_is_not_read(text, speaker):
    doc = Document("a", text)
    assert doc.text == text and len(doc.reading) == len(text)
    assert "Vucci" not in doc.reading and "2.16%" not in doc.reading
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)
    assert quotes["speaker"].tolist()[-1:] == [speaker]

@pytest.mark.parametrize(("text", "hidden"), [
    # the session's furniture before a caption: a word-initial label, a credit, a toggle (not inside a word)
    ("CLOSE President Donald Trump spoke.", "CLOSE"), ("WATCH Senator Ted Cruz spoke.", "WATCH"),
    ("Show Hide US President Donald Trump spoke.", "Show Hide"), ("Getty Images US President Joe Biden spoke.", "Getty"),
    ("Melanie Stetson Freeman/Staff Joe Peschisolido spoke.", "Stetson"),
])
def test_furniture_before_a_caption_is_not_read(text, hidden):
    doc = Document("a", text)
    assert hidden not in doc.reading and "spoke" in doc.reading
    assert "ENCLOSE" in Document("b", "ENCLOSE Bills here.").reading  # no word boundary, no label


def test_each_inline_furniture_expression_opens_with_a_character_or_a_class():
    # a joined alternation whose parts open with a boundary or a look-behind tries every part at every position:
    # the session that added five such parts made the scan three times slower
    for line in wordlists.lines("inline_furniture.txt"):
        assert not line.startswith(("\\b", "(?<", "(?=", "^")), line


@pytest.mark.parametrize("text", [
    "The vote was close.\n\nGet the Daily Stories you care about delivered to your inbox. By signing up, you agree to "
    "our Privacy Policy\n\nTurnout was high.",
    "The vote was close. Email Sign Up By signing up you agree to receive email newsletters or alerts from POLITICO. "
    "Turnout was high.",
    "Crowds cheered. #2017 #fireworks A video posted by Rhian Lowe (@rlowe) on Dec 31, 2016 at 8:13am PST\n\nThe "
    "night was cold.",
    "The vote was close. Hide Caption 1 of 2 Photos: Key players – Rep. Dana Pike, who says the deal is dead. "
    "Hide Caption 2 of 2",
    # a link to a related story inside a paragraph
    "Most of the young women who work in the industry burn out quickly and leave within a year. (RELATED: Dana Ruiz "
    "Says She Only Made $12,000 In The Industry)",
])
def test_a_sign_up_prompt_or_an_embed_signature_is_no_attribution(text):
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)
    assert quotes.empty, quotes[["text", "rule"]]


@pytest.mark.parametrize(("text", "speaker"), [
    # a link preview whose first headline opens with a number
    ("Sen. Lena Okafor Lena Marie Okafor2020 Democrats push for gun control action at forum Senate panel backs bill "
     "MORE said the vote was close.", "Lena Okafor"),
])
def test_a_link_preview_opening_with_a_number_is_not_read_but_the_name_is(text, speaker):
    doc = Document("a", text)
    assert "Democrats push" not in doc.reading
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)
    assert quotes["speaker"].tolist() == [speaker], quotes[["text", "speaker", "rule"]]
