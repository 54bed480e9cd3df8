"""Tests of analysis.quotes: quote marks, attribution rules, content boundaries and the quotes table.

The hard cases are sentences written for these tests; the seed article is read in place from ../shared.
"""

from __future__ import annotations

import time

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import (
    QUOTE_COLUMNS,
    extract_quotes,
    find_quotes,
    quote_id,
    quote_kind,
)
from analysis.quotes.cues import load_cues, pronoun_form
from analysis.quotes.tokens import (
    MAX_SENTENCE_TOKENS,
    paragraph_tokens,
    sentence_ranges,
)
from analysis.text.document import Document


def one(text: str):
    """The single attribution found in text."""
    quotes = find_quotes(text)
    assert len(quotes) == 1, [(q.rule, q.text) for q in quotes]
    return quotes[0]


def mentions_and_contents(text: str) -> list[tuple[str, str]]:
    """(speaker mention, content) of each attribution found in text."""
    return [(q.speaker_mention, q.text) for q in find_quotes(text)]


def check_offsets(text: str, quotes) -> None:
    for q in quotes:
        assert q.spans == sorted(q.spans)
        assert all(0 <= s < e <= len(text) for s, e in q.spans)
        assert q.text == " ".join(text[s:e] for s, e in q.spans)
        assert (q.start, q.end) == (q.spans[0][0], q.spans[-1][1])
        if q.speaker_start >= 0:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
        if q.cue_start >= 0:
            assert text[q.cue_start:q.cue_end] == q.cue


# ---------------------------------------------------------------------------------------------------------
# direct quotations: marks, attribution before, after, inside


@pytest.mark.parametrize("text, content, speaker, cue", [
    ('"We will win the election," Trump said.', '"We will win the election,"', "Trump", "said"),
    ("\u201cWe will win the election,\u201d said Sen. John Smith, a Republican from Ohio.",
     "\u201cWe will win the election,\u201d", "Sen. John Smith", "said"),
    ('Trump said: "We will win the election."', '"We will win the election."', "Trump", "said"),
    ("''It is a good plan,'' said Leonard Burman, an economist at the Tax Policy Center.",
     "''It is a good plan,''", "Leonard Burman", "said"),
    ("``It is a good plan,'' Mr. Burman told reporters.", "``It is a good plan,''", "Mr. Burman", "told"),
    ('"It\'s over," the spokeswoman, who asked not to be named, said on Tuesday.', '"It\'s over,"',
     "the spokeswoman", "said"),
    ('"We are ready," Rep. Gwen Moore (D-Wis.) said Friday.', '"We are ready,"', "Rep. Gwen Moore", "said"),
    ('"Nooooo!" the crowd cried out.', '"Nooooo!"', "the crowd", "cried out"),
    ("\u201cI will fight for you\u201d \u2015 Adriana Rodarte", "\u201cI will fight for you\u201d",
     "Adriana Rodarte", "\u2015"),
    ('Rubio fired back: "If they sue us, they will lose."', '"If they sue us, they will lose."', "Rubio",
     "fired back"),
])
def test_direct_quotation(text, content, speaker, cue):
    q = one(text)
    assert (q.kind, q.text, q.speaker_mention, q.cue) == ("direct", content, speaker, cue)
    check_offsets(text, [q])


@pytest.mark.parametrize("text, pieces, speaker", [
    ('"We will win," he said, "and we will win big."', ['"We will win,"', '"and we will win big."'], "he"),
    ('"We will win," he said. "And we will win big."', ['"We will win,"', '"And we will win big."'], "he"),
    ('"We will win," said Ms. Lee, a senior aide. "It is not close."', ['"We will win,"', '"It is not close."'],
     "Ms. Lee"),
    ('"We will win," he said two days later, "whatever it takes."', ['"We will win,"', '"whatever it takes."'],
     "he"),
])
def test_interrupted_quotation_is_one_quote_with_pieces(text, pieces, speaker):
    q = one(text)
    assert [text[s:e] for s, e in q.spans] == pieces
    assert q.speaker_mention == speaker and q.kind == "direct"
    assert "said" not in q.text


def test_multi_paragraph_quote_is_one_quote():
    text = ('Artyom Lukin, an associate professor, said the summit was a show of unity.\n\n'
            '"A demonstration of support would be important to Russia.\n\n'
            '"But China, too, needs to show that it has allies."')
    quotes = find_quotes(text)
    assert [q.kind for q in quotes] == ["indirect", "direct"]
    quote = quotes[1]
    assert len(quote.spans) == 2 and quote.spans[0][1] < text.index("But")
    assert quote.speaker_mention == "Artyom Lukin" and quote.paragraph == 1
    check_offsets(text, quotes)


def test_quoted_paragraph_after_a_quote_continues_its_speaker():
    text = ('"The plan is dead," Senator Jane Doe said.\n\n'
            '"We will write a new one next year."\n\n'
            'The vote is on Friday.')
    quote = one(text)
    assert len(quote.spans) == 2 and quote.speaker_mention == "Senator Jane Doe"


