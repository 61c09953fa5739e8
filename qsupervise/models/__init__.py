"""Tables, grouped by area; importing this package registers them all on the metadata."""

from qsupervise.models.awards import (
    ApplicationDocument,
    ApplicationStep,
    AwardApplication,
    AwardProgram,
    Brand,
    EligibilityOverride,
    RewardFund,
    ScoreSheet,
)
from qsupervise.models.base import Record, utcnow
from qsupervise.models.certification import Attachment, Certification, RewardPayment
from qsupervise.models.credit import CreditGrade, CreditListEntry, CreditRule, Penalty
from qsupervise.models.instrument import Instrument
from qsupervise.models.letters import AssessmentMetric, LetterTarget, ResponsibilityLetter, TargetResult
from qsupervise.models.org import OrgKind, OrgUnit
from qsupervise.models.registry import Enterprise, ExecutedStandard, Product
from qsupervise.models.spotcheck import Inspector, InspectorRecusal, RandomDraw, SpotCheck, SpotCheckPlan, TestItem
from qsupervise.models.standards import (
    AgriProject,
    AgriProjectCertification,
    AgriProjectTownship,
    CatalogueStandard,
    DraftedStandard,
)
from qsupervise.models.sync import RecordRedirect, SyncConflict, SyncHeld, SyncPackage, SyncPending, SyncWatermark
from qsupervise.models.system import AppSetting, AuditEntry, Change, LocalClock, Station, User

__all__ = [
    "AgriProject",
    "AgriProjectCertification",
    "AgriProjectTownship",
    "AppSetting",
    "ApplicationDocument",
    "ApplicationStep",
    "AssessmentMetric",
    "Attachment",
    "AuditEntry",
    "AwardApplication",
    "AwardProgram",
    "Brand",
    "CatalogueStandard",
    "Certification",
    "Change",
    "CreditGrade",
    "CreditListEntry",
    "CreditRule",
    "DraftedStandard",
    "EligibilityOverride",
    "Enterprise",
    "ExecutedStandard",
    "Inspector",
    "InspectorRecusal",
    "Instrument",
    "LetterTarget",
    "LocalClock",
    "OrgKind",
    "OrgUnit",
    "Penalty",
    "Product",
    "RandomDraw",
    "Record",
    "RecordRedirect",
    "ResponsibilityLetter",
    "RewardFund",
    "RewardPayment",
    "ScoreSheet",
    "SpotCheck",
    "SpotCheckPlan",
    "Station",
    "SyncConflict",
    "SyncHeld",
    "SyncPackage",
    "SyncPending",
    "SyncWatermark",
    "TargetResult",
    "TestItem",
    "User",
    "utcnow",
]


def _integers_are_64_bit() -> None:
    """SQLite's integers are 64-bit; on PostgreSQL make every integer column BIGINT too (clock stamps need 64
    bits, sums of money in 分 may). SQLite keeps its INTEGER, so nothing changes in its schema."""
    from sqlalchemy import BigInteger, Integer
    from sqlmodel import SQLModel

    wide = BigInteger().with_variant(Integer(), "sqlite")
    for table in SQLModel.metadata.tables.values():
        for column in table.c:
            if type(column.type) is Integer:
                column.type = wide


_integers_are_64_bit()

