"""The expiry reminder list per township: which certificates, in what order, and a PDF with its font embedded."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from qsupervise.documents.certification_reminders import NothingToRemind, days_text, reminders, write_reminders
from qsupervise.models import Enterprise
from qsupervise.services import certifications, org
from qsupervise.services.certifications import CertificationInput
from qsupervise.store import Store

TODAY = date(2026, 6, 30)


def firm(store: Store, name: str, township: str, phone: str = "") -> str:
    with store.session() as s:
        e = Enterprise(name=name, township_id=org.resolve(s, township).id, contact_name="王五", contact_phone=phone)
        s.add(e)
        s.flush()
        return e.id


def cert(store: Store, holder: str, expires_in: int, kind: str = "iso9001", number: str = "", **values: object) -> str:
    expires = TODAY + timedelta(days=expires_in)
    with store.session() as s:
        data = CertificationInput(enterprise_id=holder, kind=kind, number=number, expires_on=expires,
                                  issued_on=expires - timedelta(days=1000), **values)  # type: ignore[arg-type]
        return certifications.save(s, data).id


@pytest.fixture
def county(store: Store) -> Store:
    a = firm(store, "青溪县丰源食品有限公司", "城关镇", "13800001234")
    b = firm(store, "青溪县河口五金厂", "河口镇")
    cert(store, a, 20, "sc", "SC10642010100012")
    cert(store, a, -40, number="00124Q20001R0M")  # lapsed 40 days ago
    cert(store, a, 200)  # beyond the horizon
    cert(store, a, 10, status="revoked")  # needs no renewal
    cert(store, b, 0, "ccc", "2021010101123456")  # the expiry day itself: still valid, 0 days left
    cert(store, b, -500)  # lapsed long ago
    return store


def test_reminders_per_township_in_order(county: Store) -> None:
    with county.read() as s:
        found = reminders(s, today=TODAY)
    assert [t.township for t in found] == ["城关镇", "河口镇"]
    town, river = found
    assert [(r.kind, r.days_left) for r in town.rows] == [("iso9001", -40), ("sc", 20)]
    assert town.firms == 1
    assert (town.rows[1].contact_name, town.rows[1].contact_phone) == ("王五", "13800001234")
    assert [r.days_left for r in river.rows] == [-500, 0]
    with county.read() as s:
        recent = reminders(s, today=TODAY, lapsed_days=365)
        expiring = reminders(s, today=TODAY, include_lapsed=False, horizon=30)
        one = reminders(s, today=TODAY, township_id=org.resolve(s, "河口镇").id)
    assert [r.days_left for r in recent[1].rows] == [0]
    assert [[r.days_left for r in t.rows] for t in expiring] == [[20], [0]]
    assert [t.township for t in one] == ["河口镇"]


def test_days_text() -> None:
    assert days_text("zh", 12) == "还剩 12 天"
    assert days_text("zh", 0) == "今天到期"
    assert days_text("zh", -3) == "已过期 3 天"
    assert days_text("en", -3) == "lapsed 3 days ago"


def test_pdf_has_a_page_per_township_and_embeds_its_font(county: Store, tmp_path: Path) -> None:
    steps: list[float] = []
    written = write_reminders(county, tmp_path / "提醒单.pdf", today=TODAY, progress=lambda f, _m: steps.append(f))
    assert (written.townships, written.certificates) == (2, 4)
    data = written.path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data  # the TrueType font travels with the file
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>") >= 2
    assert steps[-1] == 1.0


def test_nothing_to_remind_is_said_not_printed(county: Store, tmp_path: Path) -> None:
    with county.read() as s:
        quiet = org.resolve(s, "柳林乡").id
    with pytest.raises(NothingToRemind) as caught:
        write_reminders(county, tmp_path / "x.pdf", today=TODAY, township_id=quiet)
    assert caught.value.message() == "柳林乡没有已过期或 90 日内到期的证书，不用打印提醒单。"
    assert not (tmp_path / "x.pdf").exists()
