"""Fill a database with a demo county from a seed: same seed, size and date, same data."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func
from sqlmodel import Session, select

from qsupervise.changelog import WriteContext, bulk_insert
from qsupervise.demo import names
from qsupervise.demo.awards import AwardCounts, AwardsDemo, fund_ids
from qsupervise.demo.certifications import CertCounts, CertificationDemo
from qsupervise.demo.credit import CreditCounts, CreditDemo
from qsupervise.demo.firms import Firm, firms_of
from qsupervise.demo.instruments import InstrumentDemo
from qsupervise.demo.letters import LettersDemo, LettersDemoResult
from qsupervise.demo.people import Namer
from qsupervise.demo.spotchecks import Counts, SpotcheckDemo
from qsupervise.demo.standards import StandardsDemo
from qsupervise.demo.sync import SyncDemo, SyncDemoResult
from qsupervise.errors import KnownError
from qsupervise.ids import SeededIds
from qsupervise.models import Enterprise, ExecutedStandard, OrgKind, OrgUnit, Product
from qsupervise.rules import standards
from qsupervise.services import audit, setup
from qsupervise.store import Store

DEFAULT_AS_OF = date(2026, 6, 30)
CHUNK = 10_000
Progress = Callable[[float, str], None]

ENTERPRISE: Table = Enterprise.__table__  # type: ignore[attr-defined]
PRODUCT: Table = Product.__table__  # type: ignore[attr-defined]
STANDARD: Table = ExecutedStandard.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class DemoResult:
    county: str
    townships: int
    enterprises: int
    products: int
    standards: int
    seconds: float
    spotchecks: Counts
    certifications: CertCounts = field(default_factory=CertCounts)
    instruments: int = 0
    credit: CreditCounts = field(default_factory=CreditCounts)
    awards: AwardCounts = field(default_factory=AwardCounts)
    letters: LettersDemoResult = field(default_factory=lambda: LettersDemoResult(0, 0))
    sync: SyncDemoResult = field(default_factory=lambda: SyncDemoResult(0, 0, 0, 0, 0))


def _no_progress(_fraction: float, _message: str) -> None:
    return None


def enterprise_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Enterprise)).one())


def generate(
    store: Store,
    *,
    enterprises: int,
    seed: int,
    as_of: date = DEFAULT_AS_OF,
    actor: str = "cli",
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoResult:
    """Add the demo county to a new or empty database, all in one transaction."""
    started = time.perf_counter()
    report = progress or _no_progress
    stop = cancel or (lambda: False)
    moment = datetime(as_of.year, as_of.month, as_of.day, 1, 0, tzinfo=UTC)
    ids = SeededIds(seed, int(moment.timestamp() * 1000))
    with store.read() as s:
        existing = enterprise_count(s)
    if existing:
        raise KnownError("db_has_data", path=store.path, count=existing)
    initialised = store.is_initialised()
    with store.session(actor=actor) as s:
        if not initialised:
            setup.initialise(
                s,
                role="county",
                name=names.COUNTY_NAME,
                area_code=names.COUNTY_CODE,
                townships=[n for n, _ in names.TOWNSHIPS],
                actor=actor,
                ids=ids,
            )
        ctx: WriteContext = s.info["write_context"]
        ctx = WriteContext(ctx.station_id, ctx.user_id, new_id=ids, wall_ms=lambda: int(moment.timestamp() * 1000))
        s.info["write_context"] = ctx
        county = setup.county(s)
        assert county is not None
        townships = _townships(s, county, ctx, fresh=not initialised)
        builder = _Builder(random.Random(seed), ctx, moment, as_of, county, townships)
        conn = s.connection()
        done = 0
        firms: list[Firm] = []
        while done < enterprises:
            if stop():
                raise KnownError("cancelled")
            n = min(CHUNK, enterprises - done)
            rows, products, stds = builder.chunk(n)
            bulk_insert(conn, ctx, ENTERPRISE, rows)
            bulk_insert(conn, ctx, PRODUCT, products)
            bulk_insert(conn, ctx, STANDARD, stds)
            firms += firms_of(rows)
            done += n
            report(0.9 * done / max(enterprises, 1), f"{done:,} / {enterprises:,}")
        checks = SpotcheckDemo(conn, ctx, random.Random(f"spotchecks-{seed}"), builder.common, as_of, county,
                               townships).build(enterprises)
        # Issue 5's areas, each with a generator of its own: the data above stays what it was for a seed.
        funds = fund_ids(seed, moment, as_of)  # the reward fund's rows, which the certificates' payments draw on
        certs = CertificationDemo(conn, ctx, random.Random(f"certifications-{seed}"), builder.common, as_of,
                                  county, funds).build(firms)
        report(0.93, f"{done:,} / {enterprises:,}")
        instruments = InstrumentDemo(conn, ctx, random.Random(f"instruments-{seed}"), builder.common, as_of, county,
                                     townships).build(firms)
        report(0.96, f"{done:,} / {enterprises:,}")
        credit = CreditDemo(conn, ctx, random.Random(f"credit-{seed}"), builder.common, as_of, county).build(firms)
        # Issue 6: brands and awards (their titles count in the credit grades below), the reward fund.
        awards = AwardsDemo(s, ctx, random.Random(f"awards-{seed}"), builder.common, as_of, county, funds,
                            moment).build(firms)
        credit.grades = _grade(s, as_of, actor)
        # Issue 11: standardization (catalogue, superseded editions, adoption, drafted standards, projects).
        StandardsDemo(s, ctx, random.Random(f"standards-{seed}"), builder.common, as_of, townships).build(firms)
        # Issue 7: responsibility letters and the assessment, made through the services on the data above.
        letter_counts = LettersDemo(s, random.Random(f"letters-{seed}"), as_of, seed,
                                    int(moment.timestamp() * 1000)).build()
        # Issue 8: the townships as sync stations, with the packages they sent (merged for real).
        synced = SyncDemo(conn, ctx, random.Random(f"sync-{seed}"), as_of, seed, townships,
                          int(moment.timestamp() * 1000)).build(firms)
        report(1.0, f"{done:,} / {enterprises:,}")
        audit.record(
            s,
            actor=actor,
            action="demo",
            target=county.name,
            detail={"enterprises": enterprises, "seed": seed, "as_of": as_of.isoformat()},
        )
    return DemoResult(
        county.name, len(townships), enterprises, builder.products, builder.standards, time.perf_counter() - started,
        checks, certs, instruments, credit, awards, letter_counts, synced,
    )


def _grade(session: Session, as_of: date, actor: str) -> int:
    """Credit grades from the records just written, by the credit service's own recomputation.

    Only enterprises with something on record are graded: the others stand at the rules' default, for which the
    service writes no row anyway (half the time of grading all 200k).
    """
    from qsupervise.services import credit

    ids = [r[0] for r in session.connection().exec_driver_sql(
        "SELECT enterprise_id FROM certification UNION SELECT enterprise_id FROM credit_list_entry "
        "UNION SELECT enterprise_id FROM penalty UNION SELECT enterprise_id FROM brand "
        "UNION SELECT enterprise_id FROM spot_check "
        "WHERE enterprise_id IS NOT NULL UNION SELECT producer_id FROM spot_check WHERE producer_id IS NOT NULL")]
    return credit.recompute(session, as_of, ids, actor=actor).written


def _townships(session: Session, county: OrgUnit, ctx: WriteContext, *, fresh: bool) -> list[OrgUnit]:
    """The county's active townships; a fresh demo county also gets codes and member units."""
    active = select(OrgUnit).where(OrgUnit.kind == OrgKind.TOWNSHIP, OrgUnit.active == True)  # noqa: E712
    units = list(session.exec(active))
    if fresh:
        codes = dict(names.TOWNSHIPS)
        for u in units:
            u.code = names.COUNTY_CODE + codes.get(u.name, "")
        for i, name in enumerate(names.MEMBER_UNITS):
            session.add(
                OrgUnit(id=ctx.new_id(), kind=OrgKind.MEMBER_UNIT, name=name, parent_id=county.id, sort_order=i)
            )
        session.flush()
    if not units:
        for i, (name, suffix) in enumerate(names.TOWNSHIPS):
            code = county.code + suffix if county.code and len(county.code) == 6 else None
            unit = OrgUnit(
                id=ctx.new_id(), kind=OrgKind.TOWNSHIP, name=name, code=code, parent_id=county.id, sort_order=i
            )
            session.add(unit)
            units.append(unit)
        session.flush()
    units.sort(key=lambda u: (u.sort_order, u.name))
    return units


