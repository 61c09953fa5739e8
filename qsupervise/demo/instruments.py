"""Instruments under compulsory verification in the demo county: scales in shops and markets, fuel dispensers,
weighbridges, taximeters, pressure gauges in factories, blood-pressure meters, emission monitors.

Each township gets its own diligence, so that its 登记造册率 and 强检受检率 scatter around the usual targets
(90 % / 70 %): most townships meet them, a few do not.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Table

from qsupervise.changelog import WriteContext, bulk_insert
from qsupervise.demo.firms import Firm
from qsupervise.models import Instrument, OrgUnit
from qsupervise.rules import instruments as rules

INSTRUMENT: Table = Instrument.__table__  # type: ignore[attr-defined]
Common = Callable[[], dict[str, Any]]


@dataclass(frozen=True)
class Type:
    name: str
    models: tuple[str, ...]
    category: str
    cycle: int  # months, as the verification regulation (JJG) says
    places: tuple[str, ...]
    body: int = 0  # 0 the county's metrology institute, 1 the city's, 2 the province's


TYPES: dict[str, Type] = {
    "scale": Type("电子计价秤", ("ACS-15", "ACS-30", "ACS-6", "TCS-30"), rules.TRADE, 12,
                  ("收银台", "生鲜区", "柜台", "门店")),
    "platform": Type("电子台秤", ("TCS-150", "TCS-300", "TCS-500"), rules.TRADE, 12, ("仓库", "收购点", "门店")),
    "truck": Type("电子汽车衡", ("SCS-50", "SCS-100", "SCS-120"), rules.TRADE, 12, ("厂区大门", "原料场", "收购站"), 1),
    "pump": Type("燃油加油机", ("CS46", "DJY-222A", "DJY-218A", "CS32"), rules.TRADE, 6, ("加油岛",), 1),
    "taximeter": Type("出租汽车计价器", ("JJ-3", "DS-H6"), rules.TRADE, 12, ("营运车辆",), 1),
    "gauge": Type("压力表", ("Y-100 0~1.6MPa", "Y-60 0~2.5MPa", "Y-150 0~1.0MPa"), rules.SAFETY, 6,
                  ("锅炉房", "分汽缸", "空压机储气罐", "蒸汽管道")),
    "gas_alarm": Type("可燃气体检测报警器", ("GT-2000", "SP-1003"), rules.SAFETY, 12, ("生产车间", "仓库", "燃气间")),
    "bp": Type("电子血压计", ("HEM-7136", "U80EH", "YE660D"), rules.MEDICAL, 12, ("医务室", "护理站")),
    "cems": Type("烟气排放连续监测系统", ("CEMS-2000", "BH-CEMS"), rules.ENVIRONMENT, 12, ("排气筒", "锅炉烟囱"), 2),
    "cod": Type("化学需氧量在线自动监测仪", ("COD-2000", "WQ-COD"), rules.ENVIRONMENT, 12, ("污水总排口",), 2),
    "noise": Type("声级计", ("AWA5688", "AWA6228+"), rules.ENVIRONMENT, 12, ("厂界",), 1),
}
# industry -> (type, chance, fewest, most) for shops and services; manufacturers are in MAKERS
TRADES: dict[str, tuple[tuple[str, float, int, int], ...]] = {
    "F5211": (("scale", 0.11, 1, 1),),
    "F5221": (("scale", 0.14, 1, 2),),
    "F5231": (("scale", 0.14, 1, 2),),
    "F5225": (("scale", 0.06, 1, 1),),
    "F5166": (("platform", 0.16, 1, 1),),
    "F5251": (("scale", 0.04, 1, 1),),
    "F5241": (("platform", 0.06, 1, 1),),
    "H6210": (("scale", 0.04, 1, 1),),
    "H6291": (("scale", 0.02, 1, 1),),
    "A0311": (("platform", 0.03, 1, 1),),
    "A0141": (("platform", 0.03, 1, 1),),
    "A0111": (("platform", 0.06, 1, 1), ("truck", 0.02, 1, 1)),
    "A0169": (("platform", 0.14, 1, 1), ("truck", 0.03, 1, 1)),  # cooperatives buy their members' produce
    "E4790": (("gauge", 0.06, 1, 2),),  # oxygen and acetylene cylinders on site
    "O8010": (("bp", 0.06, 1, 2),),  # home-care companies
    "G5430": (("taximeter", 0.05, 4, 16),),  # taxi companies
    "L7212": (("pump", 0.04, 4, 8),),  # trading companies running a filling station
}
# A manufacturer of an industry: what it weighs, what is under pressure, what goes up the chimney or down the drain.
MAKERS: dict[str, tuple[tuple[str, float, int, int], ...]] = {
    "C1391": (("truck", 0.16, 1, 1), ("platform", 0.11, 1, 1), ("gauge", 0.14, 1, 2)),
    "C1431": (("platform", 0.11, 1, 1), ("gauge", 0.08, 1, 2)),
    "C1511": (("platform", 0.08, 1, 1), ("gauge", 0.16, 1, 2), ("gas_alarm", 0.15, 1, 1), ("cod", 0.04, 1, 1)),
    "C1524": (("platform", 0.14, 1, 1),),
    "C1351": (("platform", 0.14, 1, 1), ("gauge", 0.11, 1, 2)),
    "C1469": (("platform", 0.11, 1, 1), ("gauge", 0.11, 1, 2)),
    "C1371": (("platform", 0.11, 1, 1), ("gauge", 0.06, 1, 1)),
    "C2927": (("platform", 0.08, 1, 1), ("gauge", 0.06, 1, 1)),
    "C3021": (("truck", 0.64, 1, 2), ("gauge", 0.22, 1, 3), ("cems", 0.4, 1, 1), ("noise", 0.2, 1, 1)),
    "C3031": (("truck", 0.24, 1, 1), ("gauge", 0.08, 1, 2)),
    "C2110": (("gauge", 0.06, 1, 1),),
    "C1810": (("gauge", 0.08, 1, 2),),  # steam irons
    "C3874": (("gauge", 0.02, 1, 1),),
    "C3399": (("platform", 0.08, 1, 1), ("gauge", 0.06, 1, 1)),
    "C2641": (("platform", 0.11, 1, 1), ("gauge", 0.08, 1, 2), ("gas_alarm", 0.35, 1, 2)),
    "C2231": (("truck", 0.12, 1, 1), ("gauge", 0.14, 1, 2), ("cod", 0.08, 1, 1)),
}
COUNTY_BODY = "{county}计量检定测试所"
BODIES = ("某某市计量检定测试所", "湖北省计量测试技术研究院")


class InstrumentDemo:
    def __init__(self, conn: Connection, ctx: WriteContext, rng: random.Random, common: Common, as_of: date,
                 county: OrgUnit, townships: list[OrgUnit]) -> None:
        self.conn, self.ctx, self.rng, self.common, self.as_of = conn, ctx, rng, common, as_of
        self.bodies = (COUNTY_BODY.format(county=county.name), *BODIES)
        # diligence per township: the share of instruments filed, and of filed ones verified in their cycle
        self.diligence = {t.id: (min(0.995, rng.gauss(0.94, 0.03)), min(0.95, rng.gauss(0.76, 0.07)))
                          for t in townships}
        self.rows: list[dict[str, Any]] = []
        self.certificates = 0

    def wanted(self, firm: Firm) -> list[tuple[str, int]]:
        rng = self.rng
        maker = firm.manufacturer
        table = MAKERS.get(firm.industry, ()) if maker else TRADES.get(firm.industry, ())
        out = []
        for key, chance, fewest, most in table:
            if firm.kind == "individual" and TYPES[key].category != rules.TRADE:
                continue
            if firm.kind == "enterprise" and not maker and key in ("scale", "platform"):
                chance, most = min(0.6, chance * 2), most + 1  # a supermarket, not a corner shop
            if rng.random() < chance:
                out.append((key, rng.randint(fewest, most)))
        if firm.scale == "above" and rng.random() < 0.15:
            out.append(("bp", 1))  # the factory's first-aid room
        return out

    def instrument(self, firm: Firm, start: date | None, key: str, n: int) -> dict[str, Any]:
        """One instrument of ``firm`` (which could have had it verified from ``start`` on)."""
        rng, as_of, kind = self.rng, self.as_of, TYPES[key]
        registered_share, verified_share = self.diligence.get(firm.township_id, (0.92, 0.75))
        registered = rng.random() < registered_share
        in_cycle = verified_share if registered else 0.45  # a few unfiled ones are verified all the same
        roll = rng.random()
        verified: date | None = None
        result: str | None = None
        cycle_days = (rules.due_date(as_of, kind.cycle) - as_of).days
        if start is None:
            pass  # founded this month: nothing verified yet
        elif roll < in_cycle:
            verified = max(start, as_of - timedelta(days=rng.randrange(cycle_days)))
            result = rules.PASS if rng.random() < 0.92 else None  # some certificates are entered without it
        elif roll < in_cycle + (1 - in_cycle) * 0.6:
            verified = as_of - timedelta(days=cycle_days + rng.randint(1, 540))  # lapsed: overdue
            result = rules.PASS if verified >= start else None
            verified = verified if verified >= start else None
        elif roll < in_cycle + (1 - in_cycle) * 0.7:
            verified = max(start, as_of - timedelta(days=rng.randrange(cycle_days)))
            result = rules.FAIL
        row = self.common()
        place = rng.choice(kind.places)
        if key == "pump":
            place = f"加油岛 {n // 2 + 1} 号 {n % 2 + 1} 枪"
        elif key == "taximeter":
            place = f"鄂N·T{rng.randint(1000, 9999)}"
        row.update(
            enterprise_id=firm.id, name=kind.name, model=rng.choice(kind.models),
            serial=f"{rng.randint(15, 25):02d}{rng.randint(0, 999_999):06d}", use_category=kind.category,
            location=place, registered=registered, verification_body="", certificate_no="",
            cycle_months=kind.cycle, verified_on=None, due_on=None, result=result, deleted_at=None,
        )
        if verified is not None:
            self.certificates += 1
            row.update(verification_body=self.bodies[kind.body if rng.random() < 0.9 else 0],
                       certificate_no=f"JD{verified.year}-{self.certificates:06d}", verified_on=verified.isoformat(),
                       due_on=rules.due_date(verified, kind.cycle).isoformat())
        return row

    def build(self, firms: list[Firm]) -> int:
        for firm in firms:
            if not firm.trading:
                continue
            wanted = self.wanted(firm)
            if not wanted:
                continue
            start = firm.earliest(self.as_of)
            for key, count in wanted:
                for n in range(count):
                    self.rows.append(self.instrument(firm, start, key, n))
        bulk_insert(self.conn, self.ctx, INSTRUMENT, self.rows)
        return len(self.rows)