def test_quote_answered_by_next_sentence_attribution():
    text = '"That would be you?" Borger asked. The senator laughed.'
    quote = one(text)
    assert quote.text == '"That would be you?"' and quote.speaker_mention == "Borger"


# ---------------------------------------------------------------------------------------------------------
# quote marks


@pytest.mark.parametrize("text, content", [
    # curly marks typed the wrong way round still pair by their neighbours
    ("She said \u201dthe forces of political correctness\u201d were at work.",
     "\u201dthe forces of political correctness\u201d were at work"),
    # a quotation inside a quotation written with double marks
    ("\u201cI would rather live in what he calls \u201chell\u201d than here,\u201d Rodarte said.",
     "\u201cI would rather live in what he calls \u201chell\u201d than here,\u201d"),
    # headline style single quotes, apostrophes left alone
    ("Xi's envoy said the talks were 'a success' for the students' union.",
     "the talks were 'a success' for the students' union"),
])
def test_quote_marks(text, content):
    assert one(text).text == content


def test_apostrophes_are_not_quote_marks():
    text = "Xi's plan and the students' union were in the news, the agency reported."
    q = one(text)
    assert q.kind == "indirect" and q.text.startswith("Xi's plan")


@pytest.mark.parametrize("text, kind", [
    ('"All of it,"', "direct"),
    ('"All of it",', "direct"),
    ('"All of it," he said', "mixed"),
    ("she would 'fight' on", "indirect"),
    ("'Terrifying.'", "direct"),
    ('that "a bomb" had gone off', "mixed"),
    ("''A favor'' from a friend", "mixed"),
    ("the economy is strong", "indirect"),
])
def test_quote_kind(text, kind):
    assert quote_kind(text) == kind


# ---------------------------------------------------------------------------------------------------------
# reported speech: content boundaries and speakers


@pytest.mark.parametrize("text, content, speaker, rule", [
    ("Li said that the meeting would show the West the two powers had a lot of common ground.",
     "that the meeting would show the West the two powers had a lot of common ground", "Li", "speaker_cue"),
    ("The meeting will be a turning point for both countries, Wang said on Monday.",
     "The meeting will be a turning point for both countries", "Wang", "content_speaker_cue"),
    ("Li Yonghui, a professor at the University of the Chinese Academy of Social Sciences, said the meeting "
     "would matter.", "the meeting would matter", "Li Yonghui", "speaker_appositive_cue"),
    ("She told reporters that the plan was dead.", "that the plan was dead", "She", "speaker_cue"),
    ("Clinton said in Ohio on Monday that she would win the state.", "that she would win the state", "Clinton",
     "speaker_cue"),
    ("According to the ministry, the talks will resume next week.", "the talks will resume next week",
     "the ministry", "according_to"),
    ("The talks will resume next week, according to two officials familiar with the plans.",
     "The talks will resume next week", "two officials familiar with the plans", "according_to"),
    ("The meeting, announced on Monday by the Chinese Ministry of Foreign Affairs, will be the second.",
     "The meeting", "the Chinese Ministry of Foreign Affairs", "participle_passive_by"),
    ("Trump took to Twitter overnight to accuse the campaign of lying.", "the campaign of lying", "Trump",
     "infinitive_subject"),
    # an infinitive cue speaks with a reported clause: "that", a quotation, or a clause with its own subject
    ("Back then, Pariser liked to say that Google used 57 signals.", "that Google used 57 signals", "Pariser",
     "infinitive_subject"),
    ("He went so far as to say the outbreak is encouraging Americans to stay.",
     "the outbreak is encouraging Americans to stay", "He", "infinitive_subject"),
    # an opening adjunct that ends on a day: the name after it speaks
    ("On Wednesday Mr Blair denied Mr Brown made that quote.", "Mr Brown made that quote", "Mr Blair",
     "speaker_cue"),
    ("On Thursday Rangers said they would not raise their offer.", "they would not raise their offer", "Rangers",
     "speaker_cue"),
    ("Hillary Clinton went on offense against Trump on Monday, saying he would abdicate leadership.",
     "he would abdicate leadership", "Hillary Clinton", "participle_subject"),
    ("The Republicans who won on Tuesday said the tax plan would pass.", "the tax plan would pass",
     "The Republicans who won on Tuesday", "speaker_cue"),
])
def test_reported_speech(text, content, speaker, rule):
    q = one(text)
    assert (q.text, q.speaker_mention, q.rule) == (content, speaker, rule)
    check_offsets(text, [q])


