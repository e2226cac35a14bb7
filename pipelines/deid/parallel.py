"""Use the second core for large, independent per-item work (text scanning, hashing).

The machine this runs on has two cores. :func:`split_in_two` runs one half of a job in a forked
helper process while this process does the other half. Fork (not spawn) because the work needs
big read-only state that is expensive to build or pickle (the scanner's compiled patterns and
name automaton, the leak guard's hash tables): the helper inherits it copy-on-write, and only
the items' results travel back through a pipe.

Forking never changes results: if the helper cannot be started or fails, this process computes
its half too. ``OPENDATA_DEID_PROCESSES=1`` (or ``processes=1``) keeps all work in-process,
e.g. inside a host that must not fork.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

PROCESSES_ENV = "OPENDATA_DEID_PROCESSES"
MIN_ITEMS = 8_000  # below this, forking (~10 ms) costs more than the second core saves

T = TypeVar("T")
R = TypeVar("R")

_JOB: tuple[Callable[[Any], Any], Any] | None = None  # what the next forked helper runs
_SINGLE = False  # set while this process shares the cores with a helper (see in_background)


def default_processes() -> int:
    """Processes to use: the environment's setting, else up to two of the machine's cores."""
    configured = os.environ.get(PROCESSES_ENV, "").strip()
    if configured.isdigit() and int(configured) >= 1:
        return int(configured)
    return min(2, os.cpu_count() or 1)


def _helper(conn: Connection) -> None:
    """Entry point of the forked helper: run the inherited job, send the result back."""
    global _SINGLE
    assert _JOB is not None
    func, items = _JOB
    _SINGLE = True  # the parent keeps the other core busy: no helpers of helpers
    try:
        conn.send(func(items))
    except BaseException:
        # Quietly: the parent then does this part itself and raises the same error there, once
        # (bad input must give one clear line, not a helper's traceback before it).
        os._exit(1)
    conn.close()


def split_in_two(
    func: Callable[[Sequence[T]], R],
    items: Sequence[T],
    processes: int | None = None,
    min_items: int | None = None,
) -> list[R]:
    """``[func(first half), func(second half)]``, the second half in a forked helper; or
    ``[func(items)]`` when the job is small, one process is asked for, or fork is unavailable.
    ``func`` must depend only on its items and on state that exists before the call."""
    global _JOB
    processes = default_processes() if processes is None else processes
    min_items = MIN_ITEMS if min_items is None else min_items
    forking = not _SINGLE and processes >= 2 and "fork" in mp.get_all_start_methods()
    if not forking or len(items) < min_items:
        return [func(items)]
    half = len(items) // 2
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    _JOB = (func, items[half:])
    try:
        helper = ctx.Process(target=_helper, args=(send,), daemon=True)
        helper.start()
    except OSError:
        receive.close()
        return [func(items)]
    finally:
        _JOB = None
        send.close()
    try:
        first = func(items[:half])
        try:
            second = receive.recv()
        except (EOFError, OSError):  # the helper died: do its half here
            second = func(items[half:])
    finally:
        receive.close()
        helper.join()
    return [first, second]


@contextmanager
def single_process() -> Iterator[None]:
    """Inside this block split_in_two keeps all work in-process (the other core is busy with a
    helper started by :func:`in_background`)."""
    global _SINGLE
    previous, _SINGLE = _SINGLE, True
    try:
        yield
    finally:
        _SINGLE = previous


class Background:
    """``func(arg)`` computed in a forked helper; :meth:`result` waits for it (or computes it
    here, when the helper could not start or died)."""

    def __init__(self, func: Callable[[T], R], arg: T) -> None:
        global _JOB
        self._func, self._arg = func, arg
        self._helper: Any = None
        ctx = mp.get_context("fork")
        self._receive, send = ctx.Pipe(duplex=False)
        _JOB = (func, arg)
        try:
            self._helper = ctx.Process(target=_helper, args=(send,), daemon=True)
            self._helper.start()
        except OSError:
            self._helper = None
        finally:
            _JOB = None
            send.close()

    def result(self) -> R:
        try:
            if self._helper is None:
                return self._func(self._arg)
            try:
                return self._receive.recv()
            except (EOFError, OSError):  # the helper died: compute here
                return self._func(self._arg)
        finally:
            self._receive.close()
            if self._helper is not None:
                self._helper.join()

    def cancel(self) -> None:
        """Stop the helper (the caller failed and will not ask for the result)."""
        if self._helper is not None:
            self._helper.terminate()
            self._helper.join()
        self._receive.close()


def in_background(
    func: Callable[[T], R], arg: T, processes: int | None = None
) -> Background | None:
    """Start ``func(arg)`` in a forked helper, or None when one process is asked for or fork is
    unavailable (the caller then computes it itself). ``func`` must depend only on ``arg`` and
    on state that exists before the call; the helper runs split_in_two in-process."""
    processes = default_processes() if processes is None else processes
    if _SINGLE or processes < 2 or "fork" not in mp.get_all_start_methods():
        return None
    return Background(func, arg)
