"""Labels for the registry's stable codes (kinds, scales, statuses, fields), shared by its page, model and dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from qsupervise.codes import KINDS, SCALES, STATUSES

__all__ = ["KINDS", "SCALES", "STATUSES"]  # plus the label helpers below
# 注销 and 吊销 end an enterprise's life: shown muted, never hidden.
ENDED = frozenset({"cancelled", "revoked"})


def kind_label(kind: str) -> str:
    return {
        "enterprise": QCoreApplication.translate("registry", "企业"),
        "individual": QCoreApplication.translate("registry", "个体工商户"),
        "coop": QCoreApplication.translate("registry", "农民专业合作社"),
        "other": QCoreApplication.translate("registry", "其他"),
    }.get(kind, kind)


def scale_label(scale: str) -> str:
    return {
        "above": QCoreApplication.translate("registry", "规上"),
        "below": QCoreApplication.translate("registry", "规下"),
    }.get(scale, scale)


def status_label(status: str) -> str:
    return {
        "active": QCoreApplication.translate("registry", "存续"),
        "cancelled": QCoreApplication.translate("registry", "注销"),
        "revoked": QCoreApplication.translate("registry", "吊销"),
        "suspended": QCoreApplication.translate("registry", "停业"),
    }.get(status, status)


def standard_kind_label(kind: str) -> str:
    return {
        "national": QCoreApplication.translate("registry", "国家标准"),
        "industry": QCoreApplication.translate("registry", "行业标准"),
        "local": QCoreApplication.translate("registry", "地方标准"),
        "group": QCoreApplication.translate("registry", "团体标准"),
        "enterprise": QCoreApplication.translate("registry", "企业标准"),
        "metrology": QCoreApplication.translate("registry", "计量规程"),
    }.get(kind, QCoreApplication.translate("registry", "未识别"))


def field_labels() -> dict[str, str]:
    """Chinese names of the enterprise's fields, in the order the form and the detail show them."""
    return {
        "name": QCoreApplication.translate("registry", "企业名称"),
        "uscc": QCoreApplication.translate("registry", "统一社会信用代码"),
        "uscc_override": QCoreApplication.translate("registry", "校验位保留理由"),
        "township_id": QCoreApplication.translate("registry", "所属乡镇"),
        "industry_code": QCoreApplication.translate("registry", "行业"),
        "kind": QCoreApplication.translate("registry", "类型"),
        "scale": QCoreApplication.translate("registry", "规模"),
        "status": QCoreApplication.translate("registry", "状态"),
        "legal_rep": QCoreApplication.translate("registry", "法定代表人"),
        "chief_quality_officer": QCoreApplication.translate("registry", "首席质量官"),
        "address": QCoreApplication.translate("registry", "地址"),
        "contact_name": QCoreApplication.translate("registry", "联系人"),
        "contact_phone": QCoreApplication.translate("registry", "联系电话"),
        "founded_on": QCoreApplication.translate("registry", "成立日期"),
        "key_energy_user": QCoreApplication.translate("registry", "重点用能单位"),
        "leading_enterprise": QCoreApplication.translate("registry", "龙头企业"),
        "deleted_at": QCoreApplication.translate("registry", "停用"),
    }


def verdict_label(verdict: str | None) -> str:
    """合格 / 不合格 / 严重不合格 from the core's catalogue (shared with the CLI), in the interface's language."""
    from qsupervise import messages
    from ui import i18n

    return messages.text(f"verdict_{verdict}", i18n.error_lang()) if verdict else ""


def grade_label(grade: str) -> str:
    """A credit grade as people read it (A 级（诚信）…) from the core's catalogue, shared with the credit report."""
    from qsupervise import messages
    from ui import i18n

    return messages.text(f"credit_grade_{grade}", i18n.error_lang()) if grade in ("A", "B", "C", "D") else grade


def step_label(code: str) -> str:
    """A follow-up step (what a failing sample waits for) from the core's catalogue."""
    from qsupervise import messages
    from ui import i18n

    return messages.text(f"step_{code}", i18n.error_lang())


def field_label(field: str) -> str:
    return field_labels().get(field, field)


def value_text(field: str, value: Any, townships: dict[str, str] | None = None) -> str:
    """A stored value as a person reads it: labels for codes, 是/否 for flags, “（空）” for nothing."""
    from qsupervise.rules import industry

    if value is None or value == "":
        return QCoreApplication.translate("registry", "（空）")
    if isinstance(value, bool):
        return QCoreApplication.translate("registry", "是") if value else QCoreApplication.translate("registry", "否")
    if field == "kind":
        return kind_label(str(value))
    if field == "scale":
        return scale_label(str(value))
    if field == "status":
        return status_label(str(value))
    if field == "township_id":
        return (townships or {}).get(str(value), str(value))
    if field == "industry_code":
        return industry.label(str(value))
    if field == "deleted_at":
        return QCoreApplication.translate("registry", "已停用")
    return str(value)
