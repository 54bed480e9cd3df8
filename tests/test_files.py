"""Fault tests: only regular files are read (a FIFO never hangs, /dev/zero is never read), within a size limit a
user can raise; bytes that are not UTF-8 are decoded with a recorded fallback."""

from __future__ import annotations

import contextlib
import os
import signal
import sys

import pandas as pd
import pytest

from analysis import load_corpus, pipeline
from analysis.cli import main
from analysis.files import InputError, decode_text, display, read_regular

POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
GOOD = ' date 2021-03-04 "We will win," Jane Doe said.'


@contextlib.contextmanager
def deadline(seconds: float):
    """Fail the test (instead of hanging the suite) when the block takes longer than ``seconds``."""

    def expired(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: a blocking read?")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def folder_with_a_fifo(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    os.mkfifo(folder / "pipe.txt")  # nobody ever writes to it
    return folder


@POSIX
def test_fault_fifo_in_a_folder_is_an_error_row_not_a_hang(folder_with_a_fifo):
    with deadline(30):
        articles, errors = load_corpus(folder_with_a_fifo)
    assert articles["article_id"].tolist() == ["good"]
    assert errors["article_id"].tolist() == ["pipe"]
    assert errors.loc[0, "error"].startswith("not a regular file (a FIFO")


@POSIX
def test_fault_fifo_through_the_cli_and_a_cached_run(folder_with_a_fifo, tmp_path, capsys):
    with deadline(60):
        assert main(["quotes", str(folder_with_a_fifo), "-o", str(tmp_path / "q.jsonl")]) == 0
        assert main(["articles", str(folder_with_a_fifo / "pipe.txt")]) == 0  # given directly: an error too
        result = pipeline.run(folder_with_a_fifo, tables=("quotes",), cache=tmp_path / "cache", progress=False)
    assert "FIFO" in capsys.readouterr().err
    assert len(result.articles) == 1 and len(result.errors) == 1 and len(result.quotes) == 1


@POSIX
@pytest.mark.parametrize("name", ["zero.txt", "zero.jsonl", "zero.csv"])
def test_fault_symlink_to_dev_zero_is_not_read(tmp_path, name):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    os.symlink("/dev/zero", tmp_path / name)
    with deadline(30):
        articles, errors = load_corpus(tmp_path / name)
    assert articles.empty and errors.loc[0, "error"] == "not a regular file (a character device): not read"


def test_fault_size_limit_refuses_and_can_be_raised(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(GOOD + " More words." * 200)
    articles, errors = load_corpus(big, max_bytes=1000)
    assert articles.empty and "over the 1,000 bytes size limit" in errors.loc[0, "error"]
    assert "--max-mb" in errors.loc[0, "error"]
    articles, errors = load_corpus(big, max_bytes=10_000)
    assert len(articles) == 1 and errors.empty


def test_fault_size_limit_on_one_json_line_keeps_the_others(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = ['{"id": "a", "text": "Short, she said."}', '{"id": "b", "text": "' + "x" * 5000 + '"}',
             '{"id": "c", "text": "Also short."}']
    path.write_text("\n".join(lines) + "\n")
    articles, errors = load_corpus(path, max_bytes=1000)
    assert articles["article_id"].tolist() == ["a", "c"]
    assert errors["path"].tolist() == [f"{path}:2"] and "line not read" in errors.loc[0, "error"]


def test_cli_max_mb(tmp_path, capsys):
    big = tmp_path / "big.txt"
    big.write_text(GOOD + " More words." * 200_000)  # 2.4 MB
    assert main(["articles", str(big), "--max-mb", "1"]) == 0
    assert "size limit" in capsys.readouterr().err
    assert main(["articles", str(big), "--max-mb", "3"]) == 0
    assert '"article_id": "big"' in capsys.readouterr().out
    assert main(["articles", str(big), "--max-mb", "0"]) == 2


def test_read_regular_refuses_a_folder(tmp_path):
    with pytest.raises(InputError, match="a folder"):
        read_regular(tmp_path)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"Caf\xc3\xa9", "Café", "utf-8"),
        (b"\xef\xbb\xbfCaf\xc3\xa9", "Café", "utf-8-sig"),
        ("Bj\u00f6rn \u201cquoted\u201d".encode("cp1252"), "Björn “quoted”", "cp1252 (fallback)"),
        (b"Bj\xf6rn \x81", "Björn \x81", "latin-1 (fallback)"),  # 0x81 is undefined in cp1252
        ("\ufeffHi".encode("utf-16"), "\ufeffHi", "utf-16"),
    ],
)
def test_decode_text_names_every_fallback(data, text, encoding):
    assert decode_text(data) == (text, encoding)
    assert "\ufffd" not in decode_text(data)[0]


@pytest.mark.parametrize(
    ("name", "shown"),
    [("plain", "plain"), ("caf\udce9", "caf\\xe9"), ("lone \ud800", "lone \ufffd")],
)
def test_display_makes_any_name_writable(name, shown):
    assert display(name) == shown
    display(name).encode("utf-8")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_fault_non_utf8_file_name_in_a_folder(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    try:
        with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w") as handle:
            handle.write(GOOD.replace("Jane Doe", "John Roe"))
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    articles, errors = load_corpus(folder)
    assert errors.empty
    assert sorted(articles["article_id"]) == ["caf\\xe9", "good"]
    out = tmp_path / "a.parquet"
    assert main(["quotes", str(folder), "-o", str(out)]) == 0
    assert set(pd.read_parquet(out)["article_id"]) == {"caf\\xe9", "good"}
