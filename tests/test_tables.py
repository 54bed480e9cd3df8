"""Fault tests: output paths are safe (never an input, never a device replaced, a symlink written through, a folder
refused with exit 2), temporary files never pile up, and CSV cells cannot run as spreadsheet formulas."""

from __future__ import annotations

import os
import stat

import pandas as pd
import pytest

from analysis.cli import EXIT_USAGE, main
from analysis.locks import TEMP_MARK
from analysis.tables import (
    OutputError,
    TableWriter,
    escape_formulas,
    output_target,
    write_table,
)

GOOD = ' date 2021-03-04 "We will win," Jane Doe said.'


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    return folder


def _temps(folder):
    return [p for p in folder.iterdir() if TEMP_MARK in p.name]


@pytest.mark.parametrize("command", ["articles", "quotes"])
def test_fault_output_onto_an_input_is_refused(corpus, tmp_path, capsys, command):
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text('{"id": "x", "text": "Hi, she said."}\n')
    before = jsonl.read_bytes()
    assert main([command, str(jsonl), "-o", str(jsonl)]) == EXIT_USAGE
    assert "is an input of this run" in capsys.readouterr().err and jsonl.read_bytes() == before
    assert main([command, str(corpus), "-o", str(corpus / "a.txt")]) == EXIT_USAGE
    assert main([command, str(corpus), "-o", str(corpus / "out.jsonl")]) == EXIT_USAGE  # inside an input folder
    assert "inside the input folder" in capsys.readouterr().err
    link = tmp_path / "link.jsonl"
    link.symlink_to(jsonl)
    assert main([command, str(jsonl), "-o", str(link)]) == EXIT_USAGE  # a symlink to an input
    assert jsonl.read_bytes() == before and sorted(p.name for p in corpus.iterdir()) == ["a.txt"]


def test_fault_errors_and_output_naming_one_file_are_refused(corpus, tmp_path, capsys):
    out = tmp_path / "same.jsonl"
    assert main(["quotes", str(corpus), "-o", str(out), "--errors", str(out)]) == EXIT_USAGE
    assert "--errors and -o name the same file" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize("command", ["articles", "quotes"])
def test_fault_output_onto_a_folder_exits_2_with_a_clear_message(corpus, tmp_path, capsys, command):
    folder = tmp_path / "existing"
    folder.mkdir()
    assert main([command, str(corpus), "-o", str(folder)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "is a folder: give a file name" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(corpus, tmp_path):
    target, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    target.write_text("old\n")
    link.symlink_to(target)
    assert main(["quotes", str(corpus), "-o", str(link)]) == 0
    assert link.is_symlink() and "Jane Doe" in target.read_text()
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "made" / "new.csv")
    assert main(["articles", str(corpus), "-o", str(dangling)]) == 0
    assert dangling.is_symlink() and (tmp_path / "made" / "new.csv").exists()


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
@pytest.mark.parametrize(("command", "suffix"), [("articles", "jsonl"), ("quotes", "csv"), ("quotes", "parquet")])
def test_fault_a_device_is_written_into_never_replaced(corpus, command, suffix):
    before = os.stat("/dev/null")
    assert main([command, str(corpus), "-o", "/dev/null", "--format", suffix]) == 0
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_fault_a_full_device_is_an_error_exit_not_a_replaced_device(corpus, capsys):
    before = os.stat("/dev/full")
    assert main(["quotes", str(corpus), "-o", "/dev/full"]) == EXIT_USAGE
    assert "No space left on device" in capsys.readouterr().err
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_output_is_streamed_into(corpus, tmp_path):
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(open(fifo, encoding="utf-8").read()))
    reader.start()
    assert main(["quotes", str(corpus), "-o", str(fifo), "--format", "jsonl"]) == 0
    reader.join(30)
    assert "Jane Doe" in received[0] and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_fault_temporary_outputs_of_a_killed_run_are_removed_by_the_next(corpus, tmp_path):
    out = tmp_path / "quotes.parquet"
    dead = 2**22 + 12345  # beyond the default pid range: no such process
    leftovers = [tmp_path / f".quotes.parquet{TEMP_MARK}{dead}-abcd", tmp_path / f".quotes.parquet{TEMP_MARK}{dead}-x.tmp"]
    leftovers[0].mkdir()
    (leftovers[0] / "part-00000.parquet").write_bytes(b"partial")
    leftovers[1].write_bytes(b"partial")
    other = tmp_path / f".other.jsonl{TEMP_MARK}{dead}-ffff"  # another target's: not ours to judge here
    other.mkdir()
    for _ in range(3):
        assert main(["quotes", str(corpus), "-o", str(out)]) == 0
    assert _temps(tmp_path) == [other] and out.exists()


