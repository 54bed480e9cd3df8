"""The Jupyter kernel a report runs its notebooks on: private sockets and a quiet shutdown.

Imported only by a report process (it imports ``jupyter_client``, which a plain ``import analysis`` does not need).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from jupyter_client.manager import AsyncKernelManager
from traitlets.config import Config

SHUTDOWN_NOISE = re.compile(r"Assertion failed: pfd\.revents & POLLIN \(\S*signaler\.cpp:\d+\)\s*")
"""What libzmq may print while a kernel ends: its I/O thread and the closing context race (zeromq/libzmq#1307,
#3715). It comes after the last reply, changes nothing in the report, and a user can do nothing about it."""


SHUTDOWN_TRACEBACK = re.compile(
    r"ERROR:tornado\.general:Uncaught exception in ZMQStream callback\r?\nTraceback \(most recent call last\):\r?\n"
    r"(?:[ \t][^\n]*\n)+zmq\.error\.ZMQError: Socket operation on non-socket[ \t]*\r?(?:\n|$)")
"""What the kernel's event loop may log while it ends: a reply or status sent on a socket the shutdown has just
closed (ENOTSOCK; the IOPub case was fixed in ipykernel#1518, the control channel's can still race). It comes after
the shutdown request was answered, changes nothing in the report, and a user can do nothing about it; any other
traceback still reaches the user."""


def forward_kernel_stderr(text: str, stream: TextIO) -> None:
    """Write what a kernel printed to its own stderr to ``stream``, less the lines of :data:`SHUTDOWN_NOISE` and the
    tracebacks of :data:`SHUTDOWN_TRACEBACK`."""
    text = SHUTDOWN_TRACEBACK.sub("", text)
    kept = [line for line in text.splitlines(keepends=True) if not SHUTDOWN_NOISE.fullmatch(line)]
    if kept:
        stream.write("".join(kept))
        stream.flush()


class ReportKernelManager(AsyncKernelManager):
    """A kernel manager that shuts its kernel down quietly.

    ``jupyter_client`` sends SIGINT before every shutdown in case the kernel is busy. A report shuts its kernel
    down once the last cell has run, and the kernel may still be inside the handler of its last reply: the
    signal then lands there and the kernel logs "KeyboardInterrupt caught in kernel" to the report's stderr, a
    warning about nothing (it came and went by chance, run to run). The shutdown request itself travels on the
    control channel, which a busy kernel still answers, and a kernel that does not stop in time is killed as
    before.

    The kernel's own stderr (not its cells' output, which reaches the notebook) goes to a temporary file and is
    passed on to the report's stderr once the kernel has ended, less libzmq's exit-time assertion
    (:data:`SHUTDOWN_NOISE`) and the event loop's traceback of a send on a socket already closed
    (:data:`SHUTDOWN_TRACEBACK`); anything else the kernel printed still reaches the user.
    """

    _stderr_file: Any = None

    async def _async_interrupt_kernel(self) -> None:
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        if "stderr" not in kw:
            self._stderr_file = tempfile.TemporaryFile()
            kw["stderr"] = self._stderr_file
        await super()._async_launch_kernel(kernel_cmd, **kw)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        log, self._stderr_file = self._stderr_file, None
        if log is not None:
            log.seek(0)
            forward_kernel_stderr(log.read().decode("utf-8", "replace"), sys.stderr)
            log.close()


def kernel_config(sockets: Path) -> Config:
    """The kernel's settings for a report: IPC sockets in the private folder ``sockets``, not TCP ports.

    Nothing listens on the network, and the kernel has no "running over TCP without encryption" warning to
    print. Each kernel gets its own folder: two notebooks executed at once never share a socket name.
    """
    config = Config()
    if os.name == "posix":
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = str(sockets / "kernel")
    return config
