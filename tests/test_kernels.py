"""The report's kernel manager: private IPC sockets, no SIGINT sent to a kernel being shut down, and the kernel's
own stderr passed on without libzmq's exit-time assertion and the shutdown's closed-socket traceback."""

import asyncio
import io
import signal

import pytest

from analysis.kernels import ReportKernelManager, forward_kernel_stderr, kernel_config


async def start_run_stop(manager: ReportKernelManager, code: str) -> None:
    """Start the manager's kernel, run ``code`` in it (it must succeed), and shut the kernel down."""
    await manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        await client.wait_for_ready(timeout=60)
        reply = await client.execute_interactive(code, timeout=60)
        assert reply["content"]["status"] == "ok"
    finally:
        client.stop_channels()
    await manager.shutdown_kernel()


def test_a_kernel_is_shut_down_without_an_interrupt(tmp_path):
    manager = ReportKernelManager(kernel_name="python3", config=kernel_config(tmp_path))
    signals: list[int] = []

    async def record(signum: int) -> None:
        signals.append(signum)
        await original(signum)

    original = manager._async_signal_kernel
    manager._async_signal_kernel = record  # what interrupt_kernel sends in the kernelspec's "signal" mode

    asyncio.run(start_run_stop(manager, "x = 1"))
    assert signal.SIGINT not in signals
    assert not manager.has_kernel
    assert list(tmp_path.glob("kernel*")) == []  # IPC sockets, cleaned up with the kernel


def test_an_interrupt_outside_shutdown_still_reaches_the_kernel_manager():
    manager = ReportKernelManager(kernel_name="python3")
    with pytest.raises(RuntimeError, match="No kernel is running"):
        asyncio.run(manager.interrupt_kernel())


@pytest.mark.parametrize("printed, forwarded", [
    ("Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:238)\n", ""),
    ("Assertion failed: pfd.revents & POLLIN (/tmp/libzmq/src/signaler.cpp:243)\r\n", ""),
    ("a warning\nAssertion failed: pfd.revents & POLLIN (src/signaler.cpp:238)\n", "a warning\n"),
    ("Assertion failed: nbytes == sizeof (dummy) (src/signaler.cpp:391)\n",
     "Assertion failed: nbytes == sizeof (dummy) (src/signaler.cpp:391)\n"),  # another failure: the user sees it
    ("Segmentation fault", "Segmentation fault"),
    ("", ""),
])
def test_only_the_shutdown_assertion_is_held_back(printed, forwarded):
    stream = io.StringIO()
    forward_kernel_stderr(printed, stream)
    assert stream.getvalue() == forwarded


_ENOTSOCK = (
    "ERROR:tornado.general:Uncaught exception in ZMQStream callback\n"
    "Traceback (most recent call last):\n"
    '  File "/x/zmq/eventloop/zmqstream.py", line 585, in _log_error\n'
    "    f.result()\n"
    '  File "/x/ipykernel/kernelbase.py", line 372, in dispatch_control\n'
    "    await self.process_control(msg)\n"
    "zmq.error.ZMQError: Socket operation on non-socket\n")


@pytest.mark.parametrize("printed, forwarded", [
    # a reply sent on a socket the shutdown has just closed: held back, alone or between other lines
    (_ENOTSOCK, ""),
    ("a warning\n" + _ENOTSOCK + "after\n", "a warning\nafter\n"),
    # ... not another error of the same callback, nor a traceback that ends otherwise
    (_ENOTSOCK.replace("Socket operation on non-socket", "Resource temporarily unavailable"),
     _ENOTSOCK.replace("Socket operation on non-socket", "Resource temporarily unavailable")),
    ("Traceback (most recent call last):\n  File \"x.py\", line 1\nValueError: bad\n",
     "Traceback (most recent call last):\n  File \"x.py\", line 1\nValueError: bad\n"),
])
def test_only_the_shutdown_socket_traceback_is_held_back(printed, forwarded):
    stream = io.StringIO()
    forward_kernel_stderr(printed, stream)
    assert stream.getvalue() == forwarded


def test_what_a_kernel_prints_to_its_own_stderr_reaches_the_report_after_shutdown(tmp_path, capfd):
    manager = ReportKernelManager(kernel_name="python3", config=kernel_config(tmp_path))
    code = ("import os; os.write(2, b'from the kernel\\n'); "
            "os.write(2, b'Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:238)\\n')")

    asyncio.run(start_run_stop(manager, code))
    err = capfd.readouterr().err
    assert "from the kernel" in err
    assert "pfd.revents" not in err
