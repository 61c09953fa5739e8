"""Spot checks of the demo county: inspectors, three years of plans with recorded 双随机 draws, samples,
test items and the follow-up of failing ones at every stage (some overdue), and this year's open plans."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Table, select

from qsupervise.changelog import WriteContext, bulk_insert
from qsupervise.demo.people import Namer
from qsupervise.models import Enterprise, Inspector, OrgUnit, Product, RandomDraw, SpotCheck, SpotCheckPlan, TestItem
from qsupervise.rules import draw as rules
from qsupervise.rules.followup import CORRECTION_DAYS, RECHECK_DAYS
from qsupervise.rules.verdicts import FAIL, PASS, SERIOUS

ENT: Table = Enterprise.__table__  # type: ignore[attr-defined]
PRODUCT: Table = Product.__table__  # type: ignore[attr-defined]
INSPECTOR: Table = Inspector.__table__  # type: ignore[attr-defined]
PLAN: Table = SpotCheckPlan.__table__  # type: ignore[attr-defined]
DRAW: Table = RandomDraw.__table__  # type: ignore[attr-defined]
CHECK: Table = SpotCheck.__table__  # type: ignore[attr-defined]
ITEM: Table = TestItem.__table__  # type: ignore[attr-defined]
Common = Callable[[], dict[str, Any]]

# plan category -> the demo's product categories it covers
CATEGORIES: dict[str, tuple[str, ...]] = {
    "食品": ("食品", "肉制品", "调味品", "酒业", "茶业"),
    "日用消费品": ("服饰", "家具", "塑业", "纸业"),
    "建筑材料": ("水泥", "建材", "涂料"),
    "电器与五金": ("电器", "五金"),
}
# (item, clause, required, unit, importance, passing value, failing value)
ITEMS: dict[str, tuple[tuple[str, str, str, str, str, str, str], ...]] = {
    "食品": (
        ("菌落总数", "GB 7099-2015 3.4", "n=5,c=2,m=10⁴,M=10⁵", "CFU/g", "A", "3.2×10³", "8.6×10⁵"),
        ("大肠菌群", "GB 7099-2015 3.4", "n=5,c=2,m=10,M=10²", "CFU/g", "A", "<10", "4.3×10²"),
        ("铅（以Pb计）", "GB 2762-2022 4.1", "≤0.2", "mg/kg", "A", "0.041", "0.46"),
        ("苯甲酸及其钠盐（以苯甲酸计）", "GB 2760-2024 表A.1", "≤0.5", "g/kg", "B", "未检出", "0.87"),
        ("水分", "产品标准 5.2", "≤14.0", "%", "B", "12.1", "15.8"),
        ("标签", "GB 7718-2025", "符合标准规定", "/", "B", "符合", "未标示生产许可证编号"),
    ),
    "日用消费品": (
        ("甲醛含量", "GB 18401-2010 6.1", "≤75", "mg/kg", "A", "未检出", "162"),
        ("pH值", "GB 18401-2010 6.1", "4.0~8.5", "/", "B", "6.8", "9.3"),
        ("纤维含量", "GB/T 29862-2013", "符合明示", "%", "B", "符合", "明示棉100%，实测棉62.3%"),
        ("耐水色牢度", "GB/T 5713-2013", "≥3", "级", "B", "4", "2-3"),
        ("使用说明", "GB/T 5296.4-2012", "符合标准规定", "/", "B", "符合", "缺少安全类别"),
    ),
    "建筑材料": (
        ("28d抗压强度", "GB 175-2023 7.3.3", "≥42.5", "MPa", "A", "47.9", "39.6"),
        ("安定性", "GB 175-2023 7.3.2", "合格", "/", "A", "合格", "不合格"),
        ("初凝时间", "GB 175-2023 7.3.1", "≥45", "min", "B", "168", "38"),
        ("氧化镁", "GB 175-2023 7.1", "≤6.0", "%", "B", "2.4", "6.8"),
        ("烧失量", "GB 175-2023 7.1", "≤5.0", "%", "B", "3.1", "5.9"),
    ),
    "电器与五金": (
        ("对触及带电部件的防护", "GB 7000.1-2015 8", "符合标准规定", "/", "A", "符合", "试验指可触及带电部件"),
        ("接地规定", "GB 7000.1-2015 7", "≤0.5", "Ω", "A", "0.08", "0.83"),
        ("标记", "GB 7000.1-2015 3", "符合标准规定", "/", "B", "符合", "未标示额定功率"),
        ("输入功率和功率因数", "GB/T 9468-2008", "±10%", "%", "B", "+3.2", "+14.6"),
        ("骚扰电压", "GB/T 17743-2021", "符合限值要求", "dB(μV)", "B", "符合", "超限值6.2dB"),
    ),
}
AGENCIES = ("青溪县产品质量监督检验所", "湖北省产品质量监督检验研究院", "某某市质量技术监督检测中心")
OUT_OF_COUNTY = ("广州市", "佛山市", "义乌市", "临沂市", "郑州市", "成都市")
FAIL_RATE = 0.08


@dataclass
class Counts:
    inspectors: int = 0
    plans: int = 0
    draws: int = 0
    checks: int = 0
    items: int = 0


@dataclass(frozen=True)
class Target:
    enterprise_id: str
    key: str
    township_id: str
    name: str
    product: str
    brand: str
    spec: str
    category: str  # the demo product category (食品, 酒业, …)


class SpotcheckDemo:
    def __init__(
        self, conn: Connection, ctx: WriteContext, rng: random.Random, common: Common, as_of: date,
        county: OrgUnit, townships: list[OrgUnit],
    ) -> None:
        self.conn, self.ctx, self.rng, self.common, self.as_of = conn, ctx, rng, common, as_of
        self.county, self.townships = county, townships
        self.authority = f"{county.name}市场监督管理局"
        self.namer = Namer(rng)
        self.counts = Counts()
        self.plans: list[dict[str, Any]] = []
        self.draws: list[dict[str, Any]] = []
        self.checks: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []

    # -- pools -------------------------------------------------------------------------------------------

    def targets(self) -> dict[str, list[Target]]:
        """Live manufacturers with their first product, per plan category, in id order (deterministic)."""
        word_to_plan = {w: plan for plan, words in CATEGORIES.items() for w in words}
        stmt = (
            select(ENT.c.id, ENT.c.uscc, ENT.c.township_id, ENT.c.name, PRODUCT.c.name, PRODUCT.c.brand,
                   PRODUCT.c.spec, PRODUCT.c.category)
            .select_from(ENT.join(PRODUCT, PRODUCT.c.enterprise_id == ENT.c.id))
            .where(ENT.c.status == "active", ENT.c.deleted_at.is_(None))
            .order_by(ENT.c.id, PRODUCT.c.id)
        )
        out: dict[str, list[Target]] = {c: [] for c in CATEGORIES}
        seen: set[str] = set()
        for r in self.conn.execute(stmt):
            plan_category = word_to_plan.get(r[7])
            if plan_category is None or r[0] in seen:
                continue
            seen.add(r[0])
            out[plan_category].append(Target(r[0], r[1] or r[0], r[2], r[3], r[4], r[5], r[6], r[7]))
        return out

    def retailers(self) -> list[tuple[str, str, str]]:
        stmt = (select(ENT.c.id, ENT.c.township_id, ENT.c.name)
                .where(ENT.c.industry_code.in_(("F5211", "F5221", "F5231")), ENT.c.status == "active")
                .order_by(ENT.c.id).limit(5000))
        return [(r[0], r[1], r[2]) for r in self.conn.execute(stmt)]

    # -- rows --------------------------------------------------------------------------------------------

    def inspectors(self) -> list[rules.Officer]:
        rows = []
        for i in range(18):
            town = self.townships[i % len(self.townships)] if i >= 6 else None
            row = self.common()
            row.update(name=self.namer.person(), unit=f"{town.name}市场监管所" if town else self.authority,
                       badge_no=f"42{self.rng.randint(10**10, 10**11 - 1)}", township_id=town.id if town else None,
                       active=True, deleted_at=None)
            rows.append(row)
        bulk_insert(self.conn, self.ctx, INSPECTOR, rows)
        self.counts.inspectors = len(rows)
        return [rules.Officer(r["id"], r["township_id"]) for r in rows]

    def plan(self, year: int, n: int, category: str, level: str, field: str, count: int) -> dict[str, Any]:
        row = self.common()
        short = {"county": "县", "municipal": "市", "provincial": "省"}[level]
        authority = {"county": self.authority, "municipal": "某某市市场监督管理局",
                     "provincial": "湖北省市场监督管理局"}[level]
        row.update(
            plan_no=f"{short}抽〔{year}〕{n:02d}号", level=level, authority=authority, year=year,
            batch=f"第{1 + n % 2}批", category=category, field=field,
            rules_ref=f"{category}产品质量监督抽查实施细则（{year}年版）", agency=AGENCIES[n % len(AGENCIES)],
            sample_count=count, sample_ratio=None, pool_filter="{}", weight_by_risk=level == "county" and n % 3 == 0,
            recuse_own_township=level == "county", status="drawn", source="manual", note="", deleted_at=None,
        )
        self.plans.append(row)
        return row

    def record_draw(self, plan: dict[str, Any], pool: list[Target], officers: list[rules.Officer],
                    drawn_on: date) -> tuple[dict[str, Any], list[tuple[Target, tuple[str, str]]]]:
        by_key = {t.key: t for t in pool}
        candidates = [rules.Candidate(t.key, t.enterprise_id, t.township_id) for t in pool]
        seed = f"{drawn_on:%Y%m%d}{self.rng.randint(1000, 9999)}"
        outcome = rules.run(seed, candidates, officers, plan["sample_count"],
                            recuse_own_township=plan["recuse_own_township"])
        result = [{"key": t.candidate.key, "enterprise_id": t.candidate.enterprise_id, "inspectors": list(t.inspectors)}
                  for t in outcome.targets]
        row = self.common()
        row.update(
            plan_id=plan["id"], number=1, seed=seed, algorithm=rules.ALGORITHM, drawn_on=drawn_on.isoformat(),
            wanted=plan["sample_count"], pool_size=len(candidates), excluded=0, pool_hash=outcome.pool_hash,
            inspector_hash=outcome.inspector_hash, result_hash=outcome.result_hash,
            pool=rules.pool_text(candidates), inspectors=rules.officer_text(officers), own_township_rule=plan[
                "recuse_own_township"], result=json.dumps(result, ensure_ascii=False), reason="", drawn_by="demo",
            superseded=False,
        )
        self.draws.append(row)
        return row, [(by_key[t.candidate.key], t.inspectors) for t in outcome.targets]

    def sample(self, plan: dict[str, Any], target: Target, on: date | None, *, draw_id: str | None = None,
               inspectors: tuple[str, str] | None = None, unit: tuple[str, str, str] | None = None) -> None:
        rng = self.rng
        row = self.common()
        sampled = on is not None and on <= self.as_of
        unit_id, unit_town, unit_name = unit or (target.enterprise_id, target.township_id, target.name)
        out_of_county = unit is not None
        producer = f"{rng.choice(OUT_OF_COUNTY)}{self.namer.trade_name()}{target.category}有限公司"
        row.update(
            plan_id=plan["id"], draw_id=draw_id, enterprise_id=unit_id, unit_name=unit_name,
            producer_id=None if out_of_county else target.enterprise_id,
            producer_name=producer if out_of_county else target.name, uscc="" if out_of_county else target.key,
            location=self.county.name, township_id=unit_town,
            inspector1_id=inspectors[0] if inspectors else None, inspector2_id=inspectors[1] if inspectors else None,
            sampling="pending", sample_no="", product="", category=plan["category"], brand="", spec="", batch="",
            test_qty="", reserve_qty="", declared_standard="", sampler1="", sampler2="", sampled_on=None,
            agency=plan["agency"], report_no="", report_on=None, verdict=None, verdict_override="", failed_items="",
            notice_served_on=None, objection_on=None, retest_on=None, retest_verdict=None,
            correction_ordered_on=None, recheck_on=None, recheck_verdict=None, announced_on=None,
            second_recheck_on=None, second_recheck_verdict=None, closed_on=None, import_key=None, source="",
            deleted_at=None,
        )
        self.checks.append(row)
        if not sampled or on is None:
            return
        if rng.random() < 0.01:
            row.update(sampling="refused", sampled_on=on.isoformat())
            return
        row.update(
            sampling="sampled", sample_no=f"{plan['year']}{len(self.checks):06d}", product=target.product,
            brand=target.brand, spec=target.spec, batch=(on - timedelta(days=rng.randint(5, 120))).isoformat(),
            test_qty=f"{rng.choice((2, 3, 4))}件", reserve_qty=f"{rng.choice((1, 2))}件",
            declared_standard="", sampler1=self.namer.person(), sampler2=self.namer.person(), sampled_on=on.isoformat(),
        )
        report_on = on + timedelta(days=rng.randint(15, 35))
        if report_on > self.as_of:
            return
        failing = rng.random() < FAIL_RATE
        catalogue = ITEMS[plan["category"]]
        bad: set[int] = set(rng.sample(range(len(catalogue)), k=rng.choice((1, 1, 2)))) if failing else set()
        for n, (name, clause, required, unit_, importance, good, wrong) in enumerate(catalogue):
            item = self.common()
            item.update(spot_check_id=row["id"], position=n + 1, name=name, clause=clause, required=required,
                        measured=wrong if n in bad else good, unit=unit_, verdict=FAIL if n in bad else PASS,
                        importance=importance)
            self.items.append(item)
        serious = any(catalogue[n][4] == "A" for n in bad)
        row.update(report_no=f"QJ{report_on:%Y}-{len(self.checks):05d}", report_on=report_on.isoformat(),
                   verdict=(SERIOUS if serious else FAIL) if failing else PASS,
                   failed_items="、".join(catalogue[n][0] for n in sorted(bad)))
        if failing:
            self.follow_up(row, report_on)

    def follow_up(self, row: dict[str, Any], report_on: date) -> None:
        """Date the steps that would have happened by the demo's date; a few are left overdue."""
        rng, today = self.rng, self.as_of

        def put(column: str, when: date) -> bool:
            if when > today:
                return False
            row[column] = when.isoformat()
            return True

        served = report_on + timedelta(days=rng.randint(2, 8))
        if not put("notice_served_on", served):
            return
        start = served
        if rng.random() < 0.12:
            if not put("objection_on", served + timedelta(days=rng.randint(3, 14))):
                return
            retest = served + timedelta(days=rng.randint(20, 40))
            verdict = PASS if rng.random() < 0.4 else FAIL
            if not put("retest_on", retest):
                return
            row["retest_verdict"] = verdict
            if verdict == PASS:
                put("closed_on", retest + timedelta(days=rng.randint(2, 10)))
                return
            start = retest
        ordered = start + timedelta(days=rng.randint(16, 25))
        if not put("correction_ordered_on", ordered):
            return
        if (today - ordered).days < 400 and rng.random() < 0.3:
            return  # the recheck is late (or not yet due): it shows on the 工作台
        recheck = ordered + timedelta(days=rng.randint(CORRECTION_DAYS - 10, RECHECK_DAYS - 1))
        if not put("recheck_on", recheck):
            return
        row["recheck_verdict"] = PASS if rng.random() < 0.85 else FAIL
        if row["recheck_verdict"] == FAIL:
            announced = recheck + timedelta(days=rng.randint(10, 25))
            if not put("announced_on", announced):
                return
            second = announced + timedelta(days=rng.randint(60, 90))
            if not put("second_recheck_on", second):
                return
            row["second_recheck_verdict"] = PASS
            recheck = second
        put("closed_on", recheck + timedelta(days=rng.randint(3, 12)))

    # -- the whole thing ---------------------------------------------------------------------------------

    def build(self, enterprises: int) -> Counts:
        rng = self.rng
        officers = self.inspectors()
        pools = self.targets()
        retailers = self.retailers()
        per_plan = max(8, enterprises // 4000)  # 50 samples per plan at 200k enterprises
        for year in (self.as_of.year - 2, self.as_of.year - 1, self.as_of.year):
            n = 0
            for category, pool in pools.items():
                if not pool:
                    continue
                for batch in range(2):
                    n += 1
                    plan = self.plan(year, n, category, "county", "production", min(per_plan, len(pool)))
                    drawn_on = date(year, 3 + 5 * batch, 10 + n % 10)
                    if drawn_on > self.as_of:
                        plan["status"] = "draft"
                        continue
                    draw_row, picked = self.record_draw(plan, pool, officers, drawn_on)
                    for target, pair in picked:
                        when = drawn_on + timedelta(days=rng.randint(7, 60))
                        self.sample(plan, target, when, draw_id=draw_row["id"], inspectors=pair)
                # a provincial plan in the circulation field: retailers sampled, producers from elsewhere
                n += 1
                plan = self.plan(year, n, category, "provincial", "circulation", max(2, per_plan // 3))
                if retailers and date(year, 5, 1) <= self.as_of:
                    for _ in range(plan["sample_count"]):
                        self.sample(plan, rng.choice(pool), date(year, 5, 1) + timedelta(days=rng.randint(0, 150)),
                                    unit=rng.choice(retailers))
        for table, rows in ((PLAN, self.plans), (DRAW, self.draws), (CHECK, self.checks), (ITEM, self.items)):
            bulk_insert(self.conn, self.ctx, table, rows)
        self.counts.plans, self.counts.draws = len(self.plans), len(self.draws)
        self.counts.checks, self.counts.items = len(self.checks), len(self.items)
        return self.counts
