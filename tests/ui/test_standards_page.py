"""标准化: a catalogue imported (dry run first) flags a product's superseded standard in the ledger; a refused
catalogue names its error workbook; marking 采标 moves the 采标率 tab; a project's 推广实施率 shows on the tab and
on 工作台."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt

from ui.main_window import PAGE_KEYS
from ui.models.standards import LedgerModel

PAGE = PAGE_KEYS.index("standards")
HEADER = ("序号", "标准编号", "标准名称", "标准状态", "被代替", "代替标准", "发布日期", "实施日期", "废止日期")
CHAIN = [
    (1, "GB 2760-2011", "食品添加剂使用标准", "被代替", "GB 2760-2014", "", "2011-04-20", "2011-06-20", ""),
    (2, "GB 2760—2014", "食品添加剂使用标准", "被代替", "GB 2760-2024", "GB 2760-2011", "2014-12-24", "2015-05-24", ""),
    (3, "GB 2760-2024", "食品添加剂使用标准", "现行", "", "GB 2760-2014", "2024-02-08", "2025-02-08", ""),
    (4, "DB42/T 1318-2017", "瓦楞纸箱", "废止", "", "", "2017-09-01", "2017-12-01", "2024-06-30"),
]


def add_firm(window, township_id: str, name: str, products: dict[str, list[str]]) -> dict[str, list[str]]:
    """An enterprise with products and their executed standards; product name -> standard ids."""
    from qsupervise.models import Enterprise, ExecutedStandard, Product
    from qsupervise.rules import standards as rules

    out: dict[str, list[str]] = {}
    with window.db.session() as s:
        firm = Enterprise(name=name, township_id=township_id, industry_code="C1461", status="active")
        s.add(firm)
        s.flush()
        for product_name, numbers in products.items():
            product = Product(enterprise_id=firm.id, name=product_name)
            s.add(product)
            s.flush()
            out[product_name] = []
            for raw in numbers:
                parsed = rules.parse(raw)
                assert parsed is not None
                row = ExecutedStandard(product_id=product.id, raw=raw, normalized=parsed.normalized, kind=parsed.kind)
                s.add(row)
                s.flush()
                out[product_name].append(row.id)
    return out


def catalogue_file(path: Path, rows: list[tuple[object, ...]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "目录"
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def open_page(qtbot, window, tab: str):
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    page.tabs.setCurrentWidget(getattr(page, f"{tab}_tab"))
    settle(qtbot, page)
    return page


def settle(qtbot, page) -> None:
    """Wait for the tabs' reads in the workers (ledger page and summary, catalogue, rates) to arrive."""
    tabs = (page.ledger_tab, page.catalogue_tab, page.rates_tab)
    qtbot.waitUntil(lambda: not any(tab.busy for tab in tabs), timeout=10000)


