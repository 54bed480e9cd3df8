"""Near-duplicate articles: wire copies and republished pieces (analysis.lineage.stories)."""

import pandas as pd
import pytest

from analysis.lineage import STORY_COLUMNS, find_stories
from analysis.lineage import stories as stories_module

WIRE = [  # a wire story written for this test: five sentences of eight words or more
    "The state legislature passed a budget on Thursday that cuts funding for rural hospitals by a tenth.",
    "“This budget will close hospitals in every corner of the state,” said Dr. Amal Reyes, who runs one.",
    "Supporters said the cuts were needed to balance the books after two years of falling tax revenue.",
    "The governor is expected to sign the bill into law early next week, her spokesman said on Friday.",
    "Hospital groups have promised to challenge the cuts in court before they take effect in the spring.",
]


def article(article_id, date, paragraphs):
    return {"article_id": article_id, "date": pd.Timestamp(date) if date else pd.NaT, "source": article_id[:1],
            "text": "\n\n".join(paragraphs)}


def test_a_trimmed_copy_with_other_quote_marks_is_the_same_story():
    copy = [p.replace("“", '"').replace("”", '"') for p in WIRE[:4]] + ["Read our full coverage of the budget."]
    unrelated = ["A different story about a football match that went to extra time on a rainy Sunday evening.",
                 "The home side won after a penalty shoot-out that lasted almost half an hour in all."]
    table = find_stories(pd.DataFrame([article("a-wire", "2024-05-02", WIRE), article("b-copy", "2024-05-03", copy),
                                       article("c-other", "2024-05-02", unrelated)]))
    assert list(table.columns) == list(STORY_COLUMNS)
    assert table.set_index("article_id")["story_id"].to_dict() == {"a-wire": "a-wire", "b-copy": "a-wire"}
    assert table.set_index("article_id")["original"].to_dict() == {"a-wire": True, "b-copy": False}
    assert (table["story_size"] == 2).all()


@pytest.mark.parametrize("dates, original", [
    (("2024-05-03", "2024-05-02"), "b"),  # the earlier one
    (("2024-05-02", "2024-05-02"), "a"),  # same day: the longer one
    ((None, "2024-05-04"), "b"),          # an undated article is never the original of a dated one
])
def test_the_original_is_the_earliest_then_the_longest(dates, original):
    frame = pd.DataFrame([article("a", dates[0], WIRE), article("b", dates[1], WIRE[:4])])
    table = find_stories(frame)
    assert set(table.loc[table["original"], "article_id"]) == {original}


def test_two_articles_quoting_one_passage_are_not_one_story():
    shared = WIRE[1]
    first = [shared] + [f"Unrelated sentence number {i} about the weather and the long dry summer here." for i in
                        range(6)]
    second = [shared] + [f"Another sentence number {i} about football and the hard winter ahead for fans." for i in
                         range(6)]
    assert find_stories(pd.DataFrame([article("a", "2024-05-02", first), article("b", "2024-05-02", second)])).empty


def test_sentences_in_too_many_articles_are_boilerplate(monkeypatch):
    monkeypatch.setattr(stories_module, "MAX_ARTICLES", 3)
    footer = ["Sign up for our newsletter to get the morning briefing in your inbox every single day.",
              "Follow us on every social network you can think of for the latest breaking news alerts.",
              "Copyright this newspaper and all of its owners and licensors, all rights reserved here."]
    frame = pd.DataFrame([article(f"a{i}", "2024-05-02", [f"Story {i} is about something else entirely, "
                                                          f"number {i} of many, as you can plainly see."] + footer)
                          for i in range(4)])
    assert find_stories(frame).empty


def test_no_articles_no_stories():
    assert find_stories(pd.DataFrame(columns=["article_id", "date", "text"])).empty
