"""Core fixtures: a migrated, initialised template database copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qsupervise.services import setup
from qsupervise.store import Store

TOWNSHIPS = ["城关镇", "河口镇", "柳林乡"]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "county.db"
    with Store.open(path, create=True) as store, store.session() as s:
        setup.initialise(s, role="county", name="测试县", area_code="420999", townships=TOWNSHIPS)
    return path


@pytest.fixture
def store(template_db: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "county.db"
    shutil.copy(template_db, path)
    with Store.open(path) as opened:
        yield opened
