"""企业档案 queries and edits: search by name, pinyin initials and code; one code, one enterprise."""

from __future__ import annotations

import pytest

from qsupervise.services import enterprises as ent
from qsupervise.services import org, registry
from qsupervise.store import Store

VALID = "91350100M000100Y43"
BAD_CHECK = "91350100M000100Y44"


def town_id(store: Store, name: str) -> str:
    with store.read() as s:
        return org.resolve(s, name).id


def add(store: Store, name: str, township: str = "城关镇", **kw: object) -> str:
    with store.session() as s:
        e, _warnings = ent.save(s, data=ent.EnterpriseInput(name=name, township_id=town_id(store, township), **kw))  # type: ignore[arg-type]
    return e.id


def names(store: Store, q: registry.Query) -> list[str]:
    with store.read() as s:
        return [r.name for r in registry.rows(s, registry.find(s, q))]


@pytest.fixture
def filled(store: Store) -> Store:
    add(store, "发夏食品有限公司", uscc=VALID, industry_code="C1391", kind="enterprise")
    add(store, "华夏酒业有限公司", "河口镇", uscc="91110000600037341L", industry_code="1511")
    add(store, "城关镇王记百货店", kind="individual", industry_code="F5211")
    add(store, "柳林茶叶专业合作社", "柳林乡", kind="coop", scale="below", status="cancelled")
    return store


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("夏", ["发夏食品有限公司", "华夏酒业有限公司"]),
        ("fxsp", ["发夏食品有限公司"]),
        ("FXSP", ["发夏食品有限公司"]),
        ("9135", ["发夏食品有限公司"]),
        ("91110000", ["华夏酒业有限公司"]),
        ("百货", ["城关镇王记百货店"]),
        ("  王记 ", ["城关镇王记百货店"]),
        ("不存在", []),
        ("%", ["城关镇王记百货店", "发夏食品有限公司", "华夏酒业有限公司", "柳林茶叶专业合作社"]),
    ],
)
def test_search(filled: Store, text: str, expected: list[str]) -> None:
    assert sorted(names(filled, registry.Query(text=text))) == sorted(expected)


def test_filters_and_sort(filled: Store) -> None:
    assert names(filled, registry.Query(township_id=town_id(filled, "河口镇"))) == ["华夏酒业有限公司"]
    assert names(filled, registry.Query(industry="C")) == ["发夏食品有限公司", "华夏酒业有限公司"]
    assert names(filled, registry.Query(industry="C15")) == ["华夏酒业有限公司"]
    assert names(filled, registry.Query(kind="coop")) == ["柳林茶叶专业合作社"]
    assert names(filled, registry.Query(status="cancelled")) == ["柳林茶叶专业合作社"]
    by_code = names(filled, registry.Query(sort="uscc", descending=True))
    assert by_code[:2] == ["发夏食品有限公司", "华夏酒业有限公司"]
    with filled.read() as s:
        assert registry.count(s, registry.Query(text="夏")) == 2


def test_industry_is_stored_canonical(filled: Store) -> None:
    with filled.read() as s:
        rows = registry.rows(s, registry.find(s, registry.Query(text="华夏")))
    assert rows[0].industry_code == "C1511"


def test_one_code_one_enterprise(filled: Store) -> None:
    with pytest.raises(ent.InvalidInput) as info, filled.session() as s:
        other = ent.EnterpriseInput(name="另一家", township_id=town_id(filled, "柳林乡"), uscc=f" {VALID.lower()} ")
        ent.save(s, data=other)
    problem = next(p for p in info.value.problems if p.code == "duplicate_code")
    assert problem.params["name"] == "发夏食品有限公司"
    assert problem.params["township"] == "城关镇"
    assert "发夏食品有限公司" in problem.message()


def test_checksum_needs_a_reason_then_is_kept(store: Store) -> None:
    town = town_id(store, "城关镇")
    with pytest.raises(ent.InvalidInput) as info, store.session() as s:
        ent.save(s, data=ent.EnterpriseInput(name="试点企业", township_id=town, uscc=BAD_CHECK))
    assert {p.code for p in info.value.problems} == {"uscc_checksum", "uscc_override_needed"}
    with store.session() as s:
        e, warnings = ent.save(
            s, data=ent.EnterpriseInput(name="试点企业", township_id=town, uscc=BAD_CHECK, uscc_override="已核对执照")
        )
    assert [w.code for w in warnings] == ["uscc_checksum"]
    assert e.uscc_override == "已核对执照"


