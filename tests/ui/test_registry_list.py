"""企业档案 list: search as you type, filters, sorting in SQL, selection that survives, lazy pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.models.enterprises import PAGE_SIZE, EnterprisesModel


def service_find(window, **query):
    from qsupervise.services import registry

    with window.db.read() as s:
        return registry.find(s, registry.Query(**query))


def some_row(window, position: int = 7):
    from qsupervise.services import registry

    with window.db.read() as s:
        ids = registry.find(s, registry.Query())
        return registry.rows(s, [ids[position]])[0]


def test_list_opens_with_every_enterprise_and_readable_columns(registry, qtmodeltester):
    page, model = registry.page, registry.model
    assert registry.count() == 300 == model.rowCount()
    assert page.count_label.text() == "共 300 家"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["企业名称", "统一社会信用代码", "所属乡镇", "行业", "类型", "规模", "状态", "认证", "信用",
                       "抽查不合格"]
    assert set(registry.column(EnterprisesModel.KIND)) <= {"企业", "个体工商户", "农民专业合作社"}
    assert set(registry.column(EnterprisesModel.STATUS)) <= {"存续", "注销", "吊销"}
    assert model.rowids == service_find(registry.window)  # the core's order, untouched
    assert model.index(0, EnterprisesModel.CERTIFICATIONS).data().isdigit()  # valid certificates, counted
    assert model.index(0, EnterprisesModel.CREDIT).data() in ("A", "B", "C", "D")
    assert model.index(0, EnterprisesModel.SPOTCHECKS).data().isdigit()  # failing spot checks, counted
    qtmodeltester.check(model)


def test_rows_are_fetched_lazily_in_pages():
    asked: list[list[int]] = []

    def fetch(rowids):
        from qsupervise.services.registry import ListRow

        asked.append(list(rowids))
        return [ListRow(r, f"id{r}", f"企业{r}", None, None, "城关镇", "", "enterprise", "below", "active", False)
                for r in rowids]  # fmt: skip

    model = EnterprisesModel(fetch)
    model.set_rowids(list(range(1, 100_001)))
    assert model.rowCount() == 100_000
    assert asked == []
    assert model.index(PAGE_SIZE + 3, 0).data() == f"企业{PAGE_SIZE + 4}"
    assert asked == [list(range(PAGE_SIZE + 1, 2 * PAGE_SIZE + 1))]
    model.index(PAGE_SIZE + 9, 1).data()
    assert len(asked) == 1  # same page, no second query
    assert model.index(5, EnterprisesModel.USCC).data() == "—"
    for row in range(0, 100_000, PAGE_SIZE):
        model.index(row, 0).data()
    assert len(model._pages) <= 40  # an LRU of pages, not the whole list


def test_search_by_initials_credit_code_and_chinese(registry):
    page = registry.page
    target = some_row(registry.window)
    from qsupervise.rules.pinyin import initials

    typed = initials(target.name)[3:8]  # past the county's own 青溪县, which every name shares
    qtbot = registry.qtbot
    registry.view.scrollToBottom()
    qtbot.keyClicks(page.search, typed)
    registry.wait()
    assert registry.view.verticalScrollBar().value() == 0  # a new search starts at the top
    expected = service_find(registry.window, text=typed)
    assert registry.count() == len(expected) < 300
    assert target.name in registry.column(0)

    page.search.clear()
    qtbot.keyClicks(page.search, target.uscc[:14].lower())
    registry.wait()
    assert registry.column(1) == [target.uscc]

    registry.search(target.name[3:7])  # Chinese goes in as an input-method commit
    assert target.name in registry.column(0)
    assert all(target.name[3:7] in name for name in registry.column(0))

    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # Esc empties the box and shows everything again
    registry.wait()
    assert registry.count() == 300


def test_typing_fast_asks_the_core_once_per_pause(registry, monkeypatch):
    from ui.pages import registry_finder

    seen = []
    real = registry_finder.run_find
    monkeypatch.setattr(registry_finder, "run_find", lambda store, q, *a: seen.append(q.text) or real(store, q, *a))
    registry.qtbot.keyClicks(registry.page.search, "qxx9")
    registry.wait()
    assert seen == ["qxx9"]


def test_filters_township_industry_kind_and_status(registry):
    page = registry.page
    township = page.township
    assert township.itemText(0) == "全部乡镇"
    township.setCurrentIndex(township.findText("城关街道"))
    registry.wait()
    assert set(registry.column(EnterprisesModel.TOWNSHIP)) == {"城关街道"}
    assert registry.count() == len(service_find(registry.window, township_id=township.value()))
    township.setCurrentIndex(0)

    industry = page.industry
    assert industry.itemText(0) == "全部行业"
    assert industry.itemData(industry.findText("C 制造业")) == "C"
    assert industry.itemData(industry.findText("\u3000C13 农副食品加工业")) == "C13"
    industry.setCurrentIndex(industry.findData("C"))
    registry.wait()
    assert registry.count() > 0
    assert all(text.startswith("C") for text in registry.column(EnterprisesModel.INDUSTRY))

    page.kind.setCurrentIndex(page.kind.findText("企业"))
    page.scale.setCurrentIndex(page.scale.findText("规上"))
    registry.wait()
    assert set(registry.column(EnterprisesModel.SCALE)) <= {"规上"}
    assert registry.count() == len(service_find(registry.window, industry="C", kind="enterprise", scale="above"))
    industry.setCurrentIndex(0)
    page.kind.setCurrentIndex(0)
    page.scale.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("cancelled"))
    registry.wait()
    assert set(registry.column(EnterprisesModel.STATUS)) == {"注销"}


def test_clicking_headers_sorts_in_sql(registry):
    page = registry.page
    registry.click_header(EnterprisesModel.TOWNSHIP)
    assert (page.sort_key, page.descending) == ("township", False)
    assert page.last_query.sort == "township"
    assert registry.model.rowids == service_find(registry.window, sort="township")
    registry.click_header(EnterprisesModel.TOWNSHIP)
    assert page.descending
    assert registry.model.rowids == service_find(registry.window, sort="township", descending=True)
    registry.click_header(EnterprisesModel.USCC)
    codes = [c for c in registry.column(EnterprisesModel.USCC) if c != "—"]
    assert codes == sorted(codes)
    # 认证 is not sorted by: the click changes nothing
    registry.click_header(EnterprisesModel.CERTIFICATIONS)
    assert page.sort_key == "uscc"
    assert page.view.horizontalHeader().sortIndicatorSection() == EnterprisesModel.USCC


def test_selection_survives_refresh_sort_and_filter(registry):
    page, window = registry.page, registry.window
    registry.click_row(5)
    registry.click_row(9, Qt.KeyboardModifier.ControlModifier)
    chosen = registry.selected_ids()
    assert len(chosen) == 2
    window.activateWindow()
    registry.qtbot.keyClick(page.view, Qt.Key.Key_F5)
    registry.wait()
    assert registry.selected_ids() == chosen
    registry.click_header(EnterprisesModel.USCC)
    assert sorted(registry.selected_ids()) == sorted(chosen)
    first = page.view.selectionModel().selectedRows()[0]
    assert page.view.visualRect(first).isValid()  # scrolled into view
    name = registry.model.row_at(first.row()).name
    registry.search(name)
    assert registry.model.id_at(page.selected_positions()[0]) in chosen


def test_credit_code_marks_and_empty_codes(registry):
    from qsupervise.models import Enterprise

    window = registry.window
    target = some_row(window, 3)
    with window.db.session() as s:
        e = s.get(Enterprise, target.id)
        e.uscc_override = "已核对营业执照"
        other = s.get(Enterprise, some_row(window, 4).id)
        other.uscc = None
    registry.wait()
    model = registry.model
    row = registry.row_of(target.id)
    index = model.index(row, EnterprisesModel.USCC)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "校验位已核：已核对营业执照"
    empty = model.index(registry.row_of(other.id), EnterprisesModel.USCC)
    assert empty.data() == "—"
    assert empty.data(Qt.ItemDataRole.ForegroundRole).name() == "#80868b"


def test_deactivate_hides_the_row_until_include_deleted(registry, prompts):
    page = registry.page
    registry.click_row(2)
    target = registry.model.row_at(2)
    assert registry.button("toggle").text() == "停用"
    registry.click("toggle")
    registry.wait()
    assert target.name in prompts.questions[-1]
    assert registry.count() == 299
    assert target.id not in [registry.model.id_at(r) for r in range(299)]
    assert registry.selected_ids()  # the row that moved up is selected, ready for the next one
    assert "已停用" in registry.window.statusBar().currentMessage()

    registry.qtbot.mouseClick(page.include_deleted, Qt.MouseButton.LeftButton)
    registry.wait()
    assert registry.count() == 300
    row = registry.row_of(target.id)
    assert registry.model.index(row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert registry.model.index(row, EnterprisesModel.STATUS).data().endswith("（已停用）")
    registry.click_row(row)
    assert registry.button("toggle").text() == "恢复"
    assert not registry.button("edit").isEnabled()
    registry.click("toggle")
    registry.wait()
    assert registry.selected_ids() == [target.id]
    assert not registry.model.row_at(registry.row_of(target.id)).deleted


def test_declining_to_deactivate_changes_nothing(registry, prompts):
    registry.click_row(0)
    prompts.answers.append(False)
    registry.click("toggle")
    registry.wait()
    assert registry.count() == 300


def test_shortcuts_work_on_this_page_only(registry, prompts):
    window, page = registry.window, registry.page
    window.activateWindow()
    registry.qtbot.waitActive(window)
    page.view.setFocus()
    registry.qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    window.nav.setCurrentRow(0)
    registry.qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert prompts.seen == []  # Ctrl+N belongs to 企业档案; elsewhere it does nothing
    window.nav.setCurrentRow(1)
    prompts.on_dialog(lambda dialog: dialog.reject())
    registry.qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert type(prompts.seen[-1]).__name__ == "EnterpriseForm"


def test_enter_opens_the_detail(registry, prompts):
    registry.click_row(1)
    target = registry.model.row_at(1)
    shown = []
    prompts.on_dialog(lambda dialog: shown.append(dialog.heading.text()))
    registry.qtbot.keyClick(registry.view, Qt.Key.Key_Return)
    assert shown == [target.name]


def test_english_interface(registry):
    from ui import i18n

    page, model = registry.page, registry.model
    page.township.setCurrentIndex(2)
    chosen = page.township.value()
    i18n.apply_language("en")
    registry.qtbot.waitUntil(lambda: page.title_label.text() == "Enterprises", timeout=2000)
    assert page.search.placeholderText() == "Name, pinyin initials or credit code"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert page.township.itemText(0) == "All townships"
    assert page.township.value() == chosen  # the filter survives the switch
    assert page.kind.itemText(1) == "Enterprise"
    assert page.count_label.text().endswith(" in total")
    registry.wait()


def test_a_slow_query_is_replaced_by_the_newest_request(registry, monkeypatch):
    """While one query runs, newer requests replace each other; only the newest result reaches the list."""
    import threading

    from ui.pages import registry_finder

    release = threading.Event()
    ran = []
    real = registry_finder.run_find

    def slow(store, q, *args):
        ran.append(q.text)
        if q.text == "first":
            release.wait(5)
        return real(store, q, *args)

    monkeypatch.setattr(registry_finder, "run_find", slow)
    page = registry.page
    shown = []
    page.finder.found.connect(lambda found: shown.append(found.query.text))
    store = registry.window.db.store
    from qsupervise.services.registry import Query

    for text in ("first", "second", "third", "qxx"):
        page.finder.request(store, Query(text=text), [])
    release.set()
    registry.qtbot.waitUntil(lambda: not page.finder.busy, timeout=5000)
    assert ran == ["first", "qxx"]
    assert shown == ["qxx"]


def test_select_all_is_too_many_to_deactivate_at_once(registry, prompts):
    registry.click_row(0)
    registry.qtbot.keyClick(registry.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert registry.page.selection_size() == 300
    registry.click("toggle")
    assert prompts.warnings == ["一次最多停用或恢复 200 家企业，请缩小选择范围。"]
    assert prompts.questions == []
    registry.wait()
    assert registry.count() == 300


def test_opening_another_database_empties_the_list_at_once(registry, demo_db):
    page = registry.page
    assert registry.window.files.open_path(demo_db.path)
    registry.wait()
    assert page.model.rowCount() == 0  # the template county has no enterprises
    assert page.township.itemText(1) == "城关镇"
