"""Published spot-check result tables: messy files read, parties linked, re-imports idempotent, refusals and
dry runs leave the database as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from qsupervise.documents.spotcheck_import import import_spotchecks
from qsupervise.errors import KnownError
from qsupervise.models import SpotCheck
from qsupervise.services import checks, spotcheck_plans
from qsupervise.store import Store
from tests.core import db_state
from tests.core.db_state import count, snapshot
from tests.core.spotcheck_table_files import (
    HEAD,
    bad_check,
    code,
    messy,
    problems,
    register,
    rows_of,
    town,
    xlsx,
)


def test_a_messy_published_table(store: Store, tmp_path: Path) -> None:
    ids = register(store, ("甲食品有限公司", code(1), "城关镇"), ("乙（湖北）粮油有限公司", None, "河口镇"),
                   ("丙超市", None, "柳林乡"))
    result = import_spotchecks(store, messy(tmp_path / "messy.xlsx"))
    assert problems(result) == [
        (8, "统一社会信用代码", "warning", "uscc_length"),
        (8, "被抽样单位", "warning", "unlinked_enterprise"),
        (8, "标称生产者", "warning", "unlinked_enterprise"),
        (9, "检验结论", "error", "verdict_unknown"),
        (10, "产品名称", "error", "missing_field"),
        (11, "被抽样单位", "error", "missing_field"),
        (12, "抽样日期", "warning", "date_format"),
        (12, "被抽样单位", "warning", "unlinked_enterprise"),
        (12, "标称生产者", "warning", "unlinked_enterprise"),
        (13, "产品名称", "error", "duplicate_row"),
        (14, "被抽样单位", "warning", "cell_truncated"),
        (14, "标称生产者", "warning", "cell_truncated"),
        (14, "被抽样单位", "warning", "unlinked_enterprise"),
        (14, "标称生产者", "warning", "unlinked_enterprise"),
    ]
    assert result.counts == {"rows": 10, "created": 6, "updated": 0, "unchanged": 0, "warnings": 3, "errors": 4}
    assert result.table.headers[1:5] == ["序号", "被抽样单位", "标称生产者", "产品名称"]  # the two header rows as one
    messages = {(p.row, p.code): p.message for p in result.problems}
    assert "待定" in messages[9, "verdict_unknown"]
    assert "“产品名称”" in messages[10, "missing_field"]
    assert "都为空" in messages[11, "missing_field"]
    assert "第 5 行" in messages[13, "duplicate_row"]
    assert "18 位" in messages[8, "uscc_length"]
    rows = rows_of(store)
    assert {p: r["verdict"] for p, r in rows.items()} == {
        "面粉": "pass", "菜籽油": "fail", "酱油": "fail", "茶叶": "fail", "白酒": "pass", "米粉": "fail"}
    flour, oil, sauce, tea, liquor = rows["面粉"], rows["菜籽油"], rows["酱油"], rows["茶叶"], rows["白酒"]
    assert (flour["brand"], flour["failed_items"], flour["sampled_on"]) == ("", "", "2024-03-05")
    assert flour["uscc"] == code(1)
    assert (flour["enterprise_id"], flour["producer_id"]) == (ids["甲食品有限公司"], ids["甲食品有限公司"])
    assert flour["township_id"] == town(store, "城关镇")
    assert (flour["sampling"], flour["source"], len(flour["import_key"])) == ("sampled", "messy.xlsx row 5", 64)
    # the unit named once for two products, its merged code too; the producer linked across bracket widths
    assert (oil["unit_name"], oil["enterprise_id"], oil["uscc"]) == ("甲食品有限公司", ids["甲食品有限公司"], code(1))
    assert (oil["producer_id"], oil["sampled_on"], oil["failed_items"]) == (ids["乙（湖北）粮油有限公司"], "2024-03-06",
                                                                            "酸价")
    assert (sauce["unit_name"], sauce["enterprise_id"], sauce["brand"]) == ("丙 超市", ids["丙超市"], "")
    assert sauce["producer_id"] == ids["乙（湖北）粮油有限公司"]
    assert sauce["township_id"] == town(store, "柳林乡")  # the sampled unit's, not the producer's
    assert (tea["enterprise_id"], tea["producer_id"], tea["township_id"]) == (None, None, None)
    assert (tea["unit_name"], tea["producer_name"]) == ("丁商行", "外省戊有限公司")
    assert (tea["uscc"], tea["brand"]) == ("9142", "")
    assert liquor["sampled_on"] is None
    with store.read() as s:
        plan = spotcheck_plans.by_no(s, "导入：messy")
    assert (plan.year, plan.source, plan.category) == (2024, "import", "")
    assert {r["plan_id"] for r in rows.values()} == {plan.id}
    assert checks.check(store).ok


def test_a_csv_with_full_width_text(store: Store, tmp_path: Path) -> None:
    ids = register(store, ("湖北甲（集团）食品有限公司", None, "城关镇"))
    path = tmp_path / "结果.csv"
    path.write_text(
        "受检单位名称,生产企业,样品名称,品牌,规格,批号,抽查日期,抽查结果,不合格项,检验机构\n"
        "湖北甲(集团)食品有限公司,湖北甲（集团）食品有限公司,挂面,／,１ｋｇ,２０２４０３０１,２０２４年３月５日,合格,无,某检验所\n",
        encoding="utf-8-sig",
    )
    result = import_spotchecks(store, path)
    assert result.counts == {"rows": 1, "created": 1, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0}
    row = rows_of(store)["挂面"]
    assert (row["enterprise_id"], row["producer_id"]) == (ids["湖北甲（集团）食品有限公司"],) * 2
    assert (row["brand"], row["failed_items"], row["sampled_on"]) == ("", "", "2024-03-05")
    assert row["batch"] == "２０２４０３０１"
    assert (row["spec"], row["agency"], row["source"]) == ("１ｋｇ", "某检验所", "结果.csv row 2")


def test_linking_by_code_and_by_name(store: Store, tmp_path: Path) -> None:
    ids = register(
        store,
        ("湖北甲（集团）食品有限公司", None, "城关镇"),
        ("乙 调味品厂", None, "河口镇"),
        ("同名商店", None, "城关镇"),
        ("同名商店", None, "柳林乡"),
        ("丁公司", code(14), "河口镇"),
        ("试点公司", bad_check(15), "柳林乡"),
    )
    # a production-field table: no unit column, so the credit code is the producer's
    path = xlsx(tmp_path / "producers.xlsx", [
        ["标称生产企业", "产品名称", "检验结果", "信用代码"],
        ["湖北甲(集团)食品有限公司", "挂面", "合格", ""],
        ["乙调味品厂", "酱油", "合格", ""],
        ["同名商店", "白糖", "合格", ""],
        ["改过名的丁公司", "醋", "合格", code(14)],
        ["试点公司", "料酒", "合格", bad_check(15)],
        ["某某", "味精", "合格", bad_check(16)],
    ])
    result = import_spotchecks(store, path)
    assert problems(result) == [
        (4, "标称生产企业", "warning", "unlinked_enterprise"),
        (7, "信用代码", "warning", "uscc_checksum"),
        (7, "标称生产企业", "warning", "unlinked_enterprise"),
    ]
    assert "2 家" in result.problems[0].message
    rows = rows_of(store)
    assert rows["挂面"]["producer_id"] == ids["湖北甲（集团）食品有限公司"]
    assert rows["酱油"]["producer_id"] == ids["乙 调味品厂"]
    assert rows["白糖"]["producer_id"] is None
    assert rows["醋"]["producer_id"] == ids["丁公司"]  # by code, whatever the name says
    assert rows["醋"]["producer_name"] == "改过名的丁公司"  # the text is kept as published
    assert rows["料酒"]["producer_id"] == ids["试点公司"]  # the registry knows this pilot-year code
    assert rows["醋"]["township_id"] == town(store, "河口镇")
    assert all(r["enterprise_id"] is None for r in rows.values())

    # with a unit column the code is the sampled unit's
    path = xlsx(tmp_path / "units.xlsx", [
        ["被抽样单位", "标称生产者", "产品名称", "检验结论", "统一社会信用代码"],
        ["丁公司门市部", "湖北甲（集团）食品有限公司", "面条", "合格", code(14)],
    ])
    import_spotchecks(store, path)
    noodles = rows_of(store)["面条"]
    assert (noodles["enterprise_id"], noodles["producer_id"]) == (ids["丁公司"], ids["湖北甲（集团）食品有限公司"])
    assert noodles["township_id"] == town(store, "河口镇")


def test_reimport_changes_nothing_and_a_corrected_verdict_changes_only_that(store: Store, tmp_path: Path) -> None:
    register(store, ("甲食品有限公司", code(1), "城关镇"))
    table = [HEAD, ["甲食品有限公司", "甲食品有限公司", "面粉", "25kg", "2024-01-02/B123", "2024-03-05", "合格", "/",
                    "某检验所"],
             ["乙商店", "丙厂", "大米", "10kg", "", "2024-03-06", "合格", "", "某检验所"]]
    path = xlsx(tmp_path / "r.xlsx", table)
    first = import_spotchecks(store, path)
    assert first.counts["created"] == 2
    assert rows_of(store)["面粉"]["batch"] == "2024-01-02/B123"  # free text, not a date
    before = (count(store, "spot_check"), count(store, "change_log"), count(store, "spot_check_plan"))
    again = import_spotchecks(store, path)
    assert again.counts == {"rows": 2, "created": 0, "updated": 0, "unchanged": 2, "warnings": 1, "errors": 0}
    assert again.backup is None
    assert (count(store, "spot_check"), count(store, "change_log"), count(store, "spot_check_plan")) == before

    table[1][6:8] = ["不合格", "灰分"]
    corrected = import_spotchecks(store, xlsx(tmp_path / "r.xlsx", table))
    assert corrected.counts == {"rows": 2, "created": 0, "updated": 1, "unchanged": 1, "warnings": 1, "errors": 0}
    row = rows_of(store)["面粉"]
    assert (row["verdict"], row["failed_items"]) == ("fail", "灰分")
    logged = db_state.select_tuples(store, "SELECT row_id, field, value FROM change_log WHERE op = 'update' AND "
                                           "table_name = 'spot_check' ORDER BY field")
    assert logged == [(row["id"], "failed_items", '"灰分"'), (row["id"], "verdict", '"fail"')]
    assert count(store, "change_log") == before[1] + 2

    table[1][6:8] = ["合格", "/"]  # overturned on re-test: a pass has no failing items left
    assert import_spotchecks(store, xlsx(tmp_path / "r.xlsx", table)).counts["updated"] == 1
    row = rows_of(store)["面粉"]
    assert (row["verdict"], row["failed_items"]) == ("pass", "")


def test_a_party_registered_later_is_linked_on_the_next_import(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "r.xlsx", [HEAD, ["乙商店", "乙商店", "大米", "", "", "2024-03-06", "合格", "", ""]])
    assert import_spotchecks(store, path).counts["warnings"] == 1
    ids = register(store, ("乙商店", None, "河口镇"))
    result = import_spotchecks(store, path)
    assert result.counts == {"rows": 1, "created": 0, "updated": 1, "unchanged": 0, "warnings": 0, "errors": 0}
    row = rows_of(store)["大米"]
    assert (row["enterprise_id"], row["producer_id"], row["township_id"]) == (ids["乙商店"], ids["乙商店"],
                                                                             town(store, "河口镇"))


def test_a_sample_entered_by_hand_gets_its_published_verdict(store: Store, tmp_path: Path) -> None:
    ids = register(store, ("甲食品有限公司", code(1), "城关镇"))
    with store.session() as s:
        plan = spotcheck_plans.add(s, spotcheck_plans.PlanInput(plan_no="CS-2024-01", year=2024, sample_count=3))
        s.add(SpotCheck(plan_id=plan.id, enterprise_id=ids["甲食品有限公司"], product="面粉", spec="25kg",
                        sampled_on="2024-03-05", agency="某检验所"))
    path = xlsx(tmp_path / "r.xlsx", [HEAD, ["甲食品有限公司", "", "面粉", "25kg", "", "2024-03-05", "不合格", "灰分",
                                             "某检验所"]])
    result = import_spotchecks(store, path)
    assert result.counts == {"rows": 1, "created": 0, "updated": 1, "unchanged": 0, "warnings": 0, "errors": 0}
    row = rows_of(store)["面粉"]
    assert (row["verdict"], row["failed_items"], row["sampling"], row["import_key"]) == ("fail", "灰分", "sampled",
                                                                                        None)
    assert count(store, "spot_check") == 1


def test_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    register(store, ("甲食品有限公司", code(1), "城关镇"))
    path = messy(tmp_path / "messy.xlsx")
    before = snapshot(store)
    dry = import_spotchecks(store, path, dry_run=True)
    assert snapshot(store) == before
    assert (dry.dry_run, dry.backup, dry.changes.tables) == (True, None, frozenset())
    real = import_spotchecks(store, path)
    assert (dry.counts, problems(dry)) == (real.counts, problems(real))
    assert real.changes.touches("spot_check")


def test_skip_warnings_leaves_those_rows_out(store: Store, tmp_path: Path) -> None:
    register(store, ("甲食品有限公司", code(1), "城关镇"))
    path = xlsx(tmp_path / "r.xlsx", [HEAD, ["甲食品有限公司", "", "面粉", "", "", "2024-03-05", "合格", "", ""],
                                      ["乙商店", "", "大米", "", "", "2024-03-06", "合格", "", ""]])
    result = import_spotchecks(store, path, skip_warnings=True)
    assert result.counts == {"rows": 2, "created": 1, "updated": 0, "unchanged": 0, "warnings": 1, "errors": 0}
    assert result.skipped == [3]
    assert set(rows_of(store)) == {"面粉"}


def test_refused_files_leave_the_database_unchanged(store: Store, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(bytes(range(256)) * 10)
    pdf = tmp_path / "公告.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    no_verdict = xlsx(tmp_path / "no-verdict.xlsx", [["被抽样单位", "产品名称"], ["甲", "面粉"]])
    no_header = xlsx(tmp_path / "title-only.xlsx", [["2024 年抽查结果"], ["甲", "面粉"]])
    fine = xlsx(tmp_path / "fine.xlsx", [HEAD, ["甲", "", "面粉", "", "", "", "合格", "", ""]])
    before = snapshot(store)
    for path, plan_no, expected in ((garbage, None, "file_unreadable"), (pdf, None, "file_type"),
                                    (no_verdict, None, "missing_columns"), (no_header, None, "no_header"),
                                    (fine, "无此计划", "plan_unknown")):
        with pytest.raises(KnownError) as refused:
            import_spotchecks(store, path, plan_no=plan_no)
        assert refused.value.code == expected
        assert snapshot(store) == before
    with pytest.raises(KnownError) as refused:
        import_spotchecks(store, no_verdict)
    assert "检验结论" in refused.value.message()
    with pytest.raises(KnownError) as refused:
        import_spotchecks(store, no_header)
    assert "被抽样单位" in refused.value.message()
    assert "Nothing was changed" in refused.value.message("en")


def test_cancel_leaves_the_database_unchanged(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = xlsx(tmp_path / "c.xlsx", [HEAD] + [[f"单位{i}", "", f"产品{i}", "", "", "", "合格", "", ""]
                                               for i in range(30)])
    before = snapshot(store)
    monkeypatch.setattr("qsupervise.documents.enterprise_import.WRITE_CHUNK", 4)
    for stop_at in (0.05, 0.75, 0.9):
        seen: list[float] = []

        def cancel() -> bool:
            return bool(seen) and seen[-1] >= stop_at  # noqa: B023

        def progress(fraction: float, _message: str) -> None:
            seen.append(fraction)  # noqa: B023

        with pytest.raises(KnownError) as caught:
            import_spotchecks(store, path, progress=progress, cancel=cancel)
        assert caught.value.code == "cancelled"
        assert snapshot(store) == before


def test_rows_attach_to_the_named_plan_or_to_the_file_plan(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        named = spotcheck_plans.add(s, spotcheck_plans.PlanInput(plan_no="CS-2024-01", year=2024, sample_count=5))
    first = xlsx(tmp_path / "first.xlsx", [HEAD, ["甲", "", "面粉", "", "", "2024-03-05", "合格", "", ""]])
    import_spotchecks(store, first, plan_no="CS-2024-01")
    assert rows_of(store)["面粉"]["plan_id"] == named.id
    assert count(store, "spot_check_plan") == 1
    second = xlsx(tmp_path / "秋季.xlsx", [
        HEAD,
        ["乙", "", "大米", "", "", "2023-09-01", "合格", "", ""],
        ["丙", "", "小米", "", "", "2023-10-01", "合格", "", ""],
        ["丁", "", "玉米", "", "", "2024-01-05", "合格", "", ""],
    ])
    import_spotchecks(store, second)
    with store.read() as s:
        plan = spotcheck_plans.by_no(s, "导入：秋季")
    assert plan.year == 2023  # the year most of its samples were taken
    assert {rows_of(store)[p]["plan_id"] for p in ("大米", "小米", "玉米")} == {plan.id}
    second = xlsx(tmp_path / "秋季.xlsx", [HEAD, ["戊", "", "高粱", "", "", "2023-09-02", "合格", "", ""]])
    import_spotchecks(store, second)
    assert rows_of(store)["高粱"]["plan_id"] == plan.id  # the file's plan, reused
    assert count(store, "spot_check_plan") == 2


def test_a_samr_food_sampling_table(store: Store, tmp_path: Path) -> None:
    """The column names of the national food-sampling announcements (食品名称, 不合格项目║检验结果║标准值 …)."""
    path = xlsx(tmp_path / "食品抽检.xlsx", [
        ["关于2025年第12期食品安全监督抽检信息的通告（附件）"],
        ["序号", "标称生产企业名称", "标称生产企业地址", "被抽样单位名称", "被抽样单位所在省份", "食品名称",
         "规格型号", "商标", "生产日期/批号", "不合格项目║检验结果║标准值", "分类", "公告号", "公告日期",
         "任务来源/项目名称", "检验机构", "备注"],
        [1, "佛山市某调味食品有限公司", "广东", "某某超市", "湖北", "酱油", "500mL/瓶", "某牌", "2025-02-11",
         "氨基酸态氮║0.62g/100mL║≥0.8g/100mL", "调味品", "2025年第12期", "2025-05-06", "湖北/省抽", "某检验院", ""],
    ])
    result = import_spotchecks(store, path)
    assert set(result.mapping.values()) >= {"producer_name", "unit_name", "location", "product", "spec", "brand",
                                           "batch", "failed_items", "category", "agency"}
    # no verdict column: a list of failing products, each row names its failing items
    assert (result.counts["created"], result.counts["errors"]) == (1, 0)
    row = next(iter(rows_of(store).values()))
    assert row["verdict"] == "fail"
    assert row["failed_items"].startswith("氨基酸态氮")
    passing = xlsx(tmp_path / "合格.xlsx", [
        ["序号", "标称生产企业名称", "被抽样单位名称", "食品名称", "规格型号", "生产日期/批号"],
        [1, "某食品厂", "某超市", "挂面", "1kg/袋", "2025-03-01"],
    ])
    with pytest.raises(KnownError) as refused:  # neither a verdict nor failing items: the user must say
        import_spotchecks(store, passing, dry_run=True)
    assert refused.value.code == "missing_columns"
    accepted = import_spotchecks(store, passing, verdict="pass")
    assert accepted.counts["created"] == 1
