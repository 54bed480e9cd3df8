"""Tests of analysis.speakers: resolving speaker mentions within an article, and the corpus speakers table.

The hard cases are sentences written for these tests; the seed article and PolNeAR are read in place from
../shared.
"""

from __future__ import annotations

import csv
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.evaluate.polnear import source_spans
from analysis.paths import resource
from analysis.quotes import extract_quotes
from analysis.speakers import (
    SPEAKER_COLUMNS,
    SPEAKER_TYPES,
    Speaker,
    resolve_speakers,
    speaker_table,
)
from tests.conftest import POLNEAR, need


def mention(text: str, words: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the n-th occurrence of `words` (as whole words) in text."""
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]
    assert len(found) > occurrence, f"{words!r} not found {occurrence + 1} times"
    return found[occurrence]


def resolve(text: str, words: str, occurrence: int = 0, *, also: tuple[str, ...] = ()) -> Speaker:
    """Resolve one mention, with earlier mentions `also` (words, first occurrence) resolved before it."""
    spans = sorted({mention(text, w) for w in also} | {mention(text, words, occurrence)})
    result = dict(zip(spans, resolve_speakers(text, spans), strict=True))
    return result[mention(text, words, occurrence)]


# ---------------------------------------------------------------------------------------------------------
# Names: full names, surnames in both orders, titles
# ---------------------------------------------------------------------------------------------------------

NAME_CASES = [
    # (text, mention, occurrence, speaker, rule)
    ("Zhang Wei, a researcher at Fudan University, disagreed. Zhang said the talks would fail.",
     "Zhang", 1, "Zhang Wei", "surname->full"),
    ("Maria Ortiz, an associate professor at the University of Toronto, spoke first. Ortiz said it was late.",
     "Ortiz", 1, "Maria Ortiz", "surname->full"),
    ("Okafor said the deal was dead. Chidi Okafor, a lawyer for the union, later confirmed it.",
     "Okafor", 0, "Chidi Okafor", "surname->full"),
    ("Mr. Wang Wenbin spoke on Monday. Later, Mr. Wang said the visit was over.",
     "Mr. Wang", 1, "Wang Wenbin", "surname->full"),
    ("Dr. Jane Doyle led the study. \"It is clear,\" said Dr. Jane Doyle.",
     "Dr. Jane Doyle", 0, "Jane Doyle", "full-name"),
    # a peer's title, as "Sir" and "Lady": no part of the name ("Baroness Scotland" is a person, no organisation)
    ("Baroness Susan Greenfield spoke. Baroness Greenfield said no.", "Baroness Greenfield", 0, "Susan Greenfield",
     "surname->full"),
    ("Baroness Scotland said no.", "Baroness Scotland", 0, "Scotland", "surname-only"),
    ("Senator Angus King of Maine was not convinced. King said the bill was rushed.",
     "King", 1, "Angus King", "surname->full"),
    # a surname spelt like an organisation after a role ("Fox" the network)
    ("Taxes will rise, party chairman Liam Fox said. Fox said so twice.", "Fox", 1, "Liam Fox", "surname->full"),
    ("Hillary Clinton arrived late. Hillary said she was tired.",
     "Hillary", 1, "Hillary Clinton", "given->full"),
    ("Trump's son Eric Trump spoke first, then Donald Trump took the stage. Trump said he would win.",
     "Trump", 3, "Eric Trump", "surname->full"),
    ("Nguyen Van An, a farmer near Hanoi, was angry. Nguyen said prices had fallen.",
     "Nguyen", 1, "Nguyen Van An", "surname->full"),
    ("Stated Stone: the campaign is over.", "Stone", 0, "Stone", "surname-only"),
    # a contraction is no part of a name
    ("I'm Amy Goodman. Goodman said the show was over.", "Goodman", 1, "Amy Goodman", "surname->full"),
    ("Donald Trump spoke first. Donald Trump Jr. spoke later. Trump Jr. said the tour was over.",
     "Trump Jr.", 1, "Donald Trump Jr.", "surname->full"),
    ("Donald Trump Jr. spoke first. Donald Trump spoke later. Trump said the tour was over.",
     "Trump", 2, "Donald Trump", "surname->full"),
    ("Struggling Donald Trump tries a new pitch. Trump said the polls were wrong.", "Trump", 1, "Donald Trump",
     "surname->full"),
    # a lone family name and the one full name with a suffix: that person, unless the article tells them apart
    # ("Trump Jr.") or the name is a leader's
    ("Cal Ripken Jr. played in 1995. Ripken said he was tired.", "Ripken", 1, "Cal Ripken Jr.",
     "surname->full"),
    ("Bannon slammed Donald Trump Jr., calling Trump Jr. treasonous. Trump said Bannon had lost his mind.",
     "Trump", 2, "Trump", "surname-only"),
    ("Ted Bragg Jr. owns the farm. Bragg Jr. bought it in 1990. Bragg said it was his.",
     "Bragg", 2, "Bragg", "surname-only"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an organisation's name before the role: the person the role introduces heads the mention
    ("His Office of Management and Budget Director Mick Mulvaney has suggested a deal.",
     "His Office of Management and Budget Director Mick Mulvaney", "Mick Mulvaney"),
    ("House Oversight and Reform Committee Chairman Elijah Cummings said the hearing was over.",
     "House Oversight and Reform Committee Chairman Elijah Cummings", "Elijah Cummings"),
    # a role whose post-modifier ends with a full name after a plain noun: that person
    ("The outgoing chairman of the party John Burton said no.", "The outgoing chairman of the party John Burton",
     "John Burton"),
    ("Former US ambassador to Russia Michael McFaul said no.", "Former US ambassador to Russia Michael McFaul",
     "Michael McFaul"),
    # ... a name of two words after a word in lower case needs no known given name
    ("The minister for civil aviation Praful Patel said no.", "The minister for civil aviation Praful Patel",
     "Praful Patel"),
    # ... also after "the" and an organisation's name: "of the Senate" does not swallow the name
    ("The secretary of the Senate Julie Adams said in a statement that no record exists.",
     "The secretary of the Senate Julie Adams", "Julie Adams"),
    ("The chairman of the Federal Reserve Jerome Powell said rates would stay.",
     "The chairman of the Federal Reserve Jerome Powell", "Jerome Powell"),
    # ... but no name without a given name there
    ("The chairman of the Federal Reserve said rates would stay.", "The chairman of the Federal Reserve",
     "The chairman of the Federal Reserve"),
    ("The head of the Martin Luther King Jr. Center said no.", "The head of the Martin Luther King Jr. Center",
     "The head of the Martin Luther King Jr. Center"),
    # ... not a name after a role or title of its own: the role's principal, not the speaker
    ("A spokesman for Senate Leader Mitch McConnell said no.", "A spokesman for Senate Leader Mitch McConnell",
     "A spokesman for Senate Leader Mitch McConnell"),
    # two people joined by "and": both when named in full (``coordinated-names``), else the first heads it
    ("Both President Obama and GOP nominee Mitt Romney rejected public financing.",
     "Both President Obama and GOP nominee Mitt Romney", "Obama"),
    ("British Prime Minister David Cameron and French President Francois Hollande agreed a plan.",
     "British Prime Minister David Cameron and French President Francois Hollande",
     "David Cameron and Francois Hollande"),
    # ... but a name joined to a phrase in lower case is one side of a group, which speaks as written
    ("Konstantin Kosachev spoke first. Kosachev and other senior officials said no.",
     "Kosachev and other senior officials", "Kosachev and other senior officials"),
    ("Donald Trump spoke. Trump and his allies say the report cleared him.", "Trump and his allies",
     "Trump and his allies"),
    ("Nancy Pelosi spoke. Pelosi and the House Democrats said no.", "Pelosi and the House Democrats",
     "Pelosi and the House Democrats"),
    ("The issue remains, as President Trump and other Republicans have alleged.",
     "President Trump and other Republicans", "President Trump and other Republicans"),
    ("The White House and several top Republicans said no.", "The White House and several top Republicans",
     "The White House and several top Republicans"),
    ("Vulture and The Huffington Post report that the letter was posted.", "Vulture and The Huffington Post",
     "Vulture and The Huffington Post"),
    ("Tom Smith spoke. Smith and two aides said no.", "Smith and two aides", "Smith and two aides"),
    # ... and every person of a list before the pair, each named once
    ("Ted Cruz, Josh Hawley and Jerry Moran met. Cruz, Hawley and Sen. Jerry Moran said no.",
     "Cruz, Hawley and Sen. Jerry Moran", "Ted Cruz, Josh Hawley and Jerry Moran"),
])
def test_the_name_a_role_introduces_heads_the_mention(text, words, speaker):
    assert resolve(text, words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "occurrence", "speaker", "rule"), [
    # a lone word is the first word of a longer name only when it may be a given name
    ("Hillary Clinton arrived late. Hillary said she was tired.", "Hillary", 1, "Hillary Clinton", "given->full"),
    ("Sir John Stevens spoke first. Sir John said the tour was over.", "Sir John", 1, "John Stevens", "given->full"),
    # ... not a leader's family name ("Trump Tower"), nor a word after a title that takes a family name
    ("The summit will be at Trump National Doral. Trump said it was the best place.", "Trump", 1, "Trump",
     "surname-only"),
    ("He owns Obama Country Store. President Obama said the store was closed.", "President Obama", 0, "Obama",
     "surname-only"),
    # a day of the week after a name is a time beside it, no part of the name ("Obama Tuesday"); not in a day's name
    ("The riots began. President Obama Tuesday said there was no excuse.", "President Obama", 0, "Obama",
     "surname-only"),
    ("Sheriff Joseph Lombardo Monday said the gunman acted alone. Lombardo added more.", "Lombardo", 1,
     "Joseph Lombardo", "surname->full"),
    ("Black Friday said the sales were weak.", "Black Friday", 0, "Black Friday", "organisation"),
    # Korean family names come first ("Ms Choe" is Choe Son-hui)
    ("Choe Son-hui met the envoy. Ms Choe said the talks were over.", "Ms Choe", 0, "Choe Son-hui", "surname->full"),
])
def test_a_lone_word_is_a_given_name_only_where_it_may_be_one(text, words, occurrence, speaker, rule):
    got = resolve(text, words, occurrence)
    assert (got.speaker, got.rule) == (speaker, rule)


@pytest.mark.parametrize(("text", "words", "occurrence", "speaker"), [
    # a lone given name before "and" and a full name shares its family name ("Khizr and Ghazala Khan"), so "Mr."
    # and "Mrs." find each their own person, though the list of given names knows neither
    ("The parents, Talib and Nazira Rahim, spoke at the rally. Mr. Rahim said the war took their son.",
     "Mr. Rahim", 0, "Talib Rahim"),
    ("The parents, Talib and Nazira Rahim, spoke at the rally. Mr. Rahim said no. Mrs. Rahim said she wept.",
     "Mrs. Rahim", 0, "Nazira Rahim"),
    ("Charles and David Koch fund the network. Charles said the network would grow.", "Charles", 1,
     "Charles Koch"),
    # ... not a family name the article writes alone elsewhere, nor one it gives someone in full
    ("Rubio and Ted Cruz clashed. Rubio said the plan would fail.", "Rubio", 1, "Rubio"),
    ("Marco Rubio spoke first. Later Rubio and Ted Cruz clashed. Mr. Cruz said no.", "Mr. Cruz", 0, "Ted Cruz"),
    # ... nor a word with a title before it
    ("Sen. Rubio and Ted Cruz clashed. Mr. Cruz said no.", "Mr. Cruz", 0, "Ted Cruz"),
    ("The bill of Sens. Graham and Dick Durbin failed. Graham said it was dead.", "Graham", 1, "Graham"),
    # ... nor words the article writes in lower case ("the federal Housing and Urban Development agency")
    ("The federal Housing and Urban Development agency said housing was short. Housing said no.", "Housing", 1,
     "Housing"),
])
def test_a_given_name_before_and_shares_the_family_name_after_it(text, words, occurrence, speaker):
    assert resolve(text, words, occurrence).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # common nouns the article writes in lower case, then a given name: the name starts at the given name
    ("The director of national intelligence spoke. Director of National Intelligence James Clapper said no.",
     "Director of National Intelligence James Clapper", "James Clapper"),
    ("The special counsel was named. Special Counsel Robert Mueller said no.", "Special Counsel Robert Mueller",
     "Robert Mueller"),
    # ... not a given name the list lacks before one it has
    ("The analyst spoke. Behnam Ben Taleblu said no.", "Behnam Ben Taleblu", "Behnam Ben Taleblu"),
    # a place that is also a given name, then a given name and more: the office's place, then the name
    ("The Governor of Virginia Ralph Northam said no.", "The Governor of Virginia Ralph Northam", "Ralph Northam"),
    ("Rep. Virginia Foxx said no.", "Rep. Virginia Foxx", "Virginia Foxx"),
    ("The former U.S. Attorney for the Middle District of Georgia Michael J. Moore said no.",
     "The former U.S. Attorney for the Middle District of Georgia Michael J. Moore", "Michael J. Moore"),
    ("Georgia Frontiere said no.", "Georgia Frontiere", "Georgia Frontiere"),
])
def test_a_name_starts_at_its_given_name_after_common_nouns(text, words, speaker):
    assert resolve(text, words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "also", "speaker"), [
    # initials with their points are part of a person's name, and keep two people apart
    ("National security adviser H.R. McMaster said no. McMaster added more.", "McMaster", ("H.R. McMaster",),
     "H.R. McMaster"),
    ("George H.W. Bush spoke first. George W. Bush said his father was strong.", "George W. Bush",
     ("George H.W. Bush",), "George W. Bush"),
    # (guards: an office's initials before a given name, a place's before a title, are no part of the name)
    ("Facebook C.E.O. Mark Zuckerberg said no.", "Facebook C.E.O. Mark Zuckerberg", (), "Mark Zuckerberg"),
    ("U.S. Senator Dianne Feinstein said no.", "U.S. Senator Dianne Feinstein", (), "Dianne Feinstein"),
])
def test_initials_are_part_of_a_name(text, words, also, speaker):
    assert resolve(text, words, also=also).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the name set off after a description, behind a place and a title, is the speaker
    ("His running mate, Indiana Gov. Mike Pence, said no.", "His running mate, Indiana Gov. Mike Pence", "Mike Pence"),
    ("Her deputy, California Rep. Adam Schiff, said no.", "Her deputy, California Rep. Adam Schiff", "Adam Schiff"),
])
def test_a_titled_name_after_a_description_is_the_speaker(text, words, speaker):
    assert resolve(text, words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a run ending in a word that ends organisations' names names no person
    ("Amnesty International said the trial was unfair.", "Amnesty International", "Amnesty International"),
    ("The Department of Health and Human Services said no.", "The Department of Health and Human Services",
     "Department of Health and Human Services"),
])
def test_an_organisation_name_ending_is_no_person(text, words, speaker):
    got = resolve(text, words)
    assert (got.speaker, got.rule) == (speaker, "organisation")


@pytest.mark.parametrize(("text", "speaker"), [
    # a place's or an institution's name is no antecedent of "she" ("Pinal County", "George Mason University")
    ("That left people such as Natalie Hart in a panic. After a notice that the insurer was dropping out of Pinal "
     "County, she wondered what would happen.", "Natalie Hart"),
    ("Justice Neil Gorsuch spoke first. After a talk at George Mason University, he said the law was plain.",
     "Neil Gorsuch"),
])
def test_a_place_or_institution_name_is_no_person(text, speaker):
    pronoun = "she" if " she " in text else "he"
    assert resolve(text, pronoun).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker", "rule"), [
    # a name an appositive calls an organisation is one, and the organisation "the group" points back to
    ("Napa Valley Vintners, a trade group with 550 members, said no.", "Napa Valley Vintners",
     "Napa Valley Vintners", "organisation"),
    # (a guard: a person's role and where it is held)
    ("Andrew Pincus, a partner at a law firm, said no.", "Andrew Pincus", "Andrew Pincus", "full-name"),
])
def test_a_name_an_appositive_calls_an_organisation_is_one(text, words, speaker, rule):
    got = resolve(text, words)
    assert (got.speaker, got.rule) == (speaker, rule)


def test_the_group_is_the_organisation_that_spoke_last_in_the_two_sentences_before():
    text = ("Napa Valley Vintners, a trade group with 550 members, said it was too early. The Sonoma County "
            "Sheriff's Office had counted 11 deaths on Monday. Four wineries had suffered losses, the group said.")
    got = resolve(text, "the group", also=("Napa Valley Vintners",))
    assert (got.speaker, got.rule) == ("Napa Valley Vintners", "organisation->named")


@pytest.mark.parametrize(("text", "words", "also", "speaker", "rule"), [
    # the opening description is the person named next by an honorific and a family name
    ("The UK's top judge has revealed he clashed with ministers.\n\nLord Woolf said his veto should stay.",
     "The UK's top judge", ("Lord Woolf",), "Woolf", "title->lead"),
    # ... and a bare mention of the same role later is that person, not one named with the role after it
    ("Scotland's justice minister has warned fans.\n\nCathy Jamieson said bans are considered. She praised the "
     "clubs. However, the minister said abuse must stop. Ms Jamieson and First Minister Jack McConnell met fans.",
     "the minister", ("Scotland's justice minister", "Cathy Jamieson"), "Cathy Jamieson", "title->lead"),
    # (a guard: an anonymous official is no one named next)
    ("A senior administration official said the speech started a campaign.\n\nMr. Obama said it was time.",
     "A senior administration official", ("Mr. Obama",), "A senior administration official", "unnamed"),
])
def test_an_opening_description_and_the_titled_name_after_it(text, words, also, speaker, rule):
    got = resolve(text, words, also=also)
    assert (got.speaker, got.rule) == (speaker, rule)


def test_he_after_a_role_owned_by_another_is_the_role_holder():
    text = ("Rex Tillerson spoke. Trump's national security adviser, H.R. McMaster, struck a similar tone in which "
            "he said Trump was willing.")
    got = resolve(text, "he", also=("Rex Tillerson",))
    assert (got.speaker, got.rule) == ("H.R. McMaster", "pronoun->recent")


@pytest.mark.parametrize(("text", "words", "occurrence", "speaker", "rule"), NAME_CASES)
def test_names_resolve_to_the_person_named_in_full(text, words, occurrence, speaker, rule):
    got = resolve(text, words, occurrence)
    assert (got.speaker, got.rule, got.named) == (speaker, rule, True)


@pytest.mark.parametrize("text", ["Fifty nine percent of people said no.", "Twenty senators said no."])
def test_a_number_written_out_opening_a_sentence_is_no_name(text):
    got = resolve(text, text.split(" said")[0])  # ("Fifty" was a surname, "Fifty nine percent" its mention)
    assert (got.speaker, got.named) == (text.split(" said")[0], False)


def test_first_named_wins_among_people_sharing_a_surname():
    text = "Donald Trump spoke first. His son Eric Trump followed. Trump said the crowd was huge."
    assert resolve(text, "Trump", 2).speaker == "Donald Trump"


def test_a_title_of_one_gender_picks_the_person_of_that_gender():
    text = "Bill Clinton and Hillary Clinton arrived together. Mrs. Clinton said the race was close."
    assert resolve(text, "Mrs. Clinton").speaker == "Hillary Clinton"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an office before a leader's family name is the leader, not a relative named first
    ("Melania Trump sat in the box. President Donald Trump arrived. President Trump said the economy was strong.",
     "President Trump", "Donald Trump"),
    ("Ivanka Trump visited the school. President Trump said the program works.", "President Trump", "Trump"),
    # ... but the person the article itself gives that office, whom the gazetteer may lack
    ("When President Nestor Kirchner of Argentina spoke, prices fell. President Kirchner said no.",
     "President Kirchner", "Nestor Kirchner"),
    # ... and without an office, the first named in full
    ("Ivanka Trump visited the school. Trump said the program works.", "Trump", "Ivanka Trump"),
])
def test_an_office_before_a_leader_family_name_is_the_leader(text, words, speaker):
    assert resolve(text, words).speaker == speaker


# ---------------------------------------------------------------------------------------------------------
# Roles, organisations, type and country from pre-modifiers and appositives
# ---------------------------------------------------------------------------------------------------------

ROLE_CASES = [
    # (text, mention, role, org, type, country)
    ("Chinese foreign ministry spokesman Li Ming said the talks were useful.", "Li Ming",
     "foreign ministry spokesman", "Chinese foreign ministry", "official", "China"),
    ("Irina Volkova, an associate professor at Russia's Higher School of Economics, said it was a signal.",
     "Irina Volkova", "associate professor", "Russia's Higher School of Economics", "academic", "Russia"),
    ("Tom Reyes, senior fellow at the Brookings Institution, said the summit was symbolic.",
     "Tom Reyes", "senior fellow", "Brookings Institution", "think tank", "United States"),
    ("Pavel Orlov, a senior fellow at the Carnegie Moscow Centre, said so.",
     "Pavel Orlov", "senior fellow", "Carnegie Moscow Centre", "think tank", "Russia"),
    ("US President Joe Biden said the alliance was strong.", "Joe Biden",
     "President", None, "official", "United States"),
    ("Sen. Rand Paul (R-Ky.) said he would vote no.", "Rand Paul",
     "senator", "Republican Party", "official", "United States"),
    ("Karen Holt, the White House press secretary, said the president was resting.", "Karen Holt",
     "White House press secretary", "White House", "official", "United States"),
    ("Her campaign manager, Robby Lane, said the numbers were good.", "Robby Lane",
     "campaign manager", None, "official", None),
    ("Japanese Prime Minister Kenji Sato said the plan was fair.", "Kenji Sato",
     "Prime Minister", None, "official", "Japan"),
    ("Ana Lima, a columnist for the Folha de Sao Paulo newspaper, said the vote was close.", "Ana Lima",
     "columnist", "Folha de Sao Paulo newspaper", "media", "Brazil"),
    ("Greg Mills, chief executive of Acme Holdings, said sales were up.", "Greg Mills",
     "chief executive", "Acme Holdings", "business", None),
    ("Howard Dean, the former Vermont governor, said the party was united.", "Howard Dean",
     "former Vermont governor", None, "official", "United States"),
    ("Joshua Hale, a senior fellow at the Government Affairs Institute, said so.", "Joshua Hale",
     "senior fellow", "Government Affairs Institute", "think tank", None),
    ("Mike Mayo, a banking analyst at CLSA, said the bank was weak.", "Mike Mayo",
     "banking analyst", "CLSA", "other", None),
    ("Obama spokesman\u00a0Robert Gibbs joined the discussion.", "Robert Gibbs",
     "Obama spokesman", None, "official", None),
    ("\"It is normal,\" said Clinton's communications director, Jennifer Palmieri.", "Jennifer Palmieri",
     "Clinton's communications director", None, "other", None),
]


@pytest.mark.parametrize(("text", "words", "role", "org", "kind", "country"), ROLE_CASES)
def test_roles_and_organisations_from_the_article(text, words, role, org, kind, country):
    got = resolve(text, words)
    assert (got.role, got.org, got.type, got.country) == (role, org, kind, country)


@pytest.mark.parametrize("text", [
    "Trump is unlike the Republican nominees Obama faced in 2008.",
    "For all the doubts about Mr. Obama, banking analysts say, the plan will work.",
])
def test_a_plural_role_beside_a_name_is_not_that_person_role(text):
    assert resolve(text, "Obama").role is None


def test_roles_found_anywhere_in_the_article_reach_a_later_surname():
    text = ("Li Qiang took questions. Later, Li Qiang, a professor at Peking University, was asked again. "
            "\"It is fine,\" Li said.")
    got = resolve(text, "Li", 2)
    assert (got.speaker, got.role, got.org, got.type) == ("Li Qiang", "professor", "Peking University", "academic")


# ---------------------------------------------------------------------------------------------------------
# Pronouns, descriptions, unnamed sources
# ---------------------------------------------------------------------------------------------------------

PRONOUN_CASES = [
    # (text, mention, occurrence, earlier mentions, speaker)
    ("Anna Berg met Tom Kerr on Monday. She said the meeting went well.", "She", 0, (), "Anna Berg"),
    ("Anna Berg met Tom Kerr on Monday. He said the meeting went well.", "He", 0, (), "Tom Kerr"),
    ("Gabriel Ortiz said the plan was fair, but he did not expect a deal.", "he", 0, ("Gabriel Ortiz",),
     "Gabriel Ortiz"),
    ("\"I spoke to Peter Hall yesterday,\" Laura Kim said.\n\n\"It went well,\" she said.", "she", 0,
     ("Laura Kim",), "Laura Kim"),
    ("Rita Mora, who chairs the panel, spoke. \"We will meet again,\" said Paul Dunn. \"Soon,\" he added.",
     "he", 0, ("Paul Dunn",), "Paul Dunn"),
    ("After meeting Vladimir Petrov, Olaf Berg said he was hopeful.", "he", 0, (), "Olaf Berg"),
    ("After meeting Vladimir Petrov, Olaf Berg said he was hopeful.", "he", 0, ("Olaf Berg",), "Olaf Berg"),
    ("Maria Costa, who leads the union, said talks would resume.", "who", 0, (), "Maria Costa"),
    # no person before "who": the plural noun phrase right before it, as written
    ("The moves are challenged by minority residents, who claim they would cut polling places.", "who", 0, (),
     "minority residents"),
    ("The effort was led by tea party activists who say they were misled.", "who", 0, (), "tea party activists"),
    ("Paul Ryan kept his endorsement. Liberals call Ryan weak because he will not move.", "he", 0, ("Liberals",),
     "Paul Ryan"),
    ("The woman disputes the story. \"It never happened,\" she said.", "she", 0, ("The woman",), "The woman"),
    # a name after an article that modifies a noun names no one who could be "he" ("a Bush appointee")
    ("The argument seemed to resonate with Chief Justice Tom Rowe, a George W. Bush appointee. He asked the lawyer "
     "why.", "He", 0, (), "Tom Rowe"),
    ("The plan drew praise from Mark Dalby, an Obama administration official. He said it would pass.", "He", 0, (),
     "Mark Dalby"),
    # a person whose name tells no gender takes the gender of a he/she already resolved to them
    ("Rock star Zeb Orlan tackled a burglar on Monday. \"I acted on impulse,\" Orlan said. His wife Maria said her "
     "rings were taken. He added he was glad nobody was hurt. \"It could have been worse,\" Zeb said. She said she "
     "wished she had worn her rings.", "She", 0, ("He", "Zeb"), "Maria"),
]


@pytest.mark.parametrize(("text", "words", "occurrence", "also", "speaker"), PRONOUN_CASES)
def test_pronouns_resolve_to_the_most_recent_compatible_person(text, words, occurrence, also, speaker):
    got = resolve(text, words, occurrence, also=also)
    assert got.speaker == speaker
    assert got.rule in ("pronoun->recent", "relative->antecedent")


@pytest.mark.parametrize(("text", "speaker"), [
    # "who" after a plural common noun: that group, though a name comes before it
    ("Some of her critics are anti-Wall Street progressives who have urged Warren to run.",
     "anti-Wall Street progressives"),
    ("The decision was greeted warmly by conservatives, who have questioned the aid.", "conservatives"),
    # ... after a name, the person (a family name in -s is no plural)
    ("\"We will go on,\" said Sarah Sanders, who added it was not unusual.", "Sarah Sanders"),
    ("He hurled the comment at Stormy Daniels the adult film actress who alleges an affair.", "Stormy Daniels"),
    # ... after a person's role or a share of people, that phrase, though a name comes before it
    ("The charges include Mark Dalton's agreeing to meet with a Chinese banker who promised documents.",
     "a Chinese banker"),
    ("The governor's forecast of a May reopening was tempered by top officials at the Treasury who predicted a "
     "long slump.", "top officials"),
    ("That is up from the 58 percent who said so in March.", "the 58 percent"),
    ("The company has been ordered to pay damages to a man who claimed the spray caused his illness.", "a man"),
    # ... but a description of the name before it, or a predicate about it, is that person
    ("\"It will pass,\" said Ruth Klein, a Vermont senator who has backed the plan.", "Ruth Klein"),
    ("Once the vote was held, Paul Gerrard, a University of North Carolina law professor who has written on "
     "the subject, spoke.", "Paul Gerrard"),
    ("Ann Berg is the state's chief elections official who decides how many machines each county gets.",
     "Ann Berg"),
    ("Dan Kraus, the longtime debate coach and image consultant who has advised the governor, was there.",
     "Dan Kraus"),
    # a party label in brackets is no one's name
    ("Senate Majority Leader John Harmon (R-Ala.), who promised an open debate, is keeping control.",
     "John Harmon"),
    # a group or organisation named right before it (by its name), not a person named earlier in the sentence; but a
    # person before an appositive
    ("Envoy Erik Solheim met both sides in the conflict between government forces and the Tamil Tigers, who want "
     "a separate state.", "Tamil Tigers"),
    ("The deal was struck by Rhea Sandor, the US ambassador to the United Nations, who called it fair.",
     "Rhea Sandor"),
    # the noun before a preposition and a name set off by a comma ("members of Congress, who"), not a name earlier
    ("The rules were opposed by firms like Comcast, Verizon and AT&T, and also by many members of Congress, who all "
     "say regulation would hurt investment.", "many members of Congress"),
    ("Lauren Frayer spoke to Jamal Shahoud, a refugee from Syria, who told her the camp was full.", "Jamal Shahoud"),
    ("Nancy Garcia, a U.S. citizen from Milwaukee, who was protesting, said she became active.", "Nancy Garcia"),
])
def test_who_refers_to_the_noun_just_before_it(text, speaker):
    got = resolve(text, "who")
    assert (got.speaker, got.rule) == (speaker, "relative->antecedent")


@pytest.mark.parametrize("after", ["They added that he would fight on.", "They would not say more."])
def test_a_singular_they_after_an_unnamed_source_is_that_source(after):
    text = f'A source close to Johnson said: "He is proud of it." {after}'
    got = resolve(text, "They", also=("A source close to Johnson",))
    assert (got.speaker, got.rule) == ("A source close to Johnson", "pronoun->recent")
    text = 'A source close to Johnson said: "He is proud of it." Tom Reed spoke. They added that he would fight on.'
    assert resolve(text, "They", also=("A source close to Johnson",)).speaker is None


def test_pronouns_without_antecedent_name_no_one():
    got = resolve("The plan was fair, she said.", "she")
    assert (got.speaker, got.named, got.rule) == (None, False, "pronoun-unresolved")
    assert resolve("I think the plan was fair.", "I").rule == "pronoun-writer"


@pytest.mark.parametrize(("text", "source"), [
    ("Officials in Ottawa said the plan was ready. They said it would start in May.", "Officials in Ottawa"),
    # a collective noun is a group "they" may point back to ("His family say")
    ("His family say he was working for the CIA. They said it would start in May.", "His family"),
    ("The police said the road was closed. They said it would open in May.", "The police"),
])
def test_they_points_back_to_the_last_group_source(text, source):
    got = resolve(text, "They", also=(source,))
    assert (got.speaker, got.named, got.type, got.rule) == (source, False, "unnamed", "pronoun->group")


@pytest.mark.parametrize(("text", "earlier", "words", "speaker"), [
    # a plural subject headed by a person's role, named since the last group source, is what "they" points to
    ("The Chamber of Commerce warned the plan would hurt trade. Migrants, most of whom say they are fleeing "
     "poverty, travel through Cuba to Florida, where they hope to find work.", "The Chamber of Commerce", "they",
     "Migrants"),
    ("The agency confirmed the figures. Marine officers would not talk to the radio station. They said the test "
     "was delayed.", "The agency", "They", "Marine officers"),
    ("Mr Obama signed the order. Administration officials, though, were upbeat. They said the numbers were "
     "solid.", "Mr Obama", "They", "Administration officials"),
    # ... not an object of the verb ("arrested two men") nor the object of a preposition
    ("Police said the road was closed. Officers arrested two men. They said it would open in May.", "Police",
     "They", "Officers"),
    ("The police said the road was closed. The mayor spoke with residents. They said it would open in May.",
     "The police", "They", "The police"),
    # two people named as one subject are "they"
    ("The Tories met in London. Michael Howard and frontbencher John Redwood on Thursday launched new plans. They "
     "say government is spending too much.", "The Tories", "They", "Michael Howard and frontbencher John Redwood"),
    # ... and so is a source of two phrases joined by "and", the second with a determiner or a pronoun
    ("Tom Smith runs a shop in the town. He and others believe the state is headed for a crisis. They say "
     "voters will see their error.", "He and others", "They", "He and others"),
])
def test_they_points_back_to_a_plural_subject_named_since(text, earlier, words, speaker):
    got = resolve(text, words, 1 if words == "they" else 0, also=(earlier,))
    assert (got.speaker, got.rule) == (speaker, "pronoun->group")


TITLE_CASES = [
    # (text, mention, speaker)
    ("Defence ministry spokesman Ivan Petrov declined to comment. Later the spokesman said talks continued.",
     "the spokesman", "Ivan Petrov"),
    ("Omar Haddad, a professor at Cairo University, was cautious. The professor said reform was slow.",
     "The professor", "Omar Haddad"),
    ("President Obama met Vice President Joe Biden. The president said the economy was growing.",
     "The president", "Obama"),
    ("Gov. Chris Christie was in Iowa. The governor said taxes were too high.", "The governor", "Chris Christie"),
    # occupations of people in the news, not only officials
    ("The audio between pilot Jan Novak and the tower was released. The pilot said they were climbing.",
     "The pilot", "Jan Novak"),
    ("Firefighter Ann Low arrived first. The firefighter said the blaze had spread fast.", "The firefighter",
     "Ann Low"),
    # named just after the description, in its paragraph or the next
    ("The spokesman said talks continued.\n\nDefence ministry spokesman Ivan Petrov later declined to comment.",
     "The spokesman", "Ivan Petrov"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a broader word or a synonym for the role the article gave (``broader`` in roles.csv)
    ("California Rep. Tom Hale spoke at the hearing. The California congressman said the offer stood.",
     "The California congressman", "Tom Hale"),
    ("Sen. Ruth Adler of Maine spoke on Sunday. The lawmaker said she was looking at the ticket.", "The lawmaker",
     "Ruth Adler"),
    ("Defence ministry spokesman Ivan Petrov declined to comment. Later the spokesperson said talks continued.",
     "the spokesperson", "Ivan Petrov"),
    ("CIA director John Brennan spoke on Monday. The US spy chief said the threat was rising.",
     "The US spy chief", "John Brennan"),
    ("Party chairman Tom Perez called for a recount. The party head said the app had failed.", "The party head",
     "Tom Perez"),
])
def test_a_description_may_name_a_broader_role_than_the_article_gave(text, words, speaker):
    got = resolve(text, words)
    assert (got.speaker, got.named, got.rule) == (speaker, True, "title->named")


@pytest.mark.parametrize(("text", "words", "also"), [
    # "the senator" after an unnamed senator spoke is that one, not the senator named before
    ('Sen. Dan Cole spoke first. "It is a middle option," said a Democratic senator on the call. "It will be '
     'big," the senator added.', "the senator", ("Sen. Dan Cole", "a Democratic senator on the call")),
    ("Department spokesman Jeremy Hale gave no details. Guards fell ill, according to a spokesman for the "
     "department. The spokesman would not confirm it.", "The spokesman",
     ("Jeremy Hale", "a spokesman for the department")),
    ("Dempsey spokesman Col. Ed Burns spoke for the general. A senior defence spokesman said strikes were "
     "possible. The senior defence spokesman said the aim was a long-term strategy.",
     "The senior defence spokesman", ("Col. Ed Burns", "A senior defence spokesman")),
])
def test_a_description_after_an_unnamed_speaker_with_its_role_stays_unnamed(text, words, also):
    got = resolve(text, words, also=also)
    assert (got.speaker, got.named) == (words, False)


@pytest.mark.parametrize(("text", "words", "speaker", "named"), [
    # the role only owns the group or office that speaks
    ("Rep. Paul Grant faces a new ad. In it, the congressman's siblings describe their decision.",
     "the congressman's siblings", "the congressman's siblings", False),
    ("House Speaker John Bell rejected the plan, which the speaker's office said defies common sense.",
     "the speaker's office", "the speaker's office", False),
    # but only modifiers after the possessive: the role's holder speaks ("the president's recent [comments]")
    ("President Joe Biden spoke on Friday. The president's recent comments answer the threat.",
     "The president's recent", "Joe Biden", True),
])
def test_a_role_as_possessor_speaks_only_through_its_own_words(text, words, speaker, named):
    got = resolve(text, words)
    assert (got.speaker, got.named) == (speaker, named)


@pytest.mark.parametrize(("text", "words", "also", "speaker"), [
    # an office with a country: that country's leader the article names, not the person who spoke last
    ("Theresa May met Angela Merkel in Berlin. She said the talks were useful. The German chancellor said she "
     "hoped for a deal.", "The German chancellor", ("She",), "Angela Merkel"),
    ("But Mr Putin says the accusation is a pretext. In televised comments, the Russian leader said other "
     "countries had such weapons.", "the Russian leader", ("Mr Putin",), "Putin"),
    # a bare head office: the one leader named, not a person with no role who has just spoken
    ("Barack Obama hosted the voters. Mario Orosa said he had asked Mr. Obama about his nerves. The president "
     "replied that he did not remember.", "The president", ("Mario Orosa",), "Barack Obama"),
    ("Donald Trump backed Roy Moore. Moore said he denied it. The president responded angrily at a rally.",
     "The president", ("Moore",), "Donald Trump"),
])
def test_an_office_with_a_country_names_its_leader(text, words, also, speaker):
    got = resolve(text, words, also=also)
    assert (got.speaker, got.named, got.rule) == (speaker, True, "title->leader")


def test_a_description_is_not_a_person_given_its_role_paragraphs_later():
    text = ("The Russian leader said other countries had such weapons.\n\nThe pact was signed in 1987.\n\n"
            "Its terms were strict.\n\nSoviet leader Mikhail Gorbachev signed it.")
    got = resolve(text, "The Russian leader")
    assert (got.speaker, got.rule) == ("The Russian leader", "unnamed")


@pytest.mark.parametrize(("text", "words", "speaker"), TITLE_CASES)
def test_a_definite_description_names_the_person_with_that_role(text, words, speaker):
    got = resolve(text, words)
    assert (got.speaker, got.named, got.rule) == (speaker, True, "title->named")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the party member whose state the article writes beside the name
    ("Sen. Rob Portman (R-Ohio) met Rep. Kevin McCarthy (R-Calif.) on Monday. The Ohio Republican said the bill "
     "was dead.", "The Ohio Republican", "Rob Portman"),
    ("Rob Portman, an Ohio Republican, met Rep. Kevin McCarthy (R-Calif.) on Monday. The Ohio Republican said "
     "the bill was dead.", "The Ohio Republican", "Rob Portman"),
    # a party member named just before, else the subject just named who has no other party
    ("Republican Sen. Rand Paul met Democratic Sen. Chris Murphy. The Democrat said the bill was dead.",
     "The Democrat", "Chris Murphy"),
    ("Republican Sen. Rand Paul met Sen. Chris Murphy. The Democrat said the bill was dead.", "The Democrat",
     "Chris Murphy"),
    ("Rep. Cheri Bustos (D-Ill.) spoke first. The vote was close. Many were absent.\n\nIn an interview with CNN's Jake Tapper, Rep. Brad Sherman "
     "insisted there were grounds. \"It is clear,\" the California Democrat said.", "the California Democrat",
     "Brad Sherman"),
    ("During Hicks' deposition, Jerry Nadler opened by saying lawyers were not allowed. \"It is an exception,\" "
     "the New York Democrat said.", "the New York Democrat", "Jerry Nadler"),
])
def test_a_description_by_party_names_the_member_the_article_gave(text, words, speaker):
    got = resolve(text, words)
    assert (got.speaker, got.named, got.rule) == (speaker, True, "party->named")


@pytest.mark.parametrize(("text", "words"), [
    # no one given that party, and the one just named has another
    ("Republican Sen. Rand Paul spoke first. The Democrat said the bill was dead.", "The Democrat"),
    # more after the party word: another description
    ("Jack Lew was nominated as the top Republican on the committee vowed to oppose him.",
     "the top Republican on the committee"),
])
def test_a_description_by_party_stays_unnamed_without_a_member(text, words):
    assert not resolve(text, words).named


LEAD = "Taxes will not rise, the {role} has said.\n\n{next} said the promise was firm."


@pytest.mark.parametrize(("role", "following", "speaker", "rule"), [
    # the opening describes the source and the next paragraph names them
    ("trade secretary", "Patricia Hewlin", "Patricia Hewlin", "title->lead"),
    ("firm's chief", "Speaking in Geneva, Helmut Panke", "Helmut Panke", "title->lead"),
    # not the writer, nor a person the article gives another role
    ("author", "Patricia Hewlin", "the author", "unnamed"),
    ("trade secretary", "Opposition leader Mark Dunn", "the trade secretary", "unnamed"),
])
def test_an_opening_description_is_the_person_the_next_paragraph_names(role, following, speaker, rule):
    text = LEAD.format(role=role, next=following)
    names = [w for w in ("Patricia Hewlin", "Helmut Panke", "Mark Dunn") if w in text]
    got = resolve(text, f"the {role}", also=tuple(names))
    assert (got.speaker, got.rule) == (speaker, rule)


@pytest.mark.parametrize(("opening", "speaker"), [
    # indefinite and possessive openings too ("A party spokeswoman", "Scotland's justice minister")
    ("A party spokeswoman", "Patricia Hewlin"),
    ("Scotland's justice minister", "Patricia Hewlin"),
    ("One top lawmaker", "Patricia Hewlin"),
    # a plural opening is a group, not the person named next
    ("Two top lawmakers", "Two top lawmakers"),
])
def test_any_opening_description_of_one_person_is_the_person_the_next_paragraph_names(opening, speaker):
    text = f"Taxes will not rise, {opening} has said.\n\nPatricia Hewlin said the promise was firm."
    got = resolve(text, opening, also=("Patricia Hewlin",))
    assert got.speaker == speaker


@pytest.mark.parametrize(("before", "speaker"), [
    # capitals read as a name and a person named in passing (a photo credit) before the opening do not stop it;
    # a person who speaks does
    ("At least seven New Yorkers were charged in Brooklyn.\n\n", "Patricia Hewlin"),
    ("Commuters wait at the station. (Photo: Mark Dunn, AFP/Getty Images)\n\n", "Patricia Hewlin"),
    ('"Taxes are a burden," Mark Dunn said.\n\n', "a party spokeswoman"),
])
def test_an_opening_description_after_a_person_named_before_it(before, speaker):
    text = f"{before}Taxes will not rise, a party spokeswoman has said.\n\nPatricia Hewlin said the promise was firm."
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}), progress=False)
    assert quotes.set_index("speaker_mention").loc["a party spokeswoman", "speaker"] == speaker


def test_an_office_and_its_domain_before_a_name_are_no_part_of_it():
    text = "On Monday, UN High Commissioner for Human Rights Michelle Bachelet warned of a tragedy."
    got = resolve(text, "UN High Commissioner for Human Rights Michelle Bachelet")
    assert (got.speaker, got.rule) == ("Michelle Bachelet", "full-name")


def test_an_opening_description_after_a_named_speaker_is_not_resolved_forward():
    text = ("Mark Dunn said the minister would go. Taxes will not rise, the trade secretary has said.\n\n"
            "Ann Kell said so.")
    got = resolve(text, "the trade secretary", also=("Mark Dunn", "Ann Kell"))
    assert got.rule == "unnamed"


@pytest.mark.parametrize(("text", "words", "also", "speaker", "rule"), [
    # an office with one holder that the article gives nobody: the person who just spoke, or was just named
    ('"We will win," Helen Novak said. The chancellor said taxes would fall.', "The chancellor", ("Helen Novak",),
     "Helen Novak", "title->recent"),
    ("But Dan Ruiz was not free from scrutiny. The president pointed to polls showing support.", "The president",
     (), "Dan Ruiz", "title->recent"),
    # named by a leader's family name alone; not for an office of one gender
    ("But Trump was not free from scrutiny. The president pointed to polls showing support.", "The president",
     (), "Trump", "title->recent"),
    ("But Trump was not free from scrutiny. The Queen pointed to polls showing support.", "The Queen",
     (), "The Queen", "unnamed"),
    # an "and" before the description is not in it
    ('"We will win," Helen Novak said. The budget rose and the chancellor said cuts would come.', "the chancellor",
     ("Helen Novak",), "Helen Novak", "title->recent"),
    # one person given two roles: the first role names them
    ("But Dan Ruiz was not free from scrutiny. The former president and party leader said taxes would fall.",
     "The former president and party leader", (), "Dan Ruiz", "title->recent"),
    # a role many hold, a post-modifier (someone new), a person with a role of their own: no one
    ('"We will win," Helen Novak said. The official said taxes would fall.', "The official", ("Helen Novak",),
     "The official", "unnamed"),
    ('"We will win," Helen Novak said. The governor of Ohio said taxes would fall.', "The governor of Ohio",
     ("Helen Novak",), "The governor of Ohio", "unnamed"),
    ('"We will win," said Helen Novak, a senator. The president said taxes would fall.', "The president",
     ("Helen Novak",), "The president", "unnamed"),
])
def test_an_office_nobody_holds_in_the_article_refers_back_to_the_latest_speaker(text, words, also, speaker, rule):
    got = resolve(text, words, also=also)
    assert (got.speaker, got.rule) == (speaker, rule)


_INTRODUCED = "Jacob Walker, 44, a political independent from Auburn, saw the holiday as a moment for reflection."


@pytest.mark.parametrize(("text", "speaker", "role", "rule"), [
    # a role many hold that the article gives nobody: the person just introduced as the sentence's subject
    (f'{_INTRODUCED}\n\n"We have a shadow," the school administrator said.', "Jacob Walker", "school administrator",
     "title->introduced"),
    # not when another person is named in full in that sentence, nor a possessor, nor a person with a role
    ('Jacob Walker met Ann Kell at the rally.\n\n"We have a shadow," the school administrator said.',
     "the school administrator", "school administrator", "unnamed"),
    ("Jacob Walker's red card cost the game. \"We have a shadow,\" the school administrator said.",
     "the school administrator", "school administrator", "unnamed"),
    ('Jacob Walker, a teacher, saw the holiday as a moment for reflection. "We have a shadow," the school '
     "administrator said.", "the school administrator", "school administrator", "unnamed"),
    # a name before a noun that modifies it opens no subject ("Obama partisan David Plouffe"); a person named there
    # whom the article gives other roles only is no rival
    ('Obama partisan Jacob Walker saw the holiday as a moment for reflection. "We have a shadow," the school '
     "administrator said.", "Jacob Walker", "school administrator", "title->introduced"),
    ("Rep. Ann Kell, the chairman of the panel, spoke first.\n\nJacob Walker retaliated, fighting Kell's charge. "
     '"We have a shadow," the school administrator said.', "Jacob Walker", "school administrator",
     "title->introduced"),
])
def test_a_description_after_a_person_just_introduced_is_that_person(text, speaker, role, rule):
    got = resolve(text, "the school administrator")
    assert (got.speaker, got.role, got.rule) == (speaker, role, rule)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The prosecution's star witness, former WorldCom financial chief Scott Sullivan, has said that the firm lied.",
     "The prosecution's star witness", "Scott Sullivan"),
    ("The committee's chairman, Sen. Tom Blake, said the bill would pass.", "The committee's chairman",
     "Tom Blake"),
])
def test_a_description_is_the_person_its_appositive_names_after_it(text, words, speaker):
    assert resolve(text, words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a person the article ties to another organisation is not "the chief executive of" this one
    ("Apple chief executive Tim Cook spoke on Monday. \"We will act,\" the chief executive of Angie's List said.",
     "the chief executive of Angie's List", "the chief executive of Angie's List"),
    ("FBI Director Carl Wren spoke first at the hearing on Monday afternoon. The director of the Secret Service "
     "said the threat was real.",
     "The director of the Secret Service", "The director of the Secret Service"),
    # ... but the organisation's initials, a place, or no organisation at all do not stand in the way
    ("NRA chief executive Wayne LaPierre spoke first. The chief executive of the National Rifle Association said "
     "the bill would fail.", "The chief executive of the National Rifle Association", "Wayne LaPierre"),
    ("Sen. Ted Cruz, R-Texas, spoke first. The senator from Texas said the bill would fail.", "The senator from Texas",
     "Ted Cruz"),
    ("President Barack Obama spoke first. The President of the United States said the bill would pass.",
     "The President of the United States", "Barack Obama"),
])
def test_a_description_naming_an_organisation_is_no_one_tied_to_another(text, words, speaker):
    assert resolve(text, words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker", "rule"), [
    # an age description: the person named before it with that age beside the name
    ('Wendi Garcia, 36, fled Honduras. Officials met her. "All I want is work," the 36-year-old said.',
     "the 36-year-old", "Wendi Garcia", "age->named"),
    ('Tom Reed (61) ran. Wendi Garcia, 36, fled. "All I want is peace," the 61-year-old said.', "the 61-year-old",
     "Tom Reed", "age->named"),
    # no one of that age: as written
    ('Wendi Garcia, 36, fled Honduras. "All I want is work," the 29-year-old said.', "the 29-year-old",
     "the 29-year-old", "unnamed"),
])
def test_an_age_description_names_the_person_of_that_age(text, words, speaker, rule):
    got = resolve(text, words)
    assert (got.speaker, got.rule) == (speaker, rule)


@pytest.mark.parametrize(("text", "speaker", "rule"), [
    # no one given that age: the person who spoke just before, unless given another age
    ('Wendi Garcia said she fled Honduras. "All I want is work," the 36-year-old said.', "Wendi Garcia",
     "age->named"),
    ('Wendi Garcia, 29, said she fled Honduras. "All I want is work," the 36-year-old said.', "the 36-year-old",
     "unnamed"),
])
def test_an_age_description_without_that_age_given_is_the_latest_speaker(text, speaker, rule):
    got = resolve(text, "the 36-year-old", also=("Wendi Garcia",))
    assert (got.speaker, got.rule) == (speaker, rule)


@pytest.mark.parametrize(("text", "speaker", "rule"), [
    # no one spoke: the person named first, as its subject, in the sentence before
    ("Actor Wendi Garcia was awarded a star. The 36-year-old said she was proud.", "Wendi Garcia", "age->named"),
    # (guard: a possessive is no subject)
    ("Ms Garcia's lawyer is awaiting trial. The 36-year-old said she was innocent.", "The 36-year-old", "unnamed"),
])
def test_an_age_description_with_no_speaker_before_is_the_subject_before(text, speaker, rule):
    got = resolve(text, "The 36-year-old")
    assert (got.speaker, got.rule) == (speaker, rule)


def test_a_person_titled_only_inside_a_quotation_after_the_description_holds_no_office():
    text = ('Donald Trump spoke in Ohio about the Obama administration. "We fixed it," the president said. '
            '"President Obama left a mess," he added.')
    got = resolve(text, "the president")
    assert (got.speaker, got.rule) == ("Donald Trump", "title->recent")


@pytest.mark.parametrize(("text", "words", "also", "speaker", "rule"), [
    # a role given only inside a quotation does not make its holder "the president" the article speaks of
    ('"President Obama gave me 142 openings," Donald Trump said. Obama had left the army weak, Trump contended. '
     '"The army was depleted," the president said.', "the president", ("Donald Trump", "Trump"), "Donald Trump",
     "title->recent"),
    ('But Dan Ruiz was not free from scrutiny. The president pointed to polls. Obama had left a mess, Ruiz said: '
     '"President Obama gave me 142 openings."', "The president", (), "Dan Ruiz", "title->recent"),
    # ... unless no one else fits: then the quotation's title still names them
    ('"I thank President Xi Jinping," the senator wrote. Xi Jinping flew home, where the president said trade '
     'would grow.', "the president", ("the senator",), "Xi Jinping", "title->named"),
    # a person who has spoken keeps a role the article gives them only inside a quotation
    ('"President Trump acted fast," his spokesman said. China\'s President Xi Jinping called. Mr Trump tweeted '
     'thanks. In one meeting, the president said he would be tougher.', "the president",
     ("his spokesman", "Mr Trump"), "Trump", "title->named"),
])
def test_a_title_inside_a_quotation_names_the_office_holder_last(text, words, also, speaker, rule):
    got = resolve(text, words, also=also)
    assert (got.speaker, got.rule) == (speaker, rule)


def test_two_offices_joined_by_and_refer_back_to_no_one():
    text = '"We will win," Helen Novak said. The mayor and governor said taxes would fall.'
    got = resolve(text, "The mayor and governor", also=("Helen Novak",))
    assert got.rule != "title->recent"


def test_a_vice_president_is_not_the_president():
    text = "Vice President Joe Biden spoke in Ohio. The president said the economy was growing."
    got = resolve(text, "The president")
    assert (got.speaker, got.named) == ("The president", False)



@pytest.mark.parametrize(("text", "words", "also", "speaker", "rule"), [
    # a deputy, shadow or former holder of an office with one holder is not "the" office's holder
    ("Deputy Prime Minister John Prescott went to Africa. Tony Blair stayed home. The prime minister said he was "
     "proud.", "The prime minister", ("Tony Blair",), "Tony Blair", "title->recent"),
    ("Mr Brown accused shadow chancellor Oliver Letwin of plotting cuts. The chancellor said growth was strong.",
     "The chancellor", ("Mr Brown",), "Brown", "title->recent"),
    ("Earlier, ex-Conservative chancellor Ken Clarke welcomed the change. The chancellor said the rules held.",
     "The chancellor", (), "The chancellor", "unnamed"),
    # the subordinate office itself names its holder
    ("Deputy Prime Minister John Prescott spoke in Hull. The deputy prime minister said the plan was sound.",
     "The deputy prime minister", (), "John Prescott", "title->named"),
    ("Earlier, ex-Conservative chancellor Ken Clarke welcomed the change. The former chancellor said so.",
     "The former chancellor", (), "Ken Clarke", "title->named"),
    # a former holder of a role many hold still has it; "the former governor" may be the one titled "Gov."
    ("Jeffrey Zients, a former administration official, spoke. The official said the number was preliminary.",
     "The official", (), "Jeffrey Zients", "title->named"),
    ("Illinois Gov. Rod Blagojevich was released. Trump said the former governor had suffered enough.",
     "the former governor", ("Trump",), "Rod Blagojevich", "title->named"),
])
def test_deputy_shadow_and_former_offices_are_other_offices(text, words, also, speaker, rule):
    got = resolve(text, words, also=also)
    assert (got.speaker, got.rule) == (speaker, rule)


def test_an_office_found_by_its_latest_speaker_keeps_its_holder():
    text = ('Gordon Brown spoke in Gateshead. The chancellor said the poll would give a clear choice. "We will '
            'not return to the mistakes of the past. Never again. This is the dividing line. We are proud of it." '
            'Turning to the economy, the chancellor promised stability.')
    got = resolve(text, "the chancellor", also=("The chancellor", "Gordon Brown"))
    assert (got.speaker, got.rule) == ("Gordon Brown", "title->recent")

UNNAMED_CASES = [
    # (text, mention, speaker, role, country, type, rule)
    ("Analysts say the meeting is a show of solidarity.", "Analysts", "Analysts", "Analysts", None, "unnamed",
     "unnamed"),
    ("A senior US official said the talks had stalled.", "A senior US official", "A senior US official",
     "senior US official", "United States", "unnamed", "unnamed"),
    ("A spokesman for the Clinton campaign said no.", "A spokesman for the Clinton campaign",
     "A spokesman for the Clinton campaign", "spokesman", None, "unnamed", "unnamed"),
    ("A new poll released Monday shows a tie.", "A new poll released Monday", "A new poll released Monday",
     "new poll", None, "other", "document"),
    # an office "of" a capitalised word is no organisation (only a department, ministry ... is)
    ("The Secretary of State said the talks would go on.", "The Secretary of State", "The Secretary of State",
     "Secretary of State", None, "unnamed", "unnamed"),
]


@pytest.mark.parametrize(("text", "words", "also", "speaker", "rule"), [
    # "the report" after the report was named: that report, as the article first gave it
    ("Broadband grew, a report by Jupiter Research found. The report said speeds lagged.", "The report",
     ("a report by Jupiter Research",), "a report by Jupiter Research", "document->named"),
    ("The Nokia-sponsored research was published on Monday. The research showed landlines fading.",
     "The research", ("The Nokia-sponsored research",), "The Nokia-sponsored research", "document->named"),
    # another kind of document, a description with words of its own, a bare first mention: as written
    ("Broadband grew, a survey by Jupiter Research found. The report said speeds lagged.", "The report",
     ("a survey by Jupiter Research",), "The report", "document"),
    ("Broadband grew, a report by Jupiter Research found. The report by Ofcom said speeds lagged.",
     "The report by Ofcom", ("a report by Jupiter Research",), "The report by Ofcom", "document"),
    ("Broadband grew, the report found. The report said speeds lagged.", "The report", ("the report",),
     "The report", "document"),
    # three paragraphs on, still that report; five paragraphs on, it may be another
    ("Broadband grew, a report by Jupiter Research found.\n\nPrices fell.\n\nSpeeds rose.\n\nThe report said "
     "speeds lagged.", "The report", ("a report by Jupiter Research",), "a report by Jupiter Research",
     "document->named"),
    ("Broadband grew, a report by Jupiter Research found.\n\nPrices fell.\n\nSpeeds rose.\n\nShares fell.\n\n"
     "Sales rose.\n\nThe report said speeds lagged.", "The report", ("a report by Jupiter Research",), "The report",
     "document"),
])
def test_a_bare_description_of_a_document_is_the_document_named_before(text, words, also, speaker, rule):
    got = resolve(text, words, also=also)
    assert (got.speaker, got.named, got.rule) == (speaker, False, rule)


@pytest.mark.parametrize(("text", "words", "also", "speaker", "rule"), [
    # a document or speech someone's possessive names is theirs
    ("Sir Digby Jones said stability mattered. His message to the chancellor was: \"Do not give it away.\"",
     "His message to the chancellor", ("Sir Digby Jones",), "Digby Jones", "document->owner"),
    ("The Electoral Commission met on Monday. Its report suggests tax relief for small gifts.", "Its report",
     ("The Electoral Commission",), "Electoral Commission", "document->owner"),
    # not a body whose first word names a kind of document
    ("The Washington Post praised the plan. Its editorial board said the plan was sound.", "Its editorial board",
     ("The Washington Post",), "Its editorial board", "document"),
])
def test_a_document_a_possessive_names_is_its_owner(text, words, also, speaker, rule):
    got = resolve(text, words, also=also)
    assert (got.speaker, got.rule) == (speaker, rule)


@pytest.mark.parametrize(("text", "words", "speaker", "role", "country", "kind", "rule"), UNNAMED_CASES)
def test_unnamed_sources_stay_as_written(text, words, speaker, role, country, kind, rule):
    got = resolve(text, words)
    assert (got.speaker, got.named, got.role, got.country, got.type, got.rule) == (
        speaker, False, role, country, kind, rule)


ORGANISATION_CASES = [
    # (text, mention, speaker, type, country, rule)
    ("The State Department said the embassy would reopen.", "The State Department", "State Department",
     "official", "United States", "organisation"),
    ("The Clinton campaign said the ad was false.", "The Clinton campaign", "Clinton campaign", "official", None,
     "organisation"),
    ("China said the visit was a success.", "China", "China", "official", "China", "country"),
    ("Beijing said the visit was a success.", "Beijing", "Beijing", "official", "China", "place"),
    ("The New York Times reported the deal on Friday.", "The New York Times", "New York Times", "media",
     "United States", "organisation"),
    ("The visit, announced by the Chinese Ministry of Foreign Affairs, was brief.",
     "the Chinese Ministry of Foreign Affairs", "Chinese Ministry of Foreign Affairs", "official", "China",
     "organisation"),
    # a role word after "of" and an organisation noun names the organisation, not a person ("justice")
    ("The brief was filed by the U.S. Department of Justice on Monday.", "the U.S. Department of Justice",
     "U.S. Department of Justice", "official", "United States", "organisation"),
    ("The Ministry of Justice said the rules held.", "The Ministry of Justice", "Ministry of Justice", "official",
     None, "organisation"),
    # a name after the noun that says what it is (organisation_nouns.csv): an organisation, here and again later
    ("German car maker Zolberg has announced new investment.", "German car maker Zolberg", "Zolberg", "business",
     "Germany", "organisation"),
    ("Investment bank Carrow Sachs said rates would rise.", "Investment bank Carrow Sachs", "Carrow Sachs",
     "business", None, "organisation"),
    ("Research firm Pell Internet & American Life says a blog starts every second.",
     "Research firm Pell Internet & American Life", "Pell Internet & American Life", "business", "United States",
     "organisation"),
    ("Consumer goods giant Unilax cut jobs. Unilax said it would appeal.", "Unilax", "Unilax", "business", None,
     "organisation"),
    # capitals joined by "&": one organisation
    ("Johnson & Johnson said it would appeal.", "Johnson & Johnson", "Johnson & Johnson", "other", None,
     "organisation"),
    ("AT&T said Wednesday it backs an open internet.", "AT&T", "AT&T", "other", None, "organisation"),
    # a country or its adjective and one capitalised word that is no name: an organisation, not a surname
    ("Swiss Re said claims rose.", "Swiss Re", "Swiss Re", "other", "Switzerland", "organisation"),
    ("British Airways said fares would rise.", "British Airways", "British Airways", "other", "United Kingdom",
     "organisation"),
    # a capitalised document noun closing an institution's name: the institution
    ("The Institute for Fiscal Studies said taxes would rise.", "The Institute for Fiscal Studies",
     "Institute for Fiscal Studies", "think tank", None, "organisation"),
    # the capitalised words after "for" or "of" in an organisation's name are no person ("National Statistics")
    ("The Office for National Statistics said unemployment fell.", "The Office for National Statistics",
     "Office for National Statistics", "official", None, "organisation"),
    ("The Bureau of Labor Statistics said wages rose.", "The Bureau of Labor Statistics",
     "Bureau of Labor Statistics", "official", None, "organisation"),
    # a family name after "the" and before "of" opens an organisation's name, not a person's
    ("The British Chambers of Commerce warned that costs were rising.", "The British Chambers of Commerce",
     "British Chambers of Commerce", "other", "United Kingdom", "organisation"),
]


@pytest.mark.parametrize(("text", "words", "speaker", "kind", "country", "rule"), ORGANISATION_CASES)
def test_organisations_countries_and_places_are_named_non_persons(text, words, speaker, kind, country, rule):
    got = resolve(text, words)
    assert (got.speaker, got.named, got.type, got.country, got.rule) == (speaker, True, kind, country, rule)
    assert got.role is None


def test_a_persons_role_after_an_institutions_name_stays_a_description():
    got = resolve("The Department of Homeland Security Secretary said it.",
                  "The Department of Homeland Security Secretary")
    assert (got.named, got.rule) == (False, "unnamed")


def test_a_title_makes_a_word_listed_as_an_organisation_a_surname():
    got = resolve("Dr Fox refused to discuss the reports.", "Dr Fox")
    assert (got.speaker, got.named, got.rule) == ("Fox", True, "surname-only")


def test_a_person_after_a_role_that_is_also_an_organisation_noun_stays_a_person():
    got = resolve("Executive producer Morgan J. Freeman tweeted that it was wrong.",
                  "Executive producer Morgan J. Freeman")
    assert (got.speaker, got.rule) == ("Morgan J. Freeman", "full-name")


def test_a_name_modifying_another_noun_is_not_the_speaker():
    text = "Marco Rubio spoke on Monday. Even those who backed Mr. Rubio say his path is narrow."
    got = resolve(text, "those who backed Mr. Rubio")
    assert (got.named, got.rule) == (False, "unnamed")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("His campaign manager, Jeff Weaver, said the race was not over.", "His campaign manager, Jeff Weaver,",
     "Jeff Weaver"),
    # "one of" a group, then the name
    ('"It could take years," said one of the top legal experts, Simon Yoon.', "one of the top legal experts, Simon "
     "Yoon", "Simon Yoon"),
    ("One of the council's founders, Tamsin Wade, said women must be included.", "One of the council's founders, "
     "Tamsin Wade,", "Tamsin Wade"),
])
def test_a_name_in_an_appositive_after_a_role_heads_the_mention(text, words, speaker):
    assert resolve(text, words).speaker == speaker


def test_the_appositive_name_keeps_the_role_before_it():
    got = resolve("His campaign manager, Jeff Weaver, said the race was not over.", "His campaign manager, Jeff Weaver,")
    assert (got.speaker, got.role) == ("Jeff Weaver", "campaign manager")


def test_one_speaker_per_mention_in_order_and_empty_mentions():
    text = "Anna Berg said yes. Tom Kerr said no."
    spans = [mention(text, "Anna Berg"), (5, 5), mention(text, "Tom Kerr")]
    got = resolve_speakers(text, spans)
    assert [s.speaker for s in got] == ["Anna Berg", None, "Tom Kerr"]
    assert got[1].rule == "no-mention"
    assert resolve_speakers(text, []) == []


def test_every_type_is_one_of_the_documented_types():
    text = "Analysts, the State Department, Anna Berg and she all spoke. A poll agreed."
    spans = [mention(text, w) for w in ("Analysts", "the State Department", "Anna Berg", "she", "A poll")]
    assert {s.type for s in resolve_speakers(text, spans)} <= set(SPEAKER_TYPES)


# ---------------------------------------------------------------------------------------------------------
# The seed article, read in place
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_text(seed_articles) -> str:
    return seed_articles["text"].iloc[0]


SEED_SOURCES = [
    # (mention, occurrence, speaker, role, org, type, country)
    ("Wang Wenbin", 0, "Wang Wenbin", "foreign ministry spokesman", "Chinese foreign ministry", "official", "China"),
    ("Wang", 1, "Wang Wenbin", "foreign ministry spokesman", "Chinese foreign ministry", "official", "China"),
    ("Li Yonghui", 0, "Li Yonghui", "professor", "University of the Chinese Academy of Social Sciences",
     "academic", "China"),
    ("Li", 1, "Li Yonghui", "professor", "University of the Chinese Academy of Social Sciences", "academic",
     "China"),
    ("Artyom Lukin", 0, "Artyom Lukin", "associate professor", "Russia's Far Eastern Federal University",
     "academic", "Russia"),
    ("Alexander Gabuev", 0, "Alexander Gabuev", "senior fellow", "Carnegie Moscow Centre", "think tank", "Russia"),
    ("Gabuev", 1, "Alexander Gabuev", "senior fellow", "Carnegie Moscow Centre", "think tank", "Russia"),
]


@pytest.mark.parametrize(("words", "occurrence", "speaker", "role", "org", "kind", "country"), SEED_SOURCES)
def test_seed_named_sources(seed_text, words, occurrence, speaker, role, org, kind, country):
    got = resolve(seed_text, words, occurrence)
    assert (got.speaker, got.named, got.role, got.org, got.type, got.country) == (
        speaker, True, role, org, kind, country)


def test_seed_he_after_gabuev_is_gabuev(seed_text):
    after = mention(seed_text, "Alexander Gabuev")[1]
    hes = [m.span() for m in re.finditer(r"\bhe\b", seed_text) if m.start() > after][:2]
    spans = sorted([mention(seed_text, "Alexander Gabuev"), *hes])
    got = resolve_speakers(seed_text, spans)
    assert [s.speaker for s in got] == ["Alexander Gabuev"] * 3
    assert [s.rule for s in got[1:]] == ["pronoun->recent"] * 2


def test_seed_unnamed_analysts(seed_text):
    got = resolve(seed_text, "analysts")
    assert (got.speaker, got.named, got.type) == ("analysts", False, "unnamed")


# ---------------------------------------------------------------------------------------------------------
# The corpus speakers table
# ---------------------------------------------------------------------------------------------------------


def quotes_frame(rows: list[tuple]) -> pd.DataFrame:
    columns = ["article_id", "speaker", "speaker_named", "speaker_type", "speaker_country", "speaker_role",
               "speaker_org"]
    return pd.DataFrame(rows, columns=columns)


@pytest.fixture()
def quotes() -> pd.DataFrame:
    return quotes_frame([
        ("a1", "Mr. Wang Wenbin", True, "official", "China", "foreign ministry spokesman", "Chinese foreign ministry"),
        ("a1", "Wang Wenbin", True, "official", "China", "foreign ministry spokesman", "Chinese foreign ministry"),
        ("a2", "WANG WENBIN", True, "official", "China", "Foreign Ministry Spokesman", ""),
        ("a3", "Wang", True, "other", None, "", ""),
        ("a2", "analysts", False, "unnamed", None, "analysts", ""),
        ("a3", "some analysts", False, "unnamed", None, "analysts", ""),
        ("a3", "he", False, "unnamed", None, "", ""),
        ("a3", None, False, "unnamed", None, "", ""),
        ("a3", "Carnegie Moscow Centre", True, "think tank", "Russia", "", "Carnegie Moscow Centre"),
    ])


def test_speaker_table_columns_are_documented_and_in_order(quotes):
    table = speaker_table(quotes)
    assert list(table.columns) == list(SPEAKER_COLUMNS)
    assert list(speaker_table(quotes.iloc[:0]).columns) == list(SPEAKER_COLUMNS)


def test_speaker_table_merges_name_variants_and_groups_unnamed_sources(quotes):
    table = speaker_table(quotes).set_index("speaker")
    assert list(table.index) == ["Wang Wenbin", "analysts", "Carnegie Moscow Centre"]
    wang = table.loc["Wang Wenbin"]
    assert (wang.n_quotes, wang.n_articles, wang.speaker_type, wang.speaker_country) == (4, 3, "official", "China")
    assert wang.roles == "foreign ministry spokesman"
    assert wang.orgs == "Chinese foreign ministry"
    analysts = table.loc["analysts"]
    assert (bool(analysts.speaker_named), analysts.speaker_type, analysts.n_quotes) == (False, "unnamed", 2)


def test_speaker_table_dates_from_articles_and_no_mutation(quotes):
    before = quotes.copy()
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"],
                             "date": pd.to_datetime(["2021-12-14", "2021-11-02", None])})
    table = speaker_table(quotes, articles=articles).set_index("speaker")
    assert (table.loc["Wang Wenbin", "first_date"], table.loc["Wang Wenbin", "last_date"]) == (
        "2021-11-02", "2021-12-14")
    assert pd.isna(table.loc["Carnegie Moscow Centre", "first_date"])
    pd.testing.assert_frame_equal(quotes, before)
    assert speaker_table(quotes)["first_date"].isna().all()


@pytest.mark.parametrize("sizes", [(9,), (1, 8), (3, 3, 3), (4, 0, 5), (1,) * 9])
@pytest.mark.parametrize("dated", [False, True])
def test_speaker_tally_in_batches_equals_the_table_of_all(quotes, sizes, dated):
    from analysis.speakers import SpeakerTally

    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"],
                             "date": pd.to_datetime(["2021-12-14", "2021-11-02", "2022-01-05"])})
    if dated:
        quotes = quotes.assign(date=quotes["article_id"].map(articles.set_index("article_id")["date"]))
    tally, start = SpeakerTally(), 0
    for size in sizes:
        tally.add(quotes.iloc[start:start + size])
        start += size
    pd.testing.assert_frame_equal(tally.table(articles=articles), speaker_table(quotes, articles=articles))


def test_canonical_speakers_name_each_row_as_the_speakers_table_does(quotes):
    from analysis.speakers import canonical_speakers

    names = canonical_speakers(quotes)
    assert names.index.equals(quotes.index)
    assert names.tolist() == ["Wang Wenbin"] * 4 + ["analysts", "analysts", None, None, "Carnegie Moscow Centre"]
    assert set(names.dropna()) == set(speaker_table(quotes)["speaker"])
    clintons = quotes_frame([("a1", "Bill Clinton", True, "official", None, "", ""),
                             ("a2", "Hillary Clinton", True, "official", None, "", ""),
                             ("a3", "Clinton", True, "other", None, "", "")])
    assert canonical_speakers(clintons).tolist() == ["Bill Clinton", "Hillary Clinton", "Clinton"]


def test_speaker_table_keeps_ambiguous_surnames_apart():
    table = speaker_table(quotes_frame([
        ("a1", "Bill Clinton", True, "official", None, "", ""),
        ("a2", "Hillary Clinton", True, "official", None, "", ""),
        ("a3", "Clinton", True, "other", None, "", ""),
    ]))
    assert sorted(table["speaker"]) == ["Bill Clinton", "Clinton", "Hillary Clinton"]


def test_speaker_table_keeps_a_junior_apart():
    table = speaker_table(quotes_frame([
        ("a1", "Donald Trump", True, "official", None, "", ""),
        ("a2", "Mr. Trump", True, "official", None, "", ""),
        ("a3", "Donald Trump Jr.", True, "other", None, "", ""),
    ]))
    assert sorted(zip(table["speaker"], table["n_quotes"], strict=True)) == [("Donald Trump", 2),
                                                                              ("Donald Trump Jr.", 1)]


def test_speaker_table_needs_article_and_speaker():
    with pytest.raises(KeyError):
        speaker_table(pd.DataFrame({"speaker": ["x"]}))


# ---------------------------------------------------------------------------------------------------------
# Word lists and PolNeAR
# ---------------------------------------------------------------------------------------------------------


def read_csv(name: str) -> list[dict[str, str]]:
    with resource(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_word_lists_use_documented_types_and_known_countries():
    countries = {row["target"] for row in read_csv("gazetteer.csv")}
    for name in ("roles.csv", "organisations.csv"):
        assert {row["type"] for row in read_csv(name)} <= set(SPEAKER_TYPES) | {""}, name
    assert {row["country"] for row in read_csv("organisations.csv")} <= countries | {""}
    assert {row["country"] for row in read_csv("places.csv")} <= countries | {""}


def polnear_articles(split: str, limit: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """The first `limit` articles of a PolNeAR split (first annotator) with their gold Source spans."""
    return [(text, spans) for _, text, spans in source_spans(need(POLNEAR / split))[:limit]]


def test_polnear_dev_sources_resolve_sensibly():
    articles = polnear_articles("dev", 40)
    surname = surname_ok = named = named_in_text = pronouns = pronouns_named = 0
    for text, spans in articles:
        for (start, end), got in zip(spans, resolve_speakers(text, spans), strict=True):
            assert got.type in SPEAKER_TYPES
            words = text[start:end].split()
            if got.named and got.speaker:
                named += 1
                named_in_text += got.speaker.split()[-1] in text
            if len(words) == 1 and words[0][0].isupper() and got.rule == "surname->full":
                surname += 1
                surname_ok += re.sub(r"['’]s?$", "", words[0].strip(".,")).lower() in got.speaker.lower().split()
            if text[start:end].lower() in ("he", "she"):
                pronouns += 1
                pronouns_named += got.named
    assert surname > 100 and surname_ok / surname > 0.97
    assert named_in_text / named > 0.99
    assert pronouns > 50 and pronouns_named / pronouns > 0.85


# ---------------------------------------------------------------------------------------------------------
# Robustness: any text, any spans
# ---------------------------------------------------------------------------------------------------------

WORDS = st.sampled_from(["Mr.", "Wang", "Wenbin", "he", "she", "said", "the", "spokesman", ",", ".", '"', "\u201c",
                         "\u201d", "analysts", "U.S.", "of", "(R-Ky.)", "\n\n", "Li", "a", "professor", "at",
                         "University", "Carnegie", "Moscow", "Centre", "\u0130stanbul", "'s", "who", "they", "It"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40), st.lists(st.tuples(st.integers(-5, 300), st.integers(-5, 300)), max_size=8))
def test_any_text_and_spans_give_one_documented_speaker_each(words, spans):
    text = " ".join(words)
    got = resolve_speakers(text, spans)
    assert len(got) == len(spans)
    for speaker in got:
        assert speaker.type in SPEAKER_TYPES
        assert isinstance(speaker.rule, str) and speaker.rule
        assert speaker.speaker is None or isinstance(speaker.speaker, str)


def test_column_cleaning_handles_missing_and_odd_cells():
    import math

    from analysis.speakers.table import _texts

    values = ["  Wang\u2019s  aide ", None, float("nan"), pd.NA, "  Wang\u2019s  aide ", "", math.nan]
    assert _texts(values) == ["Wang's aide", "", "", "", "Wang's aide", "", ""]
    assert _texts(["a  b", ["not", "hashable"], None]) == ["a b", "['not', 'hashable']", ""]


@pytest.mark.parametrize(("text", "words", "expected"), [
    # an unnamed source keeps its words, not the scare quotes inside them
    ('The claims came from an informant who wrote a "dossier" on the deal.', 'an informant who wrote a "dossier',
     "an informant who wrote a dossier"),
    ("The plan will fail, according to the so-called \u201cexperts\u201d.", "the so-called \u201cexperts\u201d",
     "the so-called experts"),
    ("Analysts said the plan had failed.", "Analysts", "Analysts"),
])
def test_an_unnamed_source_is_written_without_scare_quotes(text, words, expected):
    assert resolve(text, words).speaker == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "who" right after an organisation's name (its acronym in brackets between) is the organisation
    ("The plan is backed by the Music Managers' Forum (MMF), who say artists face hurdles.", "Music Managers' Forum"),
    ("The plan is backed by the Music Managers' Forum, who say artists face hurdles.", "Music Managers' Forum"),
    # ... not an organisation that closes a person's description, nor one that names an office
    ("Jane Smith, a professor at Harvard University, who says firms face hurdles, disagrees.", "Jane Smith"),
    ("The talks were led by Republican Secretary of State Colin Powell, who said they would fail.", "Colin Powell"),
])
def test_who_after_an_organisation_is_the_organisation(text, expected):
    assert resolve(text, "who").speaker == expected
