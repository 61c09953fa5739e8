"""Bad ``.qsp`` sync packages for the bad-input corpus (test_bad_input_corpus.py): damaged, forged, foreign,
oversized, random and signed-but-hostile packages, fed to ``exchange.import_packages`` at a county that has
enrolled the township they claim to come from.

Each is refused with a catalogued code and a filled-in Chinese message and the database is exactly as before,
or (a signed package whose records are not acceptable) imported with every such record counted as an error,
described, and not applied.
"""

from __future__ import annotations

import hashlib
import io
import random
import sqlite3
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from qsupervise.messages import CATALOGUE
from qsupervise.services import enterprises
from qsupervise.store import Store
from qsupervise.sync import exchange, keys, package, stations
from qsupervise.sync.package import HEAD, MAGIC
from tests.core.db_state import count
from tests.core.sync_tools import is_chinese_message

SETTINGS = settings(derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))


@dataclass
class Source:
    """A genuine package of an enrolled township, taken apart."""

    data: bytes
    key: keys.StationKey
    manifest: dict[str, Any]
    payload: bytes


def enrolled_package(store: Store, folder: Path) -> Source:
    """Enrol 甲镇 at the county ``store``, set it up in ``folder``, register three enterprises there, export."""
    county_keys, town_keys, enroll = folder / "keys-county", folder / "keys-town", folder / "甲镇.enroll"
    with store.session() as s:
        station, document = stations.add_station(s, name="甲镇", key_dir=county_keys)
        stations.write_enrollment(enroll, document)
        unit = station.org_unit_id or ""
    with Store.open(folder / "town.db", create=True) as town:
        with town.session() as s:
            stations.init_from_enrollment(s, stations.read_enrollment(enroll), key_dir=town_keys)
        with town.session() as s:
            for i in range(3):
                enterprises.save(s, data=enterprises.EnterpriseInput(name=f"甲镇企业{i}", township_id=unit))
        path = exchange.export_package(town, folder / "甲镇.qsp", key_dir=town_keys).path
    data = path.read_bytes()
    length = HEAD.unpack(data[: HEAD.size])[3]
    manifest = orjson.loads(data[HEAD.size : HEAD.size + length])
    return Source(data, keys.load(station.id, directory=town_keys), manifest, data[HEAD.size + length + 64 :])


def signed(source: Source, manifest: Any = None, *, payload: bytes | None = None, major: int = 1, minor: int = 0,
           key: keys.StationKey | None = None, raw: bytes | None = None) -> bytes:
    """A package signed by ``key`` (the township's): the manifest given (or ``raw`` bytes), the payload given."""
    body = raw if raw is not None else package.canonical(manifest) if isinstance(manifest, dict) else orjson.dumps(
        manifest)
    head = HEAD.pack(MAGIC, major, minor, len(body)) + body
    return head + (key or source.key).sign(head) + (source.payload if payload is None else payload)


def edited_payload(source: Source, folder: Path, sql: str) -> tuple[dict[str, Any], bytes]:
    """The payload changed by ``sql``, and the manifest that describes it (size, hash, counts)."""
    scratch = folder / f"edit-{uuid.uuid4().hex}.sqlite"
    scratch.write_bytes(source.payload)
    conn = sqlite3.connect(scratch)
    try:
        conn.executescript(sql)
        conn.commit()
        counted = dict(conn.execute("SELECT table_name, count(*) FROM change_log GROUP BY 1 ORDER BY 1").fetchall())
    finally:
        conn.close()
    data = scratch.read_bytes()
    scratch.unlink()
    manifest = {**source.manifest, "package_id": str(uuid.uuid4()), "counts": counted, "payload_size": len(data),
                "payload_sha256": hashlib.sha256(data).hexdigest()}
    return manifest, data


