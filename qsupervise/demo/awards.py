"""Brands, quality awards and the reward fund of the demo county.

Three yearly cycles of programmes (市/省名牌产品, 市长质量奖, 县长质量奖, and once each 地理标志产品 and 县优质工程奖).
The two past cycles are decided: winners entered the brand register and were paid from the reward fund, the
others were not awarded or withdrew (those whose pre-check failed withdrew before submitting). This year's
applications stand at every open state of the workflow, their steps dated up to the demo's date. The pre-check is
the eligibility service's own, run on the day each application was submitted, so its evidence is the county's
data; a few failed conditions were accepted by a person with a reason (eligibility overrides). Quality awards are
scored by three reviewers on the GB/T 19580 sheet. The register also holds older titles (some lapsed, some
lapsing within 90 days, one revoked) and provincial or national titles the county rewards. Each year of the fund
has a budget; one past year was overdrawn by a payment someone confirmed, and its note says so.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import Table, select
from sqlmodel import Session

from qsupervise.changelog import WriteContext, bulk_insert
from qsupervise.demo.award_plans import (
    BRAND_TITLES,
    CERT_CODES,
    COMMENTS,
    NOW,
    ONCE,
    OVERRIDE_REASONS,
    PATH,
    PLANS,
    REFUSED,
    REVIEW_NOTES,
    WORKS,
    Plan,
)
from qsupervise.demo.firms import Firm
from qsupervise.demo.people import Namer
from qsupervise.ids import uuid7_at
from qsupervise.models import (
    ApplicationDocument,
    ApplicationStep,
    Attachment,
    AwardApplication,
    AwardProgram,
    Brand,
    Certification,
    EligibilityOverride,
    OrgUnit,
    Product,
    RewardFund,
    RewardPayment,
    ScoreSheet,
)
from qsupervise.rules import awards as rules
from qsupervise.services import award_eligibility, reward_fund
from qsupervise.services.award_eligibility import ConditionResult

Common = Callable[[], dict[str, Any]]
T: dict[str, Table] = {name: model.__table__ for name, model in (  # type: ignore[union-attr]
    ("program", AwardProgram), ("app", AwardApplication), ("step", ApplicationStep), ("doc", ApplicationDocument),
    ("override", EligibilityOverride), ("sheet", ScoreSheet), ("brand", Brand), ("fund", RewardFund),
    ("pay", RewardPayment), ("attachment", Attachment))}
CERT: Table = Certification.__table__  # type: ignore[attr-defined]
PRODUCT: Table = Product.__table__  # type: ignore[attr-defined]
FUND_YEARS = 3  # this year and the two before
MOST_OVERRIDES = 6
WAN = 1_000_000  # 1万元 in 分


PLACEHOLDER = b"%PDF-1.4\n% QSupervise demo: a scanned document stands here\n%%EOF\n"


@dataclass
class AwardCounts:
    programs: int = 0
    applications: int = 0
    steps: int = 0
    overrides: int = 0
    score_sheets: int = 0
    brands: int = 0
    payments: int = 0
    funds: int = 0


def fund_ids(seed: int, moment: datetime, as_of: date) -> dict[int, str]:
    """The ids of the fund's rows for this year and the two before, made ahead so the certificates' payments can
    link to them; from a generator of their own, so the ids of everything else stay what they were."""
    rng = random.Random(f"fund-ids-{seed}")
    ms = int(moment.timestamp() * 1000)
    return {y: uuid7_at(ms, rng) for y in range(as_of.year - FUND_YEARS + 1, as_of.year + 1)}


class AwardsDemo:
    def __init__(self, session: Session, ctx: WriteContext, rng: random.Random, common: Common, as_of: date,
                 county: OrgUnit, funds: Mapping[int, str], moment: datetime) -> None:
        self.session, self.conn, self.ctx, self.rng = session, session.connection(), ctx, rng
        self.common, self.as_of, self.funds, self.moment = common, as_of, dict(funds), moment
        self.short = county.name.removesuffix("县").removesuffix("市").removesuffix("区") or county.name
        namer = Namer(rng)
        self.staff = [namer.person() for _ in range(3)]
        self.experts = [namer.person() for _ in range(6)]
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in T}
        self.numbers: dict[tuple[str, int], int] = {}
        self.goods: dict[str, list[tuple[str, str]]] = {}
        self.iso: dict[str, list[tuple[str, str]]] = {}  # enterprise -> (issued, expires) of valid ISO 9001
        self.counts = AwardCounts()
        self.attachment = ""

    # -- helpers ---------------------------------------------------------------------------------------------

    def row(self, table: str, **values: Any) -> dict[str, Any]:
        row = self.common()
        row.update(values)
        self.rows[table].append(row)
        return row

    def number(self, word: str, year: int) -> str:
        n = self.numbers[(word, year)] = self.numbers.get((word, year), 0) + 1
        return f"{self.short}{word}〔{year}〕{n}号"

    def day(self, start: date, low: int, high: int) -> date:
        return start + timedelta(days=self.rng.randint(low, high))

    def flush(self, *names: str) -> None:
        """Insert the rows made so far, parents before children."""
        counted = {"program": "programs", "app": "applications", "step": "steps", "override": "overrides",
                   "sheet": "score_sheets", "brand": "brands", "pay": "payments", "fund": "funds"}
        for name in names:
            rows, self.rows[name] = self.rows[name], []
            bulk_insert(self.conn, self.ctx, T[name], rows)
            if name in counted:
                setattr(self.counts, counted[name], getattr(self.counts, counted[name]) + len(rows))

    # -- who applies -------------------------------------------------------------------------------------------

    def pools(self, firms: list[Firm]) -> dict[str, list[Firm]]:
        """Possible applicants by pool, in a fixed (shuffled) order; and the terms of their ISO 9001 certificates."""
        rng = self.rng
        for eid, issued, expires in self.conn.execute(
                select(CERT.c.enterprise_id, CERT.c.issued_on, CERT.c.expires_on).where(
                    CERT.c.kind == "iso9001", CERT.c.status == "valid", CERT.c.deleted_at.is_(None))
                .order_by(CERT.c.id)):
            self.iso.setdefault(eid, []).append((issued or "", expires or "9999"))
        old = (self.as_of - timedelta(days=8 * 365)).isoformat()
        makers = [f for f in firms if f.manufacturer and f.trading and f.founded_on < old]
        big = [f for f in firms if f.kind == "enterprise" and f.trading and f.founded_on < old
               and (f.scale == "above" or f.id in self.iso)]
        for found in (makers, big):
            rng.shuffle(found)
        return {
            "brand": makers[:300], "award": big[:300],
            "gi": [f for f in firms if f.kind == "coop" and f.trading and ("茶叶" in f.name or "柑橘" in f.name)],
            "works": [f for f in firms if f.industry == "E4790" and f.trading],
        }

    def choose(self, pool: list[Firm], start: int, count: int, day: date) -> list[Firm]:
        """``count`` applicants from ``start`` on: most held a valid ISO 9001 on ``day``; now and then one did not
        (whose pre-check then fails, unless someone accepts it)."""
        if not pool:
            return []
        turned = pool[start % len(pool):] + pool[:start % len(pool)]
        when = day.isoformat()
        held = {f.id for f in turned if any(i <= when <= e for i, e in self.iso.get(f.id, ()))}
        holders = [f for f in turned if f.id in held]
        others = [f for f in turned if f.id not in held]
        wanted = min(count, len(turned))
        odd = min(len(others), 1 if self.rng.random() < 0.6 else 0)
        chosen = holders[:wanted - odd] + others[:odd]
        return chosen + others[odd:odd + wanted - len(chosen)]

    def products(self, firms: list[Firm]) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        ids = sorted({f.id for f in firms})
        for start in range(0, len(ids), 500):
            stmt = (select(PRODUCT.c.enterprise_id, PRODUCT.c.id, PRODUCT.c.name)
                    .where(PRODUCT.c.enterprise_id.in_(ids[start:start + 500]), PRODUCT.c.deleted_at.is_(None))
                    .order_by(PRODUCT.c.id))
            for eid, pid, name in self.conn.execute(stmt):
                out.setdefault(eid, []).append((pid, name))
        return out

    # -- the whole thing -------------------------------------------------------------------------------------

    def build(self, firms: list[Firm]) -> AwardCounts:
        pools = self.pools(firms)
        self.goods = self.products(pools["brand"])
        self.attachment = self.placeholder()
        self.register_history(pools)
        self.flush("brand")
        per_pool = {pool: sum(p.applicants for p in PLANS if p.pool == pool) for pool in pools}
        for back in (2, 1, 0):
            used = {pool: (2 - back) * max(per_pool[pool] - 2, 1) for pool in pools}  # a few apply again
            for plan in [*PLANS, *([ONCE[back]] if back in ONCE else [])]:
                day = date(self.as_of.year - back, 3, 15) if back else self.as_of - timedelta(days=120)
                chosen = self.choose(pools[plan.pool], used[plan.pool], plan.applicants, day)
                used[plan.pool] += plan.applicants
                self.programme(plan, self.as_of.year - back, chosen, current=back == 0)
            # this cycle's winners count in the next cycle's pre-check (recent_winner)
            self.flush("program", "app", "step", "doc", "override", "sheet", "brand")
        self.fund()
        self.flush("pay", "fund")
        return self.counts

    def placeholder(self) -> str:
        """One scan standing for every document handed in (kept once: attachments are stored by content)."""
        row = self.row("attachment", sha256=hashlib.sha256(PLACEHOLDER).hexdigest(), name="申报材料扫描件（演示）.pdf",
                       mime="application/pdf", size=len(PLACEHOLDER), data=PLACEHOLDER)
        self.flush("attachment")
        return str(row["id"])

    # -- one programme -----------------------------------------------------------------------------------------

    def programme(self, plan: Plan, year: int, chosen: list[Firm], *, current: bool) -> None:
        template = rules.TEMPLATES[plan.kind]
        if not current:
            opens, closes = date(year, 3, 1), date(year, 5, 31)
        elif plan.key == "magistrate":  # still open
            opens, closes = self.as_of - timedelta(days=45), self.as_of + timedelta(days=30)
        else:
            opens, closes = self.as_of - timedelta(days=170), self.as_of - timedelta(days=110)
        program = self.row(
            "program", kind=plan.kind, name=plan.name, level=plan.level, year=year, organiser=plan.organiser,
            opens_on=opens.isoformat(), closes_on=closes.isoformat(), criteria=template.criteria,
            documents=_json(list(template.documents)), conditions=_json(template.full_conditions()),
            max_winners=plan.max_winners, validity_years=template.validity_years,
            reapply_years=template.reapply_years, reward_fen=plan.reward * 100, scored=template.scored,
            deleted_at=None,
        )
        model = AwardProgram(**program)
        apps = [self.application(plan, model, firm, (opens, closes), i, current=current)
                for i, firm in enumerate(chosen)]
        if not current:
            self.decide(plan, model, [a for a in apps if a is not None])

    def timeline(self, path: list[str], opens: date, closes: date, *, current: bool) -> list[date]:
        """A date for each state of ``path``: created and submitted within the window, reviews after it closed
        (this year: spread up to the demo's date; in a past cycle: weeks apart)."""
        last = min(closes, self.as_of)
        days = [min(self.day(opens, 0, max(0, min(40, (last - opens).days - 5))), self.as_of)]
        if len(path) > 1:
            days.append(min(self.day(days[0], 3, 15), last))
        after = len(path) - len(days)
        if after <= 0:
            return days[:len(path)]
        if current:
            begin = closes if closes < self.as_of else days[-1]
            step = (self.as_of - begin).days / after
            for j in range(after):
                day = begin + timedelta(days=int(step * (j + 1)) - self.rng.randint(0, int(step * 0.3)))
                days.append(max(day, days[-1]))
        else:
            gaps = ((1, 10), (10, 25), (15, 30), (10, 25), (7, 10))
            days.append(self.day(max(days[-1], closes), *gaps[0]))
            for j in range(1, after):
                days.append(self.day(days[-1], *gaps[j]))
        return days

    def application(self, plan: Plan, program: AwardProgram, firm: Firm, window: tuple[date, date], i: int, *,
                    current: bool) -> dict[str, Any] | None:
        """One application with its checklist, pre-check and scores; this year's (and a failed one's) steps are
        written at once, a past one's when its programme is decided. Returns the live ones of past cycles."""
        rng = self.rng
        product_id, product_name = None, ""
        if plan.kind == rules.FAMOUS_BRAND:
            goods = self.goods.get(firm.id)
            if not goods:
                return None
            product_id, product_name = goods[rng.randrange(len(goods))]
        elif plan.kind == rules.GI_PRODUCT:
            product_name = f"{self.short}绿茶" if "茶叶" in firm.name else f"{self.short}蜜橘"
        elif plan.kind == rules.ENGINEERING:
            product_name = rng.choice(WORKS)
        path = _path_to(NOW[plan.key][i % len(NOW[plan.key])]) if current else list(PATH[:6])
        days = self.timeline(path, *window, current=current)
        app = self.row("app", program_id=program.id, enterprise_id=firm.id, product_id=product_id,
                       product_name=product_name, state=rules.DRAFT, submitted_on=None, decided_on=None,
                       eligibility="[]", checked_on=None, note="", deleted_at=None)
        checked = days[1] if len(days) > 1 else min(self.day(days[0], 1, 10), self.as_of)
        results = award_eligibility.evaluate(self.session, AwardApplication(**app), program, checked)
        failed = [r for r in results if not r.passed]
        if len(failed) == 1 and len(days) > 1 and self.counts.overrides + len(self.rows["override"]) < MOST_OVERRIDES \
                and rng.random() < 0.6:
            results = [r if r.passed else self.override(app, r, checked) for r in results]
            failed = []
        app.update(eligibility=_json([r.to_dict() for r in results]), checked_on=checked.isoformat())
        if failed:  # not eligible: it never left the draft; in a past cycle the enterprise withdrew
            path, days = [rules.DRAFT], [days[0]]
            if not current:
                path.append(rules.WITHDRAWN)
                days.append(max(checked, days[0]))
        app["_steps"] = list(zip(path, days, strict=True))
        self.documents(app, program, handed_in=len(path) > 1 and not failed)
        if program.scored and not failed and rules.DOCUMENT_REVIEW in path:
            partial = current and path[-1] == rules.DOCUMENT_REVIEW
            self.scores(app, rng.randint(0, 3) if partial else 3)
        if current or failed:
            self.write_steps(app)
            return None
        return app

    def override(self, app: dict[str, Any], result: ConditionResult, on: date) -> ConditionResult:
        row = self.row("override", application_id=app["id"], condition=result.code,
                       reason=OVERRIDE_REASONS[result.code], decided_by=self.staff[0], decided_on=on.isoformat(),
                       withdrawn=False)
        return replace(result, overridden=True, reason=row["reason"], override_id=row["id"])

    def documents(self, app: dict[str, Any], program: AwardProgram, *, handed_in: bool) -> None:
        for name in orjson.loads(program.documents):
            given = self.rng.random() < (0.96 if handed_in else 0.5)
            self.row("doc", application_id=app["id"], name=name, required=True,
                     attachment_id=self.attachment if given else None, note="" if given else "待补充")

    def scores(self, app: dict[str, Any], reviewers: int) -> None:
        """Sheets of ``reviewers`` experts: each category near the application's level, 60–90 % of its maximum."""
        rng = self.rng
        level = rng.uniform(0.64, 0.86)
        totals = []
        for reviewer in rng.sample(self.experts, k=reviewers):
            scores = {c: round(m * min(0.895, max(0.605, level + rng.uniform(-0.05, 0.05))))
                      for c, m in rules.CATEGORIES}
            totals.append(sum(scores.values()))
            self.row("sheet", application_id=app["id"], reviewer=reviewer, scores=_json(scores), total=totals[-1],
                     comment=rng.choice(REVIEW_NOTES), deleted_at=None)
        app["_score"] = sum(totals) / len(totals) if totals else 0.0

    def decide(self, plan: Plan, program: AwardProgram, apps: list[dict[str, Any]]) -> None:
        """A past programme's results: the best scored (for a title, most) win; the others were refused at some
        stage, and now and then one withdrew."""
        rng = self.rng
        order = sorted(apps, key=lambda a: -a.get("_score", 0.0)) if program.scored else apps
        winners = plan.max_winners or len(order)
        for n, app in enumerate(order):
            steps: list[tuple[str, date]] = app["_steps"]
            if rng.random() < 0.08:
                cut = rng.randint(2, len(steps) - 1)
                steps[cut:] = [(rules.WITHDRAWN, self.day(steps[cut - 1][1], 2, 10))]
            elif n < winners and (program.scored or rng.random() < 0.8):
                steps.append((rules.AWARDED, self.day(steps[-1][1], 7, 10)))
                self.grant(plan, program, app, steps[-1][1])
            else:
                stage = rules.DOCUMENT_REVIEW if program.scored and n >= winners + 2 else rng.choice(
                    (rules.DOCUMENT_REVIEW, rules.SITE_REVIEW, rules.PUBLICITY))
                cut = [s for s, _d in steps].index(stage) + 1
                steps[cut:] = [(rules.NOT_AWARDED, self.day(steps[cut - 1][1], 5, 15))]
            self.write_steps(app)

    def write_steps(self, app: dict[str, Any]) -> None:
        steps: list[tuple[str, date]] = app.pop("_steps")
        app.pop("_score", None)
        before = ""
        for n, (state, on) in enumerate(steps):
            if state == rules.NOT_AWARDED:
                comment = REFUSED.get(before, "未获奖")
            elif state == rules.WITHDRAWN:
                comment = "资格预审未通过，企业撤回申报" if before == rules.DRAFT else "企业申请撤回"
            else:
                comment = COMMENTS[state]
            actor = self.rng.choice(self.staff[1:]) if before else "企业申报"
            row = self.row("step", application_id=app["id"], from_state=before, to_state=state, on=on.isoformat(),
                           actor=actor, comment=comment)
            row["created_at"] = row["updated_at"] = self.moment + timedelta(seconds=n)  # steps of a day in order
            before = state
        app["state"] = before
        if len(steps) > 1 and steps[1][0] == rules.SUBMITTED:
            app["submitted_on"] = steps[1][1].isoformat()
        if before in rules.FINAL_STATES:
            app["decided_on"] = steps[-1][1].isoformat()

    def grant(self, plan: Plan, program: AwardProgram, app: dict[str, Any], on: date) -> None:
        """The title enters the register (as the service's move to "awarded" does) and the reward is paid."""
        expires = rules.expires_on(on, program.validity_years)
        self.row("brand", enterprise_id=app["enterprise_id"], product_id=app["product_id"],
                 product_name=app["product_name"], program_id=program.id, application_id=app["id"], kind=program.kind,
                 title=program.name, level=program.level, granted_on=on.isoformat(),
                 expires_on=expires.isoformat() if expires else None, status=rules.VALID,
                 certificate_no=f"{CERT_CODES[plan.key]}{on.year}{self.next_no(plan.key, on.year):03d}",
                 deleted_at=None)
        self.pay("award", app["id"], app["enterprise_id"], plan.reward, self.day(on, 20, 90))

    def next_no(self, key: str, year: int) -> int:
        n = self.numbers[(key, year)] = self.numbers.get((key, year), 0) + 1
        return n

    def register_history(self, pools: dict[str, list[Firm]]) -> None:
        """Titles granted before the demo's cycles or by the province and the state: some lapsed, some lapsing
        within 90 days, one revoked; the recent national ones were rewarded."""
        rng, as_of = self.rng, self.as_of
        makers = [f for f in reversed(pools["brand"]) if self.goods.get(f.id)][:12]
        for n, firm in enumerate(makers):
            kind, title, level, years = BRAND_TITLES[n % len(BRAND_TITLES)]
            if n % 3 == 0:  # lapsing within 90 days
                granted = _years_before(as_of, years) + timedelta(days=rng.randint(5, 85))
            else:  # lapsed
                granted = _years_before(as_of, years) - timedelta(days=rng.randint(20, 700))
            expires = rules.expires_on(granted, years)
            product_id, product = self.goods[firm.id][0]
            self.row("brand", enterprise_id=firm.id, product_id=product_id, product_name=product, program_id=None,
                     application_id=None, kind=kind, title=title, level=level, granted_on=granted.isoformat(),
                     expires_on=expires.isoformat() if expires else None,
                     status=rules.REVOKED if n == 4 else rules.VALID, certificate_no="", deleted_at=None)
        national = ((pools["award"], rules.TRADEMARK, "中国驰名商标", 200_000),
                    (pools["gi"], rules.GI_PRODUCT, "国家地理标志保护产品", 100_000))
        for found, kind, title, reward in national:
            if not found:
                continue
            firm = found[-1]
            granted = self.day(date(as_of.year - 1, 1, 1), 30, 300)
            product = "" if kind == rules.TRADEMARK else f"{self.short}{'绿茶' if '茶叶' in firm.name else '蜜橘'}"
            brand = self.row("brand", enterprise_id=firm.id, product_id=None, product_name=product, program_id=None,
                             application_id=None, kind=kind, title=title, level=rules.NATIONAL,
                             granted_on=granted.isoformat(), expires_on=None, status=rules.VALID,
                             certificate_no="", deleted_at=None)
            self.pay("brand", brand["id"], firm.id, reward, self.day(granted, 30, 120))

    # -- the reward fund -------------------------------------------------------------------------------------

    def pay(self, kind: str, subject: str, enterprise: str, amount: int, on: date) -> None:
        if on > self.as_of or on.year not in self.funds:
            return
        self.row("pay", enterprise_id=enterprise, subject_kind=kind, subject_id=subject, amount_fen=amount * 100,
                 paid_on=on.isoformat(), fund_year=on.year, fund_id=self.funds[on.year], document_no="", note="",
                 deleted_at=None)

    def fund(self) -> None:
        """A budget for each year of the fund above what it paid; but the oldest past year with an award paid was
        overdrawn by that payment, recorded last and confirmed with a reason kept in its note."""
        pay = T["pay"].c
        spent = {y: 0 for y in self.funds}
        last_day: dict[int, str] = {}
        stored = self.conn.execute(select(pay.fund_year, pay.amount_fen, pay.paid_on).where(pay.deleted_at.is_(None)))
        for year, amount, on in [*stored, *((p["fund_year"], p["amount_fen"], p["paid_on"]) for p in self.rows["pay"])]:
            if year in spent:
                spent[year] += amount
                last_day[year] = max(last_day.get(year, ""), on)
        awards = [p for p in self.rows["pay"] if p["subject_kind"] == "award" and p["fund_year"] < self.as_of.year]
        over = min(awards, key=lambda p: (p["fund_year"], -p["amount_fen"], p["paid_on"])) if awards else None
        for year in sorted(self.funds):
            total = spent[year]
            if over is not None and year == over["fund_year"]:
                budget = (total - over["amount_fen"] // 2) // WAN * WAN  # what the others took, but not this one
                later = self.moment + timedelta(minutes=1)
                over.update(paid_on=last_day[year], created_at=later, updated_at=later,
                            note=f"{reward_fund.OVERDRAW_MARK}：年度预算已用完，经县政府常务会议研究同意超预算列支，"
                                 f"在{year + 1}年度预算中弥补")
            elif year < self.as_of.year:
                budget = max(_whole_wan(total * self.rng.randint(102, 112) // 100), 20 * WAN)
            else:
                budget = max(_whole_wan(total * self.rng.randint(180, 240) // 100), 50 * WAN)
            row = self.row("fund", year=year, budget_fen=budget, document_no=self.number("财行", year),
                           note="县级质量奖励资金年度预算")
            row["id"] = self.funds[year]
        for p in sorted(self.rows["pay"], key=lambda p: (p["paid_on"], p["created_at"], p["id"])):
            p["document_no"] = self.number("质强办", p["fund_year"])  # numbered in the order paid


def _path_to(state: str) -> list[str]:
    """The states an application went through to reach ``state`` this year."""
    if state == rules.WITHDRAWN:
        return [*PATH[:3], rules.WITHDRAWN]
    if state == rules.NOT_AWARDED:
        return [*PATH[:4], rules.NOT_AWARDED]
    return list(PATH[:PATH.index(state) + 1])


def _whole_wan(fen: int) -> int:
    """Rounded up to whole 万元."""
    return -(-fen // WAN) * WAN


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()