@pytest.mark.parametrize("text, kind, pieces, speaker, rule", [
    ("TAPPER: Do you think he campaigned as a healer?", "indirect",
     ["Do you think he campaigned as a healer?"], "TAPPER", "transcript_label"),
    ("Corey Lewandowski ripped FBI Director James Comey for acting as \u201cthe judge and the jury\u201d in the probe.",
     "mixed", ["FBI Director James Comey for acting as \u201cthe judge and the jury\u201d in the probe"],
     "Corey Lewandowski", "subject_verb_quote"),
    ("Trump is expected to deliver a victory speech later tonight.", "indirect",
     ["Trump", "to deliver a victory speech later tonight"], "", "passive_no_agent"),
    ("In an interview, Trump was asked, \u201cWhat is the most dangerous place you have been to?\u201d", "direct",
     ["\u201cWhat is the most dangerous place you have been to?\u201d"], "", "passive_no_agent"),
])
def test_more_frames(text, kind, pieces, speaker, rule):
    q = one(text)
    assert (q.kind, [text[s:e] for s, e in q.spans], q.speaker_mention, q.rule) == (kind, pieces, speaker, rule)


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted "Asked" is a question put to the subject by someone else: no row of the subject's
    ("Asked whether he would run again, Reid said he would not.", [("speaker_cue", "he would not", "Reid")]),
    # unless the phrase names who asked
    ("Asked by Mr. Acosta if he had heard of the group, the president said he had not.",
     [("fronted_passive_by", "if he had heard of the group", "Mr. Acosta"),
      ("speaker_cue", "he had not", "the president")]),
])
def test_a_fronted_asked_is_no_question_of_the_subjects(text, expected):
    assert [(q.rule, q.text, q.speaker_mention) for q in find_quotes(text)] == expected


def test_passive_by_gives_a_mixed_quote_without_the_agent():
    text = 'Putin was warned of "strong economic and other measures" by the US and European allies.'
    q = one(text)
    assert q.kind == "mixed" and q.text == 'of "strong economic and other measures"'
    assert q.speaker_mention == "the US and European allies" and q.rule == "passive_by"


def test_mixed_quote():
    q = one('Clinton said she would "fight for every vote" in the state.')
    assert q.kind == "mixed" and q.text == 'she would "fight for every vote" in the state'


def test_nested_attribution_is_one_attribution():
    q = one("Clinton says she hopes to win, but she knows the race is close.")
    assert q.text == "she hopes to win, but she knows the race is close"


def test_coordinated_and_participle_cues_share_the_speaker():
    text = ("Chinese foreign ministry spokesman Wang Wenbin did not reveal what the two presidents would discuss "
            "but said the details would be released afterwards.")
    quotes = find_quotes(text)
    assert [q.speaker_mention for q in quotes] == ["Chinese foreign ministry spokesman Wang Wenbin"] * 2
    assert quotes[1].text == "the details would be released afterwards"
    text = '"The economy is strong," the spokeswoman said, adding that growth would continue.'
    quotes = find_quotes(text)
    assert [(q.kind, q.speaker_mention) for q in quotes] == [("direct", "the spokeswoman"),
                                                             ("indirect", "the spokeswoman")]
    assert quotes[1].text == "that growth would continue"


def test_relative_clause_content_keeps_the_relative_pronoun():
    text = "It will be the second discussion this year, which analysts say is a show of solidarity."
    q = one(text)
    assert [text[s:e] for s, e in q.spans] == ["which", "is a show of solidarity"]
    assert q.speaker_mention == "analysts"


