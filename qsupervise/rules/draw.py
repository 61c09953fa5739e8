"""双随机: drawing targets from a pool of enterprises and two inspectors for each, reproducibly.

Algorithm ``sha256-v1`` (documented so that anyone can re-run a draw by hand or in another language):

1. Each candidate has a key (its 统一社会信用代码, else its record id), an integer weight w ≥ 1 and a township.
   Its rank is the smallest of SHA-256(seed ␟ key ␟ i) for i = 0 … w−1, read as a big-endian integer
   (␟ is U+001F; text is UTF-8). A weight of 3 gives three tickets: the chance of coming first grows with w.
2. Candidates are taken in ascending (rank, key) order.
3. For each taken candidate, the eligible inspectors (not recused from that candidate's key; not from its
   township when the plan says so) are ordered by (assignments so far, SHA-256(seed ␟ key ␟ inspector id)) and the
   first two are assigned. A candidate with fewer than two eligible inspectors is skipped and reported.
4. The pool hash is SHA-256 of the sorted lines "key<TAB>weight<TAB>township id"; the inspector hash of the
   sorted lines "inspector id<TAB>township id" followed by the sorted recusal lines "R<TAB>inspector id<TAB>key";
   the result hash of the lines "key<TAB>inspector1<TAB>inspector2" in draw order. Lines are joined with "\n".

Only integers and SHA-256 are involved, so the result is the same on every Python version and platform
(``random.sample`` is not).
"""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

ALGORITHM = "sha256-v1"
SEP = "\x1f"


@dataclass(frozen=True)
class Candidate:
    key: str
    enterprise_id: str
    township_id: str | None = None
    weight: int = 1


@dataclass(frozen=True)
class Officer:
    id: str
    township_id: str | None = None


@dataclass(frozen=True)
class Drawn:
    candidate: Candidate
    inspectors: tuple[str, str]


@dataclass
class Outcome:
    targets: list[Drawn]
    skipped: list[Candidate] = field(default_factory=list)
    pool_hash: str = ""
    inspector_hash: str = ""
    result_hash: str = ""


def digest(*parts: str) -> bytes:
    """SHA-256 of the parts joined by U+001F; 32 bytes compare as the big-endian integer they spell."""
    return hashlib.sha256(SEP.join(parts).encode("utf-8")).digest()


def rank(seed: str, candidate: Candidate) -> bytes:
    if candidate.weight <= 1:
        return hashlib.sha256(f"{seed}{SEP}{candidate.key}{SEP}0".encode()).digest()
    return min(digest(seed, candidate.key, str(i)) for i in range(candidate.weight))


def pool_text(candidates: Iterable[Candidate]) -> str:
    return "\n".join(sorted(f"{c.key}\t{max(c.weight, 1)}\t{c.township_id or ''}" for c in candidates))


def parse_pool(text: str) -> list[Candidate]:
    """Candidates back from :func:`pool_text` (the enterprise id is not part of it: the key stands in)."""
    out = []
    for line in filter(None, text.split("\n")):
        key, weight, town = ([*line.split("\t"), "", ""])[:3]
        out.append(Candidate(key, key, town or None, int(weight or 1)))
    return out


def officer_text(officers: Iterable[Officer], recusals: Iterable[tuple[str, str]] = ()) -> str:
    lines = sorted(f"{o.id}\t{o.township_id or ''}" for o in officers)
    return "\n".join(lines + sorted(f"R\t{i}\t{k}" for i, k in recusals))


def parse_officers(text: str) -> tuple[list[Officer], set[tuple[str, str]]]:
    officers, recusals = [], set()
    for line in filter(None, text.split("\n")):
        parts = line.split("\t")
        if parts[0] == "R" and len(parts) == 3:
            recusals.add((parts[1], parts[2]))
        else:
            officers.append(Officer(parts[0], (parts[1] if len(parts) > 1 else "") or None))
    return officers, recusals


def sha256_text(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def result_text(targets: Iterable[Drawn]) -> str:
    return "\n".join(f"{t.candidate.key}\t{t.inspectors[0]}\t{t.inspectors[1]}" for t in targets)


def run(
    seed: str,
    candidates: Sequence[Candidate],
    officers: Sequence[Officer],
    wanted: int,
    *,
    recusals: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
    recuse_own_township: bool = False,
) -> Outcome:
    """Draw up to ``wanted`` targets; ``recusals`` holds (inspector id, candidate key) pairs."""
    load = {o.id: 0 for o in officers}
    # a heap instead of a full sort: only the first few of a county-wide pool are ever taken
    heap = [(rank(seed, c), c.key, n) for n, c in enumerate(candidates)]
    heapq.heapify(heap)
    outcome = Outcome([])
    while heap and len(outcome.targets) < wanted:
        c = candidates[heapq.heappop(heap)[2]]
        eligible = [
            o for o in officers
            if (o.id, c.key) not in recusals
            and not (recuse_own_township and o.township_id is not None and o.township_id == c.township_id)
        ]
        if len(eligible) < 2:
            outcome.skipped.append(c)
            continue
        eligible.sort(key=lambda o: (load[o.id], digest(seed, c.key, o.id), o.id))
        pair = (eligible[0].id, eligible[1].id)
        for i in pair:
            load[i] += 1
        outcome.targets.append(Drawn(c, pair))
    outcome.pool_hash = sha256_text(pool_text(candidates))
    outcome.inspector_hash = sha256_text(officer_text(officers, recusals))
    outcome.result_hash = sha256_text(result_text(outcome.targets))
    return outcome
