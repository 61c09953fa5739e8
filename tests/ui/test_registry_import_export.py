"""导入… and 导出… on 企业档案: a real .xlsx through the wizard (mapping, dry run, import, error list), and exports."""

from __future__ import annotations

import csv

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from ui.dialogs.import_wizard import ImportWizard


def valid_code(n: int) -> str:
    from qsupervise.rules.uscc import make_code

    return make_code(authority="9", kind="1", region="421099", org8=f"MA{n:06d}")


def write_list(path, rows) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "名录"
    sheet.append(["序号", "企业名称", "统一社会信用代码", "乡镇", "经营场所"])
    for i, row in enumerate(rows, start=1):
        sheet.append([i, *row])
    book.save(path)


def test_import_wizard_maps_dry_runs_imports_and_saves_errors(registry, prompts, tmp_path, monkeypatch):
    qtbot = registry.qtbot
    source = tmp_path / "新登记企业.xlsx"
    bad_check = valid_code(3)[:-1] + ("1" if valid_code(3)[-1] != "1" else "2")
    write_list(
        source,
        [
            ("青溪县晨光纸品有限公司", valid_code(1), "柳林镇", "柳林镇新街8号"),
            ("青溪县晨光米业有限公司", valid_code(2), "河口镇", "河口镇老街1号"),
            ("青溪县晨光竹木制品厂", bad_check, "青石镇", ""),  # a warning: imported with its warning
            ("青溪县晨光饮品店", valid_code(4), "不存在镇", ""),  # an error: left out
        ],
    )
    monkeypatch.setattr(registry.page.actions_, "ask_import_path", lambda: source)
    errors_file = tmp_path / "错误清单.xlsx"
    seen = {}

    def drive(wizard: ImportWizard) -> None:
        qtbot.waitUntil(lambda: wizard.preview is not None, timeout=5000)
        assert wizard.mapping() == {1: "name", 2: "uscc", 3: "township", 4: "address"}
        assert wizard.mapping_table.item(1, 1).text() == "青溪县晨光纸品有限公司"  # a sample of each column
        assert not wizard.buttons["import"].isEnabled()  # only after a dry run
        wizard.combos[1].setCurrentIndex(0)  # (不导入) the name: refused before anything runs
        assert wizard.mapping_note.text() == "缺少必需的列：企业名称。请在“导入为”中指定。"
        assert not wizard.buttons["dry_run"].isEnabled()
        wizard.combos[1].setCurrentIndex(wizard.combos[1].findData("name"))
        wizard.combos[4].setCurrentIndex(0)  # leave the address out this time

        qtbot.mouseClick(wizard.buttons["dry_run"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.dry is not None, timeout=10000)
        seen["dry"] = wizard.counts.text()
        seen["problems"] = [
            tuple(wizard.problems.item(r, c).text() for c in range(3)) for r in range(wizard.problems.rowCount())
        ]
        assert registry.count() == 300  # a dry run writes nothing

        qtbot.mouseClick(wizard.buttons["import"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.imported is not None, timeout=10000)
        seen["imported"] = wizard.counts.text()
        assert wizard.buttons["close"].text() == "完成"
        assert not wizard.buttons["import"].isEnabled()

        monkeypatch.setattr(wizard, "ask_errors_path", lambda: errors_file)
        qtbot.mouseClick(wizard.buttons["save_errors"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(wizard.buttons["close"], Qt.MouseButton.LeftButton)

    prompts.on_dialog(drive)
    registry.click("import")
    registry.wait()
    assert seen["dry"] == "试导入（未写入）：共 4 行　新增 3　更新 0　未变 0　警告 1　错误 1"
    counts, backup = seen["imported"].splitlines()
    assert counts == "已导入：共 4 行　新增 3　更新 0　未变 0　警告 1　错误 1"
    assert backup.startswith("导入前已备份到 ")
    assert "before-import" in backup
    assert ("4", "统一社会信用代码", "警告") in seen["problems"]
    assert ("5", "乡镇", "错误") in seen["problems"]
    assert "新增 3 家" in prompts.questions[-1]
    assert registry.count() == 303
    assert "导入完成：新增 3 家" in registry.window.statusBar().currentMessage()
    registry.search("晨光")
    assert sorted(registry.column(0)) == sorted(
        ["青溪县晨光纸品有限公司", "青溪县晨光米业有限公司", "青溪县晨光竹木制品厂"]
    )
    failed = load_workbook(errors_file).active
    assert [c.value for c in next(failed.iter_rows(min_row=2, max_row=2))][1] == "青溪县晨光饮品店"
    assert str(errors_file) in prompts.infos[-1]


def test_a_file_that_is_not_a_table_is_refused_plainly(registry, prompts, tmp_path, monkeypatch):
    source = tmp_path / "notes.txt"
    source.write_text("这不是名录\n只是几行字\n", encoding="utf-8")
    monkeypatch.setattr(registry.page.actions_, "ask_import_path", lambda: source)
    states = []

    def drive(wizard: ImportWizard) -> None:
        registry.qtbot.waitUntil(lambda: not wizard.task.running, timeout=5000)
        states.append((wizard.buttons["dry_run"].isEnabled(), wizard.file_label.text()))

    prompts.on_dialog(drive)
    registry.click("import")
    assert states == [(False, "无法读取这个文件。")]
    assert "notes.txt" in prompts.warnings[-1]


def export(registry, monkeypatch, path) -> int:
    monkeypatch.setattr(registry.page.actions_, "ask_export_path", lambda: path)
    registry.window.activateWindow()
    registry.qtbot.keyClick(registry.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    task = registry.page.actions_.task
    registry.qtbot.waitUntil(lambda: not task.running, timeout=10000)
    return registry.page.actions_.exported[1]


def test_export_writes_the_list_as_shown_to_xlsx_and_csv(registry, tmp_path, monkeypatch):
    page = registry.page
    page.township.setCurrentIndex(page.township.findText("城关街道"))
    registry.wait()
    registry.click_header(2)
    shown = registry.count()
    names = registry.column(0)

    written = export(registry, monkeypatch, tmp_path / "城关.xlsx")
    assert written == shown
    sheet = load_workbook(tmp_path / "城关.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if "企业名称" in row)
    name_col = values[header].index("企业名称")
    assert [row[name_col] for row in values[header + 1 :]] == names
    assert f"{shown:,}" in registry.window.statusBar().currentMessage()

    assert export(registry, monkeypatch, tmp_path / "城关.csv") == shown
    with open(tmp_path / "城关.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "企业名称" or "企业名称" in rows[0]
    assert len(rows) == shown + 1
