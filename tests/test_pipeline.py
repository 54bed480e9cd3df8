"""Batch runs: serial, N processes and a Dask cluster give identical tables; results are cached by content."""

import pandas as pd
import pytest

from analysis import load_corpus, pipeline
from analysis.cli import main
from analysis.tables import TableWriter


@pytest.fixture(scope="module")
def serial(sample_corpus):
    return pipeline.run(sample_corpus, tables=("quotes", "stance"), batch_size=5)


def test_tables_and_batches(serial, sample_corpus):
    assert len(serial.articles) == 12 and serial.errors.empty
    assert serial.quotes["quote_id"].is_unique and len(serial.quotes) > 50
    one_batch = pipeline.run(sample_corpus, tables=("quotes", "stance"), batch_size=1000)
    pd.testing.assert_frame_equal(serial.quotes, one_batch.quotes)
    pd.testing.assert_frame_equal(serial.stance, one_batch.stance)
    with pytest.raises(KeyError, match="not computed"):
        serial["sentences"]
    with pytest.raises(ValueError, match="unknown table"):
        pipeline.run(sample_corpus, tables=("nothing",))


def test_jobs_give_identical_output(serial, sample_corpus):
    parallel = pipeline.run(sample_corpus, tables=("quotes", "stance"), batch_size=3, jobs=2)
    pd.testing.assert_frame_equal(serial.quotes, parallel.quotes)
    pd.testing.assert_frame_equal(serial.stance, parallel.stance)


