"""The enterprise credit report (企业质量信用报告): one A4 page with the enterprise, its grade and why.

Sections: the enterprise; the grade with every reason line; certificates and licences; spot checks; awards;
credit lists and penalties; the grade's history; how grades are given. Long lists show their newest rows and
"另有 M 条": the page is measured before it is written, and the list showing the most rows gives one up, again
and again, until the whole fits on one page (a list keeps at least one row). The report goes to the enterprise
or to a department that asks for it, so the legal representative is named but no phone number is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from qsupervise.documents.pdf_layout import FORM_MARGINS, FORM_WIDTH, LABEL_SHADE, MM, PAGE_H, RED, PdfDoc
from qsupervise.models import Certification, Enterprise, OrgKind, OrgUnit
from qsupervise.rules import certificates, industry
from qsupervise.rules.credit import Outcome, Reason, Rules
from qsupervise.services import credit, credit_facts
from qsupervise.services.registry import EnterpriseCheck, checks_of

MOST_ROWS = 8  # rows a list shows at most; fewer when the page is full
FRAME_H = PAGE_H - FORM_MARGINS[0] - FORM_MARGINS[2]
SPACE = 1.8 * MM
GRADE_COLOURS = {"A": "#1e7b34", "B": "#1f5fa8", "C": "#b26a00", "D": RED}


@dataclass(frozen=True)
class Record:
    """What the report prints, read in one go."""

    enterprise: Enterprise
    township: str
    authority: str
    standing: credit.Standing
    today_outcome: Outcome
    rules: Rules
    certificates: list[Certification]
    checks: list[EnterpriseCheck]
    awards: list[Any] | None
    lists: list[Any]
    penalties: list[Any]
    history: list[credit.Standing]


def credit_report(session: Session, enterprise_id: str, dest: Path, *, today: date, lang: str = "zh") -> Path:
    """Write the report of one enterprise as of ``today`` to ``dest`` (one A4 page) and return its path."""
    record = load(session, enterprise_id, today)
    pdf = PdfDoc(lang)
    title = pdf.t("credit_report_title")
    tables = _rows(pdf, record, today)
    limits = {name: min(len(rows), MOST_ROWS) for name, rows in tables.items()}
    while True:
        story = _story(pdf, record, today, tables, limits)
        if _height(story) <= FRAME_H or max(limits.values()) <= 1:
            break
        longest = max(limits, key=lambda name: (limits[name], name))
        limits[longest] -= 1
    return pdf.write(dest, story, title=f"{title} {record.enterprise.name}", author=record.authority, letter=False)


def load(session: Session, enterprise_id: str, today: date) -> Record:
    enterprise = credit.find_enterprise(session, enterprise_id)
    town = session.get(OrgUnit, enterprise.township_id)
    county = session.exec(select(OrgUnit).where(OrgUnit.kind == OrgKind.COUNTY)).first()
    certs = session.exec(select(Certification).where(Certification.enterprise_id == enterprise.id,
                                                     col(Certification.deleted_at).is_(None))
                         .order_by(col(Certification.expires_on).desc(), col(Certification.kind))).all()
    awards = credit_facts.award_items(session.connection(), [enterprise.id], today)
    return Record(
        enterprise=enterprise,
        township=town.name if town else "",
        authority=f"{county.name}市场监督管理局" if county else "",
        standing=credit.current(session, enterprise.id, today=today),
        today_outcome=credit.outcome_of(session, enterprise.id, today),
        rules=credit.rules(session),
        certificates=list(certs),
        checks=checks_of(session, enterprise.id, today=today),
        awards=None if awards is None else awards.get(enterprise.id, []),
        lists=credit.list_entries(session, enterprise.id),
        penalties=credit.penalties(session, enterprise.id),
        history=credit.history(session, enterprise.id),
    )


def _height(story: list[Any]) -> float:
    """The height the story takes in the page's frame (flowables measured the way the page lays them out)."""
    total = 0.0
    for flowable in story:
        _w, h = flowable.wrap(FORM_WIDTH, FRAME_H * 4)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total + 2 * MM  # rounding at the frame's bottom


# -- the page ----------------------------------------------------------------------------------------------------


