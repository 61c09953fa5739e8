"""Messages about a database on a PostgreSQL server (the county hub) and moving a file onto one."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "db_server_unreachable": (
        "无法连接数据库服务器 {url}（{detail}）。请检查地址、端口、数据库名和网络，以及服务器是否在运行。",
        "Cannot connect to the database server {url} ({detail}). Check the address, port, database name and "
        "network, and that the server is running.",
    ),
    "db_server_auth": (
        "数据库服务器 {url} 拒绝了登录：用户名或密码不对。密码可写在 URL 里，或按 PostgreSQL 的惯例放在环境变量 "
        "PGPASSWORD 或 ~/.pgpass 文件中；本程序不保存密码。",
        "The database server {url} refused the sign-in: wrong user name or password. Give the password in the URL, "
        "or as PostgreSQL tools take it from PGPASSWORD or ~/.pgpass; this program never stores it.",
    ),
    "db_server_empty": (
        "服务器上的数据库 {url} 还是空的。请先用 init（或 migrate-store 把现有的县级数据库搬上去）。",
        "The database {url} on the server is empty. Run init first (or migrate-store to move an existing county "
        "database there).",
    ),
    "db_server_no_file": (
        "{url} 是服务器上的数据库，没有可以直接复制或检查的文件；这项操作只适用于数据库文件。",
        "{url} is a database on a server: there is no file to copy or check directly; this works on database files "
        "only.",
    ),
    "db_write_conflict": (
        "另一位用户正在同时修改相同的数据，本次操作未保存，数据保持原样。请重试。",
        "Another user was changing the same data at the same moment; nothing was saved. Please try again.",
    ),
    "record_changed": (
        "{what}在您打开后已被{who}修改（{fields}），您的修改未保存。请看过对方的改动后再决定。",
        "{what} was changed by {who} after you opened it ({fields}); your changes were not saved. Look at their "
        "changes, then decide.",
    ),
    "record_not_found": (
        "要保存的记录已不存在（{ref}），可能已被他人删除；您的修改未保存。",
        "The record you are saving no longer exists ({ref}); someone may have deleted it. Your changes were not "
        "saved.",
    ),
    "backup_no_pg_dump": (
        "服务器数据库 {url} 备份成 .dump 文件需要 PostgreSQL 的 pg_dump 程序，但本机没有找到它。请安装 PostgreSQL "
        "客户端，或把备份文件名写成以 .db 结尾（本程序导出的 SQLite 副本），或不指定文件名（自动选择）。",
        "Backing up the server database {url} as a .dump file needs PostgreSQL's pg_dump, which is not installed "
        "here. Install the PostgreSQL client tools, or name the backup file ….db (this program's own SQLite copy), "
        "or name no file (chosen automatically).",
    ),
    "backup_pg_dump_failed": (
        "pg_dump 备份 {url} 失败：{detail}",
        "pg_dump could not back up {url}: {detail}",
    ),
    "restore_on_server": (
        "服务器数据库 {url} 不能在这里整体恢复：.dump 备份由服务器管理员用 pg_restore 恢复；.db 副本用 "
        "migrate-store --from 副本文件 --to 一个空的服务器数据库 恢复。",
        "The server database {url} cannot be restored from here as a whole: its administrator restores a .dump "
        "backup with pg_restore; a .db copy goes onto an empty server database with migrate-store --from COPY "
        "--to URL.",
    ),
    "migrate_store_not_file": (
        "--from 必须是一个数据库文件（.db），--to 必须是 postgresql:// 开头的服务器地址。",
        "--from must be a database file (.db) and --to a server URL starting with postgresql://.",
    ),
    "migrate_store_target_not_empty": (
        "目标数据库 {url} 不是空的（已有 {tables} 张表），未做任何改动。请换一个新建的空数据库。",
        "The target database {url} is not empty ({tables} tables); nothing was changed. Use a newly created, "
        "empty database.",
    ),
    "migrate_store_counts_differ": (
        "搬迁后行数不一致：表 {table} 源 {source} 行，目标 {target} 行。已全部撤销，目标数据库保持为空。",
        "Row counts differ after the move: table {table} has {source} rows in the source and {target} in the "
        "target. Everything was rolled back; the target is empty again.",
    ),
    "migrate_store_done": (
        "已把 {source} 搬到 {url}：{tables} 张表，共 {rows} 行，每张表的行数都已核对一致。",
        "Moved {source} to {url}: {tables} tables, {rows} rows; every table's row count checked equal.",
    ),
}
