"""The enterprise registry (企业档案): enterprises, their products and executed standards."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Index
from sqlmodel import Field

from qsupervise.models.base import Record, partial


def enterprise_search_key(name: str, uscc: str | None) -> str:
    """Full pinyin, name, pinyin initials and credit code, separated by U+001F, for one LIKE scan.

    The key starts with the pinyin, so its index order is the list's default (pinyin) order.
    """
    from qsupervise.rules.pinyin import full, initials

    name = name.strip()
    return f"{full(name)}\x1f{name.lower()}\x1f{initials(name)}\x1f{(uscc or '').lower()}"


class Enterprise(Record, table=True):
    __tablename__ = "enterprise"
    # Derived columns are local: kept out of the change log, recomputed from their inputs.
    __derived__: ClassVar[tuple[str, ...]] = ("search_key",)
    __derive_inputs__: ClassVar[tuple[str, ...]] = ("name", "uscc")
    # Partial indexes over live rows: the list's search, order and township filter read only these.
    __table_args__ = (
        Index("ix_enterprise_live_key", "search_key", **partial("deleted_at IS NULL")),
        Index("ix_enterprise_live_township", "township_id", "search_key", **partial("deleted_at IS NULL")),
        Index("ix_enterprise_deleted", "id", **partial("deleted_at IS NOT NULL")),  # the few removed
    )

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
    search_key: str = Field(default="", max_length=400)

    @staticmethod
    def derive(row: Mapping[str, Any]) -> dict[str, Any]:
        return {"search_key": enterprise_search_key(row.get("name") or "", row.get("uscc"))}


class Product(Record, table=True):
    """A product of an enterprise. ``standard_count`` and ``adopting`` (采标) are tallies of its executed standards
    that SQLite triggers keep (db/versions/0007): local like every derived column, never in the change log."""

    __tablename__ = "product"
    __derived__: ClassVar[tuple[str, ...]] = ("standard_count", "adopting")
    __derive_inputs__: ClassVar[tuple[str, ...]] = ()
    # Covering indexes of the standardization figures over 600k standards: products by id with their enterprise
    # (the superseded scan), and by enterprise with the tallies (the adoption rates), read without the table.
    __table_args__ = (
        Index("ix_product_owner", "id", "enterprise_id", "deleted_at"),
        Index("ix_product_tallies", "enterprise_id", "deleted_at", "standard_count", "adopting"),
    )

    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    name: str = Field(max_length=200)
    brand: str = Field(default="", max_length=100)
    spec: str = Field(default="", max_length=100)
    category: str = Field(default="", max_length=100)
    deleted_at: datetime | None = None
    standard_count: int = 0
    adopting: bool = False

    @staticmethod
    def derive(_row: Mapping[str, Any]) -> dict[str, Any]:
        return {}  # the triggers keep the tallies


class ExecutedStandard(Record, table=True):
    """A standard a product executes (执行标准), with what the county's catalogue and adoption say of it.

    ``superseded`` / ``withdrawn`` / ``replaced_by`` are written from the catalogue (services/standards_catalogue);
    ``adoption_degree`` (IDT | MOD) and ``adopted_number`` say which international standard it adopts (采标).
    """

    __tablename__ = "executed_standard"
    __table_args__ = (
        Index("ix_executed_standard_adopting", "product_id",
              **partial("adopts_international = 1", postgresql="adopts_international")),
        # the superseded scan reaches a number's products from this index alone
        Index("ix_executed_standard_number_product", "normalized", "product_id"),
    )

    product_id: str = Field(foreign_key="product.id", index=True)
    raw: str = Field(max_length=100)
    normalized: str = Field(default="", max_length=100)
    kind: str = Field(default="unknown", max_length=20)
    adopts_international: bool = False
    superseded: bool = False
    withdrawn: bool = False
    replaced_by: str = Field(default="", max_length=100)
    adoption_degree: str = Field(default="", max_length=3)
    adopted_number: str = Field(default="", max_length=100)
