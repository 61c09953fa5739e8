"""Messages of the printed expiry reminder list (认证许可到期提醒单) a township gets from the county."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cert_reminder_title": ("认证许可证书到期提醒单", "Certificate expiry reminder list"),
    "cert_reminder_subtitle": ("{township}　截至 {date}", "{township}, as of {date}"),
    "cert_reminder_addressee": ("{township}质量工作站：", "To the quality station of {township}:"),
    "cert_reminder_body_lapsed": (
        "截至{date}，辖区内有 {firms} 家企业的 {count} 份证书已过期或将在 {days} 日内到期（见下表）。请逐一通知企业：仍在生产经营的，在有效期届满前向发证机构申请延续（换证）；已停产或不再使用的，申请注销。已过期仍在生产的，请督促立即办理，并核实是否存在无证生产。",
        "As of {date}, {count} certificates of {firms} enterprises in your area have lapsed or expire within {days} days (see the table). Please tell each enterprise: if still in business, apply to the issuer for renewal before the expiry date; if production has stopped, apply for cancellation. Where a lapsed certificate's holder is still producing, have it act at once and check for production without a licence.",
    ),
    "cert_reminder_body_expiring": (
        "截至{date}，辖区内有 {firms} 家企业的 {count} 份证书将在 {days} 日内到期（见下表）。请逐一通知企业：仍在生产经营的，在有效期届满前向发证机构申请延续（换证）；已停产或不再使用的，申请注销。",
        "As of {date}, {count} certificates of {firms} enterprises in your area expire within {days} days (see the table). Please tell each enterprise: if still in business, apply to the issuer for renewal before the expiry date; if production has stopped, apply for cancellation.",
    ),
    "cert_reminder_feedback": (
        "办理结果请及时报县市场监督管理局，以便更新认证许可台账。",
        "Please report the outcome to the county market regulation bureau so that the certification ledger is kept up to date.",
    ),
    "cert_reminder_col_seq": ("序号", "No."),
    "cert_reminder_col_holder": ("企业名称", "Enterprise"),
    "cert_reminder_col_kind": ("证书类型", "Type"),
    "cert_reminder_col_number": ("证书编号", "Number"),
    "cert_reminder_col_expires": ("有效期至", "Valid until"),
    "cert_reminder_col_days": ("剩余天数", "Days left"),
    "cert_reminder_col_contact": ("联系人及电话", "Contact"),
    "cert_reminder_days_left": ("还剩 {n} 天", "{n} days left"),
    "cert_reminder_today": ("今天到期", "expires today"),
    "cert_reminder_lapsed": ("已过期 {n} 天", "lapsed {n} days ago"),
    "cert_reminder_sender": ("{county}市场监督管理局", "{county} Administration for Market Regulation"),
    "cert_reminder_county": ("全县", "the county"),
    "cert_reminder_none": (
        "{scope}没有已过期或 {days} 日内到期的证书，不用打印提醒单。",
        "{scope} has no certificate lapsed or expiring within {days} days; there is no reminder list to print.",
    ),
    "cert_reminder_none_expiring": (
        "{scope}没有 {days} 日内到期的证书，不用打印提醒单。",
        "{scope} has no certificate expiring within {days} days; there is no reminder list to print.",
    ),
    "cert_reminder_progress": ("正在排版 {township}（{done} / {total}）", "Laying out {township} ({done} of {total})"),
    "cert_reminder_written": (
        "已生成到期提醒单 {path}：{townships} 个乡镇，{count} 份证书",
        "Written the reminder list {path}: {townships} townships, {count} certificates",
    ),
}