def test_dask_local_cluster_gives_identical_output(serial, sample_corpus, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            result = pipeline.run(sample_corpus, tables=("quotes", "stance"), batch_size=4, client=client)
        out = tmp_path / "quotes_dataset"
        code = main(["quotes", str(sample_corpus), "--scheduler", cluster.scheduler_address,
                     "--batch-size", "4", "-o", str(out), "--format", "parquet"])
    pd.testing.assert_frame_equal(serial.quotes, result.quotes)
    pd.testing.assert_frame_equal(serial.stance, result.stance)
    assert code == 0 and out.is_dir() and len(list(out.glob("part-*.parquet"))) == 3
    dataset = pd.read_parquet(out)
    assert dataset["quote_id"].tolist() == serial.quotes["quote_id"].tolist()


def test_cache_is_keyed_by_content_and_parameters(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(' date 2020-01-01 "We will win," Jane Doe said.')
    cache = tmp_path / "cache"
    runs = lambda: [p for p in (cache / "runs").iterdir() if p.is_dir()]  # noqa: E731
    first = pipeline.run(corpus, tables=("quotes",), cache=cache)
    assert len(runs()) == 1
    again = pipeline.run(corpus, tables=("quotes",), cache=cache)
    pd.testing.assert_frame_equal(first.quotes, again.quotes)
    (corpus / "a.txt").write_text(' date 2020-01-01 "We will lose," John Roe said.')
    changed = pipeline.run(corpus, tables=("quotes",), cache=cache)
    assert changed.quotes["text"].tolist() != first.quotes["text"].tolist()
    pipeline.run(corpus, tables=("quotes",), cache=cache, stance_method="vader")
    assert len(runs()) == 3


def test_a_second_run_with_the_same_key_waits_and_reads_the_first_ones_tables(tmp_path, monkeypatch):
    import multiprocessing
    import time

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text('"We will win," Jane Doe said.')
    cache = tmp_path / "cache"
    expected = pipeline.run(corpus, tables=("quotes",)).tables
    context = multiprocessing.get_context("fork")
    holding = context.Event()

    def first_run():  # holds the key's lock for a while, then fills the cache (what run does inside the lock)
        from analysis.cache import RunCache

        wanted, options = ("articles", "errors", "quotes"), pipeline.Options()
        runs = RunCache(cache)
        key = runs.key([corpus], wanted, options.key())
        with runs.locked(key):
            holding.set()
            time.sleep(1.0)
            tables, order = pipeline._compute([corpus], wanted, jobs=1, client=None, batch_size=200, options=options,
                                              progress=False, store=runs.store())
            runs.write(key, tables, *order, stored=("errors",))

    first = context.Process(target=first_run)
    first.start()
    assert holding.wait(30)
    monkeypatch.setattr(pipeline, "_compute", lambda *a, **k: pytest.fail("computed again"))
    started = time.perf_counter()
    second = pipeline.run(corpus, tables=("quotes",), cache=cache)
    waited = time.perf_counter() - started
    first.join(30)
    assert first.exitcode == 0 and waited > 0.3
    pd.testing.assert_frame_equal(second.quotes, expected["quotes"])


def test_table_writer_is_atomic(tmp_path):
    target = tmp_path / "out.parquet"
    with pytest.raises(RuntimeError):
        with TableWriter(target) as writer:
            writer.write(pd.DataFrame({"a": [1, 2]}))
            raise RuntimeError("interrupted")
    assert not target.exists() and list(tmp_path.iterdir()) == []
    with TableWriter(target) as writer:
        writer.write(pd.DataFrame({"a": [1], "b": [None]}))
        writer.write(pd.DataFrame({"a": [2], "b": ["x"]}))
    merged = pd.read_parquet(target)
    assert merged["a"].tolist() == [1, 2]
    assert pd.isna(merged["b"].iloc[0]) and merged["b"].iloc[1] == "x"


def test_cli_streams_identical_to_library(serial, sample_corpus, tmp_path):
    out = tmp_path / "quotes.jsonl"
    assert main(["quotes", str(sample_corpus), "-o", str(out), "--jobs", "2", "--batch-size", "2"]) == 0
    rows = pd.read_json(out, lines=True)
    assert rows["quote_id"].tolist() == serial.quotes["quote_id"].tolist()
    stance_out = tmp_path / "stance.csv"
    assert main(["stance", str(sample_corpus), "-o", str(stance_out)]) == 0
    assert set(pd.read_csv(stance_out)["quote_id"]) <= set(serial.quotes["quote_id"])


def test_collecting_less_restores_the_garbage_collector_even_after_an_error():
    import gc

    before = gc.get_threshold()
    with pipeline.collecting_less(12_345):
        assert gc.get_threshold() == (12_345, *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), pipeline.collecting_less():
        assert gc.get_threshold()[0] == pipeline.GC_THRESHOLD
        raise RuntimeError("a failing batch")
    assert gc.get_threshold() == before


def test_a_run_leaves_the_garbage_collector_as_it_found_it(sample_corpus):
    import gc

    before = gc.get_threshold()
    pipeline.run(sample_corpus, tables=("quotes", "speakers"), progress=False)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_batch_pauses_the_collector_and_switches_it_back_on_after_it_even_after_an_error():
    import gc

    assert gc.isenabled()
    with pipeline.collector_paused():
        assert not gc.isenabled()
        with pipeline.collector_paused():  # nested (or a concurrent thread's): the pause lasts to the last end
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), pipeline.collector_paused():
        raise RuntimeError("a failing batch")
    assert gc.isenabled()
    articles = pd.DataFrame({"article_id": ["a"], "text": ['"We will not back down," Jane Doe said.']})
    assert len(pipeline.process_batch(articles, tables=("quotes",))["quotes"]) == 1
    assert gc.isenabled()
    gc.disable()  # a forked worker's collector stays off
    try:
        pipeline.process_batch(articles, tables=("quotes",))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_kept_batches_are_out_of_the_collectors_sight_until_the_block_ends():
    import gc

    assert gc.get_freeze_count() == 0
    with pipeline.collecting_less() as keep:
        kept = [[i] for i in range(1000)]
        keep()
        assert gc.get_freeze_count() >= 1000
    assert gc.get_freeze_count() == 0 and kept
    gc.freeze()  # a process that froze objects itself: the block leaves its frozen objects alone
    try:
        frozen = gc.get_freeze_count()
        with pipeline.collecting_less() as keep:
            _more = [[i] for i in range(1000)]
            keep()
            assert gc.get_freeze_count() <= frozen  # nothing more frozen (some frozen objects may be freed)
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("cache", [False, True])
def test_run_reads_the_fields_load_corpus_is_told(tmp_path, cache):
    """A CSV whose columns are named otherwise: run() takes load_corpus's field options and gives its articles."""
    path = tmp_path / "corpus.csv"
    pd.DataFrame({"uid": ["a1", "a2"], "published": ["2021-03-04", "2021-05-06"], "outlet": ["Post", "Ledger"],
                  "headline": ["One", "Two"],
                  "body": ['"We are ready," Wang Yi said.', "Officials said the talks would resume."]}
                 ).to_csv(path, index=False)
    options = dict(id_field="uid", date_field="published", title_field="headline", text_field="body",
                   source_field="outlet")
    articles, errors = load_corpus(path, **options)
    result = pipeline.run(path, tables=("quotes",), cache=tmp_path / "cache" if cache else False, **options)
    assert errors.empty and result.errors.empty
    pd.testing.assert_frame_equal(result.articles.reset_index(drop=True), articles.reset_index(drop=True))
    assert list(result.articles.source) == ["Post", "Ledger"] and result.quotes.speaker.tolist()[0] == "Wang Yi"
    assert pipeline.run(path, tables=("quotes",)).articles.empty  # the default field names find no text