def _rows(pdf: PdfDoc, r: Record, today: date) -> dict[str, list[list[Any]]]:
    """The rows of each list, newest (or most telling) first."""
    in_force = sorted(r.certificates, key=lambda c: certificates.effective_status(c.status, c.expires_on, today)
                      != certificates.VALID)  # stable: newest expiry first within each group
    certs = [[pdf.cell(certificates.kind_label(c.kind, pdf.lang), "icell"), pdf.cell(c.number or "—", "icell"),
              pdf.cell(c.issuer or "—", "icell"), pdf.cell(c.expires_on or "—", "icell_center"),
              _status_cell(pdf, certificates.effective_status(c.status, c.expires_on, today))]
             for c in in_force]
    checks = [[pdf.cell(str(c.year or "—"), "icell_center"), pdf.cell(c.plan_no or "—", "icell"),
               pdf.cell(c.product or "—", "icell"), pdf.cell(c.sampled_on or c.counted_on or "—", "icell_center"),
               _verdict_cell(pdf, c), pdf.cell(_follow_up(pdf, c, today), "icell")] for c in r.checks]
    dated: list[tuple[str, list[Any]]] = [
        (x.listed_on, [pdf.cell(pdf.t(f"credit_list_{x.list_kind}"), "icell"), pdf.cell(x.listed_on, "icell_center"),
                       pdf.cell(x.removed_on or pdf.t("credit_report_in_force"), "icell_center"),
                       pdf.cell(x.authority or "—", "icell"), pdf.cell(x.document_no or "—", "icell"),
                       pdf.cell(_short(x.reason or x.source or "—"), "icell")]) for x in r.lists]
    dated += [
        (p.decided_on, [pdf.cell(pdf.t("credit_report_penalty"), "icell"), pdf.cell(p.decided_on, "icell_center"),
                        pdf.cell(_money(p.amount_fen, pdf.lang) if p.amount_fen else "—", "icell_center"),
                        pdf.cell(p.authority or "—", "icell"), pdf.cell(p.document_no or "—", "icell"),
                        pdf.cell(_short(p.summary or "—"), "icell")]) for p in r.penalties]
    dated.sort(key=lambda pair: pair[0], reverse=True)
    past = [[pdf.cell(h.decided_on or "—", "icell_center"), _grade_cell(pdf, h.grade),
             pdf.cell(str(h.score), "icell_center"), pdf.cell(h.computed_grade, "icell_center"),
             pdf.cell(pdf.t("credit_report_override", reason=_short(h.override_reason, 60), by=h.decided_by)
                      if h.overridden else pdf.t("credit_report_computed"), "icell")] for h in r.history]
    awards = [[pdf.cell(a.on, "icell_center"), pdf.cell(a.ref, "icell")] for a in r.awards or ()]
    return {"certs": certs, "checks": checks, "awards": awards, "lists": [row for _d, row in dated],
            "history": past}


def _story(pdf: PdfDoc, r: Record, today: date, tables: dict[str, list[list[Any]]],
           limits: dict[str, int]) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle

    story: list[Any] = [
        pdf.para(pdf.t("credit_report_title"), ParagraphStyle("cr_title", parent=pdf.style("form_title"), fontSize=18,
                                                               leading=24, spaceAfter=1 * MM)),
        pdf.para(f"{pdf.label('credit_report_date', today.isoformat())}　"
                 f"{pdf.label('credit_report_by', r.authority or '—')}", pdf.style("form_no")),
        _enterprise_table(pdf, r),
        *_grade_block(pdf, r, today),
        *_listing(pdf, "credit_report_certs", ("kind", "number", "issuer", "expires", "status"), (30, 30, 26, 14, 10),
                  tables["certs"], limits["certs"], "credit_report_no_certs"),
        *_listing(pdf, "credit_report_checks", ("year", "plan", "product", "sampled", "verdict", "followup"),
                  (8, 22, 30, 14, 12, 24), tables["checks"], limits["checks"], "credit_report_no_checks"),
    ]
    if r.awards is None:
        story += _listing(pdf, "credit_report_awards", ("award",), (1,), [], 0, "credit_report_awards_none")
    else:
        story += _listing(pdf, "credit_report_awards", ("granted", "award"), (15, 85), tables["awards"],
                          limits["awards"], "credit_report_no_awards")
    story += _listing(pdf, "credit_report_lists", ("list", "listed", "removed", "authority", "document", "why"),
                      (18, 12, 12, 20, 18, 20), tables["lists"], limits["lists"], "credit_report_no_lists")
    story += _listing(pdf, "credit_report_history", ("decided", "grade", "score", "computed", "note"),
                      (14, 8, 8, 10, 60), tables["history"], limits["history"], "credit_report_no_history")
    story.append(pdf.para(_how(pdf, r.rules), ParagraphStyle("cr_how", parent=pdf.style("small"), fontSize=8,
                                                             leading=10.5, spaceBefore=SPACE)))
    return story


