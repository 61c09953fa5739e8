"""Stations and enrolment: the county enrols a township, the township is set up from the file, keys verify,
revocation refuses, a changed enrolment file is refused; the CLI follows DESIGN §7."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlmodel import select

from qsupervise.cli import main
from qsupervise.errors import KnownError
from qsupervise.models import OrgUnit, Station
from qsupervise.store import Store
from qsupervise.sync import keys, package, payload, stations
from tests.core.cli_tools import run_json


@dataclass
class Pair:
    county_db: Path
    town_db: Path
    enroll: Path
    county_keys: Path
    town_keys: Path
    added: dict[str, Any]
    inited: dict[str, Any]


def enrolled_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Pair:
    """A county with 甲镇 enrolled and a township set up from its file, each with its own data folder."""
    county_db, town_db, enroll = tmp_path / "county.db", tmp_path / "town.db", tmp_path / "usb" / "甲镇.enroll"
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path / "county-data"))
    assert main(["init", "--db", str(county_db), "--role", "county", "--name", "某某县"]) == 0
    capsys.readouterr()
    code, added = run_json(capsys, "station", "add", "--db", str(county_db), "--name", "甲镇", "--out", str(enroll))
    assert code == 0
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path / "town-data"))
    code, inited = run_json(capsys, "init", "--db", str(town_db), "--role", "township", "--enroll", str(enroll))
    assert code == 0
    return Pair(county_db, town_db, enroll, tmp_path / "county-data" / "keys", tmp_path / "town-data" / "keys",
                added, inited)


def township_package(town_db: Path, folder: Path, key_dir: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(town_db) as store:
        station = store.station_id()
        summary = payload.build(store, folder / "payload.sqlite")
        revision = store.revision()
    assert summary.changes > 0  # the township's own org rows, at least
    key = keys.load(station, directory=key_dir)
    dest = folder / "甲镇.qsp"
    package.write_package(dest, {"schema_revision": revision, "seq_first": summary.seq_first,
                                 "seq_last": summary.seq_last, "counts": summary.counts, "audit_head": "0" * 64,
                                 "kind": "township"}, summary.path, key)
    return dest


def test_enrolment_shares_ids_and_the_township_key_verifies_at_the_county(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = enrolled_pair(tmp_path, capsys, monkeypatch)
    station = pair.added["station"]
    assert isinstance(station, dict)
    assert pair.added["contains_private_key"] is True
    assert pair.added["notice"]
    assert pair.inited["station_id"] == station["id"]
    assert pair.inited["township_id"] == station["org_unit_id"]
    assert pair.inited["county_fingerprint"] == pair.added["county_fingerprint"]

    def rows(db: Path) -> tuple[dict[str, tuple[str, str, str | None]], dict[str, tuple[str, str]]]:
        with Store.open(db) as store, store.read() as s:
            found = {st.id: (st.code, st.role, st.org_unit_id) for st in s.exec(select(Station))}
            units = {u.id: (u.kind, u.name) for u in s.exec(select(OrgUnit))}
        return found, units

    county_stations, county_units = rows(pair.county_db)
    town_stations, town_units = rows(pair.town_db)
    assert town_stations == county_stations  # same ids, codes, roles and org units on both sides
    assert town_units.items() <= county_units.items()  # the county and 甲镇 with the county's ids
    assert {kind for kind, _ in town_units.values()} == {"county", "township"}
    # the township's private key is in its key folder only, never in either database
    assert (pair.town_keys / f"{station['id']}.key").exists()
    assert not (pair.county_keys / f"{station['id']}.key").exists()
    with Store.open(pair.town_db) as store, store.read() as s:
        county_row = s.get(Station, str(pair.inited["county_station_id"]))
        assert county_row is not None
        assert county_row.public_key
        assert not county_row.is_local

    made = township_package(pair.town_db, tmp_path / "pkg", pair.town_keys)
    with Store.open(pair.county_db) as store, store.read() as s:
        lookup = stations.key_for_station(s)
        assert lookup("no-such-station") is None
        with package.read_package(made, key_for_station=lookup) as verified:
            assert verified.manifest.station_id == station["id"]


def test_revoked_station_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = enrolled_pair(tmp_path, capsys, monkeypatch)
    made = township_package(pair.town_db, tmp_path / "pkg", pair.town_keys)
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path / "county-data"))
    code, revoked = run_json(capsys, "station", "revoke", "--db", str(pair.county_db), "--name", "甲镇")
    assert code == 0
    station = revoked["station"]
    assert isinstance(station, dict)
    assert station["revoked_at"]
    with Store.open(pair.county_db) as store, store.read() as s:
        found = stations.key_for_station(s)(str(station["id"]))
        assert isinstance(found, package.Revoked)
        assert found.since == station["revoked_at"]
        with pytest.raises(KnownError) as refused:
            package.read_package(made, key_for_station=stations.key_for_station(s))
    assert refused.value.code == "package_station_revoked"
    code, again = run_json(capsys, "station", "revoke", "--db", str(pair.county_db), "--name", "甲镇")
    assert code == 1
    assert again["error"]["code"] == "station_already_revoked"
    # the township can be enrolled again: a new station for the same org unit
    code, readded = run_json(capsys, "station", "add", "--db", str(pair.county_db), "--name", "甲镇",
                             str(tmp_path / "again.enroll"))
    assert code == 0
    new = readded["station"]
    assert isinstance(new, dict)
    assert new["id"] != station["id"]
    assert new["org_unit_id"] == station["org_unit_id"]
    code, listed = run_json(capsys, "station", "list", "--db", str(pair.county_db))
    assert code == 0
    assert [(st["role"], bool(st["revoked_at"])) for st in listed["stations"]] == [
        ("county", False), ("township", True), ("township", False)]


def tampered(enroll: Path, dest: Path) -> Path:
    document = orjson.loads(enroll.read_bytes())
    document["body"]["township"]["org_unit_id"] = "01a20d32-0000-7000-8000-000000000000"
    dest.write_bytes(orjson.dumps(document))
    return dest


def test_a_changed_enrolment_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = enrolled_pair(tmp_path, capsys, monkeypatch)
    changed = tampered(pair.enroll, tmp_path / "changed.enroll")
    other = tmp_path / "other.db"
    code, refused = run_json(capsys, "init", "--db", str(other), "--role", "township", "--enroll", str(changed))
    assert code == 1
    assert refused["error"]["code"] == "enroll_forged"
    assert not other.exists()  # checked before any database is created
    # a signature by another key than the one in the file is refused as well
    document = orjson.loads(pair.enroll.read_bytes())
    document["signature"] = base64.b64encode(keys.generate("x").sign(package.canonical(document["body"]))).decode()
    resigned = tmp_path / "resigned.enroll"
    resigned.write_bytes(orjson.dumps(document))
    with pytest.raises(KnownError) as bad:
        stations.read_enrollment(resigned)
    assert bad.value.code == "enroll_forged"
    garbage = tmp_path / "garbage.enroll"
    garbage.write_text("{not json", encoding="utf-8")
    with pytest.raises(KnownError) as bad:
        stations.read_enrollment(garbage)
    assert bad.value.code == "enroll_bad"
    assert "garbage.enroll" in bad.value.message("en")


def test_cli_refusals_and_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = enrolled_pair(tmp_path, capsys, monkeypatch)
    # a township cannot enrol stations
    code, refused = run_json(capsys, "station", "add", "--db", str(pair.town_db), "--name", "乙镇",
                             "--out", str(tmp_path / "乙镇.enroll"))
    assert code == 1
    assert refused["error"]["code"] == "station_add_not_county"
    monkeypatch.setenv("QS_DATA_DIR", str(tmp_path / "county-data"))
    code, refused = run_json(capsys, "station", "add", "--db", str(pair.county_db), "--name", "甲镇",
                             "--out", str(tmp_path / "twice.enroll"))
    assert code == 1
    assert refused["error"]["code"] == "station_exists"
    assert not (tmp_path / "twice.enroll").exists()
    code, refused = run_json(capsys, "station", "revoke", "--db", str(pair.county_db), "--name", "丙镇")
    assert code == 1
    assert refused["error"]["code"] == "station_not_found"
    # --db after the verb, positional output; a new township gets its org unit
    code, added = run_json(capsys, "station", "add", "--name", "乙镇", str(tmp_path / "乙镇.enroll"),
                           "--db", str(pair.county_db))
    assert code == 0
    assert (tmp_path / "乙镇.enroll").exists()
    with Store.open(pair.county_db) as store, store.read() as s:
        unit = s.exec(select(OrgUnit).where(OrgUnit.name == "乙镇")).one()
    assert added["station"]["org_unit_id"] == unit.id
    # usage errors exit 2
    assert main(["station", "add", "--db", str(pair.county_db), "--name", "丁镇"]) == 2
    assert main(["init", "--db", str(tmp_path / "x.db"), "--role", "county", "--enroll", str(pair.enroll)]) == 2
    assert main(["init", "--db", str(tmp_path / "y.db"), "--role", "county"]) == 2
    capsys.readouterr()
    code, refused = run_json(capsys, "init", "--db", str(pair.town_db), "--role", "township",
                             "--enroll", str(pair.enroll))
    assert code == 1
    assert refused["error"]["code"] == "db_exists"
    capsys.readouterr()