@pytest.mark.parametrize(
    ("fields", "codes"),
    [
        ({"name": "  "}, {"missing_field"}),
        ({"uscc": "91350100M00010"}, {"uscc_length"}),
        ({"uscc": "91350100M0001O0Y43"}, {"uscc_charset"}),
        ({"industry_code": "Z99"}, {"industry_code"}),
        ({"kind": "company"}, {"bad_choice"}),
        ({"founded_on": "2020/01/01"}, {"date_format"}),
        ({"name": "长" * 201}, {"field_too_long"}),  # the column's length: a server's indexes refuse far longer
        ({"address": "路" * 301, "legal_rep": "张" * 51}, {"field_too_long"}),
    ],
)
def test_errors_name_the_field(store: Store, fields: dict[str, str], codes: set[str]) -> None:
    data = ent.EnterpriseInput(**{"name": "某企业", "township_id": town_id(store, "城关镇"), **fields})  # type: ignore[arg-type]
    with store.read() as s:
        _cleaned, problems = ent.check(s, data)
    errors = {p.code for p in problems if p.severity == "error"}
    assert errors == codes
    assert all(p.message("zh") != p.code and p.message("en") != p.code for p in problems)


def test_missing_code_and_similar_name_are_warnings(filled: Store) -> None:
    data = ent.EnterpriseInput(name="发夏食品有限责任公司", township_id=town_id(filled, "河口镇"))
    with filled.read() as s:
        _cleaned, problems = ent.check(s, data)
    assert {(p.code, p.severity) for p in problems} == {("uscc_missing", "warning"), ("similar_name", "warning")}


def test_edit_history_and_soft_delete(filled: Store) -> None:
    with filled.read() as s:
        row = registry.rows(s, registry.find(s, registry.Query(text="fxsp")))[0]
        current = ent.input_from(registry.detail(s, row.id).enterprise)  # type: ignore[union-attr]
    with filled.session(actor="gui") as s:
        ent.save(s, data=ent.EnterpriseInput(**{**current.__dict__, "address": "工业园路 8 号"}), enterprise_id=row.id)
    with filled.read() as s:
        hist = registry.history(s, row.id)
    assert [(h.op, h.field) for h in hist] == [("insert", None), ("update", "address")]
    assert (hist[1].old, hist[1].new) == ("", "工业园路 8 号")
    with filled.session() as s:
        ent.set_deleted(s, enterprise_id=row.id, deleted=True)
    assert "发夏食品有限公司" not in names(filled, registry.Query())
    assert "发夏食品有限公司" in names(filled, registry.Query(include_deleted=True))
    # the code is free again while the enterprise is deactivated, so restoring a taken code is refused
    add(filled, "新发夏食品", uscc=VALID)
    with pytest.raises(ent.KnownError) as info, filled.session() as s:
        ent.set_deleted(s, enterprise_id=row.id, deleted=False)
    assert info.value.code == "duplicate_code"


def test_a_pasted_wall_of_text_searches_without_failing(filled: Store) -> None:
    assert names(filled, registry.Query(text="青溪" * 40_000)) == []


def test_search_pattern_shapes() -> None:
    assert registry.search_pattern("") is None
    assert registry.search_pattern("食品") == "%食品%"
    assert registry.search_pattern("91421") == "%\x1f91421%"
    assert registry.search_pattern("a_b%") == "%ab%"


def test_names_up_to_the_columns_length_are_kept(store: Store) -> None:
    row_id = add(store, "名" * 200)
    with store.read() as s:
        found = s.get(ent.Enterprise, row_id)
        assert found is not None
        assert len(found.name) == 200
    with store.session() as s, pytest.raises(ent.InvalidInput) as refused:
        ent.save(s, data=ent.EnterpriseInput(name="名" * 100_000, township_id=town_id(store, "城关镇")))
    assert [(p.field, p.params["length"]) for p in refused.value.problems if p.severity == "error"] == [
        ("name", "100000")]
