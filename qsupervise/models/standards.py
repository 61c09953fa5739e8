"""Standardization work (标准化战略): the county's standards catalogue, standards drafted locally, and
agricultural standardization projects and bases with their townships and certifications.

Adoption of international standards (采标) lives on ``executed_standard`` itself (models/registry.py): it is a
property of one product's standard, one to one, and the adoption rate then reads a single table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field

from qsupervise.models.base import Record, partial


class CatalogueStandard(Record, table=True):
    """One standard as the county's catalogue lists it (标准目录), imported from .xlsx.

    ``normalized`` is the key a re-import updates by and executed standards are matched on; ``replaced_by``
    names the next edition (normalized), whose own entry may be replaced in turn (rules/standards.follow).
    """

    __tablename__ = "catalogue_standard"
    __table_args__ = (
        Index("ix_catalogue_standard_live_number", "normalized", **partial("deleted_at IS NULL")),
    )

    number: str = Field(max_length=100)  # as entered
    normalized: str = Field(max_length=100)
    kind: str = Field(default="unknown", max_length=20)  # rules/standards.KINDS
    title: str = Field(default="", max_length=300)
    status: str = Field(default="current", max_length=12)  # current | withdrawn | replaced
    replaced_by: str = Field(default="", max_length=100)
    issued_on: str | None = Field(default=None, max_length=10)
    implemented_on: str | None = Field(default=None, max_length=10)
    withdrawn_on: str | None = Field(default=None, max_length=10)
    source: str = Field(default="", max_length=200)
    note: str = Field(default="")
    deleted_at: datetime | None = None


class DraftedStandard(Record, table=True):
    """A national, industry, local or group standard a county enterprise or agency drafted or helped draft."""

    __tablename__ = "drafted_standard"

    level: str = Field(max_length=12, index=True)  # national | industry | local | group
    number: str = Field(default="", max_length=100)  # blank while only proposed (立项)
    title: str = Field(max_length=300)
    enterprise_id: str | None = Field(default=None, foreign_key="enterprise.id", index=True)
    drafter: str = Field(default="", max_length=200)  # the enterprise's or agency's name as recorded
    township_id: str | None = Field(default=None, foreign_key="org_unit.id", index=True)
    role: str = Field(default="lead", max_length=12)  # lead (主导) | participant (参与)
    status: str = Field(default="proposed", max_length=12)  # proposed (立项) | published (发布)
    proposed_on: str | None = Field(default=None, max_length=10)
    published_on: str | None = Field(default=None, max_length=10, index=True)
    note: str = Field(default="")
    deleted_at: datetime | None = None


class AgriProject(Record, table=True):
    """An agricultural standardization demonstration project or base (农业标准化示范项目/基地)."""

    __tablename__ = "agri_project"

    name: str = Field(max_length=200)
    kind: str = Field(default="project", max_length=12)  # project (示范项目) | base (示范基地)
    level: str = Field(default="county", max_length=12)  # national | provincial | municipal | county
    crop: str = Field(default="", max_length=60)  # 烤烟, 魔芋, 茶叶 …
    enterprise_id: str | None = Field(default=None, foreign_key="enterprise.id", index=True)
    lead_name: str = Field(default="", max_length=200)  # the lead enterprise or cooperative as recorded
    area_mu: float = 0.0  # 亩
    farms_covered: int = 0  # 覆盖农户
    farms_applying: int = 0  # 按标准生产的农户 (推广实施率 = applying / covered)
    standards: str = Field(default="")  # the standards applied, normalized numbers separated by "、"
    started_on: str | None = Field(default=None, max_length=10)
    accepted_on: str | None = Field(default=None, max_length=10)  # 验收
    status: str = Field(default="underway", max_length=12)  # approved | underway | accepted | cancelled
    note: str = Field(default="")
    deleted_at: datetime | None = None


class AgriProjectTownship(Record, table=True):
    """A township a project or base covers."""

    __tablename__ = "agri_project_township"

    project_id: str = Field(foreign_key="agri_project.id", index=True)
    township_id: str = Field(foreign_key="org_unit.id", index=True)


class AgriProjectCertification(Record, table=True):
    """A certificate of the register (GAP, 无公害, 绿色, 有机 …) that belongs to a project's base."""

    __tablename__ = "agri_project_certification"

    project_id: str = Field(foreign_key="agri_project.id", index=True)
    certification_id: str = Field(foreign_key="certification.id", index=True)
