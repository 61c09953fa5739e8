"""Documents going in and out: spreadsheets read into rows, registers written to Excel and CSV."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


def no_progress(_fraction: float, _message: str) -> None:
    return None


def never() -> bool:
    return False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while a bulk job builds millions of objects.

    Each full collection rescans every row already read, which adds about a fifth to a 50k-row
    import; the rows form no cycles, so nothing is lost by collecting once at the end instead.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
