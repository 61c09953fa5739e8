"""Responsibility letters and the assessment of the demo county, made through the services themselves.

Last year: every township and member unit signed its letter in February; after the cut-off on 31 December each
unit assessed itself (a few tasks honestly left undone), the county verified in January — agreeing mostly, now
and then marking a task down for missing evidence — and published the ranking in February. This year: the letters
are signed and locked, the tasks whose deadline has passed are self-reported, and the computed targets follow
the data as of the demo's date, so the 工作台 shows who is behind. Ids come from a generator of their own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlmodel import Session

from qsupervise.demo.people import Namer
from qsupervise.ids import SeededIds, ids_from
from qsupervise.rules import assessment as rules
from qsupervise.services import assessment, letters
from qsupervise.services import assessment_metrics as measures

MARKED_DOWN = ("佐证材料不全，核减", "活动记录缺少照片和签到表", "报送信息不及时")
SELF_COMMENTS = ("已完成，见佐证材料", "按计划完成", "材料已报送县局")


@dataclass(frozen=True)
class LettersDemoResult:
    letters: int
    published: int


class LettersDemo:
    def __init__(self, session: Session, rng: random.Random, as_of: date, seed: int, ms: int) -> None:
        self.s, self.rng, self.as_of = session, rng, as_of
        self.namer = Namer(rng)
        self.ids = SeededIds(seed + 7_001, ms)
        self._last_year: dict[tuple[str, str, int], dict[str, measures.Measure]] = {}

    def build(self) -> LettersDemoResult:
        with ids_from(self.ids):
            past, now = self.as_of.year - 1, self.as_of.year
            made = sum(self._letters(year) for year in (past, now))
            published = self._assess_past(past)
            self._report_tasks(now)
        return LettersDemoResult(made, published)

    def _letters(self, year: int) -> int:
        s, rng = self.s, self.rng
        letters.ensure_metrics(s)
        count = 0
        for kind in ("township", "member_unit"):
            tpl = letters.template_or_default(s, year, kind)
            base = letters.input_of(s, tpl)
            doc_no = f"青质强〔{year}〕{3 if kind == 'township' else 4}号"
            letters.save_template(s, year, kind, replace(base, doc_no=doc_no, party_a_person="县长"))
            for letter_id in letters.create_letters(s, year, kind).created:
                row = letters.letter(s, letter_id)
                data = letters.input_of(s, row)
                person = self.namer.person()
                targets = [replace(t, responsible=person if i % 3 else self.namer.person(),
                                   target=self._count_target(t.metric_id, row.org_unit_id, year, t.target))
                           for i, t in enumerate(data.targets)]
                letters.save_letter(s, letter_id, replace(data, party_b_person=person, targets=targets))
                signed = date(year, 2, rng.randint(10, 27))
                if signed <= self.as_of:
                    letters.sign(s, letter_id, signed_on=signed)
                count += 1
        return count

    def _count_target(self, metric_id: str, unit_id: str | None, year: int, target: float | None) -> float | None:
        """A count target a county would set a township: about last year's count, a little more or less."""
        m = letters.metric(self.s, metric_id)
        if not m.source or rules.SOURCES[m.source][0] != rules.COUNT or unit_id is None:
            return target
        key = (m.source, m.params, year - 1)
        if key not in self._last_year:
            self._last_year[key] = measures.values(self.s, m.source, m.params, year - 1, None)
        last = self._last_year[key].get(unit_id)
        if last is None or not last.value:
            return target
        return float(max(1, round(last.value * self.rng.uniform(0.95, 1.35))))

    def _manual(self, letter_id: str, stage: str, on: date, *, own: dict[str, float | None] | None = None) -> None:
        """Values of the targets entered by hand: the unit's own, or (``own`` given) the county's check of them."""
        s, rng = self.s, self.rng
        for t in letters.targets(s, letter_id):
            m = letters.metric(s, t.metric_id)
            if m.source or (t.deadline and t.deadline > on.isoformat()):
                continue
            if own is not None:  # the county agrees, or marks a done task down for its evidence
                value, comment = own.get(t.id), ""
                if value and m.direction != "lower" and rng.random() < 0.08:
                    value, comment = 0.0, rng.choice(MARKED_DOWN)
            elif m.direction == "lower":
                value, comment = (1.0, "发生一起，已处置") if rng.random() < 0.03 else (0.0, "")
            elif rng.random() < 0.05:
                value, comment = 0.0, "未完成"
            else:
                value, comment = 1.0, rng.choice(SELF_COMMENTS)
            assessment.enter(s, t.id, stage=stage, value=value, comment=comment, on=on)

    def _assess_past(self, year: int) -> int:
        s, rng = self.s, self.rng
        end = date(year, 12, 31)
        if end >= self.as_of:
            return 0
        assessment.set_cutoff(s, year, end)
        rows = letters.letters(s, year)
        for r in rows:
            self._manual(r.id, "self", end + timedelta(days=rng.randint(3, 12)))
        sheet = {x.letter_id: x for x in assessment.sheet(s, year, today=self.as_of)}
        for r in rows:
            assessment.submit_self(s, r.id, on=end + timedelta(days=12), score=sheet[r.id])
        for r in rows:
            own = {t.target_id: t.self_value for t in sheet[r.id].targets}
            self._manual(r.id, "verified", end + timedelta(days=rng.randint(15, 25)), own=own)
        # a township without samples has no pass rate: the county enters the one the city reported
        sheet = {x.letter_id: x for x in assessment.sheet(s, year, today=self.as_of)}
        for r in rows:
            for t in sheet[r.id].targets:
                if t.verified_value is None:
                    assessment.enter(s, t.target_id, stage="verified", value=100.0,
                                     comment="本年度无抽查批次，按满分计", on=end + timedelta(days=20))
        sheet = {x.letter_id: x for x in assessment.sheet(s, year, today=self.as_of)}
        for r in rows:
            assessment.verify(s, r.id, on=end + timedelta(days=26), score=sheet[r.id])
        published = 0
        on = end + timedelta(days=40)
        if on <= self.as_of:
            for kind in sorted({r.kind for r in rows}):
                published += assessment.publish(s, year, kind=kind, on=on)
        return published

    def _report_tasks(self, year: int) -> None:
        for r in letters.letters(self.s, year):
            self._manual(r.id, "self", self.as_of)
