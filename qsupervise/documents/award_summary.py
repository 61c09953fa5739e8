"""The award application summary (申报概要): one application on A4 for the review file and the committee.

Sections: the enterprise; the programme and the application; how it moved (each step with date, who and why);
the eligibility pre-check condition by condition with its evidence, and every override with its reason (withdrawn
ones too, marked); the document checklist; for a scored programme the GB/T 19580 sheets of each reviewer and the
averages. Tables run over as many pages as they need, their headers repeated. The summary stays inside the
county's review, so the legal representative is named but no phone number is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from qsupervise.documents.pdf_layout import FAIL_SHADE, FORM_WIDTH, LABEL_SHADE, MM, PdfDoc
from qsupervise.errors import KnownError
from qsupervise.models import (
    ApplicationDocument,
    ApplicationStep,
    AwardApplication,
    AwardProgram,
    EligibilityOverride,
    Enterprise,
    OrgKind,
    OrgUnit,
    RewardPayment,
)
from qsupervise.rules import awards as rules
from qsupervise.rules import industry
from qsupervise.services import award_eligibility, awards, reward_fund
from qsupervise.services.award_eligibility import ConditionResult

SPACE = 2.5 * MM


@dataclass(frozen=True)
class Facts:
    """Everything the summary prints, read in one go."""

    application: AwardApplication
    program: AwardProgram
    enterprise: Enterprise
    township: str
    authority: str
    steps: list[ApplicationStep]
    checked_on: str | None
    results: list[ConditionResult]
    overrides: list[EligibilityOverride]
    documents: list[ApplicationDocument]
    scores: awards.ScoreSummary | None
    payments: list[RewardPayment]


def load(session: Session, application_id: str) -> Facts:
    application = awards.get_application(session, application_id)
    program = session.get(AwardProgram, application.program_id)
    enterprise = session.get(Enterprise, application.enterprise_id)
    if program is None or enterprise is None:
        raise KnownError("award_application_unknown", id=application_id)
    town = session.get(OrgUnit, enterprise.township_id)
    county = session.exec(select(OrgUnit).where(OrgUnit.kind == OrgKind.COUNTY)).first()
    checked_on, results = awards.last_check(session, application.id)
    return Facts(
        application=application, program=program, enterprise=enterprise, township=town.name if town else "",
        authority=f"{county.name}市场监督管理局" if county else "",
        steps=awards.steps_of(session, application.id), checked_on=checked_on, results=results,
        overrides=award_eligibility.overrides_of(session, application.id),
        documents=awards.documents_of(session, application.id),
        scores=awards.score_summary(session, application.id) if program.scored else None,
        payments=reward_fund.payments_for(session, "award", application.id),
    )


def application_summary(session: Session, application_id: str, dest: Path | str, *, today: date,
                        lang: str = "zh") -> Path:
    """Write the summary of one application as of ``today`` to ``dest`` and return its path."""
    facts = load(session, application_id)
    pdf = PdfDoc(lang)
    p = facts.program
    title = pdf.t("award_summary_title")
    story: list[Any] = [
        pdf.para(title, pdf.style("form_title")),
        pdf.para(f"{p.year}　{p.name}", pdf.style("docno")),
        pdf.para(f"{pdf.label('award_summary_printed', today.isoformat())}　"
                 f"{pdf.label('award_summary_by', facts.authority or '—')}", pdf.style("form_no")),
        _enterprise(pdf, facts),
        _application(pdf, facts),
        *_steps(pdf, facts),
        *_eligibility(pdf, facts),
        *_documents(pdf, facts),
    ]
    if facts.scores is not None:
        story += _scores(pdf, facts.scores)
    return pdf.write(Path(dest), story, title=f"{title} {facts.enterprise.name}", author=facts.authority,
                     letter=False)


# -- sections ----------------------------------------------------------------------------------------------------


def _kv_table(pdf: PdfDoc, heading: str, rows: list[list[Any]]) -> Any:
    widths = [FORM_WIDTH * x for x in (0.19, 0.31, 0.15, 0.35)]
    return pdf.table([pdf.section(heading), *rows], widths, label_cols=(0, 2), space=SPACE / 2, pad=-0.5)


def _kv(pdf: PdfDoc, a: str, va: str, b: str | None = None, vb: str = "") -> list[Any]:
    if b is None:
        return [pdf.cell(pdf.t(a), "label"), pdf.cell(va or "—", "cell"), "", ""]
    return [pdf.cell(pdf.t(a), "label"), pdf.cell(va or "—", "cell"), pdf.cell(pdf.t(b), "label"),
            pdf.cell(vb or "—", "cell")]


def _enterprise(pdf: PdfDoc, f: Facts) -> Any:
    e = f.enterprise
    trade = industry.label(e.industry_code) if e.industry_code else ""
    return _kv_table(pdf, "award_summary_enterprise", [
        _kv(pdf, "award_summary_name", e.name),
        _kv(pdf, "award_summary_uscc", e.uscc or "", "award_summary_township", f.township),
        _kv(pdf, "award_summary_address", e.address),
        _kv(pdf, "award_summary_legal_rep", e.legal_rep, "award_summary_cqo", e.chief_quality_officer),
        _kv(pdf, "award_summary_industry", trade, "award_summary_founded", e.founded_on or ""),
    ])


def _application(pdf: PdfDoc, f: Facts) -> Any:
    p, a = f.program, f.application
    window = "—" if not (p.opens_on or p.closes_on) else f"{p.opens_on or '…'} — {p.closes_on or '…'}"
    validity = pdf.t("award_summary_years", n=p.validity_years) if p.validity_years else pdf.t("award_no_term")
    state = rules.state_label(a.state, pdf.lang)
    rows = [
        _kv(pdf, "award_summary_program", f"{p.year}　{p.name}"),
        _kv(pdf, "award_summary_kind", rules.kind_label(p.kind, pdf.lang), "award_summary_level",
            rules.level_label(p.level, pdf.lang)),
        _kv(pdf, "award_summary_organiser", p.organiser, "award_summary_window", window),
        _kv(pdf, "award_summary_product", a.product_name, "award_summary_validity", validity),
        _kv(pdf, "award_summary_state", state, "award_summary_submitted", a.submitted_on or ""),
        _kv(pdf, "award_summary_decided", a.decided_on or "", "award_summary_reward",
            _reward(pdf, p.reward_fen, f.payments)),
    ]
    if a.note:
        rows.append(_kv(pdf, "award_summary_note", a.note))
    return _kv_table(pdf, "award_summary_application", rows)


def _reward(pdf: PdfDoc, standard_fen: int, payments: list[RewardPayment]) -> str:
    paid = sum(p.amount_fen for p in payments)
    parts = []
    if standard_fen:
        parts.append(pdf.t("award_summary_reward_standard", amount=reward_fund.yuan(standard_fen)))
    if payments:
        parts.append(pdf.t("award_summary_reward_paid", amount=reward_fund.yuan(paid), on=payments[-1].paid_on))
    return pdf.sep.join(parts) or "—"


def _listing(pdf: PdfDoc, heading: str, heads: tuple[str, ...], shares: tuple[float, ...], rows: list[list[Any]],
             empty: str, extra: list[tuple[Any, ...]] | None = None) -> list[Any]:
    """A section (``heading``: its text), a header row and the rows (repeated on each page), or one line saying
    there are none."""
    from reportlab.platypus import Table

    widths = [FORM_WIDTH * s / sum(shares) for s in shares]
    head = [pdf.cell(heading, "section"), *[""] * (len(heads) - 1)]
    if not rows:
        table = Table([head, [pdf.cell(pdf.t(empty), "small"), *[""] * (len(heads) - 1)]], colWidths=widths,
                      spaceBefore=SPACE / 2, spaceAfter=SPACE / 2)
        table.setStyle(pdf.grid([("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
                                 ("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE)], pad=-0.5))
        return [table]
    body = [head, [pdf.cell(pdf.t(h), "ihead") for h in heads], *rows]
    table = Table(body, colWidths=widths, repeatRows=2, spaceBefore=SPACE / 2, spaceAfter=SPACE / 2)
    table.setStyle(pdf.grid([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 1), LABEL_SHADE),
                             *(extra or [])], pad=-0.5))
    return [table]


def _steps(pdf: PdfDoc, f: Facts) -> list[Any]:
    rows = []
    for s in f.steps:
        source = rules.state_label(s.from_state, pdf.lang) if s.from_state else pdf.t("award_summary_created")
        rows.append([pdf.cell(s.on, "icell_center"), pdf.cell(source, "icell_center"),
                     pdf.cell(rules.state_label(s.to_state, pdf.lang), "icell_center"),
                     pdf.cell(s.actor or "—", "icell_center"), pdf.cell(s.comment or "—", "icell")])
    heads = ("award_col_on", "award_col_from", "award_col_to", "award_col_actor", "award_col_comment")
    return _listing(pdf, pdf.t("award_summary_steps"), heads, (14, 13, 13, 14, 46), rows, "award_summary_no_steps")


def _eligibility(pdf: PdfDoc, f: Facts) -> list[Any]:
    heading = pdf.t("award_summary_eligibility")
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for r in f.results:
        if r.passed:
            verdict = pdf.cell(pdf.t("award_summary_pass"), "icell_center")
        elif r.overridden:
            verdict = pdf.cell(pdf.t("award_summary_accepted"), "icell_center")
        else:
            verdict = pdf.cell(pdf.t("award_summary_fail"), "icell_red")
        evidence = r.evidence(pdf.lang)
        if r.overridden:
            evidence += "\n" + pdf.t("award_summary_override_note", reason=r.reason)
        rows.append([pdf.cell(r.label(pdf.lang), "icell"), verdict, pdf.cell(evidence, "icell")])
        if not r.accepted:
            extra.append(("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), FAIL_SHADE))
    if f.checked_on:
        heading += pdf.t("award_summary_checked_on", on=f.checked_on)
    story = _listing(pdf, heading, ("award_col_condition", "award_col_result", "award_col_evidence"), (22, 12, 66),
                     rows, "award_summary_not_checked", extra)
    if f.overrides:
        lines = []
        for o in f.overrides:
            reason = pdf.t("award_summary_override_withdrawn", reason=o.reason) if o.withdrawn else o.reason
            lines.append([pdf.cell(pdf.t(f"award_condition_{o.condition}"), "icell"),
                          pdf.cell(o.decided_on, "icell_center"), pdf.cell(o.decided_by or "—", "icell_center"),
                          pdf.cell(reason, "icell")])
        heads = ("award_col_condition", "award_col_on", "award_col_actor", "award_col_reason")
        story += _listing(pdf, pdf.t("award_summary_overrides"), heads, (22, 13, 13, 52), lines, "")
    return story


def _documents(pdf: PdfDoc, f: Facts) -> list[Any]:
    rows = []
    for n, d in enumerate(f.documents, start=1):
        given = d.attachment_id is not None
        mark = pdf.cell(pdf.t("award_summary_doc_given" if given else "award_summary_doc_missing"),
                        "icell_center" if given or not d.required else "icell_red")
        rows.append([pdf.cell(str(n), "icell_center"), pdf.cell(d.name, "icell"),
                     pdf.cell(pdf.t("award_summary_required" if d.required else "award_summary_optional"),
                              "icell_center"), mark, pdf.cell(d.note or "—", "icell")])
    missing = sum(1 for d in f.documents if d.required and d.attachment_id is None)
    heads = ("award_col_no", "award_col_document", "award_col_required", "award_col_given", "award_col_note")
    story = _listing(pdf, pdf.t("award_summary_documents"), heads, (7, 45, 10, 12, 26), rows,
                     "award_summary_no_documents")
    if f.documents:
        story.append(pdf.para(pdf.t("award_summary_documents_count", count=len(f.documents), missing=missing),
                              pdf.style("small")))
    return story


def _scores(pdf: PdfDoc, summary: awards.ScoreSummary) -> list[Any]:
    """Reviewers as rows, the seven categories (with their maxima) and the total as columns; the averages last."""
    from reportlab.lib.styles import ParagraphStyle

    cats = [c for c, _m in rules.CATEGORIES]
    narrow = ParagraphStyle("as_head", parent=pdf.style("ihead"), fontSize=8, leading=10)
    heads = [pdf.para(pdf.t("award_col_reviewer"), narrow),
             *[pdf.para(f"{rules.category_label(c, pdf.lang)}\n({m})", narrow) for c, m in rules.CATEGORIES],
             pdf.para(f"{pdf.t('award_col_total')}\n({rules.TOTAL})", narrow)]
    rows: list[list[Any]] = [heads]
    for s in summary.sheets:
        rows.append([pdf.cell(s.reviewer, "icell_center"),
                     *[pdf.cell(str(s.scores[c]) if c in s.scores else "—", "icell_center") for c in cats],
                     pdf.cell(str(s.total), "icell_center")])
    if summary.sheets:
        rows.append([pdf.cell(pdf.t("award_summary_average"), "ihead"),
                     *[pdf.cell(_points(summary.averages.get(c)), "icell_center") for c in cats],
                     pdf.cell(_points(summary.total), "icell_red")])
    from reportlab.platypus import Table

    shares = (16, *[10.5] * len(cats), 10.5)
    widths = [FORM_WIDTH * s / sum(shares) for s in shares]
    head = [pdf.cell(pdf.t("award_summary_scores"), "section"), *[""] * (len(heads) - 1)]
    if not summary.sheets:
        rows.append([pdf.cell(pdf.t("award_summary_not_scored"), "small"), *[""] * (len(heads) - 1)])
    table = Table([head, *rows], colWidths=widths, repeatRows=2, spaceBefore=SPACE / 2, spaceAfter=SPACE / 2)
    style: list[tuple[Any, ...]] = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 1), LABEL_SHADE)]
    if summary.sheets:
        style.append(("BACKGROUND", (0, -1), (-1, -1), LABEL_SHADE))
    else:
        style.append(("SPAN", (0, -1), (-1, -1)))
    table.setStyle(pdf.grid(style, pad=-0.5))
    out: list[Any] = [table]
    comments = [f"{s.reviewer}{pdf.colon}{s.comment}" for s in summary.sheets if s.comment]
    if comments:
        out.append(pdf.para("\n".join(comments), pdf.style("small")))
    return out


def _points(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}".rstrip("0").rstrip(".")

