"""Locks a dead holder cannot keep, and temporary paths that the next run cleans up after a killed one.

Both rest on ``flock``: the kernel releases a lock when the last descriptor of its open file is closed, which
happens when the holding process dies, however it dies (``kill -9`` included). Two rules keep that promise:

* a forked worker closes the lock descriptors it inherited (:func:`close_inherited`, called by
  :func:`analysis.workers.die_with_parent`), so a lock never outlives the process that took it;
* every temporary file or folder a run writes carries a lock held for as long as it is being written, so the
  next run can tell an abandoned one (its lock can be taken) from one still in use (:func:`remove_stale`).

Where ``fcntl`` is missing (Windows), locks are not taken and temporary paths are cleaned by age only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".lock"
"""The lock file inside a temporary folder (held by its writer while it writes)."""

TEMP_MARK = ".tmp-"
"""What every temporary path written by this package has in its name: ``<name>.tmp-<pid>-<random>``."""

ABANDONED_AFTER = 3600.0
"""Seconds after which a temporary path without a lock (where ``fcntl`` is missing) counts as abandoned."""

_HELD: set[int] = set()
"""Descriptors of the locks this process holds: a forked worker closes its copies (:func:`close_inherited`)."""


class LockUnavailable(OSError):
    """A lock file could not be opened (read-only or missing folder); the message says which and why."""


def close_inherited() -> None:
    """Close the lock descriptors inherited from the parent (call first thing in a forked worker).

    The parent's locks stay held by the parent: ``flock`` belongs to the open file, which the parent still has
    open, and closing the worker's copy only ends the worker's share of it.
    """
    for fd in list(_HELD):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()


def _open_lock(path: Path) -> int:
    """Open (creating when possible) a lock file; fall back to read-only, which ``flock`` accepts as well."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        try:
            return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            raise LockUnavailable(exc.errno, f"cannot open the lock file {path}: {exc.strerror}") from exc


@contextlib.contextmanager
def hold(path: str | Path, *, blocking: bool = True) -> Iterator[bool]:
    """Hold an exclusive lock on ``path`` for the block; yield whether it was taken.

    Args:
        path: the lock file (created when missing and the folder is writable).
        blocking: wait for the lock; when ``False``, yield ``False`` at once if another process holds it.

    Raises:
        LockUnavailable: the lock file can neither be created nor opened.
    """
    if fcntl is None:  # pragma: no cover - not POSIX
        yield True
        return
    fd = _open_lock(Path(path))
    _HELD.add(fd)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        _HELD.discard(fd)
        os.close(fd)  # releases the lock


def _temp_name(name: str) -> str:
    return f"{name}{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}"


@contextlib.contextmanager
def temp_dir(parent: Path, name: str) -> Iterator[Path]:
    """A new folder beside its final place, locked while the block writes into it, removed unless kept.

    The block moves the folder into place itself (``os.replace``); whatever is left at the end (an error, a
    partial write) is removed. A folder abandoned by a killed process is removed by :func:`remove_stale`.
    """
    parent.mkdir(parents=True, exist_ok=True)
    path = parent / _temp_name(name)
    path.mkdir()
    try:
        with hold(path / LOCK_NAME):
            yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def publish(tmp: Path, final: Path) -> None:
    """Move a finished temporary folder (:func:`temp_dir`) into place, without its lock file (the lock itself
    is held until the ``temp_dir`` block ends: the descriptor stays open)."""
    with contextlib.suppress(FileNotFoundError):
        (tmp / LOCK_NAME).unlink()
    os.replace(tmp, final)


@contextlib.contextmanager
def temp_file(parent: Path, name: str, *, suffix: str = "") -> Iterator[Path]:
    """A new empty file beside its final place, locked while the block writes it, removed unless moved away.

    The lock is on the file itself: the descriptor made by ``mkstemp`` holds it until the block ends (a moved
    file keeps it until then too, which nobody asks for).
    """
    parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{name}{TEMP_MARK}{os.getpid()}-", suffix=suffix, dir=parent)
    _HELD.add(fd)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield Path(tmp)
    finally:
        _HELD.discard(fd)
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _abandoned(path: Path) -> bool:
    """Whether a temporary path was left by a dead writer (its lock can be taken, or it is old and unlocked)."""
    lock = path / LOCK_NAME if path.is_dir() else path
    if fcntl is not None and lock.exists():
        try:
            with hold(lock, blocking=False) as taken:
                return taken
        except LockUnavailable:
            return False
    pid = path.name.rsplit(TEMP_MARK, 1)[-1].split("-", 1)[0]
    if pid.isdigit() and _alive(int(pid)):
        return False
    try:
        return time.time() - path.lstat().st_mtime > (0 if pid.isdigit() else ABANDONED_AFTER)
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale(parent: Path, name: str = "") -> list[Path]:
    """Remove the temporary paths under ``parent`` (whose name starts with ``name``) that a dead run left.

    Never raises: a folder that cannot be listed or a path that cannot be removed is left as it is.

    Returns:
        The paths removed.
    """
    removed: list[Path] = []
    try:
        entries = [Path(e.path) for e in os.scandir(parent) if e.name.startswith(name) and TEMP_MARK in e.name]
    except OSError:
        return removed
    for path in entries:
        if not _abandoned(path):
            continue
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
