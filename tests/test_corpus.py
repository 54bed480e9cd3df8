import codecs
import gzip
import json

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.corpus import (
    ARTICLE_COLUMNS,
    ERROR_COLUMNS,
    CorpusError,
    boilerplate_summary,
    decode,
    parse_date,
    split_paragraphs,
)

from .conftest import BBC, need


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_columns_are_documented_and_in_order(sample_articles):
    assert list(sample_articles.columns)[: len(ARTICLE_COLUMNS)] == list(ARTICLE_COLUMNS)
    assert str(sample_articles["date"].dtype) == "datetime64[ns]"
    assert list(ERROR_COLUMNS) == ["path", "article_id", "error"]


def test_seed_article(seed_path, seed_articles):
    article = seed_articles.iloc[0]
    assert article["article_id"] == "000_6f79758aed7cd93b"
    assert article["date"] == pd.Timestamp("2021-12-14")
    raw = seed_path.read_text(encoding="utf-8")
    raw_paragraphs = split_paragraphs(raw)
    kept = article["text"].split("\n\n")
    removed = article["boilerplate"].split("\n\n")
    assert removed[0].startswith("Do you have questions about the biggest topics")
    assert removed[1].startswith("Copyright (c) 2021.")
    assert removed[2] == "WATCH"
    assert len(kept) + len(removed) == len(raw_paragraphs)
    assert kept[0].startswith("Chinese President Xi Jinping")  # the date line is not part of the text
    assert kept[-1].startswith("\"For that you need an in-person summit")
    assert all(p in raw for p in kept)
    assert article["n_paragraphs"] == len(kept) == 21
    assert article["n_chars"] == len(article["text"])


def test_bbc_every_input_is_an_article_or_an_error():
    folder = need(BBC)
    articles, errors = load_corpus(folder)
    assert len(articles) + len(errors) == 2225 + 1  # the articles and the corpus's README.TXT (any-case .txt is read)
    assert "bbc/README" in set(articles["article_id"])
    assert articles["article_id"].is_unique
    latin = articles.loc[articles["article_id"].str.endswith("sport/199")].iloc[0]
    assert latin["encoding"] == "cp1252 (fallback)"
    assert "£" in latin["text"]
    stories = articles[articles["article_id"] != "bbc/README"]
    assert stories["date"].isna().all() and stories["title"].notna().all()


def test_sample_corpus(sample_articles):
    assert len(sample_articles) == 12
    assert sample_articles["source"].notna().all()
    undated = sample_articles[sample_articles["date"].isna()]
    assert len(undated) == 2 and undated["title"].notna().all()
    assert not sample_articles["text"].str.contains("\r").any()
    assert not sample_articles["text"].str.contains("Publishers Ltd").any()


