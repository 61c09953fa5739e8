"""Administrative units: the county, its townships and its member units (成员单位)."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Field

from qsupervise.models.base import Record


class OrgKind(StrEnum):
    COUNTY = "county"
    TOWNSHIP = "township"
    MEMBER_UNIT = "member_unit"


class OrgUnit(Record, table=True):
    __tablename__ = "org_unit"

    kind: str = Field(index=True, max_length=20)
    name: str = Field(max_length=100)
    code: str | None = Field(default=None, max_length=12)
    parent_id: str | None = Field(default=None, foreign_key="org_unit.id", index=True)
    active: bool = True
    merged_into_id: str | None = Field(default=None, foreign_key="org_unit.id")
    sort_order: int = 0
