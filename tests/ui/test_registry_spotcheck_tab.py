"""企业档案 and spot checks: the 抽查不合格 column counts the last 3 years; the detail lists every check."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.models.enterprises import RED, EnterprisesModel


@pytest.fixture
def checked(qtbot: Any, window: Any, demo_db: Any) -> dict[str, str]:
    """青溪酒厂: failed as sampled unit (recent), as producer (recent, re-test failed), 4 years ago, re-test passed,
    and passed once; 西乡商店: the unit where the brewery's failing 黄酒 was sampled; 新开的厂: never checked."""
    from qsupervise.models import Enterprise, SpotCheck, SpotCheckPlan

    today = date.today()
    recent, old = today - timedelta(days=200), today - timedelta(days=4 * 366)
    with window.db.store.session(actor="gui") as s:
        brewery = Enterprise(name="青溪酒厂", township_id=demo_db.townships["东乡镇"], industry_code="C1511")
        shop = Enterprise(name="西乡商店", township_id=demo_db.townships["西乡镇"], kind="individual")
        new = Enterprise(name="新开的厂", township_id=demo_db.townships["城关镇"])
        s.add_all([brewery, shop, new])
        plans = {y: SpotCheckPlan(plan_no=f"县抽〔{y}〕1号", year=y) for y in {recent.year, old.year}}
        s.add_all(plans.values())
        s.flush()

        def check(on: date, verdict: str, **kw: Any) -> None:
            s.add(SpotCheck(plan_id=plans[on.year].id, sampling="sampled", sampled_on=on.isoformat(),
                            verdict=verdict, **kw))

        check(recent, "fail", enterprise_id=brewery.id, unit_name="青溪酒厂", product="白酒", failed_items="酒精度")
        check(recent, "serious_fail", enterprise_id=shop.id, producer_id=brewery.id, unit_name="西乡商店",
              product="黄酒", failed_items="甲醇", notice_served_on=recent.isoformat(), objection_on=recent.isoformat(),
              retest_verdict="fail")
        check(recent, "fail", enterprise_id=brewery.id, product="米酒", failed_items="菌落总数",
              notice_served_on=recent.isoformat(), objection_on=recent.isoformat(), retest_verdict="pass")
        check(old, "fail", enterprise_id=brewery.id, product="老白干", failed_items="酒精度", closed_on=old.isoformat())
        check(recent, "pass", enterprise_id=brewery.id, product="白酒")
        check(recent, "pass", enterprise_id=shop.id, product="酱油")
    return {"brewery": brewery.id, "shop": shop.id, "new": new.id}


def test_the_list_counts_failing_checks_of_the_last_three_years(qtbot: Any, window: Any, checked: dict[str, str]):
    window.nav.setCurrentRow(1)
    page = window.pages[1]
    qtbot.waitUntil(lambda: not page.finder.busy and page.model.rowCount() == 3, timeout=3000)
    model = page.model
    rows = {model.id_at(r): r for r in range(model.rowCount())}
    brewery = model.index(rows[checked["brewery"]], EnterprisesModel.SPOTCHECKS)
    shop = model.index(rows[checked["shop"]], EnterprisesModel.SPOTCHECKS)
    assert brewery.data() == "2"  # as unit and as producer; not the old one, not the one the re-test passed
    assert brewery.data(Qt.ItemDataRole.ForegroundRole) == RED
    assert "近 3 年监督抽查不合格 2 次" in brewery.data(Qt.ItemDataRole.ToolTipRole)
    assert shop.data() == "1"  # where the brewery's failing 黄酒 was sampled
    new = model.index(rows[checked["new"]], EnterprisesModel.SPOTCHECKS)
    assert new.data() == "0"
    assert new.data(Qt.ItemDataRole.ForegroundRole) != RED
    header = model.headerData(EnterprisesModel.SPOTCHECKS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header.startswith("近 3 年监督抽查不合格的次数")


def test_the_detail_lists_the_enterprise_checks(qtbot: Any, window: Any, checked: dict[str, str]):
    from ui.dialogs.enterprise_detail import EnterpriseDetail

    detail = EnterpriseDetail(window.db, checked["brewery"], parent=window)
    qtbot.addWidget(detail)
    detail.tabs.setCurrentIndex(3)
    assert detail.tabs.tabText(3) == "监督抽查"
    table = detail.checks_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["年度", "计划编号", "产品", "身份", "结论", "不合格项目", "后处理"]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert len(rows) == 5
    assert detail.checks_note.text() == "共 5 次抽查；近 3 年不合格 2 次"
    by_product = {(r[2], r[4]): r for r in rows}
    recent_year = str((date.today() - timedelta(days=200)).year)
    white = by_product[("白酒", "不合格")]
    assert white[:4] == [recent_year, f"县抽〔{recent_year}〕1号", "白酒", "受检单位"]
    assert white[5] == "酒精度"
    assert white[6] == "送达检验结论"  # the notice has not been served yet
    assert by_product[("黄酒", "严重不合格")][3] == "标称生产者"
    assert by_product[("米酒", "不合格（复检合格）")][6] == "结案"
    assert by_product[("白酒", "合格")][6] == ""
    old = [r for r in rows if r[6].startswith("已结案")]
    assert len(old) == 1
    red = table.item(rows.index(white), 4).foreground().color()
    assert red == RED
    assert rows[-1][0] == str((date.today() - timedelta(days=4 * 366)).year)  # newest first


def test_an_enterprise_without_checks_says_so(qtbot: Any, window: Any, checked: dict[str, str]):
    from ui.dialogs.enterprise_detail import EnterpriseDetail

    detail = EnterpriseDetail(window.db, checked["new"], parent=window)
    qtbot.addWidget(detail)
    assert detail.checks_table.rowCount() == 0
    assert detail.checks_note.text() == "没有监督抽查记录（作为受检单位或标称生产者）"
    assert detail.module_notes["awards"].text() == "暂无（该模块尚在开发中）"
