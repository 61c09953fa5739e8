"""What the demo county's brand and award programmes look like: the programmes of each cycle, the states this
year's applications stand at, and the words people wrote on the way (qsupervise/demo/awards.py builds them)."""

from __future__ import annotations

from dataclasses import dataclass

from qsupervise.rules import awards as rules


@dataclass(frozen=True)
class Plan:
    """A programme of the demo: what, who may apply (``pool``), how many, and the reward in 元."""

    key: str
    kind: str
    name: str
    level: str
    organiser: str
    pool: str  # brand | award | gi | works
    applicants: int
    reward: int
    max_winners: int | None = None


PLANS = (
    Plan("city_brand", rules.FAMOUS_BRAND, "市名牌产品", rules.MUNICIPAL, "市市场监督管理局", "brand", 8, 50_000),
    Plan("prov_brand", rules.FAMOUS_BRAND, "湖北名牌产品", rules.PROVINCIAL, "湖北省市场监督管理局", "brand", 4,
         100_000),
    Plan("mayor", rules.QUALITY_AWARD, "市长质量奖", rules.MUNICIPAL, "市人民政府", "award", 5, 200_000, 2),
    Plan("magistrate", rules.QUALITY_AWARD, "县长质量奖", rules.COUNTY, "县人民政府", "award", 6, 100_000, 3),
)
ONCE = {  # cycles back -> an extra programme of that cycle
    1: Plan("gi", rules.GI_PRODUCT, "地理标志保护产品", rules.NATIONAL, "国家知识产权局", "gi", 2, 50_000),
    2: Plan("works", rules.ENGINEERING, "县优质工程奖", rules.COUNTY, "县住房和城乡建设局", "works", 3, 30_000),
}
# this year's target states per programme, cycled over its applicants
NOW = {
    "city_brand": (rules.ELIGIBILITY_REVIEW, rules.DOCUMENT_REVIEW, rules.SITE_REVIEW, rules.PUBLICITY,
                   rules.NOT_AWARDED, rules.WITHDRAWN),
    "prov_brand": (rules.SUBMITTED, rules.ELIGIBILITY_REVIEW, rules.DOCUMENT_REVIEW),
    "mayor": (rules.DOCUMENT_REVIEW, rules.SITE_REVIEW, rules.PUBLICITY, rules.NOT_AWARDED, rules.DOCUMENT_REVIEW),
    "magistrate": (rules.DRAFT, rules.SUBMITTED, rules.ELIGIBILITY_REVIEW, rules.WITHDRAWN, rules.DRAFT,
                   rules.SUBMITTED),
}
PATH = (rules.DRAFT, rules.SUBMITTED, rules.ELIGIBILITY_REVIEW, rules.DOCUMENT_REVIEW, rules.SITE_REVIEW,
        rules.PUBLICITY, rules.AWARDED)
COMMENTS = {
    rules.DRAFT: "创建申报", rules.SUBMITTED: "企业提交申报材料", rules.ELIGIBILITY_REVIEW: "受理，进入资格审查",
    rules.DOCUMENT_REVIEW: "资格审查通过", rules.SITE_REVIEW: "资料评审通过，安排现场评审",
    rules.PUBLICITY: "评审委员会审议通过，予以公示（公示期 7 天）", rules.AWARDED: "公示期满无异议，予以认定",
}
REFUSED = {
    rules.ELIGIBILITY_REVIEW: "资格审查未通过", rules.DOCUMENT_REVIEW: "资料评审得分未达推荐线",
    rules.SITE_REVIEW: "现场评审未通过", rules.PUBLICITY: "公示期间收到实名异议，经核实不予认定",
}
OVERRIDE_REASONS = {
    rules.OPERATING_YEARS: "企业由原同名个人独资企业改制设立，经营年限连续计算（附改制批复）",
    rules.ISO9001: "质量管理体系认证证书正在换证，已提交认证机构受理通知书",
    rules.SPOT_CHECKS: "不合格产品非申报产品，已整改并经复查合格",
    rules.CREDIT_LIST: "经营异常情形已纠正，移出手续正在办理",
    rules.CREDIT_GRADE: "信用等级因历史处罚偏低，处罚已履行完毕",
    rules.RECENT_WINNER: "此前获评为不同规格产品，经评审委员会认定不属重复申报",
}
REVIEW_NOTES = ("领导作用突出，战略部署清晰", "过程管理规范，结果指标尚有提升空间", "顾客满意度测量方法科学",
                "资源保障充分，创新成果明显", "测量分析体系完整，建议加强对标")
BRAND_TITLES = (  # older titles entered in the register without the county's workflow: (kind, title, level, years)
    (rules.FAMOUS_BRAND, "市名牌产品", rules.MUNICIPAL, 3),
    (rules.FAMOUS_BRAND, "湖北名牌产品", rules.PROVINCIAL, 3),
)
WORKS = ("县人民医院门诊综合楼工程", "县第一中学教学楼工程", "滨河路市政改造工程", "工业园标准化厂房工程",
         "县文化中心工程")
CERT_CODES = {"city_brand": "SMP", "prov_brand": "HBMP", "mayor": "SZZLJ", "magistrate": "XZZLJ", "gi": "DLBZ",
              "works": "YZGC"}
