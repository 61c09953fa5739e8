"""Product quality spot checks (监督抽查) per SAMR Order No. 18: plans, draws, samples, test items, follow-up.

Dates a user enters or a table publishes are ISO text (``YYYY-MM-DD``) or None, like ``founded_on``: they
travel through the change log unchanged and compare as text.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field

from qsupervise.models.base import Record, partial


class Inspector(Record, table=True):
    """A law-enforcement inspector (执法检查人员) in the draw's pool of inspectors."""

    __tablename__ = "inspector"

    name: str = Field(max_length=50)
    unit: str = Field(default="", max_length=100)  # 所在单位, e.g. 县市场监管局 / 某某所
    badge_no: str = Field(default="", max_length=40)  # 执法证号
    township_id: str | None = Field(default=None, foreign_key="org_unit.id", index=True)
    active: bool = True
    deleted_at: datetime | None = None


class InspectorRecusal(Record, table=True):
    """An inspector never drawn for this enterprise (回避: relatives, former employer, …)."""

    __tablename__ = "inspector_recusal"

    inspector_id: str = Field(foreign_key="inspector.id", index=True)
    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    reason: str = Field(default="", max_length=200)
    deleted_at: datetime | None = None


class SpotCheckPlan(Record, table=True):
    """A spot-check plan (抽查计划) and the filter that defines its pool of enterprises."""

    __tablename__ = "spot_check_plan"

    plan_no: str = Field(index=True, max_length=60)
    level: str = Field(default="county", max_length=12)  # national | provincial | municipal | county
    authority: str = Field(default="", max_length=100)  # 组织抽查的部门; the 6-month rule compares it
    year: int = Field(index=True)
    batch: str = Field(default="", max_length=30)
    category: str = Field(default="", max_length=100)  # 产品类别
    field: str = Field(default="production", max_length=12)  # production | circulation | ecommerce
    rules_ref: str = Field(default="", max_length=200)  # 实施细则
    agency: str = Field(default="", max_length=100)  # 承检机构
    sample_count: int | None = None
    sample_ratio: float | None = None  # share of the pool, 0–1
    pool_filter: str = Field(default="{}")  # JSON: townships, industry, kinds, scales, text
    weight_by_risk: bool = False
    recuse_own_township: bool = False
    status: str = Field(default="draft", max_length=12)  # draft | drawn | closed
    source: str = Field(default="manual", max_length=12)  # manual | import
    note: str = Field(default="")
    deleted_at: datetime | None = None


class RandomDraw(Record, table=True):
    """One 双随机 draw, recorded so that anyone can re-run it from the seed and the two pools."""

    __tablename__ = "random_draw"

    plan_id: str = Field(foreign_key="spot_check_plan.id", index=True)
    number: int = 1  # 1 for the first draw of a plan, 2… for redraws
    seed: str = Field(max_length=100)
    algorithm: str = Field(default="sha256-v1", max_length=20)
    drawn_on: str = Field(max_length=10)  # the date the 6-month rule was applied at
    wanted: int = 0
    pool_size: int = 0
    excluded: int = 0  # checked by the same authority within 6 months
    pool_hash: str = Field(max_length=64)
    inspector_hash: str = Field(max_length=64)
    result_hash: str = Field(max_length=64)
    pool: str = Field(default="")  # candidate keys and weights, one per line, as hashed
    inspectors: str = Field(default="")  # inspector pool and recusals, one per line, as hashed
    own_township_rule: bool = False  # inspectors kept away from their own township
    result: str = Field(default="[]")  # JSON list of {"key", "enterprise_id", "inspectors"}
    reason: str = Field(default="", max_length=300)  # required for a redraw
    drawn_by: str = Field(default="", max_length=50)
    superseded: bool = False


