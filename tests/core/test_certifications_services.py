"""Certificates through the services: checking, saving, the list and its filters, the expiry watch, rewards, scans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from qsupervise.errors import KnownError
from qsupervise.models import AuditEntry, Change, Enterprise, Product, utcnow
from qsupervise.services import attachments, certifications, checks, org
from qsupervise.services.certifications import CertificationInput, CertQuery
from qsupervise.store import Store
from tests.core import db_state

TODAY = date(2026, 6, 30)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n%%EOF"


def enterprise(store: Store, name: str, township: str = "城关镇") -> str:
    with store.session() as s:
        e = Enterprise(name=name, township_id=org.resolve(s, township).id)
        s.add(e)
        s.flush()
        return e.id


def add(store: Store, holder: str, kind: str = "iso9001", number: str = "", **values: object) -> str:
    with store.session() as s:
        cert = certifications.save(s, CertificationInput(enterprise_id=holder, kind=kind, number=number, **values))  # type: ignore[arg-type]
        return cert.id


def codes(problems: list[certifications.CertProblem]) -> list[tuple[str, str, str]]:
    return [(p.field, p.code, p.severity) for p in problems]


def test_check_cleans_and_reports() -> None:
    data = CertificationInput(enterprise_id="e", kind="sc", number=" sc 10642010100012 ", issuer="  县  局 ",
                              issued_on=date(2024, 1, 2), expires_on="2029-01-01")
    cleaned, problems = certifications.check(data)
    assert problems == []
    assert (cleaned.number, cleaned.issuer, cleaned.issued_on, cleaned.expires_on) == (
        "SC10642010100012", "县 局", "2024-01-02", "2029-01-01")
    _cleaned, problems = certifications.check(CertificationInput(enterprise_id="", kind="iso", status="expired",
                                                                 issued_on="2024-02-30", scope="范" * 501))
    assert codes(problems) == [
        ("enterprise_id", "missing_field", "error"), ("kind", "certificate_type", "error"),
        ("status", "cert_status", "error"), ("scope", "text_too_long", "error"), ("issued_on", "date_format", "error"),
    ]
    assert "持证企业" in problems[0].message()
    _cleaned, problems = certifications.check(CertificationInput(enterprise_id="e", kind="ccc", number="12345",
                                                                 issued_on="2024-05-01", expires_on="2024-04-30"))
    assert codes(problems) == [("number", "number_format", "warning"), ("number_note", "number_note_needed", "error"),
                               ("expires_on", "date_order", "error")]
    assert "16 位数字" in problems[0].message()
    assert "16 digits" in problems[0].message("en")
    _cleaned, problems = certifications.check(CertificationInput(enterprise_id="e", kind="ccc", number="12345",
                                                                 number_note="已核对证书原件"))
    assert codes(problems) == [("number", "number_format", "warning")]


def test_save_edit_delete_restore(store: Store) -> None:
    holder = enterprise(store, "甲有限公司")
    cert_id = add(store, holder, "sc", "SC10642010100012", issuer="县局", expires_on="2029-01-01")
    with store.session() as s:
        with pytest.raises(certifications.InvalidCertification) as refused:
            certifications.save(s, CertificationInput(enterprise_id=holder, kind="sc", number="sc10642010100012"))
        assert [p.code for p in refused.value.problems] == ["duplicate_number"]
        assert "已经登记过" in refused.value.message()
        edited = certifications.save(s, CertificationInput(enterprise_id=holder, kind="sc", number="SC10642010100012",
                                                           issuer="市局", expires_on="2029-01-01", status="suspended"),
                                     cert_id=cert_id)
        assert (edited.issuer, edited.status) == ("市局", "suspended")
    with store.session() as s:
        with pytest.raises(certifications.InvalidCertification) as refused:
            certifications.save(s, CertificationInput(enterprise_id="nobody", kind="ccc"))
        assert [p.code for p in refused.value.problems] == ["unlinked_enterprise"]
        certifications.set_deleted(s, cert_id=cert_id, deleted=True)
    # a deleted certificate frees its number; bringing it back then is refused
    other = add(store, holder, "sc", "SC10642010100012")
    with store.session() as s:
        with pytest.raises(KnownError) as refused:
            certifications.set_deleted(s, cert_id=cert_id, deleted=False)
        assert refused.value.code == "cert_restore_taken"
        certifications.set_deleted(s, cert_id=other, deleted=True)
        assert certifications.set_deleted(s, cert_id=cert_id, deleted=False).deleted_at is None
    with store.read() as s:
        assert [c.id for c in certifications.of_enterprise(s, holder)] == [cert_id]
        actions = [e.action for e in s.exec(select(AuditEntry).order_by(col(AuditEntry.seq)))
                   if e.action.startswith("certification")]
        changes = len(s.exec(select(Change).where(Change.table_name == "certification")).all())
    assert actions == ["certification.add", "certification.edit", "certification.delete", "certification.add",
                       "certification.delete", "certification.restore"]
    assert changes >= 6
    assert checks.check(store).ok


def test_product_must_belong_to_the_holder(store: Store) -> None:
    holder, other = enterprise(store, "甲"), enterprise(store, "乙")
    with store.session() as s:
        product = Product(enterprise_id=other, name="电线")
        s.add(product)
        s.flush()
        with pytest.raises(certifications.InvalidCertification) as refused:
            certifications.save(s, CertificationInput(enterprise_id=holder, kind="ccc", number="2021010201123456",
                                                      product_id=product.id))
        assert [p.code for p in refused.value.problems] == ["cert_product"]


@pytest.fixture
def ledger(store: Store) -> dict[str, str]:
    """Certificates of three enterprises in two townships around TODAY (2026-06-30)."""
    a, b = enterprise(store, "甲食品有限公司"), enterprise(store, "乙电器厂", "河口镇")
    gone = enterprise(store, "丙已注销公司")
    ids = {
        "lapsed": add(store, a, "iso9001", "Q1", expires_on="2026-06-29"),
        "today": add(store, a, "sc", "SC10642010100012", expires_on="2026-06-30"),
        "d30": add(store, b, "ccc", "2021010201123456", expires_on="2026-07-30"),
        "d31": add(store, b, "ccc", "2021010201123457", expires_on="2026-07-31", status="suspended"),
        "d90": add(store, a, "iso14001", "E1", expires_on="2026-09-28"),
        "d91": add(store, a, "iso45001", "S1", expires_on="2026-09-29"),
        "old": add(store, b, "iso9001", "Q0", expires_on="2024-01-01"),
        "revoked": add(store, b, "xk", "XK13-001-00001", expires_on="2026-07-01", status="revoked"),
        "open": add(store, a, "gi", "GI-1"),
        "gone": add(store, gone, "iso9001", "Q9", expires_on="2026-07-02"),
    }
    with store.session() as s:
        holder = s.get(Enterprise, gone)
        assert holder is not None
        holder.deleted_at = utcnow()
        s.add(holder)
    return ids


def test_expiry_watch(store: Store, ledger: dict[str, str]) -> None:
    with store.read() as s:
        watch = certifications.expiry_watch(s, TODAY)
        town = org.resolve(s, "城关镇").id
        river = org.resolve(s, "河口镇").id
        assert watch.by_township == {
            town: {"lapsed": 1, "30": 1, "60": 0, "90": 1},
            river: {"lapsed": 0, "30": 1, "60": 1, "90": 0},
        }
        assert watch.township_names == {town: "城关镇", river: "河口镇"}
        assert (watch.total("lapsed"), watch.within(30), watch.within(60), watch.within(90)) == (1, 2, 3, 4)
        everything = certifications.expiry_watch(s, TODAY, lapsed_days=None)
        assert everything.total("lapsed") == 2  # the one lapsed in 2024 too
        only = certifications.expiry_watch(s, TODAY, township_id=river)
        assert list(only.by_township) == [river]
        assert certifications.expiry_watch(s, date(2000, 1, 1)).by_township == {}


def test_list_filters(store: Store, ledger: dict[str, str]) -> None:
    def ids(**query: object) -> list[str]:
        with store.read() as s:
            q = CertQuery(**query)  # type: ignore[arg-type]
            found = [r.id for r in certifications.page(s, q, today=TODAY)]
            assert certifications.count(s, q, today=TODAY) == len(found)
        names = {v: k for k, v in ledger.items()}
        return [names[i] for i in found]

    assert ids(expiring=90) == ["today", "d30", "d31", "d90"]
    assert ids(expiring=30) == ["today", "d30"]
    assert ids(expiring=0) == ["today"]
    assert ids(status="expired") == ["old", "lapsed"]
    assert ids(status="valid") == ["open", "today", "d30", "d90", "d91"]
    assert ids(status="suspended") == ["d31"]
    assert ids(status="revoked") == ["revoked"]
    assert ids(kind="ccc") == ["d30", "d31"]
    with store.read() as s:
        assert ids(township_id=org.resolve(s, "河口镇").id) == ["old", "revoked", "d30", "d31"]
    assert ids(text="甲食品") == ["open", "lapsed", "today", "d90", "d91"]
    assert ids(text="sc1064") == ["today"]
    assert ids(text="xk13") == ["revoked"]
    assert ids(sort="number") == ["d30", "d31", "d90", "open", "old", "lapsed", "d91", "today", "revoked"]
    assert ids(sort="expires", descending=True)[0] == "d91"
    with store.read() as s:
        rows = certifications.page(s, CertQuery(), today=TODAY, offset=1, limit=3)
        assert [r.id for r in rows] == [ledger["old"], ledger["lapsed"], ledger["today"]]
        row = {r.id: r for r in certifications.rows_by_id(s, list(ledger.values()), today=TODAY)}
    assert (row[ledger["lapsed"]].shown_status, row[ledger["lapsed"]].band) == ("expired", "lapsed")
    assert (row[ledger["today"]].shown_status, row[ledger["today"]].band) == ("valid", "30")
    assert (row[ledger["d31"]].shown_status, row[ledger["d31"]].band) == ("suspended", "60")
    assert (row[ledger["revoked"]].shown_status, row[ledger["revoked"]].band) == ("revoked", None)
    assert row[ledger["d30"]].township == "河口镇"


def test_reward_payments(store: Store) -> None:
    holder = enterprise(store, "甲")
    plain = add(store, holder, "iso9001", "Q1")
    rewarded = add(store, holder, "iso14001", "E1", reward_eligible=True)
    with store.session() as s:
        with pytest.raises(KnownError) as refused:
            certifications.record_payment(s, cert_id=plain, amount_fen=100, paid_on="2026-03-01", fund_year=2026)
        assert refused.value.code == "cert_not_reward_eligible"
        for amount, paid, year, code in ((0, "2026-03-01", 2026, "payment_amount"),
                                         (10.5, "2026-03-01", 2026, "payment_amount"),
                                         (100, "2026-02-30", 2026, "date_format"),
                                         (100, "2026-03-01", 26, "payment_fund_year")):
            with pytest.raises(KnownError) as refused:
                certifications.record_payment(s, cert_id=rewarded, amount_fen=amount, paid_on=paid,  # type: ignore[arg-type]
                                              fund_year=year)
            assert refused.value.code == code
        first = certifications.record_payment(s, cert_id=rewarded, amount_fen=4_000_000, paid_on=date(2026, 3, 1),
                                              fund_year=2026, document_no="县质强办〔2026〕3号")
        certifications.record_payment(s, cert_id=rewarded, amount_fen=1, paid_on="2027-01-05", fund_year=2027)
    with store.read() as s:
        assert first.fund_id is None
        assert [p.amount_fen for p in certifications.payments_of(s, cert_id=rewarded)] == [4_000_000, 1]
        assert [p.amount_fen for p in certifications.payments_of(s, enterprise_id=holder, fund_year=2026)] == [
            4_000_000]
        assert certifications.paid_total(s) == 4_000_001
    with store.session() as s:
        certifications.set_payment_deleted(s, payment_id=first.id, deleted=True)
    with store.read() as s:
        assert certifications.paid_total(s, fund_year=2026) == 0


def test_attachments_are_kept_once_per_content(store: Store, tmp_path: Path) -> None:
    scan = tmp_path / "证书.pdf"
    scan.write_bytes(PDF)
    with store.session() as s:
        first = attachments.store(s, scan)
        again = attachments.store(s, PDF, "副本.pdf")
        image = attachments.store(s, PNG, "photo")
        assert again.id == first.id
        assert (first.name, first.mime, first.size) == ("证书.pdf", "application/pdf", len(PDF))
        assert image.mime == "image/png"
    holder = enterprise(store, "甲")
    cert_id = add(store, holder, "iso9001", "Q1", attachment_id=first.id)
    with store.read() as s:
        assert attachments.read(s, first.id) == PDF
        assert attachments.info(s, image.id) == ("photo", "image/png", len(PNG))
        assert certifications.page(s, CertQuery(), today=TODAY)[0].has_scan
        assert certifications.get(s, cert_id).attachment_id == first.id
    assert db_state.count(store, "attachment") == 2


@pytest.mark.parametrize(("data", "name", "code"), [
    (b"", "empty.pdf", "attachment_empty"),
    (b"PK\x03\x04 a zip", "scan.pdf", "attachment_type"),
    (b"just text", "notes.txt", "attachment_type"),
])
def test_attachments_refused(store: Store, data: bytes, name: str, code: str) -> None:
    with store.session() as s:
        with pytest.raises(KnownError) as refused:
            attachments.store(s, data, name)
    assert refused.value.code == code
    assert name in refused.value.message()


def test_attachment_size_limit_and_missing_files(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_BYTES", 1000)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * 2000)
    with store.session() as s:
        for source in (big, big.read_bytes()):
            with pytest.raises(KnownError) as refused:
                attachments.store(s, source, "big.pdf")
            assert refused.value.code == "attachment_too_big"
            assert "1000 KB" not in refused.value.message()
        with pytest.raises(KnownError) as refused:
            attachments.store(s, tmp_path / "none.pdf")
        assert refused.value.code == "file_not_found"
        with pytest.raises(KnownError) as refused:
            attachments.read(s, "nope")
        assert refused.value.code == "attachment_unknown"
    assert attachments.guess_mime(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert attachments.guess_mime(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert attachments.guess_mime(b"????", "scan.tif") == "image/tiff"
