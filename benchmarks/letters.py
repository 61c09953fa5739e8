"""Responsibility letters and the year-end assessment, each beside a raw baseline measured in the same run.

- Printing the letters of a 30-township county (the usual 12 targets each): into one PDF and into a folder of
  30 files, against bare reportlab drawing the same number of pages of plain ``drawString`` text (22 lines of
  28 characters taken from the letters) with the same embedded font on one canvas.
- The assessment ``sheet()`` of the demo county (200,000 enterprises, seed 5; reused from ``demo.db`` when an
  earlier benchmark left one of that size) with letters for every township and member unit, against the grouped
  counts behind its computed targets run through the bare sqlite3 module (the sheet also reads the letters,
  targets and entered results and scores them; the baseline does not).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from qsupervise.demo import DEFAULT_AS_OF, generate
from qsupervise.documents import letter_pdf
from qsupervise.documents.pdf_fonts import pdf_fonts
from qsupervise.documents.pdf_layout import LETTER_LINE, LETTER_MARGINS, PAGE_H
from qsupervise.services import assessment, setup
from qsupervise.services import letters as service
from qsupervise.services.instruments import RATES_SQL
from qsupervise.store import Store

ENTERPRISES = 200_000
TOWNSHIPS = 30
YEAR = 2025
RUNS = 3
LIVE = """deleted_at IS NULL AND plan_id NOT IN (SELECT id FROM spot_check_plan WHERE deleted_at IS NOT NULL)"""
RAW = {
    "pass_rate": f"""SELECT township_id, count(*),
        sum(verdict = 'pass' OR (verdict IN ('fail', 'serious_fail') AND retest_verdict = 'pass'))
        FROM spot_check WHERE {LIVE} AND verdict IS NOT NULL AND township_id IS NOT NULL
        AND coalesce(nullif(sampled_on, ''), report_on) >= :first
        AND coalesce(nullif(sampled_on, ''), report_on) <= :last GROUP BY township_id""",
    "iso_new": """SELECT e.township_id, count(*) FROM certification c CROSS JOIN enterprise e ON e.id = c.enterprise_id
        WHERE c.deleted_at IS NULL AND c.issued_on >= :first AND c.issued_on <= :last
        AND c.kind IN ('iso9001', 'iso14001', 'iso45001') AND e.deleted_at IS NULL GROUP BY e.township_id""",
    "farm_new": """SELECT e.township_id, count(*) FROM certification c CROSS JOIN enterprise e ON e.id = c.enterprise_id
        WHERE c.deleted_at IS NULL AND c.issued_on >= :first AND c.issued_on <= :last
        AND c.kind IN ('green_food', 'organic', 'pollution_free', 'gap', 'gi') AND e.deleted_at IS NULL
        GROUP BY e.township_id""",
    "brands_new": """SELECT e.township_id, count(*) FROM brand b CROSS JOIN enterprise e ON e.id = b.enterprise_id
        WHERE b.deleted_at IS NULL AND b.status != 'revoked' AND b.granted_on >= :first AND b.granted_on <= :last
        AND b.level IN ('national', 'provincial') AND e.deleted_at IS NULL GROUP BY e.township_id""",
    "instruments": RATES_SQL.replace(":today", ":last"),
    "corrections": f"""SELECT township_id, correction_ordered_on, recheck_on FROM spot_check
        WHERE {LIVE} AND verdict IN ('fail', 'serious_fail') AND township_id IS NOT NULL
        AND correction_ordered_on >= :first AND correction_ordered_on <= :last""",
}


def _best(job: Callable[[], object], runs: int = RUNS) -> tuple[float, object]:
    result = job()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - started)
    return min(times), result


def _letters(tmp: Path) -> list[letter_pdf.LetterDoc]:
    path = tmp / "letters.db"
    path.unlink(missing_ok=True)
    with Store.open(path, create=True) as store:
        with store.session() as s:
            setup.initialise(s, role="county", name="测试县", area_code="420999",
                             townships=[f"第{n}镇" for n in range(1, TOWNSHIPS + 1)])
            service.create_letters(s, YEAR)
        with store.read() as s:
            return service.letter_docs(s, YEAR)


def _raw_pages(docs: list[letter_pdf.LetterDoc], pages: int, dest: Path) -> int:
    """``pages`` pages of 22 lines × 28 characters of the letters' text, drawString on one canvas."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font = pdf_fonts().body
    source = "".join(d.title + "".join(d.preamble) + "".join(t.metric + t.task for t in d.targets) + "".join(d.terms)
                     for d in docs)
    canvas = Canvas(str(dest), pagesize=A4)
    top, _right, _bottom, left = LETTER_MARGINS
    at = 0
    for _page in range(pages):
        canvas.setFont(font, 16)
        for line in range(22):
            chunk = source[at:at + 28] or source[:28]
            at = at + 28 if at + 28 < len(source) else 0
            canvas.drawString(left, PAGE_H - top - 16 - line * LETTER_LINE, chunk)
        canvas.showPage()
    canvas.save()
    return pages


