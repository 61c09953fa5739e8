"""Credit records of the demo county: a few entries on the 经营异常名录, very few on the 严重违法失信名单, and
administrative penalties (most of them for products that failed a spot check). The grades are computed from
all of it afterwards by the credit service, as a user's recomputation would.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Table, select

from qsupervise.changelog import WriteContext, bulk_insert
from qsupervise.demo.firms import Firm
from qsupervise.models import CreditListEntry, OrgUnit, Penalty, SpotCheck

ENTRY: Table = CreditListEntry.__table__  # type: ignore[attr-defined]
PENALTY: Table = Penalty.__table__  # type: ignore[attr-defined]
CHECK: Table = SpotCheck.__table__  # type: ignore[attr-defined]
Common = Callable[[], dict[str, Any]]

ABNORMAL_REASONS = (
    ("未按照《企业信息公示暂行条例》规定的期限公示年度报告", 0.7),
    ("通过登记的住所或者经营场所无法联系", 0.95),
    ("公示企业信息隐瞒真实情况、弄虚作假", 1.0),
)
DISHONEST_REASONS = (
    "生产、销售不合格产品，经责令改正后拒不改正，情节严重",
    "无证生产列入工业产品生产许可证目录的产品，被处以较重行政处罚",
    "在产品中掺杂、掺假，以假充真，被处以较重行政处罚",
)
SPOTCHECK_PENALTY = "生产不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品（{items}）"
OTHER_PENALTIES = (
    "未取得食品生产许可从事食品生产活动",
    "生产的产品标签标识不符合规定",
    "使用未经检定的强制检定计量器具",
    "销售失效、变质的产品",
)


@dataclass
class CreditCounts:
    abnormal: int = 0
    dishonest: int = 0
    penalties: int = 0
    grades: int = 0


class CreditDemo:
    def __init__(self, conn: Connection, ctx: WriteContext, rng: random.Random, common: Common, as_of: date,
                 county: OrgUnit) -> None:
        self.conn, self.ctx, self.rng, self.common, self.as_of = conn, ctx, rng, common, as_of
        self.authority = f"{county.name}市场监督管理局"
        self.short = county.name.removesuffix("县").removesuffix("市").removesuffix("区") or county.name
        self.entries: list[dict[str, Any]] = []
        self.penalties: list[dict[str, Any]] = []
        self.counts = CreditCounts()
        self.numbers: dict[tuple[str, int], int] = {}

    def document_no(self, word: str, on: date) -> str:
        n = self.numbers[(word, on.year)] = self.numbers.get((word, on.year), 0) + 1
        return f"{self.short}市监{word}〔{on.year}〕{n}号"

    def entry(self, firm: Firm, kind: str, listed: date, reason: str, removed: date | None) -> None:
        row = self.common()
        word = "异" if kind == "abnormal_operation" else "失"
        row.update(enterprise_id=firm.id, list_kind=kind, listed_on=listed.isoformat(),
                   removed_on=removed.isoformat() if removed else None, authority=self.authority,
                   document_no=self.document_no(word, listed), reason=reason, source="", deleted_at=None)
        self.entries.append(row)

    def penalty(self, enterprise_id: str, on: date, summary: str) -> None:
        rng = self.rng
        row = self.common()
        row.update(enterprise_id=enterprise_id, decided_on=on.isoformat(), document_no=self.document_no("罚", on),
                   authority=self.authority, summary=summary[:500],
                   amount_fen=rng.choice((5, 10, 20, 30, 50, 80, 100, 150)) * 1000 * 100, deleted_at=None)
        self.penalties.append(row)
        self.counts.penalties += 1

    def failing_producers(self) -> list[tuple[str, str, str]]:
        """(producer, report date, failing items) of samples finally failed, in id order."""
        c = CHECK.c
        stmt = (select(c.producer_id, c.report_on, c.failed_items)
                .where(c.verdict.in_(("fail", "serious_fail")), c.producer_id.is_not(None), c.report_on.is_not(None),
                       c.deleted_at.is_(None), (c.retest_verdict.is_(None)) | (c.retest_verdict != "pass"))
                .order_by(c.id))
        return [(r[0], r[1], r[2]) for r in self.conn.execute(stmt)]

    def build(self, firms: list[Firm]) -> CreditCounts:
        rng, as_of = self.rng, self.as_of
        by_id = {f.id: f for f in firms}
        for firm in firms:
            roll = rng.random()
            if roll < 0.006:  # 经营异常: mostly a missed annual report
                first = firm.founded + timedelta(days=400)
                if first > as_of:
                    continue
                listed = max(first, as_of - timedelta(days=rng.randint(10, 1500)))
                pick = rng.random()
                reason = next(text for text, upto in ABNORMAL_REASONS if pick < upto)
                removed = listed + timedelta(days=rng.randint(20, 400)) if rng.random() < 0.4 else None
                self.entry(firm, "abnormal_operation", listed, reason, removed if removed and removed <= as_of
                           else None)
                self.counts.abnormal += 1
            elif roll < 0.0062 and firm.kind != "individual":  # 严重违法失信: very rare
                first = firm.founded + timedelta(days=365)
                if first <= as_of:
                    listed = max(first, as_of - timedelta(days=rng.randint(30, 900)))
                    reason = rng.choice(DISHONEST_REASONS)
                    self.entry(firm, "serious_dishonest", listed, reason, None)
                    self.penalty(firm.id, listed - timedelta(days=rng.randint(20, 90)), reason)
                    self.counts.dishonest += 1
            elif roll < 0.0072 and firm.kind == "enterprise":
                on = max(firm.founded + timedelta(days=60), as_of - timedelta(days=rng.randint(20, 1400)))
                if on <= as_of:
                    self.penalty(firm.id, on, rng.choice(OTHER_PENALTIES))
        for producer, report_on, items in self.failing_producers():
            if producer in by_id and rng.random() < 0.5:
                on = date.fromisoformat(report_on) + timedelta(days=rng.randint(45, 150))
                if on <= as_of:
                    self.penalty(producer, on, SPOTCHECK_PENALTY.format(items=items or "不合格项目"))
        bulk_insert(self.conn, self.ctx, ENTRY, self.entries)
        bulk_insert(self.conn, self.ctx, PENALTY, self.penalties)
        return self.counts
