"""Helpers for the sync reliability tests: database fingerprints, packages re-signed or crafted from a real one,
and a World whose stores stay open (so a property test runs hundreds of exchanges in seconds)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from qsupervise.store import Store
from qsupervise.sync import keys, package
from tests.core import db_state
from tests.core.sync_world import World

SYNC_TABLES = ("change_log", "sync_package", "sync_watermark", "sync_held", "sync_pending", "sync_conflict",
               "audit_entry", "enterprise", "local_clock")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def counts(db: Path | str) -> dict[str, int]:
    """Rows per table of the sync bookkeeping and the data it writes (a cheap fingerprint) of the database file
    or server URL ``db``, read as another program would."""
    with db_state.plain(db) as engine:
        found = {t: db_state.count(engine, t) for t in SYNC_TABLES}
        [(clock,)] = db_state.select_tuples(engine, "SELECT coalesce(sum(hlc), 0) FROM local_clock")
    return {**found, "clock": int(clock)}


def whole_dump(db: Path | str) -> str:
    """A hash of every row of every table (db_state.snapshot): equal hashes mean nothing at all was written."""
    with db_state.plain(db) as engine:
        return db_state.snapshot(engine)


def is_chinese_message(message: str) -> bool:
    return bool(message.strip()) and bool(CHINESE.search(message))


def station_key(world: World, name: str) -> keys.StationKey:
    return keys.load(world.station_ids[name], directory=world.key_dirs[name])


def key_lookup(world: World) -> package.KeyLookup:
    """The county's view of every enrolled station's public key (as ``stations.key_for_station`` gives)."""
    found = {world.station_ids[n]: station_key(world, n).public for n in world.station_ids}
    return found.get


def rewrite(
    world: World, original: Path, dest: Path, *, key: keys.StationKey,
    edit_payload: Callable[[sqlite3.Connection], None] | None = None, **manifest: Any,
) -> package.Manifest:
    """``original`` written again through ``package.write_package``: the same manifest (package id included)
    with ``manifest`` changes, the payload edited by ``edit_payload``, signed by ``key``."""
    scratch = dest.with_name(dest.name + ".payload")
    with package.read_package(original, key_for_station=key_lookup(world)) as verified:
        shutil.copy(verified.payload_path, scratch)
        fields = verified.manifest.to_dict()
    try:
        if edit_payload is not None:
            conn = sqlite3.connect(scratch)
            try:
                edit_payload(conn)
                conn.commit()
                fields["counts"] = dict(conn.execute(
                    "SELECT table_name, count(*) FROM change_log GROUP BY table_name ORDER BY 1").fetchall())
            finally:
                conn.close()
        return package.write_package(dest, {**fields, **manifest}, scratch, key)
    finally:
        scratch.unlink(missing_ok=True)


def crafted(world: World, original: Path, dest: Path, *, key: keys.StationKey, major: int, minor: int,
            **manifest: Any) -> Path:
    """A package with a header version ``write_package`` would not write (a future or past format)."""
    with package.read_package(original, key_for_station=key_lookup(world)) as verified:
        body = package.canonical({**verified.manifest.to_dict(), "format_version": f"{major}.{minor}", **manifest})
        tail = verified.payload_path.read_bytes()
    head = package.HEAD.pack(package.MAGIC, major, minor, len(body)) + body
    dest.write_bytes(head + key.sign(head) + tail)
    return dest


# -- a World whose stores stay open ---------------------------------------------------------------------------


class KeptStore(Store):
    """A Store that a ``with`` block leaves open (closed by :meth:`FastWorld.close`)."""

    def __exit__(self, *_exc: object) -> None:
        pass


class FastWorld(World):
    """World with one store per installation kept open, files without an fsync per commit (durability is not
    what the property tests are about; the kill test uses plain stores)."""

    def open(self, name: str) -> Store:
        kept: dict[str, Store] = self.__dict__.setdefault("_kept", {})
        if name not in kept:
            store = KeptStore.open(self.dbs[name])
            if not store.is_server:
                event.listen(store.engine, "connect", lambda conn, _record: conn.execute("PRAGMA synchronous=OFF"))
                store.engine.dispose()
            kept[name] = store
        return kept[name]

    def close(self) -> None:
        for store in self.__dict__.pop("_kept", {}).values():
            Store.close(store)

    @classmethod
    def of(cls, world: World) -> FastWorld:
        return cls(world.folder, list(world.townships), dict(world.dbs), dict(world.key_dirs), dict(world.units),
                   dict(world.station_ids), world.server, world.template)
