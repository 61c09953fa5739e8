"""The products' tallies of their standards (standard_count, adopting) follow every write of the standards."""

from __future__ import annotations

from sqlalchemy import delete, update
from sqlmodel import select

from qsupervise import dialect
from qsupervise.changelog import bulk_insert, stamp
from qsupervise.models import Change, ExecutedStandard, Product
from qsupervise.store import Store
from tests.core.standards_data import add_firm

STD = ExecutedStandard.__table__  # type: ignore[attr-defined]


def tallies(store: Store) -> dict[str, tuple[int, bool]]:
    with store.read() as s:
        return {p.name: (p.standard_count, p.adopting) for p in s.exec(select(Product))}


def test_tallies_follow_inserts_updates_and_deletes(store: Store) -> None:
    ids = add_firm(store, "甲食品", "城关镇", "C1431", {"p1": ["GB 7099-2015", "GB/T 20977-2007"], "p2": []})
    assert tallies(store) == {"p1": (2, False), "p2": (0, False)}
    with store.session() as s:
        s.execute(update(STD).where(STD.c.id == ids["p1"][0]).values(adopts_international=True))
    assert tallies(store)["p1"] == (2, True)
    with store.session() as s:
        p2 = s.exec(select(Product).where(Product.name == "p2")).one()
        s.execute(update(STD).where(STD.c.id == ids["p1"][0]).values(product_id=p2.id))  # moved with its flag
    assert tallies(store) == {"p1": (1, False), "p2": (1, True)}
    with store.session() as s:
        s.execute(delete(STD).where(STD.c.id == ids["p1"][0]))
    assert tallies(store) == {"p1": (1, False), "p2": (0, False)}


def test_bulk_rows_are_counted_and_the_tallies_stay_out_of_the_change_log(store: Store) -> None:
    add_firm(store, "乙电器", "河口镇", "C3874", {"p3": []})
    with store.session() as s:
        product = s.exec(select(Product).where(Product.name == "p3")).one()
        ctx = s.info["write_context"]
        rows = [stamp(ctx, {"product_id": product.id, "raw": n, "normalized": n, "adopts_international": i == 0})
                for i, n in enumerate(("GB 7000.1-2015", "GB 4706.1-2005", "Q/ABC 001-2020"))]
        bulk_insert(s.connection(), ctx, STD, rows)
    assert tallies(store)["p3"] == (3, True)
    with store.read() as s:
        logged = {c.field for c in s.exec(select(Change).where(Change.table_name == "product"))}
        inserted = [c.value or "" for c in s.exec(select(Change).where(Change.table_name == "product",
                                                                        Change.op == "insert"))]
    assert not logged & {"standard_count", "adopting"}
    assert all("standard_count" not in v and "adopting" not in v for v in inserted)


def test_the_triggers_exist_at_the_head_revision(store: Store) -> None:
    # a later migration that rebuilds product or executed_standard (batch mode copies the table) drops them
    with store.engine.connect() as conn:
        on_standards, on_products = (dialect.trigger_names(conn, t) for t in ("executed_standard", "product"))
    assert {"tally_standard_insert", "tally_standard_delete", "tally_standard_update"} <= on_standards
    assert "tally_product_insert" in on_products
