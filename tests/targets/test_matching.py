"""Matching the world gazetteer in news sentences: the issue's bar, false friends both ways, and each guard.

The sentences are written for these tests (no article text from ../shared).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.targets import (
    MENTION_RULES,
    TargetRegistry,
    find_targets,
    load_targets,
    registry,
)


def found(text: str) -> list[tuple[str, str]]:
    """(target, mention) of each mention, in order."""
    return [(m.target, m.mention) for m in registry().find(text)]


def reasons(text: str) -> dict[str, str | None]:
    """Each candidate's words -> why it was dropped (None: kept); the last candidate with those words wins."""
    return {c.mention.mention: c.excluded_by for c in registry().explain(text)}


# ---------------------------------------------------------------------------------------------------------
# Issue 20's bar
# ---------------------------------------------------------------------------------------------------------

BAR = [
    ("Iranian officials said the talks had stalled.", "Iran"),
    ("Pyongyang launched another missile on Sunday.", "North Korea"),
    ("Ankara summoned the ambassador.", "Turkey"),
    ("The Kremlin denied any role in the attack.", "Russia"),
    ("Berlin wants a ceasefire before winter.", "Germany"),
    ("Ottawa will not change its position, the minister said.", "Canada"),
    ("Turkish jets struck positions across the border.", "Turkey"),
    ("Syria's government says the city has been retaken.", "Syria"),
]


@pytest.mark.parametrize(("text", "target"), BAR)
def test_issue_bar_sentences_find_their_country(text, target):
    mentions = find_targets(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert mentions["target"].tolist() == [target]


def test_issue_bar_recipe_finds_nothing():
    recipe = ("Roast Turkey With Herb Butter. Rub the turkey with butter, season and roast turkey for three hours; "
              "baste the turkey every 30 minutes and let it rest before carving. Serve the roast turkey with gravy.")
    assert registry().find(recipe) == []


def test_issue_bar_as_one_table():
    texts = [text for text, _ in BAR] + ["For the roast turkey, preheat the oven to 180C."]
    mentions = find_targets(pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts}))
    assert mentions["target"].tolist() == [target for _, target in BAR]
    assert set(mentions["mention_rule"]) == {"adjective", "capital", "alias"}


# ---------------------------------------------------------------------------------------------------------
# How each mention was found
# ---------------------------------------------------------------------------------------------------------

RULES = [
    # (text, target, mention, mention_rule)
    ("Iran rejected the offer.", "Iran", "Iran", "alias"),
    ("The Islamic Republic of Iran rejected the offer.", "Iran", "Islamic Republic of Iran", "alias"),
    ("Tehran rejected the offer.", "Iran", "Tehran", "capital"),
    ("Downing Street rejected the offer.", "United Kingdom", "Downing Street", "capital"),
    ("Zhongnanhai rejected the offer.", "China", "Zhongnanhai", "capital"),
    ("The Elysee rejected the offer.", "France", "Elysee", "capital"),
    ("Kyiv rejected the offer, and so did Kiev's allies.", "Ukraine", "Kyiv", "capital"),
    ("Rouhani rejected the offer.", "Iran", "Rouhani", "leader"),
    ("Kim Jong Un rejected the offer.", "North Korea", "Kim Jong Un", "leader"),
    ("Erdoğan rejected the offer.", "Turkey", "Erdoğan", "leader"),
    ("Iranians rejected the offer.", "Iran", "Iranians", "demonym"),
    ("Brits rejected the offer.", "United Kingdom", "Brits", "demonym"),
    ("In the end the Chinese rejected the offer.", "China", "the Chinese", "demonym"),
    ("A North Korean envoy rejected the offer.", "North Korea", "North Korean", "adjective"),
    ("The British rejected the offer.", "United Kingdom", "The British", "demonym"),
    ("US officials rejected the offer.", "United States", "US", "alias"),
    ("The eurozone rejected the offer.", "European Union", "eurozone", "alias"),
    ("Gulf states rejected the offer.", "Gulf states", "Gulf states", "alias"),
    ("The G20 rejected the offer, as did OPEC+.", "G20", "G20", "alias"),
    ("Gaza rejected the offer.", "Palestine", "Gaza", "alias"),
    ("Taipei rejected the offer.", "Taiwan", "Taipei", "capital"),
    ("Pristina rejected the offer.", "Kosovo", "Pristina", "capital"),
    ("Scotland rejected the offer.", "Scotland", "Scotland", "alias"),
    ("Mbabane rejected the offer.", "Eswatini", "Mbabane", "capital"),
    ("Soleimani rejected the offer.", "Iran", "Soleimani", "leader"),
    ("General Qassem Soleimani rejected the offer.", "Iran", "Qassem Soleimani", "leader"),
    ("The envoy said Salman rejected the offer.", "Saudi Arabia", "Salman", "leader"),
    ("Western capitals rejected the offer.", "the West", "Western capitals", "alias"),
    ("He warned against Western intervention in the region.", "the West", "Western intervention", "alias"),
    ("The Paris Club offered a debt freeze.", "Paris Club", "Paris Club", "alias"),
]


