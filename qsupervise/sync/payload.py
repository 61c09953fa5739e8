"""The payload of a sync package: a SQLite file of change records and the attachments they reference.

Built from a store by a read-only query (nothing in the store changes); read back from a verified payload
opened read-only with ``trusted_schema=OFF``. No file paths inside, attachments by content hash.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Table, select

from qsupervise.errors import KnownError
from qsupervise.models import Attachment
from qsupervise.models.system import Change

if TYPE_CHECKING:
    from qsupervise.store import Store

CHANGE_TABLE: Table = Change.__table__  # type: ignore[attr-defined]
ATTACHMENT_TABLE: Table = Attachment.__table__  # type: ignore[attr-defined]
PAYLOAD_VERSION = "1"
BATCH = 5000
# Same columns as change_log in the database (models/system.py Change).
CHANGE_COLUMNS = ("change_id", "station_id", "seq", "table_name", "row_id", "op", "field", "value", "hlc",
                  "base_hlc", "user_id")
ATTACHMENT_COLUMNS = ("sha256", "name", "mime", "size", "data")
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE change_log (
    change_id TEXT PRIMARY KEY, station_id TEXT NOT NULL, seq INTEGER NOT NULL, table_name TEXT NOT NULL,
    row_id TEXT NOT NULL, op TEXT NOT NULL, field TEXT, value TEXT, hlc INTEGER NOT NULL, base_hlc INTEGER,
    user_id TEXT NOT NULL DEFAULT ''
);
CREATE TABLE attachment (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, mime TEXT NOT NULL,
    size INTEGER NOT NULL, data BLOB NOT NULL);
"""


@dataclass(frozen=True)
class ChangeRecord:
    """One change record as it travels (the columns of ``change_log``)."""

    change_id: str
    station_id: str
    seq: int
    table_name: str
    row_id: str
    op: str
    field: str | None
    value: str | None  # JSON text (changelog.to_json)
    hlc: int
    base_hlc: int | None
    user_id: str


@dataclass(frozen=True)
class AttachmentFile:
    sha256: str
    name: str
    mime: str
    size: int
    data: bytes


@dataclass
class PayloadSummary:
    """What :func:`build` put in the payload: the manifest's seq range and counts come from here."""

    path: Path
    station_id: str
    seq_first: int
    seq_last: int
    counts: dict[str, int] = field(default_factory=dict)  # table -> change records
    changes: int = 0
    attachments: int = 0


def attachment_fields() -> dict[str, tuple[str, ...]]:
    """table -> its columns that point at ``attachment.id`` (found from the models' foreign keys, so a new
    table with an attachment column needs no change here)."""
    found: dict[str, tuple[str, ...]] = {}
    for table in ATTACHMENT_TABLE.metadata.sorted_tables:
        names = tuple(c.name for c in table.c if any(fk.column.table is ATTACHMENT_TABLE for fk in c.foreign_keys))
        if names:
            found[table.name] = names
    return found


def referenced_attachments(records: list[tuple[Any, ...]], fields: dict[str, tuple[str, ...]]) -> set[str]:
    """Attachment ids named by attachment fields in the values of these change rows (CHANGE_COLUMNS order)."""
    ids: set[str] = set()
    for row in records:
        table, op, name, value = row[3], row[5], row[6], row[7]
        columns = fields.get(table)
        if not columns or value is None:
            continue
        if op == "insert":
            values = orjson.loads(value)
            if isinstance(values, dict):
                ids.update(v for c in columns if isinstance(v := values.get(c), str))
        elif op == "update" and name in columns:
            v = orjson.loads(value)
            if isinstance(v, str):
                ids.add(v)
    return ids


