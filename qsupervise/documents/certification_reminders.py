"""The expiry reminder list (认证许可到期提醒单) the county sends a township: its certificates lapsed or expiring.

One letter per township (GB/T 9704 layout, see pdf_layout), each starting on a new page of one file: title,
addressee, what to do, then a table of enterprise, certificate type and number, expiry date, days left and
the enterprise's contact. It goes to the township's own station, so phone numbers are printed unmasked.

Which certificates: live ones of live enterprises, valid or suspended (a revoked or cancelled one needs no
renewal), expiring within ``horizon`` days, and — unless left out — those already lapsed (within
``lapsed_days`` days when given), as the 到期提醒 page counts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session

from qsupervise.documents import Cancel, Progress, never, no_progress
from qsupervise.documents.pdf_layout import FAIL_SHADE, LABEL_SHADE, LETTER_LINE, LETTER_WIDTH, PdfDoc, signature
from qsupervise.errors import KnownError
from qsupervise.messages import text
from qsupervise.models import OrgKind, OrgUnit
from qsupervise.rules import certificates as rules
from qsupervise.services import certifications as certs
from qsupervise.store import Store

ORG: Table = OrgUnit.__table__  # type: ignore[attr-defined]
CERT, ENT = certs.CERT, certs.ENT
COLUMNS = ("seq", "holder", "kind", "number", "expires", "days", "contact")
WIDTHS_MM = (9, 31, 24, 32, 20, 17, 23)  # 156 mm, the text block; numbers, dates and phones on one line


class NothingToRemind(KnownError):
    """No certificate to put on a reminder list: printing an empty one would only confuse a township."""

    def message(self, lang: str = "zh") -> str:
        return text(self.code, lang, **self.params)


@dataclass(frozen=True)
class Reminder:
    holder: str
    kind: str
    number: str
    expires_on: str
    days_left: int  # negative: lapsed that many days ago
    contact_name: str
    contact_phone: str


@dataclass(frozen=True)
class TownshipReminders:
    township_id: str
    township: str
    rows: list[Reminder]

    @property
    def firms(self) -> int:
        return len({r.holder for r in self.rows})


@dataclass(frozen=True)
class Written:
    path: Path
    townships: int
    certificates: int


def reminders(
    session: Session,
    *,
    today: date,
    township_id: str | None = None,
    horizon: int = rules.WATCH_DAYS,
    include_lapsed: bool = True,
    lapsed_days: int | None = None,
) -> list[TownshipReminders]:
    """The certificates to remind of, per township in the county's order; townships without any are left out."""
    conn = session.connection()
    columns = (ENT.c.township_id, ENT.c.name, ENT.c.search_key, ENT.c.contact_name, ENT.c.contact_phone,
               CERT.c.kind, CERT.c.number, CERT.c.expires_on)
    queries = [certs.statement(certs.CertQuery(township_id=township_id, expiring=max(horizon, 0)), today, *columns)]
    if include_lapsed:
        lapsed = certs.statement(certs.CertQuery(township_id=township_id, status=rules.EXPIRED), today, *columns)
        if lapsed_days is not None:
            lapsed = lapsed.where(CERT.c.expires_on >= (today - timedelta(days=lapsed_days)).isoformat())
        queries.append(lapsed)
    found = [r for q in queries for r in conn.execute(q.where(ENT.c.deleted_at.is_(None)))]
    found.sort(key=lambda r: (r.expires_on, r.search_key, r.kind, r.number))
    towns = conn.execute(select(ORG.c.id, ORG.c.name).order_by(ORG.c.sort_order, ORG.c.name)).all()
    by_town: dict[str, list[Reminder]] = {}
    for r in found:
        days = (date.fromisoformat(r.expires_on[:10]) - today).days
        by_town.setdefault(r.township_id, []).append(
            Reminder(r.name, r.kind, r.number, r.expires_on[:10], days, r.contact_name, r.contact_phone)
        )
    return [TownshipReminders(t.id, t.name, by_town[t.id]) for t in towns if t.id in by_town]


