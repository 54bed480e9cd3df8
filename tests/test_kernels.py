"""The report's kernel manager: private IPC sockets, and no SIGINT sent to a kernel being shut down."""

import asyncio
import signal

import pytest

from analysis.kernels import ReportKernelManager, kernel_config


def test_a_kernel_is_shut_down_without_an_interrupt(tmp_path):
    manager = ReportKernelManager(kernel_name="python3", config=kernel_config(tmp_path))
    signals: list[int] = []

    async def record(signum: int) -> None:
        signals.append(signum)
        await original(signum)

    original = manager._async_signal_kernel
    manager._async_signal_kernel = record  # what interrupt_kernel sends in the kernelspec's "signal" mode

    async def start_run_stop() -> None:
        await manager.start_kernel()
        client = manager.client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=60)
            reply = await client.execute_interactive("x = 1", timeout=60)
            assert reply["content"]["status"] == "ok"
        finally:
            client.stop_channels()
        await manager.shutdown_kernel()

    asyncio.run(start_run_stop())
    assert signal.SIGINT not in signals
    assert not manager.has_kernel
    assert list(tmp_path.glob("kernel*")) == []  # IPC sockets, cleaned up with the kernel


def test_an_interrupt_outside_shutdown_still_reaches_the_kernel_manager():
    manager = ReportKernelManager(kernel_name="python3")
    with pytest.raises(RuntimeError, match="No kernel is running"):
        asyncio.run(manager.interrupt_kernel())
