"""The audit trail read back: filters and pages in SQL, an entry's data changes (old → new), the export."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qsupervise.cli import main
from qsupervise.services import audit, audit_trail, enterprises, org
from qsupervise.services.audit_trail import TrailFilter
from qsupervise.store import Store


def town(store: Store) -> str:
    with store.read() as s:
        return next(u.id for u in org.list_units(s) if u.kind == "township")


def test_an_update_shows_old_and_new_values(store: Store) -> None:
    township = town(store)
    with store.session() as s:
        made, _ = enterprises.save(s, data=enterprises.EnterpriseInput(name="老名字厂", township_id=township))
    with store.session() as s:
        enterprises.save(s, data=enterprises.EnterpriseInput(name="新名字厂", township_id=township,
                                                             address="河口路 1 号"), enterprise_id=made.id)
    with store.read() as s:
        created, updated = sorted(audit_trail.page(s, TrailFilter(kind="enterprise")), key=lambda r: r.seq)
        assert updated.action == "enterprise.update"
        assert audit.CHANGES_KEY not in updated.detail  # the program's own key is not shown
        changes = audit_trail.changes_of(s, updated.seq)
        inserted = audit_trail.changes_of(s, created.seq)
    assert changes.linked
    by_field = {c.field: c for c in changes.changes}
    assert (by_field["name"].old, by_field["name"].new) == ("老名字厂", "新名字厂")
    assert (by_field["address"].old, by_field["address"].new) == ("", "河口路 1 号")
    assert all(c.row_id == made.id and c.table == "enterprise" for c in changes.changes)
    assert by_field["name"].user == "cli"
    assert {c.op for c in inserted.changes} == {"insert"}
    assert any(c.field == "name" and c.new == "老名字厂" for c in inserted.changes)
    assert "update enterprise.name" in audit_trail.describe(changes.changes)[0] or any(
        "老名字厂 → 新名字厂" in line for line in audit_trail.describe(changes.changes))


def test_a_second_update_takes_the_previous_change_as_old(store: Store) -> None:
    township = town(store)
    with store.session() as s:
        made, _ = enterprises.save(s, data=enterprises.EnterpriseInput(name="甲", township_id=township))
    for name in ("乙", "丙"):
        with store.session() as s:
            enterprises.save(s, data=enterprises.EnterpriseInput(name=name, township_id=township),
                             enterprise_id=made.id)
    with store.read() as s:
        last = audit_trail.page(s, TrailFilter(), limit=1)[0]
        change = next(c for c in audit_trail.changes_of(s, last.seq).changes if c.field == "name")
    assert (change.old, change.new) == ("乙", "丙")


def test_filters_and_keyset_pages(store: Store) -> None:
    for i in range(25):
        with store.session(actor="甲用户" if i % 2 else "cli") as s:
            audit.record(s, actor="甲用户" if i % 2 else "cli", action="export.enterprises" if i % 3 else "print.form",
                         target=f"名录{i}.xlsx", detail={"n": i})
    with store.read() as s:
        everything = audit_trail.count(s, TrailFilter())
        assert everything == 26  # with the template's "init"
        first = audit_trail.page(s, TrailFilter(), limit=10)
        second = audit_trail.page(s, TrailFilter(), before=first[-1].seq, limit=10)
        assert [r.seq for r in first + second] == list(range(26, 6, -1))
        assert audit_trail.count(s, TrailFilter(actor="甲用户")) == 12
        assert audit_trail.count(s, TrailFilter(kind="export")) == 16
        assert audit_trail.count(s, TrailFilter(kind="print.form")) == 9
        assert audit_trail.count(s, TrailFilter(text="名录1")) == 11  # 1, 10…19
        assert audit_trail.count(s, TrailFilter(text="100%")) == 0  # LIKE wildcards are plain characters
        today = date.today()
        assert audit_trail.count(s, TrailFilter(since=today, until=today)) == 26
        assert audit_trail.count(s, TrailFilter(until=today - timedelta(days=2))) == 0
        assert audit_trail.actors(s) == sorted({"cli", "甲用户"})
        assert {"export", "print", "init"} <= set(audit_trail.kinds(s))
        assert len(list(audit_trail.all_rows(s, TrailFilter(), batch=7))) == 26


def test_export_command_writes_the_filtered_entries_and_is_audited(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(3):
        audit.record_use(store, actor="cli", action="print.sampling_form", target=f"抽样单{i}.pdf")
    store.close()
    out = tmp_path / "trail.xlsx"
    code = main(["audit", "export", str(out), "--kind", "print", "--since", date.today().isoformat(),
                 "--db", str(store.path), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0
    assert payload["count"] == 3
    book = load_workbook(out, read_only=True)
    values = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert values[0][:4] == ["序号", "时间", "用户", "操作"]
    assert [v[4] for v in values[1:]] == ["抽样单2.pdf", "抽样单1.pdf", "抽样单0.pdf"]
    code = main(["audit", "list", "--kind", "export", "--db", str(store.path), "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert [e["action"] for e in listed["entries"]] == ["export.audit"]
    assert listed["entries"][0]["detail"] == {"rows": 3, "kind": "print", "since": date.today().isoformat()}
    assert main(["audit", "export", "--db", str(store.path)]) == 2  # no output file: usage
    assert main(["audit", "export", str(out), "--since", "2026/1/1", "--db", str(store.path)]) == 2
