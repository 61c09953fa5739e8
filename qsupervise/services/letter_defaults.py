"""The usual metric catalogue and the usual letter, as a county starts from before adjusting them.

Targets and weights follow what county quality programmes commonly set (抽查合格率 ≥ 90 %, 登记造册率 ≥ 90 %,
强检受检率 ≥ 70 %, new certifications and brands, work tasks with deadlines); every value is editable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qsupervise.rules import assessment as rules

if TYPE_CHECKING:
    from qsupervise.services.letters import LetterInput, MetricInput


def _metrics() -> list[MetricInput]:
    from qsupervise.services.letters import MetricInput

    m = MetricInput
    return [
        m("pass_rate", "产品质量监督抽查合格率", "%", "spotcheck_pass_rate", floor=80,
          description="本乡镇企业当年被抽查样品的最终合格率（复检合格计为合格）。"),
        m("iso_new", "新增质量管理体系等认证", "个", "certifications_new",
          {"kinds": ["iso9001", "iso14001", "iso45001"]}, bonus_per_unit=1, bonus_cap=3,
          description="当年新取得 ISO 9001、ISO 14001、ISO 45001 认证证书数。"),
        m("farm_cert_new", "新增绿色、有机、地理标志等农产品认证", "个", "certifications_new",
          {"kinds": ["green_food", "organic", "pollution_free", "gap", "gi"]},
          description="当年新取得的绿色食品、有机产品、无公害、GAP 等证书数。"),
        m("brand_new", "新增省级以上名牌产品或质量奖", "个", "brands_new", {"levels": ["national", "provincial"]},
          bonus_per_unit=2, bonus_cap=4, description="当年新获得的国家级、省级品牌或奖项数。"),
        m("instrument_registration", "强检计量器具登记造册率", "%", "instrument_registration_rate", floor=60),
        m("instrument_verification", "强检计量器具受检率", "%", "instrument_verification_rate", floor=50),
        m("rectification_on_time", "抽查不合格企业按期整改率", "%", "rectification_on_time_rate", rule=rules.THRESHOLD),
        m("quality_accident", "重大质量安全事故", "起", "", direction=rules.LOWER, rule=rules.THRESHOLD,
          description="发生一起即不得分（由县级核查填报）。"),
        m("task_organisation", "质量工作机构与专人落实", "项", "", rule=rules.THRESHOLD,
          description="明确分管领导和质量工作专干，按时报送工作信息。"),
        m("task_month", "质量月等宣传活动", "项", "", rule=rules.THRESHOLD,
          description="组织质量月、世界标准日、计量日等宣传活动并留存资料。"),
        m("task_survey", "企业质量状况调查与档案更新", "项", "", rule=rules.THRESHOLD,
          description="完成辖区企业质量档案更新和年度调查表报送。"),
        m("task_supervision", "配合开展监督抽查和后处理", "项", "", rule=rules.THRESHOLD,
          description="配合抽样，督促不合格企业整改，按时反馈情况。"),
    ]


DEFAULT_METRICS: list[MetricInput] = []  # filled on first use (the dataclass lives in services.letters)


def defaults() -> list[MetricInput]:
    if not DEFAULT_METRICS:
        DEFAULT_METRICS.extend(_metrics())
    return DEFAULT_METRICS


# (metric code, target, weight, task wording, deadline month-day) of the usual letter
TOWNSHIP_TARGETS: tuple[tuple[str, float | None, float, str, str], ...] = (
    ("pass_rate", 90, 20, "辖区企业产品监督抽查合格率达到目标值", "12-31"),
    ("iso_new", 2, 10, "引导企业导入先进质量管理体系并通过认证", "12-31"),
    ("farm_cert_new", 1, 5, "培育绿色、有机等农产品认证", "12-31"),
    ("brand_new", 1, 10, "培育申报省级以上名牌产品或质量奖", "11-30"),
    ("instrument_registration", 90, 10, "强检计量器具全面登记造册", "09-30"),
    ("instrument_verification", 70, 10, "督促器具使用单位按期申请强制检定", "12-31"),
    ("rectification_on_time", 100, 10, "不合格企业在规定期限内完成整改", "12-31"),
    ("quality_accident", 0, 5, "不发生重大质量安全事故", "12-31"),
    ("task_organisation", None, 5, "落实分管领导和专干，每季度报送工作信息", "03-31"),
    ("task_month", None, 5, "组织质量月宣传活动", "09-30"),
    ("task_survey", None, 5, "完成企业质量档案更新和年度调查", "10-31"),
    ("task_supervision", None, 5, "配合监督抽查抽样和不合格后处理", "12-31"),
)
MEMBER_TARGETS: tuple[tuple[str, float | None, float, str, str], ...] = (
    ("task_organisation", None, 20, "明确本单位质量工作分管领导和联络员", "03-31"),
    ("task_month", None, 20, "结合行业职责开展质量宣传和培训", "09-30"),
    ("task_supervision", None, 30, "履行行业质量监管职责，配合联合检查", "12-31"),
    ("quality_accident", 0, 30, "本行业不发生重大质量安全事故", "12-31"),
)


def default_template(year: int, for_kind: str, county: str, codes: dict[str, str]) -> LetterInput:
    from qsupervise.services.letters import LetterInput, TargetInput

    county = county or "本县"
    party_a = f"{county}人民政府"
    rows = TOWNSHIP_TARGETS if for_kind == "township" else MEMBER_TARGETS
    targets = [TargetInput(codes[code], target, weight, task, "", f"{year}-{md}")
               for code, target, weight, task, md in rows if code in codes]
    preamble = (
        f"为落实质量强县工作部署，明确{year}年度质量工作目标和责任，推动全{_place(county)}质量水平持续提升，"
        f"经{party_a}（甲方）与{{乙方}}（乙方）协商，签订本责任书。\n"
        "乙方主要负责人是本辖区（本行业）质量工作第一责任人，对目标任务的完成负总责；分管负责人具体负责，"
        "并明确工作人员，做到目标、任务、责任人、完成时限和考核标准五落实。"
    )
    terms = (
        "一、甲方按本责任书所列目标对乙方进行年度考核，满分以各项分值之和计，加分项另计。"
        "可由系统数据计算的指标，以考核截止日的统计结果为准；其余指标由乙方自评并提供佐证材料，甲方核查认定。\n"
        "二、乙方应于考核截止日后十个工作日内完成自评，报送自评结果和佐证材料。\n"
        "三、考核结果在全县通报，并作为年度综合考评和评先评优的重要依据；发生重大质量安全事故的，实行一票否决。\n"
        "四、本责任书一式两份，甲乙双方各执一份，自签订之日起生效，有效期至当年12月31日。"
    )
    return LetterInput(title=f"{year}年度质量工作目标责任书", party_a=party_a, party_b="{乙方}",
                       party_a_person="", party_b_person="", doc_no="", preamble=preamble, terms=terms,
                       targets=targets)


def _place(county: str) -> str:
    return "县" if county.endswith("县") or not county else county[-1]
