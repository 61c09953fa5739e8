"""工作台 shows the database's real counts and follows changes."""

from __future__ import annotations

from datetime import date

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


# -- certificates about to expire, and the instrument rates ---------------------------------------------------


def wait_for_compliance(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.compliance_busy and not page.spot_busy, timeout=5000)


def add_certificate(window, township_id: str, *, expires_in: int) -> str:
    from datetime import date, timedelta

    from qsupervise.models import Certification, Enterprise

    today = date.today()
    with window.db.store.session(actor="gui") as s:
        holder = Enterprise(name="青溪酒厂", township_id=township_id)
        s.add(holder)
        s.flush()
        s.add(Certification(enterprise_id=holder.id, kind="sc", number="SC11542109900013",
                            issued_on=(today - timedelta(days=1800)).isoformat(),
                            expires_on=(today + timedelta(days=expires_in)).isoformat()))
        return holder.id


def test_a_certificate_expiring_in_20_days_changes_the_badge(qtbot, window, demo_db):
    page = window.pages[0]
    wait_for_compliance(qtbot, page)
    card = page.cards["cert_expiry"]
    assert card.value.text() == "0"
    assert card.caption.text() == "已过期 0 · 60 日内 0 · 90 日内 0"
    assert card.value.styleSheet() == ""
    add_certificate(window, demo_db.townships["东乡镇"], expires_in=20)
    add_certificate(window, demo_db.townships["西乡镇"], expires_in=45)
    window.findChild(QAction, "action_refresh").trigger()
    assert page.compliance_busy  # the old figures stay up until the worker's new ones come
    wait_for_compliance(qtbot, page)
    assert card.value.text() == "1"
    assert card.caption.text() == "已过期 0 · 60 日内 2 · 90 日内 2"
    assert "#b26a00" in card.value.styleSheet()  # amber: 即将到期


def add_instruments(window, township_id: str, states: list[str]) -> None:
    """One instrument per state: "ok" (verified this month), "overdue", "unregistered"."""
    from datetime import date

    from qsupervise.rules.instruments import due_date
    from qsupervise.services import instruments

    today = date.today()
    with window.db.store.session(actor="gui") as s:
        from qsupervise.models import Enterprise

        shop = Enterprise(name="农贸市场", township_id=township_id)
        s.add(shop)
        s.flush()
        for n, state in enumerate(states):
            verified = today.replace(day=1) if state != "overdue" else today.replace(year=today.year - 2)
            data = instruments.InstrumentInput(shop.id, "电子计价秤", serial=str(n), registered=state != "unregistered",
                                               verified_on=verified, due_on=due_date(verified, 12))
            instruments.save(s, data=data, today=today, actor="gui")


def test_instrument_rates_equal_the_cores(qtbot, window, demo_db):
    from datetime import date

    from qsupervise.services import instruments
    from ui.models.dashboard import RED, TownshipRatesModel

    page = window.pages[0]
    add_instruments(window, demo_db.townships["城关镇"], ["ok"] * 8 + ["overdue", "unregistered"])
    add_instruments(window, demo_db.townships["东乡镇"], ["ok", "ok", "overdue"])
    window.findChild(QAction, "action_refresh").trigger()
    wait_for_compliance(qtbot, page)
    with window.db.store.read() as s:
        core = instruments.rates(s, date.today())
    model = page.rates
    assert model.rowCount() == len(core.townships) == 3
    for n, town in enumerate(core.townships):
        shown = [model.index(n, c).data() for c in range(model.columnCount())]
        expected = [town.name, f"{town.tally.listed:,}", "—" if town.registration_rate is None
                    else f"{town.registration_rate * 100:.1f}%", "—" if town.verification_rate is None
                    else f"{town.verification_rate * 100:.1f}%", f"{town.tally.overdue:,}"]
        assert shown == expected
    rows = {model.index(n, 0).data(): n for n in range(3)}
    chengguan = rows["城关镇"]
    assert model.index(chengguan, TownshipRatesModel.REGISTRATION).data() == "90.0%"  # 9 of 10: on target
    assert model.index(chengguan, TownshipRatesModel.VERIFICATION).data() == "88.9%"  # 8 of 9
    assert model.index(chengguan, TownshipRatesModel.REGISTRATION).data(Qt.ItemDataRole.ForegroundRole) is None
    dongxiang = rows["东乡镇"]
    assert model.index(dongxiang, TownshipRatesModel.VERIFICATION).data() == "66.7%"
    assert model.index(dongxiang, TownshipRatesModel.VERIFICATION).data(Qt.ItemDataRole.ForegroundRole) == RED
    assert model.index(rows["西乡镇"], TownshipRatesModel.REGISTRATION).data() == "—"
    card = page.cards["instruments"]
    assert card.value.text() == "92.3% / 83.3%"  # 12 of 13 registered, 10 of 12 in cycle
    assert card.caption.text() == "目标 90.0% / 70.0% · 未达标乡镇 0 / 1 · 逾期 2 台"
    assert card.value.styleSheet() == ""
    page.township_tabs.setCurrentIndex(1)
    assert page.rates_view.isVisible()
    assert "红色为低于目标（90.0% / 70.0%）" in page.rates_note.text()


