import pandas as pd
import pytest

from analysis import split_sentences
from analysis.text import SENTENCE_COLUMNS
from analysis.text.layout import paragraph_spans
from analysis.text.sentences import news_abbreviations, sentence_spans

HARD_CASES = [
    # (text, expected sentences)
    ("Mr. Smith met Mrs. Jones and Dr. Lee. They talked.",
     ["Mr. Smith met Mrs. Jones and Dr. Lee.", "They talked."]),
    ("Sen. Mitch McConnell and Rep. Nancy Pelosi spoke to Gov. Jerry Brown. Nothing changed.",
     ["Sen. Mitch McConnell and Rep. Nancy Pelosi spoke to Gov. Jerry Brown.", "Nothing changed."]),
    ("Gen. Mark Milley and Lt. Col. Alexander Vindman testified. Prof. Li Yonghui disagreed.",
     ["Gen. Mark Milley and Lt. Col. Alexander Vindman testified.", "Prof. Li Yonghui disagreed."]),
    ("Martin Luther King Jr. spoke on Main St. in the morning. Crowds gathered.",
     ["Martin Luther King Jr. spoke on Main St. in the morning.", "Crowds gathered."]),
    ("Shares of Apple Inc. and Acme Corp. fell, while Widget Co. Ltd. rose. Investors shrugged.",
     ["Shares of Apple Inc. and Acme Corp. fell, while Widget Co. Ltd. rose.", "Investors shrugged."]),
    ("The U.S. and the U.K. asked the U.N. Security Council to meet. It agreed.",
     ["The U.S. and the U.K. asked the U.N. Security Council to meet.", "It agreed."]),
    ("The vote is at 10 a.m. on Tuesday and ends at 4 p.m. on Wednesday. Polls open early.",
     ["The vote is at 10 a.m. on Tuesday and ends at 4 p.m. on Wednesday.", "Polls open early."]),
    ("The talks began on Jan. 5 and ended on Feb. 12 in Geneva. No deal was reached.",
     ["The talks began on Jan. 5 and ended on Feb. 12 in Geneva.", "No deal was reached."]),
    ("He moved into No. 10 Downing Street. Ministers followed.",
     ["He moved into No. 10 Downing Street.", "Ministers followed."]),
    ("It was China vs. the West, e.g. on trade, i.e. tariffs. Talks stalled.",
     ["It was China vs. the West, e.g. on trade, i.e. tariffs.", "Talks stalled."]),
    ('"We will not back down." The minister left the room.',
     ['"We will not back down."', "The minister left the room."]),
    ("\u201cThe aim is clear.\u201d Gabuev said so twice.",
     ["\u201cThe aim is clear.\u201d", "Gabuev said so twice."]),
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
    ('"Is it over?" she asked. "Yes."', ['"Is it over?" she asked.', '"Yes."']),
    ('Asked whether he agreed, he said "no." Aides declined to comment.',
     ['Asked whether he agreed, he said "no."', "Aides declined to comment."]),
    ("Prices rose 3.5 per cent in 2021. Analysts expected 2.9 per cent.",
     ["Prices rose 3.5 per cent in 2021.", "Analysts expected 2.9 per cent."]),
    # a sentence end that lost its space in scraping still ends the sentence; a web address does not
    ("The rules cannot last, he said on Friday.Moore said she would stay.",
     ["The rules cannot last, he said on Friday.", "Moore said she would stay."]),
    ('He wrote that it was easy to make."The essay was long. Is it?Yes.',
     ['He wrote that it was easy to make.', '"The essay was long.', "Is it?", "Yes."]),
    ("Ann Cole, editor of fansite Halo.Bungie.Org, said it was good. Yahoo!News agreed.",
     ["Ann Cole, editor of fansite Halo.Bungie.Org, said it was good.", "Yahoo!News agreed."]),
    # a closing bracket or a comma never opens a sentence: a party label's full stop inside brackets
    ("Sen. Dana Vitter (R-La.), who will join the committee, said it. He agreed.",
     ["Sen. Dana Vitter (R-La.), who will join the committee, said it.", "He agreed."]),
    ("Rep. Ann Cole (D-Calif.), the chair, spoke first. Others followed.",
     ["Rep. Ann Cole (D-Calif.), the chair, spoke first.", "Others followed."]),
]


@pytest.mark.parametrize(("text", "expected"), HARD_CASES)
def test_hard_newswire_cases(text, expected):
    spans = sentence_spans(text)
    assert [text[s.start:s.end] for s in spans] == expected


def test_sentences_never_cross_paragraphs():
    text = "First paragraph without a full stop\n\nsecond paragraph. Another one.\n\n\"A quote that\n\ncontinues\""
    spans = sentence_spans(text)
    paragraphs = paragraph_spans(text)
    assert len(paragraphs) == 4
    for span in spans:
        p_start, p_end = paragraphs[span.paragraph]
        assert p_start <= span.start < span.end <= p_end
    assert [text[s.start:s.end] for s in spans][:2] == ["First paragraph without a full stop", "second paragraph."]


