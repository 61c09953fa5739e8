"""The enterprise registry (企业档案): enterprises, their products and executed standards."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from qsupervise.models.base import Record


class Enterprise(Record, table=True):
    __tablename__ = "enterprise"

    name: str = Field(index=True, max_length=200)
    # 统一社会信用代码, normalised; not unique in the schema so that a merge can hold
    # two stations' rows for one code and show them as a duplicate to resolve.
    uscc: str | None = Field(default=None, index=True, max_length=18)
    uscc_override: str | None = Field(default=None, max_length=200)
    township_id: str = Field(foreign_key="org_unit.id", index=True)
    address: str = Field(default="", max_length=300)
    legal_rep: str = Field(default="", max_length=50)
    chief_quality_officer: str = Field(default="", max_length=50)
    industry_code: str = Field(default="", max_length=5, index=True)
    kind: str = Field(default="enterprise", max_length=20)
    scale: str = Field(default="below", max_length=10)
    key_energy_user: bool = False
    leading_enterprise: bool = False
    status: str = Field(default="active", max_length=20)
    contact_name: str = Field(default="", max_length=50)
    contact_phone: str = Field(default="", max_length=30)
    founded_on: str | None = Field(default=None, max_length=10)
    deleted_at: datetime | None = None


class Product(Record, table=True):
    __tablename__ = "product"

    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    name: str = Field(max_length=200)
    brand: str = Field(default="", max_length=100)
    spec: str = Field(default="", max_length=100)
    category: str = Field(default="", max_length=100)
    deleted_at: datetime | None = None


class ExecutedStandard(Record, table=True):
    __tablename__ = "executed_standard"

    product_id: str = Field(foreign_key="product.id", index=True)
    raw: str = Field(max_length=100)
    normalized: str = Field(default="", max_length=100, index=True)
    kind: str = Field(default="unknown", max_length=20)
    adopts_international: bool = False
    superseded: bool = False
