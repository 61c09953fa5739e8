"""Names of people and shops for the demo county, drawn from a seeded generator."""

from __future__ import annotations

import random

from qsupervise.demo import names


class Namer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def surname(self) -> str:
        return self.rng.choice(names.SURNAMES)

    def person(self) -> str:
        rng = self.rng
        given = rng.choice(names.GIVEN_CHARS)
        if rng.random() < 0.7:
            given += rng.choice(names.GIVEN_CHARS)
        return self.surname() + given

    def trade_name(self) -> str:
        rng = self.rng
        k = 2 if rng.random() < 0.75 else 3
        return "".join(rng.choice(names.TRADE_CHARS) for _ in range(k))
