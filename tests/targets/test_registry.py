"""The target registry: loading, user tables, speakers as targets, the mentions table, and the scanner.

Sentences are written for these tests; the seed article is read in place from ../shared.
"""

import re

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.targets import (
    MENTION_COLUMNS,
    RULE_COLUMNS,
    TARGET_COLUMNS,
    TargetRegistry,
    find_targets,
    load_targets,
    registry,
    targets_from_speakers,
)

FOUND = [
    # (text, expected [(target, mention)])
    ("Beijing's response angered Washington.", [("China", "Beijing"), ("United States", "Washington")]),
    ("Beijing\u2019s envoy met Kremlin officials.", [("China", "Beijing"), ("Russia", "Kremlin")]),
    ("Xi Jinping and Xi's aides flew in.", [("China", "Xi Jinping"), ("China", "Xi")]),
    ("The U.S. and the US Navy sailed; America watched.",
     [("United States", "U.S."), ("United States", "US"), ("United States", "America")]),
    ("Tensions between the People's Republic of China and Taiwan rose.",
     [("China", "People's Republic of China"), ("Taiwan", "Taiwan")]),
    ("Kyiv asked Nato and NATO allies; Zelensky spoke.",
     [("Ukraine", "Kyiv"), ("NATO", "Nato"), ("NATO", "NATO"), ("Ukraine", "Zelensky")]),
    ("CHINA WARNS THE WEST", [("China", "CHINA"), ("the West", "THE WEST")]),
    ("Sanctions on Tehran and Pyongyang; Iranians and North Koreans; Turkish and Syrian troops.",
     [("Iran", "Tehran"), ("North Korea", "Pyongyang"), ("Iran", "Iranians"), ("North Korea", "North Koreans"),
      ("Turkey", "Turkish"), ("Syria", "Syrian")]),
    ("The West responded, and the EU and Brussels agreed.",
     [("the West", "The West"), ("European Union", "EU"), ("European Union", "Brussels")]),
    ("New Delhi and Modi's party; Britain and London; Japan.",
     [("India", "New Delhi"), ("India", "Modi"), ("United Kingdom", "Britain"), ("United Kingdom", "London"),
      ("Japan", "Japan")]),
    ("The White House said the Biden administration would act.",
     [("United States", "White House"), ("United States", "Biden administration")]),
    ("Moscow and Putin's Kremlin denied it.", [("Russia", "Moscow"), ("Russia", "Putin"), ("Russia", "Kremlin")]),
]

