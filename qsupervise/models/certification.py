"""Certificates and licences (认证许可), their scans, and reward payments for new certifications."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field

from qsupervise.models.base import Record, partial


class Attachment(Record, table=True):
    """A scan or photo kept in the database by its content hash, so backups and sync packages carry it."""

    __tablename__ = "attachment"

    sha256: str = Field(max_length=64, index=True)
    name: str = Field(default="", max_length=200)
    mime: str = Field(default="application/octet-stream", max_length=100)
    size: int = 0
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Certification(Record, table=True):
    """One certificate or licence of an enterprise (and, where it names one, a product).

    ``status`` is what the issuer declared (valid | suspended | revoked | cancelled); "expired" is derived
    from ``expires_on`` and the day one looks (rules/certificates.py), never stored.
    """

    __tablename__ = "certification"
    __table_args__ = (
        Index("ix_certification_live_expiry", "expires_on", **partial("deleted_at IS NULL")),
        Index("ix_certification_live_enterprise", "enterprise_id", **partial("deleted_at IS NULL")),
    )

    enterprise_id: str = Field(foreign_key="enterprise.id")
    product_id: str | None = Field(default=None, foreign_key="product.id")
    kind: str = Field(max_length=20, index=True)  # iso9001, ccc, sc, xk, green_food, … (rules/certificates.py)
    number: str = Field(default="", max_length=60, index=True)
    number_note: str = Field(default="", max_length=200)  # why a number that fails its format is kept
    issuer: str = Field(default="", max_length=100)
    scope: str = Field(default="", max_length=500)
    issued_on: str | None = Field(default=None, max_length=10)
    expires_on: str | None = Field(default=None, max_length=10)
    status: str = Field(default="valid", max_length=12)
    attachment_id: str | None = Field(default=None, foreign_key="attachment.id")
    reward_eligible: bool = False  # counts as a new certification the county rewards
    source: str = Field(default="", max_length=200)
    note: str = Field(default="")
    deleted_at: datetime | None = None


class RewardPayment(Record, table=True):
    """Money paid to an enterprise for a new certification, an award or a brand (奖励资金).

    ``fund_id`` links the payment to the reward fund's ledger once the awards module keeps one.
    """

    __tablename__ = "reward_payment"

    enterprise_id: str = Field(foreign_key="enterprise.id", index=True)
    subject_kind: str = Field(max_length=20)  # certification | award | brand
    subject_id: str = Field(max_length=36, index=True)
    amount_fen: int = 0  # 分: whole numbers, no rounding
    paid_on: str = Field(max_length=10)
    fund_year: int = Field(index=True)
    fund_id: str | None = Field(default=None, max_length=36)
    document_no: str = Field(default="", max_length=60)
    note: str = Field(default="")
    deleted_at: datetime | None = None
