"""The merge's two ways of holding a package give the same result: records kept in memory (every test package is
small) and records staged in the scratch tables and read back ``ROWS`` rows at a time (a big package)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qsupervise.sync import merge
from tests.core import pg
from tests.core.sync_world import COUNTY, World


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, county_engine: pg.Databases | None) -> World:
    world = World.make(tmp_path_factory.mktemp("staged"), ["甲镇", "乙镇"]).on_server(county_engine)
    firms = [world.add_enterprise(t, f"{t}企业{i}") for t in ("甲镇", "乙镇") for i in range(4)]
    firms.append(world.add_enterprise(COUNTY, "县直企业", township="甲镇"))
    world.edit_enterprise("甲镇", firms[0], address="新址")
    world.edit_enterprise("乙镇", firms[4], contact_phone="123")
    world.edit_enterprise(COUNTY, firms[-1], address="县里改的")
    return world


def exchange_twice(world: World, folder: Path) -> list[dict[str, Any]]:
    """Two rounds of every township reporting and taking the county's answer, with concurrent edits between."""
    summaries: list[dict[str, Any]] = []
    folder.mkdir()
    for round_ in range(2):
        sent = [world.export(t, folder / f"{t}-{round_}.qsp") for t in world.townships]
        sent.append(world.export("甲镇", folder / f"again-{round_}.qsp"))  # the same records again: all known
        summaries += [r.summary.to_dict() for r in world.import_(COUNTY, *sent)]
        for t in world.townships:
            back = world.export(f"{COUNTY}:{t}", folder / f"{t}-back-{round_}.qsp")
            summaries += [r.summary.to_dict() for r in world.import_(t, back)]
        if round_ == 0:
            firm = world.dump("甲镇", tables=("enterprise",))["enterprise"][0][0]
            world.edit_enterprise("甲镇", firm, legal_rep="甲")
            world.edit_enterprise(COUNTY, firm, legal_rep="县")
    return summaries


def test_staged_records_merge_like_kept_ones(template: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = template.copy(tmp_path / "kept")
    staged = template.copy(tmp_path / "staged")
    expected = exchange_twice(kept, tmp_path / "p-kept")
    monkeypatch.setattr(merge, "KEEP", 0)  # every record staged, read back two rows at a time
    monkeypatch.setattr(merge, "ROWS", 2)
    monkeypatch.setattr(merge, "STAGE", 3)
    assert exchange_twice(staged, tmp_path / "p-staged") == expected
    assert sum(s["created"] for s in expected) > 10
    assert sum(s["conflicts"] for s in expected) > 0
    assert sum(s["records_known"] for s in expected) > 0
    for name in (COUNTY, *template.townships):
        assert staged.dump(name) == kept.dump(name)
        assert staged.change_count(name) == kept.change_count(name)
        assert staged.conflict_keys(name) == kept.conflict_keys(name)
    assert kept.dump(COUNTY) == kept.dump("甲镇") == kept.dump("乙镇")
    kept.discard()
    staged.discard()
