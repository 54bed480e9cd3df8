"""The command line: tables on stdout or in files, errors on stderr, documented exit codes."""

import json

import pandas as pd

from analysis.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, main


def test_articles_to_stdout_as_jsonl(capsys, sample_corpus):
    assert main(["articles", str(sample_corpus)]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 12 and rows[0]["article_id"].startswith("001_")


def test_sentences_to_parquet_and_errors(tmp_path, capsys, sample_corpus):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(" date 2020-01-01 One sentence. Two sentences.")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out, errors = tmp_path / "s.parquet", tmp_path / "errors.csv"
    code = main(["sentences", str(tmp_path / "in"), "-o", str(out), "--errors", str(errors)])
    assert code == EXIT_OK
    assert len(pd.read_parquet(out)) == 2
    assert pd.read_csv(errors)["path"].str.endswith("empty.txt").all()
    assert "1 input(s) could not be loaded" in capsys.readouterr().err
    assert main(["sentences", str(tmp_path / "in"), "-o", str(out), "--strict"]) == EXIT_INPUT_ERRORS


def test_usage_errors(tmp_path, capsys):
    assert main(["articles", str(tmp_path / "missing")]) == EXIT_USAGE
    assert "no such input" in capsys.readouterr().err
    assert main(["articles", str(tmp_path), "--format", "parquet"]) == EXIT_USAGE


def test_headlines_of_titled_articles(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Blair says election will be tough\n\nTony Blair told the BBC he was confident.\n")
    (folder / "b.txt").write_text("Storm hits coast\n\nA storm hit the coast on Monday.\n")
    assert main(["headlines", str(folder)]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(row["article_id"], row["speaker"], row["text"]) for row in rows] == [
        ("a", "Tony Blair", "election will be tough")]
