"""Messages of standardization work: standard numbers, the catalogue and its import, adoption, drafted standards,
agricultural standardization projects."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "std_import_skipped": (
        "{file}：{errors} 行有错误，这些行不会导入（其余的行照常导入）。",
        "{file}: {errors} rows have errors and are not imported (the other rows are).",
    ),
    # standard numbers (rules/standards.check_number)
    "std_number_format": (
        "“{value}”不是标准编号。请写成“代号 顺序号-年代号”，例如 GB/T 3183-2017、DB42/T 1234-2016、Q/XXX 001-2020。",
        "\u201c{value}\u201d is not a standard number. Write code, number and year, e.g. GB/T 3183-2017, "
        "DB42/T 1234-2016, Q/XXX 001-2020.",
    ),
    "std_number_several": (
        "“{value}”里有几个标准编号（{found}）：一格只填一个。",
        "\u201c{value}\u201d holds several standard numbers ({found}); put one number in a cell.",
    ),
    "std_number_no_year": (
        "标准编号 {value} 没有年代号，无法判断是不是现行版本；请补上年份，例如 {value}-2017。",
        "The standard number {value} has no year, so whether it is the current edition cannot be told; add the "
        "year, e.g. {value}-2017.",
    ),
    "std_number_extra_text": (
        "“{value}”中除标准编号 {number} 外还有其他文字，只取了编号。标准名称请填在“标准名称”列。",
        "\u201c{value}\u201d has text besides the number {number}; only the number was taken. Put the title in the "
        "title column.",
    ),
    # the catalogue import
    "std_date_format": (
        "{field}“{value}”不是日期，应为 YYYY-MM-DD，例如 2024-02-08。",
        "The {field} \u201c{value}\u201d is not a date; use YYYY-MM-DD, e.g. 2024-02-08.",
    ),
    "std_dates_order": (
        "实施日期 {implemented} 早于发布日期 {issued}，请核对。",
        "The implementation date {implemented} is before the issue date {issued}; please check.",
    ),
    "std_status": (
        "状态“{value}”认不出。可填：现行、废止、被代替。",
        "The status \u201c{value}\u201d is not recognised. Use 现行 (current), 废止 (withdrawn) or 被代替 (replaced).",
    ),
    "std_status_conflict": (
        "状态写的是“{value}”，但又写了被 {successor} 代替：按被代替处理。",
        "The status says \u201c{value}\u201d but the row names {successor} as its replacement: taken as replaced.",
    ),
    "std_replaced_self": (
        "{number} 不能代替它自己。",
        "{number} cannot replace itself.",
    ),
    "std_replaced_cycle": (
        "代替关系绕成了圈：{path}。请改正其中一处“被代替”。",
        "The replaced-by links loop: {path}. Correct one of the replaced-by entries.",
    ),
    "std_duplicate_row": (
        "与第 {first} 行是同一个标准编号，本行未导入。",
        "The same standard number as row {first}; this row was not imported.",
    ),
    "std_import_implied": (
        "按“代替标准”列补记被代替的标准 {count} 条。",
        "{count} replaced standards recorded from the replaces column.",
    ),
    "std_flags_written": (
        "产品执行标准：被代替 {superseded} 条、废止 {withdrawn} 条（本次改动 {changed} 条，取消标记 {cleared} 条）。",
        "Product standards: {superseded} superseded, {withdrawn} withdrawn ({changed} changed now, {cleared} "
        "unflagged).",
    ),
    # adoption
    "std_adoption_degree": (
        "采用程度“{value}”认不出：采标只计等同采用（IDT）和修改采用（MOD）。",
        "The degree \u201c{value}\u201d is not recognised: adoption counts identical (IDT) and modified (MOD) only.",
    ),
    "std_adoption_number": (
        "“{value}”不是国际或国外先进标准编号，例如 ISO 22000:2018、IEC 60598-1:2020、EN 71-1。",
        "\u201c{value}\u201d is not an international or foreign standard number, e.g. ISO 22000:2018, "
        "IEC 60598-1:2020, EN 71-1.",
    ),
    "std_standard_unknown": (
        "找不到这条执行标准（{id}），可能已被删除。",
        "No such executed standard ({id}); it may have been deleted.",
    ),
    "std_target_range": (
        "采标率目标 {value} 应在 0 到 100（%）之间。",
        "The adoption-rate target {value} must be between 0 and 100 (%).",
    ),
    # drafted standards
    "std_drafted_level": (
        "标准层级“{value}”认不出。可选：国家、行业、地方、团体标准。",
        "The level \u201c{value}\u201d is not recognised. Use national, industry, local or group.",
    ),
    "std_drafted_role": (
        "参与方式“{value}”认不出。可选：主导、参与。",
        "The role \u201c{value}\u201d is not recognised. Use lead (主导) or participant (参与).",
    ),
    "std_drafted_status": (
        "状态“{value}”认不出。可选：立项、发布。",
        "The status \u201c{value}\u201d is not recognised. Use proposed (立项) or published (发布).",
    ),
    "std_drafted_title": ("请填写标准名称。", "Give the standard's title."),
    "std_drafted_number": (
        "已发布的标准要填标准编号。",
        "A published standard needs its number.",
    ),
    "std_drafted_drafter": (
        "请选择起草企业，或填写起草单位名称。",
        "Choose the drafting enterprise, or give the drafting agency's name.",
    ),
    "std_drafted_unknown": ("找不到这条参与制定标准的记录（{id}）。", "No such drafted-standard record ({id})."),
    "std_bad_date": (
        "{field}“{value}”不是日期，应为 YYYY-MM-DD。",
        "The {field} \u201c{value}\u201d is not a date; use YYYY-MM-DD.",
    ),
    "std_township_unknown": ("找不到乡镇（{id}）。", "No such township ({id})."),
    # agricultural standardization projects
    "std_project_name": ("请填写项目或基地名称。", "Give the project's or base's name."),
    "std_project_kind": (
        "类型“{value}”认不出。可选：示范项目、示范基地。",
        "The kind \u201c{value}\u201d is not recognised. Use project or base.",
    ),
    "std_project_level": (
        "级别“{value}”认不出。可选：国家级、省级、市级、县级。",
        "The level \u201c{value}\u201d is not recognised. Use national, provincial, municipal or county.",
    ),
    "std_project_status": (
        "状态“{value}”认不出。可选：立项、建设中、已验收、撤销。",
        "The status \u201c{value}\u201d is not recognised. Use approved, underway, accepted or cancelled.",
    ),
    "std_project_negative": (
        "面积和农户数不能是负数。",
        "The area and the numbers of farms cannot be negative.",
    ),
    "std_project_farms": (
        "按标准生产的农户（{applying} 户）不能多于覆盖农户（{covered} 户）。",
        "Farms applying the standards ({applying}) cannot outnumber the farms covered ({covered}).",
    ),
    "std_project_townships": ("请至少选择一个乡镇。", "Choose at least one township."),
    "std_project_dates": (
        "验收日期 {accepted} 早于开始日期 {started}。",
        "The acceptance date {accepted} is before the start date {started}.",
    ),
    "std_project_unknown": ("找不到这个示范项目（{id}）。", "No such demonstration project ({id})."),
    "std_certification_unknown": (
        "找不到这张证书（{id}），可能已被删除。",
        "No such certificate ({id}); it may have been deleted.",
    ),
    # export
    "std_export_done": (
        "已导出执行标准 {standards} 条、采标率 {rates} 行、示范项目 {projects} 个到 {path}",
        "Exported {standards} executed standards, {rates} adoption-rate lines and {projects} projects to {path}",
    ),
}