# Where mixed and direct contents stop and start: one row per sentence, every attribution found as
# (kind, content pieces, speaker mention), in text order.
@pytest.mark.parametrize("text, expected", [
    # a short clause with quoted words after the cue is the content, not the words before it
    ('After the rally, Smith says she is "ready to fight."',
     [("mixed", ['she is "ready to fight."'], "Smith")]),
    # a quoted show title right after "told" is the addressee, not a second piece of the quotation
    ('"We are not done," Lopez told "Morning Report," adding that the vote would come soon.',
     [("direct", ['"We are not done,"'], "Lopez"), ("indirect", ["that the vote would come soon"], "Lopez")]),
    # the addressee and an adverb after a speaker with an appositive are skipped
    ("Maria Ortiz, the group's director, told the local paper simply, \"We lost.\"",
     [("direct", ['"We lost."'], "Maria Ortiz")]),
    # a comma inside the closing mark, then a participle clause of the speaker: a row of its own, same speaker
    ('He said the plan was a "disaster," pointing to the budget gap.',
     [("mixed", ['the plan was a "disaster,"'], "He"), ("indirect", ["the budget gap"], "He")]),
    # an appositive noun phrase after the quoted words
    ('Ortiz said that taxes would rise "only slightly" next year, a concession her rivals seized on.',
     [("mixed", ['that taxes would rise "only slightly" next year'], "Ortiz")]),
    # a subordinate clause with its own subject after the quoted words, without a comma
    ('Ortiz says she feels "very good about our chances" as she heads into the final week.',
     [("mixed", ['she feels "very good about our chances"'], "Ortiz")]),
    # ", although she wrote that ...": a statement of its own, not part of the first clause
    ('Ortiz said she would attend the summit, although she wrote that the talks were "a waste of time."',
     [("indirect", ["she would attend the summit"], "Ortiz"),
      ("mixed", ['that the talks were "a waste of time."'], "she")]),
    # "which he called ...": the relative pronoun and the name, apart from the clause before
    ('He backed a bill to cut the agency, which he called "a relic of another era."',
     [("mixed", ["which", '"a relic of another era."'], "he")]),
    ('Ortiz said she would cut the agency, which she called "a relic of another era."',
     [("indirect", ["she would cut the agency"], "Ortiz"),
      ("mixed", ["which", '"a relic of another era."'], "she")]),
    # a sentence-opening subordinate clause ends its content where the main clause begins
    ('Though she said the plan had "real flaws," Ortiz said she would vote for it.',
     [("mixed", ['the plan had "real flaws,"'], "she"), ("indirect", ["she would vote for it"], "Ortiz")]),
    ('While Ortiz argues the tax is "unfair," most voters support it.',
     [("mixed", ['the tax is "unfair,"'], "Ortiz")]),
    # a name in -ly is no adverb
    ('"We will be back," Kelly said.', [("direct", ['"We will be back,"'], "Kelly")]),
    # a plain speech verb after "and" or "but" reports one more statement, even right after quoted words
    ('Ortiz, 74, said she and Lee were in a "virtual tie" and said she was overwhelmed.',
     [("mixed", ['she and Lee were in a "virtual tie"'], "Ortiz"), ("indirect", ["she was overwhelmed"], "Ortiz")]),
    # ... not an act inside what was said
    ('Ortiz said the rebels refused the "final offer," then attacked the convoy.',
     [("mixed", ['the rebels refused the "final offer," then attacked the convoy'], "Ortiz")]),
    # an opening participle phrase is no subject: the speaker of a participle cue is the one after it
    ("Realising his error, Mr Ortiz then e-mailed Mr Lee pointing out the mistake, but suggesting the paper had "
     "a sense of humour.", [("indirect", ["the paper had a sense of humour"], "Mr Ortiz")]),
    # ... but a name ending in -ing opens the sentence as its subject
    ("King was always a radical, but at the end of his life, he was an outcast, criticized by liberals.",
     [("indirect", ["by liberals"], "King")]),
    # an inverted speaker with a restrictive relative clause: what comes before is the content
    ("No decision has been made, said an official who is not authorized to comment publicly.",
     [("indirect", ["No decision has been made"], "an official")]),
    # an adjunct between the cue and a colon before the quotation
    ('The ministry said in a statement: "The border remains open."',
     [("direct", ['"The border remains open."'], "The ministry")]),
    # a follow-on sentence with quoted words goes on with the quotation
    ('"We did our best," Ortiz said. But "the numbers were not there."',
     [("direct", ['"We did our best,"', 'But "the numbers were not there."'], "Ortiz")]),
    # ... not one whose words before the quotation name a source of their own (a role)
    ('Labour said he had "cleverly" kept quiet. A Tory spokesman "totally rejected" the claim.',
     [("mixed", ['he had "cleverly" kept quiet'], "Labour")]),
    # a parenthesised quotation sentence is a sentence of its own
    ('Ortiz said she joined only because her friend asked. ("It felt right," she said.) The group grew.',
     [("indirect", ["she joined only because her friend asked"], "Ortiz"),
      ("direct", ['"It felt right,"'], "she")]),
    # a naming cue before a quotation: the name only
    ('They formed what they called "study circles," small groups that met weekly.',
     [("direct", ['"study circles,"'], "they")]),
    # a cue used as a noun, with its owner and a that-clause
    ("Reporters checked the mayor's claim that crime had fallen \"by half\" since 2010.",
     [("mixed", ['that crime had fallen "by half" since 2010'], "the mayor's")]),
    ("Her claim that was made on Monday proved false.", []),
    # ... whose clause's own subject and cue stay in it ("that she opposed ...": no row of its own)
    ("Reporters checked the mayor's claim that she opposed the war.",
     [("indirect", ["that she opposed the war"], "the mayor's")]),
    # ", including ..." is no participle clause
    ('Ortiz said the bill would fund new programs, including grants to "rebuild rural clinics."',
     [("mixed", ['the bill would fund new programs, including grants to "rebuild rural clinics."'], "Ortiz")]),
])
def test_content_boundaries(text, expected):
    quotes = find_quotes(text)
    got = [(q.kind, [text[s:e] for s, e in q.spans], q.speaker_mention) for q in quotes]
    assert got == expected
    check_offsets(text, quotes)


@pytest.mark.parametrize("unit", ["Smith said that he said that ", 'Though he said "a," ', 'X said: "a" ',
                                  "The plan, he said, ", "Smith said, to ", "Fifty nine percent of people said "])
def test_many_cues_in_one_sentence_stay_linear(unit):
    """Thousands of cues in one sentence finish in about a second (a generous bound, not a benchmark: a cue that
    looked back to the sentence's start, quadratic in its length, took 33 s on the first unit)."""
    text = unit * 10_000
    started = time.perf_counter()
    quotes = find_quotes(text)
    assert time.perf_counter() - started < 10
    check_offsets(text, quotes)