def test_required_news_abbreviations_are_shipped():
    shipped = set(news_abbreviations())
    for word in ["mr", "mrs", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "st", "jr", "inc", "corp",
                 "ltd", "co", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "aug", "sept", "dec", "vs", "e.g", "i.e"]:
        assert word in shipped


def test_split_sentences_table(seed_articles):
    sentences = split_sentences(seed_articles)
    assert list(sentences.columns) == list(SENTENCE_COLUMNS)
    text = seed_articles.iloc[0]["text"]
    for row in sentences.itertuples():
        assert text[row.start:row.end] == row.text
    assert sentences["sentence"].tolist() == list(range(len(sentences)))
    assert sentences["paragraph"].max() == seed_articles.iloc[0]["n_paragraphs"] - 1
    assert sentences["text"].str.contains("Li said.", regex=False).any()


def test_empty_inputs():
    assert sentence_spans("") == []
    empty = split_sentences(pd.DataFrame({"article_id": [], "text": []}))
    assert list(empty.columns) == list(SENTENCE_COLUMNS) and empty.empty


# the speed-ups keep Punkt's output: per-paragraph splitting and the remembered break decisions
SPLIT_CASES = [
    "Mr. Smith went to Washington. He said: \"No.\" Then he left.\n\nDr. Jones, of the U.S. Army, agreed. "
    "Sen. Warren (D-Mass.) did not.",
    "It rose 3.5 per cent in Jan. and fell in Feb. Analysts at J.P. Morgan said so.\n\n\n\"Why?\" she asked. "
    "\"Because.\"",
    "One.\n\nTwo. Three.\n\nFour? Five! Six... Seven.",
    # the patterns Punkt compiles: realigned closing marks, ellipses, numbers, initials, dashes, non-ASCII words
    "\u201cWe will not yield.\u201d Zelensky said so (in Kyiv.) Then \u2018no.\u2019 Later \u00abnon.\u00bb Fin.",
    "Growth was 4.5. Then -3.2. Then 1,000.5 people. J. R. R. Tolkien wrote it. He left -- then came back... Okay.",
    "\u00c9mile Zola s\u2019en va. \u00c7a va? Stra\u00dfe 5. \u041c\u043e\u0441\u043a\u0432\u0430 said. "
    "U.S. officials: \"yes.\" [sic.] {ok.} *Note.* Done!",
]


@pytest.mark.parametrize("text", SPLIT_CASES)
def test_paragraph_sentences_equal_sentence_spans(text):
    from analysis.text.sentences import paragraph_sentences

    per_paragraph = [s for i, (a, b) in enumerate(paragraph_spans(text)) for s in paragraph_sentences(text, a, b, i)]
    assert per_paragraph == sentence_spans(text)


@pytest.mark.parametrize("text", SPLIT_CASES)
def test_our_punkt_equals_nltks_punkt(text):
    """Remembered break decisions and patterns compiled by ``re`` (not NLTK's timed ``regex`` ones) split alike."""
    import re

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from analysis.text.sentences import tokenizer

    remembering = tokenizer()
    assert hasattr(remembering.text_contains_sentbreak, "cache_info")  # the remembering one is installed
    assert isinstance(remembering._lang_vars.period_context_re(), re.Pattern)
    assert isinstance(remembering._Token._RE_NUMERIC, re.Pattern)
    plain = PunktSentenceTokenizer(remembering._params)
    for _ in range(2):  # the second pass reads the remembered decisions
        assert list(remembering.span_tokenize(text)) == list(plain.span_tokenize(text))


