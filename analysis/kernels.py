"""The Jupyter kernel a report runs its notebooks on: private sockets and a quiet shutdown.

Imported only by a report process (it imports ``jupyter_client``, which a plain ``import analysis`` does not need).
"""

from __future__ import annotations

import os
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets.config import Config


class ReportKernelManager(AsyncKernelManager):
    """A kernel manager that does not interrupt a kernel it is shutting down.

    ``jupyter_client`` sends SIGINT before every shutdown in case the kernel is busy. A report shuts its kernel
    down once the last cell has run, and the kernel may still be inside the handler of its last reply: the
    signal then lands there and the kernel logs "KeyboardInterrupt caught in kernel" to the report's stderr, a
    warning about nothing (it came and went by chance, run to run). The shutdown request itself travels on the
    control channel, which a busy kernel still answers, and a kernel that does not stop in time is killed as
    before.
    """

    async def _async_interrupt_kernel(self) -> None:
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()


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