@pytest.mark.parametrize(("text", "target", "mention", "rule"), RULES)
def test_each_mention_says_how_it_was_found(text, target, mention, rule):
    first = registry().find(text)[0]
    assert (first.target, first.mention, first.rule) == (target, mention, rule)
    assert text[first.start:first.end] == mention
    assert rule in MENTION_RULES


def test_the_chinese_before_a_noun_is_the_adjective():
    text = "the Chinese embassy said the Chinese were ready, and the Chinese Communist Party agreed."
    got = [(m.mention, m.rule, text[m.start:m.end]) for m in registry().find(text)]
    assert got == [("Chinese", "adjective", "Chinese"), ("the Chinese", "demonym", "the Chinese"),
                   ("Chinese Communist Party", "alias", "Chinese Communist Party")]


def test_rules_option_leaves_leaders_out():
    text = "Putin met Xi in Beijing."
    assert [m.rule for m in registry().find(text)] == ["leader", "leader", "capital"]
    no_leaders = TargetRegistry(load_targets(), rules=[r for r in MENTION_RULES if r != "leader"])
    assert [(m.target, m.rule) for m in no_leaders.find(text)] == [("China", "capital")]
    with pytest.raises(ValueError, match="pronoun"):
        TargetRegistry(load_targets(), rules=["alias", "pronoun"])


# ---------------------------------------------------------------------------------------------------------
# False friends, both ways: the same word as the country and as something else
# ---------------------------------------------------------------------------------------------------------