def test_without_a_database_the_compliance_cards_are_empty(qtbot, prompts):
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    page = win.pages[0]
    page.refresh()
    assert page.cards["cert_expiry"].value.text() == "—"
    assert page.cards["instruments"].value.text() == "—"
    assert page.rates.rowCount() == 0
    assert not page.compliance_busy


# -- 责任书目标进度 (issue 7) -----------------------------------------------------------------------------

LETTER_YEAR = 2025


def add_letters_and_samples(window, good: str, bad: str) -> None:
    """2025's letters for the three townships; by July two passing samples in ``good``, two failing in ``bad``."""
    from qsupervise.models import SpotCheck, SpotCheckPlan
    from qsupervise.services import letters

    with window.db.store.session(actor="gui") as s:
        plan = SpotCheckPlan(plan_no="P2025", year=LETTER_YEAR)
        s.add(plan)
        s.flush()
        for township_id, verdict in ((good, "pass"), (bad, "fail")):
            for day in ("2025-03-01", "2025-05-01"):
                s.add(SpotCheck(plan_id=plan.id, township_id=township_id, verdict=verdict, sampling="sampled",
                                sampled_on=day, product="挂面"))
        letters.create_letters(s, LETTER_YEAR, "township", actor="gui")


def wait_for_letters(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.letters_panel.busy and page.letters_panel.figures is not None, timeout=5000)


def test_without_letters_the_progress_tab_says_how_to_make_them(qtbot, window, monkeypatch):
    page = window.pages[0]
    monkeypatch.setattr(page, "today", lambda: date(LETTER_YEAR, 7, 1))
    window.findChild(QAction, "action_refresh").trigger()
    wait_for_letters(qtbot, page)
    panel = page.letters_panel
    assert page.township_tabs.tabText(2) == "责任书目标进度"
    assert panel.model.rowCount() == 0
    assert panel.empty.text().startswith("2025 年还没有签订责任书。在“责任书与考核 → 责任书”中按模板为各乡镇生成责任书")


def test_the_traffic_lights_of_the_townships_equal_the_cores(qtbot, window, demo_db, monkeypatch):
    from qsupervise.services import assessment
    from ui.main_window import PAGE_KEYS
    from ui.models.assessment import ProgressModel

    page = window.pages[0]
    day = date(LETTER_YEAR, 7, 1)
    monkeypatch.setattr(page, "today", lambda: day)
    add_letters_and_samples(window, demo_db.townships["城关镇"], demo_db.townships["西乡镇"])
    window.findChild(QAction, "action_refresh").trigger()
    assert page.letters_panel.busy  # read in the worker, after the registry's counts
    wait_for_letters(qtbot, page)
    with window.db.store.read() as s:
        core = {u.unit: u for u in assessment.progress(s, LETTER_YEAR, today=day)}
    panel = page.letters_panel
    model = panel.model
    shown = {model.index(r, ProgressModel.UNIT).data(): model.rows[r] for r in range(model.rowCount())}
    assert shown.keys() == core.keys() == {"城关镇", "东乡镇", "西乡镇"}
    for name, unit in core.items():
        row = list(shown).index(name)
        assert shown[name].light == unit.light
        assert model.index(row, ProgressModel.SHARE).data() == (
            "—" if unit.share is None else f"{unit.share * 100:.0f}%")
        behind = [t.metric for t in unit.targets if t.light == "red"]
        assert model.index(row, ProgressModel.BEHIND).data() == ("、".join(behind) or "—")
    # 城关镇 passed every sample: that target is green; a task due on 31 March not reported is red
    tip = model.index(list(shown).index("城关镇"), ProgressModel.UNIT).data(Qt.ItemDataRole.ToolTipRole)
    assert "产品质量监督抽查合格率：100（全年目标 ≥90%）" in tip
    assert "新增质量管理体系等认证：0（暂未到期；全年目标 ≥2个）" in tip  # 2 a year: the first due in July
    assert "质量工作机构与专人落实：未填报（全年目标 完成）" in tip
    # 西乡镇 failed both samples: 0 of the 20 points of the pass rate, and its March task is missed
    assert [u.unit for u in core.values() if u.light == "red"] == ["西乡镇"]
    assert page.township_tabs.tabText(2) == "责任书目标进度（落后 1）"
    assert panel.lights.text().startswith("2025 年 · 3 个乡镇：")
    assert model.rows[0].unit == "西乡镇"  # who is behind comes first

    row = list(shown).index("东乡镇")
    page.township_tabs.setCurrentIndex(2)
    rect = panel.view.visualRect(model.index(row, ProgressModel.UNIT))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    letters_page = window.pages[PAGE_KEYS.index("letters")]
    assert window.stack.currentWidget() is letters_page
    tab = letters_page.assessment_tab
    assert letters_page.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: not tab.busy and tab.year_loaded == LETTER_YEAR, timeout=5000)
    assert tab.current().unit == "东乡镇"
