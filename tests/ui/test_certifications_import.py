"""认证许可 → 导入台账: a ledger read, mapped, dry-run and imported through the registry's wizard."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import Qt

from ui.dialogs.certification_import import CertImportWizard
from ui.models.certifications import CertsModel

PAGE = 3


def add_firms(window, demo_db) -> None:
    from qsupervise.models import Enterprise

    towns = list(demo_db.townships.values())
    with window.db.session() as s:
        for i in range(2):
            s.add(Enterprise(name=f"青溪县星河{i:02d}食品有限公司", township_id=towns[i], industry_code="C1391"))


def test_a_ledger_is_dry_run_then_imported(qtbot, window, demo_db, prompts, tmp_path):
    add_firms(window, demo_db)
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "企业名称", "证书类型", "证书编号", "发证机构", "发证日期", "有效期至"])
    sheet.append([1, "青溪县星河00食品有限公司", "ISO9001", "00124Q20001R0M", "中国质量认证中心", "2024-03-05",
                  "2027-03-04"])
    sheet.append([2, "青溪县星河01食品有限公司", "食品生产许可证", "SC10642010100012", "县局", "2023/5/1", "2028/4/30"])
    sheet.append([3, "不在档案里的公司", "CCC", "2021010101123456", "", "", "2026-12-31"])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    page.ask_import_path = lambda: path
    seen = {}

    def run(wizard: CertImportWizard) -> None:
        qtbot.waitUntil(lambda: wizard.preview is not None, timeout=3000)
        seen["title"] = wizard.windowTitle()
        seen["mapped"] = [c.currentText() for c in wizard.combos]
        qtbot.mouseClick(wizard.buttons["dry_run"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.dry is not None, timeout=3000)
        seen["dry"] = dict(wizard.dry.counts)
        qtbot.mouseClick(wizard.buttons["import"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.imported is not None, timeout=3000)
        seen["problem"] = wizard.problems.item(0, 3).text()
        wizard.accept()

    prompts.on_dialog(run)
    page.list_tab.buttons["import"].click()
    assert seen["title"] == "导入认证许可台账"
    assert seen["mapped"] == ["（不导入）", "企业名称", "证书类型", "证书编号", "发证机构", "发证日期", "有效期至"]
    assert (seen["dry"]["created"], seen["dry"]["errors"]) == (2, 1)
    assert "不在档案里的公司" in seen["problem"]
    assert prompts.questions[-1].startswith("导入将新增 2 份、更新 0 份证书，1 行有错误不导入。")
    model = page.list_tab.model
    assert [model.index(r, CertsModel.NUMBER).data() for r in range(model.rowCount())] == [
        "00124Q20001R0M", "SC10642010100012",
    ]
    assert "导入完成：新增 2 份证书" in window.statusBar().currentMessage()
