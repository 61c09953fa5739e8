"""Messages of instruments under compulsory verification and their rates."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # field names
    "instrument_field_name": ("器具名称", "instrument name"),
    "instrument_field_verified_on": ("检定日期", "verification date"),
    "instrument_field_due_on": ("下次检定日期", "next verification date"),
    # problems
    "instrument_not_found": ("找不到计量器具“{id}”（可能已被删除）。", "No instrument \u201c{id}\u201d (it may have been deleted)."),
    "instrument_enterprise_unknown": (
        "找不到使用单位“{id}”：请填写在册企业的统一社会信用代码或记录 id。",
        "No enterprise \u201c{id}\u201d uses this instrument: give the credit code or record id of an enterprise in the registry.",
    ),
    "instrument_category": (
        "使用类别“{value}”认不出。可填：{allowed}。",
        "The use category \u201c{value}\u201d is not recognised. Use one of: {allowed} (trade, safety, medical, environment).",
    ),
    "instrument_cycle": (
        "检定周期 {value} 个月不在 {low}–{high} 个月之间。请按检定规程（JJG）填写周期。",
        "A verification cycle of {value} months is outside {low}–{high} months. Take the cycle from the verification regulation (JJG).",
    ),
    "instrument_result": (
        "检定结论“{value}”认不出。可填：合格、不合格（或留空）。",
        "The verification result \u201c{value}\u201d is not recognised. Use 合格 (pass) or 不合格 (fail), or leave it empty.",
    ),
    "instrument_date": (
        "{field}“{value}”格式不对，应为 YYYY-MM-DD，例如 2026-11-24。",
        "The {field} \u201c{value}\u201d is malformed; use YYYY-MM-DD, e.g. 2026-11-24.",
    ),
    "instrument_verified_future": (
        "检定日期 {date} 在今天（{today}）之后。请按检定证书填写实际检定日期。",
        "The verification date {date} is after today ({today}). Enter the date printed on the certificate.",
    ),
    "instrument_due_before_verified": (
        "下次检定日期 {due} 早于检定日期 {verified}。请核对检定证书；留空则按检定周期推算。",
        "The next verification date {due} is before the verification date {verified}. Check the certificate; leave it empty to compute it from the cycle.",
    ),
    "instrument_due_beyond_cycle": (
        "下次检定日期 {due} 超出了 {months} 个月的检定周期。请核对检定证书上的有效期。",
        "The next verification date {due} is beyond the {months}-month cycle. Check the validity printed on the certificate.",
    ),
    "instrument_result_undated": (
        "填写了检定结论，但没有检定日期。请补上检定日期。",
        "A verification result needs the date of the verification. Add the date.",
    ),
    "instrument_serial_taken": (
        "本单位已有一台出厂编号为 {serial} 的“{name}”。请确认不是同一台器具。",
        "This enterprise already has a \u201c{name}\u201d with serial number {serial}. Make sure it is not the same instrument.",
    ),
    # command output
    "instrument_added": ("已登记计量器具“{name}”（{enterprise}）：{id}", "Added the instrument \u201c{name}\u201d ({enterprise}): {id}"),
    "instrument_none": ("没有符合条件的计量器具。", "No instruments match."),
    "instrument_more": ("另有 {count} 台未列出（可用 --limit 调整）。", "{count} more not listed (see --limit)."),
    "instrument_rates_title": (
        "强检计量器具（截至 {date}）：登记造册率目标 {reg_target}，强检受检率目标 {ver_target}",
        "Instruments under compulsory verification as of {date}: targets {reg_target} registered, {ver_target} verified",
    ),
    "instrument_rates_header": (
        "乡镇/街道\t在册\t已登记\t周期内受检\t逾期\t登记造册率\t强检受检率",
        "Township\tListed\tRegistered\tVerified in cycle\tOverdue\tRegistration rate\tVerification rate",
    ),
    "instrument_rates_county": ("全县合计", "County"),
    "instrument_days_overdue": ("逾期 {days} 天", "{days} days overdue"),
    "instrument_status_ok": ("有效", "valid"),
    "instrument_status_due_soon": ("即将到期", "due soon"),
    "instrument_status_overdue": ("逾期未检", "overdue"),
    "instrument_status_failed": ("检定不合格", "failed"),
    "instrument_status_unverified": ("未检定", "not verified"),
    "instrument_registered": ("已登记", "registered"),
    "instrument_unregistered": ("未登记", "not registered"),
}