def refusals(source: Source, folder: Path) -> Iterator[tuple[str, bytes]]:
    good, m = source.data, source.manifest
    length = HEAD.unpack(good[: HEAD.size])[3]
    rng = random.Random("corpus-qsp")
    yield "empty.qsp", b""
    yield "magic-only.qsp", MAGIC
    yield "header-only.qsp", good[: HEAD.size]
    ends = [3, HEAD.size + 1, HEAD.size + length // 2, HEAD.size + length, HEAD.size + length + 32,
            HEAD.size + length + 64, HEAD.size + length + 100, len(good) // 2, len(good) - 1]
    for end in ends + sorted(rng.sample(range(len(good)), 15)):
        yield f"cut-{end}.qsp", good[:end]
    yield "trailing-bytes.qsp", good + b"\x00" * 16
    yield "random.qsp", rng.randbytes(4096)
    yield "random-after-magic.qsp", MAGIC + rng.randbytes(4096)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("manifest.json", orjson.dumps(m))
    yield "zip.qsp", buffer.getvalue()
    yield "payload-alone.qsp", source.payload
    yield "text-mode-copy.qsp", good.replace(b"\r\n", b"\n")  # the magic's CR LF mangled by a text-mode copy
    yield "manifest-length-huge.qsp", HEAD.pack(MAGIC, 1, 0, 0xFFFFFFFF) + good[HEAD.size :]
    yield "manifest-length-past-end.qsp", HEAD.pack(MAGIC, 1, 0, len(good)) + good[HEAD.size :]
    yield "manifest-length-short.qsp", HEAD.pack(MAGIC, 1, 0, length - 1) + good[HEAD.size :]
    for major, minor in ((0, 9), (2, 0), (65535, 65535)):
        yield f"version-{major}.{minor}.qsp", signed(source, {**m, "format_version": f"{major}.{minor}"},
                                                     major=major, minor=minor)
    yield "version-header-differs.qsp", signed(source, {**m, "format_version": "1.1"})
    yield "manifest-not-json.qsp", signed(source, raw=b"{not json")
    yield "manifest-a-list.qsp", signed(source, [m])
    yield "manifest-empty.qsp", signed(source, raw=b"")
    yield "manifest-bom.qsp", signed(source, raw=b"\xef\xbb\xbf" + package.canonical(m))
    for name in ("kind", "package_id", "payload_sha256", "counts"):
        yield f"manifest-without-{name}.qsp", signed(source, {k: v for k, v in m.items() if k != name})
    bad_values: dict[str, Any] = {"seq_first": "1", "seq_last": True, "counts": {"enterprise": -1}, "kind": "city",
                                  "package_id": "../../etc/passwd", "payload_size": -1, "payload_sha256": "00",
                                  "station_id": "", "schema_revision": None, "created_at": 20260101}
    for name, value in bad_values.items():
        yield f"manifest-bad-{name}.qsp", signed(source, {**m, name: value})
    yield "manifest-seq-backwards.qsp", signed(source, {**m, "seq_first": 10, "seq_last": 2})
    yield "manifest-counts-lie.qsp", signed(source, {**m, "counts": {**m["counts"], "enterprise": 99}})
    yield "signature-zeroed.qsp", good[: HEAD.size + length] + bytes(64) + source.payload
    yield "signed-by-another-key.qsp", signed(source, m, key=keys.StationKey(source.key.station_id, bytes(32)))
    stranger = keys.generate(str(uuid.uuid4()))
    yield "station-unknown.qsp", signed(source, {**m, "station_id": stranger.station_id}, key=stranger)
    yield "station-id-a-path.qsp", signed(source, {**m, "station_id": "../../keys/x"},
                                          key=keys.StationKey("../../keys/x", stranger.seed))
    junk = b"SQLite format 3\x00" + rng.randbytes(4080)
    yield "payload-not-sqlite.qsp", signed(source, {**m, "payload_size": len(junk),
                                                    "payload_sha256": hashlib.sha256(junk).hexdigest()},
                                           payload=junk)
    for name, sql in (
        ("payload-trigger", "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM meta; END;"),
        ("payload-view", "CREATE VIEW v AS SELECT * FROM change_log;"),
        ("payload-no-attachment-table", "DROP TABLE attachment;"),
        ("payload-extra-column", "ALTER TABLE change_log ADD COLUMN extra TEXT;"),
        ("payload-other-station", "UPDATE change_log SET station_id = 'someone-else' WHERE seq = 1;"),
        ("payload-seq-outside", "UPDATE change_log SET seq = seq + 100000 WHERE seq = 1;"),
        ("payload-holdings-bad", "UPDATE meta SET value = '[1, 2]' WHERE key = 'have';"),
        # an attachment whose bytes do not match its hash: test_sync_reliability (the message names no file)
    ):
        manifest, data = edited_payload(source, folder, sql)
        yield f"{name}.qsp", signed(source, manifest, payload=data)


def hostile_records(source: Source, folder: Path) -> Iterator[tuple[str, bytes]]:
    """Signed by the enrolled township, every record well formed but for one that must not be applied."""
    first = "(SELECT min(seq) FROM change_log)"
    for name, sql in (
        ("record-app-user", f"UPDATE change_log SET table_name = 'app_user' WHERE seq = {first};"),
        ("record-station", f"UPDATE change_log SET table_name = 'station' WHERE seq = {first};"),
        ("record-op-drop", f"UPDATE change_log SET op = 'drop' WHERE seq = {first};"),
        ("record-value-not-json", f"UPDATE change_log SET value = '{{not json' WHERE seq = {first};"),
        ("record-field-unknown", f"UPDATE change_log SET op = 'update', field = 'id; DROP TABLE enterprise' "
                                 f"WHERE seq = {first};"),
        ("record-hlc-text", f"UPDATE change_log SET hlc = 'soon' WHERE seq = {first};"),
    ):
        manifest, data = edited_payload(source, folder, sql)
        yield f"{name}.qsp", signed(source, manifest, payload=data)


def feed_packages(store: Store, folder: Path, dump: Callable[[Store], str]) -> Counter[str]:
    """Run the whole package corpus against ``store`` (a county); returns the tally of outcomes."""
    folder.mkdir(parents=True, exist_ok=True)
    source = enrolled_package(store, folder)
    baseline = dump(store)
    tally: Counter[str] = Counter()
    target = folder / "input.qsp"

    def feed(name: str, content: bytes) -> exchange.ImportResult:
        target.write_bytes(content)
        try:
            [result] = exchange.import_packages(store, [target], backup=False, lang="zh")
        finally:
            target.unlink()
        tally[f"{result.status} {result.error_code}".strip()] += 1
        if result.refused:
            assert result.error_code in CATALOGUE, (name, result.error_code)
            assert all(CATALOGUE[result.error_code]), result.error_code
            assert is_chinese_message(result.error), (name, result.error)
            assert "{" not in result.error, (name, result.error)  # every placeholder filled
            assert target.name in result.error, (name, result.error)  # and it says which file
            assert dump(store) == baseline, f"{name}: refused ({result.error_code}) but the database changed"
        return result

    for name, content in refusals(source, folder):
        assert feed(name, content).refused, name

    @SETTINGS
    @given(body=st.binary(max_size=3000), prefix=st.sampled_from([b"", MAGIC, source.data[: HEAD.size],
                                                                  source.data[: len(source.data) // 3]]))
    def random_bytes(body: bytes, prefix: bytes) -> None:
        assert feed("random.qsp", prefix + body).refused

    @SETTINGS
    @given(cut=st.integers(0, len(source.data)), changes=st.lists(st.tuples(
        st.integers(0, len(source.data) - 1), st.integers(0, 255)), max_size=4))
    def damaged(cut: int, changes: list[tuple[int, int]]) -> None:
        content = bytearray(source.data[:cut])
        for position, value in changes:
            if position < len(content):
                content[position] = value
        assume(bytes(content) != source.data)
        assert feed("damaged.qsp", bytes(content)).refused

    random_bytes()
    damaged()
    oversized = folder / "oversized.qsp"  # sparse: no disk used
    with oversized.open("wb") as fh:
        fh.write(source.data[:64])
        fh.truncate(package.MAX_BYTES + 1)
    try:
        [big] = exchange.import_packages(store, [oversized], backup=False)
    finally:
        oversized.unlink()
    assert big.error_code == "package_too_big"
    tally["refused package_too_big"] += 1
    users = count(store, "app_user"), count(store, "station")
    for name, content in hostile_records(source, folder):
        result = feed(name, content)
        if not result.refused:  # taken, but the bad record counted, described and left out
            assert result.summary.errors == 1, (name, result.summary)
            assert result.summary.problems, name
            baseline = dump(store)
    assert (count(store, "app_user"), count(store, "station")) == users
    assert feed("genuine.qsp", source.data).status == "imported"  # the township itself is welcome
    return tally