def _demo(tmp: Path, enterprises: int) -> Path:
    path = tmp / "assessment.db"
    reuse = tmp / "demo.db"
    if reuse.exists():
        with sqlite3.connect(reuse) as conn:
            if conn.execute("SELECT count(*) FROM enterprise").fetchone()[0] == enterprises:
                with Store.open(reuse) as store:
                    store.backup(path)
    if not path.exists():
        with Store.open(path, create=True) as store:
            generate(store, enterprises=enterprises, seed=5)
    with Store.open(path) as store, store.session() as s:
        service.create_letters(s, YEAR)
        service.create_letters(s, YEAR, "member_unit")
    return path


def run(tmp: Path, enterprises: int = ENTERPRISES) -> list[dict[str, object]]:
    docs = _letters(tmp)
    pdf_fonts()  # registered once, before any timing
    ours_one, one = _best(lambda: letter_pdf.write_letters(docs, tmp / "letters.pdf", one_file=True))
    ours_dir, folder = _best(lambda: letter_pdf.write_letters(docs, tmp / "letters", one_file=False))
    pages = one.pages  # type: ignore[attr-defined]
    base_pdf, _n = _best(lambda: _raw_pages(docs, pages, tmp / "raw.pdf"))
    size_one = (tmp / "letters.pdf").stat().st_size
    size_dir = sum(p.stat().st_size for p in folder.paths)  # type: ignore[attr-defined]
    print(f"letters: {len(docs)} letters, {pages} pages; one file {ours_one * 1000:.0f} ms ({size_one // 1024} KB), "
          f"folder {ours_dir * 1000:.0f} ms ({size_dir // 1024} KB), raw reportlab {base_pdf * 1000:.0f} ms")

    path = _demo(tmp, enterprises)
    store = Store.open(path)
    with store.read() as s:
        ours_sheet, sheet = _best(lambda: assessment.sheet(s, YEAR, today=DEFAULT_AS_OF), 5)
    store.close()
    raw = sqlite3.connect(path)
    window: dict[str, Any] = {"first": f"{YEAR}-01-01", "last": date(YEAR, 12, 31).isoformat()}
    base_sheet, counts = _best(lambda: {k: raw.execute(q, window).fetchall() for k, q in RAW.items()}, 5)
    raw.close()
    scores = sheet  # type: ignore[assignment]
    by_id = {r[0]: r for r in counts["pass_rate"]}  # type: ignore[index]
    for s in scores:  # type: ignore[attr-defined]
        line = next(t for t in s.targets if t.source == "spotcheck_pass_rate") if s.kind == "township" else None
        if line is not None and line.computed is not None and line.computed.whole:
            assert by_id[s.unit_id][1] == line.computed.whole
    print(f"assessment: {len(scores)} letters over {enterprises:,} enterprises; sheet {ours_sheet * 1000:.0f} ms, "
          f"raw grouped counts {base_sheet * 1000:.0f} ms")
    return [
        {"name": f"print {len(docs)} letters into one PDF, {pages} pages (ms)", "ours": f"{ours_one * 1000:.0f}",
         "baseline": f"{base_pdf * 1000:.0f}", "ratio": f"{ours_one / base_pdf:.1f}×",
         "baseline_is": "raw reportlab drawString, same pages and font, one canvas"},
        {"name": f"print {len(docs)} letters into a folder of files (ms)", "ours": f"{ours_dir * 1000:.0f}",
         "baseline": f"{base_pdf * 1000:.0f}", "ratio": f"{ours_dir / base_pdf:.1f}×",
         "baseline_is": "raw reportlab drawString, same pages and font, one canvas"},
        {"name": f"assessment sheet, {len(scores)} letters, {enterprises // 1000}k enterprises (ms)",
         "ours": f"{ours_sheet * 1000:.0f}", "baseline": f"{base_sheet * 1000:.0f}",
         "ratio": f"{ours_sheet / base_sheet:.1f}×", "baseline_is": "raw sqlite3, the grouped counts of its metrics"},
    ]


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qs-bench-letters-") as folder:
        for r in run(Path(folder), int(sys.argv[1]) if len(sys.argv) > 1 else ENTERPRISES):
            print(r)
