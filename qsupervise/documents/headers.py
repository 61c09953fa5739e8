"""Column headers as people really write them, mapped to the fields an importer understands."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

# field -> header variants, best first: when two columns name one field, the better variant wins
# (an export has both 行业代码 and 行业; the code is the one to read).
ENTERPRISE_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "企业名称", "单位名称", "企业(单位)名称", "市场主体名称", "主体名称", "受检单位", "受检单位名称",
        "名称", "企业名", "name", "enterprise", "enterprise name", "company", "company name",
    ),
    "uscc": (
        "统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "统一社会信用代码/注册号", "信用代码/注册号",
        "注册号", "uscc", "usci", "credit code", "unified social credit code",
    ),
    "township": (
        "所属乡镇", "乡镇", "乡镇(街道)", "乡镇街道", "所属乡镇(街道)", "所在乡镇", "街道", "属地", "所属街道",
        "township", "town",
    ),
    "industry_code": (
        "行业代码", "国民经济行业代码", "所属行业代码", "行业", "所属行业", "行业类别", "国民经济行业",
        "国民经济行业分类", "industry code", "industry",
    ),
    "legal_rep": (
        "法定代表人", "法定代表人(负责人)", "法人", "法人代表", "负责人", "经营者", "legal representative", "legal rep",
    ),
    "address": ("地址", "住所", "经营场所", "住所(经营场所)", "注册地址", "生产地址", "企业地址", "address"),
    "chief_quality_officer": ("首席质量官", "chief quality officer"),
    "kind": ("主体类型", "企业类型", "市场主体类型", "类型", "kind", "type"),
    "scale": ("规模", "是否规上", "规模以上", "是否规模以上", "企业规模", "scale"),
    "status": ("登记状态", "经营状态", "状态", "企业状态", "status"),
    "contact_name": ("联系人", "contact", "contact name", "contact person"),
    "contact_phone": ("联系电话", "电话", "手机", "手机号码", "联系方式", "phone", "telephone", "tel", "mobile"),
    "founded_on": ("成立日期", "注册日期", "成立时间", "登记日期", "founded", "founded on", "established"),
    "key_energy_user": ("重点用能单位", "是否重点用能单位", "key energy user"),
    "leading_enterprise": ("龙头企业", "是否龙头企业", "leading enterprise"),
    "uscc_override": ("代码核验说明", "核验说明", "代码保留理由", "uscc override"),
}

# Labels a user sees for each field (the export's headers read back through the table above).
ENTERPRISE_LABELS: dict[str, str] = {
    "name": "企业名称",
    "uscc": "统一社会信用代码",
    "township": "所属乡镇",
    "industry_code": "行业代码",
    "kind": "主体类型",
    "scale": "规模",
    "status": "登记状态",
    "legal_rep": "法定代表人",
    "chief_quality_officer": "首席质量官",
    "address": "地址",
    "contact_name": "联系人",
    "contact_phone": "联系电话",
    "founded_on": "成立日期",
    "key_energy_user": "重点用能单位",
    "leading_enterprise": "龙头企业",
    "uscc_override": "代码核验说明",
}

_BRACKETED = re.compile(r"\([^()]*\)")
_DROPPED = re.compile(r"[\s()*:※_\-]+")


def normalise(header: str) -> str:
    """Half-width, lower-case, without spaces, brackets, stars, colons or line breaks."""
    return _DROPPED.sub("", unicodedata.normalize("NFKC", header).lower())


def _forms(header: str) -> tuple[str, ...]:
    """A header with its bracketed notes both kept and dropped: 企业名称（必填） and 企业(单位)名称 both match."""
    folded = unicodedata.normalize("NFKC", header).lower()
    return normalise(folded), normalise(_BRACKETED.sub("", folded))


class Vocabulary:
    """Header variants of one kind of table, indexed for quick lookup."""

    def __init__(self, variants: Mapping[str, Sequence[str]]) -> None:
        self.fields = tuple(variants)
        self._index: dict[str, tuple[str, int]] = {}
        for field_name, names in variants.items():
            for rank, name in enumerate(names):
                self._index.setdefault(normalise(name), (field_name, rank))

    def lookup(self, header: str) -> tuple[str, int] | None:
        """(field, rank) a header names, or None."""
        if not header:
            return None
        for form in _forms(header):
            found = self._index.get(form)
            if found is not None:
                return found
        return None

    def count_known(self, cells: Sequence[str]) -> int:
        """How many different fields a row names: a header row names at least two."""
        return len({hit[0] for hit in map(self.lookup, cells) if hit is not None})

    def is_header(self, cells: Sequence[str]) -> bool:
        return self.count_known(cells) >= 2

    def recognise(self, headers: Sequence[str]) -> dict[int, str]:
        """Column index -> field; unnamed and unknown columns are left out."""
        best: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
        for column, header in enumerate(headers):
            hit = self.lookup(header)
            if hit is not None and (hit[0] not in best or hit[1] < best[hit[0]][0]):
                best[hit[0]] = (hit[1], column)
        return {column: field_name for field_name, (_rank, column) in sorted(best.items(), key=lambda i: i[1][1])}


ENTERPRISES = Vocabulary(ENTERPRISE_HEADERS)


def recognise(headers: Sequence[str]) -> dict[int, str]:
    """The enterprise fields named by a header row: column index -> field."""
    return ENTERPRISES.recognise(headers)


# Published spot-check result tables (监督抽查结果公告表), as counties and provinces lay them out.
SPOTCHECK_HEADERS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "no", "no."),
    "unit_name": (
        "被抽样单位", "受检单位", "被抽查单位", "被抽样单位名称", "受检单位名称", "被抽查单位名称", "受检企业",
        "经营单位", "被抽样单位(受检单位)", "被抽检单位", "被抽检单位名称", "被检单位", "被检单位名称",
        "被抽样单位/经营单位", "销售单位", "经营者名称", "被抽样人", "抽样单位名称(被抽样)",
    ),
    "producer_name": (
        "标称生产者", "标称生产企业", "标称生产者名称", "标称生产单位", "标称生产企业名称", "生产企业", "生产者",
        "生产单位", "生产企业名称", "标称生产企业/进口代理商名称", "标称生产企业(供应商)名称",
        "标称生产者名称(委托方)", "标称生产者(或委托方)", "标称生产厂家", "生产厂家", "制造商", "标称制造商",
        "标称委托方", "标称生产企业名称/地址",
    ),
    "product": (
        "产品名称", "样品名称", "抽样产品名称", "食品名称", "抽检食品名称", "商品名称", "抽检产品名称", "抽查产品名称",
        "产品", "样品", "食品",
    ),
    "brand": ("商标", "品牌", "商标/品牌", "品牌/商标"),
    "spec": ("规格型号", "规格/型号", "型号规格", "规格", "型号"),
    "batch": (
        "生产日期/批号", "生产日期或批号", "生产日期批号", "批号/生产日期", "生产日期", "批号", "生产(加工)日期/批号",
        "生产日期/批号/购进日期", "批次", "生产批号",
    ),
    "sampled_on": ("抽样日期", "抽查日期", "抽样时间", "抽查时间", "抽检日期", "采样日期", "抽检时间"),
    "declared_standard": ("执行标准", "执行标准号", "产品标准", "标称执行标准"),
    "verdict": (
        "检验结论", "抽查结果", "判定结果", "检验结果", "抽检结果", "结论", "检验结论/抽查结果", "判定结论",
        "检验结果判定", "结果判定", "抽检结论", "抽查结论", "综合判定", "综合判定结论", "判定",
    ),
    "failed_items": (
        "主要不合格项目", "不合格项目", "不合格项目名称", "不合格项", "不合格项目及结果",
        "不合格项目║检验结果║标准值", "不合格项目|检验结果|标准值", "不合格项目||检验结果||标准值",
        "不合格项目/检验结果/标准值", "不合格项目及检验值",
        "不符合项目", "不合格项目(检验值/标准值)", "主要不合格项目及结果",
    ),
    "agency": ("承检机构", "检验机构", "检测机构", "承检单位", "检验检测机构", "承检机构名称", "检测单位", "检验单位"),
    "uscc": ("统一社会信用代码", "信用代码", "社会信用代码"),
    "location": (
        "所在地", "被抽样单位所在地", "所在地区", "所在地域", "地址", "被抽样单位地址", "被抽样单位所在省份",
        "被抽样单位所在地区", "所在省份", "区域", "所属区域", "所在县(市、区)",
    ),
    "category": ("产品类别", "类别", "产品种类", "分类", "食品分类", "食品大类", "食品类别", "产品分类", "抽检类别"),
    "report_no": ("报告编号", "检验报告编号", "报告书编号", "检验报告号", "报告号"),
    "sample_no": ("抽样单编号", "样品编号", "抽样编号", "抽样单号", "抽检编号"),
}

# Labels a user sees for each field (the export's headers, read back through the table above).
SPOTCHECK_LABELS: dict[str, str] = {
    "seq": "序号",
    "unit_name": "被抽样单位",
    "location": "所在地",
    "producer_name": "标称生产者",
    "product": "产品名称",
    "brand": "商标",
    "spec": "规格型号",
    "batch": "生产日期/批号",
    "sampled_on": "抽样日期",
    "declared_standard": "执行标准",
    "verdict": "检验结论",
    "failed_items": "主要不合格项目",
    "agency": "承检机构",
    "uscc": "统一社会信用代码",
    "category": "产品类别",
    "report_no": "报告编号",
    "sample_no": "抽样单编号",
}

SPOTCHECKS = Vocabulary(SPOTCHECK_HEADERS)


# Certificate and licence lists (认证许可台账): the holder, the certificate, its dates and status.
CERTIFICATE_HEADERS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "no", "no."),
    "holder": (
        "企业名称", "持证单位", "获证组织", "持证企业", "持证单位名称", "获证组织名称", "获证单位", "获证企业",
        "获证企业名称", "证书持有人", "持证人", "生产者名称", "单位名称", "申请人", "企业(单位)名称", "名称",
        "holder", "enterprise", "company",
    ),
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "uscc", "credit code"),
    "township": ("所属乡镇", "乡镇", "乡镇(街道)", "所在乡镇", "街道", "属地", "township"),
    "kind": (
        "证书类型", "证书名称", "许可类别", "认证项目", "认证类型", "认证类别", "证书类别", "许可类型", "认证名称",
        "许可证名称", "认证/许可类型", "类型", "type", "kind", "certificate type",
    ),
    "number": (
        "证书编号", "许可证编号", "证书号", "许可证号", "认证证书编号", "证书编码", "编号", "注册号",
        "certificate no", "certificate number", "number",
    ),
    "issuer": (
        "发证机构", "认证机构", "发证机关", "发证单位", "认证机构名称", "颁证机构", "发证部门", "issuer",
    ),
    "issued_on": (
        "发证日期", "颁证日期", "发证时间", "颁发日期", "初次发证日期", "获证日期", "获证时间", "认证日期",
        "issued", "issued on", "date of issue",
    ),
    "expires_on": (
        "有效期至", "有效期截止日期", "有效期", "截止日期", "有效期截至", "证书有效期至", "到期日期", "有效截止日期",
        "证书到期日", "有效期限", "expires", "expires on", "valid until", "expiry date",
    ),
    "status": ("证书状态", "状态", "许可状态", "认证状态", "status"),
    "scope": (
        "认证范围", "许可范围", "产品名称", "认证产品", "认证覆盖范围", "许可项目", "生产许可范围", "产品", "范围",
        "scope",
    ),
    "number_note": ("编号说明", "编号核验说明", "number note"),
    "reward_eligible": ("可获奖励", "是否奖励", "纳入奖励", "reward eligible"),
    "note": ("备注", "说明", "note", "remarks"),
}

CERTIFICATE_LABELS: dict[str, str] = {
    "seq": "序号",
    "holder": "企业名称",
    "uscc": "统一社会信用代码",
    "township": "所属乡镇",
    "kind": "证书类型",
    "number": "证书编号",
    "issuer": "发证机构",
    "issued_on": "发证日期",
    "expires_on": "有效期至",
    "status": "证书状态",
    "scope": "认证范围",
    "number_note": "编号说明",
    "reward_eligible": "可获奖励",
    "note": "备注",
}

CERTIFICATES = Vocabulary(CERTIFICATE_HEADERS)
