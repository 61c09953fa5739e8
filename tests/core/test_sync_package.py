"""The signed sync package (.qsp), its payload and station keys: round trip and every refusal."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

from qsupervise.errors import KnownError
from qsupervise.models import Enterprise
from qsupervise.services import attachments, certifications, org
from qsupervise.services.certifications import CertificationInput
from qsupervise.store import Store
from qsupervise.sync import keys, package, payload
from qsupervise.sync.package import HEAD, MAGIC, Revoked, read_package, write_package

PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n%%EOF"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass
class Made:
    folder: Path
    path: Path  # the package file
    data: bytes  # its bytes, reused for the damaged variants
    payload_file: Path
    summary: payload.PayloadSummary
    manifest: package.Manifest
    key: keys.StationKey
    rows: list[tuple[object, ...]]  # the station's change_log rows, in seq order
    pdf_sha: str
    revision: str

    def lookup(self, station: str) -> bytes | None:
        return self.key.public if station == self.key.station_id else None


def fields(made_summary: payload.PayloadSummary, revision: str, **extra: object) -> dict[str, object]:
    return {
        "schema_revision": revision, "seq_first": made_summary.seq_first, "seq_last": made_summary.seq_last,
        "counts": made_summary.counts, "audit_head": "a" * 64, "kind": "township", **extra,
    }


@pytest.fixture(scope="module")
def made(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp("sync")
    db = folder / "county.db"
    shutil.copy(template_db, db)
    with Store.open(db) as store:
        with store.session() as s:
            township = org.resolve(s, "城关镇").id
            firms = [Enterprise(name=f"同步测试企业{i}", township_id=township) for i in range(3)]
            s.add_all(firms)
            scan = attachments.store(s, PDF, "证书扫描.pdf")
            attachments.store(s, PNG, "无人引用.png")  # in the change log, but referenced by no attachment field
            s.flush()
            certifications.save(s, CertificationInput(enterprise_id=firms[0].id, kind="iso9001", number="Q1",
                                                      attachment_id=scan.id))
            pdf_sha = scan.sha256
        station = store.station_id()
        revision = store.revision()
        assert revision
        summary = payload.build(store, folder / "payload.sqlite")
        with sqlite3.connect(db) as conn:
            rows = conn.execute(
                f"SELECT {', '.join(payload.CHANGE_COLUMNS)} FROM change_log WHERE station_id = ? ORDER BY seq",
                (station,),
            ).fetchall()
    key = keys.generate(station)
    path = folder / "out" / "甲镇.qsp"
    manifest = write_package(path, fields(summary, revision), summary.path, key)
    return Made(folder, path, path.read_bytes(), summary.path, summary, manifest, key, rows, pdf_sha, revision)


def refusal(path: Path, lookup: package.KeyLookup, temp_dir: Path | None = None, **kw: int) -> str:
    with pytest.raises(KnownError) as refused:
        read_package(path, key_for_station=lookup, temp_dir=temp_dir, **kw).close()
    return refused.value.code


def craft(made: Made, manifest: dict[str, object], *, major: int = 1, minor: int = 0,
          key: keys.StationKey | None = None, payload_bytes: bytes | None = None) -> bytes:
    body = package.canonical(manifest)
    head = HEAD.pack(MAGIC, major, minor, len(body)) + body
    tail = made.payload_file.read_bytes() if payload_bytes is None else payload_bytes
    return head + (key or made.key).sign(head) + tail


# -- round trip ----------------------------------------------------------------------------------------------


def test_round_trip_gives_the_same_change_records(made: Made, tmp_path: Path) -> None:
    with read_package(made.path, key_for_station=made.lookup, temp_dir=tmp_path) as pkg:
        assert pkg.manifest == made.manifest
        assert pkg.manifest.station_id == made.key.station_id
        assert pkg.manifest.format_version == "1.0"
        assert pkg.size == len(made.data)
        conn = pkg.open_payload()
        try:
            changes = [tuple(vars(c).values()) for c in payload.iter_changes(conn)]
            files = list(payload.iter_attachments(conn))
            meta = payload.meta(conn)
        finally:
            conn.close()
        assert list(tmp_path.iterdir()) == [pkg.payload_path]
    assert list(tmp_path.iterdir()) == []  # closing removes the payload copy
    assert changes == made.rows
    assert [f.sha256 for f in files] == [made.pdf_sha]  # only the referenced scan, once
    assert files[0].data == PDF
    assert files[0].name == "证书扫描.pdf"
    counts = made.manifest.counts
    assert counts["enterprise"] == 3
    assert counts["certification"] == 1
    assert counts["attachment"] == 2
    assert sum(counts.values()) == len(made.rows) == made.summary.changes
    assert made.manifest.seq_first == 1
    assert made.manifest.seq_last == made.rows[-1][2]
    assert meta["station_id"] == made.key.station_id
    firm = next(c for c in changes if c[3] == "enterprise")
    assert orjson.loads(str(firm[7]))["name"].startswith("同步测试企业")


def test_layout_and_canonical_manifest(made: Made) -> None:
    magic, major, minor, length = HEAD.unpack(made.data[: HEAD.size])
    assert (magic, major, minor) == (b"QSP\r\n\x1a\n", 1, 0)
    body = made.data[HEAD.size : HEAD.size + length]
    assert body == orjson.dumps(orjson.loads(body), option=orjson.OPT_SORT_KEYS)
    assert b" " not in body.replace("同步".encode(), b"")  # compact separators
    manifest = orjson.loads(body)
    assert set(manifest) == set(package.REQUIRED)
    assert manifest["payload_size"] == made.payload_file.stat().st_size
    assert len(made.data) == HEAD.size + length + 64 + manifest["payload_size"]


def test_payload_range_and_a_store_left_alone(made: Made) -> None:
    db = made.folder / "county.db"
    before = db.read_bytes()
    with Store.open(db) as store:
        part = payload.build(store, made.folder / "part.sqlite", seq_first=3, seq_last=5)
    assert (part.seq_first, part.seq_last, part.changes) == (3, 5, 3)
    conn = payload.open_read_only(part.path)
    try:
        assert [c.seq for c in payload.iter_changes(conn)] == [3, 4, 5]
        assert list(payload.iter_attachments(conn)) == []
    finally:
        conn.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM change_log").fetchone() == (len(made.rows),)
    assert len(before) > 0


# -- damage ------------------------------------------------------------------------------------------------


def test_truncated_anywhere_is_refused_and_leaves_no_temp_file(made: Made, tmp_path: Path) -> None:
    rng = random.Random(8)
    offsets = sorted(rng.sample(range(len(made.data)), 200))
    assert offsets[0] < HEAD.size + 200  # some in the header and manifest, most in the payload
    temp = tmp_path / "temp"
    temp.mkdir()
    target = tmp_path / "cut.qsp"
    codes: set[str] = set()
    for offset in offsets:
        target.write_bytes(made.data[:offset])
        codes.add(refusal(target, made.lookup, temp))
        assert list(temp.iterdir()) == [], offset
    assert codes <= {"package_not_qsp", "package_truncated"}
    assert "package_truncated" in codes


def test_a_thousand_single_bit_flips_are_all_refused(made: Made, tmp_path: Path) -> None:
    rng = random.Random(1008)
    temp = tmp_path / "temp"
    temp.mkdir()
    target = tmp_path / "flipped.qsp"
    codes: set[str] = set()
    for _ in range(1000):
        bit = rng.randrange(len(made.data) * 8)
        damaged = bytearray(made.data)
        damaged[bit // 8] ^= 1 << (bit % 8)
        target.write_bytes(damaged)
        codes.add(refusal(target, made.lookup, temp))
    assert list(temp.iterdir()) == []
    assert {"package_corrupt", "package_forged"} <= codes


def test_random_bytes_after_the_magic_are_damage_not_a_newer_version(made: Made, tmp_path: Path) -> None:
    target = tmp_path / "noise.qsp"
    rng = random.Random(77)
    codes = set()
    for _ in range(50):  # a valid start, then noise where the versions are
        noise = bytes(rng.randrange(256) for _ in range(HEAD.size - len(MAGIC)))
        major = int.from_bytes(noise[:2], "big")
        if major <= 1 + package.PLAUSIBLE_NEWER:
            continue
        target.write_bytes(MAGIC + noise + made.data[HEAD.size:])
        codes.add(refusal(target, made.lookup))
    assert codes == {"package_corrupt"}


def test_payload_copies_left_by_killed_imports_are_cleared_once_stale(tmp_path: Path) -> None:
    import time

    old, fresh, other = (tmp_path / n for n in ("qsp-payload-a.sqlite", "qsp-payload-b.sqlite", "notes.sqlite"))
    for f in (old, fresh, other):
        f.write_bytes(b"x")
    day_ago = time.time() - 24 * 3600
    os.utime(old, (day_ago, day_ago))
    os.utime(other, (day_ago, day_ago))
    assert package.remove_stale_payloads(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite", "qsp-payload-b.sqlite"]  # in use, not ours


def test_same_package_id_with_other_bytes_is_forged(made: Made, tmp_path: Path) -> None:
    target = tmp_path / "forged.qsp"
    changed = {**made.manifest.to_dict(), "counts": {**made.manifest.counts, "enterprise": 99}}
    # the original signature under an edited manifest
    body = package.canonical(changed)
    head = HEAD.pack(MAGIC, 1, 0, len(body)) + body
    target.write_bytes(head + made.data[HEAD.size + len(made.manifest.to_bytes()) :])  # old signature, payload
    assert refusal(target, made.lookup) == "package_forged"
    # signed again, by someone else's key
    intruder = keys.StationKey(made.key.station_id, bytes(range(32)))
    target.write_bytes(craft(made, made.manifest.to_dict(), key=intruder))
    assert refusal(target, made.lookup) == "package_forged"
    # the real station's key, the same id, other bytes: valid, and the file hash tells them apart
    again = write_package(tmp_path / "again.qsp", fields(made.summary, made.revision,
                          package_id=made.manifest.package_id, created_at="2027-01-01T00:00:00+00:00"),
                          made.payload_file, made.key)
    assert again.package_id == made.manifest.package_id
    with read_package(made.path, key_for_station=made.lookup) as first, \
            read_package(tmp_path / "again.qsp", key_for_station=made.lookup) as second:
        assert first.file_sha256 != second.file_sha256


def test_stations_unknown_revoked_or_with_another_key(made: Made) -> None:
    assert refusal(made.path, lambda _station: None) == "package_station_unknown"
    with pytest.raises(KnownError) as refused:
        read_package(made.path, key_for_station=lambda _station: Revoked("2026-05-01"))
    assert refused.value.code == "package_station_revoked"
    assert "2026-05-01" in refused.value.message()
    assert made.key.station_id in refused.value.message("en")

    def refuse_it(station: str) -> bytes:  # a lookup may also raise a KnownError of its own
        raise KnownError("package_station_unknown", path="甲镇.qsp", station=station)

    assert refusal(made.path, refuse_it) == "package_station_unknown"
    other = keys.generate(made.key.station_id)
    assert refusal(made.path, lambda _station: other.public) == "package_forged"


def test_versions_newer_major_refused_older_and_newer_minor_read(
    made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "v.qsp"
    newer = {**made.manifest.to_dict(), "format_version": "2.0"}
    target.write_bytes(craft(made, newer, major=2))
    with pytest.raises(KnownError) as refused:
        read_package(target, key_for_station=made.lookup)
    assert refused.value.code == "package_format_newer"
    assert "2.0" in refused.value.message()
    assert "1.x" in refused.value.message()
    target.write_bytes(craft(made, {**made.manifest.to_dict(), "format_version": "0.9"}, major=0, minor=9))
    assert refusal(target, made.lookup) == "package_format_old"

    # a newer minor version (a field this reader does not know) is read, the field kept
    monkeypatch.setattr(package, "FORMAT_MINOR", 3)
    minor = write_package(tmp_path / "m.qsp", fields(made.summary, made.revision, receipts_hint="x"),
                          made.payload_file, made.key)
    monkeypatch.setattr(package, "FORMAT_MINOR", 0)
    with read_package(tmp_path / "m.qsp", key_for_station=made.lookup) as pkg:
        assert pkg.manifest.format_version == "1.3" == minor.format_version
        assert pkg.manifest.extra == {"receipts_hint": "x"}
    # an older minor version, read by a newer reader
    monkeypatch.setattr(package, "FORMAT_MINOR", 7)
    with read_package(made.path, key_for_station=made.lookup) as pkg:
        assert pkg.manifest.format_version == "1.0"


def test_signed_but_broken_packages(made: Made, tmp_path: Path) -> None:
    target = tmp_path / "b.qsp"
    base = made.manifest.to_dict()
    missing = {k: v for k, v in base.items() if k != "kind"}
    target.write_bytes(craft(made, missing))
    assert refusal(target, made.lookup) == "package_manifest_bad"
    target.write_bytes(craft(made, {**base, "kind": "city"}))
    assert refusal(target, made.lookup) == "package_manifest_bad"
    target.write_bytes(craft(made, {**base, "format_version": "1.1"}))  # header says 1.0
    assert refusal(target, made.lookup) == "package_manifest_bad"
    target.write_bytes(craft(made, {**base, "counts": {"enterprise": 1}}))
    assert refusal(target, made.lookup) == "package_corrupt"
    target.write_bytes(craft(made, base) + b"\x00")
    assert refusal(target, made.lookup) == "package_corrupt"
    junk = b"SQLite format 3\x00" + bytes(4080)
    fake = {**base, "payload_size": len(junk), "payload_sha256": hashlib.sha256(junk).hexdigest()}
    target.write_bytes(craft(made, fake, payload_bytes=junk))  # hash and signature fine, not a database
    temp = tmp_path / "temp"
    temp.mkdir()
    assert refusal(target, made.lookup, temp) == "package_corrupt"
    assert list(temp.iterdir()) == []
    bad_json = b"{not json"
    head = HEAD.pack(MAGIC, 1, 0, len(bad_json)) + bad_json
    target.write_bytes(head + made.key.sign(head))
    assert refusal(target, made.lookup) == "package_manifest_bad"


def test_not_a_package_too_big_and_missing(made: Made, tmp_path: Path) -> None:
    target = tmp_path / "x.qsp"
    target.write_bytes(b"PK\x03\x04 a zip file, not a package")
    assert refusal(target, made.lookup) == "package_not_qsp"
    target.write_bytes(b"")
    assert refusal(target, made.lookup) == "package_not_qsp"
    assert refusal(made.path, made.lookup, max_bytes=1000) == "package_too_big"
    assert refusal(tmp_path / "none.qsp", made.lookup) == "file_not_found"
    with pytest.raises(KnownError) as refused:
        read_package(target.with_name("y.qsp"), key_for_station=made.lookup)
    assert "y.qsp" in refused.value.message()


def test_short_write_is_caught_by_reading_back(
    made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def fake_capacity(src: str | Path, dst: str | Path) -> None:  # the stick keeps only the first 4 KB
        real_replace(src, dst)
        with open(dst, "r+b") as fh:
            fh.truncate(4096)

    monkeypatch.setattr(os, "replace", fake_capacity)
    out = tmp_path / "usb"
    with pytest.raises(KnownError) as refused:
        write_package(out / "甲镇.qsp", fields(made.summary, made.revision), made.payload_file, made.key)
    assert refused.value.code == "package_write_unverified"
    assert list(out.iterdir()) == []  # neither the bad file nor a temporary one is left


def test_write_refuses_a_bad_manifest(made: Made, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as refused:
        write_package(tmp_path / "k.qsp", fields(made.summary, made.revision, kind="city"), made.payload_file, made.key)
    assert refused.value.code == "package_manifest_bad"
    assert not (tmp_path / "k.qsp").exists()
    with pytest.raises(ValueError):
        write_package(tmp_path / "k.qsp", fields(made.summary, made.revision, station_id="other"), made.payload_file,
                      made.key)


# -- keys --------------------------------------------------------------------------------------------------


def test_station_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path))
    station = "0190f5a2-7c1e-7000-8000-000000000001"
    with pytest.raises(KnownError) as refused:
        keys.load(station)
    assert refused.value.code == "station_key_missing"
    key = keys.generate(station)
    path = keys.save(key)
    assert path == tmp_path / "keys" / f"{station}.key"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.load(station) == key
    assert key.public.hex() not in repr(key)
    assert key.seed.hex() not in repr(key)
    with pytest.raises(KnownError) as refused:
        keys.save(keys.generate(station))
    assert refused.value.code == "station_key_exists"
    assert keys.load(station) == key  # not overwritten

    text = key.public_text()
    assert keys.public_key_from_text(text + "\n") == key.public
    assert len(key.fingerprint()) == 19
    assert key.fingerprint() == keys.fingerprint(key.public)
    for bad in ("not base64!", "AAAA"):
        with pytest.raises(KnownError) as refused:
            keys.public_key_from_text(bad)
        assert refused.value.code == "station_public_key_bad"

    signature = key.sign(b"message")
    assert keys.verify(key.public, b"message", signature)
    assert not keys.verify(key.public, b"messagf", signature)
    assert not keys.verify(keys.generate(station).public, b"message", signature)

    path.write_text("something else\n", encoding="ascii")
    with pytest.raises(KnownError) as refused:
        keys.load(station)
    assert refused.value.code == "station_key_bad"
    with pytest.raises(ValueError):
        keys.key_path("../../etc/passwd")


def test_every_refusal_has_a_message_in_both_languages() -> None:
    from qsupervise.messages import CATALOGUE

    for code in ("package_not_qsp", "package_corrupt", "package_forged", "package_format_newer",
                 "package_truncated", "package_write_unverified", "station_key_missing"):
        zh, en = CATALOGUE[code]
        assert zh
        assert en
        assert zh != en
    assert "同步包" in KnownError("package_forged", path="a.qsp").message()