def write_reminders(
    store: Store,
    dest: Path | str,
    *,
    today: date | None = None,
    township_id: str | None = None,
    horizon: int = rules.WATCH_DAYS,
    include_lapsed: bool = True,
    lapsed_days: int | None = None,
    lang: str = "zh",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Written:
    """The reminder lists of one township (``township_id``) or of every township with something to remind of.

    Raises :class:`NothingToRemind` when there is nothing to print.
    """
    day = today or date.today()
    report, stop = progress or no_progress, cancel or never
    with store.read() as s:
        lists = reminders(s, today=day, township_id=township_id, horizon=horizon, include_lapsed=include_lapsed,
                          lapsed_days=lapsed_days)
        conn = s.connection()
        county = conn.execute(select(ORG.c.name).where(ORG.c.kind == OrgKind.COUNTY)).scalar() or ""
        scope = (conn.execute(select(ORG.c.name).where(ORG.c.id == township_id)).scalar() or "" if township_id
                 else text("cert_reminder_county", lang))
    if not lists:
        code = "cert_reminder_none" if include_lapsed else "cert_reminder_none_expiring"
        raise NothingToRemind(code, scope=scope, days=horizon)
    pdf = PdfDoc(lang)
    sender = text("cert_reminder_sender", lang, county=county)
    story: list[Any] = []
    for n, town in enumerate(lists):
        if stop():
            raise KnownError("cancelled")
        report(n / len(lists), text("cert_reminder_progress", lang, township=town.township, done=n + 1,
                                  total=len(lists)))
        if story:
            from reportlab.platypus import PageBreak

            story.append(PageBreak())
        story += _letter(pdf, town, day, horizon, include_lapsed, sender)
    path = pdf.write(Path(dest), story, title=text("cert_reminder_title", lang), author=sender, letter=True)
    report(1.0, "")
    return Written(path, len(lists), sum(len(t.rows) for t in lists))


def _letter(pdf: PdfDoc, town: TownshipReminders, today: date, horizon: int, include_lapsed: bool,
            sender: str) -> list[Any]:
    from reportlab.platypus import Spacer

    lang = pdf.lang
    body = "cert_reminder_body_lapsed" if include_lapsed else "cert_reminder_body_expiring"
    return [
        pdf.para(text("cert_reminder_title", lang), pdf.style("title")),
        pdf.para(text("cert_reminder_subtitle", lang, township=town.township, date=today.isoformat()),
                 pdf.style("docno")),
        Spacer(1, LETTER_LINE * 0.5),
        pdf.para(text("cert_reminder_addressee", lang, township=town.township), pdf.style("addressee")),
        pdf.para(text(body, lang, date=pdf.date_text(today), firms=town.firms, count=len(town.rows), days=horizon),
                 pdf.style("body")),
        _table(pdf, town.rows),
        *signature(pdf, sender, today, keep_with=[pdf.para(text("cert_reminder_feedback", lang), pdf.style("body"))]),
    ]


def days_text(lang: str, days: int) -> str:
    if days < 0:
        return text("cert_reminder_lapsed", lang, n=-days)
    if days == 0:
        return text("cert_reminder_today", lang)
    return text("cert_reminder_days_left", lang, n=days)


def _table(pdf: PdfDoc, rows: Sequence[Reminder]) -> Any:
    """The certificates, lapsed ones first (shaded, their days in red), the header repeated on every page."""
    from reportlab.platypus import Table

    lang = pdf.lang
    cells: list[list[Any]] = [[pdf.cell(text(f"cert_reminder_col_{c}", lang), "ihead") for c in COLUMNS]]
    lapsed: list[int] = []
    for n, r in enumerate(rows, 1):
        if r.days_left < 0:
            lapsed.append(n)
        contact = "\n".join(v for v in (r.contact_name, r.contact_phone) if v) or "—"
        days = days_text(lang, r.days_left)
        values = {"seq": str(n), "holder": r.holder, "kind": rules.kind_label(r.kind, lang),
                  "number": r.number or "—", "expires": r.expires_on, "contact": contact,
                  "days": days.replace(" ", "\n", 1) if r.days_left < 0 else days}  # 已过期 / 110 天: two lines
        cells.append([pdf.cell(values[c], _style(c, r.days_left < 0)) for c in COLUMNS])
    total = sum(WIDTHS_MM)
    table = Table(cells, colWidths=[LETTER_WIDTH * w / total for w in WIDTHS_MM], repeatRows=1, splitInRow=1,
                  hAlign="CENTER", spaceBefore=LETTER_LINE * 0.3, spaceAfter=LETTER_LINE * 0.3)
    table.setStyle(pdf.grid(extra=[("BACKGROUND", (0, 0), (-1, 0), LABEL_SHADE)]
                            + [("BACKGROUND", (0, r), (-1, r), FAIL_SHADE) for r in lapsed]))
    return table


def _style(column: str, lapsed: bool) -> str:
    if column == "days" and lapsed:
        return "icell_red"
    return "icell_center" if column in ("seq", "expires", "days") else "icell"
