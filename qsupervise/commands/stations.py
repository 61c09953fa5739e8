"""``station``: the county enrols its townships (enrolment file), revokes and lists them."""

from __future__ import annotations

import argparse

from qsupervise.cli import ACTOR, Output, open_existing, out_path
from qsupervise.errors import UsageError
from qsupervise.messages import text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parent: argparse.ArgumentParser) -> None:
    station = sub.add_parser("station", parents=[parent], help="同步站点：登记、停用、列出乡镇站点（县级）")
    verbs = station.add_subparsers(dest="verb", metavar="VERB", required=True)

    p = verbs.add_parser("add", parents=[parent], help="登记乡镇站点并写出登记文件（含乡镇私钥，U 盘交付一次）")
    p.add_argument("--name", required=True, help="乡镇名称（没有该乡镇时自动新增）")
    p.add_argument("output", nargs="?", help="登记文件路径（.enroll）")
    p.add_argument("--out", help="登记文件路径（.enroll）")
    p.set_defaults(handler=cmd_add)

    p = verbs.add_parser("revoke", parents=[parent], help="停用站点（电脑丢失）：此后拒收其同步包")
    p.add_argument("--name", required=True, help="站点名称、代码或 id")
    p.set_defaults(handler=cmd_revoke)

    p = verbs.add_parser("list", parents=[parent], help="列出站点")
    p.set_defaults(handler=cmd_list)


def cmd_add(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.sync import keys, stations

    dest = out_path(args)
    if dest is None:
        raise UsageError("usage", detail="station add --name NAME --out FILE.enroll")
    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        station, document = stations.add_station(s, name=args.name, actor=ACTOR)
        info = stations.list_stations(s)
        written = stations.write_enrollment(dest, document)  # inside the transaction: no file, no station
    added = next(i for i in info if i.id == station.id)
    county = document["body"]["county"]
    county_fingerprint = keys.fingerprint(keys.public_key_from_text(county["public_key"]))
    payload = {"ok": True, "db": str(store.path), "station": added.to_dict(), "enrollment": str(written),
               "county_station_id": county["station_id"], "county_fingerprint": county_fingerprint,
               "contains_private_key": True, "notice": text("station_private_key_notice", out.lang)}
    out.result(payload, [text("station_added", out.lang, name=added.name, code=added.code,
                              fingerprint=added.fingerprint, path=written, county_fingerprint=county_fingerprint)])
    return 0


def cmd_revoke(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.sync import stations

    with open_existing(args) as store, store.session(actor=ACTOR) as s:
        station = stations.revoke_station(s, ref=args.name, actor=ACTOR)
        info = next(i for i in stations.list_stations(s) if i.id == station.id)
    out.result({"ok": True, "db": str(store.path), "station": info.to_dict()},
               [text("station_revoked", out.lang, name=info.name, code=info.code)])
    return 0


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    from qsupervise.sync import stations

    with open_existing(args) as store, store.read() as s:
        rows = stations.list_stations(s)
    lines = [
        f"{i.code}\t{i.name}\t{i.role}{' *' if i.is_local else ''}\t{i.fingerprint or '-'}\t"
        f"{('revoked ' + i.revoked_at) if i.revoked_at else 'active'}"
        for i in rows
    ]
    out.result({"ok": True, "db": str(store.path), "stations": [i.to_dict() for i in rows]}, lines)
    return 0