@pytest.mark.parametrize(("tokens", "pieces"), [(1000, [1000]), (1001, [1000, 1]), (2500, [1000, 1000, 500])])
def test_a_run_without_sentence_end_is_read_in_pieces(tokens, pieces):
    doc = Document("a", "word " * (tokens - 3) + "said Smith.")  # one sentence: "said", "Smith", "."
    toks = paragraph_tokens(doc, 0)
    assert len(toks.start) == tokens and MAX_SENTENCE_TOKENS == 1000
    ranges = sentence_ranges(doc, 0, toks)
    assert [end - start for start, end in ranges] == pieces
    assert ranges[0][0] == 0 and all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))  # nothing lost


@pytest.mark.parametrize("text, cue_type", [
    ("Most voters believe the economy is getting worse.", "belief"),
    ("A new poll found that most voters distrust both candidates.", "document"),
    ("The governor wants to cut taxes before the election.", "intention"),
    ("The senator criticized the bill as a giveaway.", "evaluation"),
    ("The senator said the bill was a giveaway.", "speech"),
])
def test_cue_types(text, cue_type):
    assert one(text).cue_type == cue_type


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a cue in -ing speaks with a form of "be", after a comma, for a document, or opening a sentence
    ("The agency isn't offering enough veterans the treatment.", "The agency", "enough veterans the treatment"),
    ("The vote was close, officials saying that the count was fair.", "officials", "that the count was fair"),
    # ... and a document the subject released speaks for the subject
    ("The group released a statement calling the test a clear violation.", "The group",
     "the test a clear violation"),
    ('Trump saying "That makes me smart."', "Trump", '"That makes me smart."'),
])
def test_a_cue_in_ing_that_speaks(text, speaker, content):
    got = mentions_and_contents(text)
    assert (speaker, content) in got, got


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # "according to" a name without a comma: a determiner or a quantity after the name starts the content
    ("According to blog analysis firm Technorati the number of blogs has doubled.", "blog analysis firm Technorati",
     "the number of blogs has doubled"),
    ("According to Pew Research 44% of searchers use one search engine.", "Pew Research",
     "44% of searchers use one search engine"),
    # ... but not in a name with a number in it, nor after a middle initial
    ("The vote was close, according to Channel 4 News.", "Channel 4 News", "The vote was close"),
    ("Turnout fell sharply in the north, according to Julie A. Diaz.", "Julie A. Diaz",
     "Turnout fell sharply in the north"),
    # "continue" speaks only at a quotation
    ('"We will win," he continued.', "he", '"We will win,"'),
    ('He continued: "We will win the vote in November."', "He", '"We will win the vote in November."'),
    ("She continued that the official had admitted a crime.", "She", "that the official had admitted a crime"),
    # ... and a false "continued" leaves the sentence to the real cue
    ("The traffic explosion has continued into December, said Sandvine.", "Sandvine",
     "The traffic explosion has continued into December"),
    # a determiner standing alone opening a clause speaks ("Others said"); one alone before a noun does not
    ("But others said the plan had failed.", "others", "the plan had failed"),
    ("Some worry the trend will derail his record.", "Some", "the trend will derail his record"),
    ("While many say the plan failed, the minister disagrees.", "many", "the plan failed"),
    ("The emerging plan would attempt to find a middle ground, Ryan said.", "Ryan",
     "The emerging plan would attempt to find a middle ground"),
    # "almost", "nearly", "too" between the speaker and the cue are no part of the speaker
    ("He almost always says the economy is strong.", "He", "the economy is strong"),
    ("Officials too said the test failed.", "Officials", "the test failed"),
    ("He instead told reporters the plan had failed.", "He", "the plan had failed"),
    # the object of a control verb speaks through the infinitive cue after it
    ("All this has led the Latvian journalist Dainis Ivans to fear a pact.", "the Latvian journalist Dainis Ivans",
     "a pact"),
    ("The figures prompted some analysts to predict a rate rise.", "some analysts", "a rate rise"),
    # a participle phrase opening the sentence is neither the subject nor the content
    ("Chastened by the analyses, Trump revised his plan, promising to focus on average Americans.", "Trump",
     "to focus on average Americans"),
    ("Based on the data, analysts said growth would slow.", "analysts", "growth would slow"),
    # after "seem" or "appear" the speech verb is the cue
    ("Another post seemed to suggest the photo was staged.", "Another post", "the photo was staged"),
    ("It appears that the minister misled parliament, the report said.", "the report",
     "It appears that the minister misled parliament"),
    # an adjective in -ed after a determiner opening the phrase is part of the speaker
    ("Some of these so-called unbiased journalists said he never stood a chance.",
     "Some of these so-called unbiased journalists", "he never stood a chance"),
    ("His designated Treasury Secretary said the bill was dead.", "His designated Treasury Secretary",
     "the bill was dead"),
    # ... not a verb after a quantifier, nor a cue's form after the adjective
    ("Many bundled up, the report said.", "the report", "Many bundled up"),
    # a bare form closing the sentence after a plural and a phrase with an owner is the plural's verb
    ("The deal is off, documents from the firm's chief executive show.", "documents from the firm's chief executive",
     "The deal is off"),
    ("A campaign has been planned, emails to Jane Doe's campaign chairman reveal.",
     "emails to Jane Doe's campaign chairman", "A campaign has been planned"),
    # "which" after a comma stands for an organisation a definite description names
    ("Smith met the union, which said it would appeal.", "the union", "it would appeal"),
    ("The deal angered the bank's parent company, which said that it would appeal.", "the bank's parent company",
     "that it would appeal"),
])
def test_the_sentence_has_this_one_attribution(text, speaker, content):
    got = mentions_and_contents(text)
    assert got == [(speaker, content)], got


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a source whose noun the writer puts in scare quotes is the whole phrase, with what a preposition adds
    ("Such methods are not so simple, according to the \u201cbest military minds.\u201d", "the best military minds",
     "Such methods are not so simple"),
    ('The plan will fail, according to the so-called "experts".', "the so-called experts", "The plan will fail"),
    ("According to the \u201cexperts\u201d in Washington, the plan will fail.", "the experts in Washington",
     "the plan will fail"),
    ("According to the \u201cexperts\u201d the plan will fail.", "the experts", "the plan will fail"),
    # ... not a quotation that is what the source said
    ('According to the agency, "the plan will fail within weeks of its launch in the capital".', "the agency",
     '"the plan will fail within weeks of its launch in the capital"'),
])
def test_a_source_in_scare_quotes_is_named_whole(text, speaker, content):
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert list(zip(quotes["speaker"], quotes["text"])) == [(speaker, content)]