def build(
    store: Store,
    dest: Path,
    *,
    seq_first: int = 1,
    seq_last: int | None = None,
    others: dict[str, int] | None = None,
    meta_extra: dict[str, str] | None = None,
) -> PayloadSummary:
    """Write the payload file ``dest`` (must not exist): the local station's change records with seq in
    ``[seq_first, seq_last]`` (to the newest when None), for each station in ``others`` its records after the
    seq given (a county's return package), and the attachments they reference."""
    if dest.exists():
        raise ValueError(f"payload file exists already: {dest}")
    station_id = store.station_id()
    fields = attachment_fields()
    out = sqlite3.connect(dest, isolation_level=None)
    try:
        out.execute("PRAGMA journal_mode=OFF")
        out.execute("PRAGMA synchronous=OFF")  # a scratch file: the package's hash protects it from here on
        out.executescript(SCHEMA)
        out.execute("BEGIN")
        counts: Counter[str] = Counter()
        wanted: set[str] = set()
        last_seen = seq_first - 1
        c = CHANGE_TABLE.c
        insert_change = f"INSERT INTO change_log ({', '.join(CHANGE_COLUMNS)}) VALUES ({', '.join('?' * 11)})"
        own = select(*(c[n] for n in CHANGE_COLUMNS)).where(c.station_id == station_id, c.seq >= seq_first)
        if seq_last is not None:
            own = own.where(c.seq <= seq_last)
        queries = [own] + [select(*(c[n] for n in CHANGE_COLUMNS)).where(c.station_id == other, c.seq > after)
                           for other, after in sorted((others or {}).items()) if other != station_id]
        with store.engine.connect() as conn:
            for number, query in enumerate(queries):
                result = conn.execution_options(stream_results=True).execute(query.order_by(c.seq))
                while rows := [tuple(r) for r in result.fetchmany(BATCH)]:
                    out.executemany(insert_change, rows)
                    counts.update(r[3] for r in rows)
                    wanted |= referenced_attachments(rows, fields)
                    if number == 0:
                        last_seen = max(last_seen, rows[-1][2])
            attachments = _copy_attachments(conn, out, sorted(wanted))
        last = seq_last if seq_last is not None else last_seen
        meta = {**(meta_extra or {}), "payload_version": PAYLOAD_VERSION, "station_id": station_id,
                "seq_first": str(seq_first), "seq_last": str(last)}
        out.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
        out.execute("COMMIT")
        out.execute("VACUUM")  # compact, no free pages carried along
    finally:
        out.close()
    return PayloadSummary(path=dest, station_id=station_id, seq_first=seq_first, seq_last=last,
                          counts=dict(sorted(counts.items())), changes=sum(counts.values()), attachments=attachments)


def _copy_attachments(conn: Any, out: sqlite3.Connection, ids: list[str]) -> int:
    a = ATTACHMENT_TABLE.c
    seen: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(select(a.sha256, a.name, a.mime, a.size, a.data).where(a.id.in_(chunk))).all()
        fresh = [tuple(r) for r in rows if r.sha256 not in seen]
        seen.update(r[0] for r in fresh)
        out.executemany("INSERT OR IGNORE INTO attachment (sha256, name, mime, size, data) VALUES (?, ?, ?, ?, ?)",
                        fresh)
    return len(seen)


def open_read_only(path: Path) -> sqlite3.Connection:
    """The payload opened read-only, ``trusted_schema=OFF``, after ``quick_check`` and a schema check."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise KnownError("package_corrupt", path=path, detail=str(exc)) from exc
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA query_only=ON")
        check = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if check != ["ok"]:
            raise KnownError("package_corrupt", path=path, detail="; ".join(map(str, check[:3])))
        objects = {(r[0], r[1]) for r in conn.execute("SELECT type, name FROM sqlite_schema")}
        needed = {("table", "meta"), ("table", "change_log"), ("table", "attachment")}
        extra = {o for o in objects if o[0] in ("trigger", "view")}
        if not needed <= objects or extra:
            raise KnownError("package_corrupt", path=path, detail="unexpected payload tables")
        columns = tuple(r[1] for r in conn.execute("PRAGMA table_info(change_log)"))
        if columns != CHANGE_COLUMNS:
            raise KnownError("package_corrupt", path=path, detail="unexpected change_log columns")
    except sqlite3.Error as exc:
        conn.close()
        raise KnownError("package_corrupt", path=path, detail=str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT table_name, count(*) FROM change_log GROUP BY table_name ORDER BY 1").fetchall())


def meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def iter_changes(conn: sqlite3.Connection) -> Iterator[ChangeRecord]:
    """The change records in seq order."""
    for row in change_rows(conn):
        yield ChangeRecord(*row)


def change_rows(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """The change records as tuples in CHANGE_COLUMNS order, by station and seq."""
    cursor = conn.execute(f"SELECT {', '.join(CHANGE_COLUMNS)} FROM change_log ORDER BY station_id, seq")
    while rows := cursor.fetchmany(BATCH):
        yield from rows


def iter_attachments(conn: sqlite3.Connection) -> Iterator[AttachmentFile]:
    """The attachments, each checked against its hash (KnownError ``package_corrupt`` otherwise)."""
    for row in conn.execute(f"SELECT {', '.join(ATTACHMENT_COLUMNS)} FROM attachment ORDER BY sha256"):
        found = AttachmentFile(*row)
        if hashlib.sha256(found.data).hexdigest() != found.sha256:
            raise KnownError("package_corrupt", path="", detail=f"attachment {found.sha256[:12]}… does not match")
        yield found


def decode_value(record: ChangeRecord) -> Any:
    """The record's value as Python data (bytes stay base64 text, as in the database's change log)."""
    return None if record.value is None else orjson.loads(record.value)

