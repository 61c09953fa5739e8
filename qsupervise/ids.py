"""Identifiers: UUIDv7 text keys, time-ordered, also reproducible for demo data."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from uuid6 import uuid7

_FACTORY: ContextVar[Callable[[], str] | None] = ContextVar("qsupervise_id_factory", default=None)


def new_id() -> str:
    """A fresh UUIDv7 as text (from the factory of :func:`ids_from` while one is in force)."""
    factory = _FACTORY.get()
    return factory() if factory is not None else str(uuid7())


@contextmanager
def ids_from(factory: Callable[[], str]) -> Iterator[None]:
    """Rows created through the services inside this block take their ids from ``factory`` (demo data made
    by the services themselves stays reproducible, ids included)."""
    token = _FACTORY.set(factory)
    try:
        yield
    finally:
        _FACTORY.reset(token)


def uuid7_at(ms: int, rng: random.Random) -> str:
    """A UUIDv7 with timestamp ``ms`` and random bits from ``rng`` (deterministic ids)."""
    rand_a = rng.getrandbits(12)
    rand_b = rng.getrandbits(62)
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


class SeededIds:
    """An id factory for generated data: ids depend only on the seed and the clock given."""

    def __init__(self, seed: int, ms: int) -> None:
        self._rng = random.Random(f"ids-{seed}")
        self._ms = ms

    def __call__(self) -> str:
        return uuid7_at(self._ms, self._rng)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000
