"""Fault tests: every record and every file is an article or an error row naming the file, the line and the reason.

One JSONL file holds a bad record of each kind between good ones; each line's fate is checked on its own.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.cli import main
from analysis.files import SURROGATES_REPLACED

GOOD = '"We will win," Jane Doe said.'
NESTED = '{"id": "nested", "text": "x", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}"
HUGE_ID = "9" * 5000

# (name, the line's bytes, "article" or "error", what to check: a column and value, or a substring of the error)
RECORDS = [
    ("good", json.dumps({"id": "good", "text": GOOD}).encode(), "article", ("encoding", "utf-8")),
    ("deeply nested", NESTED.encode(), "error", "nested too deeply"),
    ("id of 5,000 digits", b'{"id": ' + HUGE_ID.encode() + b', "text": "Hi, she said."}', "article",
     ("article_id", HUGE_ID)),
    ("lone surrogate in the title", b'{"id": "s-title", "title": "\\ud83d", "text": "Hi."}', "article",
     ("title", "\ufffd")),
    ("lone surrogate in the source", b'{"id": "s-source", "source": "Daily \\udc80", "text": "Hi."}', "article",
     ("encoding", SURROGATES_REPLACED)),
    ("lone surrogate in the id", b'{"id": "s-\\udfff", "text": "Hi."}', "article", ("article_id", "s-\ufffd")),
    ("lone surrogate in a field name", b'{"id": "s-key", "\\ud800": 1, "text": "Hi."}', "article",
     ("encoding", SURROGATES_REPLACED)),
    ("lone surrogate in the text", b'{"id": "s-text", "text": "\\ud800 Hi."}', "article",
     ("encoding", SURROGATES_REPLACED)),
    ("a surrogate pair is no lone surrogate", b'{"id": "emoji", "text": "Hi \\ud83d\\ude00."}', "article",
     ("encoding", "utf-8")),
    ("cp1252 bytes", '{"id": "cp1252", "text": "Bj\u00f6rn \u201cwon\u201d, she said."}'.encode("cp1252"),
     "article", ("encoding", "cp1252 (fallback)")),
    ("latin-1 bytes", b'{"id": "latin1", "text": "Bj\xf6rn \x81 won."}', "article",
     ("encoding", "latin-1 (fallback)")),
    ("invalid JSON", b'{"id": "broken", "text": ', "error", "invalid JSON"),
    ("not an object", b"[1, 2, 3]", "error", "not a JSON object (a list)"),
    ("no text field", b'{"id": "notext", "body": "Hi."}', "error", "no text in field 'text'"),
    ("text not a string", b'{"id": "numtext", "text": 42}', "error", "no text in field 'text'"),
    ("blank text", b'{"id": "blank", "text": "  \\n "}', "error", "no text in field 'text'"),
    ("boilerplate only", b'{"id": "promo", "text": "Read more"}', "error", "only boilerplate"),
    ("id as a list", b'{"id": [1, 2], "text": "Hi."}', "article", ("article_id", "[1, 2]")),
    ("id null: fallback id", b'{"id": null, "text": "Hi."}', "article", ("article_id", "records:{line}")),
    ("infinite number", b'{"id": "inf", "text": "Hi.", "score": 1e999999}', "article", ("article_id", "inf")),
    ("duplicate id", json.dumps({"id": "good", "text": "Again."}).encode(), "error", "duplicate article_id"),
    ("mixed-type extra field", b'{"id": "mixed", "text": "Hi.", "score": "high"}', "article",
     ("article_id", "mixed")),
]


@pytest.fixture(scope="module")
def bad_jsonl(tmp_path_factory):
    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    with open(path, "wb") as handle:
        handle.write(b"\xef\xbb\xbf")  # a BOM before the first record
        for _, line, _, _ in RECORDS:
            handle.write(line + b"\n\n")  # blank lines between records are skipped
    return path


@pytest.fixture(scope="module")
def loaded(bad_jsonl):
    return load_corpus(bad_jsonl)


@pytest.mark.parametrize(("name", "line", "fate", "check"), RECORDS, ids=[r[0] for r in RECORDS])
def test_fault_each_bad_record_is_an_article_or_an_error_naming_its_line(loaded, bad_jsonl, name, line, fate, check):
    articles, errors = loaded
    number = 1 + 2 * [r[0] for r in RECORDS].index(name)
    where = f"{bad_jsonl}:{number}"
    as_article = articles[articles["path"] == where]
    as_error = errors[errors["path"] == where]
    assert len(as_article) + len(as_error) == 1, f"line {number} is {len(as_article)} articles, {len(as_error)} errors"
    if fate == "article":
        column, value = check
        assert len(as_article) == 1, as_error["error"].tolist()
        assert as_article.iloc[0][column] == value.format(line=number)
    else:
        assert len(as_error) == 1 and check in as_error.iloc[0]["error"]


def test_no_replacement_character_passed_off_as_utf8(loaded):
    articles, _ = loaded
    for column in ("text", "title", "source", "article_id"):
        values = articles[column].fillna("")
        flagged = values.str.contains("\ufffd") & articles["encoding"].eq("utf-8")
        assert not flagged.any(), articles.loc[flagged, "article_id"].tolist()
    cp1252 = articles.set_index("article_id").loc["cp1252"]
    assert cp1252["text"] == "Bj\u00f6rn \u201cwon\u201d, she said."


def test_every_table_of_the_bad_records_can_be_written(bad_jsonl, tmp_path):
    for command, suffix in (("articles", "parquet"), ("articles", "csv"), ("quotes", "jsonl"), ("stance", "parquet")):
        out = tmp_path / f"{command}.{suffix}"
        errors = tmp_path / f"errors-{command}-{suffix}.jsonl"
        assert main([command, str(bad_jsonl), "-o", str(out), "--errors", str(errors)]) == 0
        assert out.stat().st_size > 0 and errors.stat().st_size > 0


def _write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


BAD_FILES = [
    ("empty.jsonl", b"", "empty file: no records"),
    ("empty.jsonl.gz", b"", "empty file: no records"),
    ("blank.jsonl", b"\n  \n\t\n", "no records: only blank lines"),
    ("header.csv", b"id,text\n", "no records: header only"),
    ("empty.csv", b"", "empty file: no header and no records"),
    ("notext.csv", b"id,body\n1,Hi\n", "CSV has no 'text' column"),
    ("fake.jsonl.gz", b"not gzip at all", "cannot read corpus file"),
    ("strange.pdf", b"%PDF-1.4", "unsupported input type '.pdf'"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[f[0] for f in BAD_FILES])
def test_fault_each_bad_file_is_an_error_naming_it(tmp_path, name, data, reason):
    path = _write(tmp_path / name, data)
    articles, errors = load_corpus(path)
    assert articles.empty
    assert len(errors) == 1 and errors.loc[0, "path"].startswith(str(path)) and reason in errors.loc[0, "error"]


def test_fault_truncated_gzip_keeps_the_records_before_and_names_the_line_after(tmp_path):
    data = b"".join(json.dumps({"id": f"t{i}", "text": f"Point {i}, she said."}).encode() + b"\n" for i in range(400))
    path = _write(tmp_path / "cut.jsonl.gz", gzip.compress(data)[:-200])
    articles, errors = load_corpus(path)
    assert len(articles) > 0 and len(errors) == 1
    assert errors.loc[0, "path"] == f"{path}:{len(articles) + 1}" and "cannot read corpus file" in errors.loc[0, "error"]


def test_upper_case_txt_in_a_folder_is_read(tmp_path):
    _write(tmp_path / "c" / "UPPER.TXT", GOOD.encode())
    _write(tmp_path / "c" / "lower.txt", GOOD.encode())
    articles, errors = load_corpus(tmp_path / "c")
    assert sorted(articles["article_id"]) == ["UPPER", "lower"] and errors.empty


def test_two_files_of_one_name_without_ids_get_distinct_fallback_ids(tmp_path):
    line = json.dumps({"text": GOOD}).encode() + b"\n"
    a, b = _write(tmp_path / "a" / "x.jsonl", line * 2), _write(tmp_path / "b" / "x.jsonl", line)
    articles, errors = load_corpus(a, b)
    assert errors.empty
    assert articles["article_id"].tolist() == [f"{tmp_path}/a/x:1", f"{tmp_path}/a/x:2", f"{tmp_path}/b/x:1"]
    single, _ = load_corpus(a)
    assert single["article_id"].tolist() == ["x:1", "x:2"]  # a single file keeps its short ids


@pytest.mark.parametrize(
    ("rows", "encoding"),
    [
        ('id,text\n1,"\u201cWe won,\u201d Bj\u00f6rn said."\n'.encode("cp1252"), "cp1252 (fallback)"),
        (b"id,text\n1,\"Multi\nline\"\n", "utf-8"),
    ],
    ids=["cp1252", "utf-8 multi-line field"],
)
def test_csv_records_are_decoded_one_by_one(tmp_path, rows, encoding):
    articles, errors = load_corpus(_write(tmp_path / "c.csv", rows))
    assert errors.empty and articles.loc[0, "encoding"] == encoding
    assert "\ufffd" not in articles.loc[0, "text"]


def test_a_csv_with_one_cp1252_row_among_utf8_ones(tmp_path):
    data = "id,text\n1,Caf\u00e9 \u2014 she said.\n".encode() + "2,Bj\u00f6rn said.\n".encode("cp1252") \
        + '3,"Z\u00fcrich, he said."\n'.encode()
    articles, errors = load_corpus(_write(tmp_path / "mixed.csv", data))
    assert errors.empty
    assert articles["encoding"].tolist() == ["utf-8", "cp1252 (fallback)", "utf-8"]
    assert articles["text"].tolist() == ["Caf\u00e9 \u2014 she said.", "Bj\u00f6rn said.", "Z\u00fcrich, he said."]
    assert articles["path"].tolist() == [f"{tmp_path}/mixed.csv:{n}" for n in (2, 3, 4)]


def test_a_csv_row_with_too_many_fields(tmp_path):
    articles, errors = load_corpus(_write(tmp_path / "c.csv", b"id,text\n1,Hi,extra\n2,Fine\n3,Trailing,\n"))
    assert articles["article_id"].tolist() == ["2", "3"]
    assert errors["path"].tolist() == [f"{tmp_path}/c.csv:2"] and "3 fields for 2 columns" in errors.loc[0, "error"]


@pytest.mark.parametrize(
    ("metadata", "source", "encoding", "error"),
    [
        ("article_id,source\na,Bj\u00f6rn\u2019s Post\n".encode("cp1252"), "Bj\u00f6rn\u2019s Post",
         "utf-8; metadata.csv cp1252 (fallback)", None),
        (b"", None, "utf-8", "empty file"),
        (b"id,source\na,Daily\n", None, "utf-8", "has no 'article_id' column"),
        (b"article_id,source\n", None, "utf-8", None),
    ],
    ids=["cp1252", "empty", "no article_id column", "header only"],
)
def test_fault_metadata_csv(tmp_path, metadata, source, encoding, error):
    folder = tmp_path / "c"
    _write(folder / "a.txt", GOOD.encode())
    _write(folder / "metadata.csv", metadata)
    articles, errors = load_corpus(folder)
    assert len(articles) == 1 and articles.loc[0, "source"] == source and articles.loc[0, "encoding"] == encoding
    if error is None:
        assert errors.empty
    else:
        assert errors["path"].tolist() == [str(folder / "metadata.csv")]
        assert error in errors.loc[0, "error"] and "loaded without it" in errors.loc[0, "error"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fault_bar_bad_input_run_exits_0_within_60_s_with_every_record_accounted_for(bad_jsonl, tmp_path):
    """Issue 19's bar: a JSONL of bad records plus good ones, a folder with a FIFO and a cp1252 metadata.csv,
    a latin-1 JSONL: exit 0 within 60 s, every record an article or an error, no U+FFFD passed off as utf-8."""
    folder = tmp_path / "folder"
    _write(folder / "a.txt", GOOD.encode())
    _write(folder / "b.txt", "Headline\n\n\u201cWe lost,\u201d Bj\u00f6rn said.".encode("cp1252"))
    os.mkfifo(folder / "fifo.txt")
    _write(folder / "metadata.csv", "article_id,source\na,Bj\u00f6rn\u2019s Post\n".encode("cp1252"))
    latin = _write(tmp_path / "latin.jsonl", '{"id": "l1", "text": "Caf\u00e9, said Ren\u00e9."}\n'.encode("latin-1"))
    out, errors_out, articles_out = tmp_path / "q.jsonl", tmp_path / "errors.jsonl", tmp_path / "a.jsonl"
    started = time.monotonic()
    inputs = [str(bad_jsonl), str(folder), str(latin)]
    done = subprocess.run([sys.executable, "-m", "analysis", "quotes", *inputs, "-o", str(out), "--errors",
                           str(errors_out)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 60
    assert main(["articles", *inputs, "-o", str(articles_out)]) == 0
    articles, errors = pd.read_json(articles_out, lines=True), pd.read_json(errors_out, lines=True)
    records = sum(1 for line in bad_jsonl.read_bytes().splitlines() if line.strip())
    assert len(articles) + len(errors) == records + 3 + 1  # the JSONL's records, the folder's three files, latin
    assert set(errors["path"]) >= {str(folder / "fifo.txt")}
    utf8 = articles[articles["encoding"] == "utf-8"]
    assert not utf8["text"].str.contains("\ufffd").any() and not utf8["source"].fillna("").str.contains("\ufffd").any()
    by_id = articles.set_index("article_id")
    assert by_id.loc["l1", "encoding"] == "cp1252 (fallback)" and by_id.loc["l1", "text"] == "Caf\u00e9, said Ren\u00e9."
    assert by_id.loc["a", "source"] == "Bj\u00f6rn\u2019s Post" and "metadata.csv cp1252" in by_id.loc["a", "encoding"]
    assert by_id.loc["b", "encoding"] == "cp1252 (fallback)"
