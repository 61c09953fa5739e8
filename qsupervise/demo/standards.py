"""Standardization work in the demo county: a catalogue of a few hundred standards with replaced-by chains,
products still on superseded editions, adoption of international standards, standards drafted locally, and a
dozen agricultural standardization projects with their certified bases.

Everything is drawn from its own generator and written in bulk (Core); the executed standards the registry made
are updated only where a product is moved onto an older edition or marked as adopting.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session

from qsupervise.changelog import WriteContext, bulk_insert, bulk_update_rows
from qsupervise.demo.firms import Firm
from qsupervise.models import (
    AgriProject,
    AgriProjectCertification,
    AgriProjectTownship,
    CatalogueStandard,
    Certification,
    DraftedStandard,
    ExecutedStandard,
    OrgUnit,
    Product,
)
from qsupervise.rules import standards as rules
from qsupervise.services.standards_catalogue import apply_catalogue

CAT: Table = CatalogueStandard.__table__  # type: ignore[attr-defined]
STD: Table = ExecutedStandard.__table__  # type: ignore[attr-defined]
PRODUCT: Table = Product.__table__  # type: ignore[attr-defined]
CERT: Table = Certification.__table__  # type: ignore[attr-defined]
DRAFT: Table = DraftedStandard.__table__  # type: ignore[attr-defined]
PROJ: Table = AgriProject.__table__  # type: ignore[attr-defined]
PT: Table = AgriProjectTownship.__table__  # type: ignore[attr-defined]
PC: Table = AgriProjectCertification.__table__  # type: ignore[attr-defined]
Common = Callable[[], dict[str, Any]]
OLD_EDITION_SHARE = 0.12  # products that still declare the edition before the current one
IN_CHUNK = 500

# Editions oldest first (number, title, issued): each is replaced by the next; the last is current.
CHAINS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("食品安全国家标准 食品添加剂使用标准", (("GB 2760-2007", "2007-03-12"), ("GB 2760-2011", "2011-04-20"),
                                           ("GB 2760-2014", "2014-12-24"), ("GB 2760-2024", "2024-02-08"))),
    ("食品安全国家标准 食品中污染物限量", (("GB 2762-2012", "2012-11-16"), ("GB 2762-2017", "2017-03-17"),
                                         ("GB 2762-2022", "2022-06-30"))),
    ("食品安全国家标准 预包装食品标签通则", (("GB 7718-2004", "2004-05-09"), ("GB 7718-2011", "2011-04-20"),
                                           ("GB 7718-2025", "2025-03-16"))),
    ("食品安全国家标准 预包装食品营养标签通则", (("GB 28050-2011", "2011-10-12"), ("GB 28050-2025", "2025-03-16"))),
    ("食品安全国家标准 食品中农药最大残留限量", (("GB 2763-2016", "2016-12-18"), ("GB 2763-2019", "2019-08-15"),
                                               ("GB 2763-2021", "2021-03-03"))),
    ("通用硅酸盐水泥", (("GB 175-1999", "1999-01-01"), ("GB 175-2007", "2007-11-09"), ("GB 175-2023", "2023-08-06"))),
    ("月饼质量通则", (("GB 19855-2005", "2005-08-15"), ("GB/T 19855-2015", "2015-05-15"),
                     ("GB/T 19855-2023", "2023-05-23"))),
    ("白酒质量要求 第1部分：浓香型白酒", (("GB/T 10781.1-2006", "2006-07-18"), ("GB/T 10781.1-2021", "2021-05-21"))),
    ("绿茶 第1部分：基本要求", (("GB/T 14456.1-2008", "2008-05-07"), ("GB/T 14456.1-2017", "2017-09-07"))),
    ("红茶 第2部分：工夫红茶", (("GB/T 13738.2-2008", "2008-06-17"), ("GB/T 13738.2-2017", "2017-09-07"))),
    ("中式香肠质量通则", (("GB/T 23493-2009", "2009-03-28"), ("GB/T 23493-2022", "2022-03-09"))),
    ("烧结普通砖", (("GB 5101-1998", "1998-08-13"), ("GB/T 5101-2003", "2003-02-21"),
                   ("GB/T 5101-2017", "2017-09-07"))),
    ("普通混凝土小型砌块", (("GB 8239-1997", "1997-11-21"), ("GB/T 8239-2014", "2014-06-09"))),
    ("木家具通用技术条件", (("GB/T 3324-2008", "2008-06-18"), ("GB/T 3324-2017", "2017-10-14"))),
    ("家具中有害物质限量", (("GB 18584-2001", "2001-12-10"), ("GB 18584-2024", "2024-03-15"))),
    ("针织休闲服装", (("FZ/T 73020-2012", "2012-12-28"), ("FZ/T 73020-2019", "2019-08-02"))),
    ("衬衫", (("GB/T 2660-2008", "2008-06-18"), ("GB/T 2660-2017", "2017-10-14"))),
    ("灯具 第1部分：一般要求与试验", (("GB 7000.1-2007", "2007-01-22"), ("GB 7000.1-2015", "2015-12-10"),
                                      ("GB 7000.1-2023", "2023-11-27"))),
    ("合成树脂乳液内墙涂料", (("GB/T 9756-2009", "2009-03-13"), ("GB/T 9756-2018", "2018-12-28"))),
    ("建筑用墙面涂料中有害物质限量", (("GB 18582-2008", "2008-04-01"), ("GB 18582-2020", "2020-03-04"))),
    ("食品安全国家标准 腌腊肉制品", (("GB 2730-2005", "2005-01-25"), ("GB 2730-2015", "2015-11-13"))),
    ("食品安全国家标准 糕点、面包", (("GB 7099-2003", "2003-09-24"), ("GB 7099-2015", "2015-11-13"))),
    ("食品安全国家标准 酱腌菜", (("GB 2714-2003", "2003-09-24"), ("GB 2714-2015", "2015-11-13"))),
    ("食品安全国家标准 酿造酱", (("GB 2718-2003", "2003-09-24"), ("GB 2718-2014", "2014-12-01"))),
    ("食品安全国家标准 蒸馏酒及其配制酒", (("GB 2757-1981", "1981-11-18"), ("GB 2757-2012", "2012-08-06"))),
    ("食品安全国家标准 食品生产通用卫生规范", (("GB 14881-1994", "1994-02-22"), ("GB 14881-2013", "2013-05-24"))),
    ("国家纺织产品基本安全技术规范", (("GB 18401-2003", "2003-11-27"), ("GB 18401-2010", "2011-01-14"))),
    ("茶叶种植技术规程", (("DB42/T 1136-2015", "2015-11-30"), ("DB42/T 1136-2023", "2023-06-19"))),
    ("烤烟栽培技术规程", (("DB42/T 588-2009", "2009-12-01"), ("DB42/T 588-2019", "2019-11-12"))),
)
# Current standards with no edition replaced in the catalogue (number, title, issued)
CURRENT_ONES: tuple[tuple[str, str, str], ...] = (
    ("GB/T 34321-2017", "食用马铃薯淀粉", "2017-09-07"), ("GB 31637-2016", "食品安全国家标准 食用淀粉", "2016-12-23"),
    ("GB/T 20977-2007", "糕点通则", "2007-06-14"), ("GB/T 18186-2000", "酿造酱油", "2000-07-31"),
    ("GB/T 18187-2000", "酿造食醋", "2000-07-31"), ("GB/T 8946-2013", "塑料编织袋通用技术要求", "2013-12-31"),
    ("QB/T 2904-2022", "不锈钢器皿", "2022-04-08"), ("GB/T 15066-2004", "不锈钢压力锅", "2004-03-15"),
    ("GB/T 9468-2008", "灯具分布光度测量的一般要求", "2008-06-30"),
    ("GB/T 6543-2008", "运输包装用单瓦楞纸箱和双瓦楞纸箱", "2008-08-19"),
    ("GB 4806.7-2016", "食品安全国家标准 食品接触用塑料材料及制品", "2016-10-19"),
    ("GB 2761-2017", "食品安全国家标准 食品中真菌毒素限量", "2017-03-17"),
    ("GB/T 191-2008", "包装储运图示标志", "2008-04-01"), ("GB 5749-2022", "生活饮用水卫生标准", "2022-03-15"),
    ("NY/T 391-2021", "绿色食品 产地环境质量", "2021-05-07"), ("NY/T 393-2020", "绿色食品 农药使用准则", "2020-07-27"),
    ("GB/T 19630-2019", "有机产品 生产、加工、标识与管理体系要求", "2019-08-30"),
    ("NY/T 5018-2015", "茶叶生产技术规程", "2015-05-21"),
    ("NY/T 2798.1-2015", "无公害农产品 生产质量安全控制技术规范 第1部分：通则", "2015-10-09"),
)  # fmt: skip
# Standards the county withdrew (number, title, issued, withdrawn)
WITHDRAWN: tuple[tuple[str, str, str, str], ...] = (
    ("QB/T 1870-1993", "塑料浴盆", "1993-07-16", "2017-04-21"),
    ("DB42/T 1318-2017", "瓦楞纸箱包装通用技术要求", "2017-09-01", "2024-06-30"),
    ("GB/T 18624-2002", "水泥工业用预热器", "2002-01-01", "2019-12-31"),
)
LOCAL_CROPS = ("茶叶", "烤烟", "魔芋", "柑橘", "中药材", "食用菌", "马铃薯", "蔬菜", "生猪", "油茶", "板栗", "核桃")
LOCAL_TOPICS = ("栽培技术规程", "病虫害绿色防控技术规程", "生产技术规程", "采收与贮藏技术规程", "质量分级",
                "加工技术规程", "种苗繁育技术规程", "标准化基地建设规范", "测土配方施肥技术规程", "产地环境要求",
                "农药安全使用规范", "生产档案记录规范")
# industry -> (the product standard it adopts on, degree, international number, chance a product adopts)
ADOPTION: dict[str, tuple[str, str, str, float]] = {
    "C3874": ("GB 7000.1-2015", rules.IDT, "IEC 60598-1:2014", 0.75),
    "C2641": ("GB 18582-2020", rules.MOD, "ISO 11890-2:2020", 0.35),
    "C3021": ("GB 175-2023", rules.MOD, "EN 197-1:2011", 0.45),
    "C1524": ("GB/T 13738.2-2017", rules.MOD, "ISO 3720:2011", 0.3),
    "C1810": ("GB/T 2660-2017", rules.MOD, "ISO 3758:2012", 0.25),
    "C2110": ("GB 18584-2024", rules.MOD, "EN 717-1:2004", 0.2),
    "C2231": ("GB/T 6543-2008", rules.MOD, "ISO 2248:1985", 0.15),
    "C1431": ("GB 7099-2015", rules.MOD, "CAC CXS 192-1995", 0.1),
    "C1391": ("GB/T 34321-2017", rules.MOD, "ISO 1666:1996", 0.12),
}
PROJECTS: tuple[tuple[str, str, str, int], ...] = (  # (name, crop, level, townships)
    ("烤烟标准化生产示范区", "烤烟", "national", 3), ("魔芋标准化种植示范基地", "魔芋", "provincial", 2),
    ("高山茶叶标准化示范园", "茶叶", "provincial", 2), ("中药材（黄连）标准化种植示范基地", "中药材", "municipal", 1),
    ("柑橘标准化生产示范园", "柑橘", "provincial", 2), ("食用菌标准化生产示范基地", "食用菌", "county", 1),
    ("富硒茶标准化加工示范项目", "茶叶", "county", 1), ("马铃薯脱毒种薯标准化示范基地", "马铃薯", "municipal", 2),
    ("蔬菜标准化生产示范基地", "蔬菜", "county", 1), ("生猪标准化养殖示范场", "生猪", "provincial", 1),
    ("油茶标准化示范林", "油茶", "county", 1), ("板栗标准化示范园", "板栗", "county", 1),
)  # fmt: skip
PROJECT_STANDARDS = {"茶叶": ("NY/T 5018-2015", "DB42/T 1136-2023", "GB/T 14456.1-2017"),
                     "烤烟": ("DB42/T 588-2019",), "柑橘": ("NY/T 2798.1-2015",), "蔬菜": ("NY/T 2798.1-2015",)}


@dataclass(frozen=True)
class StandardsCounts:
    catalogue: int = 0
    superseded: int = 0  # executed-standard rows flagged
    adopting: int = 0  # executed-standard rows marked as adopting
    drafted: int = 0
    projects: int = 0


class StandardsDemo:
    def __init__(self, session: Session, ctx: WriteContext, rng: random.Random, common: Common, as_of: date,
                 townships: list[OrgUnit]) -> None:
        self.session, self.conn, self.ctx, self.rng = session, session.connection(), ctx, rng
        self.common, self.as_of, self.townships = common, as_of, townships
        self.entries: list[dict[str, Any]] = []

    def build(self, firms: list[Firm]) -> StandardsCounts:
        older = self.catalogue()
        self.old_editions(older)
        applied = apply_catalogue(self.session, actor="demo")
        adopting = self.adoption(firms)
        drafted = self.drafted(firms)
        projects = self.projects(firms)
        catalogue = len(self.entries)
        return StandardsCounts(catalogue, applied.superseded, adopting, drafted, projects)

    def entry(self, number: str, title: str, issued: str, status: str = rules.CURRENT, replaced_by: str = "",
              withdrawn: str | None = None) -> dict[str, Any]:
        parsed = rules.parse(number)
        assert parsed is not None
        implemented = (date.fromisoformat(issued) + timedelta(days=self.rng.choice((90, 180, 182, 365)))).isoformat()
        row = self.common()
        row.update(number=number, normalized=parsed.normalized, kind=parsed.kind, title=title, status=status,
                   replaced_by=replaced_by, issued_on=issued, implemented_on=implemented, withdrawn_on=withdrawn,
                   source="演示目录", note="", deleted_at=None)
        return row

    def catalogue(self) -> dict[str, str]:
        """Write the catalogue; returns current edition -> the edition it replaced."""
        rows: list[dict[str, Any]] = []
        older: dict[str, str] = {}
        for title, editions in CHAINS:
            for n, (number, issued) in enumerate(editions):
                successor = editions[n + 1][0] if n + 1 < len(editions) else ""
                rows.append(self.entry(number, title, issued, rules.REPLACED if successor else rules.CURRENT,
                                       successor))
            if len(editions) > 1:
                older[editions[-1][0]] = editions[-2][0]
        rows += [self.entry(number, title, issued) for number, title, issued in CURRENT_ONES]
        rows += [self.entry(number, title, issued, rules.WITHDRAWN, withdrawn=gone)
                 for number, title, issued, gone in WITHDRAWN]
        seq = 1000
        for crop in LOCAL_CROPS:
            for topic in LOCAL_TOPICS:
                if self.rng.random() < 0.15:
                    continue
                seq += self.rng.randint(3, 40)
                year = self.rng.randint(2012, self.as_of.year - 1)
                issued = date(year, self.rng.randint(1, 12), self.rng.randint(1, 28)).isoformat()
                if self.rng.random() < 0.25 and year < self.as_of.year - 3:  # revised since: two editions
                    new_year = self.rng.randint(year + 2, self.as_of.year - 1)
                    new_issued = date(new_year, self.rng.randint(1, 12), self.rng.randint(1, 28)).isoformat()
                    rows.append(self.entry(f"DB42/T {seq}-{year}", f"{crop}{topic}", issued, rules.REPLACED,
                                           f"DB42/T {seq}-{new_year}"))
                    rows.append(self.entry(f"DB42/T {seq}-{new_year}", f"{crop}{topic}", new_issued))
                else:
                    rows.append(self.entry(f"DB42/T {seq}-{year}", f"{crop}{topic}", issued))
                if self.rng.random() < 0.4:
                    nyear = self.rng.randint(2008, self.as_of.year - 1)
                    rows.append(self.entry(f"NY/T {self.rng.randint(400, 4400)}-{nyear}", f"{crop}{topic}",
                                           date(nyear, self.rng.randint(1, 12), self.rng.randint(1, 28)).isoformat()))
        unique = {r["normalized"]: r for r in rows}
        self.entries = list(unique.values())
        bulk_insert(self.conn, self.ctx, CAT, self.entries)
        return older

    def old_editions(self, older: dict[str, str]) -> int:
        """Move a share of the products on a current edition back onto the one it replaced (not yet updated)."""
        items: list[tuple[str, dict[str, Any]]] = []
        stmt = select(STD.c.id, STD.c.normalized).where(STD.c.normalized.in_(sorted(older))).order_by(STD.c.id)
        for rid, normalized in self.conn.execute(stmt):
            if self.rng.random() < OLD_EDITION_SHARE:
                old = older[normalized]
                parsed = rules.parse(old)
                assert parsed is not None
                items.append((rid, {"raw": old, "normalized": parsed.normalized, "kind": parsed.kind}))
        bulk_update_rows(self.conn, self.ctx, STD, items)
        return len(items)

    def adoption(self, firms: list[Firm]) -> int:
        """Products of the industries with an adopted standard, marked on that standard by chance."""
        by_firm = {f.id: f.industry for f in firms if f.industry in ADOPTION}
        numbers = sorted({a[0] for a in ADOPTION.values()})
        stmt = (select(STD.c.id, STD.c.normalized, PRODUCT.c.enterprise_id)
                .join(PRODUCT, PRODUCT.c.id == STD.c.product_id)
                .where(STD.c.normalized.in_(numbers)).order_by(STD.c.id))
        items: list[tuple[str, dict[str, Any]]] = []
        for rid, normalized, enterprise_id in self.conn.execute(stmt):
            industry = by_firm.get(enterprise_id)
            if industry is None:
                continue
            number, degree, adopted, chance = ADOPTION[industry]
            if normalized == number and self.rng.random() < chance:
                items.append((rid, {"adopts_international": True, "adoption_degree": degree,
                                    "adopted_number": adopted}))
        bulk_update_rows(self.conn, self.ctx, STD, items)
        return len(items)

    def drafted(self, firms: list[Firm]) -> int:
        rng = self.rng
        makers = [f for f in firms if f.manufacturer and f.scale == "above" and f.trading]
        rows = []
        groups = ("T/HBSP", "T/HBAS", "T/CNFIA", "T/CBJ", "T/CNLIC")
        for year in range(self.as_of.year - 2, self.as_of.year + 1):
            for _ in range(rng.randint(10, 16)):
                firm = rng.choice(makers) if makers and rng.random() < 0.8 else None
                level = rng.choices(("group", "local", "industry", "national"), weights=(6, 3, 1.5, 1))[0]
                proposed = date(year, rng.randint(1, 6), rng.randint(1, 28))
                published = proposed + timedelta(days=rng.randint(120, 420))
                done = published <= self.as_of and rng.random() < 0.8
                crop = rng.choice(LOCAL_CROPS)
                number = {"group": f"{rng.choice(groups)} {rng.randint(1, 180):03d}-{published.year}",
                          "local": f"DB42/T {rng.randint(2100, 2400)}-{published.year}",
                          "industry": f"{rng.choice(('QB/T', 'NY/T', 'SB/T'))} {rng.randint(5000, 5800)}-"
                                      f"{published.year}",
                          "national": f"GB/T {rng.randint(41000, 45000)}-{published.year}"}[level]
                row = self.common()
                town = firm.township_id if firm else rng.choice(self.townships).id
                row.update(level=level, number=number if done else "", title=f"{crop}{rng.choice(LOCAL_TOPICS)}",
                           enterprise_id=firm.id if firm else None, drafter=firm.name if firm else "县农业技术推广中心",
                           township_id=town, role=rng.choice(("lead", "participant", "participant")),
                           status="published" if done else "proposed", proposed_on=proposed.isoformat(),
                           published_on=published.isoformat() if done else None, note="", deleted_at=None)
                rows.append(row)
        bulk_insert(self.conn, self.ctx, DRAFT, rows)
        return len(rows)

    def projects(self, firms: list[Firm]) -> int:
        rng = self.rng
        coops = [f for f in firms if f.kind == "coop" and f.trading]
        farm_certs: dict[str, list[str]] = {}
        owners = [f.id for f in coops]
        for start in range(0, len(owners), IN_CHUNK):
            chunk = owners[start : start + IN_CHUNK]
            for cid, eid in self.conn.execute(select(CERT.c.id, CERT.c.enterprise_id).where(
                    CERT.c.enterprise_id.in_(chunk), CERT.c.kind.in_(("green_food", "organic", "gi", "gap")))
                    .order_by(CERT.c.id)):
                farm_certs.setdefault(eid, []).append(cid)
        projects, towns, links = [], [], []
        for name, crop, level, spread in PROJECTS:
            matching = [f for f in coops if crop in f.name]
            certified = [f for f in matching if f.id in farm_certs]
            lead = rng.choice(certified or matching) if (certified or matching) else None
            covered = rng.randint(80, 1500)
            started = date(rng.randint(self.as_of.year - 5, self.as_of.year - 1), rng.randint(1, 12), 1)
            accepted = started + timedelta(days=rng.randint(700, 1100))
            status = "accepted" if accepted <= self.as_of else "underway"
            standards = PROJECT_STANDARDS.get(crop, ())
            local = [e["normalized"] for e in self.entries if e["title"].startswith(crop) and e["status"] == "current"]
            row = self.common()
            row.update(name=f"青溪县{name}", kind="base" if "基地" in name or "园" in name else "project", level=level,
                       crop=crop, enterprise_id=lead.id if lead else None,
                       lead_name=lead.name if lead else f"青溪县{crop}产业发展中心",
                       area_mu=float(rng.randint(8, 120) * 100 + rng.choice((0, 50))), farms_covered=covered,
                       farms_applying=int(covered * rng.uniform(0.55, 0.97)),
                       standards="、".join(dict.fromkeys([*standards, *local[:2]])), started_on=started.isoformat(),
                       accepted_on=accepted.isoformat() if status == "accepted" else None, status=status, note="",
                       deleted_at=None)
            projects.append(row)
            home = [t for t in self.townships if lead and t.id == lead.township_id]
            others = [t for t in self.townships if t not in home]
            for town in home + rng.sample(others, k=max(0, spread - len(home))):
                link = self.common()
                link.update(project_id=row["id"], township_id=town.id)
                towns.append(link)
            for cid in farm_certs.get(lead.id, []) if lead else []:
                cert = self.common()
                cert.update(project_id=row["id"], certification_id=cid)
                links.append(cert)
        bulk_insert(self.conn, self.ctx, PROJ, projects)
        bulk_insert(self.conn, self.ctx, PT, towns)
        bulk_insert(self.conn, self.ctx, PC, links)
        return len(projects)
