"""Messages of certificates and licences, their ledger import/export, expiry watch and reward payments."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # fields, as forms and messages name them
    "cert_field_holder": ("持证企业", "holder"),
    "cert_field_kind": ("证书类型", "certificate type"),
    "cert_field_number": ("证书编号", "certificate number"),
    "cert_field_number_note": ("编号说明", "note on the number"),
    "cert_field_issuer": ("发证机构", "issuer"),
    "cert_field_scope": ("认证范围", "scope"),
    "cert_field_source": ("来源", "source"),
    # checking a certificate
    "certificate_type": (
        "证书类型“{value}”认不出：请写明 ISO9001、ISO14001、ISO45001、CCC、食品生产许可证（SC）、工业产品生产许可证（XK）、绿色食品、有机产品、无公害农产品、GAP、地理标志、计量检测体系确认或“其他”，一行只写一种。",
        "The certificate type \u201c{value}\u201d is not recognised: write ISO9001, ISO14001, ISO45001, CCC, 食品生产许可证 (SC), 工业产品生产许可证 (XK), 绿色食品, 有机产品, 无公害农产品, GAP, 地理标志, 计量检测体系确认 or 其他, one per row.",
    ),
    "cert_status": (
        "证书状态“{value}”认不出：应为有效、暂停、撤销或注销（“过期”由有效期自动判断，不用填）。",
        "The certificate status \u201c{value}\u201d is not recognised: use valid (有效), suspended (暂停), revoked (撤销) or cancelled (注销); \u201cexpired\u201d follows from the expiry date.",
    ),
    "cert_text_too_long": (
        "“{field}”有 {length} 个字，超过上限 {limit} 个字，请删减。",
        "The {field} has {length} characters, more than the limit of {limit}; shorten it.",
    ),
    "cert_number_no_digit": (
        "证书编号“{value}”中没有数字，不像证书编号。请对照证书原件核实；确认无误时在“编号说明”中注明原因后保留。",
        "The certificate number \u201c{value}\u201d has no digit and does not look like one. Check it against the certificate; to keep it, say why in the note on the number.",
    ),
    "cert_number_ccc": (
        "CCC 证书编号应为 16 位数字（年份 4 位 + 认证机构 2 位 + 产品类别 4 位 + 流水号 6 位），“{value}”是 {length} 个字符。请对照证书原件核实。",
        "A CCC certificate number has 16 digits (year 4, body 2, product category 4, sequence 6); \u201c{value}\u201d has {length} characters. Check it against the certificate.",
    ),
    "cert_number_ccc_year": (
        "CCC 证书编号“{value}”前 4 位应是发证年份，“{year}”不像年份。请对照证书原件核实。",
        "The first 4 digits of the CCC number \u201c{value}\u201d are the year of issue; \u201c{year}\u201d is not a plausible year. Check it against the certificate.",
    ),
    "cert_number_sc": (
        "食品生产许可证编号应为“SC”加 14 位数字，第 1 位是 1（食品）或 2（食品添加剂），例如 SC10642010100012；“{value}”不符合。请对照许可证原件核实。",
        "A food production licence number is \u201cSC\u201d and 14 digits, the first 1 (food) or 2 (additives), e.g. SC10642010100012; \u201c{value}\u201d is not. Check it against the licence.",
    ),
    "cert_number_sc_province": (
        "食品生产许可证编号“{value}”第 4–5 位数字应是省级行政区划代码，“{province}”不是。请对照许可证原件核实。",
        "Digits 4–5 of the food production licence number \u201c{value}\u201d are a province code; \u201c{province}\u201d is not one. Check it against the licence.",
    ),
    "cert_number_xk": (
        "工业产品生产许可证编号通常写成 XK13-001-00001（省级发证的前面加省份简称，如“(鲁)XK13-001-00001”）；“{value}”不完全符合。请对照许可证原件核实。",
        "Industrial production licence numbers are usually written XK13-001-00001 (a provincial one starts with the province, e.g. (鲁)XK13-001-00001); \u201c{value}\u201d differs. Check it against the licence.",
    ),
    "cert_number_xk_prefix": (
        "工业产品生产许可证编号应含“XK”，例如 XK13-001-00001；“{value}”没有。请对照许可证原件核实，或检查证书类型是否选对。",
        "Industrial production licence numbers contain \u201cXK\u201d, e.g. XK13-001-00001; \u201c{value}\u201d does not. Check it against the licence, or check the certificate type.",
    ),
    "cert_number_note_needed": (
        "证书编号与该类证书的格式不符；核对原件无误后，请在“编号说明”中注明保留理由（例如“已核对证书原件”）。",
        "The number does not match its certificate type's format; once checked against the original, give a reason to keep it in the note on the number (e.g. \u201cchecked against the certificate\u201d).",
    ),
    "cert_dates_order": (
        "有效期至 {expires} 早于发证日期 {issued}，请检查两个日期。",
        "The expiry date {expires} is before the date of issue {issued}; check both dates.",
    ),
    "cert_unknown": ("找不到这份证书（{id}），可能已被删除。", "No such certificate ({id}); it may have been deleted."),
    "cert_holder_unknown": (
        "持证企业不在企业档案中（或已停用）。请先在企业档案中登记该企业。",
        "The holder is not in the enterprise registry (or is deactivated). Register the enterprise first.",
    ),
    "cert_product": (
        "所选产品不属于持证企业，请重新选择产品或留空。",
        "The chosen product does not belong to the holder; choose another product or leave it empty.",
    ),
    "attachment_unknown": (
        "附件（{id}）在数据库中找不到，请重新添加扫描件。",
        "The attachment ({id}) is not in the database; attach the scan again.",
    ),
    "cert_duplicate_number": (
        "{kind}编号 {number} 已经登记过，同一编号只能登记一次。请在列表中搜索该编号，修改已有的那份证书。",
        "The {kind} number {number} is already recorded; one number, one certificate. Search the list for it and edit that certificate.",
    ),
    "cert_restore_taken": (
        "不能恢复：编号 {number} 已被另一份证书使用（{other}）。",
        "Cannot restore: the number {number} is used by another certificate ({other}).",
    ),
    # reward payments
    "cert_not_reward_eligible": (
        "证书 {number} 没有标记为“可获奖励”，不能登记奖励资金。请先在证书中勾选“可获奖励”。",
        "The certificate {number} is not marked as eligible for a reward; mark it first, then record the payment.",
    ),
    "payment_amount": (
        "奖励金额“{value}”不对：应为大于 0 的金额（以分计的整数）。",
        "The amount \u201c{value}\u201d is wrong: it must be more than 0 (whole 分).",
    ),
    "payment_fund_year": (
        "资金年度“{value}”不对：应为四位年份，例如 2026。",
        "The fund year \u201c{value}\u201d is wrong: use a four-digit year, e.g. 2026.",
    ),
    "payment_unknown": ("找不到这笔奖励资金记录（{id}）。", "No such reward payment ({id})."),
    # scans
    "attachment_too_big": (
        "文件“{file}”有 {size}，超过附件上限 {limit}。请降低扫描分辨率或压缩后再添加。",
        "The file \u201c{file}\u201d is {size}, more than the attachment limit of {limit}. Scan at a lower resolution or compress it, then attach it again.",
    ),
    "attachment_empty": ("文件“{file}”是空的，没有可保存的内容。", "The file \u201c{file}\u201d is empty; there is nothing to keep."),
    "attachment_type": (
        "文件“{file}”不是 PDF 或图片（JPG、PNG、TIFF、BMP、GIF、WebP），不能作为证书扫描件。",
        "The file \u201c{file}\u201d is not a PDF or an image (JPG, PNG, TIFF, BMP, GIF, WebP) and cannot be kept as a scan.",
    ),
    "attachment_unreadable": (
        "读不了文件“{file}”：{detail}",
        "Cannot read the file \u201c{file}\u201d: {detail}",
    ),
    # the ledger import and export
    "cert_no_header": (
        "文件“{file}”（工作表：{sheet}）中找不到证书清单的表头：文件为空，或前 10 行中没有一行含有至少两个认得的列名（如“企业名称”“证书类型”“证书编号”“有效期至”）。数据库未作改动。",
        "No certificate-list header in \u201c{file}\u201d (sheet: {sheet}): the file is empty, or none of its first 10 rows has two known column names (such as 企业名称, 证书类型, 证书编号, 有效期至). Nothing was changed.",
    ),
    "cert_holder_label": ("企业名称或统一社会信用代码", "企业名称 or 统一社会信用代码"),
    "cert_import_planning": ("正在关联企业档案、比对已有证书", "Linking holders and comparing with stored certificates"),
    "cert_no_holder": (
        "企业名称和统一社会信用代码都为空，不知道证书属于哪家企业。本行未导入。",
        "Both the holder's name and credit code are empty, so the certificate belongs to no one. This row was not imported.",
    ),
    "cert_number_too_long": (
        "证书编号有 {length} 个字符，超过上限 {limit}，像是把几项内容填在了一格里。本行未导入。",
        "The certificate number has {length} characters, more than the limit of {limit}; the cell seems to hold more than a number. This row was not imported.",
    ),
    "cert_issued_unread": (
        "发证日期“{value}”认不出（可写 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日），按空白记录。",
        "The date of issue \u201c{value}\u201d is not recognised (write 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日); it is left empty.",
    ),
    "cert_expiry_unread": (
        "有效期至“{value}”认不出：请写成 2027-03-04、2027/3/4 或 2027年3月4日（没有期限的写“长期”）。到期提醒要靠这个日期，本行未导入。",
        "The expiry date \u201c{value}\u201d is not recognised: write 2027-03-04, 2027/3/4 or 2027年3月4日 (长期 for none). Expiry alerts depend on it, so this row was not imported.",
    ),
    "cert_reward_unread": (
        "“可获奖励”一栏的“{value}”认不出（应为“是”或“否”），未作改动。",
        "\u201c{value}\u201d in the reward column is not recognised (use 是 or 否); left unchanged.",
    ),
    "cert_duplicate_row": (
        "与第 {first} 行是同一份证书（证书类型和编号相同；没有编号时为企业、类型和发证日期相同），本行未导入。",
        "The same certificate as row {first} (same type and number, or, without a number, same holder, type and date of issue); this row was not imported.",
    ),
    "cert_number_other_holder": (
        "证书编号 {number} 已登记在“{holder}”名下，与本行的企业不同。请核对企业名称或证书编号；本行未导入。",
        "The certificate number {number} is recorded for \u201c{holder}\u201d, not for this row's holder. Check the name or the number; this row was not imported.",
    ),
    "cert_code_mismatch": (
        "按名称关联到“{name}”，但表中的统一社会信用代码 {given} 与企业档案中的 {stored} 不同。已按名称导入，请核对代码。",
        "Linked by name to \u201c{name}\u201d, but the credit code {given} differs from the registry's {stored}. Imported by name; check the code.",
    ),
    "cert_unlinked": (
        "持证企业“{name}”（统一社会信用代码：{code}）在企业档案中找不到。证书必须属于已登记的企业：请先在企业档案中登记该企业，再重新导入本行。",
        "The holder \u201c{name}\u201d (credit code: {code}) is not in the enterprise registry. A certificate must belong to a registered enterprise: register it first, then import this row again.",
    ),
    "cert_unlinked_ambiguous": (
        "企业档案中有 {count} 家名为“{name}”的企业，无法判断证书属于哪一家。请在表中填写统一社会信用代码（或所属乡镇）后重新导入。本行未导入。",
        "The registry has {count} enterprises named \u201c{name}\u201d; cannot tell which holds the certificate. Add the credit code (or the township) and import again. This row was not imported.",
    ),
    "cert_export_done": ("已导出 {count} 份证书到 {path}", "Exported {count} certificates to {path}"),
    "cert_number_lost": (
        "证书编号“{value}”被 Excel 存成了数字，末几位已经丢失。请把这一列设为“文本”格式，按证书原件重新填写编号。本行未导入。",
        "The certificate number \u201c{value}\u201d was stored by Excel as a number and lost its last digits. Format the column as text and type the number again from the certificate. This row was not imported.",
    ),
}
