"""Messages of users, roles, sign-in and permissions."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # permissions
    "permission_denied": (
        "没有权限：{role_zh}不能{action_zh}{record_zh}。本次操作未保存任何内容。",
        "Not allowed for the role {role_en}: you may not {action_en}{record_en}. Nothing was saved.",
    ),
    # sign-in
    "sign_in_failed": (
        "用户名或密码不正确。",
        "Wrong user name or password.",
    ),
    "sign_in_failed_left": (
        "用户名或密码不正确。再错 {left} 次，账户将暂时锁定。",
        "Wrong user name or password. {left} more wrong attempts lock the account for a while.",
    ),
    "sign_in_locked": (
        "账户“{name}”因多次输错密码已暂时锁定，请 {minutes} 分钟后再试（还剩 {seconds} 秒）。管理员可以重置密码解除锁定。",
        "The account \u201c{name}\u201d is locked after repeated wrong passwords: try again in {minutes} minute(s) "
        "({seconds} s left). An administrator can reset the password to unlock it.",
    ),
    "sign_in_inactive": (
        "账户“{name}”已停用，请联系管理员。",
        "The account \u201c{name}\u201d is deactivated: ask an administrator.",
    ),
    "sign_in_cancelled": (
        "没有登录，数据库“{path}”未打开。",
        "Not signed in: the database \u201c{path}\u201d was not opened.",
    ),
    "sign_in_no_admin": (
        "没有创建管理员，数据库“{path}”未打开。第一次使用时需要先创建管理员。",
        "No administrator was created: the database \u201c{path}\u201d was not opened. "
        "The first use needs an administrator.",
    ),
    # users
    "user_name_bad": (
        "用户名“{name}”不可用：请用 2 到 50 个字母、数字、汉字或 . _ -，不含空格。",
        "The user name \u201c{name}\u201d cannot be used: 2 to 50 letters, digits, Chinese characters or . _ -, "
        "without spaces.",
    ),
    "user_name_reserved": (
        "“{name}”是内置用户名，请换一个。",
        "\u201c{name}\u201d is a built-in user name: choose another.",
    ),
    "user_not_found": ("找不到用户“{ref}”。", "No user \u201c{ref}\u201d."),
    "user_role_bad": (
        "角色“{value}”认不出。可选：{allowed}。",
        "The role \u201c{value}\u201d is not recognised. Use one of: {allowed}.",
    ),
    "user_needs_township": (
        "乡镇办事员需要指定所属乡镇（街道）。",
        "A township clerk needs the township they work for.",
    ),
    "user_township_unknown": (
        "找不到乡镇（街道）“{ref}”。",
        "No township \u201c{ref}\u201d.",
    ),
    "user_needs_inspector": (
        "检查人员需要关联检查人员名册中的一人（监督抽查 → 检查人员）。",
        "An inspector needs a link to a person in the inspector pool (spot checks \u2192 inspectors).",
    ),
    "user_inspector_unknown": (
        "找不到检查人员“{ref}”。",
        "No inspector \u201c{ref}\u201d in the pool.",
    ),
    "user_last_admin": (
        "“{name}”是最后一个在用的管理员，不能停用或改为其他角色。请先另设一名管理员。",
        "\u201c{name}\u201d is the last active administrator and cannot be deactivated or given another role. "
        "Make someone else administrator first.",
    ),
    "user_not_self": (
        "不能停用自己正在使用的账户。",
        "You cannot deactivate the account you are signed in with.",
    ),
    "user_system": (
        "“{name}”是内置用户，不能登录，也不能修改。",
        "\u201c{name}\u201d is a built-in user: it cannot sign in or be changed.",
    ),
    "password_too_short": (
        "密码至少需要 {min} 位。",
        "The password needs at least {min} characters.",
    ),
    "password_too_simple": (
        "密码太简单：请混用字母和数字（或符号），不要与用户名相同，也不要用重复或连续的字符。",
        "The password is too simple: mix letters with digits (or symbols), and do not use the user name or "
        "repeated or consecutive characters.",
    ),
    "password_mismatch": (
        "两次输入的密码不一致。",
        "The two passwords differ.",
    ),
    "password_wrong": (
        "当前密码不正确。",
        "The current password is wrong.",
    ),
    "password_same": (
        "新密码不能与当前密码相同。",
        "The new password must differ from the current one.",
    ),
    "role_county_admin": ("县级管理员", "county administrator"),
    "role_township_clerk": ("乡镇办事员", "township clerk"),
    "role_inspector": ("检查人员", "inspector"),
    "role_viewer": ("只读用户", "viewer"),
}
