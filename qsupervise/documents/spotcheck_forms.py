"""Printable spot-check documents as PDF: the sampling record (抽样单), the result notice and the correction order.

They go to the sampled party itself, so nothing is masked. The notice and the order are official letters
(see pdf_layout: GB/T 9704-2012); the notice carries the item table as its attachment, and a long table runs
over as many pages as it needs with its header repeated. The sampling record is a boxed form on one page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from qsupervise.documents.pdf_layout import (
    FAIL_SHADE,
    FORM_WIDTH,
    LABEL_SHADE,
    LETTER_LINE,
    LETTER_WIDTH,
    MM,
    PdfDoc,
    attachment,
    choice_boxes,
    signature,
)
from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.models import Enterprise, Inspector, OrgUnit, SpotCheck, SpotCheckPlan, TestItem
from qsupervise.rules.followup import day, deadlines
from qsupervise.rules.verdicts import FAIL, PASS, SERIOUS, is_failing


@dataclass(frozen=True)
class Party:
    name: str
    address: str = ""
    uscc: str = ""
    township: str = ""


@dataclass(frozen=True)
class Facts:
    """Everything a document prints about one sample, read in one go."""

    check: SpotCheck
    plan: SpotCheckPlan
    unit: Party
    producer: Party
    samplers: tuple[tuple[str, str], ...]  # (name, badge no.)
    items: tuple[TestItem, ...]

    @property
    def final_failing(self) -> bool:
        """Failing, and not cleared by a passing re-test (复检 is final)."""
        return is_failing(self.check.verdict) and self.check.retest_verdict != PASS

    def failing_items(self) -> list[TestItem]:
        return [i for i in self.items if i.verdict == FAIL]


# -- the three documents -----------------------------------------------------------------------


def sampling_form(session: Session, spot_check_id: str, dest: Path, *, lang: str = "zh") -> Path:
    """The sampling record (抽样单) of one sample, one A4 page unless its texts are very long."""
    facts = load(session, spot_check_id)
    pdf = PdfDoc(lang)
    story: list[Any] = [
        pdf.para(pdf.t("form_sampling_title"), pdf.style("form_title")),
        pdf.para(pdf.label("form_sample_no", facts.check.sample_no), pdf.style("form_no")),
        _sampling_table(pdf, facts),
        pdf.spacer(4 * MM),
        _sampling_signatures(pdf, facts),
        pdf.spacer(3 * MM),
        pdf.para(pdf.t("form_sampling_footer"), pdf.style("small")),
    ]
    return pdf.write(dest, story, title=pdf.t("form_sampling_title"), author=facts.plan.authority, letter=False)


def result_notice(session: Session, spot_check_id: str, dest: Path, *, lang: str = "zh") -> Path:
    """The notice of the test result (检验结果通知书) to the sampled unit, as an official letter."""
    facts = load(session, spot_check_id)
    check = facts.check
    if check.verdict is None:
        raise KnownError("form_no_verdict", sample=check.sample_no or check.product or check.id)
    pdf = PdfDoc(lang)
    we, to = _we(pdf, facts.plan.authority)
    story = _letter_head(pdf, facts, "form_notice_title", with_producer=True)
    story += [
        pdf.para(pdf.t("form_notice_opening", **_plan_words(pdf, facts), we=we), pdf.style("body")),
        _key_table(pdf, facts),
    ]
    if is_failing(check.verdict):
        failing = facts.failing_items()
        names = pdf.sep.join(i.name for i in failing) or check.failed_items or pdf.t("form_none")
        story.append(pdf.para(pdf.t("form_notice_fail", verdict=_verdict(pdf, check.verdict), items=names),
                              pdf.style("body")))
        serious = [i.name for i in failing if i.importance.upper() == "A"]
        if check.verdict == SERIOUS and serious:
            story.append(pdf.para(pdf.t("form_notice_serious", items=pdf.sep.join(serious)), pdf.style("body")))
        story.append(pdf.para(pdf.t("form_notice_stop", we=we), pdf.style("body")))
        due = deadlines(_row(check)).objection_due
        objection = (pdf.t("form_objection_dated", due=pdf.date_text(due), to=to) if due
                     else pdf.t("form_objection_undated", to=to))
        story.append(pdf.para(objection, pdf.style("body")))
    else:
        story.append(pdf.para(pdf.t("form_notice_pass"), pdf.style("body")))
    ending = [pdf.para(pdf.t("form_so_notified"), pdf.style("body"))]
    if facts.items:
        ending.append(pdf.para(pdf.t("form_attachment_line", title=pdf.t("form_items_title")), pdf.style("attachment")))
    story += signature(pdf, facts.plan.authority, day(check.notice_served_on), keep_with=ending)
    if facts.items:
        subtitle = f"{pdf.label('form_sample_no', check.sample_no)}　{pdf.label('form_product', check.product)}"
        story += attachment(pdf, pdf.t("form_items_title"), subtitle, _item_table(pdf, facts.items, full=True))
    return pdf.write(dest, story, title=pdf.t("form_notice_title"), author=facts.plan.authority, letter=True)


def correction_order(session: Session, spot_check_id: str, dest: Path, *, lang: str = "zh") -> Path:
    """The order to correct (责令改正通知书) after a failing result, with its 60- and 75-day deadlines."""
    facts = load(session, spot_check_id)
    check = facts.check
    if not facts.final_failing:
        verdict = check.retest_verdict or check.verdict
        raise KnownError("form_not_failing", sample=check.sample_no or check.product or check.id,
                         verdict=text(f"form_verdict_{verdict}", lang) if verdict else "—")
    pdf = PdfDoc(lang)
    we, to = _we(pdf, facts.plan.authority)
    story = _letter_head(pdf, facts, "form_correction_title", with_producer=False)
    story += [
        pdf.para(pdf.t("form_correction_opening", **_plan_words(pdf, facts), verdict=_verdict(pdf, check.verdict)),
                 pdf.style("body")),
        _key_table(pdf, facts),
        pdf.para(pdf.t("form_correction_items"), pdf.style("body")),
    ]
    failing = facts.failing_items()
    if failing:
        story += _item_table(pdf, failing, full=False)
    else:  # imported from a published table: only the text of the failing items is known
        story.append(pdf.para(check.failed_items or pdf.t("form_none"), pdf.style("body")))
    d = deadlines(_row(check))
    story += [
        pdf.para(pdf.t("form_correction_basis"), pdf.style("body")),
        pdf.para(pdf.t("form_correction_stop"), pdf.style("body")),
        pdf.para(pdf.t("form_correction_dated", due=pdf.date_text(d.correction_due), to=to) if d.correction_due
                 else pdf.t("form_correction_undated", to=to), pdf.style("body")),
        pdf.para(pdf.t("form_recheck_dated", due=pdf.date_text(d.recheck_due), we=we) if d.recheck_due
                 else pdf.t("form_recheck_undated", we=we), pdf.style("body")),
    ]
    refuse = pdf.para(pdf.t("form_correction_refuse", we=we), pdf.style("body"))
    story += signature(pdf, facts.plan.authority, day(check.correction_ordered_on), keep_with=[refuse])
    story += _receipt(pdf)
    return pdf.write(dest, story, title=pdf.t("form_correction_title"), author=facts.plan.authority, letter=True)


DOCUMENTS: dict[str, Callable[..., Path]] = {
    "sampling": sampling_form, "notice": result_notice, "correction": correction_order,
}


# -- reading -----------------------------------------------------------------------------------


def load(session: Session, spot_check_id: str) -> Facts:
    """The sample, its plan, the parties (linked enterprise, else the text the sample carries) and its items."""
    check = session.get(SpotCheck, spot_check_id)
    if check is None or check.deleted_at is not None:
        raise KnownError("form_check_not_found", id=spot_check_id)
    plan = session.get(SpotCheckPlan, check.plan_id)
    if plan is None:  # the foreign key makes this a broken database, not a user's mistake
        raise LookupError(f"spot check {check.id} points at a missing plan {check.plan_id}")
    unit_ent = session.get(Enterprise, check.enterprise_id) if check.enterprise_id else None
    producer_ent = session.get(Enterprise, check.producer_id) if check.producer_id else None
    township_id = check.township_id or (unit_ent.township_id if unit_ent else None)
    township = session.get(OrgUnit, township_id) if township_id else None
    unit = Party(
        name=check.unit_name or (unit_ent.name if unit_ent else ""),
        address=(unit_ent.address if unit_ent else "") or check.location,
        uscc=check.uscc or (unit_ent.uscc or "" if unit_ent else ""),
        township=township.name if township else "",
    )
    producer = Party(
        name=check.producer_name or (producer_ent.name if producer_ent else ""),
        address=producer_ent.address if producer_ent else "",
        uscc=(producer_ent.uscc or "") if producer_ent else "",
    )
    samplers = []
    for name, inspector_id in ((check.sampler1, check.inspector1_id), (check.sampler2, check.inspector2_id)):
        inspector = session.get(Inspector, inspector_id) if inspector_id else None
        samplers.append((name or (inspector.name if inspector else ""), inspector.badge_no if inspector else ""))
    items = session.exec(select(TestItem).where(TestItem.spot_check_id == check.id)
                         .order_by(col(TestItem.position), col(TestItem.name))).all()
    return Facts(check, plan, unit, producer, tuple(samplers), tuple(items))


def _row(check: SpotCheck) -> dict[str, Any]:
    return check.model_dump()


def _verdict(pdf: PdfDoc, verdict: str | None) -> str:
    return pdf.t(f"form_verdict_{verdict}") if verdict in (PASS, FAIL, SERIOUS) else pdf.t("form_none")


# -- pieces ------------------------------------------------------------------------------------


def _plan_words(pdf: PdfDoc, facts: Facts) -> dict[str, str]:
    plan = facts.plan
    verb = "production" if plan.field == "production" else "circulation"
    return {"year": str(plan.year), "level": pdf.t(f"form_level_{plan.level}"), "plan_no": plan.plan_no or "—",
            "verb": pdf.t(f"form_verb_{verb}")}


def _we(pdf: PdfDoc, authority: str) -> tuple[str, str]:
    """How the letter names its sender in the text: 我局 for a bureau; and whom an objection goes to."""
    we = pdf.t("form_we") if authority.endswith("局") or pdf.lang == "en" else pdf.t("form_we_other")
    return we, (pdf.t("form_to_us", we=we) if authority else pdf.t("form_authority_unknown"))


def _letter_head(pdf: PdfDoc, facts: Facts, title_code: str, *, with_producer: bool) -> list[Any]:
    """Title, the sample number in place of a document number, and the addressee (主送机关)."""
    from reportlab.platypus import Spacer

    unit, producer = facts.unit.name, facts.producer.name
    to = unit if not with_producer or not producer or producer == unit else f"{unit}{pdf.sep}{producer}"
    return [
        pdf.para(pdf.t(title_code), pdf.style("title")),
        pdf.para(pdf.label("form_sample_no", facts.check.sample_no or pdf.t("form_none")), pdf.style("docno")),
        Spacer(1, LETTER_LINE * 0.5),
        pdf.para(f"{to or '________________'}{pdf.colon.strip()}", pdf.style("addressee")),
    ]


def _key_table(pdf: PdfDoc, facts: Facts) -> Any:
    """The sample's particulars in a letter, ending with the report and the verdict."""
    c = facts.check
    k = "_k"
    rows: list[list[Any]] = [
        pdf.kv("form_product", c.product, "form_brand", c.brand, size=k),
        pdf.kv("form_spec", c.spec, "form_batch", c.batch, size=k),
        pdf.kv("form_sampled_on", pdf.iso(c.sampled_on), "form_sample_no", c.sample_no, size=k),
        pdf.kv_wide("form_producer", facts.producer.name, size=k),
        pdf.kv_wide("form_standard", c.declared_standard, size=k),
        pdf.kv_wide("form_agency", c.agency or facts.plan.agency, size=k),
        pdf.kv("form_report_no", c.report_no, "form_report_on", pdf.iso(c.report_on), size=k),
        [pdf.cell(pdf.t("form_verdict"), "label_k"),
         pdf.cell(_verdict(pdf, c.verdict), "cell_red_k" if is_failing(c.verdict) else "cell_k"), "", ""],
    ]
    width = LETTER_WIDTH
    return pdf.table(rows, [width * f for f in (0.19, 0.31, 0.19, 0.31)], label_cols=(0, 2), space=LETTER_LINE * 0.3)