FALSE_FRIENDS = [
    # (text, words of the country's name, found?): found when a mention holds the words and is not longer
    # than them by a word of its own (Nigeria is not Niger)
    ("Turkey closed its airspace to Russian flights.", "Turkey", True),
    ("Turkey's president spoke in Ankara.", "Turkey", True),
    ("Smoked Turkey Sandwich with cranberry sauce.", "Turkey", False),
    ("Turkey Day traffic was heavy on Wednesday.", "Turkey", False),
    ("Thanksgiving dinner: Turkey, stuffing and pie.", "Turkey", False),
    ("Russia sent troops into Georgia in 2008, and Tbilisi protested.", "Georgia", True),
    ("Georgia's parliament voted to join NATO talks, angering Moscow.", "Georgia", True),
    ("Georgia's governor signed the bill in Atlanta.", "Georgia", False),
    ("Georgia Republicans said the runoff was fair.", "Georgia", False),
    ("She grew up in Savannah, Georgia, and moved north.", "Georgia", False),
    ("Voters in Georgia will decide the Senate majority.", "Georgia", False),
    ("Jordan hosts more than a million Syrian refugees.", "Jordan", True),
    ("Jordan's King Abdullah met Israeli officials in Amman.", "Jordan", True),
    ("Rep. Jim Jordan grilled the FBI director.", "Jordan", False),
    ("Jordan, an Ohio Republican, said the FBI overreached.", "Jordan", False),
    ("Michael Jordan won six titles with the Bulls.", "Jordan", False),
    ("Jordan Peterson spoke to students.", "Jordan", False),
    ("Chad and Niger closed their borders.", "Chad", True),
    ("Chad's army said the rebels had retreated.", "Chad", True),
    ("Chad Wolf, the acting secretary, said the border was secure.", "Chad", False),
    ("China's exports rose in May.", "China", True),
    ("She sold the bone china and the fine China tea set.", "China", False),
    ("Berlin rejected the proposal.", "Berlin", True),
    ("Irving Berlin wrote White Christmas.", "Berlin", False),
    ("Washington imposed new sanctions on Moscow.", "Washington", True),
    ("George Washington crossed the Delaware.", "Washington", False),
    ("Washington state voters approved the measure.", "Washington", False),
    ("The Washington Post reported the story first.", "Washington", False),
    ("Booker T. Washington founded the institute.", "Washington", False),
    ("Guinea's junta promised elections.", "Guinea", True),
    ("The guinea pig escaped. Guinea pigs need space.", "Guinea", False),
    ("Niger's junta expelled the French ambassador.", "Niger", True),
    ("Nigeria's president visited Abuja.", "Niger", False),
    ("Jersey's finance minister defended the tax regime of the Channel Islands.", "Jersey", True),
    ("New Jersey's governor vetoed the bill.", "Jersey", False),
    ("Jersey City police closed the street.", "Jersey", False),
    ("Panama signed the canal agreement.", "Panama", True),
    ("He wore a Panama hat to the race.", "Panama", False),
    ("French diplomats walked out.", "French", True),
    ("They ordered French fries and French toast.", "French", False),
    ("Turkish forces crossed the border.", "Turkish", True),
    ("A Turkish bath and Turkish delight.", "Turkish", False),
    ("Chinese warships entered the strait.", "Chinese", True),
    ("They ate Chinese food on Friday.", "Chinese", False),
    ("Mexico's president denied the report.", "Mexico", True),
    ("New Mexico's governor denied the report.", "Mexico", False),
    ("Korean officials met in Seoul.", "Korean", True),
    ("Korean-American voters turned out.", "Korean", False),
    ("Iranian drones struck the base.", "Iranian", True),
    ("The Iranian-born scientist moved to Boston.", "Iranian", False),
    ("Russian hackers targeted the grid.", "Russian", True),
    ("The interview was conducted in Russian.", "Russian", False),
    ("Spanish police arrested him.", "Spanish", True),
    ("The Spanish-language network aired the debate.", "Spanish", False),
    ("India's prime minister visited Kashmir.", "India", True),
    ("Indians voted in huge numbers, Modi's party said.", "Indians", True),
    ("The Cleveland Indians changed their name.", "Indians", False),
    ("American Indian tribes sued the agency.", "Indian", False),
    ("The Indian army moved troops to Kashmir.", "Indian", True),
    ("Kosovo declared independence in 2008.", "Kosovo", True),
    ("the West has imposed sanctions.", "the West", True),
    ("Protests spread across the West Bank.", "the West", False),
    ("Eric Trump and Ivanka Trump spoke.", "Trump", False),
    ("President Trump spoke, and Mr. Trump left.", "Trump", True),
    ("The king told Salman to be patient.", "Salman", True),
    ("A novel by Salman Rushdie won the prize.", "Salman", False),
    ("Most ballots came from Western states and from seniors.", "Western", False),
    ("She studied Western medicine in Perth, Western Australia.", "Western", False),
    # a president's name before a partisan noun is domestic politics, not the state
    ("The Trump campaign hired a data firm.", "Trump", False),
    ("Obama supporters and Trump voters lined up.", "Trump", False),
    ("Trump met Putin and said the campaign was over.", "Trump", True),
    # the North and the South of a Korea story; elsewhere regions
    ("Seoul wants to build trust with the North.", "North", True),
    ("Pyongyang said the South had broken the truce.", "South", True),
    ("Kim Jong Un met the South's president at Panmunjom.", "South", True),
    ("Republican states, particularly in the South, waited for weeks.", "South", False),
    ("Voters in the North of England backed the plan.", "North", False),
    ("Oliver North testified about Korea.", "North", False),
    ("Korean exporters eye the North American market.", "North", False),
    ("Korean ships patrol the South China Sea.", "South", False),
    ("It snowed north of Seoul.", "north", False),
    # exclusion phrases hold with a curly apostrophe too
    ("Trump\u2019s campaign slammed the suit.", "Trump", False),
    ("Yachts raced for the America\u2019s Cup.", "America", False),
]