def test_importing_the_package_does_not_import_nltk():
    import subprocess
    import sys

    code = "import sys, analysis, analysis.quotes, analysis.figures; print('nltk' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. Obama dismissed it as the voice of Mr. Tribe's client. He left.",
     ["Mr. Obama dismissed it as the voice of Mr. Tribe's client.", "He left."]),
    ("He met Sen. Grant today. Then he left.", ["He met Sen. Grant today.", "Then he left."]),
])
def test_a_title_before_a_name_never_ends_a_sentence(text, expected):
    assert [text[s.start:s.end] for s in sentence_spans(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # initials inside a name or a phrase: before a lower-case word, a number, a bracket, a person's family name,
    # or two capitalised words after U.S.-like initials
    ("The suspect was arrested on Monday, the U.S. Marshals Service said. He was held.",
     ["The suspect was arrested on Monday, the U.S. Marshals Service said.", "He was held."]),
    ("President George H.W. Bush was released from hospital.", ["President George H.W. Bush was released from hospital."]),
    ("The agency said the F.B.I. handled its investigation badly.",
     ["The agency said the F.B.I. handled its investigation badly."]),
    ("Most Democrats voted for H.R. 3762 in December.", ["Most Democrats voted for H.R. 3762 in December."]),
    ("The move pleased U.N. Ambassador Susan Rice.", ["The move pleased U.N. Ambassador Susan Rice."]),
    # ... or a capitalised word and a joiner inside a name
    ("The U.S. Ambassador to the United Nations spoke.", ["The U.S. Ambassador to the United Nations spoke."]),
    ("He led the U.S. Citizenship and Immigration Services.", ["He led the U.S. Citizenship and Immigration Services."]),
    # ... or an institution the initials name (initials_heads.txt), possessive or not
    ("Few knew how many U.S. Senators there were.", ["Few knew how many U.S. Senators there were."]),
    ("Few knew the length of a U.S. Senator's term.", ["Few knew the length of a U.S. Senator's term."]),
    ("The U.K. Treasury said no.", ["The U.K. Treasury said no."]),
    # (guards: initials that end a sentence before a function word or one capitalised word)
    ("He lives in the U.S. Critics say he should leave.", ["He lives in the U.S.", "Critics say he should leave."]),
    ("Troops will leave the U.S. The move was planned.", ["Troops will leave the U.S.", "The move was planned."]),
    ("Troops will leave the U.S. Many have families.", ["Troops will leave the U.S.", "Many have families."]),
    ("Permits rose in the U.S. Prior to the study, estimates were lower.",
     ["Permits rose in the U.S.", "Prior to the study, estimates were lower."]),
    # ... also where Punkt left the sentence running over them (a function word it does not know as a starter)
    ("They said where they planned to stay in the U.S. Those already here were asked to register.",
     ["They said where they planned to stay in the U.S.", "Those already here were asked to register."]),
    ("Tests were done in the U.S. A little more than 41,000 people had the virus.",
     ["Tests were done in the U.S.", "A little more than 41,000 people had the virus."]),
    # ... but not before a day or a verb ("returning to the U.S. Friday")
    ("He will make one more stop before returning to the U.S. Friday.",
     ["He will make one more stop before returning to the U.S. Friday."]),
])
def test_initials_end_a_sentence_only_before_one(text, expected):
    assert [text[s.start:s.end] for s in sentence_spans(text)] == expected


def test_punkt_is_loaded_without_the_rest_of_nltk_and_nltk_stays_importable_in_full():
    import subprocess
    import sys

    code = ("import sys\n"
            "from analysis.text.sentences import sentence_spans\n"
            "assert len(sentence_spans('Mr. Smith said so. Then he left.')) == 2\n"
            "assert 'scipy.stats' not in sys.modules and not any(m.startswith('nltk') for m in sys.modules)\n"
            "import nltk\n"
            "assert nltk.FreqDist and nltk.tokenize.punkt.PunktSentenceTokenizer and nltk.word_tokenize\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(("text", "paragraphs"), [
    # page furniture opening a line is a paragraph of its own; the words after it open the next
    ("Story highlights Obama cancels exercises, says the U.S. may act\n\nU.S. forces left.",
     ["Story highlights", "Obama cancels exercises, says the U.S. may act", "U.S. forces left."]),
    ("Image copyright Getty Images Image caption Mr Trump said no",
     ["Image copyright Getty Images Image caption", "Mr Trump said no"]),
    ('Media playback is unsupported on your device Media caption The Queen: "We are confident"',
     ["Media playback is unsupported on your device Media caption", 'The Queen: "We are confident"']),
    # a dateline: a hyphen would join the city to the speaker ("BRUSSELS - European leaders")
    ("BRUSSELS - European leaders said they would act.", ["BRUSSELS -", "European leaders said they would act."]),
    ("EL PASO, Texas (AP) \u2014 The mayor said no.", ["EL PASO, Texas (AP) \u2014", "The mayor said no."]),
    ("PARIS, Aug 31 (Reuters) - The mayor said no.", ["PARIS, Aug 31 (Reuters) -", "The mayor said no."]),
    ("Contributing: Janna Herron", ["Contributing:", "Janna Herron"]),
    ("US - China talks failed, he said.", ["US - China talks failed, he said."]),
    ("Skip Twitter post 2 by @realDonaldTrump Why should I?",
     ["Skip Twitter post 2 by @realDonaldTrump", "Why should I?"]),
    # furniture alone, furniture words inside a line, and lower case stay as they are
    ("Image copyright AP", ["Image copyright AP"]),
    ("The Story highlights a risk.", ["The Story highlights a risk."]),
    ("story highlights the risk.", ["story highlights the risk."]),
])
def test_page_furniture_opens_a_paragraph_of_its_own(text, paragraphs):
    assert [text[a:b] for a, b in paragraph_spans(text)] == paragraphs
