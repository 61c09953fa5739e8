"""工作台 shows the database's real counts and follows changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from ui.models.dashboard import TownshipCountsModel
from ui.widgets import BAR_ROLE


def add_enterprises(window, township_id: str, n: int, kind: str = "individual") -> None:
    from qsupervise.models import Enterprise

    with window.db.store.session(actor="gui") as s:
        for i in range(n):
            s.add(Enterprise(name=f"测试企业{i}", township_id=township_id, kind=kind))


def test_cards_show_the_counts_from_the_database(window):
    page = window.pages[0]
    assert window.stack.currentWidget() is page
    assert page.cards["enterprises"].value.text() == "0"
    assert page.cards["townships"].value.text() == "3"
    assert "测试县" in page.county_label.text()
    assert page.townships.rowCount() == 3


def test_f5_refreshes_after_data_changes(qtbot, window, demo_db):
    page = window.pages[0]
    add_enterprises(window, demo_db.townships["东乡镇"], 2)
    add_enterprises(window, demo_db.townships["城关镇"], 1, kind="enterprise")
    assert page.cards["enterprises"].value.text() == "0"  # written behind the page's back
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.cards["enterprises"].value.text() == "3"
    assert page.cards["individual"].value.text() == "2"
    model = page.townships
    top = model.rows[0]
    assert (top.name, top.enterprises, top.individual) == ("东乡镇", 2, 2)
    assert model.index(0, TownshipCountsModel.ENTERPRISES).data(BAR_ROLE) == 1.0
    assert model.index(1, TownshipCountsModel.ENTERPRISES).data(BAR_ROLE) == 0.5


def test_thousands_separators(window, demo_db):
    add_enterprises(window, demo_db.townships["西乡镇"], 1234)
    window.findChild(QAction, "action_refresh").trigger()
    page = window.pages[0]
    assert page.cards["enterprises"].value.text() == "1,234"
    assert page.townships.index(0, TownshipCountsModel.ENTERPRISES).data() == "1,234"
    assert page.kinds.index(1, 2).data() == "100.0%"


def test_without_a_database_the_page_says_so(qtbot, prompts):
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    page = win.pages[0]
    page.refresh()
    assert page.cards["enterprises"].value.text() == "—"
    assert page.cards["spot_rate"].value.text() == "—"
    assert not page.spot_busy
    assert "未打开数据库" in page.county_label.text()
    assert win.status_db.text() == "数据库：未打开"
    assert not win.action_backup.isEnabled()


# -- spot checks: this year's pass rate and the follow-ups that are late ------------------------------------


def add_failing_check(window, township_id: str, *, ordered_days_ago: int, unit: str) -> None:
    """This year, a failing sample whose correction was ordered ``ordered_days_ago`` days ago (recheck due 75 days
    later), and a passing one."""
    from datetime import date, timedelta

    from qsupervise.models import SpotCheck, SpotCheckPlan

    today = date.today()
    ordered = today - timedelta(days=ordered_days_ago)
    with window.db.store.session(actor="gui") as s:
        plan = SpotCheckPlan(plan_no=f"县抽-{unit}", year=today.year)
        s.add(plan)
        s.flush()
        s.add(SpotCheck(
            plan_id=plan.id, township_id=township_id, unit_name=unit, product="白酒", sampling="sampled",
            sampled_on=today.replace(month=1, day=1).isoformat(), verdict="fail", failed_items="酒精度",
            notice_served_on=(ordered - timedelta(days=20)).isoformat(), correction_ordered_on=ordered.isoformat(),
        ))
        s.add(SpotCheck(plan_id=plan.id, township_id=township_id, unit_name="合格的厂", product="白酒",
                        sampling="sampled", sampled_on=today.replace(month=1, day=1).isoformat(), verdict="pass"))


def wait_for_spotchecks(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.spot_busy, timeout=3000)


def test_spot_check_cards_before_any_check(qtbot, window):
    page = window.pages[0]
    wait_for_spotchecks(qtbot, page)
    assert page.cards["spot_rate"].value.text() == "—"
    assert page.cards["overdue"].value.text() == "0"
    assert page.followups.rowCount() == 0
    assert page.followup_more.text() == "没有逾期或 15 日内到期的后处理。"


def test_an_overdue_follow_up_is_listed_in_red(qtbot, window, demo_db):
    from datetime import date, timedelta

    from ui.models.dashboard import RED, FollowupsModel

    page = window.pages[0]
    add_failing_check(window, demo_db.townships["东乡镇"], ordered_days_ago=100, unit="青溪酒厂")
    add_failing_check(window, demo_db.townships["西乡镇"], ordered_days_ago=70, unit="西乡酒坊")
    add_failing_check(window, demo_db.townships["西乡镇"], ordered_days_ago=10, unit="还早的酒坊")
    window.findChild(QAction, "action_refresh").trigger()
    assert page.cards["overdue"].value.text() == "—"  # read in a worker: the registry's figures do not wait
    assert page.cards["spot_rate"].caption.text() == "正在统计…"
    wait_for_spotchecks(qtbot, page)
    assert page.cards["overdue"].value.text() == "1"
    assert page.cards["overdue"].caption.text() == "进行中 3 项 · 15 日内到期 1 项"
    model = page.followups
    assert model.rowCount() == 2  # the overdue one, then the one due within 15 days
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    due = date.today() - timedelta(days=100) + timedelta(days=75)
    assert row == ["青溪酒厂", "白酒", "整改复查（75 日内）", due.isoformat(), "逾期 25 天"]
    assert model.index(0, FollowupsModel.DAYS).data(Qt.ItemDataRole.ForegroundRole) == RED
    assert model.index(1, FollowupsModel.DAYS).data() == "还剩 5 天"
    assert "东乡镇" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert page.followup_more.text() == ""
    rate = page.cards["spot_rate"]
    assert rate.title.text() == f"抽查合格率（{date.today().year} 年）"


def test_only_the_first_ten_follow_ups_are_listed(qtbot, window, demo_db):
    page = window.pages[0]
    for n in range(12):
        add_failing_check(window, demo_db.townships["城关镇"], ordered_days_ago=80 + n, unit=f"酒厂{n:02d}")
    window.findChild(QAction, "action_refresh").trigger()
    wait_for_spotchecks(qtbot, page)
    assert page.cards["overdue"].value.text() == "12"
    assert page.followups.rowCount() == 10
    assert page.followups.index(0, 0).data() == "酒厂11"  # the longest overdue first
    assert page.followup_more.text() == "另有 2 项未列出，请到“监督抽查”页查看全部。"
    assert page.cards["spot_rate"].value.text() == "50.0%"