@pytest.mark.parametrize(("text", "expected"), [
    # "after" and "before" open the speaker's clause: they are no part of the noun phrase before the cue
    ("Both sides eye Wisconsin as a battleground after Romney named Paul Ryan as his running mate.",
     [("Romney", "Paul Ryan as his running mate")]),
    ("Migrants are stuck at the border after officials said the crossing was full.",
     [("officials", "the crossing was full")]),
    # an object (a noun phrase, an infinitive) ends where a subordinate clause with a speaker of its own begins,
    # and the conjunction belongs to neither
    ("Migrants attempting to seek asylum are stuck at the border after officials said the crossing was full.",
     [("officials", "the crossing was full")]),  # "to seek asylum" is a purpose, no speech
    ("Benitez has refused to blame the goalkeeper after he admitted the error.",
     [("Benitez", "to blame the goalkeeper"), ("he", "the error")]),
    # ... not a clause the object holds: "X wants to know why he said Y" stays one attribution
    ("She wants to know why he said the crossing was full.", [("She", "to know why he said the crossing was full")]),
])
def test_a_subordinate_clause_after_an_object_has_its_own_speaker(text, expected):
    got = mentions_and_contents(text)
    assert got == expected, got


@pytest.mark.parametrize("text", [
    "A New York Times report on the deal was published on Monday.",
    "The United States and Canada signed the treaty.",
    "His cybersecurity plan and his tax plan were published together.",
    "The Washington Post has more on the story.",
    "Initial reports of the explosion came from residents.",
    "UPDATE: The vote was delayed.",
    # a cue in -ing after a noun phrase with no form of "be" is no attribution unless it can be one
    "Republican talking points were everywhere.",
    "Vulnerable Democrats seeking re-election in red states are worried.",
    # "regarding" is a preposition
    "Trump, amid a Twitter tirade regarding the probe, derided the attorney general.",
    # "seem" and "appear" say how a thing looks to the writer: no one speaks
    "Much about his New Jersey life did seem unremarkable.",
    "The uproar seems to have galvanized her base.",
    "Many in the crowd appeared moved by the presentation.",
    "It appears the vote will be close.",
    # "decline" is no cue: a refusal is not speech, and indexes decline
    "The Nikkei 225 index declined 0.6% to 16,082.",
    "A judge declined to block release of the book.",
    # "continue" speaks only at a quotation ('"...," he continued'), not "crime has continued to fall"
    "The demonstrations continued for months.",
    "He continued his assault on the president.",
    # a show after a kind of programme, a prefix before it or not, is the programme
    "Ex-chat show host Robert Kilroy-Silk has quit the party.",
    # a lone hyphenated modifier is no speaker ("orders", "calls" are nouns here)
    "Governors lifted the rules, but stay-at-home orders remained in place.",
    # "most" before a participle, "the" before an -ing noun: no speaker
    "Among the nations most threatened by the militants is Jordan.",
    "The declining public support isn't a great sign, seeing as how they need participation.",
    # an empty subject speaks through no infinitive cue
    "It is fair to say that the plan failed.",
    "That is not to say the plan failed.",
    # an infinitive of purpose with a plain object is no speech; nor a belief or finding with its object
    "The film-maker will meet executives this week to discuss the new film.",
    "Aides also will be scouting out more real estate to add to the two field offices.",
    "Wisconsin voters do not have to show a photo ID at the polls.",
    "The agency declined to comment Tuesday on the shooting.",
    # a cue coordinated after the subject's own verb speaks only with a reported clause or quotation after it
    "Companies were loyal to their workers and expected loyalty in return.",
    "Most candidates looked at this and decided no, they did not.",
    # a bare plural after "by" is the agent of an evaluation only
    "Republicans in Washington have been pushed around by grass-roots activists for two years.",
    "The letters were written and sent by members of the coalition.",
    # a capitalised opening adjunct that ends on no time word gives no speaker
    "Under rules Obama announced in May, no strike would occur.",
    "By the time Donald Trump announced his candidacy, she was convinced.",
    # a cue spelt like a noun after "little", "much", "no" is that noun
    "There was little doubt Trump would again win the state.",
    "Under the system, the gun dealer maintains a record of the transaction.",
    "There is no doubt he will win.",
    "Rosenstein was little known outside of government circles until Tuesday.",
    # the writer's "As we noted," reports no source
    "As we noted, the campaign hit him hard.",
    # a naming participle gives a name, no speech
    "The sites were run by a newer firm called Rising Tide Interactive that did well.",
    "A California business called Pravda Corp was incorporated late last year.",
    "The shooter, a 40-year-old man named DeWayne Craddock, had resigned.",
    # a past participle after a determiner modifies the noun after it; "think tank" is a noun
    "The proposed centre would hold 500 people.",
    "Arthur Brooks, president of the conservative think tank, met him.",
    # a lone lower-case word that cannot speak before a cue spelt like a noun
    "The court has assigned itself a mess of legal and procedural questions from multiple lawsuits.",
    "A few weeks of positive headlines have also done wonders for morale.",
    "The president can lay claim to only a mixed record.",
    # a bare form after an owner's phrase is a noun
    "He was there, as well as Jake Tapper's CNN show.",
    # a cue's form after a determiner and an adjective in -ed is a noun
    "Some impoverished suspects who cannot afford a lawyer spend months waiting for trial.",
    # "which" after an organisation inside a longer phrase: the person's words or the body's, no telling
    "Smith met the chairman of the committee, which said it would appeal.",
])
def test_no_attribution(text):
    assert find_quotes(text) == []


