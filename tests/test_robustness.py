"""Robustness: arbitrary text never breaks extraction, nothing blows up super-linearly, bad inputs are rows."""

import os
import time

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.cli import main
from analysis.quotes import extract_quotes

QUOTE_MARKS = list("\"'`\u201c\u201d\u2018\u2019\u201e\u201f\u00ab\u00bb\u2039\u203a")
WORDS = ["said", "says", "told", "according to", "he", "she", "Wang", "Li Yonghui", "the spokesman", "that",
         "analysts", "by", "warned", ",", ".", ":", "?", "!", "\n\n", "\n", " ", "—", "(", ")", "Mr.", "U.S."]

texts = st.lists(
    st.one_of(st.sampled_from(QUOTE_MARKS), st.sampled_from(WORDS), st.text(max_size=12)),
    max_size=80,
).map(" ".join)


def _check(text: str) -> pd.DataFrame:
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert quotes["quote_id"].is_unique
    for row in quotes.itertuples():
        assert row.spans, "every attribution has at least one span"
        for start, end in row.spans:
            assert 0 <= start < end <= len(text)
        assert row.start == min(s for s, _ in row.spans) and row.end == max(e for _, e in row.spans)
        assert row.text == " ".join(text[s:e] for s, e in row.spans)
        if row.speaker_start >= 0:
            assert 0 <= row.speaker_start < row.speaker_end <= len(text)
            assert text[row.speaker_start:row.speaker_end] == row.speaker_mention
    return quotes


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_arbitrary_text_never_raises_and_spans_slice_the_text(text):
    first = _check(text)
    second = _check(text)
    pd.testing.assert_frame_equal(first, second)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFFF, blacklist_categories=("Cs",)), max_size=400))
def test_any_unicode(text):
    _check(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        '"' * 7,
        '"Unclosed quote, he said.\n\nAnother paragraph.',
        '"A," he said. "B," she said. "C.',
        "'Single ' quotes ' everywhere ' said ' Xi's",
        "\u201cNested \u2018quotes\u2019 \u201cinside\u201d quotes,\u201d Li said.",
        '"' + "x" * 20000 + '", Wang said.',
        "said " * 2000,
    ],
)
def test_hard_edges(text):
    _check(text)


def test_lone_surrogates_from_json_are_replaced(tmp_path):
    from analysis import load_corpus

    (tmp_path / "c.jsonl").write_text('{"id": "s", "text": "\\ud800 \\"Hi,\\" Ann Lee said."}\n')
    articles, errors = load_corpus(tmp_path / "c.jsonl")
    assert errors.empty and articles.loc[0, "text"].startswith("\ufffd")
    _check(articles.loc[0, "text"])


def _cpu_seconds(text: str) -> float:
    started = time.process_time()
    _check(text)
    return time.process_time() - started


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param('Officials said the talks would resume. "We are ready," Wang said. ', id="single-line-article"),
        pytest.param('"a" \u201c b \u201d ', id="quote-marks"),
    ],
)
def test_time_grows_linearly_with_the_input(unit):
    """Ten times the input costs about ten times the CPU time, not a hundred: a 10 MB single-line article and
    100,000 quote marks against a tenth of each. The bound (30x) is a ratio within one run, so a slow or busy
    machine does not fail it, while quadratic work (100x) does."""
    large = unit * (10_000_000 // len(unit)) if len(unit) > 20 else unit * 50_000
    small = large[: len(large) // 10]
    small_seconds = max(_cpu_seconds(small), 0.02)  # below this, timer resolution and start-up dominate
    assert _cpu_seconds(large) / small_seconds < 30


@pytest.fixture
def bad_corpus(tmp_path):
    root = tmp_path / "bad"
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "latin1.txt").write_bytes(' date 2020-01-02 "Caf\xe9 prices rose," Jean Dupont said.'.encode("latin-1"))
    (root / "cp1252.txt").write_bytes("Headline\n\n\u201cWe won,\u201d Jane Doe said.".encode("cp1252"))
    (root / "bom.txt").write_bytes(b"\xef\xbb\xbf date 2021-05-06 \"Yes,\" he said.")
    (root / "crlf.txt").write_bytes(b' date 2021-05-06 "First," Li said.\r\n\r\nSecond.\r\n')
    (root / "impossible.txt").write_text(' date 2021-13-45 "Odd date," the spokesman said.')
    (root / "script.txt").write_text(' date 2021-01-01 <script>alert("x")</script> "Hi," Ann Lee said.')
    (root / "sub").mkdir()
    (root / "sub" / "loop").symlink_to(root)
    (root / "vanishing.txt").symlink_to(tmp_path / "gone.txt")  # a file that is gone when it is read
    return root


def test_bad_input_corpus_through_the_cli(bad_corpus, tmp_path, capsys):
    out, errors = tmp_path / "q.jsonl", tmp_path / "errors.csv"
    assert main(["quotes", str(bad_corpus), "-o", str(out), "--errors", str(errors)]) == 0
    err = capsys.readouterr().err
    failed = pd.read_csv(errors)
    assert f"{len(failed)} input(s) could not be loaded" in err
    from analysis import load_corpus

    articles, load_errors = load_corpus(bad_corpus)
    inputs = [p for p in bad_corpus.rglob("*.txt")]
    assert len(articles) + len(load_errors) == len([p for p in inputs if "loop" not in p.parts]) + 1  # + the loop
    assert set(failed["path"]) == set(load_errors["path"])
    assert main(["quotes", str(bad_corpus), "-o", str(out), "--strict"]) == 1
    assert main(["quotes", str(tmp_path / "nowhere")]) == 2


def test_file_vanishing_mid_run(tmp_path, monkeypatch):
    from analysis import corpus, sources

    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(' date 2020-01-01 "Hello," Ann Lee said.')
    real = sources.read_text_file

    def vanish(path, article_id, **options):
        if path.name == "b.txt":
            os.unlink(path)
        return real(path, article_id, **options)

    monkeypatch.setattr(sources, "read_text_file", vanish)
    articles, errors = corpus.load_corpus(folder)
    assert list(articles["article_id"]) == ["a"]
    assert errors.iloc[0]["error"].startswith("cannot read file")


def test_html_view_escapes_article_text():
    from analysis.view import article_html

    text = '<script>alert("x")</script> "Hello," Ann Lee said.'
    quotes = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    html = article_html(text, quotes).html
    assert "<script>alert" not in html and "&lt;script&gt;" in html
