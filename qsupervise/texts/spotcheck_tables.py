"""Messages of importing and exporting published spot-check tables."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "spotcheck_no_header": (
        "文件“{file}”（工作表：{sheet}）中找不到抽查结果表的表头：文件为空，或前 10 行中没有一行含有至少两个认得的列名（如“被抽样单位”“产品名称”“检验结论”）。数据库未作改动。",
        "No spot-check table header in \u201c{file}\u201d (sheet: {sheet}): the file is empty, or none of its first 10 rows has two known column names (such as 被抽样单位, 产品名称, 检验结论). Nothing was changed.",
    ),
    "spotcheck_party_label": ("被抽样单位或标称生产者", "被抽样单位 or 标称生产者"),
    "spotcheck_no_party": (
        "“被抽样单位”和“标称生产者”都为空，至少要填一个。本行未导入。",
        "Both the sampled unit and the labelled producer are empty; at least one is needed. This row was not imported.",
    ),
    "verdict_unknown": (
        "检验结论“{value}”认不出：应写明合格、不合格或严重不合格（也认得 P/F、符合/不符合）。本行未导入。",
        "The verdict \u201c{value}\u201d is not recognised: write 合格, 不合格 or 严重不合格 (P/F and 符合/不符合 are read too). This row was not imported.",
    ),
    "spotcheck_date_unread": (
        "抽样日期“{value}”认不出（可写 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日），日期按空白记录。",
        "The sampling date \u201c{value}\u201d is not recognised (write 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日); the date is left empty.",
    ),
    "spotcheck_uscc_unusable": (
        "统一社会信用代码“{value}”有误：{reason}没有用它关联企业档案。",
        "The credit code \u201c{value}\u201d is wrong: {reason} It was not used to link the enterprise.",
    ),
    "spotcheck_uscc_checksum": (
        "统一社会信用代码“{value}”校验位不符（按 GB 32100 应为 {expected}，这里是 {actual}），企业档案中也没有这个代码。已按原样记录，请对照公告原文核实。",
        "The credit code \u201c{value}\u201d fails its check (GB 32100 gives {expected}, found {actual}) and no registered enterprise has it. Recorded as written; check it against the published table.",
    ),
    "spotcheck_uscc_number": (
        "统一社会信用代码“{value}”被 Excel 存成了数字，末几位已经丢失，未记录这个代码。请把这一列设为“文本”格式，重新填写代码。",
        "The credit code \u201c{value}\u201d was stored by Excel as a number and lost its last digits; it was not recorded. Format the column as text and type the code again.",
    ),
    "text_too_long": (
        "内容有 {length} 个字，超过上限 {limit}，只保留了前 {limit} 个字。",
        "The text has {length} characters, more than the limit of {limit}; only the first {limit} were kept.",
    ),
    "cell_truncated": (
        "“{value}”以省略号结尾，像是公告表里被截短了；已按原样记录，请对照公告原文补全。",
        "\u201c{value}\u201d ends with an ellipsis and looks cut short in the published table; recorded as written, complete it from the original.",
    ),
    "spotcheck_role_unit": ("被抽样单位", "sampled unit"),
    "spotcheck_role_producer": ("标称生产者", "labelled producer"),
    "unlinked_enterprise": (
        "{role}“{name}”在企业档案中找不到（按统一社会信用代码和名称都没有对上），已按文字记录，未关联企业。如是本县企业，请先在企业档案中登记后重新导入。",
        "The {role} \u201c{name}\u201d is not in the enterprise registry (neither its credit code nor its name matched); kept as text, not linked. If it is a local enterprise, register it and import again.",
    ),
    "spotcheck_unlinked_ambiguous": (
        "企业档案中有 {count} 家名为“{name}”的企业，无法判断{role}是哪一家，未关联。请在表中填写统一社会信用代码后重新导入。",
        "The registry has {count} enterprises named \u201c{name}\u201d; cannot tell which is the {role}, so it was not linked. Add the credit code to the table and import again.",
    ),
    "spotcheck_duplicate_row": (
        "与第 {first} 行是同一条抽查记录（被抽样单位、标称生产者、产品名称、规格型号、生产日期/批号、抽样日期、承检机构都相同），本行未导入。",
        "The same spot check as row {first} (same sampled unit, producer, product, specification, batch, sampling date and testing agency); this row was not imported.",
    ),
    "spotcheck_import_planning": (
        "正在关联企业档案、比对已有抽查记录",
        "Linking enterprises and comparing with stored spot checks",
    ),
    "spotcheck_export_done": ("已导出 {count} 条抽查结果到 {path}", "Exported {count} spot-check results to {path}"),
    "spotcheck_no_verdict": (
        "表中没有检验结论列，本行也没有不合格项目，无法判断结论。如果整张表都是合格产品，导入时请指定结论为“合格”（命令行 --verdict 合格）。",
        "The table has no verdict column and this row names no failing item, so its verdict is unknown. If the whole table lists passing products, import it with the verdict \u201cpass\u201d (--verdict pass).",
    ),
}
