"""The county summary for the city: per-township figures from the merged data, a county row, who reported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from qsupervise.cli import main
from qsupervise.services.county_summary import summarise
from tests.core import pg
from tests.core.sync_world import COUNTY, World


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, county_engine: pg.Databases | None) -> World:
    return World.make(tmp_path_factory.mktemp("summary"), ["甲镇", "乙镇", "丙镇"]).on_server(county_engine)


def test_summary_counts_the_townships_work_and_who_reported(world: World, tmp_path: Path) -> None:
    for i in range(3):
        world.add_enterprise("甲镇", f"甲镇企业{i}")
    world.add_enterprise("乙镇", "乙镇企业")
    world.import_(COUNTY, world.export("甲镇", tmp_path / "a.qsp"))  # 乙镇 has not reported
    with world.open(COUNTY) as store:
        summary = summarise(store)
    by_name = {t.name: t for t in summary.townships}
    assert by_name["甲镇"].enterprises == 3
    assert by_name["乙镇"].enterprises == 0  # its work has not reached the county
    assert by_name["甲镇"].reported_this_month is True
    assert by_name["乙镇"].reported_this_month is False
    assert by_name["甲镇"].last_package_at.startswith(date.today().isoformat()[:7])
    assert summary.total is not None
    assert summary.total.enterprises == 3
    assert (summary.reported, summary.enrolled) == (1, 3)
    # next month nobody has reported yet
    with world.open(COUNTY) as store:
        later = summarise(store, day=date(date.today().year + 1, 1, 15))
    assert later.reported == 0


def test_cli_writes_the_workbook(world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    world.add_enterprise("丙镇", "丙镇企业")
    world.import_(COUNTY, world.export("丙镇", tmp_path / "c.qsp"))
    out = tmp_path / "汇总.xlsx"
    code = main(["export", "county-summary", "--db", world.address(COUNTY), "--out", str(out), "--json"])
    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert printed["ok"]
    assert printed["townships"] == 3
    assert printed["reported"] == 1
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["分乡镇汇总", "上报情况"]
    rows = list(book["分乡镇汇总"].iter_rows(values_only=True))
    assert rows[1][0] == "乡镇"
    names = {r[0]: r for r in rows[2:]}
    assert names["丙镇"][1] == 1
    assert names["丙镇"][-1] == "是"
    assert names["全县合计"][1] == 1
    assert names["全县合计"][-1] == "1/3"
    stations = list(book["上报情况"].iter_rows(values_only=True))
    assert {r[0] for r in stations[2:]} >= {"甲镇", "乙镇", "丙镇"}
    assert main(["export", "county-summary", "--db", world.address(COUNTY), "--out", str(out),
                 "--day", "2026-13-01"]) == 2
