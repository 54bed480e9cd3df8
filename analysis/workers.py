"""Worker processes that die with their parent.

A run with ``jobs=N`` forks N workers. When the parent dies without shutting them down (``kill -9``, a
SIGTERM to the parent alone, an out-of-memory kill), the workers must not live on: they would keep computing
for no one, hold memory, and (before :func:`analysis.locks.close_inherited`) the cache's lock. Two mechanisms,
both set up by :func:`die_with_parent` as the pool's initializer:

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker the moment its parent exits;
* everywhere, a watchdog thread that polls the parent's pid and exits the worker when it changes (the worker
  was re-parented): the fallback where ``prctl`` is missing (macOS) or refused, within
  :data:`WATCH_INTERVAL` seconds.

A worker also closes the lock descriptors it inherited, so that no lock outlives the process that took it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading

from analysis.locks import close_inherited

PR_SET_PDEATHSIG = 1
"""``prctl`` option: the signal the kernel sends a process when its parent dies (linux/prctl.h)."""

WATCH_INTERVAL = 0.5
"""Seconds between two checks of the parent's pid by the watchdog thread."""


def kill_on_parent_death() -> bool:
    """Ask the kernel to SIGKILL this process when its parent exits (Linux only); return whether it was set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def watch_parent(parent: int, *, interval: float = WATCH_INTERVAL) -> threading.Thread:
    """Start a daemon thread that ends this process (``os._exit``) once ``parent`` is no longer its parent."""

    def watch() -> None:
        event = threading.Event()
        while not event.wait(interval):
            if os.getppid() != parent:
                os._exit(1)

    thread = threading.Thread(target=watch, name="analysis-parent-watchdog", daemon=True)
    thread.start()
    return thread


def die_with_parent(parent: int | None = None) -> None:
    """Make this (worker) process die with its parent and drop the parent's locks; see the module docstring.

    Args:
        parent: the parent's pid, taken by the parent before it started the worker. When the parent died
            before the worker got here, the worker exits at once. ``None`` takes the current parent.
    """
    close_inherited()
    expected = os.getppid() if parent is None else parent
    kill_on_parent_death()
    if os.getppid() != expected:  # the parent died before prctl took effect
        os._exit(1)
    watch_parent(expected)