def ledger_rows(page) -> list[list[str]]:
    model = page.ledger_tab.model
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_an_imported_catalogue_flags_the_superseded_standard_of_a_product(qtbot, window, demo_db, prompts, tmp_path):
    add_firm(window, demo_db.townships["城关镇"], "青溪县味美食品有限公司",
             {"辣椒酱": ["GB 2760-2011", "Q/QXWM 0001S-2023"], "纸箱": ["DB42/T 1318-2017"]})
    page = open_page(qtbot, window, "catalogue")
    assert "标准目录还是空的" in page.catalogue_tab.empty.text()
    path = catalogue_file(tmp_path / "标准目录.xlsx", CHAIN)
    page.ask_open_path = lambda title: path
    seen: dict[str, object] = {}

    def run(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.dry is not None, timeout=5000)
        seen["dry"] = dict(dialog.dry.result.counts)
        seen["title"] = dialog.windowTitle()
        qtbot.mouseClick(dialog.buttons["import"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
        seen["done"] = dialog.counts.text()
        qtbot.mouseClick(dialog.buttons["close"], Qt.MouseButton.LeftButton)

    prompts.on_dialog(run)
    qtbot.mouseClick(page.catalogue_tab.buttons["import_catalogue"], Qt.MouseButton.LeftButton)
    assert seen["title"] == "导入标准目录"
    assert (seen["dry"]["created"], seen["dry"]["errors"]) == (4, 0)
    settle(qtbot, page)
    assert prompts.questions[-1].startswith("导入将新增 4 条、更新 0 条目录")
    assert "被代替 1 条、废止 1 条" in str(seen["done"])
    assert "标准目录已导入：新增 4 条" in window.statusBar().currentMessage()

    catalogue = page.catalogue_tab
    first = next(r for r in range(catalogue.model.rowCount()) if catalogue.model.rows[r].number == "GB 2760-2011")
    catalogue.view.selectRow(first)
    chain = catalogue.chain.text()
    numbers = [chain.index(n) for n in ("GB 2760-2011", "GB 2760-2014", "GB 2760-2024", "（现行）")]
    assert numbers == sorted(numbers)

    page.tabs.setCurrentWidget(page.ledger_tab)
    ledger = page.ledger_tab
    settle(qtbot, page)
    assert "被代替 1" in ledger.summary_label.text()
    assert "已废止 1" in ledger.summary_label.text()
    rows = {(r[LedgerModel.PRODUCT], r[LedgerModel.NORMALIZED]): r for r in ledger_rows(page)}
    assert rows[("辣椒酱", "GB 2760-2011")][LedgerModel.STATUS] == "被代替 → GB 2760-2024"
    assert rows[("纸箱", "DB42/T 1318-2017")][LedgerModel.STATUS] == "已废止"
    model = ledger.model
    row = next(n for n, r in enumerate(model.rows) if r.normalized == "GB 2760-2011")
    status = model.index(row, LedgerModel.STATUS)
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "已被 GB 2760-2024 代替"
    assert status.data(Qt.ItemDataRole.ForegroundRole).name() == "#b26a00"

    ledger.flag.set_value("superseded")
    settle(qtbot, page)
    assert [(r[LedgerModel.PRODUCT], r[LedgerModel.KIND]) for r in ledger_rows(page)] == [("辣椒酱", "GB")]


def test_a_catalogue_row_with_an_error_is_left_out_and_its_error_workbook_named(qtbot, window, prompts, tmp_path):
    page = open_page(qtbot, window, "catalogue")
    bad = [*CHAIN[:2], (3, "这不是标准号", "", "现行", "", "", "", "", "")]
    path = catalogue_file(tmp_path / "目录.xlsx", bad)
    page.ask_open_path = lambda title: path
    seen: dict[str, object] = {}

    def run(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.dry is not None, timeout=5000)
        seen["note"] = dialog.note.text()
        seen["import"] = dialog.buttons["import"].isEnabled()
        seen["problem"] = dialog.problems.item(0, 3).text()
        dialog.accept()

    prompts.on_dialog(run)
    page.catalogue_tab.buttons["import_catalogue"].click()
    settle(qtbot, page)
    errors = tmp_path / "目录-错误清单.xlsx"
    assert "1 行有错误，这些行不会导入" in str(seen["note"])
    assert str(errors) in str(seen["note"])
    assert errors.exists()
    assert seen["import"] is True  # the two good rows can still be imported
    assert seen["problem"]
    assert page.catalogue_tab.model.rowCount() == 0  # closed after the dry run: nothing written


def test_marking_adoption_changes_the_adoption_rate(qtbot, window, demo_db, prompts):
    add_firm(window, demo_db.townships["东乡镇"], "青溪县光明电器有限公司",
             {"LED灯具": ["GB 7000.1-2015"], "开关": ["GB/T 16915.1-2014"]})
    page = open_page(qtbot, window, "rates")
    rates = page.rates_tab
    assert "全县采标率" in rates.county_label.text()
    assert "0.0%" in rates.county_label.text()
    assert "0 / 2 个产品" in rates.county_label.text()

    page.tabs.setCurrentWidget(page.ledger_tab)
    ledger = page.ledger_tab
    settle(qtbot, page)
    row = next(n for n, r in enumerate(ledger.model.rows) if r.product == "LED灯具")
    rect = ledger.view.visualRect(ledger.model.index(row, LedgerModel.PRODUCT))
    qtbot.mouseClick(ledger.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def adopt(dialog) -> None:
        assert dialog.degree.value() == "IDT"
        prompts.type_into(dialog, "adopted_number", "IEC 60598-1:2014")
        prompts.click_ok(dialog)

    prompts.on_dialog(adopt)
    qtbot.mouseClick(ledger.buttons["adopt"], Qt.MouseButton.LeftButton)
    assert prompts.warnings == []
    settle(qtbot, page)
    adopted = next(r for r in ledger.model.rows if r.product == "LED灯具")
    assert (adopted.adoption_degree, adopted.adopted_number) == ("IDT", "IEC 60598-1:2014")
    assert "采标产品 1" in ledger.summary_label.text()

    page.tabs.setCurrentWidget(rates)
    settle(qtbot, page)
    assert "50.0%" in rates.county_label.text()
    assert "1 / 2 个产品" in rates.county_label.text()
    bars = {b.label: b.text for b in rates.chart.bars()}
    assert bars["东乡镇"] == "50.0%"
    rates.target_box.setValue(40)
    qtbot.mouseClick(rates.save_target_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert "目标 40%" in rates.county_label.text()
    assert next(b for b in rates.chart.bars() if b.label == "东乡镇").tone == "good"


def test_a_project_shows_its_implementation_rate_on_the_tab_and_the_dashboard(qtbot, window, demo_db, prompts):
    page = open_page(qtbot, window, "projects")
    tab = page.projects_tab
    seen: dict[str, str] = {}

    def fill(form) -> None:
        prompts.type_into(form, "name", "青溪县茶叶标准化示范基地")
        form.crop.setEditText("茶叶")
        form.set_townships([demo_db.townships["西乡镇"]])
        qtbot.mouseClick(form.by_coop, Qt.MouseButton.LeftButton)
        prompts.type_into(form, "lead_name", "青溪县茶叶专业合作社")
        form.covered.setValue(200)
        form.applying.setValue(150)
        seen["rate"] = form.rate.text()
        prompts.type_into(form, "standards", "DB42/T 1017-2020、NY/T 5018-2015")
        prompts.click_ok(form)

    prompts.on_dialog(fill)
    qtbot.mouseClick(tab.buttons["new_project"], Qt.MouseButton.LeftButton)
    assert prompts.warnings == []
    assert seen["rate"] == "推广实施率 75.0%"
    model = tab.model
    assert [(r.name, r.rate, r.townships) for r in model.rows] == [("青溪县茶叶标准化示范基地", 75.0, "西乡镇")]
    assert "推广实施率 <b>75.0%</b>" in tab.county_label.text()
    west = next(r for r in tab.rates.rows if r.label == "西乡镇")
    assert (west.projects, west.farms_covered, west.rate) == (1, 200, 75.0)

    window.nav.setCurrentRow(0)
    dashboard = window.pages[0]
    panel = dashboard.standards_panel
    qtbot.waitUntil(lambda: panel.figures is not None and not panel.busy, timeout=5000)
    dashboard.township_tabs.setCurrentWidget(panel)
    assert dashboard.township_tabs.tabText(panel.index) == "标准化"
    assert "推广实施率 <b style='font-size: 14pt;'>75.0%</b>（1 个示范项目）" in panel.figure.text()
    panel.show_by.set_value("implementation")
    assert {b.label: b.text for b in panel.chart.bars()}["西乡镇"] == "75.0%"


def test_a_drafted_standard_is_recorded_and_counted_by_year(qtbot, window, prompts):
    page = open_page(qtbot, window, "drafted")
    tab = page.drafted_tab

    def fill(form) -> None:
        form.level.set_value("local")
        prompts.type_into(form, "title", "魔芋种植技术规程")
        qtbot.mouseClick(form.by_agency, Qt.MouseButton.LeftButton)
        prompts.type_into(form, "drafter", "青溪县农业技术推广中心")
        form.status.set_value("published")
        prompts.type_into(form, "number", "DB42/T 2300-2025")
        prompts.type_into(form, "proposed_on", "2024-03-01")
        prompts.type_into(form, "published_on", "2025-06-30")
        prompts.click_ok(form)

    prompts.on_dialog(fill)
    qtbot.mouseClick(tab.buttons["new_drafted"], Qt.MouseButton.LeftButton)
    assert prompts.warnings == []
    assert [(r.number, r.status, r.drafter) for r in tab.model.rows] == [
        ("DB42/T 2300-2025", "published", "青溪县农业技术推广中心")]
    assert [(y.year, y.proposed, y.published) for y in tab.years.rows] == [("2025", 0, 1)]
    assert tab.count_label.text() == "共 1 项，其中已发布 1 项、立项 0 项"


def test_the_export_writes_the_three_sheets_to_the_folder_chosen(qtbot, window, demo_db, tmp_path):
    from openpyxl import load_workbook

    add_firm(window, demo_db.townships["城关镇"], "青溪县味美食品有限公司", {"辣椒酱": ["GB 2760-2014"]})
    page = open_page(qtbot, window, "ledger")
    out = tmp_path / "标准化.xlsx"
    page.ask_save_path = lambda title, suggested: out
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exported == out, timeout=5000)
    book = load_workbook(out, read_only=True)
    assert len(book.sheetnames) == 3
    assert "已导出 1 条执行标准" in window.statusBar().currentMessage()


def test_building_the_page_loads_no_core():
    """The page is built (and refreshed) before a file opens: nothing of SQLAlchemy or the services until then."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['t', '-platform', 'offscreen'])\n"
        "from ui.database import Database\n"
        "from ui.pages.standards import StandardsPage\n"
        "page = StandardsPage(Database())\n"
        "page.refresh()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel')"
        " or m.startswith(('qsupervise.services', 'qsupervise.rules')))\n"
        "print(','.join(bad))\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def add_records(window, township_id: str) -> None:
    """A drafted standard and a project, written as the administrator before another user signs in."""
    from qsupervise.services import standards_drafted as drafted
    from qsupervise.services import standards_projects as projects

    with window.db.session() as s:
        drafted.save_drafted(s, drafted.DraftedInput(
            level="local", title="魔芋种植技术规程", number="DB42/T 2300-2025", drafter="青溪县农业技术推广中心",
            township_id=township_id, status="published", published_on="2025-06-30"))
        projects.save_project(s, projects.ProjectInput(
            name="茶叶标准化示范基地", crop="茶叶", township_ids=[township_id], farms_covered=200, farms_applying=150))


def select_ledger_row(qtbot, ledger, product: str) -> None:
    row = next(n for n, r in enumerate(ledger.model.rows) if r.product == product)
    rect = ledger.view.visualRect(ledger.model.index(row, LedgerModel.PRODUCT))
    qtbot.mouseClick(ledger.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_viewer_sees_the_standards_but_every_edit_button_disabled(qtbot, window, demo_db, prompts):
    from tests.ui.test_roles_audit import add_user, switch_to

    town = demo_db.townships["城关镇"]
    add_firm(window, town, "青溪县味美食品有限公司", {"辣椒酱": ["GB 2760-2014"]})
    add_records(window, town)
    password = add_user(window, "zhao", "viewer")
    page = open_page(qtbot, window, "ledger")
    select_ledger_row(qtbot, page.ledger_tab, "辣椒酱")
    assert page.ledger_tab.buttons["adopt"].isEnabled()  # the administrator (or no one signed in)

    switch_to(window, prompts, "zhao", password)
    settle(qtbot, page)
    ledger = page.ledger_tab
    assert [r.product for r in ledger.model.rows] == ["辣椒酱"]  # reading stays
    select_ledger_row(qtbot, ledger, "辣椒酱")
    assert not ledger.buttons["adopt"].isEnabled()
    assert not ledger.buttons["unadopt"].isEnabled()
    ledger.view.doubleClicked.emit(ledger.model.index(0, 0))  # opens no dialog (ModalStub fails on an unexpected one)
    for key in ("import_catalogue", "apply_catalogue"):
        assert not page.catalogue_tab.buttons[key].isEnabled(), key
    page.tabs.setCurrentWidget(page.rates_tab)
    settle(qtbot, page)
    assert not page.rates_tab.target_box.isEnabled()
    assert not page.rates_tab.save_target_button.isEnabled()
    page.tabs.setCurrentWidget(page.drafted_tab)
    page.drafted_tab.view.selectRow(0)
    for key in ("new_drafted", "edit_drafted", "delete_drafted"):
        assert not page.drafted_tab.buttons[key].isEnabled(), key
    page.tabs.setCurrentWidget(page.projects_tab)
    page.projects_tab.view.selectRow(0)
    for key in ("new_project", "edit_project", "delete_project", "project_certs"):
        assert not page.projects_tab.buttons[key].isEnabled(), key
    page.shortcut_actions["new"].trigger()  # Ctrl+N opens no form either
    assert page.export_button.isEnabled()  # exporting is allowed


def test_a_township_clerk_marks_adoption_in_their_township_only(qtbot, window, demo_db, prompts):
    from tests.ui.test_roles_audit import add_user, switch_to

    add_firm(window, demo_db.townships["城关镇"], "青溪县味美食品有限公司", {"辣椒酱": ["GB 2760-2014"]})
    add_firm(window, demo_db.townships["东乡镇"], "青溪县光明电器有限公司", {"LED灯具": ["GB 7000.1-2015"]})
    password = add_user(window, "li", "township_clerk", demo_db.townships["城关镇"])
    page = open_page(qtbot, window, "ledger")
    switch_to(window, prompts, "li", password)
    settle(qtbot, page)
    ledger = page.ledger_tab
    assert not page.catalogue_tab.buttons["import_catalogue"].isEnabled()
    assert not page.drafted_tab.buttons["new_drafted"].isEnabled()

    def adopt(dialog) -> None:
        prompts.type_into(dialog, "adopted_number", "IEC 60598-1:2014")
        prompts.click_ok(dialog)
        dialog.reject()  # refused: the form stays open with the core's message until closed

    select_ledger_row(qtbot, ledger, "LED灯具")
    assert ledger.buttons["adopt"].isEnabled()
    prompts.on_dialog(adopt)
    qtbot.mouseClick(ledger.buttons["adopt"], Qt.MouseButton.LeftButton)
    assert len(prompts.warnings) == 1
    assert prompts.warnings[0].startswith("没有权限：乡镇办事员不能修改执行标准“GB 7000.1-2015”")
    settle(qtbot, page)
    assert not next(r for r in ledger.model.rows if r.product == "LED灯具").adoption_degree

    prompts.on_dialog(lambda dialog: (prompts.type_into(dialog, "adopted_number", "ISO 22000:2018"),
                                      prompts.click_ok(dialog)))
    select_ledger_row(qtbot, ledger, "辣椒酱")
    qtbot.mouseClick(ledger.buttons["adopt"], Qt.MouseButton.LeftButton)
    assert len(prompts.warnings) == 1
    settle(qtbot, page)
    assert next(r for r in ledger.model.rows if r.product == "辣椒酱").adoption_degree == "IDT"