BAD_INPUTS = {
    "empty.txt": (b"", "error"),
    "blank.txt": (b"   \n\n  ", "error"),
    "binary.txt": (bytes(range(256)) * 4, "error"),
    "latin1.txt": (" date 2020-01-02 Caf\xe9 owners said prices rose.\n\nSecond paragraph.".encode("latin-1"), "cp1252 (fallback)"),
    "cp1252.txt": ("Headline\n\n\u201cWe won,\u201d she said.".encode("cp1252"), "cp1252 (fallback)"),
    "bom.txt": (codecs.BOM_UTF8 + b" date 2021-05-06 First.\n\nSecond.", "utf-8-sig"),
    "crlf.txt": (b" date 2021-05-06 First.\r\n\r\nSecond.\r\n", "utf-8"),
    "baddate.txt": (b" date 2021-02-31 Impossible date.\n\nMore.", "utf-8"),
    "onlyboiler.txt": (b"WATCH\n\nAdvertisement", "error"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_becomes_article_or_error(tmp_path, name):
    data, expected = BAD_INPUTS[name]
    write(tmp_path / name, data)
    articles, errors = load_corpus(tmp_path)
    assert len(articles) + len(errors) == 1
    if expected == "error":
        assert len(errors) == 1 and errors.iloc[0]["error"]
    else:
        article = articles.iloc[0]
        assert article["encoding"] == expected
        assert "\r" not in article["text"] and "\ufeff" not in article["text"]


def test_dates_and_layouts(tmp_path):
    write(tmp_path / "a.txt", " date 2021-02-31 Body one.\n\nBody two.")
    write(tmp_path / "b.txt", " date 2019-07-01 Body.")
    write(tmp_path / "sub" / "c.txt", "A headline\n\nThe body.\n\nMore body.")
    articles, errors = load_corpus(tmp_path)
    assert errors.empty
    by_id = articles.set_index("article_id")
    assert pd.isna(by_id.loc["a", "date"]) and by_id.loc["a", "date_raw"] == "2021-02-31"
    assert by_id.loc["b", "date"] == pd.Timestamp("2019-07-01") and by_id.loc["b", "text"] == "Body."
    assert by_id.loc["sub/c", "title"] == "A headline"
    assert by_id.loc["sub/c", "text"] == "The body.\n\nMore body."
    assert list(articles["article_id"]) == ["a", "b", "sub/c"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2016-09-20", "2016-09-20"), ("6/15/17", "2017-06-15"), ("0001-11-30", None), ("2050-09-30", None),
     ("", None), (None, None), ("not a date", None), ("2021-02-31", None)],
)
def test_parse_date(raw, expected):
    parsed = parse_date(raw)
    assert (parsed is None) if expected is None else (parsed == pd.Timestamp(expected))


def test_a_newsletter_box_inside_an_article_is_boilerplate(tmp_path):
    box = ("Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
           "Invalid email address. Please re-enter. You agree to receive occasional updates and special offers for "
           "the paper's products and services. Thank you for subscribing.")
    record = {"id": "a", "text": f"Jobs rose in May.\n\n{box}\n\nWages rose too."}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles, _ = load_corpus(tmp_path / "a.jsonl")
    assert articles.loc[0, "text"] == "Jobs rose in May.\n\nWages rose too."
    assert articles.loc[0, "boilerplate"] == box


@pytest.mark.parametrize("box", [
    "Support Vox’s explanatory journalism",
    "Every day at Vox, we aim to answer your most important questions. Please consider making a contribution to Vox "
    "today.",
    "“The 360” shows you diverse perspectives on the day’s top stories and debates.",
    "LISTEN TO ARTICLE 2:40 SHARE THIS ARTICLE Share Tweet Post Email",
    "JUST WATCHED Should the fund be cut? Replay More Videos ... MUST WATCH Should the fund be cut? 06:22",
    "Photos: Key players Key players – Rep. Dana Pike, R-Ohio -- A member to watch. Hide Caption 1 of 2 Photos: Key "
    "players Key players – Sen. Lee Ruiz -- The broker. Hide Caption 2 of 2",
])
def test_reader_appeals_and_share_bars_are_boilerplate(tmp_path, box):
    record = {"id": "a", "text": f"Jobs rose in May.\n\n{box}\n\nWages rose too."}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles, _ = load_corpus(tmp_path / "a.jsonl")
    assert articles.loc[0, "text"] == "Jobs rose in May.\n\nWages rose too."
    assert articles.loc[0, "boilerplate"] == box


def test_jsonl_and_csv(tmp_path):
    records = [
        {"id": "x1", "date": "2020-03-04", "title": "T", "source": "Outlet", "topic": "china", "text": "One.\n\nTwo."},
        {"id": "x2", "date": "", "title": "U", "text": "Body with Advertisement\n\nAdvertisement"},
        {"id": "x3", "text": ""},
    ]
    lines = [json.dumps(r) for r in records] + ["{broken json"]
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    articles, errors = load_corpus(tmp_path / "c.jsonl.gz")
    assert list(articles["article_id"]) == ["x1", "x2"]
    assert articles.loc[0, "topic"] == "china" and articles.loc[0, "source"] == "Outlet"
    assert articles.loc[1, "boilerplate"] == "Advertisement"
    assert len(errors) == 2 and set(errors["article_id"].fillna("")) == {"x3", ""}
    pd.DataFrame([{"key": "k", "body": "Hello there.", "when": "2020-01-01"}]).to_csv(tmp_path / "c.csv", index=False)
    articles, errors = load_corpus(tmp_path / "c.csv", id_field="key", text_field="body", date_field="when")
    assert articles.loc[0, "article_id"] == "k" and articles.loc[0, "date"] == pd.Timestamp("2020-01-01")


def test_error_table_columns(tmp_path):
    write(tmp_path / "empty.txt", b"")
    _, errors = load_corpus(tmp_path)
    assert list(errors.columns) == list(ERROR_COLUMNS)


def test_missing_inputs_and_duplicates(tmp_path):
    write(tmp_path / "a" / "x.txt", "Body.")
    write(tmp_path / "b" / "x.txt", "Other body.")
    articles, errors = load_corpus(tmp_path / "a", tmp_path / "b", tmp_path / "nothing.txt")
    assert len(articles) == 1 and len(errors) == 2
    assert errors["error"].str.contains("duplicate article_id").any()
    assert errors["error"].str.contains("no such file").any()
    with pytest.raises(CorpusError):
        load_corpus()


def test_symlink_loop_is_an_error_not_a_hang(tmp_path):
    write(tmp_path / "a.txt", "Body.")
    (tmp_path / "loop").symlink_to(tmp_path)
    articles, errors = load_corpus(tmp_path)
    assert list(articles["article_id"]) == ["a"]
    assert errors["error"].str.contains("symlink loop").all() and len(errors) == 1


def test_custom_boilerplate_rules(tmp_path):
    write(tmp_path / "a.txt", " date 2020-01-01 Body.\n\nSUBSCRIBE NOW\n\nWATCH")
    articles, _ = load_corpus(tmp_path, boilerplate=[r"subscribe now"])
    assert articles.loc[0, "text"] == "Body.\n\nWATCH" and articles.loc[0, "boilerplate"] == "SUBSCRIBE NOW"
    articles, _ = load_corpus(tmp_path, boilerplate=[])
    assert articles.loc[0, "boilerplate"] == ""
    with pytest.raises(CorpusError, match="not a valid regular expression"):
        load_corpus(tmp_path, boilerplate=["(unclosed"])


@pytest.mark.parametrize("paragraph", ["Story Continued Below", "Story continues below advertisement",
                                       "Advertisement"])
def test_site_leftovers_are_boilerplate(tmp_path, paragraph):
    write(tmp_path / "a.txt", f" date 2020-01-01 Body.\n\n{paragraph}\n\nMore body.")
    articles, _ = load_corpus(tmp_path)
    assert articles.loc[0, "boilerplate"] == paragraph
    assert articles.loc[0, "text"] == "Body.\n\nMore body."


@pytest.mark.parametrize(
    "paragraph",
    ["Watch this space, the minister told reporters.", "Related reports suggest the talks stalled.",
     "Advertisements for the bonds ran in three newspapers."],
)
def test_boilerplate_rules_spare_real_paragraphs(tmp_path, paragraph):
    write(tmp_path / "a.txt", f" date 2020-01-01 Body.\n\n{paragraph}")
    articles, _ = load_corpus(tmp_path)
    assert articles.loc[0, "boilerplate"] == ""


def test_boilerplate_summary(sample_articles):
    summary = boilerplate_summary(sample_articles)
    assert list(summary.columns) == ["paragraph", "articles"]
    assert summary["articles"].sum() >= 10


def test_decode_rejects_binary():
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x00\x01\x02 abc")
    assert decode("caf\u00e9".encode()) == ("caf\u00e9", "utf-8")
