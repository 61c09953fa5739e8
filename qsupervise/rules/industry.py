"""Industry codes of GB/T 4754-2017 (国民经济行业分类): the 20 门类 and 97 大类, parsed and labelled."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Names are those of GB/T 4754-2017 (in force since 2017-10-01; amendment No. 1 of 2019
# changed notes and 小类 only, not these names). Checked character by character against
# public copies of the 2017 table: a year-2017 门类/大类 tree in a JavaScript mock
# (industryname/industrycode fields), a Go seed list of the 97 大类 "GB/T 4754 一级目录",
# a Python prompt listing the 97 大类, and a 国家统计局-derived web summary (crsrw.com)
# listing 门类 A-T and 大类 01-43. All agree with the table below.
#
# Watch the 2011 names that still circulate in older lists, e.g. 05 "农、林、牧、渔服务业",
# 11 "开采辅助活动", 25 "石油加工、炼焦和核燃料加工业", 50 "建筑装饰和其他建筑业",
# 58 "装卸搬运和运输代理业", 59 "仓储业", 87 "广播、电视、电影和影视录音制作业",
# and the 2011 numbering after 78 (2017 inserted 79 土地管理业 and moved 社会保障 to 94).

SECTIONS: dict[str, str] = {
    "A": "农、林、牧、渔业",
    "B": "采矿业",
    "C": "制造业",
    "D": "电力、热力、燃气及水生产和供应业",
    "E": "建筑业",
    "F": "批发和零售业",
    "G": "交通运输、仓储和邮政业",
    "H": "住宿和餐饮业",
    "I": "信息传输、软件和信息技术服务业",
    "J": "金融业",
    "K": "房地产业",
    "L": "租赁和商务服务业",
    "M": "科学研究和技术服务业",
    "N": "水利、环境和公共设施管理业",
    "O": "居民服务、修理和其他服务业",
    "P": "教育",
    "Q": "卫生和社会工作",
    "R": "文化、体育和娱乐业",
    "S": "公共管理、社会保障和社会组织",
    "T": "国际组织",
}

DIVISIONS: dict[str, tuple[str, str]] = {
    # A 农、林、牧、渔业
    "01": ("A", "农业"),
    "02": ("A", "林业"),
    "03": ("A", "畜牧业"),
    "04": ("A", "渔业"),
    "05": ("A", "农、林、牧、渔专业及辅助性活动"),
    # B 采矿业
    "06": ("B", "煤炭开采和洗选业"),
    "07": ("B", "石油和天然气开采业"),
    "08": ("B", "黑色金属矿采选业"),
    "09": ("B", "有色金属矿采选业"),
    "10": ("B", "非金属矿采选业"),
    "11": ("B", "开采专业及辅助性活动"),
    "12": ("B", "其他采矿业"),
    # C 制造业
    "13": ("C", "农副食品加工业"),
    "14": ("C", "食品制造业"),
    "15": ("C", "酒、饮料和精制茶制造业"),
    "16": ("C", "烟草制品业"),
    "17": ("C", "纺织业"),
    "18": ("C", "纺织服装、服饰业"),
    "19": ("C", "皮革、毛皮、羽毛及其制品和制鞋业"),
    "20": ("C", "木材加工和木、竹、藤、棕、草制品业"),
    "21": ("C", "家具制造业"),
    "22": ("C", "造纸和纸制品业"),
    "23": ("C", "印刷和记录媒介复制业"),
    "24": ("C", "文教、工美、体育和娱乐用品制造业"),
    "25": ("C", "石油、煤炭及其他燃料加工业"),
    "26": ("C", "化学原料和化学制品制造业"),
    "27": ("C", "医药制造业"),
    "28": ("C", "化学纤维制造业"),
    "29": ("C", "橡胶和塑料制品业"),
    "30": ("C", "非金属矿物制品业"),
    "31": ("C", "黑色金属冶炼和压延加工业"),
    "32": ("C", "有色金属冶炼和压延加工业"),
    "33": ("C", "金属制品业"),
    "34": ("C", "通用设备制造业"),
    "35": ("C", "专用设备制造业"),
    "36": ("C", "汽车制造业"),
    "37": ("C", "铁路、船舶、航空航天和其他运输设备制造业"),
    "38": ("C", "电气机械和器材制造业"),
    "39": ("C", "计算机、通信和其他电子设备制造业"),
    "40": ("C", "仪器仪表制造业"),
    "41": ("C", "其他制造业"),
    "42": ("C", "废弃资源综合利用业"),
    "43": ("C", "金属制品、机械和设备修理业"),
    # D 电力、热力、燃气及水生产和供应业
    "44": ("D", "电力、热力生产和供应业"),
    "45": ("D", "燃气生产和供应业"),
    "46": ("D", "水的生产和供应业"),
    # E 建筑业
    "47": ("E", "房屋建筑业"),
    "48": ("E", "土木工程建筑业"),
    "49": ("E", "建筑安装业"),
    "50": ("E", "建筑装饰、装修和其他建筑业"),
    # F 批发和零售业
    "51": ("F", "批发业"),
    "52": ("F", "零售业"),
    # G 交通运输、仓储和邮政业
    "53": ("G", "铁路运输业"),
    "54": ("G", "道路运输业"),
    "55": ("G", "水上运输业"),
    "56": ("G", "航空运输业"),
    "57": ("G", "管道运输业"),
    "58": ("G", "多式联运和运输代理业"),
    "59": ("G", "装卸搬运和仓储业"),
    "60": ("G", "邮政业"),
    # H 住宿和餐饮业
    "61": ("H", "住宿业"),
    "62": ("H", "餐饮业"),
    # I 信息传输、软件和信息技术服务业
    "63": ("I", "电信、广播电视和卫星传输服务"),
    "64": ("I", "互联网和相关服务"),
    "65": ("I", "软件和信息技术服务业"),
    # J 金融业
    "66": ("J", "货币金融服务"),
    "67": ("J", "资本市场服务"),
    "68": ("J", "保险业"),
    "69": ("J", "其他金融业"),
    # K 房地产业
    "70": ("K", "房地产业"),
    # L 租赁和商务服务业
    "71": ("L", "租赁业"),
    "72": ("L", "商务服务业"),
    # M 科学研究和技术服务业
    "73": ("M", "研究和试验发展"),
    "74": ("M", "专业技术服务业"),
    "75": ("M", "科技推广和应用服务业"),
    # N 水利、环境和公共设施管理业
    "76": ("N", "水利管理业"),
    "77": ("N", "生态保护和环境治理业"),
    "78": ("N", "公共设施管理业"),
    "79": ("N", "土地管理业"),
    # O 居民服务、修理和其他服务业
    "80": ("O", "居民服务业"),
    "81": ("O", "机动车、电子产品和日用产品修理业"),
    "82": ("O", "其他服务业"),
    # P 教育
    "83": ("P", "教育"),
    # Q 卫生和社会工作
    "84": ("Q", "卫生"),
    "85": ("Q", "社会工作"),
    # R 文化、体育和娱乐业
    "86": ("R", "新闻和出版业"),
    "87": ("R", "广播、电视、电影和录音制作业"),
    "88": ("R", "文化艺术业"),
    "89": ("R", "体育"),
    "90": ("R", "娱乐业"),
    # S 公共管理、社会保障和社会组织
    "91": ("S", "中国共产党机关"),
    "92": ("S", "国家机构"),
    "93": ("S", "人民政协、民主党派"),
    "94": ("S", "社会保障"),
    "95": ("S", "群众团体、社会团体和其他成员组织"),
    "96": ("S", "基层群众自治组织及其他组织"),
    # T 国际组织
    "97": ("T", "国际组织"),
}


@dataclass(frozen=True)
class Industry:
    """A parsed code: a 门类, a 大类, or a 中类/小类 known only through its 大类.

    ``code`` is the canonical stored form, letter + digits: "C", "C13", "C139", "C1391".
    """

    code: str
    section: str
    section_name: str
    division: str | None
    division_name: str | None


# Full-width ASCII (U+FF01-U+FF5E) maps to U+0021-U+007E; U+3000 is the ideographic space.
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Separators people type between the letter and the digits; all are dropped.
_DROPPED = re.compile("[\\s\\-_\u2010-\u2015\u2212\ufe58\ufe63\u200b\ufeff]+")
_CODE = re.compile(r"([A-Z]?)(\d{2,4})?")


def normalize(text: str) -> str:
    """Half-width, upper-case code text without spaces or dashes: " ｃ－1391 " -> "C1391"."""
    return _DROPPED.sub("", text.translate(_HALF_WIDTH).strip()).upper()


def parse(text: str) -> Industry | None:
    """The industry a code names, or None when it is not a GB/T 4754-2017 code.

    Accepts a 门类 letter alone, a letter with 2-4 digits, or 2-4 digits alone (the letter is
    inferred). 中类 and 小类 codes are checked only through their first two digits, the 大类.
    """
    match = _CODE.fullmatch(normalize(text))
    if match is None:
        return None
    letter, digits = match.group(1), match.group(2)
    if not digits:
        if letter not in SECTIONS:  # also rejects the empty string
            return None
        return Industry(letter, letter, SECTIONS[letter], None, None)
    entry = DIVISIONS.get(digits[:2])
    if entry is None:
        return None
    section, division_name = entry
    if letter and letter != section:
        return None
    return Industry(section + digits, section, SECTIONS[section], digits[:2], division_name)


def label(code: str) -> str:
    """Display text: "C 制造业", "C13 农副食品加工业", "C1391（农副食品加工业）"; the raw text if unparseable."""
    industry = parse(code)
    if industry is None:
        return code
    if industry.division is None:
        return f"{industry.code} {industry.section_name}"
    if len(industry.code) == 3:
        return f"{industry.code} {industry.division_name}"
    return f"{industry.code}（{industry.division_name}）"


def divisions_of(section: str) -> list[tuple[str, str]]:
    """(canonical code, name) of each 大类 of a 门类 in code order, e.g. ("C13", "农副食品加工业"); [] if unknown."""
    letter = normalize(section)
    return [(letter + code, name) for code, (owner, name) in DIVISIONS.items() if owner == letter]


# Three names are both a 门类 and its only 大类 (房地产业, 教育, 国际组织); the 大类 wins,
# being the more precise reading and carrying the 门类 with it.
_BY_NAME: dict[str, Industry] = {name: Industry(letter, letter, name, None, None) for letter, name in SECTIONS.items()}
_BY_NAME |= {
    name: Industry(section + code, section, SECTIONS[section], code, name)
    for code, (section, name) in DIVISIONS.items()
}


def by_name(text: str) -> Industry | None:
    """The 门类 or 大类 whose official name is exactly ``text`` (surrounding spaces ignored)."""
    return _BY_NAME.get(text.strip())