NOT_FOUND = [
    "He flew from Xi'an to Seattle.",
    "He flew from Xi\u2019an to Seattle.",
    "Voters in Washington state rejected the measure.",
    "The state of Washington sued.",
    "She wrote for The Washington Post.",
    "Growers sold Brussels sprouts.",
    "Latin America and South America were hit.",
    "Let us go; the chinaware broke and americana sold.",
    "the west of the country flooded",
    "Xiang and Chinatown and Russianness",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_aliases_found(text, expected):
    found = registry().find(text)
    assert [(m.target, m.mention) for m in found] == expected
    for m in found:
        assert text[m.start:m.end] == m.mention


@pytest.mark.parametrize("text", NOT_FOUND)
def test_false_friends_not_found(text):
    assert registry().find(text) == []


def test_washington_the_capital_still_counts_beside_the_state():
    text = "Washington state officials briefed Washington on the plan."
    found = registry().find(text)
    assert [(m.target, m.start) for m in found] == [("United States", text.rindex("Washington"))]


def test_shipped_registry_keeps_the_targets_of_the_11_target_registry():
    table = load_targets()
    assert list(table.columns) == list(TARGET_COLUMNS)
    names = {row["target"]: {v for c in RULE_COLUMNS.values() for v in row[c].split("|")}
             for row in table.to_dict("records")}
    assert {"Beijing", "Chinese government", "Xi Jinping", "Xi", "the Communist Party"} <= names["China"]
    assert {"Moscow", "Kremlin", "Putin"} <= names["Russia"]
    assert {"US", "U.S.", "America", "Washington", "White House", "Biden", "Biden administration"} \
        <= names["United States"]
    assert {"Kyiv", "Kiev", "Zelensky"} <= names["Ukraine"]
    assert {"EU", "Brussels"} <= names["European Union"]
    assert {"New Delhi", "Modi"} <= names["India"]
    assert {"Britain", "London"} <= names["United Kingdom"]
    for target in ("the West", "NATO", "Taiwan", "Japan"):
        assert target in names


def test_user_registry_from_dataframe_and_file(tmp_path):
    frame = pd.DataFrame({"target": ["Acme"], "aliases": ["Acme Corp|Acme"], "exclude": ["Acme Road"]})
    compiled = registry(frame)
    assert [m.mention for m in compiled.find("Acme Corp and Acme lost; Acme Road closed.")] == ["Acme Corp", "Acme"]
    assert compiled.find("Beijing") == []
    path = tmp_path / "targets.csv"
    path.write_text("# my targets\ntarget,kind,aliases,exclude\nAcme,organisation,Acme,\n", encoding="utf-8")
    assert [m.target for m in registry(path).find("Acme won")] == ["Acme"]
    assert registry(compiled) is compiled


def test_user_rows_extend_the_gazetteer_with_every_rule_column(tmp_path):
    mine = pd.DataFrame({"target": ["Wakanda"], "kind": ["country"], "aliases": ["Wakanda"],
                         "demonyms": ["Wakandans"], "adjectives": ["Wakandan"], "capitals": ["Birnin Zana"],
                         "leaders": ["King T'Challa"], "exclude": ["Wakanda Forever"]})
    compiled = registry(pd.concat([load_targets(), mine]))
    text = "Birnin Zana said Wakandan troops and Wakandans backed King T'Challa; Wakanda Forever opened; Iran agreed."
    assert [(m.target, m.rule) for m in compiled.find(text)] == [
        ("Wakanda", "capital"), ("Wakanda", "adjective"), ("Wakanda", "demonym"), ("Wakanda", "leader"),
        ("Iran", "alias")]
    path = tmp_path / "mine.csv"
    mine.to_csv(path, index=False)
    assert len(load_targets(path)) == 1 and load_targets(path).loc[0, "capitals"] == "Birnin Zana"


def test_registry_rejects_a_table_without_aliases():
    with pytest.raises(ValueError, match="aliases"):
        TargetRegistry(pd.DataFrame({"target": ["X"]}))


def test_speakers_become_targets():
    speakers = pd.DataFrame({
        "speaker": ["Wang Wenbin", "analysts", "Foreign Ministry", "Li"],
        "speaker_named": [True, False, True, True],
        "n_quotes": [3, 5, 1, 1],
    })
    table = targets_from_speakers(speakers)
    assert list(table.columns) == list(TARGET_COLUMNS)
    assert table["target"].tolist() == ["Wang Wenbin", "Foreign Ministry", "Li"]
    assert table.set_index("target").loc["Wang Wenbin", "aliases"] == "Wang Wenbin|Wang"
    combined = registry(pd.concat([load_targets(), table]))
    found = combined.find("Wang criticised Washington, and Wang Wenbin repeated it.")
    assert [(m.target, m.mention) for m in found] == [
        ("Wang Wenbin", "Wang"), ("United States", "Washington"), ("Wang Wenbin", "Wang Wenbin")]
    assert targets_from_speakers(speakers, min_quotes=2)["target"].tolist() == ["Wang Wenbin"]
    assert targets_from_speakers(pd.DataFrame({"speaker": ["Ned Price"]}))["aliases"].tolist() == ["Ned Price|Price"]


def test_find_targets_on_articles_and_quotes():
    articles = pd.DataFrame({"article_id": ["a1", "a2"], "text": ["Beijing and Moscow met.", "Nothing here."]})
    mentions = find_targets(articles)
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert mentions[["article_id", "target", "start", "end", "mention_rule"]].values.tolist() == [
        ["a1", "China", 0, 7, "capital"], ["a1", "Russia", 12, 18, "capital"]]
    assert mentions["quote_id"].isna().all()
    quotes = pd.DataFrame({"article_id": ["a1"], "quote_id": ["a1:q1"], "text": ['"Kyiv will win," he said']})
    mentions = find_targets(quotes)
    assert mentions[["quote_id", "target", "mention", "start"]].values.tolist() == [["a1:q1", "Ukraine", "Kyiv", 1]]
    assert mentions["start"].dtype == "int64" and mentions["end"].dtype == "int64"
    odd = pd.DataFrame({"article_id": ["a", "b", "c"], "text": [None, float("nan"), "Iran"]}, index=[7, 3, 5])
    assert find_targets(odd)[["article_id", "target"]].values.tolist() == [["c", "Iran"]]
    assert list(articles.columns) == ["article_id", "text"]  # input untouched


def test_find_targets_empty_and_invalid():
    empty = find_targets(pd.DataFrame({"article_id": [], "text": []}))
    assert list(empty.columns) == list(MENTION_COLUMNS) and empty.empty
    with pytest.raises(ValueError, match="text"):
        find_targets(pd.DataFrame({"article_id": ["a"]}))


def test_seed_article_mentions(seed_articles):
    mentions = find_targets(seed_articles)
    text = seed_articles.iloc[0]["text"]
    assert len(mentions) > 0
    for row in mentions.itertuples():
        assert text[row.start:row.end] == row.mention
    assert "China" in set(mentions["target"])


SCAN_TEXTS = [
    "xChina", "_China", "\u00e9China", "1China", "China", " China", "(China)", "China's", "ChinaChina China",
    "Xi'an", "Xi Xi", "the USA and US", "U.S.-China", "\u4e2dChina", "anti-China", "\u2019China", "BUS US",
    "the West", "The West", "xthe West", "the Chinese embassy", "al-Assad and Assad", "the eurozone, euro zone",
    "von der Leyen", "the euro area's", "mainland China", "DonaldTrump Trump", "Donald Trump", "xSouth Korea",
]


def reference_scan(phrases, text):
    """Leftmost-longest whole-word matches, the plain way: one alternation, longest first, with a look-behind."""
    body = "|".join(re.escape(p).replace("'", "['\u2019]") for p in sorted(phrases, key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"(?<!\w)(?:{body})(?!\w)", text)]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_phrase_scanner_equals_a_lookbehind_alternation(text):
    scan = registry()._scanner
    assert [(s, e) for s, e, _ in scan.matches(text)] == reference_scan(scan.phrases, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["China", "the", "West", "Chinese", "euro", "zone", "al-Assad", "Assad", "x", "US",
                                 "BUS", "-", " ", "'s", "South", "Korea", "Donald", "Trump", "von", "der", "Leyen",
                                 "eurozone", ".", "U.S.", "The", "\u2019"]), max_size=12))