def _enterprise_table(pdf: PdfDoc, r: Record) -> Any:
    """Six columns (label, value × 3) in 9 pt: the enterprise in four rows."""
    from reportlab.platypus import Table

    e = r.enterprise
    kind = pdf.t(f"credit_ent_kind_{e.kind}") if e.kind in ("enterprise", "individual", "coop", "other") else e.kind
    status = pdf.t(f"credit_ent_status_{e.status}") if e.status in ("active", "cancelled", "revoked",
                                                                     "suspended") else e.status
    lab, val = _style(pdf, "label"), _style(pdf, "value")

    def pair(code: str, value: str) -> list[Any]:
        return [pdf.para(pdf.t(code), lab), pdf.para(value or "—", val)]

    rows: list[list[Any]] = [
        [pdf.para(pdf.t("credit_report_enterprise"), _style(pdf, "section")), "", "", "", "", ""],
        [*pair("credit_report_name", e.name), "", "", *pair("credit_report_uscc", e.uscc or "")],
        [*pair("credit_report_address", e.address), "", "", *pair("credit_report_township", r.township)],
        [*pair("credit_report_legal_rep", e.legal_rep), *pair("credit_report_cqo", e.chief_quality_officer),
         *pair("credit_report_kind", kind)],
        [*pair("credit_report_industry", industry.label(e.industry_code) if e.industry_code else ""),
         *pair("credit_report_status", status), *pair("credit_report_founded", e.founded_on or "")],
    ]
    shares = (12, 21, 11, 19, 16, 21)
    table = Table(rows, colWidths=[FORM_WIDTH * x / sum(shares) for x in shares])
    table.setStyle(pdf.grid([
        ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE),
        ("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 2), (3, 2)),
        *[("BACKGROUND", (c, r_), (c, r_), LABEL_SHADE) for r_ in (1, 2, 3, 4) for c in (0, 2, 4)
          if not (r_ in (1, 2) and c == 2)],
    ], pad=-0.5))
    return table


def _style(pdf: PdfDoc, name: str) -> Any:
    """The report's own 9 pt styles: labels in the heading font, values, section headings."""
    from reportlab.lib.styles import ParagraphStyle

    base = pdf.style("icell")
    head = pdf.fonts.heading
    made = {
        "label": ParagraphStyle("cr_label", parent=base, fontName=head),
        "value": ParagraphStyle("cr_value", parent=base),
        "section": ParagraphStyle("cr_section", parent=base, fontName=head, fontSize=10, leading=12.5),
    }
    return made[name]