def _item_table(pdf: PdfDoc, items: Sequence[TestItem], *, full: bool) -> list[Any]:
    """The test items (``full``: with the clause), failing rows shaded, the header repeated on every page."""
    from reportlab.platypus import Table

    if not items:
        return [pdf.para(pdf.t("form_no_items"), pdf.style("body"))]
    heads: tuple[str, ...]
    points: tuple[int, ...]
    if full:
        heads = ("no", "item", "clause", "required", "measured", "unit", "verdict", "importance")
        points = (24, 84, 80, 90, 58, 34, 42, 30)
    else:
        heads = ("no", "item", "required", "measured", "unit", "verdict", "importance")
        points = (24, 112, 114, 76, 40, 46, 30)
    rows: list[list[Any]] = [[pdf.cell(pdf.t(f"form_col_{h}"), "ihead") for h in heads]]
    shaded: list[int] = []
    for n, item in enumerate(items, 1):
        failing = item.verdict == FAIL
        if failing:
            shaded.append(n)
        values = {"no": str(n), "item": item.name, "clause": item.clause, "required": item.required,
                  "measured": item.measured, "unit": item.unit, "importance": item.importance,
                  "verdict": pdf.t(f"form_verdict_{item.verdict}") if item.verdict else pdf.t("form_none")}
        rows.append([pdf.cell(values[h], "icell_red" if failing and h in ("verdict", "importance") else
                              "icell_center" if h in ("no", "unit", "verdict", "importance") else "icell")
                     for h in heads])
    table = Table(rows, colWidths=[LETTER_WIDTH * p / sum(points) for p in points], repeatRows=1, splitInRow=1,
                  hAlign="CENTER", spaceBefore=3, spaceAfter=LETTER_LINE * 0.3)
    table.setStyle(pdf.grid(extra=[("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE)]
                            + [("BACKGROUND", (0, r), (-1, r), FAIL_SHADE) for r in shaded]))
    if not (full and shaded):  # the correction order lists failing items only: nothing to explain
        return [table]
    return [pdf.para(pdf.t("form_items_legend"), pdf.style("note")), table]


def _receipt(pdf: PdfDoc) -> list[Any]:
    """The acknowledgement of receipt (送达回执) the unit signs and seals, with room for the seal."""
    from reportlab.platypus import Spacer, Table

    width = LETTER_WIDTH
    rows = [[pdf.cell(pdf.t("form_receipt"), "head_k"), "", "", ""],
            [pdf.cell(pdf.t("form_receipt_unit"), "label_k"), "", pdf.cell(pdf.t("form_receipt_by"), "label_k"), ""],
            [pdf.cell(pdf.t("form_receipt_on"), "label_k"), pdf.cell(pdf.t("form_blank_date"), "cell_k"), "", ""]]
    box = Table(rows, colWidths=[width * f for f in (0.28, 0.30, 0.22, 0.20)], rowHeights=[None, 54, None])
    box.setStyle(pdf.grid(extra=[("SPAN", (0, 0), (-1, 0)), ("SPAN", (1, 2), (-1, 2)),
                                 ("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE)]))
    return [Spacer(1, LETTER_LINE * 0.8), box]


def _sampling_table(pdf: PdfDoc, facts: Facts) -> Any:
    c, plan, unit, producer = facts.check, facts.plan, facts.unit, facts.producer
    state = {"sampled": "form_state_sampled", "refused": "form_state_refused", "not_found": "form_state_not_found"}
    boxes = choice_boxes(pdf, [(pdf.t(code), c.sampling == key) for key, code in state.items()])
    note = {"refused": "form_note_refused", "not_found": "form_note_not_found"}.get(c.sampling)
    rows: list[list[Any]] = [
        pdf.section("form_plan_section"),
        pdf.kv("form_plan_no", plan.plan_no, "form_level",
               pdf.t("form_level_value", level=pdf.t(f"form_level_{plan.level}"))),
        pdf.kv("form_category", plan.category or c.category, "form_field", pdf.t(f"form_field_{plan.field}")),
        pdf.kv_wide("form_agency", c.agency or plan.agency),
        pdf.kv_wide("form_rules_ref", plan.rules_ref),
        pdf.section("form_unit"),
        pdf.kv_wide("form_unit_name", unit.name),
        pdf.kv_wide("form_address", unit.address),
        pdf.kv("form_uscc", unit.uscc, "form_township", unit.township),
        pdf.section("form_producer"),
        pdf.kv_wide("form_unit_name", producer.name),
        pdf.kv("form_address", producer.address, "form_uscc", producer.uscc),
        pdf.section("form_sample"),
        pdf.kv("form_product", c.product, "form_brand", c.brand),
        pdf.kv("form_spec", c.spec, "form_batch", c.batch),
        pdf.kv("form_test_qty", c.test_qty, "form_reserve_qty", c.reserve_qty),
        pdf.kv_wide("form_standard", c.declared_standard),
        pdf.section("form_sampling"),
        pdf.kv("form_sampled_on", pdf.iso(c.sampled_on) or pdf.t("form_blank_date"), "form_sample_no", c.sample_no),
        [pdf.cell(pdf.t("form_sampling_state"), "label"), boxes, "", ""],
        [pdf.cell(pdf.t("form_notes"), "label"), pdf.cell((pdf.t(note) if note else "") + "\n\n\n", "cell"), "", ""],
    ]
    width = FORM_WIDTH
    return pdf.table(rows, [width * f for f in (0.19, 0.31, 0.19, 0.31)], label_cols=(0, 2), space=0, pad=1)


def _sampling_signatures(pdf: PdfDoc, facts: Facts) -> Any:
    from reportlab.platypus import Table

    sign, line = pdf.t("form_sign"), "________________"
    left = [pdf.label("form_samplers", "")]
    for n, (name, badge) in enumerate(facts.samplers, 1):
        badge_text = f"　{pdf.label('form_badge', badge)}" if badge else ""
        left += [f"{n}. {name}{badge_text}", f"　　{sign}{pdf.colon}{line}"]
    date_line = pdf.label("form_date_label", pdf.t("form_blank_date"))
    left += ["", pdf.t("form_sampler_unit"), "", date_line]
    right = [pdf.label("form_unit_opinion", ""), pdf.t("form_unit_confirm"), "",
             pdf.label("form_unit_sign", line), "", "", pdf.t("form_unit_seal"), "", date_line]
    width = FORM_WIDTH
    table = Table([[pdf.cell("\n".join(left), "cell"), pdf.cell("\n".join(right), "cell")]],
                  colWidths=[width / 2, width / 2])
    table.setStyle(pdf.grid())
    return table


