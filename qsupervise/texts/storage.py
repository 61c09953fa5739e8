"""Messages about where the database lives, who has it open, and its backups."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "db_in_use": (
        "数据库 {path} 正由另一个程序使用（用户 {user}，计算机 {host}，进程 {pid}，自 {since} 起）。"
        "同一个数据库文件一次只能由一个窗口或命令打开，以免互相覆盖：请先关闭那个窗口或等命令结束再试。"
        "需要多人同时使用时，请改用县级数据中心。",
        "The database {path} is in use by another program (user {user}, computer {host}, process {pid}, "
        "since {since}). One database file can be open in one window or command at a time, so that nobody "
        "overwrites anyone: close that window or wait for the command to finish, then try again. For several "
        "users at once, use the county data hub.",
    ),
    "backup_unverified": (
        "备份副本 {path} 未通过完整性检查（{detail}），已删除；当前数据库未作改动。"
        "请检查备份所在磁盘后重试，或把备份存到别的磁盘。",
        "The backup copy {path} failed the integrity check ({detail}) and was deleted; the database was not "
        "changed. Check the disk the backups are on and try again, or back up to another disk.",
    ),
    "storage_network": (
        "数据库 {path} 位于网络共享文件夹上。网络文件夹的文件锁和写入顺序都不可靠，断网或两人同时打开时数据库可能损坏。"
        "请把它移到本机磁盘（例如“文档”）再打开；多人共用请改用县级数据中心。",
        "The database {path} is on a network share. File locks and write ordering on network folders are "
        "unreliable: a dropped connection or two people opening it can damage the database. Move it to a local "
        "disk (e.g. Documents) and open it there; for several users use the county data hub.",
    ),
    "storage_removable": (
        "数据库 {path} 位于 U 盘或移动硬盘上。写入时拔出或松动会损坏数据库，丢失后数据也随之外泄。"
        "请把它复制到本机磁盘再使用；U 盘只用来存放备份或转移文件，关闭程序后再拔出。",
        "The database {path} is on a removable drive. Pulling it out or a loose connection during a write "
        "damages the database, and a lost stick loses the data to whoever finds it. Copy it to a local disk "
        "and work there; use the stick only for backups or carrying files, and unplug it after closing the program.",
    ),
    "storage_cloud": (
        "数据库 {path} 位于云同步文件夹（{service}）中。同步程序会在写入过程中复制文件、也可能用旧副本覆盖它，"
        "造成数据丢失或损坏。请把数据库移到不同步的本机文件夹；需要异地保存时同步 backups 文件夹里的备份即可。",
        "The database {path} is inside a cloud-sync folder ({service}). The sync client copies the file while it "
        "is being written and may put an older copy back, losing or damaging data. Move the database to a local "
        "folder that is not synced; to keep copies elsewhere, sync the backups folder instead.",
    ),
}
