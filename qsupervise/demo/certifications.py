"""Certificates and licences of the demo county, and the reward money paid for new ones.

Food makers hold SC licences, lamp makers CCC certificates, cement, paint and packaging makers XK licences; a
share of enterprises (most of the 规上 ones) ISO 9001, fewer ISO 14001 / 45001; some cooperatives and farms
green-food, organic or geographical-indication marks. A certificate is renewed every term since the holder
first got it, so expiry dates fall evenly over the term: some lapse within the next 30, 60, 90 days; a few
were not renewed and have lapsed; a few are suspended or revoked.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Table

from qsupervise.changelog import WriteContext, bulk_insert
from qsupervise.demo import names
from qsupervise.demo.firms import Firm
from qsupervise.models import Certification, OrgUnit, RewardPayment

CERT: Table = Certification.__table__  # type: ignore[attr-defined]
PAYMENT: Table = RewardPayment.__table__  # type: ignore[attr-defined]
Common = Callable[[], dict[str, Any]]

# food industry -> (SC food category, licensed scope)
SC_FOOD: dict[str, tuple[str, str]] = {
    "C1391": ("23", "淀粉及淀粉制品：淀粉"),
    "C1431": ("24", "糕点：热加工糕点"),
    "C1511": ("15", "酒类：白酒（液态法白酒、固态法白酒）"),
    "C1524": ("14", "茶叶及相关制品：茶叶（绿茶、红茶）"),
    "C1351": ("04", "肉制品：腌腊肉制品、酱卤肉制品"),
    "C1469": ("03", "调味品：酱油、食醋、调味料"),
    "C1371": ("16", "蔬菜制品：酱腌菜、蔬菜干制品"),
}
# industry -> (XK product code, licensed product, chance of holding one)
XK_PRODUCTS: dict[str, tuple[str, str, float]] = {
    "C3021": ("XK08-001", "水泥", 0.95),
    "C2641": ("XK13-014", "危险化学品（溶剂型涂料）", 0.5),
    "C2927": ("XK16-204", "食品用塑料包装容器工具制品", 0.3),
    "C2231": ("XK16-205", "食品用纸包装、容器制品", 0.2),
}
CCC_CATEGORIES = ("0901", "0902", "0907")  # lamps (灯具) and their kinds
ISO_BODIES = ("中国质量认证中心", "华夏认证中心有限公司", "方圆标志认证集团有限公司", "北京世标认证中心有限公司",
              "中国船级社质量认证有限公司")
ISO_LETTER = {"iso9001": "Q", "iso14001": "E", "iso45001": "S"}
ISO_STANDARD = {"iso9001": "GB/T 19001-2016/ISO 9001:2015", "iso14001": "GB/T 24001-2016/ISO 14001:2015",
                "iso45001": "GB/T 45001-2020/ISO 45001:2018"}
VALIDITY = {"sc": 5, "ccc": 5, "xk": 5, "iso9001": 3, "iso14001": 3, "iso45001": 3, "green_food": 3, "organic": 1}
# 元 the county pays for a first certification (奖励资金), by kind
REWARDS = {"iso9001": 20_000, "iso14001": 10_000, "iso45001": 10_000, "ccc": 5_000, "green_food": 20_000,
           "organic": 30_000, "gi": 50_000}
GREEN_PRODUCTS = {"茶叶": "14", "蔬菜": "04", "柑橘": "06", "食用菌": "05", "水产": "22"}
LAPSE_RATE = 0.05  # certificates not renewed when their term ended


@dataclass
class CertCounts:
    certificates: int = 0
    payments: int = 0


class CertificationDemo:
    def __init__(self, conn: Connection, ctx: WriteContext, rng: random.Random, common: Common, as_of: date,
                 county: OrgUnit, funds: Mapping[int, str] | None = None) -> None:
        self.conn, self.ctx, self.rng, self.common, self.as_of = conn, ctx, rng, common, as_of
        self.funds = dict(funds or {})  # year -> the reward fund's row the payments of that year draw on
        code = county.code if county.code and len(county.code) == 6 else names.COUNTY_CODE
        self.region = code  # SC numbers: province, city and county (GB/T 2260)
        self.short = county.name.removesuffix("县").removesuffix("市").removesuffix("区") or county.name
        self.authority = f"{county.name}市场监督管理局"
        self.products = {m[0]: m[2] for m in names.MANUFACTURING}
        self.certs: list[dict[str, Any]] = []
        self.payments: list[dict[str, Any]] = []
        self.seqs: dict[str, int] = {}

    # -- dates ---------------------------------------------------------------------------------------------------

    def term(self, firm: Firm, years: int, *, may_lapse: bool = True) -> tuple[date, date, int] | None:
        """(issued, expires, renewals) of the certificate in use: first obtained some time after the firm was
        founded, renewed every ``years`` since; now and then the last renewal did not happen (it lapsed)."""
        rng = self.rng
        start = firm.earliest(self.as_of, rng.randint(60, 1500))
        if start is None:
            return None
        renewals = (self.as_of.year - start.year) // years
        issued = _years_later(start, renewals * years)
        if issued > self.as_of:
            renewals -= 1
            issued = _years_later(start, renewals * years)
        if may_lapse and renewals and rng.random() < LAPSE_RATE:
            renewals -= 1
            issued = _years_later(start, renewals * years)
        return issued, _years_later(issued, years) - timedelta(days=1), renewals

    # -- one certificate -------------------------------------------------------------------------------------------

    def add(self, firm: Firm, kind: str, number: str, issuer: str, scope: str, issued: date, expires: date | None,
            renewals: int) -> None:
        rng = self.rng
        status = "valid"
        if not firm.trading:
            status = "cancelled" if rng.random() < 0.6 else "valid"  # not always reported when a firm closes
        elif rng.random() < 0.01:
            status = "suspended"
        elif rng.random() < 0.004:
            status = "revoked"
        fresh = renewals == 0 and issued >= self.as_of - timedelta(days=730) and status == "valid"
        eligible = kind in REWARDS and fresh and rng.random() < 0.7
        row = self.common()
        row.update(
            enterprise_id=firm.id, product_id=None, kind=kind, number=number, number_note="", issuer=issuer,
            scope=scope, issued_on=issued.isoformat(), expires_on=expires.isoformat() if expires else None,
            status=status, attachment_id=None, reward_eligible=eligible, source="", note="", deleted_at=None,
        )
        self.certs.append(row)
        if eligible and rng.random() < 0.8:
            paid = issued + timedelta(days=rng.randint(60, 240))
            if paid <= self.as_of:
                self.pay(firm, row["id"], REWARDS[kind], paid)

    def pay(self, firm: Firm, cert_id: str, amount: int, paid: date) -> None:
        row = self.common()
        row.update(
            enterprise_id=firm.id, subject_kind="certification", subject_id=cert_id, amount_fen=amount * 100,
            paid_on=paid.isoformat(), fund_year=paid.year, fund_id=self.funds.get(paid.year),
            document_no=f"{self.short}市监发〔{paid.year}〕{self.rng.randint(5, 60)}号", note="", deleted_at=None,
        )
        self.payments.append(row)

    def next_seq(self, series: str) -> int:
        """Numbers run per series (an SC food category, an XK product, a certification body): never twice."""
        self.seqs[series] = self.seqs.get(series, 0) + 1
        return self.seqs[series]

    # -- kinds -------------------------------------------------------------------------------------------------

    def sc(self, firm: Firm) -> None:
        category, scope = SC_FOOD[firm.industry]
        found = self.term(firm, VALIDITY["sc"])
        if found is None:
            return
        issued, expires, renewals = found
        number = f"SC1{category}{self.region}{self.next_seq('sc' + category) % 10_000:04d}{self.rng.randint(0, 9)}"
        issuer = "湖北省市场监督管理局" if category == "15" else self.authority  # liquor: the province licenses
        self.add(firm, "sc", number, issuer, scope, issued, expires, renewals)

    def ccc(self, firm: Firm) -> None:
        rng = self.rng
        for product in rng.sample(self.products[firm.industry], k=rng.randint(1, 2)):
            found = self.term(firm, VALIDITY["ccc"])
            if found is None:
                return
            issued, expires, renewals = found
            serial = (self.next_seq("ccc") * 7 + 100_000) % 1_000_000
            number = f"{issued.year}01{rng.choice(CCC_CATEGORIES)}{serial:06d}"
            self.add(firm, "ccc", number, "中国质量认证中心", f"{product}（固定式通用灯具）", issued, expires, renewals)

    def xk(self, firm: Firm) -> None:
        prefix, product, _chance = XK_PRODUCTS[firm.industry]
        found = self.term(firm, VALIDITY["xk"])
        if found is None:
            return
        issued, expires, renewals = found
        self.add(firm, "xk", f"(鄂){prefix}-{self.next_seq(prefix) % 100_000:05d}", "湖北省市场监督管理局", product,
                 issued, expires, renewals)

    def iso(self, firm: Firm, kind: str) -> None:
        rng = self.rng
        found = self.term(firm, VALIDITY[kind])
        if found is None:
            return
        issued, expires, renewals = found
        body = rng.randrange(len(ISO_BODIES))
        letter, size = ISO_LETTER[kind], rng.choice("SML")
        serial = 10_000 + self.next_seq(f"iso{body}") * 37 % 90_000
        yy = f"{issued:%y}"
        number = (
            f"00{yy}{letter}{serial}R{renewals}{size}",  # 中国质量认证中心
            f"02{yy}{letter}{serial}R{renewals}{size}",  # 华夏
            f"00{yy}{letter}{serial % 10_000:04d}R{renewals}{size}",  # 方圆
            f"{yy}{letter}{serial}R{renewals}0{size}",  # 世标
            f"CCSC{yy}{letter}{serial}R{renewals}{size}",  # 中国船级社
        )[body]
        if firm.manufacturer:
            made = "、".join(self.products.get(firm.industry, ("产品",))[:2])
            scope = f"{made}的生产（{ISO_STANDARD[kind]}）"
        else:
            scope = f"{firm.name[-8:]}经营服务及相关管理活动（{ISO_STANDARD[kind]}）"
        self.add(firm, kind, number, ISO_BODIES[body], scope, issued, expires, renewals)

    def farm_marks(self, firm: Firm) -> None:
        rng = self.rng
        product = next((p for p in GREEN_PRODUCTS if p in firm.name), None)
        if product is None and firm.kind == "coop":
            return
        chance = 0.08 if firm.kind == "coop" else 0.03
        if rng.random() < chance:
            found = self.term(firm, VALIDITY["green_food"])
            if found is not None:
                issued, expires, renewals = found
                number = f"LB-{GREEN_PRODUCTS.get(product or '蔬菜', '04')}-{issued:%y%m}42{rng.randint(0, 9999):04d}A"
                self.add(firm, "green_food", number, "中国绿色食品发展中心", f"{product or '农产品'}（绿色食品A级）",
                         issued, expires, renewals)
        if product in ("茶叶", "蔬菜", "食用菌") and rng.random() < 0.03:
            found = self.term(firm, VALIDITY["organic"])
            if found is not None:
                issued, expires, renewals = found
                number = f"{rng.choice(('124', '227', '156'))}OP{issued:%y}{rng.randint(0, 99_999):05d}"
                self.add(firm, "organic", number, "中绿华夏有机产品认证中心", f"有机{product}（种植）", issued,
                         expires, renewals)
        if product in ("茶叶", "柑橘") and firm.kind == "coop" and rng.random() < 0.12:
            start = firm.earliest(self.as_of, rng.randint(200, 2000))
            if start is not None:
                label = {"茶叶": "青溪绿茶", "柑橘": "青溪蜜橘"}[product]
                self.add(firm, "gi", f"AGI{rng.randint(1000, 3999):05d}", "农业农村部",
                         f"农产品地理标志“{label}”使用授权", start, None, 0)

    # -- the whole thing ---------------------------------------------------------------------------------------

    def build(self, firms: list[Firm]) -> CertCounts:
        rng = self.rng
        for firm in firms:
            if firm.kind == "individual":
                if firm.industry in ("A0141", "A0311") and rng.random() < 0.3:
                    self.farm_marks(firm)
                continue
            if firm.kind == "coop" or firm.industry in ("A0111", "A0311"):
                self.farm_marks(firm)
                continue
            if firm.industry in SC_FOOD and rng.random() < 0.88:  # the others are registered 小作坊
                self.sc(firm)
            if firm.industry == "C3874" and rng.random() < 0.8:
                self.ccc(firm)
            xk = XK_PRODUCTS.get(firm.industry)
            if xk is not None and rng.random() < xk[2]:
                self.xk(firm)
            above = firm.scale == "above"
            base = 0.55 if above else 0.08 if firm.manufacturer else 0.015
            if rng.random() < base:
                self.iso(firm, "iso9001")
                if rng.random() < (0.45 if above else 0.2):
                    self.iso(firm, "iso14001")
                if rng.random() < (0.35 if above else 0.15):
                    self.iso(firm, "iso45001")
        bulk_insert(self.conn, self.ctx, CERT, self.certs)
        bulk_insert(self.conn, self.ctx, PAYMENT, self.payments)
        return CertCounts(len(self.certs), len(self.payments))


def _years_later(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes the 28th in a common year (as relativedelta does)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
