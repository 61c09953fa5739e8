"""Messages of brand and award programmes, applications, eligibility, scoring and the reward fund."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # programmes
    "award_bad_date": (
        "日期“{value}”（{field}）格式不对，应为 YYYY-MM-DD，例如 2026-11-24。",
        "The date \u201c{value}\u201d ({field}) is malformed; use YYYY-MM-DD, e.g. 2026-11-24.",
    ),
    "award_bad_kind": (
        "项目类别“{value}”无效，可选：{kinds}。",
        "Unknown programme kind \u201c{value}\u201d; use one of {kinds}.",
    ),
    "award_bad_level": (
        "级别“{value}”无效：应为 national（国家级）、provincial（省级）、municipal（市级）或 county（县级）。",
        "Unknown level \u201c{value}\u201d: use national, provincial, municipal or county.",
    ),
    "award_bad_year": ("年度“{value}”无效，应为 1990–2100 之间的年份。", "The year \u201c{value}\u201d is not a year from 1990 to 2100."),
    "award_window_order": (
        "申报截止日期 {closes} 早于开始日期 {opens}。",
        "The application window closes ({closes}) before it opens ({opens}).",
    ),
    "award_bad_condition": (
        "资格条件 {condition} 的参数 {parameter}=“{value}”无效（年限为 0–50 的整数，抽查级别为 fail 或 serious_fail，信用等级为 A–D）。",
        "The eligibility condition {condition} has a bad parameter {parameter}=\u201c{value}\u201d (years: a whole number 0–50; level: fail or serious_fail; grade: A–D).",
    ),
    "award_bad_number": (
        "{field} 应为 {low}–{high} 之间的整数，收到“{value}”。",
        "{field} must be a whole number from {low} to {high}, got \u201c{value}\u201d.",
    ),
    "award_program_name": ("名称不能为空。", "The name must not be empty."),
    "award_program_taken": (
        "{year} 年度已有名为“{name}”的项目。",
        "A programme named \u201c{name}\u201d already exists for {year}.",
    ),
    "award_program_busy": (
        "项目“{name}”还有 {count} 份已提交的申报，不能撤销。请先处理这些申报。",
        "The programme \u201c{name}\u201d has {count} submitted applications and cannot be withdrawn. Settle them first.",
    ),
    "award_program_unknown": ("找不到评奖项目：{ref}", "No such award programme: {ref}"),
    "award_program_ambiguous": (
        "有多个项目名为“{ref}”（不同年度）。请用记录 id，或加 --year 指定年度。",
        "Several programmes are named \u201c{ref}\u201d (different years). Use the record id, or add --year.",
    ),
    # applications
    "award_product_other": (
        "产品记录 {product} 不属于“{name}”。",
        "The product record {product} does not belong to \u201c{name}\u201d.",
    ),
    "award_product_needed": (
        "“{program}”按产品评定，请填写申报的产品名称。",
        "\u201c{program}\u201d is granted to a product: name the product applied for.",
    ),
    "award_apply_twice": (
        "“{name}”已申报“{program}”（同一产品），当前状态：{state}（申报 id {id}）。",
        "\u201c{name}\u201d has already applied to \u201c{program}\u201d for the same product; it is {state} (application {id}).",
    ),
    "award_application_unknown": ("找不到申报记录：{id}", "No such application: {id}"),
    "award_application_final": (
        "申报已{state}，资格审查结果按当时记录保留，不能再修改。",
        "The application is {state_en}; its eligibility check stays as recorded and can no longer be changed.",
    ),
    "award_not_draft": (
        "申报已{state}，申报的产品不能再改。",
        "The application is {state_en}; the product applied for can no longer be changed.",
    ),
    "award_bad_state": ("状态“{value}”无效，可选：{states}。", "Unknown state \u201c{value}\u201d; use one of {states}."),
    "award_bad_move": (
        "申报不能从“{source}”直接转到“{target}”。当前可转到：{allowed}。",
        "An application cannot go from {source_en} to {target_en}. From here it may go to: {allowed_en}.",
    ),
    "award_move_before": (
        "日期 {on} 早于上一步的日期 {last}。",
        "The date {on} is before the previous step ({last}).",
    ),
    "award_not_eligible": (
        "有 {count} 项资格条件未通过（{conditions}），不能提交。请补正资料后重新审查，或对确有理由的条件填写理由予以认可。",
        "{count} eligibility conditions failed ({conditions_en}); the application cannot be submitted. Fix the record and check again, or accept a condition with a reason.",
    ),
    "award_window_not_open": (
        "“{program}”的申报自 {opens} 开始，{on} 尚不能提交。",
        "Applications to \u201c{program}\u201d open on {opens}; it cannot be submitted on {on}.",
    ),
    "award_window_closed": (
        "“{program}”的申报已于 {closes} 截止，{on} 不能再提交。",
        "Applications to \u201c{program}\u201d closed on {closes}; it cannot be submitted on {on}.",
    ),
    "award_max_winners": (
        "“{program}”已评出 {count} 个获奖名额，达到上限。",
        "\u201c{program}\u201d already has {count} winners, its limit.",
    ),
    "award_document_name": ("材料名称不能为空。", "The document name must not be empty."),
    # eligibility and overrides
    "award_condition_unknown": (
        "资格条件“{value}”无效，可选：{codes}。",
        "Unknown eligibility condition \u201c{value}\u201d; use one of {codes}.",
    ),
    "award_condition_off": (
        "本项目未启用资格条件 {condition}，无需认可。",
        "The programme does not use the condition {condition}; there is nothing to accept.",
    ),
    "award_condition_passed": ("“{condition}”已通过审查，无需认可。", "\u201c{condition}\u201d passes; there is nothing to accept."),
    "award_override_reason": (
        "认可未通过的资格条件须写明理由。",
        "Accepting a failed eligibility condition needs a reason.",
    ),
    "award_override_exists": (
        "“{condition}”已有认可（理由：{reason}）。如需更改，请先撤回该认可。",
        "\u201c{condition}\u201d is already accepted (reason: {reason}). Withdraw that first to change it.",
    ),
    "award_override_unknown": ("找不到认可记录：{id}", "No such override: {id}"),
    "award_override_withdrawn": ("认可记录 {id} 已撤回。", "The override {id} is already withdrawn."),
    "award_condition_operating_years": ("经营年限", "Years in operation"),
    "award_condition_iso9001": ("ISO 9001 质量管理体系认证", "ISO 9001 certificate"),
    "award_condition_spot_checks": ("监督抽查", "Spot checks"),
    "award_condition_credit_list": ("信用名单", "Credit lists"),
    "award_condition_credit_grade": ("信用等级", "Credit grade"),
    "award_condition_recent_winner": ("再次申报间隔", "Time since a previous win"),
    "award_ev_founded_unknown": (
        "企业档案未登记成立日期，无法核对经营年限（要求满 {min} 年）。",
        "The registry has no founding date, so the years in operation cannot be checked ({min} required).",
    ),
    "award_ev_founded_ok": (
        "成立于 {founded}，已满 {years} 年（要求 {min} 年）。",
        "Founded {founded}: {years} full years ({min} required).",
    ),
    "award_ev_founded_short": (
        "成立于 {founded}，满 {years} 年，不足 {min} 年（{from} 起满足）。",
        "Founded {founded}: {years} full years, fewer than {min} (met from {from}).",
    ),
    "award_ev_iso_ok": ("ISO 9001 证书 {number} 有效，有效期至 {expires}。", "ISO 9001 certificate {number} in force until {expires}."),
    "award_ev_iso_none": ("未登记 ISO 9001 质量管理体系认证证书。", "No ISO 9001 certificate on record."),
    "award_ev_iso_lapsed": (
        "ISO 9001 证书 {number} 状态为“{status_zh}”（有效期至 {expires}），当前无有效证书。",
        "ISO 9001 certificate {number} is {status_en} (valid until {expires}); none is in force.",
    ),
    "award_ev_spot_ok": (
        "近 {years} 年（{since} 起）无最终判定{level_zh}的监督抽查。",
        "No spot check finally {level_en} in the last {years} years (since {since}).",
    ),
    "award_ev_spot_ok_ever": ("无最终判定{level_zh}的监督抽查。", "No spot check finally {level_en}."),
    "award_ev_spot_failed": (
        "近 {years} 年（{since} 起）有 {count} 批次监督抽查最终判定{level_zh}：{refs}。",
        "{count} spot checks finally {level_en} in the last {years} years (since {since}): {refs}.",
    ),
    "award_ev_spot_failed_ever": (
        "有 {count} 批次监督抽查最终判定{level_zh}：{refs}。",
        "{count} spot checks finally {level_en}: {refs}.",
    ),
    "award_ev_list_ok": ("未列入严重违法失信名单。", "Not on the list of serious violations and dishonesty."),
    "award_ev_list_ok_both": (
        "未列入严重违法失信名单，也未列入经营异常名录。",
        "Neither on the list of serious violations and dishonesty nor on the list of abnormal operations.",
    ),
    "award_ev_list_serious": ("列入严重违法失信名单：{refs}。", "On the list of serious violations and dishonesty: {refs}."),
    "award_ev_list_abnormal": ("列入经营异常名录：{refs}。", "On the list of abnormal operations: {refs}."),
    "award_ev_grade_ok": ("质量信用等级 {grade}（{score} 分），要求 {min} 级及以上。", "Credit grade {grade} ({score} points); {min} or better required."),
    "award_ev_grade_low": ("质量信用等级 {grade}（{score} 分），低于要求的 {min} 级。", "Credit grade {grade} ({score} points), below the required {min}."),
    "award_ev_winner_unlimited": ("{kind_zh}不限再次申报的间隔。", "{kind_en}: no waiting time between wins."),
    "award_ev_winner_ok": (
        "近 {years} 年（{since} 之后）未获同级{kind_zh}。",
        "No {kind_en} of this level granted in the last {years} years (after {since}).",
    ),
    "award_ev_winner_recent": (
        "{granted} 已获“{title}”，须满 {years} 年，{again} 起方可再次申报。",
        "Won \u201c{title}\u201d on {granted}; {years} years must pass: it may apply again from {again}.",
    ),
    "award_ev_winner_recent_product": (
        "{granted} 已获“{title}”（产品：{product}），须满 {years} 年，{again} 起方可再次申报。",
        "Won \u201c{title}\u201d (product: {product}) on {granted}; {years} years must pass: it may apply again "
        "from {again}.",
    ),
    # scoring
    "award_not_scored": ("“{program}”不按 GB/T 19580 评分。", "\u201c{program}\u201d is not scored by GB/T 19580."),
    "award_scoring_state": (
        "申报处于“{state}”，只有在资料评审或现场评审阶段才能评分。",
        "The application is in {state_en}; scores are entered during document or site review only.",
    ),
    "award_reviewer_empty": ("请填写评审人。", "Name the reviewer."),
    "award_score_unknown": ("评分项“{category}”不是 GB/T 19580 的类目。", "\u201c{category_en}\u201d is not a GB/T 19580 category."),
    "award_score_not_integer": (
        "“{category}”的分数“{value}”不是整数。",
        "The score \u201c{value}\u201d for {category_en} is not a whole number.",
    ),
    "award_score_negative": ("“{category}”的分数 {value} 不能为负。", "The score {value} for {category_en} is negative."),
    "award_score_above_max": (
        "“{category}”的分数 {value} 超过该类目满分 {max} 分。",
        "The score {value} for {category_en} is above its maximum of {max}.",
    ),
    "award_score_total": ("总分 {value} 超过满分 {max} 分。", "The total {value} is above the maximum of {max}."),
    # the register
    "award_expiry_order": ("有效期至 {expires} 早于授予日期 {granted}。", "The expiry {expires} is before the grant {granted}."),
    "award_brand_unknown": ("找不到获奖（品牌）记录：{id}", "No such title in the register: {id}"),
    "award_brand_revoked": ("“{title}”已撤销。", "\u201c{title}\u201d is already revoked."),
    "award_revoke_reason": ("撤销须写明理由。", "Revoking needs a reason."),
    "award_bad_brand_status": (
        "状态“{value}”无效：应为 valid（有效）、expired（已到期）或 revoked（已撤销）。",
        "Unknown status \u201c{value}\u201d: use valid, expired or revoked.",
    ),
    # command lines
    "award_program_added": (
        "已添加项目“{name}”（{year} 年度，{level}{kind}，id {id}）。",
        "Added the programme \u201c{name}\u201d ({year}, {level} {kind}, id {id}).",
    ),
    "award_programs_none": ("没有评奖项目。", "No award programmes."),
    "award_applied": (
        "已创建“{name}”申报“{program}”的草稿（id {id}），材料清单 {documents} 项。",
        "Drafted the application of \u201c{name}\u201d to \u201c{program}\u201d (id {id}) with {documents} documents to provide.",
    ),
    "award_moved": ("申报 {id}：{source} → {target}（{on}）", "Application {id}: {source} → {target} ({on})"),
    "award_granted": ("已登记获奖：{title}，有效期至 {expires}。", "Entered in the register: {title}, valid until {expires}."),
    "award_checked": (
        "资格审查（{on}）：{passed}/{total} 项通过{accepted}。",
        "Eligibility check ({on}): {passed} of {total} conditions passed{accepted}.",
    ),
    "award_checked_accepted": ("，{count} 项经认可", ", {count} accepted with a reason"),
    "award_condition_line_pass": ("  [通过] {label}：{evidence}", "  [pass] {label}: {evidence}"),
    "award_condition_line_fail": ("  [未通过] {label}：{evidence}", "  [fail] {label}: {evidence}"),
    "award_condition_line_accepted": (
        "  [已认可] {label}：{evidence}（理由：{reason}）",
        "  [accepted] {label}: {evidence} (reason: {reason})",
    ),
    "award_overridden": ("已认可“{condition}”，理由：{reason}", "Accepted \u201c{condition}\u201d with the reason: {reason}"),
    "award_brands_none": ("登记簿中没有符合条件的获奖（品牌）记录。", "No titles in the register match."),
    "award_no_term": ("长期", "no term"),
}
