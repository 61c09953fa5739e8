"""新增/编辑企业 and the detail dialog: the core's checks beside each field, saving, duplicates, history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.dialogs.enterprise_detail import EnterpriseDetail
from ui.dialogs.enterprise_form import EnterpriseForm, industry_value
from ui.models.enterprises import EnterprisesModel

RED, AMBER = "#c62828", "#b26a00"


def codes() -> tuple[str, str]:
    """A valid credit code and the same code with a wrong check character."""
    from qsupervise.rules.uscc import ALPHABET, make_code

    good = make_code(authority="9", kind="1", region="421099", org8="MA0000A1")
    return good, good[:-1] + next(c for c in ALPHABET if c != good[-1])


def first_row(registry, position: int = 10):
    from qsupervise.services import registry as reg

    with registry.window.db.read() as s:
        return reg.rows(s, [reg.find(s, reg.Query())[position]])[0]


def problem(form: EnterpriseForm, field: str) -> tuple[str, str]:
    label = form.problem_labels[field]
    colour = RED if RED in label.styleSheet() else AMBER if AMBER in label.styleSheet() else ""
    return (label.text() if label.isVisible() else "", colour)


def test_new_enterprise_bad_code_then_kept_check_character(registry, prompts):
    qtbot = registry.qtbot
    _good, wrong = codes()
    steps = []

    def fill(form: EnterpriseForm) -> None:
        assert form.windowTitle() == "新增企业"
        assert not form.override_shown
        prompts.type_into(form, "name", "青溪县星河调味品有限公司")
        prompts.type_into(form, "uscc", "91421099MA")
        qtbot.waitUntil(lambda: problem(form, "uscc")[0] != "", timeout=2000)
        assert problem(form, "uscc") == ("统一社会信用代码应为 18 位，这里是 10 位。", RED)
        prompts.click_ok(form)
        steps.append(("refused short code", form.isVisible()))

        prompts.type_into(form, "uscc", wrong.lower())
        qtbot.waitUntil(lambda: form.override_shown, timeout=2000)
        text, colour = problem(form, "uscc")
        assert text.startswith("统一社会信用代码校验位不符")
        assert colour == AMBER
        prompts.click_ok(form)  # no reason yet: the core refuses
        steps.append(("refused without reason", form.isVisible()))
        assert problem(form, "uscc_override") == ("校验位不符的代码需要填写保留理由（例如“已核对营业执照”）。", RED)
        assert form.summary.text() == "有 1 处需要改正，改正后才能保存。"

        prompts.type_into(form, "uscc_override", "已核对营业执照原件")
        qtbot.keyClick(form.edits["uscc_override"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S

    prompts.on_dialog(fill)
    registry.window.activateWindow()
    qtbot.keyClick(registry.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    registry.wait()
    assert steps == [("refused short code", True), ("refused without reason", True)]
    assert registry.count() == 301
    form = prompts.seen[0]
    assert registry.selected_ids() == [form.saved_id]
    row = registry.page.selected_positions()[0]
    assert registry.model.index(row, EnterprisesModel.NAME).data() == "青溪县星河调味品有限公司"
    assert registry.model.index(row, EnterprisesModel.USCC).data() == wrong
    assert registry.model.index(row, EnterprisesModel.USCC).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "已新增“青溪县星河调味品有限公司”" in registry.window.statusBar().currentMessage()

    registry.search("星河调味")  # and it can be found
    assert registry.column(EnterprisesModel.NAME) == ["青溪县星河调味品有限公司"]


def test_duplicate_code_names_the_holder_and_opens_it(registry, prompts):
    qtbot = registry.qtbot
    holder = first_row(registry)
    opened = []

    def fill(form: EnterpriseForm) -> None:
        prompts.type_into(form, "name", "另一家公司")
        prompts.type_into(form, "uscc", holder.uscc)
        qtbot.waitUntil(lambda: form.open_duplicate.isVisible(), timeout=2000)
        assert problem(form, "uscc") == (f"已存在：{holder.name}（{holder.township}）", RED)
        prompts.on_dialog(lambda detail: opened.append((detail.heading.text(), detail.edit_button.isVisible())))
        qtbot.mouseClick(form.open_duplicate, Qt.MouseButton.LeftButton)
        prompts.click_ok(form)
        assert form.isVisible()  # refused
        form.reject()

    prompts.on_dialog(fill)
    registry.click("new")
    assert opened == [(holder.name, False)]
    assert registry.count() == 300


def test_industry_by_name_similar_name_hint_and_bad_date(registry, prompts):
    from qsupervise.models import Enterprise

    qtbot = registry.qtbot
    existing = first_row(registry, 20)

    def fill(form: EnterpriseForm) -> None:
        prompts.type_text(form.edits["name"], existing.name)
        prompts.type_text(form.industry.lineEdit(), "食品制造业")
        prompts.type_into(form, "founded_on", "2020-13-01")
        qtbot.waitUntil(lambda: problem(form, "founded_on")[0] != "", timeout=2000)
        assert problem(form, "founded_on")[1] == RED
        text, colour = problem(form, "name")
        assert text == f"名称相近：“{existing.name}”。请确认不是同一家。"
        assert colour == AMBER
        prompts.type_into(form, "founded_on", "2020-12-01")
        form.township.setCurrentIndex(form.township.findText("河口镇"))
        form.kind.set_value("individual")
        prompts.click_ok(form)  # warnings only: saved

    prompts.on_dialog(fill)
    registry.click("new")
    registry.wait()
    saved = prompts.seen[0].saved_id
    with registry.window.db.read() as s:
        e = s.get(Enterprise, saved)
        assert (e.industry_code, e.founded_on, e.kind, e.uscc) == ("C14", "2020-12-01", "individual", None)
    assert industry_value("\u3000C13 农副食品加工业") == "C13"
    assert industry_value("C1391（农副食品加工业）") == "C1391"
    assert industry_value("食品制造业") == "食品制造业"


def test_edit_then_detail_shows_history_old_to_new(registry, prompts):
    qtbot = registry.qtbot
    registry.click_row(4)
    target = registry.model.row_at(4)

    def rename(form: EnterpriseForm) -> None:
        assert form.windowTitle() == f"编辑“{target.name}”"
        assert form.edits["uscc"].text() == (target.uscc or "")
        prompts.type_into(form, "name", "青溪县改名后有限公司")
        prompts.click_ok(form)

    prompts.on_dialog(rename)
    registry.click("edit")
    registry.wait()
    assert registry.selected_ids() == [target.id]
    row = registry.page.selected_positions()[0]
    assert registry.model.index(row, 0).data() == "青溪县改名后有限公司"

    history = []

    def look(detail: EnterpriseDetail) -> None:
        assert detail.heading.text() == "青溪县改名后有限公司"
        assert [detail.tabs.tabText(i) for i in range(detail.tabs.count())] == [
            "基本信息", "产品与标准", "认证许可", "监督抽查", "品牌奖项", "信用", "变更记录"
        ]  # fmt: skip
        assert detail.module_notes["awards"].text() == "暂无（该模块尚在开发中）"

        def change_rep(form: EnterpriseForm) -> None:
            prompts.type_into(form, "legal_rep", "王小明")
            prompts.click_ok(form)

        prompts.on_dialog(change_rep)
        qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
        assert detail.values["legal_rep"].text() == "王小明"
        detail.tabs.setCurrentIndex(6)
        table = detail.history_table
        for r in range(table.rowCount()):
            history.append(tuple(table.item(r, c).text() for c in range(4)))

    prompts.on_dialog(look)
    registry.view.setFocus()
    qtbot.keyClick(registry.view, Qt.Key.Key_Return)
    assert len(history) == 3
    newest, renamed, created = history
    assert newest[2:] == ("法定代表人", f"{target_rep(registry, target.id, 0)} → 王小明")
    assert renamed[2:] == ("企业名称", f"{target.name} → 青溪县改名后有限公司")
    assert created[2:] == ("—", "新建")
    assert renamed[1] == "admin"  # the signed-in user (tests/ui/conftest.py ADMIN), not the built-in "gui"
    assert len(renamed[0]) == 16
    assert renamed[0][4] == "-"


def target_rep(registry, enterprise_id: str, index: int) -> str:
    """The legal representative before the edit, from the history the core keeps."""
    from qsupervise.services import registry as reg

    with registry.window.db.read() as s:
        return [h.old for h in reg.history(s, enterprise_id) if h.field == "legal_rep"][index]


def test_products_tab_lists_standards_with_their_kind(registry, prompts):
    from qsupervise.services import registry as reg

    with registry.window.db.read() as s:
        ids = reg.find(s, reg.Query(industry="C", kind="enterprise"))
        rows = reg.rows(s, ids)
        with_products = next(r for r in rows if reg.detail(s, r.id).products)
        product = reg.detail(s, with_products.id).products[0]
    seen = []

    def look(detail: EnterpriseDetail) -> None:
        tree = detail.products
        top = tree.topLevelItem(0)
        seen.append((top.text(0), top.text(4), top.child(0).text(0), top.child(0).text(2)))

    prompts.on_dialog(look)
    registry.click_row(registry.row_of(with_products.id))
    registry.page.actions_.open_detail()
    std = product.standards[0]
    kind = {"national": "国家标准", "industry": "行业标准", "local": "地方标准", "group": "团体标准"}.get(std.kind)
    assert seen == [(product.name, product.brand, std.raw, kind or seen[0][3])]
