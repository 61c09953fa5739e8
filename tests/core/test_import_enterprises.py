"""Importing enterprise lists: identity by code (else name + township), warnings vs errors, dry run, one transaction."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qsupervise.backups import base_path
from qsupervise.documents import enterprise_import
from qsupervise.documents.enterprise_import import import_enterprises, preview
from qsupervise.documents.error_workbook import write_errors
from qsupervise.errors import KnownError
from qsupervise.paths import backups_dir
from qsupervise.rules.uscc import ALPHABET, make_code
from qsupervise.services import checks, org
from qsupervise.store import Store
from tests.core import db_state
from tests.core.db_state import count

HEAD = ["企业名称", "统一社会信用代码", "所属乡镇", "地址"]


def code(n: int) -> str:
    return make_code(authority="9", kind="1", region="420999", org8=f"MA{n:06d}")


def bad_check(n: int) -> str:
    good = code(n)
    return good[:-1] + ALPHABET[(ALPHABET.index(good[-1]) + 1) % len(ALPHABET)]


def xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def stored(store: Store) -> dict[str, dict[str, Any]]:
    return db_state.live_rows(store, "enterprise", "name")


def town(store: Store, name: str) -> str:
    with store.read() as s:
        return org.resolve(s, name).id


def problems(result: Any) -> list[tuple[int, str, str, str]]:
    return [(p.row, p.column, p.severity, p.code) for p in result.problems]


def test_a_title_row_odd_headers_and_the_words_people_write(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "名录.xlsx", [
        ["测试县企业名录（2026 年）"],
        [" 企业（单位）名称 ", "信用代码*", "乡镇（街道）", "国民经济行业", "市场主体类型", "是否规上", "经营状态",
         "法人", "联系电话", "成立日期", "重点用能单位", "龙头企业", "首席质量官", "备注"],
        ["甲食品有限公司", code(1), "城关", "C1391", "有限责任公司", "是", "存续（在营、开业、在册）", "张三",
         13812345678, datetime(2020, 1, 5), "√", "否", "李四", "无关的列"],
        ["王记百货店", code(2), "测试县河口镇", "零售业", "个体工商户", "规下", "吊销，未注销", "王五", "", "2019/3/7",
         "", "", "", ""],
        ["柳林茶叶专业合作社", code(3), "420999201", "a", "农民专业合作社", "", "注销", "", "", "20180101", "", "", "",
         ""],
    ])
    with store.session() as s:
        org.rename_unit(s, ref="柳林乡", name="柳林乡", code="420999201")
    result = import_enterprises(store, path)
    assert result.counts == {"rows": 3, "created": 3, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0}
    rows = stored(store)
    first = rows["甲食品有限公司"]
    assert (first["kind"], first["scale"], first["status"], first["industry_code"]) == ("enterprise", "above",
                                                                                          "active", "C1391")
    assert (first["contact_phone"], first["founded_on"], first["legal_rep"]) == ("13812345678", "2020-01-05", "张三")
    assert (first["key_energy_user"], first["leading_enterprise"], first["chief_quality_officer"]) == (1, 0, "李四")
    second = rows["王记百货店"]
    assert (second["kind"], second["scale"], second["status"], second["industry_code"]) == ("individual", "below",
                                                                                             "revoked", "F52")
    assert second["township_id"] == town(store, "河口镇")
    third = rows["柳林茶叶专业合作社"]
    assert (third["kind"], third["status"], third["industry_code"], third["founded_on"]) == ("coop", "cancelled",
                                                                                              "A", "2018-01-01")
    assert third["township_id"] == town(store, "柳林乡")


def test_english_headers(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "en.xlsx", [["Name", "Credit Code", "Township", "Status"], ["Acme Ltd", code(9), "城关镇",
                                                                                        "active"]])
    result = import_enterprises(store, path)
    assert result.counts["created"] == 1
    assert stored(store)["Acme Ltd"]["uscc"] == code(9)


def test_credit_code_checks(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "codes.xlsx", [
        ["单位名称", "统一社会信用代码", "所属乡镇"],
        ["有效公司", code(1), "城关镇"],
        ["试点公司", bad_check(2), "城关镇"],
        ["短码公司", "9142099912345", "城关镇"],
        ["错字公司", code(4)[:10] + "O" + code(4)[11:], "城关镇"],
        ["全角公司", " ９１" + code(5)[2:].lower() + " ", "城关镇"],
    ])
    result = import_enterprises(store, path)
    assert problems(result) == [
        (3, "统一社会信用代码", "warning", "uscc_checksum"),
        (4, "统一社会信用代码", "error", "uscc_length"),
        (5, "统一社会信用代码", "error", "uscc_charset"),
    ]
    assert result.counts == {"rows": 5, "created": 3, "updated": 0, "unchanged": 0, "warnings": 1, "errors": 2}
    rows = stored(store)
    assert rows["试点公司"]["uscc_override"] == "codes.xlsx row 3"
    assert rows["全角公司"]["uscc"] == code(5)
    assert rows["有效公司"]["uscc_override"] is None
    assert "codes.xlsx row 3" in result.problems[0].message
    assert "13 位" in result.problems[1].message
    assert "O→0" in result.problems[2].message


def test_missing_and_unknown_township_and_missing_name(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "t.xlsx", [
        HEAD,
        ["", code(1), "城关镇", "有地址没名字"],
        ["无乡镇公司", code(2), "", ""],
        ["外县公司", code(3), "临县某镇", ""],
    ])
    result = import_enterprises(store, path, lang="en")
    assert problems(result) == [
        (2, "企业名称", "error", "missing_field"),
        (3, "所属乡镇", "error", "missing_field"),
        (4, "所属乡镇", "error", "unknown_township"),
    ]
    assert "企业名称" in result.problems[0].message
    assert "临县某镇" in result.problems[2].message
    assert result.counts["created"] == 0
    assert stored(store) == {}


def test_the_same_code_twice_in_a_file(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "dup.xlsx", [HEAD, ["甲公司", code(1), "城关镇", ""], ["乙公司", code(2), "河口镇", ""],
                                        ["甲公司（重复）", code(1), "河口镇", ""]])
    result = import_enterprises(store, path)
    assert problems(result) == [(4, "统一社会信用代码", "error", "duplicate_code")]
    assert "第 2 行" in result.problems[0].message
    assert sorted(stored(store)) == ["乙公司", "甲公司"]


def test_a_code_held_in_another_township_is_never_moved_or_doubled(store: Store, tmp_path: Path) -> None:
    import_enterprises(store, xlsx(tmp_path / "a.xlsx", [HEAD, ["甲公司", code(1), "城关镇", "旧地址"]]))
    before = count(store, "change_log")
    result = import_enterprises(store, xlsx(tmp_path / "b.xlsx", [HEAD, ["甲公司", code(1), "河口镇", "新地址"]]))
    assert problems(result) == [(2, "统一社会信用代码", "error", "code_other_township")]
    assert "城关镇" in result.problems[0].message
    assert "河口镇" in result.problems[0].message
    assert stored(store)["甲公司"]["address"] == "旧地址"
    assert count(store, "change_log") == before


def test_updates_only_the_fields_the_file_gives(store: Store, tmp_path: Path) -> None:
    first = xlsx(tmp_path / "a.xlsx", [
        ["企业名称", "统一社会信用代码", "所属乡镇", "地址", "法定代表人", "联系电话"],
        ["甲公司", code(1), "城关镇", "人民路 1 号", "张三", "13800000000"],
        ["乙公司", code(2), "城关镇", "人民路 2 号", "李四", ""],
    ])
    import_enterprises(store, first)
    with store.session() as s:
        s.connection().exec_driver_sql("UPDATE enterprise SET contact_name='手工填的' WHERE name='甲公司'")
    before = count(store, "change_log")
    second = xlsx(tmp_path / "b.xlsx", [
        ["企业名称", "统一社会信用代码", "所属乡镇", "地址", "法定代表人"],
        ["甲公司新名", code(1), "城关镇", "人民路 9 号", ""],  # a blank cell does not clear the stored value
        ["乙公司", code(2), "城关镇", "人民路 2 号", "王五"],
    ])
    result = import_enterprises(store, second)
    assert result.counts == {"rows": 2, "created": 0, "updated": 2, "unchanged": 0, "warnings": 0, "errors": 0}
    rows = stored(store)
    renamed = rows["甲公司新名"]
    assert (renamed["address"], renamed["legal_rep"]) == ("人民路 9 号", "张三")
    assert renamed["contact_phone"] == "13800000000"
    assert renamed["contact_name"] == "手工填的"
    assert "jiagongsixinming" in renamed["search_key"]
    assert rows["乙公司"]["legal_rep"] == "王五"
    logged = sorted(db_state.select_tuples(store, "SELECT field, value FROM change_log WHERE op='update'"))
    assert logged == [("address", '"人民路 9 号"'), ("legal_rep", '"王五"'), ("name", '"甲公司新名"')]
    assert count(store, "change_log") == before + 3
    assert checks.check(store).ok


def test_without_a_code_name_and_township_identify_an_enterprise(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "a.xlsx", [["企业名称", "所属乡镇", "地址"], ["张记面馆", "城关镇", "东街"],
                                      ["张记面馆", "河口镇", "西街"]])
    result = import_enterprises(store, path)
    assert problems(result) == [(2, "", "warning", "uscc_missing"), (3, "", "warning", "uscc_missing")]
    assert result.counts["created"] == 2
    again = xlsx(tmp_path / "b.xlsx", [["企业名称", "所属乡镇", "地址"], ["张记面馆", "城关镇", "东街 5 号"],
                                       ["张记面馆", "河口镇", "西街"], ["张记面馆", "河口镇", "重复"]])
    result = import_enterprises(store, again)
    assert result.counts == {"rows": 3, "created": 0, "updated": 1, "unchanged": 1, "warnings": 0, "errors": 1}
    assert problems(result) == [(4, "企业名称", "error", "duplicate_name")]
    # A later list with codes completes the entries instead of doubling them.
    coded = xlsx(tmp_path / "c.xlsx", [["企业名称", "统一社会信用代码", "所属乡镇"], ["张记面馆", code(7), "城关镇"]])
    result = import_enterprises(store, coded)
    assert result.counts["updated"] == 1
    assert count(store, "enterprise") == 2


def test_dry_run_counts_equal_the_real_run_and_write_nothing(store: Store, tmp_path: Path) -> None:
    import_enterprises(store, xlsx(tmp_path / "seed.xlsx", [HEAD, ["老企业", code(1), "城关镇", "旧"]]))
    path = xlsx(tmp_path / "mixed.xlsx", [
        HEAD, ["老企业", code(1), "城关镇", "新"], ["新企业", code(2), "河口镇", ""], ["坏码", "123", "城关镇", ""],
        ["试点", bad_check(3), "柳林乡", ""], ["没码", "", "柳林乡", ""], ["新企业二", code(2), "城关镇", ""],
    ])
    before = db_state.snapshot(store)
    backups = len(list(backups_dir(base_path(store)).glob("*before-import*")))
    dry = import_enterprises(store, path, dry_run=True)
    assert db_state.snapshot(store) == before
    assert dry.backup is None
    real = import_enterprises(store, path)
    assert dry.as_dict()["counts"] == real.as_dict()["counts"]
    assert dry.as_dict()["problems"] == real.as_dict()["problems"]
    assert real.counts == {"rows": 6, "created": 3, "updated": 1, "unchanged": 0, "warnings": 2, "errors": 2}
    assert real.backup is not None
    assert real.backup.exists()
    assert len(list(real.backup.parent.glob("*before-import*"))) == backups + 1


def test_importing_the_same_file_again_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "a.xlsx", [HEAD, ["甲公司", code(1), "城关镇", "东街"],
                                      ["乙公司", bad_check(2), "河口镇", ""], ["丙店", "", "柳林乡", "北街"]])
    first = import_enterprises(store, path)
    assert first.counts["created"] == 3
    before = count(store, "change_log")
    again = import_enterprises(store, path)
    assert again.counts == {"rows": 3, "created": 0, "updated": 0, "unchanged": 3, "warnings": 0, "errors": 0}
    assert again.backup is None
    assert count(store, "change_log") == before
    assert count(store, "enterprise") == 3
    with store.read() as s:
        actions = [r[0] for r in s.connection().exec_driver_sql("SELECT action FROM audit_entry ORDER BY seq")]
    assert actions[-2:] == ["import.enterprises", "import.enterprises"]
    assert checks.check(store).ok


def test_skip_warnings_leaves_warned_rows_out(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "w.xlsx", [HEAD, ["试点公司", bad_check(1), "城关镇", ""], ["无码店", "", "城关镇", ""],
                                      ["好公司", code(3), "城关镇", ""]])
    result = import_enterprises(store, path, skip_warnings=True)
    assert result.counts == {"rows": 3, "created": 1, "updated": 0, "unchanged": 0, "warnings": 2, "errors": 0}
    assert result.skipped == [2, 3]
    assert result.rows_not_imported() == [2, 3]
    assert list(stored(store)) == ["好公司"]
    assert "已按原样导入" not in result.problems[0].message


def test_dates_as_text_as_excel_dates_and_bad_ones(store: Store, tmp_path: Path) -> None:
    rows: list[list[Any]] = [["企业名称", "所属乡镇", "成立日期"]]
    values: list[Any] = ["2020-01-05", "2020/1/5", "2020.01.05", "2020年1月5日", "20200105", datetime(2020, 1, 5),
                         date(2020, 1, 5), 43835, "2020-01-05 00:00:00"]
    rows += [[f"企业{i}", "城关镇", v] for i, v in enumerate(values)]
    rows += [["坏日期一", "城关镇", "2020-13-40"], ["坏日期二", "城关镇", "去年"]]
    result = import_enterprises(store, xlsx(tmp_path / "d.xlsx", rows))
    assert {r["founded_on"] for r in stored(store).values()} == {"2020-01-05"}
    assert [(p.row, p.code) for p in result.problems if p.severity == "error"] == [(11, "date_format"),
                                                                                   (12, "date_format")]


def test_codes_typed_as_numbers_are_refused_but_phones_kept(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "n.xlsx", [[*HEAD, "电话"], ["数字码公司", 914209990000012345, "城关镇", "", 13912345678],
                                      ["文本码公司", code(2), "城关镇", "", 13912345678]])
    result = import_enterprises(store, path)
    assert problems(result) == [(2, "统一社会信用代码", "error", "number_format")]
    assert "文本" in result.problems[0].message
    assert stored(store)["文本码公司"]["contact_phone"] == "13912345678"


def test_required_columns_missing_is_a_refusal(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "m.xlsx", [["企业名称", "地址"], ["甲公司", "东街"]])
    with pytest.raises(KnownError) as caught:
        import_enterprises(store, path)
    assert caught.value.code == "missing_columns"
    assert "所属乡镇" in caught.value.message()
    assert preview(path).missing == ["township"]
    # A township station has one township: the column may be left out.
    with store.session() as s:
        org.set_active(s, ref="河口镇", active=False)
        org.set_active(s, ref="柳林乡", active=False)
    assert import_enterprises(store, path).counts["created"] == 1
    assert stored(store)["甲公司"]["township_id"] == town(store, "城关镇")


def test_masked_values_are_not_imported(store: Store, tmp_path: Path) -> None:
    head = ["企业名称", "统一社会信用代码", "所属乡镇", "法定代表人", "联系电话"]
    import_enterprises(store, xlsx(tmp_path / "a.xlsx", [head, ["甲公司", code(1), "城关镇", "张三", "13800001234"]]))
    result = import_enterprises(store, xlsx(tmp_path / "b.xlsx", [head, ["甲公司", code(1), "城关镇", "张*",
                                                                         "138****1234"]]))
    assert [p.code for p in result.problems] == ["masked_value", "masked_value"]
    assert result.counts["unchanged"] == 1
    assert stored(store)["甲公司"]["legal_rep"] == "张三"


def test_cancel_leaves_the_database_unchanged(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = xlsx(tmp_path / "c.xlsx", [HEAD] + [[f"企业{i}", code(i), "城关镇", ""] for i in range(30)])
    before = db_state.snapshot(store)
    monkeypatch.setattr(enterprise_import, "WRITE_CHUNK", 4)
    for stop_at in (0.1, 0.75, 0.9):  # while checking rows, after the first chunks were written
        seen: list[float] = []

        def cancel() -> bool:
            return bool(seen) and seen[-1] >= stop_at  # noqa: B023

        def progress(fraction: float, _message: str) -> None:
            seen.append(fraction)  # noqa: B023

        with pytest.raises(KnownError) as caught:
            import_enterprises(store, path, progress=progress, cancel=cancel)
        assert caught.value.code == "cancelled"
        assert db_state.snapshot(store) == before


def test_the_error_workbook_round_trip(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "in.xlsx", [["县企业名录"], [*HEAD, "联系电话"],
                                       ["好公司", code(1), "城关镇", "东街", "13800000000"],
                                       ["坏乡镇公司", code(2), "城关县", "西街", "13900000000"],
                                       ["坏码公司", code(3)[:17], "河口镇", "南街", "0719-1234567"]])
    result = import_enterprises(store, path)
    out = tmp_path / "errors.xlsx"
    with pytest.raises(KnownError):
        write_errors(result, out, cancel=lambda: True)
    assert not out.exists()
    assert write_errors(result, out) == 2
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == [*HEAD, "联系电话", "问题", "原行号"]
    assert [c.value for c in sheet[2]][:5] == ["坏乡镇公司", code(2), "城关县", "西街", "13900000000"]
    assert sheet["F2"].value == "乡镇“城关县”不在本县的行政区划中。"
    assert sheet["G2"].value == 4
    assert sheet["C2"].fill.start_color.rgb.endswith("FFC7CE")
    assert sheet["C2"].comment is not None
    assert sheet["A2"].comment is None
    assert sheet["B3"].comment is not None
    sheet["C2"] = "城关镇"
    sheet["B3"] = code(3)
    book.save(out)
    again = import_enterprises(store, out)
    assert again.counts == {"rows": 2, "created": 2, "updated": 0, "unchanged": 0, "warnings": 0, "errors": 0}
    assert stored(store)["坏码公司"]["contact_phone"] == "0719-1234567"


@pytest.mark.slow
def test_100k_rows_of_junk_are_reported_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    rng = random.Random(7)
    alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"

    def junk() -> str:
        return "".join(rng.choice(alphabet + "0123456789ABCXYZ*%/") for _ in range(rng.randint(0, 24)))

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["企业名称", "统一社会信用代码", "所属乡镇", "成立日期", "登记状态"])
    for _ in range(100_000):
        sheet.append([junk(), junk(), junk(), junk(), "存续"])
    path = tmp_path / "junk.xlsx"
    book.save(path)
    before = (count(store, "enterprise"), count(store, "change_log"))
    result = import_enterprises(store, path)
    assert result.counts["rows"] == 100_000
    assert result.counts["errors"] == 100_000
    assert result.counts["created"] == 0
    assert result.backup is None
    assert (count(store, "enterprise"), count(store, "change_log")) == before
