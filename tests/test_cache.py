"""The run cache: results kept per article (a corpus that grows computes only what is new, with tables identical
to a cold run), and the cache as an optimisation only (fault tests: full disk, read-only cache, a cache that
cannot be created, corrupt entries, killed writers)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import warnings

import pandas as pd
import pytest

from analysis import cache as cache_module
from analysis import pipeline
from analysis.cache import CacheWarning, RunCache
from analysis.locks import TEMP_MARK

TABLES = ("articles", "errors", "sentences", "quotes", "speakers", "stance")
EXTRA = {
    "zz_new.txt": ' date 2021-06-01 "We will not back down," Sen. Jane Doe said.\n\nShe said China was wrong.',
    "zz_other.txt": 'Headline\n\n"Russia is ready to talk," the Kremlin spokesman told reporters on Friday.',
}


@pytest.fixture
def corpus(tmp_path, sample_corpus):
    folder = tmp_path / "corpus"
    shutil.copytree(sample_corpus, folder)
    return folder


@pytest.fixture
def computed(monkeypatch):
    """The article ids each process_batch call computed, in this process."""
    calls: list[list[str]] = []
    real = pipeline.process_batch

    def spy(articles, **options):
        calls.append(articles["article_id"].tolist())
        return real(articles, **options)

    monkeypatch.setattr(pipeline, "process_batch", spy)
    return calls


def cold(corpus, **options):
    return pipeline.run(corpus, tables=TABLES, progress=False, **options)


def cached(corpus, cache, **options):
    return pipeline.run(corpus, tables=TABLES, progress=False, cache=cache, **options)


def assert_identical(expected, got):
    for name in TABLES:
        pd.testing.assert_frame_equal(expected[name], got[name], obj=name)
    assert expected.quotes["quote_id"].tolist() == got.quotes["quote_id"].tolist()


def _no_temps(root):
    return not [p for p in root.rglob("*") if TEMP_MARK in p.name]


def test_a_grown_corpus_computes_only_the_new_articles_with_tables_identical_to_a_cold_run(corpus, tmp_path, computed):
    cache = tmp_path / "cache"
    cached(corpus, cache, batch_size=5)
    computed.clear()
    for name, text in EXTRA.items():
        (corpus / name).write_text(text)
    grown = cached(corpus, cache, batch_size=5)
    assert sorted(a for call in computed for a in call) == ["zz_new", "zz_other"]
    assert_identical(cold(corpus, batch_size=5), grown)
    assert "Jane Doe" in set(grown.speakers["speaker"])  # the corpus-level table counts the new quotes
    computed.clear()
    again = cached(corpus, cache, batch_size=5)
    assert computed == [] and _no_temps(cache)  # an unchanged corpus: the whole run read back
    assert_identical(grown, again)


def test_a_changed_article_is_computed_again_and_a_removed_one_is_gone(corpus, tmp_path, computed):
    cache = tmp_path / "cache"
    cached(corpus, cache)
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(first.read_text().replace(" said", " told reporters", 1))
    removed = sorted(corpus.glob("*.txt"))[1]
    removed.unlink()
    computed.clear()
    result = cached(corpus, cache)
    assert [a for call in computed for a in call] == [first.stem]
    assert removed.stem not in set(result.articles["article_id"]) | set(result.quotes["article_id"])
    assert_identical(cold(corpus), result)


def test_new_articles_in_the_middle_of_a_jsonl_and_records_that_moved(tmp_path, computed):
    import json

    lines = [json.dumps({"id": f"a{i}", "text": f'"Point {i}," Jane Doe{i} said.'}) for i in range(12)]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines[:8]) + "\n")
    cache = tmp_path / "cache"
    cached(path, cache, batch_size=3)
    path.write_text("\n".join(lines[8:10] + lines[:4] + lines[10:] + lines[4:8]) + "\n")  # new ones first
    computed.clear()
    result = cached(path, cache, batch_size=3)
    assert sorted(a for call in computed for a in call) == ["a10", "a11", "a8", "a9"]
    assert_identical(cold(path, batch_size=3), result)
    assert result.articles["path"].tolist()[:2] == [f"{path}:1", f"{path}:2"]  # paths of this run, not the first


@pytest.mark.parametrize("jobs", [1, 2])
def test_cached_runs_equal_cold_ones_serial_and_parallel(corpus, tmp_path, jobs):
    cache = tmp_path / "cache"
    (corpus / "zz_new.txt").write_text(EXTRA["zz_new.txt"])
    cached(corpus, cache, batch_size=4, jobs=jobs)
    (corpus / "zz_other.txt").write_text(EXTRA["zz_other.txt"])
    assert_identical(cold(corpus, batch_size=4), cached(corpus, cache, batch_size=4, jobs=jobs))


def test_error_rows_of_several_batches_are_identical_too(corpus, tmp_path):
    (corpus / "aa_empty.txt").write_bytes(b"")  # an error with an article id, in the first batch
    (corpus / "zz").mkdir()
    (corpus / "zz" / "loop").symlink_to(corpus)  # an error without one, in the last batch
    cache = tmp_path / "cache"
    first = cached(corpus, cache, batch_size=3)
    assert len(first.errors) == 2
    (corpus / "zz_new.txt").write_text(EXTRA["zz_new.txt"])
    assert_identical(cold(corpus, batch_size=3), cached(corpus, cache, batch_size=3))


def test_a_stance_method_change_recomputes_only_what_depends_on_it(corpus, tmp_path):
    cache = tmp_path / "cache"
    default = cached(corpus, cache)
    vader = cached(corpus, cache, stance_method="vader")
    assert set(vader.stance["method"]) == {"vader"} and set(default.stance["method"]) != {"vader"}
    assert_identical(cold(corpus, stance_method="vader"), vader)


def test_many_runs_compact_the_store(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_SEGMENTS", 2)
    cache = tmp_path / "cache"
    files = sorted(corpus.glob("*.txt"))
    for i in range(4):  # each run adds a changed article: one more segment each time
        files[i].write_text(files[i].read_text() + f"\n\nAnalysts said round {i} was over.")
        result = cached(corpus, cache)
    segments = list((cache / "articles").glob("*/seg-*"))
    assert len(segments) <= 3
    assert_identical(cold(corpus), result)
    assert_identical(result, cached(corpus, cache))


# ---------------------------------------------------------------------------------------------------------------
# the cache as an optimisation only


def test_fault_a_cache_path_that_cannot_be_created_warns_and_returns_the_tables(corpus, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.warns(CacheWarning, match="cannot create the cache folder"):
        result = cached(corpus, blocker / "cache")
    assert_identical(cold(corpus), result)


def _mount_tmpfs(path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    return done.returncode == 0


def _umount(path):
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def full_disk(tmp_path, monkeypatch):
    """A cache folder on a disk that fills up: a 96 KiB tmpfs where one can be mounted (root), else a simulated
    ENOSPC from the second file the cache writes on."""
    folder = tmp_path / "small-disk"
    if _mount_tmpfs(folder, "96k"):
        yield folder / "cache", "tmpfs"
        _umount(folder)
        return
    writes = {"n": 0}
    real = cache_module.write_arrow

    def fill_up(table, path):
        writes["n"] += 1
        if writes["n"] > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(table, path)

    monkeypatch.setattr(cache_module, "write_arrow", fill_up)
    yield folder / "cache", "simulated"


def test_fault_full_disk_keeps_the_tables_and_leaves_no_partial_entry(corpus, full_disk):
    cache, how = full_disk
    with pytest.warns(CacheWarning, match="results are returned but not cached"):
        result = cached(corpus, cache)
    assert_identical(cold(corpus), result)
    assert _no_temps(cache), f"temporary folders left on the full disk ({how})"
    for segment in (cache / "articles").glob("*/seg-*"):  # whatever was written is complete
        assert (segment / "manifest.json").exists()
    assert not list((cache / "runs").glob("*/"))  # no whole-run entry pointing at rows that are not there


@pytest.fixture
def read_only(tmp_path):
    """A filled cache made read-only: a read-only remount of a tmpfs where one can be mounted (root: file modes
    do not stop root), else file modes (a normal user)."""
    folder = tmp_path / "ro"
    if _mount_tmpfs(folder, "64m"):
        def freeze():
            assert subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True).returncode == 0
        yield folder / "cache", freeze
        _umount(folder)
        return
    if os.geteuid() == 0:
        pytest.skip("as root without mount, nothing makes a folder read-only")

    def chmod():
        for path in [folder, *folder.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)

    yield folder / "cache", chmod
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)


def test_fault_read_only_cache_still_reads_complete_entries(corpus, read_only, computed):
    cache, freeze = read_only
    first = cached(corpus, cache)
    freeze()
    computed.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # reading needs no write: not even a warning
        again = cached(corpus, cache)
    assert computed == []
    assert_identical(first, again)
    (corpus / "zz_new.txt").write_text(EXTRA["zz_new.txt"])
    computed.clear()
    with pytest.warns(CacheWarning):
        grown = cached(corpus, cache)
    assert [a for call in computed for a in call] == ["zz_new"]  # the others read from the read-only cache
    assert_identical(cold(corpus), grown)


def test_fault_corrupt_entries_are_recomputed_with_a_warning(corpus, tmp_path):
    cache = tmp_path / "cache"
    first = cached(corpus, cache)
    for path in (cache / "articles").rglob("quotes.arrow"):
        path.write_bytes(b"garbage")
    with pytest.warns(CacheWarning, match="unreadable"):
        again = cached(corpus, cache)
    assert_identical(first, again)
    for path in (cache / "runs").rglob("manifest.json"):
        path.write_text("{not json")
    with pytest.warns(CacheWarning, match="unreadable"):
        assert_identical(first, cached(corpus, cache))


def test_fault_temporary_folders_of_killed_runs_are_removed(corpus, tmp_path):
    cache = tmp_path / "cache"
    cached(corpus, cache)
    dead = 2**22 + 4321
    store = next((cache / "articles").iterdir())
    leftovers = [cache / "runs" / f"abc{TEMP_MARK}{dead}-1a2b", store / f"seg-x{TEMP_MARK}{dead}-3c4d"]
    for folder in leftovers:
        folder.mkdir()
        (folder / "quotes.arrow").write_bytes(b"partial")
    (corpus / "zz_new.txt").write_text(EXTRA["zz_new.txt"])
    cached(corpus, cache)
    assert not any(folder.exists() for folder in leftovers) and _no_temps(cache)


def test_the_lock_of_a_dead_holder_is_free(tmp_path):
    import multiprocessing

    from analysis.locks import hold

    lock = tmp_path / "key.lock"
    context = multiprocessing.get_context("fork")
    child = context.Process(target=lambda: (hold(lock).__enter__(), os._exit(0)))  # takes it, dies holding it
    child.start()
    child.join(30)
    with hold(lock, blocking=False) as taken:
        assert taken


def test_run_cache_without_anything_to_cache(corpus, tmp_path):
    runs = RunCache(tmp_path / "cache")
    assert runs.usable and runs.writable
    only_articles = pipeline.run(corpus, tables=(), cache=tmp_path / "cache")
    again = pipeline.run(corpus, tables=(), cache=tmp_path / "cache")
    pd.testing.assert_frame_equal(only_articles.articles, again.articles)
