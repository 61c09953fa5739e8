"""Who may do what: the four roles, the tables each may write and the actions each may take.

Plain data, read by :mod:`qsupervise.permissions` (the one check every write passes) and by the
table-driven permission test. A table a role does not list is read-only for it.

``scope`` says which rows of a table a grant covers:

- ``None``: every row;
- ``"township"``: rows whose township (followed through their parent rows, see ``PARENT``) is the
  user's own org unit;
- ``"assigned"``: rows of spot checks the user's inspector is one of the two inspectors of;
- ``"self"``: the user's own row (``app_user``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

COUNTY_ADMIN = "county_admin"
TOWNSHIP_CLERK = "township_clerk"
INSPECTOR = "inspector"
VIEWER = "viewer"
SYSTEM = "system"  # the built-in actors "cli" and "gui": never sign in

ROLES: tuple[str, ...] = (COUNTY_ADMIN, TOWNSHIP_CLERK, INSPECTOR, VIEWER)

# Role names before 0008: a county staff member worked county-wide, which only the admin role still does.
LEGACY: dict[str, str] = {"admin": COUNTY_ADMIN, "county_staff": COUNTY_ADMIN}

LABELS: dict[str, tuple[str, str]] = {
    COUNTY_ADMIN: ("县级管理员", "county administrator"),
    TOWNSHIP_CLERK: ("乡镇办事员", "township clerk"),
    INSPECTOR: ("检查人员", "inspector"),
    VIEWER: ("只读用户", "viewer"),
    SYSTEM: ("内置用户", "built-in user"),
}

INSERT, UPDATE, DELETE = "insert", "update", "delete"
EDIT = frozenset({INSERT, UPDATE, DELETE})

# Actions that are not a row write; each service that takes one calls permissions.require(…, action).
USERS_MANAGE = "users.manage"
SETTINGS = "settings"
BACKUP = "backup"
RESTORE = "restore"
EXPORT = "export"
PRINT = "print"
IMPORT = "import"
PACKAGE_IMPORT = "package.import"
PACKAGE_EXPORT = "package.export"
PUBLISH_ASSESSMENT = "assessment.publish"
DRAW = "draw"
ACTIONS: tuple[str, ...] = (
    USERS_MANAGE, SETTINGS, BACKUP, RESTORE, EXPORT, PRINT, IMPORT, PACKAGE_IMPORT, PACKAGE_EXPORT,
    PUBLISH_ASSESSMENT, DRAW,
)


@dataclass(frozen=True)
class Grant:
    """What a role may do to the rows of one table."""

    ops: frozenset[str] = EDIT
    scope: str | None = None
    columns: frozenset[str] | None = None  # an update may change only these (None: any)
    frozen: frozenset[str] = frozenset()  # an update may never change these
    values: dict[str, tuple[object, ...]] = field(default_factory=dict)  # a written row must hold one of these
    before: dict[str, tuple[object, ...]] = field(default_factory=dict)  # an updated/deleted row must have held


ALL = "*"  # every table

_TOWNSHIP = Grant(scope="township")
_INSERT_ONLY = Grant(ops=frozenset({INSERT}))
_OWN_PASSWORD = Grant(
    ops=frozenset({UPDATE}),
    scope="self",
    columns=frozenset({"password_hash", "must_change_password", "password_changed_at"}),
)

TABLES: dict[str, dict[str, Grant]] = {
    COUNTY_ADMIN: {ALL: Grant()},
    TOWNSHIP_CLERK: {
        "enterprise": Grant(scope="township"),
        "product": _TOWNSHIP,
        "executed_standard": _TOWNSHIP,
        "certification": _TOWNSHIP,
        "instrument": _TOWNSHIP,
        "brand": _TOWNSHIP,
        "award_application": _TOWNSHIP,
        "application_document": _TOWNSHIP,
        "application_step": Grant(ops=frozenset({INSERT}), scope="township"),
        # its letter's own values (自评) and handing them in; never the county's verified ones
        "target_result": Grant(ops=frozenset({INSERT, UPDATE}), scope="township",
                               values={"stage": ("self",)}, before={"stage": ("self",)}),
        "responsibility_letter": Grant(ops=frozenset({UPDATE}), scope="township",
                                       columns=frozenset({"stage", "self_submitted_on"}),
                                       values={"stage": ("self_assessed",)}, before={"stage": ("open",)}),
        "attachment": _INSERT_ONLY,  # scans and evidence; the row that links one is checked itself
        "audit_entry": _INSERT_ONLY,
        "app_user": _OWN_PASSWORD,
    },
    INSPECTOR: {
        "spot_check": Grant(ops=frozenset({UPDATE}), scope="assigned",
                            frozen=frozenset({"plan_id", "draw_id", "inspector1_id", "inspector2_id",
                                              "township_id", "enterprise_id", "import_key", "deleted_at"})),
        "test_item": Grant(scope="assigned"),
        "attachment": _INSERT_ONLY,
        "audit_entry": _INSERT_ONLY,
        "app_user": _OWN_PASSWORD,
    },
    VIEWER: {
        "audit_entry": _INSERT_ONLY,
        "app_user": _OWN_PASSWORD,
    },
}

ROLE_ACTIONS: dict[str, frozenset[str]] = {
    COUNTY_ADMIN: frozenset(ACTIONS),
    TOWNSHIP_CLERK: frozenset({BACKUP, EXPORT, PRINT, IMPORT, PACKAGE_EXPORT, PACKAGE_IMPORT}),
    INSPECTOR: frozenset({EXPORT, PRINT}),
    VIEWER: frozenset({EXPORT, PRINT}),
}

# How a row reaches the row that decides a scope: table -> (its column, the table that column points at).
PARENT: dict[str, tuple[str, str]] = {
    "product": ("enterprise_id", "enterprise"),
    "executed_standard": ("product_id", "product"),
    "certification": ("enterprise_id", "enterprise"),
    "instrument": ("enterprise_id", "enterprise"),
    "brand": ("enterprise_id", "enterprise"),
    "award_application": ("enterprise_id", "enterprise"),
    "application_step": ("application_id", "award_application"),
    "application_document": ("application_id", "award_application"),
    "reward_payment": ("enterprise_id", "enterprise"),
    "credit_list_entry": ("enterprise_id", "enterprise"),
    "penalty": ("enterprise_id", "enterprise"),
    "credit_grade": ("enterprise_id", "enterprise"),
    "inspector_recusal": ("enterprise_id", "enterprise"),
    "test_item": ("spot_check_id", "spot_check"),
    "target_result": ("target_id", "letter_target"),
    "letter_target": ("letter_id", "responsibility_letter"),
}
# The tables that name the township themselves: table -> column.
TOWNSHIP_COLUMN: dict[str, str] = {
    "enterprise": "township_id",
    "spot_check": "township_id",
    "responsibility_letter": "org_unit_id",
    "inspector": "township_id",
}
# The table whose inspector columns decide "assigned".
ASSIGNMENT: tuple[str, tuple[str, ...]] = ("spot_check", ("inspector1_id", "inspector2_id"))

# Bookkeeping every write makes (clock, change records); never checked row by row.
UNCHECKED: frozenset[str] = frozenset({
    "local_clock", "change_log", "alembic_version",
    "sync_package", "sync_watermark", "sync_conflict", "sync_held", "sync_pending",  # sync bookkeeping
})
# Columns the change log maintains on every update.
HOUSEKEEPING: frozenset[str] = frozenset({"updated_at", "created_at", "created_by", "origin_station"})

TABLE_LABELS: dict[str, tuple[str, str]] = {
    "enterprise": ("企业", "enterprise"),
    "product": ("产品", "product"),
    "executed_standard": ("执行标准", "executed standard"),
    "certification": ("证书", "certificate"),
    "instrument": ("计量器具", "measuring instrument"),
    "brand": ("品牌", "brand"),
    "award_application": ("奖项申报", "award application"),
    "application_step": ("申报流程记录", "application step"),
    "application_document": ("申报材料", "application document"),
    "award_program": ("奖项", "award programme"),
    "score_sheet": ("评分表", "score sheet"),
    "eligibility_override": ("资格认定", "eligibility decision"),
    "reward_fund": ("奖励资金", "reward fund"),
    "reward_payment": ("奖励发放", "reward payment"),
    "spot_check_plan": ("抽查计划", "spot-check plan"),
    "random_draw": ("随机抽取", "random draw"),
    "spot_check": ("抽查记录", "spot check"),
    "test_item": ("检验项目", "test item"),
    "inspector": ("执法检查人员", "inspector"),
    "inspector_recusal": ("回避记录", "recusal"),
    "credit_rule": ("信用规则", "credit rule"),
    "credit_list_entry": ("信用名单", "credit list entry"),
    "penalty": ("行政处罚", "penalty"),
    "credit_grade": ("信用等级", "credit grade"),
    "assessment_metric": ("考核指标", "assessment metric"),
    "responsibility_letter": ("责任书", "responsibility letter"),
    "letter_target": ("责任书目标", "letter target"),
    "target_result": ("考核值", "assessment value"),
    "org_unit": ("行政区划", "administrative unit"),
    "record_redirect": ("合并重复记录", "merged duplicate"),
    "attachment": ("附件", "attachment"),
    "app_user": ("用户", "user"),
    "app_setting": ("设置", "setting"),
    "station": ("站点", "station"),
    "audit_entry": ("审计记录", "audit entry"),
}

ACTION_LABELS: dict[str, tuple[str, str]] = {
    INSERT: ("新增", "add"),
    UPDATE: ("修改", "change"),
    DELETE: ("删除", "delete"),
    USERS_MANAGE: ("管理用户", "manage users"),
    SETTINGS: ("修改设置", "change settings"),
    BACKUP: ("备份数据库", "back up the database"),
    RESTORE: ("从备份恢复", "restore from a backup"),
    EXPORT: ("导出", "export"),
    PRINT: ("打印", "print"),
    IMPORT: ("导入", "import"),
    PACKAGE_IMPORT: ("导入数据包", "import a data package"),
    PACKAGE_EXPORT: ("导出数据包", "export a data package"),
    PUBLISH_ASSESSMENT: ("通报考核结果", "publish the assessment"),
    DRAW: ("随机抽取", "run a random draw"),
}


def canonical(role: str) -> str:
    """The role a stored name means (names from before 0008 included)."""
    return LEGACY.get(role, role)


def grant(role: str, table: str) -> Grant | None:
    tables = TABLES.get(canonical(role), {})
    return tables.get(table) or tables.get(ALL)


def allows_action(role: str, action: str) -> bool:
    return action in ROLE_ACTIONS.get(canonical(role), frozenset())


def writes_anything(role: str) -> bool:
    """Whether the role may change any business data (a viewer may not)."""
    return any(t not in ("audit_entry", "app_user") for t in TABLES.get(canonical(role), {}))


def can_write(role: str, table: str, op: str = INSERT) -> bool:
    """Whether the role may ``op`` some rows of ``table`` (its scope decides which)."""
    g = grant(role, table)
    return g is not None and op in g.ops