class _Builder:
    """Makes rows for enterprises, their products and standards, chunk by chunk."""

    def __init__(
        self,
        rng: random.Random,
        ctx: WriteContext,
        moment: datetime,
        as_of: date,
        county: OrgUnit,
        townships: list[OrgUnit],
    ) -> None:
        self.rng = rng
        self.ctx = ctx
        self.moment = moment
        self.as_of = as_of
        self.region = county.code if county.code and len(county.code) == 6 else names.COUNTY_CODE
        self.prefix = county.name
        self.short = county.name.removesuffix("县").removesuffix("市").removesuffix("区") or county.name
        self.townships = townships
        self.weights = [_weight(t.name) for t in townships]
        self.namer = Namer(rng)
        self.used_codes: set[str] = set()
        self.parsed: dict[str, standards.StandardNumber | None] = {}
        self.products = 0
        self.standards = 0

    def common(self) -> dict[str, Any]:
        return {
            "id": self.ctx.new_id(),
            "created_at": self.moment,
            "updated_at": self.moment,
            "created_by": self.ctx.user_id,
            "origin_station": self.ctx.station_id,
        }

    def chunk(self, n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        rng = self.rng
        rows: list[dict[str, Any]] = []
        products: list[dict[str, Any]] = []
        stds: list[dict[str, Any]] = []
        chosen = rng.choices(self.townships, weights=self.weights, k=n)
        for township in chosen:
            roll = rng.random()
            kind = "individual" if roll < 0.62 else "coop" if roll < 0.66 else "enterprise"
            row = self.enterprise(kind, township)
            rows.append(row)
            if kind == "enterprise" and row["industry_code"].startswith("C"):
                self.add_products(row, products, stds)
        return rows, products, stds

    def enterprise(self, kind: str, township: OrgUnit) -> dict[str, Any]:
        rng, namer = self.rng, self.namer
        manufacturing = kind == "enterprise" and rng.random() < 0.45
        if manufacturing:
            industry, word, *_ = rng.choice(names.MANUFACTURING)
        elif kind == "individual":
            industry, word = rng.choice(names.INDIVIDUAL_TRADES)
        else:
            industry, word = rng.choice(names.TRADE)
        trade = namer.trade_name()
        if kind == "individual":
            name = f"{self.prefix}{township.name}{namer.surname()}记{word}"
        elif kind == "coop":
            industry = "A0169"
            name = f"{self.prefix}{trade}{rng.choice(names.COOP_PRODUCTS)}专业合作社"
        else:
            style = rng.random()
            if style < 0.6:
                name = f"{self.prefix}{trade}{word}有限公司"
            elif style < 0.9:
                name = f"{self.short}{trade}{word}有限责任公司"
            else:
                name = f"湖北{trade}{word}科技有限公司"
        above = manufacturing and rng.random() < 0.18
        status_roll = rng.random()
        founded = self.as_of - timedelta(days=rng.randint(30, 25 * 365))
        uscc, override = self.credit_code(kind)
        legal = namer.person()
        row = self.common()
        row.update(
            name=name,
            uscc=uscc,
            uscc_override=override,
            township_id=township.id,
            address=f"{township.name}{rng.choice(names.STREETS)}{rng.randint(1, 399)}号",
            legal_rep=legal,
            chief_quality_officer=namer.person() if above else "",
            industry_code=industry,
            kind=kind,
            scale="above" if above else "below",
            key_energy_user=above and rng.random() < 0.1,
            leading_enterprise=above and rng.random() < 0.15,
            status="active" if status_roll < 0.95 else "cancelled" if status_roll < 0.98 else "revoked",
            contact_name=legal,
            contact_phone=f"1{rng.choice('358')}{rng.randint(0, 999_999_999):09d}",
            founded_on=founded.isoformat(),
            deleted_at=None,
        )
        return row

    def credit_code(self, kind: str) -> tuple[str, str | None]:
        from qsupervise.rules.uscc import ALPHABET, make_code

        rng = self.rng
        kind_digit = {"enterprise": "1", "individual": "2", "coop": "3"}[kind]
        while True:
            if kind == "enterprise" and rng.random() < 0.3:
                org8 = "".join(rng.choice("0123456789") for _ in range(8))
            else:
                org8 = "MA" + "".join(rng.choice(ALPHABET) for _ in range(6))
            code = make_code(authority="9", kind=kind_digit, region=self.region, org8=org8)
            if code not in self.used_codes:
                break
        self.used_codes.add(code)
        # About one code in 800 is from the pilot years and fails the check, yet is real.
        if rng.random() < 1 / 800:
            bad = ALPHABET[(ALPHABET.index(code[-1]) + 1) % len(ALPHABET)]
            return code[:-1] + bad, "试点期代码，已核实营业执照"
        return code, None

    def add_products(self, row: dict[str, Any], products: list[dict[str, Any]], stds: list[dict[str, Any]]) -> None:
        rng = self.rng
        entry = next(m for m in names.MANUFACTURING if m[0] == row["industry_code"])
        _industry, _word, product_names, std_texts = entry
        for product_name in rng.sample(product_names, k=rng.randint(1, len(product_names))):
            product = self.common()
            product.update(
                enterprise_id=row["id"],
                name=product_name,
                brand=self.namer.trade_name() + rng.choice(names.BRAND_SUFFIX),
                spec=rng.choice(names.SPECS) if rng.random() < 0.9 else f"QX-{rng.randint(10, 99)}",
                category=_word,
                deleted_at=None,
            )
            products.append(product)
            self.products += 1
            for raw in rng.sample(std_texts, k=min(len(std_texts), rng.randint(1, 2))):
                parsed = self.parsed.get(raw) or self.parsed.setdefault(raw, standards.parse(raw))
                std = self.common()
                std.update(
                    product_id=product["id"],
                    raw=raw,
                    normalized=parsed.normalized if parsed else raw,
                    kind=parsed.kind if parsed else "unknown",
                    adopts_international=False,
                    superseded=False,
                )
                stds.append(std)
                self.standards += 1


def _weight(name: str) -> float:
    if name.endswith("街道"):
        return 3.0
    if "开发区" in name:
        return 2.0
    if name.endswith("乡"):
        return 0.6
    return 1.2
