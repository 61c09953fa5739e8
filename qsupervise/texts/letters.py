"""Messages of responsibility letters (质量工作目标责任书) and the year-end assessment of townships."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the metric catalogue
    "letter_metric_unknown": ("找不到考核指标“{ref}”（可能已被删除）。", "No assessment metric \u201c{ref}\u201d (it may have been deleted)."),
    "letter_metric_name": ("考核指标需要代码和名称。", "An assessment metric needs a code and a name."),
    "letter_metric_source": (
        "数据来源“{value}”不存在。可选：{sources}；手工填报的指标留空。",
        "There is no data source \u201c{value}\u201d. Use one of: {sources}; leave it empty for a metric entered by hand.",
    ),
    "letter_metric_direction": ("方向“{value}”不对：应为 higher（越高越好）或 lower（越低越好）。",
                                "The direction \u201c{value}\u201d is wrong: use higher or lower (is better)."),
    "letter_metric_rule": ("计分规则“{value}”不对：应为 threshold（达标得分）或 linear（按比例得分）。",
                           "The scoring rule \u201c{value}\u201d is wrong: use threshold or linear."),
    "letter_metric_bonus": ("加分和加分上限不能为负数。", "Bonus points and their cap cannot be negative."),
    "letter_metric_code_taken": ("指标代码“{code}”已被另一个指标使用。", "The metric code \u201c{code}\u201d is used by another metric."),
    # letters
    "letter_unknown": ("找不到责任书“{ref}”（可能已被删除）。", "No responsibility letter \u201c{ref}\u201d (it may have been deleted)."),
    "letter_bad_kind": ("责任书对象“{value}”不对：应为 township（乡镇）或 member_unit（成员单位）。",
                        "The letter's party \u201c{value}\u201d is wrong: use township or member_unit."),
    "letter_title": ("责任书需要标题。", "A responsibility letter needs a title."),
    "letter_too_many_targets": ("一份责任书最多 {max}项目标。", "A letter holds at most {max} targets."),
    "letter_target_weight": ("第 {n} 项目标“{name}”的分值应在 0–1000 之间。",
                             "Target {n} (\u201c{name}\u201d): the points must be between 0 and 1000."),
    "letter_target_value": ("第 {n} 项目标“{name}”由数据计算，需要填写目标值。",
                            "Target {n} (\u201c{name}\u201d) is computed from the data and needs a target value."),
    "letter_bad_date": ("{field}“{value}”格式不对，应为 YYYY-MM-DD，例如 2026-12-31。",
                        "The {field} \u201c{value}\u201d is malformed; use YYYY-MM-DD, e.g. 2026-12-31."),
    "letter_locked": (
        "{unit}的责任书已于 {on} 签订并锁定，不能再修改。确需修改，请先“解除锁定”并说明理由。",
        "The letter of {unit} was signed on {on} and is locked. To change it, unlock it first and give the reason.",
    ),
    "letter_template_sign": ("模板不能签订，请为各单位生成责任书后再签订。", "A template cannot be signed; create the units' letters and sign those."),
    "letter_unlock_reason": ("解除锁定需要说明理由。", "Unlocking a signed letter needs a reason."),
    "letter_target_unknown": ("找不到责任书目标“{ref}”。", "No target \u201c{ref}\u201d in any letter."),
    "letter_none_for_year": ("{year} 年还没有责任书。请先生成责任书。", "There are no letters for {year} yet. Create them first."),
    "letter_printed": ("已打印 {count} 份责任书，共 {pages} 页：{path}", "Printed {count} letters, {pages} pages: {path}"),
    "letter_created": ("已生成 {created} 份责任书，{skipped} 个单位已有责任书未重复生成。",
                       "Created {created} letters; {skipped} units already had one."),
    # assessment
    "assessment_bad_stage": ("填报阶段“{value}”不对：应为 self（自评）或 verified（核查）。",
                             "The stage \u201c{value}\u201d is wrong: use self or verified."),
    "assessment_published": ("{unit}的考核结果已通报，不能再修改。", "The assessment of {unit} has been published and can no longer change."),
    "assessment_self_closed": ("{unit}已提交自评，自评值不能再修改；如需更正，请县级退回。",
                               "{unit} has submitted its self-assessment; it can no longer change unless the county sends it back."),
    "assessment_bad_value": ("数值“{value}”不是有效的数。", "\u201c{value}\u201d is not a valid number."),
    "assessment_already": ("{unit}的责任书已处于“{stage}”阶段。", "The letter of {unit} is already at the stage \u201c{stage}\u201d."),
    "assessment_missing": ("{unit}还有指标没有核查值：{metrics}。请先填写。",
                           "{unit} still has targets without a verified value: {metrics}. Enter them first."),
    "assessment_not_verified": ("还有 {count} 个单位未完成核查（{units}），暂不能通报。",
                                "{count} units are not verified yet ({units}); the results cannot be published."),
    "assessment_nothing_to_publish": ("{year} 年没有可通报的考核结果。", "Nothing to publish for {year}."),
    "assessment_reopen_reason": ("退回需要说明理由。", "Sending a letter back needs a reason."),
    "assessment_exported": ("已导出 {year} 年考核表：{count} 个单位，{path}", "Exported the {year} assessment: {count} units, {path}"),
}