def test_cue_table_is_data():
    cues = load_cues()
    assert {c.cue_type for forms in cues.values() for c in forms} >= {"speech", "belief", "intention", "document"}
    assert any(c.words == ("according", "to") for c in cues["according"])
    assert all(c.frame in ("clause", "tell", "object", "naming", "according") for forms in cues.values() for c in forms)
    assert any(c.quotation_only for c in cues["continued"])
    assert all(c.complement == "infinitive" and c.frame == "object" for c in cues["aimed"])
    assert all(c.complement == "clause" and c.frame == "clause" for c in cues["determined"])


# ---------------------------------------------------------------------------------------------------------
# odd input never raises


@pytest.mark.parametrize("text", [
    "", "   ", "\n\n", '"', '""', '"""', "''", "``", "\u201c", "\u201d\u201c", "'", "said", "said:",
    '"Unclosed quote, he said.', 'He said "unclosed', 'He said: "', '" said "', "\u2015 Name",
    "according to", "according to,", ", said Trump", "Trump said", '"A," said', "\x00\x01\x02\x03",
    "\u202e\u200f said \ufeff", "a" * 10_000, '"' * 5_000, "\u201c\u201d" * 1_000, "Mr. " * 500,
    "said " * 1_000, '"Q," he said. ' * 300, "\n".join(['"Q.'] * 200), "\U0001F600 said \U0001F4A9.",
])
def test_odd_input_never_raises(text):
    quotes = find_quotes(text)
    check_offsets(text, quotes)


def test_non_string_input():
    assert find_quotes(None) == []  # type: ignore[arg-type]
    assert find_quotes(float("nan")) == []  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(['"', "\u201c", "\u201d", "'", "\u2019", "``", "''", " said ", "Trump", ", ",
                                 ". ", "\n\n", "he", " according to ", ":", "\u2015", "that", "x"]), max_size=40))
def test_random_fragments_keep_offsets_exact(parts):
    text = "".join(parts)
    check_offsets(text, find_quotes(text))


# ---------------------------------------------------------------------------------------------------------
# the quotes table


