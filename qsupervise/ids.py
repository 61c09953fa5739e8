"""Identifiers: UUIDv7 text keys, time-ordered, also reproducible for demo data."""

from __future__ import annotations

import random
import time
import uuid

from uuid6 import uuid7


def new_id() -> str:
    """A fresh UUIDv7 as text."""
    return str(uuid7())


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