def test_a_live_writers_temporary_output_is_left_alone(tmp_path):
    out = tmp_path / "t.jsonl"
    with TableWriter(out) as first:
        first.write(pd.DataFrame({"a": [1]}))
        with TableWriter(out) as second:  # a second writer while the first is writing
            second.write(pd.DataFrame({"a": [2]}))
            assert len(_temps(tmp_path)) == 2
    assert pd.read_json(out, lines=True)["a"].tolist() == [1] and _temps(tmp_path) == []


def test_an_existing_dataset_folder_is_replaced_but_not_another_folder(tmp_path):
    dataset = tmp_path / "dataset"
    dataset.mkdir()
    (dataset / "part-00000.parquet").write_bytes(b"old")
    assert output_target(dataset, dataset=True).path == dataset.resolve()
    (dataset / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="other files than a dataset"):
        output_target(dataset, dataset=True)


def test_block_devices_and_sockets_are_refused(tmp_path):
    import socket

    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
    except OSError:
        pytest.skip("no UNIX sockets here")
    with server, pytest.raises(OutputError, match="not a regular file"):
        output_target(path)


FORMULAS = [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1+1", "'+1+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tTAB", "'\tTAB"),
    ("plain text", "plain text"),
    ("a = b", "a = b"),
]


@pytest.mark.parametrize(("cell", "escaped"), FORMULAS, ids=[f[1][:6] for f in FORMULAS])
def test_csv_cells_that_would_run_as_formulas_are_escaped_by_default(tmp_path, cell, escaped):
    frame = pd.DataFrame({"text": [cell], "score": [-0.5], "n": [-3]})
    path = tmp_path / "t.csv"
    write_table(frame, path)
    back = pd.read_csv(path, keep_default_na=False)
    assert back.loc[0, "text"] == escaped.replace("\r", "\n")
    assert back.loc[0, "score"] == -0.5 and back.loc[0, "n"] == -3  # numbers are never changed
    write_table(frame, path, csv_formulas="keep")
    assert pd.read_csv(path, keep_default_na=False).loc[0, "text"] == cell


def test_formula_policy_through_the_cli_and_the_input_is_not_modified(tmp_path, capsys):
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text('{"id": "=1+1", "source": "@outlet", "text": "Hi, she said."}\n')
    out = tmp_path / "a.csv"
    assert main(["articles", str(jsonl), "-o", str(out)]) == 0
    row = pd.read_csv(out).iloc[0]
    assert row["article_id"] == "'=1+1" and row["source"] == "'@outlet"
    assert main(["articles", str(jsonl), "-o", str(out), "--csv-formulas", "keep"]) == 0
    assert pd.read_csv(out).iloc[0]["article_id"] == "=1+1"
    frame = pd.DataFrame({"x": ["=1", "ok"], "y": [1.5, -2.0]})
    escaped = escape_formulas(frame)
    assert escaped["x"].tolist() == ["'=1", "ok"] and escaped["y"].tolist() == [1.5, -2.0]
    assert frame["x"].tolist() == ["=1", "ok"]  # the input frame is not modified


def test_mixed_type_columns_are_written_to_parquet_as_text(tmp_path):
    frame = pd.DataFrame({"a": [1, "two", {"x": 1}, None]})
    path = tmp_path / "m.parquet"
    write_table(frame, path)
    back = pd.read_parquet(path)["a"]
    assert back[:3].tolist() == ["1", "two", '{"x": 1}'] and pd.isna(back[3])
