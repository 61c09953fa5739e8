"""Messages about station keys and sync packages (.qsp)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "station_key_missing": (
        "找不到本站点（{station}）的私钥文件：{path}。私钥只保存在本机，不随数据库复制；"
        "请在原来的电脑上导出同步包，或请县级管理员为本站点重新登记。",
        "The private key file of this station ({station}) is missing: {path}. The key stays on this computer "
        "and is not copied with the database; export from the original computer, or ask the county to enrol "
        "this station again.",
    ),
    "station_key_bad": (
        "站点私钥文件 {path} 无法使用（{detail}）。请从备份恢复该文件，或请县级管理员为本站点重新登记。",
        "The station key file {path} cannot be used ({detail}). Restore it from a backup, or ask the county "
        "to enrol this station again.",
    ),
    "station_key_exists": (
        "站点私钥文件 {path} 已存在，未覆盖。如确需更换密钥，请先由县级管理员重新登记本站点。",
        "The station key file {path} exists already and was not overwritten. To change the key, have the "
        "county enrol this station again first.",
    ),
    "station_public_key_bad": (
        "站点公钥格式不对（{detail}）：应为登记文件中的一行 Base64 文字。请重新复制，或改用登记文件。",
        "The station public key is malformed ({detail}): it is one line of base64 from the enrolment file. "
        "Copy it again, or use the enrolment file.",
    ),
    "package_too_big": (
        "同步包 {path} 太大（{size} 字节，上限 {limit} 字节），未导入。请确认选对了文件；数据库未作改动。",
        "The sync package {path} is too big ({size} bytes, limit {limit}); it was not imported. Check that "
        "this is the right file; nothing was changed.",
    ),
    "package_not_qsp": (
        "{path} 不是质量监管工作台的同步包（.qsp）。请选择由“导出同步包”生成的文件。",
        "{path} is not a QSupervise sync package (.qsp). Choose a file written by \u201cexport sync package\u201d.",
    ),
    "package_truncated": (
        "同步包 {path} 不完整（{part}处被截断），可能复制未完成或 U 盘有问题。请在导出端重新导出并复制；数据库未作改动。",
        "The sync package {path} is incomplete (cut off in the {part}): the copy did not finish or the USB "
        "stick is faulty. Export and copy it again; nothing was changed.",
    ),
    "package_format_newer": (
        "同步包 {path} 由更新版本的程序生成（格式 {found}，本程序支持 {supported}），请升级程序后再导入；数据库未作改动。",
        "The sync package {path} was written by a newer version of the program (format {found}; this one "
        "reads {supported}). Upgrade the program, then import it; nothing was changed.",
    ),
    "package_format_old": (
        "同步包 {path} 的格式 {found} 过旧，本程序支持 {supported}。请用当前版本的程序重新导出；数据库未作改动。",
        "The sync package {path} has the old format {found}; this program reads {supported}. Export it again "
        "with the current version; nothing was changed.",
    ),
    "package_manifest_bad": (
        "同步包 {path} 的清单无法识别（{detail}），可能在传输中损坏。请重新导出；数据库未作改动。",
        "The manifest of the sync package {path} cannot be read ({detail}); it may have been damaged on the "
        "way. Export it again; nothing was changed.",
    ),
    "package_station_unknown": (
        "同步包 {path} 来自未登记的站点（{station}），未导入。请先在“站点”中登记该乡镇，或确认文件来源。",
        "The sync package {path} comes from a station that is not enrolled ({station}); it was not imported. "
        "Enrol that township first, or check where the file came from.",
    ),
    "package_station_revoked": (
        "同步包 {path} 来自已停用的站点（{station}，停用于 {since}），按规定拒收。如该站点已恢复，请重新登记后再导出。",
        "The sync package {path} comes from a revoked station ({station}, revoked {since}) and is refused. "
        "If the station is back in service, enrol it again and export anew.",
    ),
    "package_forged": (
        "同步包 {path} 签名不符，可能被篡改，已拒收；数据库未作改动。请让导出端重新导出，并核对文件来源。",
        "The signature of the sync package {path} does not match: it may have been tampered with and was "
        "refused; nothing was changed. Have it exported again and check where the file came from.",
    ),
    "package_corrupt": (
        "同步包 {path} 在传输中损坏（{detail}，可能是 U 盘问题），请重新导出；数据库未作改动。",
        "The sync package {path} was damaged on the way ({detail}; possibly the USB stick). Export it again; "
        "nothing was changed.",
    ),
    "package_unreadable": (
        "无法读取同步包 {path}（{detail}）。请检查 U 盘是否插好，或把文件复制到本机后再导入。",
        "Cannot read the sync package {path} ({detail}). Check the USB stick, or copy the file to this "
        "computer and import it from there.",
    ),
    "package_write_unverified": (
        "同步包 {path} 写入后读回不一致，已删除：这个 U 盘可能有问题（例如虚标容量）。请换一个 U 盘或先保存到本机再复制。",
        "The sync package {path} read back differently from what was written and was deleted: the USB stick "
        "may be faulty (for example fake capacity). Use another stick, or save to this computer first.",
    ),
    "station_no_local": (
        "数据库中没有本站点记录，请先用 init 初始化。",
        "The database has no local station; set it up with init first.",
    ),
    "station_add_not_county": (
        "只有县级安装才能登记乡镇站点。请在县级电脑上执行 station add。",
        "Only a county installation enrols township stations. Run station add on the county's computer.",
    ),
    "station_exists": (
        "{name} 已登记为站点（{station}），未重复登记。如该乡镇电脑丢失，请先 station revoke 停用，再重新登记。",
        "{name} is enrolled already (station {station}) and was not enrolled twice. If its laptop was lost, "
        "revoke it first (station revoke), then enrol it again.",
    ),
    "station_not_found": (
        "找不到站点“{ref}”。请用 station list 查看站点名称或代码。",
        "No station \u201c{ref}\u201d. See station list for the names and codes.",
    ),
    "station_revoke_local": (
        "不能停用本站点自身。",
        "The local station cannot revoke itself.",
    ),
    "station_already_revoked": (
        "站点 {name} 已于 {since} 停用，未作改动。",
        "The station {name} was revoked already ({since}); nothing was changed.",
    ),
    "station_added": (
        "已登记站点 {name}（代码 {code}，指纹 {fingerprint}），登记文件：{path}。该文件含乡镇私钥，"
        "请仅用 U 盘交给乡镇一次，乡镇初始化后删除；县级公钥指纹 {county_fingerprint}，请电话核对。",
        "Enrolled the station {name} (code {code}, fingerprint {fingerprint}); enrolment file: {path}. It holds "
        "the township's private key: hand it over once on a USB stick and delete it once the township is set "
        "up. County key fingerprint {county_fingerprint}: read it out over the phone to compare.",
    ),
    "station_revoked": (
        "已停用站点 {name}（{code}）：此后来自该站点的同步包一律拒收。",
        "Revoked the station {name} ({code}): its packages are refused from now on.",
    ),
    "station_private_key_notice": (
        "登记文件含乡镇私钥：仅用 U 盘交给乡镇一次，初始化后删除。",
        "The enrolment file holds the township's private key: hand it over once on a USB stick and delete it "
        "after set-up.",
    ),
    "enroll_bad": (
        "登记文件 {path} 无法识别（{detail}）。请使用县级 station add 生成的 .enroll 文件。",
        "The enrolment file {path} cannot be read ({detail}). Use the .enroll file written by the county's "
        "station add.",
    ),
    "enroll_forged": (
        "登记文件 {path} 签名不符，可能被改动过，已拒绝；未建立数据库。请向县级重新索取登记文件。",
        "The signature of the enrolment file {path} does not match: it may have been changed and was refused; "
        "no database was set up. Ask the county for a new enrolment file.",
    ),
    "enroll_role": (
        "使用登记文件（--enroll）时只能初始化乡镇站点（--role township）。",
        "An enrolment file (--enroll) sets up a township station only (--role township).",
    ),
    "init_name_missing": (
        "请用 --name 给出县或乡镇名称（乡镇也可以用 --enroll 登记文件）。",
        "Give the county or township name with --name (a township may use --enroll FILE instead).",
    ),
    "init_enrolled": (
        "已按登记文件初始化乡镇站点 {name}（{station}），所属 {county}；县级公钥指纹 {county_fingerprint}，"
        "请与县级核对。数据库：{path}。请删除 U 盘上的登记文件。",
        "Set up the township station {name} ({station}) under {county} from the enrolment file; county key "
        "fingerprint {county_fingerprint}: compare it with the county. Database: {path}. Delete the enrolment "
        "file from the USB stick.",
    ),
    "package_no_county": (
        "本站点没有登记县级站点，无法导出上报包。请用县级发放的登记文件初始化（init --role township --enroll）。",
        "This station has no county station enrolled, so it cannot export for the county. Set it up from the "
        "county's enrolment file (init --role township --enroll).",
    ),
    "package_station_needed": (
        "县级导出的是某个乡镇的回执下发包：请用 --station 指定乡镇（名称、代码或 id）。",
        "At the county a package is the return package of one township: name it with --station (name, code or "
        "id).",
    ),
    "package_station_only_county": (
        "--station 只在县级使用（为该乡镇写回执下发包）；乡镇导出的上报包总是发给县级。",
        "--station is for the county (the township whose return package to write); a township's package always "
        "goes to the county.",
    ),
    "package_station_not_township": (
        "{name} 不是乡镇站点，无法为它写回执下发包。",
        "{name} is not a township station; there is no return package to write for it.",
    ),
    "package_station_revoked_export": (
        "站点 {name} 已停用，不再为它写回执下发包。",
        "The station {name} is revoked; no return package is written for it.",
    ),
    "package_replay_forged": (
        "同步包 {path} 的编号 {package} 已导入过，但文件内容不同：疑似伪造或被改动，已拒收；数据库未作改动。",
        "The sync package {path} has the id {package} of a package imported before, but other bytes: it looks "
        "forged or altered and was refused; nothing was changed.",
    ),
    "package_own": (
        "同步包 {path} 是本站点自己导出的，不能导回本站点；数据库未作改动。",
        "The sync package {path} was exported by this station itself and cannot be imported here; nothing was "
        "changed.",
    ),
    "package_schema_newer": (
        "同步包 {path} 来自数据结构更新的程序版本（{found}，本程序 {known}）。请先升级本程序再导入；数据库未作改动。",
        "The sync package {path} comes from a newer version of the program (schema {found}, this one {known}). "
        "Upgrade this program, then import it; nothing was changed.",
    ),
    "package_wrong_direction": (
        "同步包 {path} 方向不对：县级导入乡镇上报包，乡镇导入县级回执下发包；数据库未作改动。",
        "The sync package {path} goes the other way: the county imports townships' packages, a township imports "
        "the county's return package; nothing was changed.",
    ),
    "package_not_for_us": (
        "回执下发包 {path} 是发给其他乡镇的，不是本站点的；数据库未作改动。请向县级索取本乡镇的下发包。",
        "The return package {path} is for another township, not this station; nothing was changed. Ask the "
        "county for this township's package.",
    ),
    "package_exported": (
        "已导出同步包 {path}：{changes} 条变更（{counts}），{size} 字节，已回读核对。",
        "Exported the sync package {path}: {changes} changes ({counts}), {size} bytes, read back and checked.",
    ),
    "package_line_refused": (
        "{file}：拒收。{error}",
        "{file}: refused. {error}",
    ),
    "package_line_already": (
        "{file}（{station}）：已导入过，无改动。",
        "{file} ({station}): already imported; nothing changed.",
    ),
    "package_line_done": (
        "{file}（{station}）：已导入。新增 {created}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}，错误 {errors}",
        "{file} ({station}): imported. Created {created}, updated {updated}, unchanged {unchanged}, conflicts "
        "{conflicts}, errors {errors}",
    ),
    "package_line_dry": (
        "{file}（{station}）：试导入（未写入）。将新增 {created}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}，"
        "错误 {errors}",
        "{file} ({station}): dry run (nothing written). Would create {created}, update {updated}, leave "
        "{unchanged} unchanged; conflicts {conflicts}, errors {errors}",
    ),
    "package_line_held": (
        "{held} 条变更时间戳超前本机一天以上，已暂存待核对",
        "{held} changes stamped more than a day ahead of this computer are held for review",
    ),
    "package_line_pending": (
        "{pending} 条记录等待其关联记录到达",
        "{pending} rows wait for rows they point at",
    ),
    "package_line_gaps": (
        "缺 {station} 的序号 {gaps}",
        "missing seq {gaps} from {station}",
    ),
    "sync_table_unknown": (
        "没有同步表 {table}。",
        "There is no synchronised table {table}.",
    ),
    "sync_field_unknown": (
        "{table} 没有可处理冲突的字段 {field}。",
        "{table} has no field {field} whose conflict could be settled.",
    ),
    "sync_row_missing": (
        "{table} 中找不到记录 {row}（可能已被删除）。",
        "The record {row} is not in {table} (it may have been deleted).",
    ),
    "sync_merge_same": (
        "保留的企业和要合并的企业是同一家，请选择另一家。",
        "The enterprise to keep and the one to merge are the same; choose another.",
    ),
    "county_summary_done": (
        "已导出县级汇总表 {path}：{townships} 个乡镇；本月已上报 {reported}/{enrolled} 个登记站点。",
        "Exported the county summary {path}: {townships} townships; {reported} of {enrolled} enrolled stations "
        "reported this month.",
    ),
    "package_seq_behind": (
        "对方已持有本站序号至 {held} 的变更，而本站只发出到 {ours}：本数据库可能从较旧的备份恢复过。已把本站序号移到 {held} 之后，"
        "避免重复。恢复前本站做的、对方已有而本站丢失的修改不会自动找回；恢复后到现在本站做的修改若占用了这些序号，"
        "不会送达对方，请核对后重新录入。",
        "The other station holds this station's changes up to seq {held}, but this one has issued only up to {ours}: "
        "this database may have been restored from an older backup. This station's seq now continues after {held} "
        "so none is used twice. Changes made here before the restore that the other station has and this one lost "
        "are not brought back by themselves; changes made here since the restore that took those seqs do not reach "
        "the other station: check them and enter them again.",
    ),
}