def test_table_columns_ids_and_input_untouched():
    articles = pd.DataFrame({
        "article_id": ["a", "b", "c"],
        "text": ['"We will win," Trump said.\n\nClinton said she would win.', "", None],
    })
    before = articles.copy()
    quotes = extract_quotes(articles, progress=False)
    pd.testing.assert_frame_equal(articles, before)
    assert list(quotes.columns) == list(QUOTE_COLUMNS)
    assert len(quotes) == 2 and set(quotes.article_id) == {"a"}
    assert quotes.quote_id.is_unique
    assert quotes.quote_id.tolist() == extract_quotes(articles, progress=False).quote_id.tolist()
    first = quotes.iloc[0]
    assert first.quote_id == quote_id("a", first.spans, cue=(first.cue_start, first.cue_end))
    text = articles.text.iloc[0]
    for row in quotes.itertuples():
        assert row.text == " ".join(text[s:e] for s, e in row.spans)
        assert text[row.speaker_start:row.speaker_end] == row.speaker_mention
    assert quotes.paragraph.tolist() == [0, 1]


def test_empty_table_has_the_columns():
    quotes = extract_quotes(pd.DataFrame({"article_id": [], "text": []}))
    assert list(quotes.columns) == list(QUOTE_COLUMNS) and quotes.empty


# ---------------------------------------------------------------------------------------------------------
# the seed article: every quotation and reported statement with the right speaker

SEED_EXPECTED = [  # (kind, words the content starts with, canonical speaker)
    ("indirect", "The meeting", "Chinese Ministry of Foreign Affairs"),
    ("indirect", "which is a show", "analysts"),
    ("indirect", "what the two presidents", "Wang Wenbin"),
    ("indirect", "the details would be released", "Wang Wenbin"),
    ("direct", '"At the meeting', "Wang Wenbin"),
    ("mixed", 'of "strong economic', "US"),
    ("indirect", "which would concern China", "analysts"),
    ("indirect", "the meeting would show", "Li Yonghui"),
    ("direct", '"Both countries', "Li Yonghui"),
    ("indirect", "the main purpose", "Artyom Lukin"),
    ("direct", '"A demonstration', "Artyom Lukin"),
    ("indirect", "the meeting had geopolitical significance", "Alexander Gabuev"),
    ("direct", '"All of the deals', "Alexander Gabuev"),
    ("direct", '"The aim is', "Alexander Gabuev"),
]


def test_seed_article(seed_articles):
    quotes = extract_quotes(seed_articles)
    text = seed_articles.text.iloc[0]
    found = {(row.kind, row.text[:60]): row for row in quotes.itertuples()}
    for kind, start, speaker in SEED_EXPECTED:
        rows = [row for (k, t), row in found.items() if k == kind and t.startswith(start)]
        assert len(rows) == 1, (kind, start)
        assert speaker in (rows[0].speaker or ""), (start, rows[0].speaker)
    # the quotes interrupted by their attribution, and the quote over two paragraphs, are one row each
    li = next(row for row in quotes.itertuples() if row.text.startswith('"Both countries'))
    assert len(li.spans) == 2 and "Putin's meeting with Modi" in text[li.spans[1][0]:li.spans[1][1]]
    lukin = next(row for row in quotes.itertuples() if row.text.startswith('"A demonstration'))
    assert len(lukin.spans) == 2 and lukin.rule.startswith("follows_speaker")
    gabuev = next(row for row in quotes.itertuples() if row.text.startswith('"The aim is'))
    assert len(gabuev.spans) == 2 and text[gabuev.spans[1][0]:].startswith('"For that you need')
    # the four named sources with their roles and organisations
    named = quotes[quotes.speaker.isin(["Wang Wenbin", "Li Yonghui", "Artyom Lukin", "Alexander Gabuev"])]
    roles = named.groupby("speaker").first()
    assert roles.loc["Wang Wenbin", "speaker_country"] == "China"
    assert "spokesman" in roles.loc["Wang Wenbin", "speaker_role"]
    assert "professor" in roles.loc["Li Yonghui", "speaker_role"]
    assert "Far Eastern Federal University" in roles.loc["Artyom Lukin", "speaker_org"]
    assert "Carnegie Moscow Centre" in roles.loc["Alexander Gabuev", "speaker_org"]
    for row in quotes.itertuples():
        assert row.text == " ".join(text[s:e] for s, e in row.spans)
    # "The Xi-Putin meeting comes after ... countries followed ... and announced": a name before a noun speaks not
    assert not quotes.speaker.fillna("").str.contains("Xi-Putin").any(), quotes.speaker.tolist()


def test_attributions_sharing_a_content_span_keep_distinct_ids():
    assert quote_id("a", [[5, 9]], cue=(0, 4)) != quote_id("a", [[5, 9]], cue=(10, 14))
    assert quote_id("a", [[5, 9]]) == quote_id("a", [[5, 9]])


# the tokeniser: findall over space-prefixed pieces gives what a finditer over the token pattern gives


@pytest.mark.parametrize(("low", "expected"), [
    ("they", True), ("they'll", True), ("she\u2019s", True), ("it's", True),
    ("trump's", False), ("officials'", False), ("the", False),
])
def test_a_pronoun_form_may_carry_a_contraction(low, expected):
    assert pronoun_form(low) is expected
