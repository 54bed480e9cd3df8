"""Reading input files safely: regular files only, within a size limit, decoded with a recorded fallback.

Everything :mod:`analysis.corpus` reads goes through here, so that no input can hang a run or exhaust its
memory, and no byte is decoded silently:

* only regular files are read: a FIFO, a device (a ``.txt`` symlink to ``/dev/zero``), a socket is refused
  without being opened for a blocking read (:func:`open_regular`);
* an article (a ``.txt`` file, one JSON line, one CSV field) larger than the limit is refused, not read
  (:data:`DEFAULT_MAX_BYTES`; ``load_corpus(max_bytes=...)``, ``--max-mb``);
* bytes that are not UTF-8 are decoded as cp1252, else Latin-1, and the fallback is named in the article's
  ``encoding`` column (:func:`decode_text`), for ``.txt`` files, JSONL records and CSV fields alike;
* names that are not UTF-8 (file names, lone surrogates from JSON escapes) are shown with escapes or U+FFFD and
  the repair is recorded, so every table can be written as UTF-8 (:func:`display`, :func:`clean_strings`).
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

DEFAULT_MAX_BYTES = 32 * 2**20
"""The largest article read (a ``.txt`` file, a JSONL line, a CSV field): 32 MiB, four times the largest article
the benchmarks run and thousands of times a news article. Raise it with ``max_bytes=`` or ``--max-mb``."""

UTF8 = "utf-8"
SURROGATES_REPLACED = "utf-8 (lone surrogates replaced)"
"""The ``encoding`` of a JSON record whose strings held lone surrogates (``"\\ud83d"``), replaced by U+FFFD."""

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
_SURROGATE = re.compile("[\ud800-\udfff]")


class InputError(ValueError):
    """A file that is not read, with the reason (it becomes a row of the errors table)."""


def size_text(n: int) -> str:
    """A byte count for a message: '40.0 MB', or '1,000 bytes' below a tenth of a megabyte."""
    return f"{n / 2**20:.1f} MB" if n >= 2**20 // 10 else f"{n:,} bytes"


def too_large(size: int | None, limit: int) -> InputError:
    """The error of an input over the size limit, saying how to raise the limit."""
    what = f"{size_text(size)}, over" if size is not None else "over"
    return InputError(f"{what} the {size_text(limit)} size limit: not read (raise it with --max-mb, "
                      "or max_bytes= in Python)")


def open_regular(path: str | Path) -> BinaryIO:
    """Open a file for binary reading if, and only if, it is a regular file (symlinks followed).

    The file is opened without blocking (a FIFO without a writer would otherwise wait forever) and checked
    on the open descriptor, so it cannot be swapped for something else between the check and the read.

    Raises:
        InputError: the path is a FIFO, a device, a socket or a folder.
        OSError: the file cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise InputError(f"not a regular file ({kind}): not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a whole regular file of at most ``max_bytes`` bytes.

    Raises:
        InputError: not a regular file, or larger than ``max_bytes`` (checked before reading, and again while
            reading, for files that grow or report no size).
        OSError: the file cannot be read.
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise too_large(size, max_bytes)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(None, max_bytes)
    return data


def iter_lines(handle: BinaryIO, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes)`` of a binary stream; ``None`` for a line over ``max_bytes`` (skipped unread).

    A line is never held in memory beyond ``max_bytes``: the rest of an overlong line is read in chunks and
    dropped.
    """
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (a BOM noted as ``utf-8-sig``), else cp1252, else Latin-1, naming the fallback.

    Returns:
        The text and the decoding used: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1252 (fallback)`` or
        ``latin-1 (fallback)``. Latin-1 decodes any bytes, so this never fails.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode(UTF8), UTF8
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "cp1252 (fallback)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1 (fallback)"


def decode(data: bytes) -> tuple[str, str]:
    """Decode an article file's bytes (see :func:`decode_text`), refusing empty and binary files.

    Returns:
        The text and the name of the decoding used.

    Raises:
        ValueError: the bytes look binary (NUL bytes or mostly control characters) or are empty.
    """
    if not data.strip():
        raise ValueError("empty file (no text)")
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValueError("binary file (NUL bytes): not a text article")
    text, used = decode_text(data)
    if used.endswith("(fallback)"):
        control = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f")
        if control > 0.05 * min(len(text), 4096):
            raise ValueError("binary file (control bytes, not UTF-8): not a text article")
    return text, used


def display(text: str) -> str:
    """A name as it can be written to any table: bytes that were not UTF-8 (a file name read with Python's
    ``surrogateescape``) as ``\\xNN``, other lone surrogates as U+FFFD; unchanged when already clean."""
    try:
        text.encode(UTF8)
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode(UTF8, "surrogateescape").decode(UTF8, "backslashreplace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


def repair_field(value: str) -> tuple[str, str | None]:
    """Decode a field read with ``surrogateescape`` again from its bytes, with the fallback of
    :func:`decode_text` where it held bytes that are not UTF-8.

    Returns:
        The field and the fallback used (``None`` when the field was valid UTF-8).
    """
    try:
        value.encode(UTF8)
        return value, None
    except UnicodeEncodeError:
        pass
    try:
        raw = value.encode(UTF8, "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that was not a byte: not from decoding
        return _SURROGATE.sub("\ufffd", value), SURROGATES_REPLACED
    return decode_text(raw)


def clean_strings(value: object) -> tuple[object, bool]:
    """Replace lone surrogates (from JSON escapes such as ``"\\ud83d"``) by U+FFFD in every string of a JSON value.

    Returns:
        The cleaned value and whether anything was replaced.
    """
    if isinstance(value, str):
        try:
            value.encode(UTF8)
            return value, False
        except UnicodeEncodeError:
            return _SURROGATE.sub("\ufffd", value), True
    if isinstance(value, dict):
        changed = False
        out = {}
        for key, item in value.items():
            key, k_changed = clean_strings(key)
            item, i_changed = clean_strings(item)
            out[key] = item
            changed = changed or k_changed or i_changed
        return (out, True) if changed else (value, False)
    if isinstance(value, list):
        items = [clean_strings(item) for item in value]
        if any(changed for _, changed in items):
            return [item for item, _ in items], True
        return value, False
    return value, False


def parse_int(digits: str) -> int | str:
    """JSON integers as ``int``, except those too long for Python to convert (over 4,300 digits), kept as text."""
    try:
        return int(digits)
    except ValueError:
        return digits