def test_phrase_scanner_equals_the_reference_on_any_text(words):
    text = "".join(words)
    scan = registry()._scanner
    assert [(s, e) for s, e, _ in scan.matches(text)] == reference_scan(scan.phrases, text)



GUARD_WORDS = ["Jim", "Jordan", "New", "Mexico", "Korean", "American", "Americans", "-", "in", "Russian", "President",
               "Trump", "Eric", "'s", "'an", "Xi", "Georgia", "Atlanta", ",", "Tbilisi", "Chad", "Wolf", "T.", "Mr.",
               "Washington", "Post", "state", "the", "Chinese", "said", "embassy", "born", "Sino", "Turkey", "roast",
               "Thanksgiving", " ", " ", " ", "\n", "U.S.", "Berlin", "Irving", "Will", "China", "(", "Indian",
               "tribes", "Indians", "Modi", "speakers", "Spanish", "Athens", "Ga.", "campaign"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GUARD_WORDS), max_size=16))
@example(["Jim", " ", " ", "Mexico"])  # two spaces before the match: the word before is still "Jim"
@example(["T.", "Korean", " ", "American"])  # a period inside the word before: its last part is "Korean"
@example(["in", " ", "Athens", ",", " ", "Ga."])  # an exclusion phrase after punctuation ("Athens, Ga.")
@example(["Trump", "'s", " ", "campaign"])  # an exclusion phrase after a possessive
def test_the_quick_path_decides_as_the_careful_path(words):
    text = "".join(words)
    compiled = registry()
    assert compiled._kept(text) == compiled._kept_slowly(text)
    assert [(m.start, m.end) for m in compiled.find(text)] == [
        (c.mention.start, c.mention.end) for c in compiled.explain(text) if c.excluded_by is None]


@pytest.mark.parametrize("text", [text for text, _ in FOUND] + NOT_FOUND + ["", "No one was named.", "chinaware"])
def test_may_mention_is_never_false_where_a_part_of_the_text_has_a_mention(text):
    compiled = registry()
    parts = [text[a:b] for a in range(0, len(text) + 1, 3) for b in range(a, len(text) + 1, 4)]
    if any(compiled.find(part) for part in parts + [text]):
        assert compiled.may_mention(text)
    if not compiled.may_mention(text):
        assert not compiled.find(text)


def test_may_mention_rules_out_text_without_any_alias():
    assert not registry().may_mention("the minister said the talks had stalled.")
    assert registry().may_mention("Chinaware") and not registry().find("Chinaware")  # a substring, not a match
    assert registry().may_mention("a eurozone deal")
