"""Certificate lists: messy files read, holders linked, re-imports idempotent, the ledger exported and read back."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qsupervise.cli import main
from qsupervise.documents.certification_export import HEADERS, export_certifications
from qsupervise.documents.certification_import import import_certifications
from qsupervise.documents.error_workbook import write_errors
from qsupervise.errors import KnownError
from qsupervise.models import Enterprise
from qsupervise.rules.uscc import make_code
from qsupervise.services import certifications, checks, org
from qsupervise.store import Store
from tests.core import db_state
from tests.core.db_state import snapshot

TODAY = date(2026, 6, 30)
HEAD = ["获证组织", "统一社会信用代码", "认证项目", "证书编号", "发证机关", "颁证日期", "有效期截止日期", "证书状态",
        "产品名称", "所属乡镇"]


def code(n: int) -> str:
    return make_code(authority="9", kind="1", region="420999", org8=f"CT{n:06d}")


def xlsx(path: Path, rows: list[list[Any]], merged: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for area in merged:
        sheet.merge_cells(area)
    book.save(path)
    return path


def register(store: Store, *entries: tuple[str, str | None, str]) -> dict[str, str]:
    """Enterprises (name, code, township); returns name@township -> id."""
    ids = {}
    with store.session() as s:
        for name, uscc, township in entries:
            e = Enterprise(name=name, uscc=uscc, township_id=org.resolve(s, township).id)
            s.add(e)
            s.flush()
            ids[f"{name}@{township}"] = e.id
    return ids


def stored(store: Store) -> dict[str, dict[str, Any]]:
    """Live certificates by number (or kind for those without one)."""
    rows = db_state.select_rows(store, "SELECT * FROM certification WHERE deleted_at IS NULL")
    return {r["number"] or r["kind"]: r for r in rows}


def problems(result: Any) -> list[tuple[int, str, str, str]]:
    return [(p.row, p.column, p.severity, p.code) for p in result.problems]


def the_registry(store: Store) -> dict[str, str]:
    return register(store, ("甲食品有限公司", code(1), "城关镇"), ("乙(湖北)电器有限公司", None, "河口镇"),
                    ("丁公司", None, "城关镇"), ("丁公司", None, "河口镇"), ("戊 调味品厂", code(5), "柳林乡"))


def messy(path: Path) -> Path:
    """A title row, a blank row, header variants, a holder named once for two certificates (merged cells),
    type labels as lists write them, and rows with mistakes."""
    return xlsx(path, [
        ["测试县 2025 年获证企业名单"],
        [],
        HEAD,
        ["甲食品有限公司", code(1), "食品生产许可证", "SC10642010100012", "县市场监督管理局", "2024年3月5日",
         "2029/3/4", "有效", "小麦粉", ""],  # 4
        [None, None, "ISO9001:2015质量管理体系认证", "00121Q34567R0M", "中国质量认证中心", datetime(2023, 1, 2),
         "2026.1.1", "", "小麦粉的生产", ""],  # 5: holder merged from above
        ["乙（湖北）电器有限公司", "", "3C", "2021010201123", "中国质量认证中心", "", "2026-07-20", "", "插座", ""],
        ["丙厂", "", "XK", "XK13-001-00001", "省局", "", "2027-01-01", "", "", ""],  # 7: not registered
        ["甲食品有限公司", code(1), "营业执照", "123", "", "", "", "", "", ""],  # 8: not a certificate
        ["乙(湖北)电器有限公司", "", "强制性产品认证", "2021010201123456", "", "", "2026-13-45", "", "", ""],  # 9
        ["甲食品有限公司", "", "地理标志产品", "/", "国家知识产权局", "2020-01-01", "长期", "", "某某大米", ""],
        ["甲食品有限公司", code(1), "SC", "sc 10642010100012", "", "", "", "", "", ""],  # 11: row 4 again
        ["丁公司", "", "ISO14001", "E-1", "", "", "2027-05-01", "", "", ""],  # 12: two 丁公司
        ["丁公司", "", "环境管理体系", "E-2", "", "", "2021-03-05至2024-03-04", "注销", "", "河口镇"],  # 13
        ["甲食品有限公司", code(1), "ISO45001", "S-1", "", "", "2027-01-01", "待定", "", ""],  # 14
        ["戊调味品厂", "", "绿色食品", "LB-15-1806010123A", "中国绿色食品发展中心", "", "2027-06-01", "", "", ""],
        ["", "", "", "", "", "", "", "", "", ""],
    ], merged=("A4:A5", "B4:B5"))


def test_a_messy_list(store: Store, tmp_path: Path) -> None:
    ids = the_registry(store)
    result = import_certifications(store, messy(tmp_path / "获证名单.xlsx"))
    assert problems(result) == [
        (6, "证书编号", "warning", "number_format"),
        (7, "获证组织", "error", "unlinked_enterprise"),
        (8, "认证项目", "error", "certificate_type"),
        (9, "有效期截止日期", "error", "date_format"),
        (11, "证书编号", "error", "duplicate_row"),
        (12, "获证组织", "error", "unlinked_enterprise"),
        (14, "证书状态", "error", "cert_status"),
    ]
    assert result.counts == {"rows": 12, "created": 6, "updated": 0, "unchanged": 0, "warnings": 1, "errors": 6}
    message = {p.row: p.message for p in result.problems}
    assert "16 位数字" in message[6]
    assert "丙厂" in message[7]
    assert "先在企业档案中登记" in message[7]
    assert "营业执照" in message[8]
    assert "2026-13-45" in message[9]
    assert "第 4 行" in message[11]
    assert "2 家" in message[12]
    found = stored(store)
    assert set(found) == {"SC10642010100012", "00121Q34567R0M", "2021010201123", "gi", "E-2", "LB-15-1806010123A"}
    sc, iso = found["SC10642010100012"], found["00121Q34567R0M"]
    assert (sc["kind"], sc["enterprise_id"], sc["issued_on"], sc["expires_on"], sc["status"], sc["scope"]) == (
        "sc", ids["甲食品有限公司@城关镇"], "2024-03-05", "2029-03-04", "valid", "小麦粉")
    assert (iso["kind"], iso["enterprise_id"], iso["issued_on"], iso["expires_on"]) == (
        "iso9001", ids["甲食品有限公司@城关镇"], "2023-01-02", "2026-01-01")
    ccc = found["2021010201123"]
    assert (ccc["kind"], ccc["enterprise_id"], ccc["number_note"]) == (
        "ccc", ids["乙(湖北)电器有限公司@河口镇"], "获证名单.xlsx row 6")
    assert (found["gi"]["number"], found["gi"]["expires_on"], found["gi"]["issued_on"]) == ("", None, "2020-01-01")
    assert (found["E-2"]["enterprise_id"], found["E-2"]["issued_on"], found["E-2"]["expires_on"],
            found["E-2"]["status"]) == (ids["丁公司@河口镇"], "2021-03-05", "2024-03-04", "cancelled")
    assert found["LB-15-1806010123A"]["enterprise_id"] == ids["戊 调味品厂@柳林乡"]
    assert sc["source"] == "获证名单.xlsx row 4"
    assert checks.check(store).ok

    again = import_certifications(store, messy(tmp_path / "获证名单.xlsx"))
    assert again.counts == {"rows": 12, "created": 0, "updated": 0, "unchanged": 6, "warnings": 1, "errors": 6}
    assert again.backup is None


def test_a_csv_in_gb18030_with_other_headers(store: Store, tmp_path: Path) -> None:
    ids = the_registry(store)
    path = tmp_path / "许可证.csv"
    with path.open("w", encoding="gb18030", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["序号", "持证单位", "许可类别", "许可证编号", "发证机构", "发证时间", "有效期至", "许可范围"])
        writer.writerow(["1", "甲食品有限公司", "食品生产许可证（SC）", "ＳＣ１０６４２０１０１０００１２", "县局",
                         "2024/3/5", "2029年3月4日", "粮食加工品"])
        writer.writerow(["2", "甲食品有限公司", "工业产品生产许可证", "（鄂）XK16-204-00012", "省局", "", "2027-1-1",
                         ""])
    result = import_certifications(store, path)
    assert result.counts["created"] == 2, problems(result)
    found = stored(store)
    assert found["SC10642010100012"]["scope"] == "粮食加工品"
    assert found["(鄂)XK16-204-00012"]["enterprise_id"] == ids["甲食品有限公司@城关镇"]


def test_a_corrected_list_updates_only_what_it_gives(store: Store, tmp_path: Path) -> None:
    the_registry(store)
    head = ["企业名称", "证书类型", "证书编号", "发证机构", "发证日期", "有效期至", "证书状态"]
    first = xlsx(tmp_path / "a.xlsx", [
        head, ["甲食品有限公司", "CCC", "2021010201123456", "CQC", "", "2026-01-01", "有效"],
        ["甲食品有限公司", "GAP", "", "", "2025-01-02", "2026-01-01", ""]])
    assert import_certifications(store, first).counts["created"] == 2
    later = xlsx(tmp_path / "b.xlsx", [
        head, ["甲食品有限公司", "3C", "2021 0102 0112 3456", "", "", "2031-01-01", "过期"],
        ["甲食品有限公司", "良好农业规范", "G-7", "", "2025/1/2", "", ""]])
    result = import_certifications(store, later)
    assert result.counts == {"rows": 2, "created": 0, "updated": 2, "unchanged": 0, "warnings": 0, "errors": 0}
    found = stored(store)
    # the blank issuer erases nothing; "过期" follows from the date and leaves the status alone
    assert (found["2021010201123456"]["issuer"], found["2021010201123456"]["expires_on"],
            found["2021010201123456"]["status"]) == ("CQC", "2031-01-01", "valid")
    assert found["G-7"]["kind"] == "gap"  # the certificate without a number got the list's number
    assert len(found) == 2


def test_a_number_held_by_another_enterprise_is_refused(store: Store, tmp_path: Path) -> None:
    the_registry(store)
    head = ["企业名称", "证书类型", "证书编号"]
    import_certifications(store, xlsx(tmp_path / "a.xlsx", [head, ["甲食品有限公司", "ISO9001", "Q-1"]]))
    result = import_certifications(store, xlsx(tmp_path / "b.xlsx", [head, ["戊调味品厂", "ISO9001", "Q-1"]]))
    assert problems(result) == [(2, "证书编号", "error", "duplicate_number")]
    assert "甲食品有限公司" in result.problems[0].message


def test_dry_run_and_skip_warnings(store: Store, tmp_path: Path) -> None:
    the_registry(store)
    path = messy(tmp_path / "m.xlsx")
    before = snapshot(store)
    dry = import_certifications(store, path, dry_run=True)
    assert snapshot(store) == before
    assert (dry.dry_run, dry.backup, dry.counts["created"]) == (True, None, 6)
    assert dry.changes.tables == frozenset()
    skipped = import_certifications(store, path, skip_warnings=True)
    assert skipped.counts["created"] == 5
    assert skipped.skipped == [6]
    assert "2021010201123" not in stored(store)
    assert skipped.changes.tables == frozenset({"certification"})


def test_refused_files_leave_the_database_unchanged(store: Store, tmp_path: Path) -> None:
    the_registry(store)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(bytes(range(256)) * 10)
    pdf = tmp_path / "证书.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    no_kind = xlsx(tmp_path / "no-kind.xlsx", [["企业名称", "证书编号"], ["甲食品有限公司", "Q1"]])
    no_header = xlsx(tmp_path / "title-only.xlsx", [["2024 年获证名单"], ["甲", "ISO9001"]])
    before = snapshot(store)
    for path, expected in ((garbage, "file_unreadable"), (pdf, "file_type"), (no_kind, "missing_columns"),
                           (no_header, "no_header")):
        for dry_run in (True, False):
            with pytest.raises(KnownError) as refused:
                import_certifications(store, path, dry_run=dry_run)
            assert refused.value.code == expected
            assert snapshot(store) == before
    with pytest.raises(KnownError) as refused:
        import_certifications(store, no_kind)
    assert "证书类型" in refused.value.message()
    with pytest.raises(KnownError) as refused:
        import_certifications(store, no_header)
    assert "证书编号" in refused.value.message()
    assert "Nothing was changed" in refused.value.message("en")


def test_cancel_leaves_the_database_unchanged(store: Store, tmp_path: Path) -> None:
    the_registry(store)
    path = messy(tmp_path / "m.xlsx")
    before = snapshot(store)
    with pytest.raises(KnownError) as cancelled:
        import_certifications(store, path, cancel=lambda: True)
    assert cancelled.value.code == "cancelled"
    assert snapshot(store) == before


def test_the_error_workbook_is_a_list_the_importer_reads(store: Store, tmp_path: Path) -> None:
    the_registry(store)
    result = import_certifications(store, messy(tmp_path / "m.xlsx"))
    errors = tmp_path / "errors.xlsx"
    assert write_errors(result, errors) == 6
    again = import_certifications(store, errors, dry_run=True)
    # the duplicate of row 4 is now the stored certificate, the rest still wrong
    assert again.counts == {"rows": 6, "created": 0, "updated": 0, "unchanged": 1, "warnings": 0, "errors": 5}


def test_every_problem_has_a_message_in_both_languages(store: Store, tmp_path: Path) -> None:
    the_registry(store)
    path = messy(tmp_path / "m.xlsx")
    for lang in ("zh", "en"):
        for p in import_certifications(store, path, dry_run=True, lang=lang).problems:
            assert p.message, p
            assert "cert_" not in p.message, p
            assert p.code not in p.message, p
    english = import_certifications(store, path, dry_run=True, lang="en").problems
    assert "16 digits" in english[0].message


def test_export_then_import_changes_nothing_and_reads_back_in_a_fresh_database(
    store: Store, tmp_path: Path, template_db: Path
) -> None:
    the_registry(store)
    import_certifications(store, messy(tmp_path / "m.xlsx"))
    with store.session() as s:  # a reward flag and a suspended certificate travel too
        cert = certifications.get(s, stored(store)["E-2"]["id"])
        cert.reward_eligible = True
        s.add(cert)
    ledger = tmp_path / "台账.xlsx"
    assert export_certifications(store, ledger, today=TODAY) == 6
    book = openpyxl.load_workbook(ledger)
    sheet = book["认证许可台账"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "测试县认证许可台账（截至 2026-06-30）"
    assert rows[1] == HEADERS
    by_number = {r[5]: r for r in rows[2:]}
    assert by_number["00121Q34567R0M"][9] == "过期"  # lapsed on 2026-01-01
    assert by_number["SC10642010100012"][9] == "有效"
    assert by_number["E-2"][9] == "注销"
    assert by_number["E-2"][12] == "是"
    summary = list(book["按乡镇统计"].iter_rows(values_only=True))
    assert summary[0][0] == "所属乡镇"
    assert summary[-1][0] == "合计"
    assert summary[-1][summary[0].index("合计")] == 6
    assert summary[-1][summary[0].index("其中：已过期")] == 1
    assert summary[-1][summary[0].index("其中：90天内到期")] == 1  # the CCC, 20 days left

    result = import_certifications(store, ledger)
    assert result.counts == {"rows": 6, "created": 0, "updated": 0, "unchanged": 6, "warnings": 1, "errors": 0}

    # a fresh station's file (read from a hub's ledger too, when the test runs on PostgreSQL)
    fresh_path = tmp_path / "fresh.db"
    shutil.copy(template_db, fresh_path)
    local = ("id", "created_at", "updated_at", "source", "enterprise_id", "created_by", "origin_station",
             "rowid")  # rowid: the hub's column standing for SQLite's built-in one
    with Store.open(fresh_path) as fresh:
        the_registry(fresh)
        result = import_certifications(fresh, ledger)
        assert result.counts["created"] == 6, problems(result)
        assert {k: {f: v for f, v in r.items() if f not in local} for k, r in stored(fresh).items()} == {
            k: {f: v for f, v in r.items() if f not in local} for k, r in stored(store).items()}
        again = tmp_path / "again.xlsx"
        export_certifications(fresh, again, today=TODAY)
        first = list(openpyxl.load_workbook(ledger)["认证许可台账"].iter_rows(values_only=True))
        second = list(openpyxl.load_workbook(again)["认证许可台账"].iter_rows(values_only=True))
        assert first == second


def test_export_filters_and_csv(store: Store, tmp_path: Path) -> None:
    the_registry(store)
    import_certifications(store, messy(tmp_path / "m.xlsx"))
    with store.read() as s:
        river = org.resolve(s, "河口镇").id
    assert export_certifications(store, tmp_path / "ccc.xlsx", kind="ccc", today=TODAY) == 1
    assert export_certifications(store, tmp_path / "river.xlsx", township_id=river, today=TODAY) == 2
    assert export_certifications(store, tmp_path / "soon.xlsx", expiring=30, today=TODAY) == 1
    assert export_certifications(store, tmp_path / "none.xlsx", expiring=10, today=TODAY) == 0
    assert export_certifications(store, tmp_path / "expired.xlsx", status="expired", today=TODAY) == 1
    title = next(openpyxl.load_workbook(tmp_path / "ccc.xlsx").active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert title[0] == "测试县认证许可台账（CCC 强制性产品认证）（截至 2026-06-30）"
    out = tmp_path / "all.csv"
    assert export_certifications(store, out, today=TODAY) == 6
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(HEADERS)
    assert import_certifications(store, out).counts["unchanged"] == 6
    with pytest.raises(KnownError):
        export_certifications(store, tmp_path / "x.xlsx", kind="iso")


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    status = main([*argv, "--json"])
    out, _err = capsys.readouterr()
    assert out.count("\n") == 1, out
    return status, json.loads(out)


def test_cli_import_and_export(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_state.address(store)
    the_registry(store)
    path = messy(tmp_path / "messy.xlsx")
    status, payload = run_json(capsys, "import", "certifications", str(path), "--dry-run", "--db", db)
    assert status == 0
    assert list(payload) == ["ok", "dry_run", "counts", "problems", "backup"]
    assert (payload["ok"], payload["dry_run"], payload["backup"]) == (True, True, None)
    assert payload["counts"] == {"rows": 12, "created": 6, "updated": 0, "unchanged": 0, "warnings": 1, "errors": 6}
    assert payload["problems"][0] == {"row": 6, "sheet": "Sheet", "column": "证书编号", "severity": "warning",
                                      "code": "number_format", "message": payload["problems"][0]["message"]}
    errors = tmp_path / "errors.xlsx"
    status, payload = run_json(capsys, "--db", db, "import", "certifications", str(path), "--errors", str(errors),
                               "--skip-warnings")
    assert status == 0
    assert payload["counts"]["created"] == 5
    assert Path(payload["backup"]).exists()
    assert errors.exists()

    before = snapshot(store)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(bytes(range(256)) * 10)
    status, payload = run_json(capsys, "import", "certifications", str(garbage), "--db", db)
    assert (status, payload["ok"], payload["error"]["code"]) == (1, False, "file_unreadable")
    status, payload = run_json(capsys, "import", "certifications", str(path), "--sheet", "无此表", "--db", db)
    assert (status, payload["error"]["code"]) == (1, "sheet_not_found")
    assert snapshot(store) == before
    with pytest.raises(SystemExit) as usage:
        main(["import", "certifications", "--db", db])  # no file
    assert usage.value.code == 2
    capsys.readouterr()

    assert main(["import", "certifications", str(path), "--db", db, "--dry-run"]) == 0
    out, _err = capsys.readouterr()
    assert "messy.xlsx：共 12 行；新增 1，更新 0，未变 5" in out
    assert "第 8 行【认证项目】错误：证书类型“营业执照”认不出" in out
    assert "试运行" in out

    ledger = tmp_path / "台账.xlsx"
    status, payload = run_json(capsys, "export", "certifications", str(ledger), "--today", "2026-06-30", "--db", db)
    assert (status, payload) == (0, {"ok": True, "out": str(ledger.absolute()), "rows": 5, "today": "2026-06-30"})
    status, payload = run_json(capsys, "export", "certifications", "--out", str(tmp_path / "b.csv"), "--kind",
                               "食品生产许可证", "--township", "城关镇", "--expiring", "2000", "--today", "2026-06-30",
                               "--db", db)
    assert (status, payload["rows"]) == (0, 1)
    status, payload = run_json(capsys, "export", "certifications", str(tmp_path / "c.xlsx"), "--township", "无此镇",
                               "--db", db)
    assert (status, payload["error"]["code"]) == (1, "org_not_found")
    assert main(["export", "certifications", "--db", db]) == 2
    assert main(["export", "certifications", str(tmp_path / "d.xlsx"), "--kind", "营业执照", "--db", db]) == 2
    assert main(["export", "certifications", str(tmp_path / "d.xlsx"), "--today", "明天", "--db", db]) == 2
    assert main(["export", "certifications", str(tmp_path / "d.xlsx"), "--db", str(tmp_path / "none.db")]) == 1
    capsys.readouterr()
    assert main(["export", "certifications", str(tmp_path / "e.xlsx"), "--db", db, "--lang", "en"]) == 0
    out, _err = capsys.readouterr()
    assert "Exported 5 certificates" in out
