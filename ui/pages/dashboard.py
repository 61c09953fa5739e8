"""工作台: what the database holds at a glance, counted by the core, nothing invented: spot-check pass rate and
overdue follow-ups, certificates about to lapse, instrument rates, credit grades, letters, standards, reporting.

Registry counts are read on the GUI thread (tens of ms at 200k enterprises); every heavier set of figures is read
by a worker and its cards fill in when it is done: the first paint after opening a file never waits for them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.database import Database
from ui.models.credit import distribution
from ui.models.dashboard import FollowupsModel, KindCountsModel, TownshipCountsModel, TownshipRatesModel, percent
from ui.pages.base import Page
from ui.pages.dashboard_letters import LetterProgressPanel
from ui.pages.dashboard_reports import ReportsPanel
from ui.pages.dashboard_standards import StandardsPanel
from ui.widgets import BarDelegate, StatCard

if TYPE_CHECKING:
    from qsupervise.services.dashboard import ComplianceFigures, LetterFigures, SpotcheckFigures, Summary
    from qsupervise.store import Store

CARDS = ("enterprises", "individual", "townships", "products", "standards")
SPOT_CARDS = ("spot_rate", "overdue")
COMPLIANCE_CARDS = ("cert_expiry", "instruments")
CREDIT_CARD = "credit"  # beside 主体类型构成: grades by enterprise count, from the compliance worker
BRAND_CARD = "brands"  # titles in force by level, and those running out within 90 days
BRAND_SOON_DAYS = 90
RED_VALUE = "color: #c62828;"
AMBER_VALUE = "color: #b26a00;"


class _Relay(QObject):
    done = Signal(int, object)  # generation, SpotcheckFigures or the exception
    failed = Signal(int, object)
    compliance_done = Signal(int, object)  # generation, ComplianceFigures
    compliance_failed = Signal(int, object)


class _FiguresJob(QRunnable):
    """Reads one set of figures (a function of services.dashboard) in a worker with its own read session; only
    plain data comes back, to ``done`` or ``failed`` with the generation it was asked for."""

    def __init__(self, name: str, done: Any, failed: Any, store: Store, today: date, generation: int) -> None:
        super().__init__()
        self._name, self._done, self._failed, self._store, self._today, self._generation = (
            name, done, failed, store, today, generation)

    def run(self) -> None:
        from qsupervise.services import dashboard

        try:
            with self._store.read() as s:
                figures = getattr(dashboard, self._name)(s, self._today)
        except Exception as exc:  # shown on the GUI thread, unless the file was closed meanwhile
            self._failed.emit(self._generation, exc)
        else:
            self._done.emit(self._generation, figures)


def dense_table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    return view


class DashboardPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("page_dashboard")
        self.summary: Summary | None = None
        self.spotchecks: SpotcheckFigures | None = None
        self.compliance: ComplianceFigures | None = None
        self.brands: tuple[dict[str, int], int] | None = None  # titles in force by level, expiring within 90 days
        self.generation = 0  # of the worker figures asked for; older answers are dropped
        self.spot_busy = False
        self.compliance_busy = False
        # A private pool, created before the relay: on destruction it waits for a running job first.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self.on_spotchecks)
        self._relay.failed.connect(self.on_spotchecks_failed)
        self._relay.compliance_done.connect(self.on_compliance)
        self._relay.compliance_failed.connect(self.on_compliance_failed)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("btn_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.toolbar.addWidget(self.refresh_button)
        self.county_label = QLabel()
        self.county_label.setObjectName("county_label")
        self.body.addWidget(self.county_label)

        self.cards = {key: StatCard(key) for key in (*CARDS, *SPOT_CARDS, *COMPLIANCE_CARDS, CREDIT_CARD,
                                                 BRAND_CARD)}
        credit = self.cards[CREDIT_CARD]
        credit.value.setTextFormat(Qt.TextFormat.RichText)
        credit.value.setStyleSheet("font-size: 14pt;")
        credit.caption.setWordWrap(True)
        # As tall as the kind table beside it, no taller: the window's smallest height stays what it was.
        credit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        row = QHBoxLayout()
        row.setSpacing(10)
        for key in (*CARDS, BRAND_CARD):
            row.addWidget(self.cards[key], 1)
        self.body.addLayout(row)

        self.townships = TownshipCountsModel(self)
        self.township_view = dense_table("township_table")
        self.township_view.setModel(self.townships)
        self.kinds = KindCountsModel(self)
        self.kind_view = dense_table("kind_table")
        self.kind_view.setModel(self.kinds)
        self.rates = TownshipRatesModel(self)
        self.rates_view = dense_table("instrument_rates_table")
        self.rates_view.setModel(self.rates)
        self.followups = FollowupsModel(self)
        self.followup_view = dense_table("followup_table")
        self.followup_view.setModel(self.followups)
        self.bar = BarDelegate(self)
        self.township_view.setItemDelegateForColumn(TownshipCountsModel.ENTERPRISES, self.bar)
        self.kind_view.setItemDelegateForColumn(KindCountsModel.COUNT, self.bar)
        for view, stretch in ((self.township_view, 1), (self.kind_view, 1), (self.followup_view, FollowupsModel.UNIT),
                              (self.rates_view, TownshipRatesModel.NAME)):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            header.setHighlightSections(False)
        # Product names run long (合成树脂乳液内墙涂料): a fixed share, elided, so the unit keeps its room.
        products = self.followup_view.horizontalHeader()
        products.setSectionResizeMode(FollowupsModel.PRODUCT, QHeaderView.ResizeMode.Interactive)
        products.resizeSection(FollowupsModel.PRODUCT, 7 * self.fontMetrics().horizontalAdvance("中"))
        # Four kinds, always: the table is no taller than its rows and the follow-ups get the rest. Both may
        # shrink (and scroll) in a small window.
        rows_height = self.kind_view.verticalHeader().defaultSectionSize() * 4
        self.kind_view.setMaximumHeight(rows_height + self.kind_view.horizontalHeader().sizeHint().height() + 4)
        for view in (self.kind_view, self.followup_view):
            view.setMinimumHeight(rows_height // 2)
        self.followup_more = QLabel()
        self.followup_more.setObjectName("followup_more")
        self.followup_more.setWordWrap(True)
        self.followup_more.setStyleSheet("color: #5f6b76;")

        self.township_title = QLabel()
        self.kind_title = QLabel()
        self.followup_title = QLabel()
        for label in (self.township_title, self.kind_title, self.followup_title):
            label.setProperty("section", True)
        # What needs doing, two by two: spot checks, then certificates and instruments.
        action_cards = QGridLayout()
        action_cards.setSpacing(10)
        for n, key in enumerate((*SPOT_CARDS, *COMPLIANCE_CARDS)):
            action_cards.addWidget(self.cards[key], n // 2, n % 2)
        action_cards.setColumnStretch(0, 1)
        action_cards.setColumnStretch(1, 1)
        # Per township: enterprises, or the instrument rates (a tab each: six columns would not fit at 1200 px).
        self.township_tabs = QTabWidget()
        self.township_tabs.setObjectName("township_tabs")
        self.township_tabs.setDocumentMode(True)
        self.rates_note = QLabel()
        self.rates_note.setObjectName("rates_note")
        self.rates_note.setWordWrap(True)
        self.rates_note.setStyleSheet("color: #5f6b76;")
        rates_tab = QWidget()
        rates_box = QVBoxLayout(rates_tab)
        rates_box.setContentsMargins(0, 0, 0, 0)
        rates_box.setSpacing(4)
        rates_box.addWidget(self.rates_view, 1)
        rates_box.addWidget(self.rates_note)
        self.township_tabs.addTab(self.township_view, "")
        self.township_tabs.addTab(rates_tab, "")
        self.letters_panel = LetterProgressPanel(self.township_tabs)  # 责任书目标进度, the third tab
        self.letters_panel.relay.done.connect(self.on_letters)
        self.letters_panel.relay.failed.connect(self.on_letters_failed)
        self.standards_panel = StandardsPanel(self.township_tabs, self)  # 标准化 (采标率, 推广实施率), the fourth
        self.reports_panel = ReportsPanel(self.township_tabs, self)  # 上报 (county only), the fifth
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addLayout(action_cards)
        right.addSpacing(6)
        right.addWidget(self.followup_title)
        right.addWidget(self.followup_view, 1)
        right.addWidget(self.followup_more)
        right.addSpacing(6)
        right.addWidget(self.kind_title)
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(10)
        for widget, stretch in ((self.kind_view, 3), (credit, 2)):
            kinds_row.addWidget(widget, stretch)
        right.addLayout(kinds_row)
        tables = QHBoxLayout()
        tables.setSpacing(16)
        for layout, stretch in ((self._column(self.township_title, self.township_tabs), 9), (right, 11)):
            tables.addLayout(layout, stretch)
        self.body.addLayout(tables, 1)
        self.retranslate()

    @staticmethod
    def _column(title: QLabel, view: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(title)
        box.addWidget(view, 1)
        return box

    def refresh(self) -> None:
        super().refresh()
        self.generation += 1
        store = self.db.store
        if store is None:
            self.summary = None
        else:
            from qsupervise.services import awards, dashboard

            with self.db.read() as s:
                self.summary = dashboard.summary(s)
                levels = {c.key: c.count for c in awards.brand_counts(s, today=self.today(), by="level")}
                self.brands = (levels, len(awards.expiring(s, self.today(), BRAND_SOON_DAYS)))
            self.spot_busy = True  # the figures read before stay hidden until the new ones arrive ("正在统计…")
            self.spotchecks = None
            self.compliance_busy = True
            relay, letters, standards = self._relay, self.letters_panel.relay, self.standards_panel.relay
            reports = self.reports_panel.relay
            for name, done, failed in (("reporting_figures", reports.done, reports.failed),
                                       ("spotcheck_figures", relay.done, relay.failed),
                                       ("compliance_figures", relay.compliance_done, relay.compliance_failed),
                                       ("letter_figures", letters.done, letters.failed),
                                       ("standards_figures", standards.done, standards.failed)):
                self._pool.start(_FiguresJob(name, done, failed, store, self.today(), self.generation))
            self.letters_panel.waiting()
        summary = self.summary
        self.townships.set_rows(summary.by_township if summary else [])
        if summary is None:
            self.brands = None
            self.letters_panel.clear()
            self.reports_panel.clear()
            self.kinds.set_rows([])
            self.spotchecks = None
            self.spot_busy = False
            self.compliance = None
            self.compliance_busy = False
        else:
            self.kinds.set_counts(summary.by_kind)
        self.show_followups()
        self.show_rates()
        self.show_figures()

    def today(self) -> date:
        """The date the deadlines are judged on (one place, so a test can move it)."""
        return date.today()

    def forget(self) -> None:
        self.forget_spotchecks()

    def forget_spotchecks(self) -> None:
        """Another file (or none) is open: what a worker still reads from the old one is of no use."""
        self.generation += 1
        self.spotchecks = None
        self.spot_busy = False
        self.compliance = None
        self.compliance_busy = False
        self.letters_panel.clear()

    def on_spotchecks(self, generation: int, figures: SpotcheckFigures) -> None:
        if generation != self.generation:
            return
        self.spotchecks = figures
        self.spot_busy = False
        self.show_followups()
        self.show_spotchecks()

    def on_spotchecks_failed(self, generation: int, exc: BaseException) -> None:
        self.on_failed(generation, exc, self.show_spotchecks, "spot_busy")

    def on_compliance(self, generation: int, figures: ComplianceFigures) -> None:
        if generation != self.generation:
            return
        self.compliance = figures
        self.compliance_busy = False
        self.show_rates()
        self.show_compliance()

    def on_letters(self, generation: int, figures: LetterFigures) -> None:
        if generation == self.generation:
            self.letters_panel.on_figures(figures)

    def on_compliance_failed(self, generation: int, exc: BaseException) -> None:
        self.on_failed(generation, exc, self.show_compliance, "compliance_busy")

    def on_letters_failed(self, generation: int, exc: BaseException) -> None:
        self.on_failed(generation, exc, self.letters_panel.on_failed, "")

    def on_failed(self, generation: int, exc: BaseException, show: Any, busy: str) -> None:
        if generation != self.generation:
            return  # the file was closed or changed under the worker: nothing to report
        from qsupervise.errors import KnownError
        from ui import crash, i18n, modal

        if busy:
            setattr(self, busy, False)
        show()
        if isinstance(exc, KnownError):
            modal.warn(self, exc.message(i18n.error_lang()))
        else:
            crash.report(exc)

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the worker is done (tests, and closing the window)."""
        return self._pool.waitForDone(msecs)

    def show_followups(self) -> None:
        spot = self.spotchecks
        names = {t.township_id: t.name for t in self.summary.by_township} if self.summary else {}
        self.followups.set_followups(spot.urgent if spot else [], self.today(), names)

    def show_figures(self) -> None:
        s = self.summary
        if s is None:
            for card in self.cards.values():
                card.set_value(None)
            self.county_label.setText(self.tr("未打开数据库。请用“文件 → 打开数据库…”或“新建数据库…”。"))
            return
        kinds = s.by_kind
        self.cards["enterprises"].set_value(
            s.enterprises,
            self.tr("其中企业 {0} · 合作社 {1} · 其他 {2}").format(
                f"{kinds.get('enterprise', 0):,}", f"{kinds.get('coop', 0):,}", f"{kinds.get('other', 0):,}"
            ),
        )
        self.cards["individual"].set_value(kinds.get("individual", 0), self.tr("已计入企业总数"))
        self.cards["townships"].set_value(s.townships, self.tr("成员单位 {0} 个").format(f"{s.member_units:,}"))
        self.cards["products"].set_value(s.products, self.tr("在册产品"))
        self.cards["standards"].set_value(s.standards, self.tr("产品执行的标准"))
        self.show_brands()
        self.show_spotchecks()
        self.show_compliance()
        self.county_label.setText(
            self.tr("{0} · 共 {1} 个乡镇/街道 · 数据变更记录 {2} 条").format(
                s.county or self.tr("（未命名）"), f"{s.townships:,}", f"{s.changes:,}"
            )
        )

    def show_brands(self) -> None:
        """名牌与获奖: titles in force by level (国家级 first), and how many run out within 90 days."""
        from html import escape

        from ui.models.awards import level_label

        card = self.cards[BRAND_CARD]
        if self.brands is None:
            card.set_value(None, "")
            return
        levels, soon = self.brands
        short = {"national": self.tr("国"), "provincial": self.tr("省"), "municipal": self.tr("市"),
                 "county": self.tr("县")}
        parts = [f"{short.get(level, level)} {count:,}" for level, count in levels.items()]
        line = " · ".join(parts) if parts else self.tr("还没有有效的称号")
        card.set_value(sum(levels.values()), line)
        # the titles running out soon beside the number, small: the card stays as tall as its neighbours
        colour = "#b26a00" if soon else "#5f6b76"
        expiring = escape(self.tr("{0} 日内到期 {1}").format(BRAND_SOON_DAYS, f"{soon:,}"))
        card.value.setMaximumHeight(self.cards["enterprises"].value.sizeHint().height())  # rich text runs taller
        card.value.setText(f'{sum(levels.values()):,} <span style="font-size: 10pt; font-weight: normal; '
                           f'color: {colour};">{expiring}</span>')
        detail = "、".join(f"{level_label(level)} {count:,}" for level, count in levels.items())
        card.setToolTip(self.tr("有效期内的名牌与获奖称号：{0}；到期前 {1} 日提醒企业复评或重新申报，"
                                "详见“品牌与奖项 → 名牌登记”").format(detail or "—", BRAND_SOON_DAYS))

    def show_spotchecks(self) -> None:
        spot = self.spotchecks
        rate, overdue = self.cards["spot_rate"], self.cards["overdue"]
        rate.title.setText(self.tr("抽查合格率（{0} 年）").format(spot.year) if spot else self.tr("抽查合格率"))
        if spot is None:
            rate.set_value(None, self.tr("正在统计…") if self.spot_busy else "")
            overdue.set_value(None, "")
            overdue.value.setStyleSheet("")
            self.followup_more.setText("")
            return
        rate.value.setText("—" if spot.rate is None else f"{spot.rate * 100:.1f}%")
        rate.caption.setText(self.tr("本年抽查 {0} 批次 · 已判定 {1} · 不合格 {2}").format(
            f"{spot.samples:,}", f"{spot.judged:,}", f"{spot.judged - spot.passed:,}"))
        overdue.set_value(spot.overdue, self.tr("进行中 {0} 项 · {1} 日内到期 {2} 项").format(
            f"{spot.open_followups:,}", spot.soon_days, f"{spot.due_soon:,}"))
        overdue.value.setStyleSheet(RED_VALUE if spot.overdue else "")
        rest = spot.urgent_total - len(spot.urgent)
        if not spot.urgent_total:
            self.followup_more.setText(self.tr("没有逾期或 {0} 日内到期的后处理。").format(spot.soon_days))
        elif rest > 0:
            self.followup_more.setText(self.tr("另有 {0} 项未列出，请到“监督抽查”页查看全部。").format(f"{rest:,}"))
        else:
            self.followup_more.setText("")

    def show_rates(self) -> None:
        found = self.compliance.instruments if self.compliance else None
        if found is None:
            self.rates.set_rates([], (0.9, 0.7))
            self.rates_note.setText("")
            return
        self.rates.set_rates(found.townships, (found.registration_target, found.verification_target))
        self.rates_note.setText(self.tr("登记造册率 = 已登记 ÷ 在册器具；强检受检率 = 在检定周期内且检定合格 ÷ 已登记。"
                                        "红色为低于目标（{0} / {1}）。").format(
            percent(found.registration_target), percent(found.verification_target)))

    def show_compliance(self) -> None:
        figures = self.compliance
        certs, rates = self.cards["cert_expiry"], self.cards["instruments"]
        if figures is None:
            busy = self.tr("正在统计…") if self.compliance_busy else ""
            for card in (certs, rates):
                card.set_value(None, busy)
                card.value.setStyleSheet("")
            self.cards[CREDIT_CARD].set_value(None, busy)
            return
        self.show_credit()
        soon = figures.certificates_within(30)
        lapsed = figures.certificates_lapsed
        certs.set_value(soon, self.tr("已过期 {0} · 60 日内 {1} · 90 日内 {2}").format(
            f"{lapsed:,}", f"{figures.certificates_within(60):,}", f"{figures.certificates_within(90):,}"))
        certs.value.setStyleSheet(AMBER_VALUE if soon else "")
        found = figures.instruments
        county = found.county
        rates.value.setText(f"{percent(county.registration_rate)} / {percent(county.verification_rate)}")
        below_reg, below_ver = found.below_target()
        short = (county.registration_rate is not None and county.registration_rate < found.registration_target) or (
            county.verification_rate is not None and county.verification_rate < found.verification_target)
        rates.value.setStyleSheet(RED_VALUE if short else "")
        rates.caption.setText(self.tr("目标 {0} / {1} · 未达标乡镇 {2} / {3} · 逾期 {4} 台").format(
            percent(found.registration_target), percent(found.verification_target), below_reg, below_ver,
            f"{county.overdue:,}"))
        rates.setToolTip(self.tr("登记造册率 / 强检受检率（在册器具 {0} 台，已登记 {1} 台，周期内受检 {2} 台）").format(
            f"{county.listed:,}", f"{county.registered:,}", f"{county.verified_in_cycle:,}"))

    def show_credit(self) -> None:
        card = self.cards[CREDIT_CARD]
        found = self.compliance.credit if self.compliance else None
        if found is None:
            card.set_value(None, "")
            return
        card.value.setText(distribution(found.counts) if found.total else "—")
        card.caption.setText(self.tr("其中 {0} 家没有扣分或加分记录，按默认等级 {1} 级计入").format(
            f"{found.unrecorded:,}", found.default_grade) if found.unrecorded else self.tr("每家企业都有评定记录"))
        card.setToolTip(self.tr("全县 {0} 家企业的质量信用等级（A 诚信、B 基本诚信、C 失信、D 严重失信）；"
                                "规则见“设置 → 信用规则”").format(f"{found.total:,}"))

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("工作台"))
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新统计（F5）"))
        titles = {
            "enterprises": self.tr("企业总数"),
            "individual": self.tr("个体工商户"),
            "townships": self.tr("乡镇/街道"),
            "products": self.tr("产品"),
            "standards": self.tr("执行标准"),
            "spot_rate": self.tr("抽查合格率"),
            "overdue": self.tr("后处理逾期"),
            "cert_expiry": self.tr("证书 30 日内到期"),
            "instruments": self.tr("强检器具 登记造册率 / 受检率"),
            "credit": self.tr("质量信用等级"),
            "brands": self.tr("名牌与获奖（有效）"),
        }
        for key, card in self.cards.items():
            card.title.setText(titles[key])
        self.township_title.setText(self.tr("各乡镇/街道"))
        self.township_tabs.setTabText(0, self.tr("企业数"))
        self.township_tabs.setTabText(1, self.tr("强检计量器具"))
        self.letters_panel.retranslate()
        self.kind_title.setText(self.tr("主体类型构成"))
        self.followup_title.setText(self.tr("逾期 / 即将到期的后处理"))
        self.townships.retranslate()
        self.kinds.retranslate()
        self.followups.retranslate()
        self.rates.retranslate()
        self.show_rates()
        self.show_figures()
