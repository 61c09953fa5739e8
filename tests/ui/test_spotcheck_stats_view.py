"""监督抽查 → 统计: the numbers shown are the core's, for every grouping and year; the chart has a bar a group."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from ui.charts import Bar, BarChart
from ui.models.spotcheck_stats import RatesModel


def add_checks(db: Any, townships: dict[str, str]) -> None:
    """2025: 城关镇 3 pass + 1 fail, 东乡镇 1 serious fail; 2026: 西乡镇 2 pass, 1 sample without a verdict."""
    from qsupervise.models import Enterprise, SpotCheck, SpotCheckPlan

    with db.store.session(actor="gui") as s:
        food = Enterprise(name="青溪食品厂", township_id=townships["城关镇"], industry_code="C1391")
        s.add(food)
        p25 = SpotCheckPlan(plan_no="县抽〔2025〕1号", year=2025, category="食品")
        p26 = SpotCheckPlan(plan_no="县抽〔2026〕1号", year=2026, category="日用品")
        s.add_all([p25, p26])
        s.flush()
        for verdict, items in (("pass", ""), ("pass", ""), ("pass", ""), ("fail", "菌落总数、大肠菌群")):
            s.add(SpotCheck(plan_id=p25.id, township_id=townships["城关镇"], producer_id=food.id, product="糕点",
                            sampling="sampled", sampled_on="2025-05-10", verdict=verdict, failed_items=items))
        s.add(SpotCheck(plan_id=p25.id, township_id=townships["东乡镇"], product="饮料", sampling="sampled",
                        sampled_on="2025-06-01", verdict="serious_fail", failed_items="菌落总数"))
        for _ in range(2):
            s.add(SpotCheck(plan_id=p26.id, township_id=townships["西乡镇"], product="毛巾", sampling="sampled",
                            sampled_on="2026-03-01", verdict="pass"))
        s.add(SpotCheck(plan_id=p26.id, township_id=townships["西乡镇"], product="毛巾", sampling="pending"))


@pytest.fixture
def stats_view(qtbot: Any, demo_db: Any) -> Any:
    from ui.database import Database
    from ui.pages.spotcheck_stats import SpotcheckStatsView

    db = Database()
    assert db.open(demo_db.path)
    add_checks(db, demo_db.townships)
    view = SpotcheckStatsView(db)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    wait(qtbot, view)
    yield view
    wait(qtbot, view)
    db.close()


def wait(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=3000)


def core_rates(view: Any, by: str, year: int | None = None) -> list[tuple[str, int, int]]:
    from qsupervise.services import spotcheck_stats

    with view.db.read() as s:
        return [(r.key, r.total, r.passed) for r in spotcheck_stats.pass_rates(s, by=by, year=year)]


def shown(view: Any) -> list[list[str]]:
    model = view.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def choose(qtbot: Any, view: Any, combo: Any, text: str) -> None:
    """Pick an entry by its text, through the combo itself (its signal drives the view, as a user's pick does)."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    wait(qtbot, view)


def test_township_rates_equal_the_core(stats_view: Any) -> None:
    view = stats_view
    expected = core_rates(view, "township")
    assert [(r.key, r.total, r.passed) for r in view.model.rows] == expected
    assert shown(view) == [["城关镇", "4", "3", "1", "75.0%"], ["西乡镇", "2", "2", "0", "100.0%"],
                           ["东乡镇", "1", "0", "1", "0.0%"]]
    assert view.chart.bar_count() == len(expected) == 3
    assert [b.label for b in view.chart.bars()] == ["城关镇", "西乡镇", "东乡镇"]
    assert view.chart.bars()[0].text == "75.0%（4）"
    assert view.overall_value.text() == "71.4%"
    assert "判定 7 批次" in view.overall_caption.text()
    assert view.model.headerData(RatesModel.GROUP, Qt.Orientation.Horizontal) == "乡镇/街道"
    items = view.items
    assert [(r.name, r.count) for r in items.rows] == [("菌落总数", 2), ("大肠菌群", 1)]
    assert items.index(0, 3).data() == "100.0%"  # of the two failing samples


def test_switch_grouping_and_year(qtbot: Any, stats_view: Any) -> None:
    view = stats_view
    for text, by in (("行业", "industry"), ("产品类别", "category"), ("年度", "year"), ("乡镇/街道", "township")):
        choose(qtbot, view, view.group_combo, text)
        assert view.grouping() == by
        assert [(r.key, r.total, r.passed) for r in view.model.rows] == core_rates(view, by)
        assert view.chart.bar_count() == view.model.rowCount() > 0
    choose(qtbot, view, view.group_combo, "行业")
    assert shown(view)[0][0] == "C13 农副食品加工业"
    assert shown(view)[1][0] == "（未关联企业或未填行业）"

    assert [view.year_combo.itemText(i) for i in range(view.year_combo.count())] == ["全部年度", "2026 年", "2025 年"]
    choose(qtbot, view, view.year_combo, "2026 年")
    assert view.year() == 2026
    assert [(r.key, r.total, r.passed) for r in view.model.rows] == core_rates(view, "industry", 2026)
    assert view.overall_value.text() == "100.0%"
    assert view.items.rowCount() == 0
    choose(qtbot, view, view.group_combo, "乡镇/街道")
    assert shown(view) == [["西乡镇", "2", "2", "0", "100.0%"]]
    assert view.chart.bar_count() == 1
    choose(qtbot, view, view.year_combo, "2025 年")
    assert [(r.key, r.total, r.passed) for r in view.model.rows] == core_rates(view, "township", 2025)
    assert view.overall_value.text() == "60.0%"


def test_cached_figures_are_reloaded_after_a_change(qtbot: Any, stats_view: Any, demo_db: Any) -> None:
    from qsupervise.models import SpotCheck, SpotCheckPlan

    view = stats_view
    with view.db.store.session(actor="gui") as s:
        plan = SpotCheckPlan(plan_no="县抽〔2024〕1号", year=2024)
        s.add(plan)
        s.flush()
        s.add(SpotCheck(plan_id=plan.id, township_id=demo_db.townships["东乡镇"], sampling="sampled",
                        product="白酒", verdict="pass", sampled_on="2024-04-01"))
    view.refresh()
    wait(qtbot, view)
    assert view.year_combo.findText("2024 年") > 0
    assert tuple(shown(view)[1]) == ("东乡镇", "2", "1", "1", "50.0%")


def test_clicking_a_bar_selects_its_row(qtbot: Any, stats_view: Any) -> None:
    view = stats_view
    rect = view.chart.bar_rect(1)
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert view.table.selectionModel().selectedRows()[0].row() == 1


def test_export_writes_both_tables(qtbot: Any, stats_view: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from openpyxl import load_workbook

    view = stats_view
    dest = tmp_path / "合格率.xlsx"
    monkeypatch.setattr(view, "ask_export_path", lambda: dest)
    with qtbot.waitSignal(view.message, timeout=3000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.exported == dest
    book = load_workbook(dest)
    assert book.sheetnames == ["合格率", "不合格项目"]
    rates = [list(r) for r in book["合格率"].iter_rows(values_only=True)]
    assert rates[0][0] == "监督抽查合格率 · 全部年度 · 按乡镇/街道"
    assert rates[1] == ["乡镇/街道", "抽查批次", "合格", "不合格", "合格率"]
    assert rates[2] == ["城关镇", 4, 3, 1, 0.75]
    assert rates[-1] == ["合计", 7, 5, 2, pytest.approx(5 / 7)]
    items = [list(r) for r in book["不合格项目"].iter_rows(values_only=True)]
    assert items[2] == [1, "菌落总数", 2, 1.0]


def test_an_empty_database_shows_no_bars(qtbot: Any, template_db: Path, tmp_path: Path) -> None:
    import shutil

    from ui.database import Database
    from ui.pages.spotcheck_stats import SpotcheckStatsView

    path = tmp_path / "empty.db"
    shutil.copyfile(template_db, path)
    db = Database()
    assert db.open(path)
    view = SpotcheckStatsView(db)
    qtbot.addWidget(view)
    view.show()
    wait(qtbot, view)
    assert view.chart.bar_count() == 0
    assert view.overall_value.text() == "—"
    assert view.overall_caption.text() == "没有已判定的抽查结果"
    assert not view.export_button.isEnabled()
    assert view.year_combo.count() == 1
    view.chart.grab()  # paints the empty text
    db.close()
    view.refresh()
    assert view.overall_caption.text() == "未打开数据库"


def test_a_hidden_view_waits_until_shown(qtbot: Any, demo_db: Any) -> None:
    from ui.database import Database
    from ui.pages.spotcheck_stats import SpotcheckStatsView

    db = Database()
    assert db.open(demo_db.path)
    view = SpotcheckStatsView(db)
    qtbot.addWidget(view)
    view.refresh()
    assert view.task is None
    assert view.stale
    view.show()
    assert view.task is not None
    wait(qtbot, view)
    db.close()


# -- the chart on its own ---------------------------------------------------------------------------------


@pytest.fixture
def chart(qtbot: Any) -> BarChart:
    widget = BarChart()
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_chart_with_no_bar_and_with_one(chart: BarChart) -> None:
    chart.set_empty_text("没有数据")
    chart.grab()
    assert chart.bar_count() == 0
    assert chart.bar_at(QPoint(100, 30)) == -1
    chart.set_percent(True)
    chart.set_bars([Bar("城关镇", 0.5)])
    chart.grab()
    assert chart.bar_count() == 1
    rect = chart.bar_rect(0)
    assert rect.height() < chart.row_height()  # one bar keeps a row's height, not the widget's
    assert chart.value_text(chart.bars()[0]) == "50.0%"
    assert chart.bar_at(rect.center().toPoint()) == 0
    assert chart.tooltip_text(0) == "城关镇\n50.0%"


def test_chart_bars_scale_to_the_axis(chart: BarChart) -> None:
    chart.set_bars([Bar("a", 40), Bar("b", 20), Bar("c", 0)])
    a, b, c = (chart.bar_rect(i) for i in range(3))
    assert a.width() == pytest.approx(2 * b.width(), abs=1)
    assert c.width() == 0
    assert a.left() == b.left() == c.left()
    assert chart.format_value(1234) == "1,234"
    chart.set_percent(True)
    chart.set_bars([Bar("a", 1.0), Bar("b", 0.9)])
    a, b = chart.bar_rect(0), chart.bar_rect(1)
    assert b.width() == pytest.approx(0.9 * a.width(), abs=1)
    assert a.right() < chart.width()  # room is kept for the value text


def test_chart_elides_long_labels_and_keeps_them_in_the_tooltip(chart: BarChart) -> None:
    long = "青溪县经济技术开发区高新技术产业园管理委员会所辖范围" * 2
    chart.set_bars([Bar(long, 3, tooltip="")], maximum=10)
    chart.set_target(5, "目标 5")
    chart.grab()
    _label_width, left, _right = chart._columns()
    assert left < chart.width() * 0.5  # the label column is capped
    assert chart.tooltip_text(0).startswith(long)
    assert chart.sizeHint().height() >= chart.row_height()


def test_chart_emits_the_clicked_bar(qtbot: Any, chart: BarChart) -> None:
    chart.set_bars([Bar("a", 1), Bar("b", 2)])
    with qtbot.waitSignal(chart.bar_clicked) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(1).center().toPoint())
    assert blocker.args == [1]
    qtbot.mouseMove(chart, chart.bar_rect(0).center().toPoint())
    assert chart._hover == 0
