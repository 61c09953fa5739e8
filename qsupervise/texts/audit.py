"""Messages of the audit trail: chain checks, the audit page's export and the ``audit`` command."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # check-db: problems (exit 1)
    "check_audit_gap": (
        "审计日志缺少条目：第 {after} 条之后直接是第 {seq} 条（中间的条目被删除）。",
        "Audit entries are missing: entry {after} is followed by entry {seq} (the ones between were deleted).",
    ),
    "check_audit_downgrade": (
        "审计日志第 {row} 条使用了旧的未加密钥校验格式，但它之前已有加密钥的条目：该条目是被改写的。",
        "Audit entry {row} uses the old unkeyed format after keyed entries: it was rewritten.",
    ),
    "check_audit_truncated": (
        "审计日志末尾的条目被删除：本机记录到第 {seq} 条，文件中只到第 {last} 条。如果是手工用旧副本替换了数据库文件，请改用“恢复”功能。",
        "The newest audit entries were deleted: this machine saw entry {seq}, the file ends at {last}. If an old copy was put in place by hand, use restore instead.",
    ),
    "check_audit_rewritten": (
        "审计日志被改写：第 {seq} 条与本机记录的校验值不一致。",
        "The audit trail was rewritten: entry {seq} does not match what this machine recorded.",
    ),
    "check_audit_guards": (
        "审计日志的防篡改触发器不见了（{names}）：有人用其他工具修改过数据库。",
        "The audit trail's protective triggers are missing ({names}): the file was changed with another tool.",
    ),
    "check_audit_guards_restored": (
        "审计日志的防篡改触发器曾被删除（第 {row} 条，{at} 重新设置）：此前的数据可能被其他工具改动过。",
        "The audit trail's protective triggers had been removed (entry {row}, restored {at}): the file may have been changed with another tool before that.",
    ),
    # check-db: notes (no failure)
    "check_audit_unkeyed": (
        "有 {count} 条审计日志由另一台电脑签名（密钥 {kid} 不在本机），只核对了链接，未核对签名。",
        "{count} audit entries were signed on another computer (key {kid} is not here): their links were checked, their signatures could not be.",
    ),
    "check_audit_no_mark": (
        "本机没有这个数据库文件的审计高水位记录（文件是复制来的或移动过），无法判断末尾条目是否被删除。",
        "This machine has no audit high-water mark for this file (it was copied or moved): deleted newest entries cannot be detected here.",
    ),
    # the audit command and page
    "audit_export_done": ("已导出 {count} 条审计日志到 {path}", "Exported {count} audit entries to {path}"),
    "audit_sheet": ("审计日志", "Audit trail"),
    "audit_changes_sheet": ("数据变更", "Data changes"),
    "audit_col_seq": ("序号", "No."),
    "audit_col_at": ("时间", "Time"),
    "audit_col_actor": ("用户", "User"),
    "audit_col_action": ("操作", "Action"),
    "audit_col_target": ("对象", "Target"),
    "audit_col_detail": ("详情", "Detail"),
    "audit_col_table": ("表", "Table"),
    "audit_col_row": ("记录", "Row"),
    "audit_col_field": ("字段", "Field"),
    "audit_col_old": ("原值", "Old value"),
    "audit_col_new": ("新值", "New value"),
    "audit_col_station": ("站点", "Station"),
    "audit_col_op": ("变更", "Change"),
    "audit_op_insert": ("新增", "insert"),
    "audit_op_update": ("修改", "update"),
    "audit_op_delete": ("删除", "delete"),
}