class SpotCheck(Record, table=True):
    """One sample: who was sampled, what, the result and the follow-up of a failing result."""

    __tablename__ = "spot_check"
    __table_args__ = (
        Index("ix_spot_check_live_plan", "plan_id", **partial("deleted_at IS NULL")),
        Index("ix_spot_check_import_key", "import_key"),
    )

    plan_id: str = Field(foreign_key="spot_check_plan.id")
    draw_id: str | None = Field(default=None, foreign_key="random_draw.id")
    # the sampled unit (受检/被抽样单位) and the labelled producer (标称生产者): linked when known, text always
    enterprise_id: str | None = Field(default=None, foreign_key="enterprise.id", index=True)
    unit_name: str = Field(default="", max_length=200)
    producer_id: str | None = Field(default=None, foreign_key="enterprise.id", index=True)
    producer_name: str = Field(default="", max_length=200)
    uscc: str = Field(default="", max_length=18)  # as the table gave it
    location: str = Field(default="", max_length=100)  # 所在地
    township_id: str | None = Field(default=None, foreign_key="org_unit.id", index=True)
    inspector1_id: str | None = Field(default=None, foreign_key="inspector.id")
    inspector2_id: str | None = Field(default=None, foreign_key="inspector.id")
    # 抽样单
    sampling: str = Field(default="pending", max_length=12)  # pending | sampled | refused | not_found
    sample_no: str = Field(default="", max_length=60)
    product: str = Field(default="", max_length=200)
    category: str = Field(default="", max_length=100)
    brand: str = Field(default="", max_length=100)
    spec: str = Field(default="", max_length=200)
    batch: str = Field(default="", max_length=100)  # 生产日期/批号
    test_qty: str = Field(default="", max_length=40)
    reserve_qty: str = Field(default="", max_length=40)
    declared_standard: str = Field(default="", max_length=200)
    sampler1: str = Field(default="", max_length=50)
    sampler2: str = Field(default="", max_length=50)
    sampled_on: str | None = Field(default=None, max_length=10, index=True)
    # result
    agency: str = Field(default="", max_length=100)
    report_no: str = Field(default="", max_length=60)
    report_on: str | None = Field(default=None, max_length=10)
    verdict: str | None = Field(default=None, max_length=12, index=True)  # pass | fail | serious_fail
    verdict_override: str = Field(default="", max_length=300)  # reason when the verdict differs from the items
    failed_items: str = Field(default="", max_length=500)  # 不合格项目 as published
    # follow-up (后处理)
    notice_served_on: str | None = Field(default=None, max_length=10)
    objection_on: str | None = Field(default=None, max_length=10)
    retest_on: str | None = Field(default=None, max_length=10)
    retest_verdict: str | None = Field(default=None, max_length=12)
    correction_ordered_on: str | None = Field(default=None, max_length=10)
    recheck_on: str | None = Field(default=None, max_length=10)
    recheck_verdict: str | None = Field(default=None, max_length=12)
    announced_on: str | None = Field(default=None, max_length=10)
    second_recheck_on: str | None = Field(default=None, max_length=10)
    second_recheck_verdict: str | None = Field(default=None, max_length=12)
    closed_on: str | None = Field(default=None, max_length=10)
    # where an imported row came from, and what identifies it (see documents/spotcheck_rows.py)
    import_key: str | None = Field(default=None, max_length=64)
    source: str = Field(default="", max_length=200)
    deleted_at: datetime | None = None


class TestItem(Record, table=True):
    """One test item of a sample's report (检验项目)."""

    __tablename__ = "test_item"
    __test__ = False  # not a pytest class

    spot_check_id: str = Field(foreign_key="spot_check.id", index=True)
    position: int = 0
    name: str = Field(max_length=100)
    clause: str = Field(default="", max_length=100)  # 标准条款
    required: str = Field(default="", max_length=200)
    measured: str = Field(default="", max_length=200)
    unit: str = Field(default="", max_length=30)
    verdict: str | None = Field(default=None, max_length=12)  # pass | fail
    importance: str = Field(default="B", max_length=1)  # A | B (重要程度)
