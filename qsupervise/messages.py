"""One catalogue turning message codes into Chinese or English text (CLI and UI)."""

from __future__ import annotations

from typing import Any

# code -> (zh-CN, en). Templates use str.format with named fields.
CATALOGUE: dict[str, tuple[str, str]] = {
    "usage": ("用法错误：{detail}", "Usage error: {detail}"),
    # store
    "db_missing": (
        "数据库文件不存在：{path}。请先用 init 或 demo 创建，或检查路径。",
        "The database file does not exist: {path}. Create it with init or demo, or check the path.",
    ),
    "db_exists": (
        "数据库已存在且已初始化：{path}。",
        "The database already exists and is initialised: {path}.",
    ),
    "db_newer": (
        "数据库 {path} 由较新版本的程序创建（结构版本 {found}），本程序只认识到 {known}。请升级程序后再打开；文件未作任何改动。",
        "The database {path} was written by a newer version (schema {found}); this program knows up to {known}. Upgrade the program; the file was not changed.",
    ),
    "db_damaged": (
        "数据库文件已损坏或不是本程序的数据库：{path}（{detail}）。文件未作改动；请从备份恢复。",
        "The database file is damaged or not a QSupervise database: {path} ({detail}). The file was not changed; restore it from a backup.",
    ),
    "db_locked": (
        "数据库正被其他程序占用：{path}。请关闭其他打开它的窗口后重试。",
        "The database is locked by another program: {path}. Close other windows using it and try again.",
    ),
    "db_readonly": (
        "无法写入数据库所在位置：{path}。请把文件复制到可写的文件夹（例如“文档”）再打开。",
        "Cannot write where the database lives: {path}. Copy it to a writable folder (e.g. Documents) and open it there.",
    ),
    "db_not_initialised": (
        "数据库 {path} 还没有初始化（没有县/乡镇信息）。请先运行 init。",
        "The database {path} is not initialised (no county). Run init first.",
    ),
    "db_has_data": (
        "数据库 {path} 已有数据（{count} 家企业）。如确需重新生成演示数据，请加 --force。",
        "The database {path} already holds data ({count} enterprises). Add --force to regenerate demo data.",
    ),
    "backup_failed": ("备份失败：{detail}", "Backup failed: {detail}"),
    "restore_not_db": (
        "所选文件不是本程序的备份：{path}（{detail}）。当前数据库未作改动。",
        "The chosen file is not a QSupervise backup: {path} ({detail}). The current database was not changed.",
    ),
    "disk_full": (
        "磁盘空间不足，操作未完成，数据保持原样。请腾出空间后重试。",
        "The disk is full; nothing was changed. Free some space and try again.",
    ),
    # organisation units
    "org_not_found": ("找不到行政区划单位：{ref}", "No such organisational unit: {ref}"),
    "org_name_taken": (
        "“{name}”已存在于 {parent} 之下。",
        "\u201c{name}\u201d already exists under {parent}.",
    ),
    "org_name_empty": ("名称不能为空。", "The name must not be empty."),
    "org_code_format": (
        "区划代码“{code}”格式不对：应为 6 位（县）或 9 位（乡镇）数字。",
        "The area code \u201c{code}\u201d is malformed: 6 digits (county) or 9 digits (township).",
    ),
    "org_merge_self": ("不能把单位合并到它自己。", "A unit cannot be merged into itself."),
    "org_merge_kind": (
        "只能合并同一类的单位（{source} 是{source_kind}，{target} 是{target_kind}）。",
        "Only units of the same kind can be merged ({source} is {source_kind}, {target} is {target_kind}).",
    ),
    "org_inactive": ("单位“{name}”已停用。", "The unit \u201c{name}\u201d is inactive."),
    "org_is_county": ("县级单位不能停用或合并。", "The county itself cannot be deactivated or merged."),
    "org_kind_bad": (
        "单位类型“{kind}”无效：应为 township（乡镇）或 member_unit（成员单位）。",
        "Unknown unit kind \u201c{kind}\u201d: use township or member_unit.",
    ),
    "org_kind_township": ("乡镇/街道", "township"),
    "org_kind_member_unit": ("成员单位", "member unit"),
    "org_kind_county": ("县（市、区）", "county"),
    # init / users
    "init_role_bad": (
        "--role 只能是 county（县级）或 township（乡镇）。",
        "--role must be county or township.",
    ),
    "admin_password_missing": (
        "要创建管理员，请在环境变量 QS_ADMIN_PASSWORD 中提供密码（至少 8 位）。",
        "To create an administrator, put the password (8+ characters) in the QS_ADMIN_PASSWORD environment variable.",
    ),
    "user_exists": ("用户“{name}”已存在。", "The user \u201c{name}\u201d already exists."),
    # demo
    "demo_bad_count": (
        "--enterprises 应为 0 到 1000000 之间的整数，收到 {value}。",
        "--enterprises must be an integer from 0 to 1000000, got {value}.",
    ),
    "date_format": (
        "日期“{value}”格式不对，应为 YYYY-MM-DD，例如 2026-11-24。",
        "The date \u201c{value}\u201d is malformed; use YYYY-MM-DD, e.g. 2026-11-24.",
    ),
    "cancelled": ("操作已取消，数据保持原样。", "Cancelled; nothing was changed."),
    # enterprise registry
    "field_name": ("企业名称", "name"),
    "field_township": ("所属乡镇", "township"),
    "missing_field": ("必填项“{field}”为空。", "The required field \u201c{field}\u201d is empty."),
    "field_too_long": ("有 {length} 个字，超过上限 {limit} 个字，请缩短。",
                       "{length} characters, more than the limit of {limit}; please shorten it."),
    "invalid_input": ("有 {count} 处需要改正：{first}", "{count} problems to fix: {first}"),
    "enterprise_not_found": ("找不到企业：{ref}", "No such enterprise: {ref}"),
    "uscc_missing": (
        "未填统一社会信用代码：将以“名称 + 乡镇”识别该企业。",
        "No unified social credit code: the enterprise is identified by name and township.",
    ),
    "uscc_empty": ("统一社会信用代码为空。", "The unified social credit code is empty."),
    "uscc_length": (
        "统一社会信用代码应为 18 位，这里是 {length} 位。",
        "A unified social credit code has 18 characters; this one has {length}.",
    ),
    "uscc_charset": (
        "统一社会信用代码第 {positions} 位含不允许的字符“{chars}”（不使用 I、O、S、V、Z）。{hint}",
        "The credit code has characters that are not allowed at position {positions}: \u201c{chars}\u201d (I, O, S, V, Z are never used). {hint}",
    ),
    "uscc_region": (
        "统一社会信用代码第 3–8 位（登记机关行政区划码）应为数字，这里是“{region}”。",
        "Positions 3–8 of the credit code (the registering authority's area code) must be digits, not \u201c{region}\u201d.",
    ),
    "uscc_checksum": (
        "统一社会信用代码校验位不符（按 GB 32100 应为 {expected}，这里是 {actual}）。试点期发放的部分代码确实如此，核实后可注明理由保留。",
        "The credit code's check character does not match (GB 32100 gives {expected}, found {actual}). Some codes from the pilot years are real: keep it with a reason once verified.",
    ),
    "uscc_override_needed": (
        "校验位不符的代码需要填写保留理由（例如“已核对营业执照”）。",
        "A code that fails the check needs a reason to keep it (e.g. \u201cchecked against the licence\u201d).",
    ),
    "duplicate_code": (
        "统一社会信用代码 {code} 已属于“{name}”（{township}）。同一代码只能对应一家企业。",
        "The credit code {code} already belongs to \u201c{name}\u201d ({township}). One code, one enterprise.",
    ),
    "similar_name": ("已有名称相近的企业：“{name}”。请确认不是同一家。", "A similar name exists: \u201c{name}\u201d. Make sure it is not the same enterprise."),
    "unknown_township": ("乡镇“{value}”不在本县的行政区划中。", "The township \u201c{value}\u201d is not one of the county's units."),
    "industry_code": (
        "行业“{value}”不是 GB/T 4754-2017 的门类、大类或行业代码。",
        "\u201c{value}\u201d is not a GB/T 4754-2017 industry section, division or code.",
    ),
    "bad_choice": ("“{value}”不是可选的值（{allowed}）。", "\u201c{value}\u201d is not one of the choices ({allowed})."),
    "phone_format": ("电话“{value}”看起来不像电话号码。", "\u201c{value}\u201d does not look like a phone number."),
    # check-db
    "check_ok": ("数据库检查通过。", "The database check passed."),
    "check_integrity": ("SQLite 完整性检查失败：{detail}", "SQLite integrity check failed: {detail}"),
    "check_foreign_keys": (
        "表 {table} 有 {count} 行引用了不存在的记录。",
        "Table {table} has {count} rows pointing at missing records.",
    ),
    "check_changelog_missing": (
        "表 {table} 有 {count} 行没有对应的变更记录。",
        "Table {table} has {count} rows without a change-log record.",
    ),
    "check_changelog_seq": (
        "本站变更记录序号不连续：应有 {expected} 条，实有 {found} 条。",
        "The station's change-log sequence has gaps: expected {expected}, found {found}.",
    ),
    "check_clock": (
        "本站时钟 {clock} 落后于已写入的变更 {latest}。",
        "The station clock {clock} is behind a written change {latest}.",
    ),
    "check_audit_chain": (
        "审计日志第 {row} 条的校验链断开。",
        "The audit trail's hash chain breaks at entry {row}.",
    ),
    "check_schema": ("结构版本：{version}", "Schema version: {version}"),
    "check_failed": ("数据库检查发现 {count} 个问题。", "The database check found {count} problems."),
    "init_done": (
        "已初始化 {name}（站点 {station}，{townships} 个乡镇）：{path}",
        "Initialised {name} (station {station}, {townships} townships): {path}",
    ),
    "demo_done": (
        "演示数据已生成：{county}，{enterprises} 家企业，{products} 个产品，{standards} 条执行标准，{plans} 个抽查计划、{samples} 个样品，{certificates} 份认证许可证书，{instruments} 台强检计量器具，{programs} 个品牌与奖项、{applications} 份申报、{brands} 条名牌登记，{payments} 笔奖励资金，用时 {seconds} 秒。",
        "Demo data written: {county}, {enterprises} enterprises, {products} products, {standards} standards, {plans} spot-check plans with {samples} samples, {certificates} certificates and licences, {instruments} instruments under compulsory verification, {programs} award programmes with {applications} applications, {brands} granted titles, {payments} reward payments in {seconds} s.",
    ),
    "backup_done": ("已备份到 {path}", "Backed up to {path}"),
    "restore_done": (
        "已从 {source} 恢复。恢复前的数据已备份到 {safety}",
        "Restored from {source}. The data before the restore is backed up at {safety}",
    ),
    "demo_replaced": (
        "原数据库已备份到 {path}，正在重新生成。",
        "The previous database is backed up at {path}; generating anew.",
    ),
    # enterprise import and export (qsupervise/documents)
    "file_type": (
        "不支持的文件类型“{ext}”（{file}）。请使用 .xlsx、.xls、.ods 或 .csv 文件。",
        "Unsupported file type \u201c{ext}\u201d ({file}). Use an .xlsx, .xls, .ods or .csv file.",
    ),
    "file_not_found": ("找不到文件：{file}", "No such file: {file}"),
    "file_too_big": (
        "文件“{file}”太大（{size}），一次最多导入 {limit}。请拆分成几个文件分别导入；数据库未作改动。",
        "The file \u201c{file}\u201d is too big ({size}); one import takes at most {limit}. Split it into several files; nothing was changed.",
    ),
    "file_too_many_rows": (
        "文件“{file}”有 {rows} 行，一次最多导入 {limit} 行。请拆分成几个文件分别导入；数据库未作改动。",
        "\u201c{file}\u201d has {rows} rows; one import takes at most {limit}. Split it into several files; nothing was changed.",
    ),
    "file_unreadable": (
        "无法读取文件“{file}”：它不是有效的电子表格，或已损坏（{detail}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入；数据库未作改动。",
        "Cannot read \u201c{file}\u201d: it is not a valid spreadsheet or it is damaged ({detail}). Open it in Excel or WPS, save it as .xlsx and import that; nothing was changed.",
    ),
    "file_password": (
        "文件“{file}”设有打开密码，无法读取。请在 Excel 或 WPS 中取消密码后另存，再导入。",
        "\u201c{file}\u201d is password-protected. Remove the password in Excel or WPS, save it and import again.",
    ),
    "file_encoding": (
        "无法识别文件“{file}”的文字编码（不是 UTF-8，也不是 GBK/GB18030）。请用 Excel 另存为“CSV UTF-8”或 .xlsx 再导入。",
        "Cannot tell the text encoding of \u201c{file}\u201d (neither UTF-8 nor GBK/GB18030). Save it from Excel as \u201cCSV UTF-8\u201d or .xlsx and import that.",
    ),
    "no_header": (
        "文件“{file}”（工作表：{sheet}）中找不到表头：文件为空，或前 10 行中没有一行含有至少两个认得的列名（如“企业名称”“统一社会信用代码”“所属乡镇”）。数据库未作改动。",
        "No header row in \u201c{file}\u201d (sheet: {sheet}): the file is empty, or none of its first 10 rows has two known column names (such as 企业名称, 统一社会信用代码, 所属乡镇). Nothing was changed.",
    ),
    "sheet_not_found": (
        "文件“{file}”中没有名为“{sheet}”的工作表（现有：{sheets}）。",
        "\u201c{file}\u201d has no sheet named \u201c{sheet}\u201d (it has: {sheets}).",
    ),
    "missing_columns": (
        "文件“{file}”缺少必需的列：{columns}。表头在第 {row} 行，现有列：{headers}。请补上这些列（或在导入时指定对应的列）；数据库未作改动。",
        "\u201c{file}\u201d lacks required columns: {columns}. The header is row {row} with: {headers}. Add the columns (or map them when importing); nothing was changed.",
    ),
    "uscc_number": (
        "统一社会信用代码“{value}”被 Excel 存成了数字，末几位已经丢失。请把这一列设为“文本”格式，重新填写代码。",
        "The credit code \u201c{value}\u201d was stored by Excel as a number and its last digits are lost. Format the column as text and type the code again.",
    ),
    "uscc_checksum_imported": (
        "统一社会信用代码校验位不符（按 GB 32100 应为 {expected}，这里是 {actual}）。已按原样导入，并注明“{reason}”；请对照营业执照核实。",
        "The credit code's check character does not match (GB 32100 gives {expected}, found {actual}). Imported as written with the note \u201c{reason}\u201d; check it against the licence.",
    ),
    "code_twice": (
        "统一社会信用代码 {code} 在文件中第 {first} 行已出现过。同一代码只能对应一家企业，本行未导入。",
        "The credit code {code} already appears in row {first} of the file. One code, one enterprise: this row was not imported.",
    ),
    "code_other_township": (
        "代码 {code} 已属于{township}的“{name}”，文件中写的是{file}。如确属迁移，请在企业档案界面中修改所属乡镇；本行未导入。",
        "The code {code} belongs to \u201c{name}\u201d in {township}, but the file says {file}. If it really moved, change its township in the registry screen; this row was not imported.",
    ),
    "duplicate_name": (
        "与第 {first} 行是同一家企业（名称、乡镇相同，且都没有统一社会信用代码），本行未导入。",
        "Same enterprise as row {first} (same name and township, neither has a credit code); this row was not imported.",
    ),
    "duplicate_row": (
        "与第 {first} 行指向同一家已有企业“{name}”，本行未导入。请合并这两行。",
        "Points at the same existing enterprise as row {first} (\u201c{name}\u201d); this row was not imported. Merge the two rows.",
    ),
    "ambiguous_name": (
        "本乡镇已有 {count} 家名为“{name}”的企业，无法判断是哪一家。请填写统一社会信用代码。",
        "The township has {count} enterprises named \u201c{name}\u201d; cannot tell which. Fill in the credit code.",
    ),
    "status_value": (
        "登记状态“{value}”认不出。可填：存续（在业）、注销、吊销、停业（歇业）。",
        "The status \u201c{value}\u201d is not recognised. Use 存续 (active), 注销 (cancelled), 吊销 (revoked) or 停业 (suspended).",
    ),
    "flag_value": (
        "“{value}”不是“是/否”，这一项未导入。",
        "\u201c{value}\u201d is not yes/no; this cell was not imported.",
    ),
    "masked_value": (
        "“{value}”是打码后的值，这一项未导入（原有内容保持不变）。",
        "\u201c{value}\u201d is a masked value; this cell was not imported (the stored value is kept).",
    ),
    "import_reading": ("正在读取 {file}", "Reading {file}"),
    "import_checking": ("正在检查第 {done} / {total} 行", "Checking row {done} of {total}"),
    "import_planning": ("正在比对已有企业", "Comparing with existing enterprises"),
    "import_done_short": ("导入完成", "Import finished"),
    "import_summary": (
        "{file}：共 {rows} 行；新增 {created}，更新 {updated}，未变 {unchanged}；有警告 {warnings} 行，有错误 {errors} 行（未导入）。",
        "{file}: {rows} rows; {created} created, {updated} updated, {unchanged} unchanged; {warnings} with warnings, {errors} with errors (not imported).",
    ),
    "import_dry_run": ("这是试运行，数据库未作任何改动。", "This was a dry run; nothing was changed."),
    "import_skipped": ("有警告的 {count} 行已按要求跳过。", "{count} rows with warnings were skipped as asked."),
    "import_backup": ("导入前已备份到 {path}", "Backed up before the import to {path}"),
    "import_problem": ("第 {row} 行【{column}】{severity}：{message}", "Row {row} [{column}] {severity}: {message}"),
    "severity_error": ("错误", "error"),
    "severity_warning": ("警告", "warning"),
    "import_more": (
        "……另有 {count} 个问题未列出。加 --errors 文件名.xlsx 可导出全部问题行。",
        "… {count} more problems not shown. Add --errors FILE.xlsx to get every problem row.",
    ),
    "import_errors_written": (
        "问题行已写入 {path}：改正后可直接重新导入。",
        "The problem rows are in {path}: fix them and import that file as it is.",
    ),
    "output_unwritable": (
        "无法写入文件“{path}”（{detail}）。如果它正在 Excel 或 WPS 中打开，请先关闭；或换一个位置保存。",
        "Cannot write \u201c{path}\u201d ({detail}). If it is open in Excel or WPS, close it; or save somewhere else.",
    ),
    "export_done": ("已导出 {count} 家企业到 {path}", "Exported {count} enterprises to {path}"),
}



def _merge_areas() -> None:
    from qsupervise.texts import (
        audit,
        awards,
        certification_reminders,
        certifications,
        credit,
        instruments,
        letter_forms,
        letters,
        reward_fund,
        server,
        spotcheck_forms,
        spotcheck_tables,
        spotchecks,
        standards,
        storage,
        sync,
        users,
    )

    areas = (
        audit,
        users,
        spotchecks, spotcheck_tables, spotcheck_forms, certifications, certification_reminders, credit, instruments,
        awards, reward_fund, letters, letter_forms, standards,
        storage, sync, server,
    )
    for area in areas:
        clash = CATALOGUE.keys() & area.MESSAGES.keys()
        if clash:
            raise RuntimeError(f"message codes defined twice: {sorted(clash)}")
        CATALOGUE.update(area.MESSAGES)


_merge_areas()


def text(code: str, lang: str = "zh", /, **params: Any) -> str:
    """The message for ``code`` in ``lang`` ("zh" or "en"), filled with ``params``."""
    pair = CATALOGUE.get(code)
    if pair is None:
        return code if not params else f"{code}: {params}"
    template = pair[1] if lang.startswith("en") else pair[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