@pytest.mark.parametrize(("text", "words", "expected"), FALSE_FRIENDS)
def test_false_friends_both_ways(text, words, expected):
    mentions = [m.mention for m in registry().find(text)]
    hit = any(words in mention.split() or words == mention or mention.startswith(words + " ") or mention.endswith(" " + words)
              for mention in mentions)
    assert hit is expected, registry().explain(text)


CONTEXT_AROUND = [
    # (the article, the searched sentence of it, the target a name needing a context is found as, or None)
    ("Syria's war sent refugees south. U.S. troops in neighboring Jordan will leave their jets behind.",
     "U.S. troops in neighboring Jordan will leave their jets behind.", "Jordan"),
    ("Rep. Jim Jordan led the hearing. He said Jordan would not back down.", "He said Jordan would not back down.",
     None),
    ("North Korea fired a missile on Sunday. Officials said talks with the North would go on.",
     "Officials said talks with the North would go on.", "North Korea"),
    ("Kim Jong Un inspected the site. The agency said the North had tested an engine.",
     "The agency said the North had tested an engine.", "North Korea"),
    ("Tax rates vary across the country. Wages are lower in the North than in London.",
     "Wages are lower in the North than in London.", None),
]


@pytest.mark.parametrize(("article", "sentence", "expected"), CONTEXT_AROUND)
def test_a_name_needing_a_context_finds_it_in_the_text_around_the_searched_part(article, sentence, expected):
    """A quote's sentence is searched alone, but "Jordan" or "the North" needs the article around it (the
    Middle East or Korea named a sentence before): ``within`` gives the guards the whole text."""
    offset = article.index(sentence)
    needing = {"Jordan", "North Korea"}
    found = [m.target for m in registry().find(sentence, within=(article, offset)) if m.target in needing]
    assert found == ([expected] if expected else [])
    if expected:  # alone, the sentence says too little
        assert expected not in [m.target for m in registry().find(sentence)]


def test_niger_is_not_found_inside_nigeria_and_nigeria_is():
    assert found("Nigeria and Niger signed the deal.") == [("Nigeria", "Nigeria"), ("Niger", "Niger")]


# ---------------------------------------------------------------------------------------------------------
# Each guard says why it dropped a candidate
# ---------------------------------------------------------------------------------------------------------

GUARDS = [
    # (text, candidate words, reason starts with)
    ("Rep. Jim Jordan spoke.", "Jordan", "exclude: Jim Jordan"),
    ("Sen. Chad said no.", "Chad", "person-before: Sen."),
    ("Mary Chad said no.", "Chad", "person-before: Mary"),
    ("Dr. Victor R. Berlin said no.", "Berlin", "person-before: R."),
    ("Chad Smith said no.", "Chad", "person-after: Smith"),
    ("Voters in New Berlin, Wisconsin, said no.", "Berlin", "new-place: New"),
    ("Chinese-Americans said no.", "Chinese", "exclude: Chinese-Americans"),
    ("Vietnamese-born voters said no.", "Vietnamese", "compound: -born"),
    ("Korean-American voters said no.", "American", "compound: Korean-"),
    ("She answered in Japanese.", "Japanese", "language: in"),
    ("Georgia voters said no.", "Georgia", "exclude: Georgia voters"),
    ("Georgia will decide.", "Georgia", "context: no cue"),
    ("Carve the Turkey before serving.", "Turkey", "context: Carve"),
    ("He flew to Xi'an.", "Xi", "apostrophe"),
]


@pytest.mark.parametrize(("text", "words", "reason"), GUARDS)
def test_each_guard_says_why(text, words, reason):
    assert (reasons(text)[words] or "").startswith(reason)


def test_a_leader_keeps_a_title_and_a_given_name_of_their_own():
    assert found("President Erdogan and Mr. Putin met Vladimir Putin.") == [
        ("Turkey", "President Erdogan"), ("Russia", "Putin"), ("Russia", "Vladimir Putin")]


def test_will_and_may_are_not_given_names_before_a_country():
    assert found("Will China retaliate? May Britain leave?") == [("China", "China"), ("United Kingdom", "Britain")]


def test_sino_american_is_about_china_and_the_us():
    assert found("Sino-American ties improved.") == [("China", "Sino"), ("United States", "American")]
