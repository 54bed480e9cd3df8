"""Fault tests: worker processes die with their parent, and a rerun on the same corpus and cache completes.

Each test starts a real run in a child process, waits until its two workers exist, kills the parent alone
(``kill -9``, or a SIGTERM to the parent only) and checks that no worker is left 10 seconds later.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.locks import TEMP_MARK

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")

PARAGRAPH = ('"We will not back down on trade, and we expect the same from Beijing," Sen. Jane Doe of Ohio said on '
             'Monday. She told reporters that China had broken its promises. "The talks are over," she added.')


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """300 short articles written for this test, in one JSONL file (a few seconds of work for two workers)."""
    path = tmp_path_factory.mktemp("workers") / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(300):
            text = "\n\n".join(PARAGRAPH.replace("Jane Doe", f"Jane Doe{i % 7}") for _ in range(4))
            handle.write(json.dumps({"id": f"a{i}", "date": "2021-01-01", "text": text}) + "\n")
    return path


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper that never comes counts as dead)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _start(command: list[str]) -> tuple[subprocess.Popen, list[int]]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        workers = _children(process.pid)
        if len(workers) >= 2:
            return process, workers
        if process.poll() is not None:
            pytest.fail(f"the run ended before its workers were seen: {process.stderr.read().decode()[-2000:]}")
        time.sleep(0.02)
    process.kill()
    pytest.fail("the run did not start two workers within 90 s")


def _kill_parent_and_check(process: subprocess.Popen, workers: list[int], sig: int) -> None:
    os.kill(process.pid, sig)
    process.wait(30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.05)
    left = [w for w in workers if _alive(w)]
    for pid in left:  # clean up before failing, so a failure does not leave them running
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers {left} outlived their parent"


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm-parent-only"])
def test_fault_kill_parent_of_quotes_jobs_2_leaves_no_worker(corpus, tmp_path, sig):
    out = tmp_path / "quotes.parquet"
    command = [sys.executable, "-m", "analysis", "quotes", str(corpus), "--jobs", "2", "--batch-size", "10",
               "-o", str(out)]
    process, workers = _start(command)
    _kill_parent_and_check(process, workers, sig)
    # the rerun completes, and removes what the killed run left beside its output
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.exists() and not [p for p in tmp_path.iterdir() if TEMP_MARK in p.name]


def test_fault_kill_parent_of_cached_parallel_run_leaves_no_worker_and_no_lock(corpus, tmp_path):
    cache = tmp_path / "cache"
    script = ("import sys; from analysis import pipeline; "
              "r = pipeline.run(sys.argv[1], jobs=2, cache=sys.argv[2], batch_size=10, progress=False); "
              "print(len(r.quotes))")
    command = [sys.executable, "-c", script, str(corpus), str(cache)]
    process, workers = _start(command)
    _kill_parent_and_check(process, workers, signal.SIGKILL)
    # the key's lock died with its holder: the rerun neither waits forever nor fails
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) > 0
    assert not [p for p in cache.rglob("*") if TEMP_MARK in p.name]  # temporary folders of the killed run: gone


def test_a_worker_whose_parent_is_gone_exits(tmp_path):
    """The watchdog thread alone (no prctl): a grandchild whose parent exits ends within a second."""
    flag = tmp_path / "pid"
    script = f"""
import os, sys, time
from analysis import workers
pid = os.fork()
if pid == 0:
    workers.watch_parent(os.getppid(), interval=0.1)
    open({str(flag)!r}, "w").write(str(os.getpid()))
    time.sleep(60)
    sys.exit(0)
time.sleep(0.5)
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", script], timeout=60, check=True)
    deadline = time.monotonic() + 10
    while not flag.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    child = int(flag.read_text())
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)