def _grade_block(pdf: PdfDoc, r: Record, today: date) -> list[Any]:
    """The grade in large type beside its label, score and date, then the reason lines."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table

    s = r.standing
    big = ParagraphStyle("grade", parent=pdf.style("form_title"), fontSize=30, leading=34,
                         textColor=GRADE_COLOURS.get(s.grade, "#000000"), spaceAfter=0)
    said = [pdf.t(f"credit_grade_{s.grade}") + "　" + pdf.t("credit_report_score", score=s.score)]
    said.append(pdf.t("credit_report_decided", on=s.decided_on) if s.recorded else pdf.t("credit_report_default"))
    if s.overridden:
        said.append(pdf.t("credit_report_overridden", computed=s.computed_grade, reason=s.override_reason,
                          by=s.decided_by))
    now = r.today_outcome
    if (now.grade, now.score) != (s.computed_grade, s.score):
        said.append(pdf.t("credit_report_stale", on=today.isoformat(), grade=now.grade, score=now.score))
    reasons: list[Reason] = list(s.basis)
    lines = "\n".join(f"{n}. {reason.text(pdf.lang)}" for n, reason in enumerate(reasons, 1))
    rows = [
        [pdf.para(pdf.t("credit_report_grade"), _style(pdf, "section")), ""],
        [pdf.para(s.grade, big), pdf.para("\n".join(said), _style(pdf, "value"))],
        [pdf.para(pdf.t("credit_report_why"), _style(pdf, "label")), pdf.para(lines, _style(pdf, "value"))],
    ]
    table = Table(rows, colWidths=[FORM_WIDTH * 0.17, FORM_WIDTH * 0.83], spaceBefore=SPACE)
    table.setStyle(pdf.grid([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE),
                             ("BACKGROUND", (0, 2), (0, 2), LABEL_SHADE)], pad=-0.5))
    return [table]


def _listing(pdf: PdfDoc, title: str, heads: tuple[str, ...], shares: tuple[int, ...], rows: list[list[Any]],
             most: int, empty: str) -> list[Any]:
    """A section of the newest ``most`` rows under a header; "另有 M 条" when there are more; a line when none."""
    from reportlab.platypus import Table

    shown = rows[:most]
    head = pdf.t(title)
    if len(rows) > len(shown):
        head += pdf.t("credit_report_more", shown=len(shown), more=len(rows) - len(shown))
    if not shown:
        table = Table([[pdf.para(head, _style(pdf, "section"))], [pdf.para(pdf.t(empty), _style(pdf, "value"))]],
                      colWidths=[FORM_WIDTH],
                      spaceBefore=SPACE)
        table.setStyle(pdf.grid([("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE)], pad=-0.5))
        return [table]
    widths = [FORM_WIDTH * s / sum(shares) for s in shares]
    body = [[pdf.para(head, _style(pdf, "section")), *[""] * (len(heads) - 1)],
            [pdf.cell(pdf.t(f"credit_col_{h}"), "ihead") for h in heads], *shown]
    table = Table(body, colWidths=widths, repeatRows=2, spaceBefore=SPACE)
    table.setStyle(pdf.grid([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 1), LABEL_SHADE)], pad=-0.5))
    return [table]


def _grade_cell(pdf: PdfDoc, grade: str) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("grade_cell", parent=pdf.style("icell_red"), textColor=GRADE_COLOURS.get(grade, "#000"))
    return pdf.para(grade, style)


def _status_cell(pdf: PdfDoc, status: str) -> Any:
    label = certificates.status_label(status, pdf.lang)
    return pdf.cell(label, "icell_center" if status == certificates.VALID else "icell_red")


def _verdict_cell(pdf: PdfDoc, check: EnterpriseCheck) -> Any:
    if check.verdict is None:
        return pdf.cell(pdf.t("credit_report_pending"), "icell_center")
    if check.failing:
        return pdf.cell(pdf.t(f"form_verdict_{check.verdict}"), "icell_red")
    if check.verdict != "pass":  # failed, then passed the re-test (复检), which is final
        return pdf.cell(pdf.t("credit_report_retest_pass"), "icell_center")
    return pdf.cell(pdf.t("form_verdict_pass"), "icell_center")


def _follow_up(pdf: PdfDoc, check: EnterpriseCheck, today: date) -> str:
    if not check.failing:
        return "—"
    if check.closed_on:
        return pdf.t("credit_report_closed", on=check.closed_on)
    step = check.next_step
    if step is None:
        return "—"
    label = pdf.t(f"step_{step.code}")
    return pdf.t("credit_report_overdue", step=label) if step.overdue(today) else label


def _short(value: str, most: int = 24) -> str:
    """A free text cut to fit a list's cell (the full text is in the record)."""
    return value if len(value) <= most else value[:most - 1] + "…"


def _money(fen: int, lang: str) -> str:
    return f"{fen / 100:,.2f}" + ("元" if lang == "zh" else " yuan")


def _how(pdf: PdfDoc, rules: Rules) -> str:
    """How grades are given, from the county's rules as they stand."""
    return pdf.t("credit_report_how", base=rules["base"].points, a=rules["grade_a"].points,
                 b=rules["grade_b"].points, c=rules["grade_c"].points)
