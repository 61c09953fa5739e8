"""工作台 figures of certificates (lapsed, expiring within 30/60/90 days) and of the instrument rates."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from qsupervise.models import Certification, Enterprise, OrgUnit
from qsupervise.rules import instruments as rules
from qsupervise.services import dashboard, instruments
from qsupervise.store import Store

TODAY = date(2026, 11, 24)


def test_empty_database(store: Store) -> None:
    with store.read() as s:
        f = dashboard.compliance_figures(s, TODAY)
    assert (f.certificates_lapsed, f.certificates_within(30), f.certificates_within(90)) == (0, 0, 0)
    assert f.instruments.county == rules.Tally()
    assert [t.tally for t in f.instruments.townships] == [rules.Tally()] * 3


def test_certificates_and_instruments(store: Store) -> None:
    with store.session() as s:
        town = s.exec(select(OrgUnit).where(OrgUnit.name == "河口镇")).one()
        e = Enterprise(name="河口食品厂", township_id=town.id)
        s.add(e)
        s.flush()
        for days, status in ((-10, "valid"), (0, "valid"), (20, "valid"), (30, "suspended"), (31, "valid"),
                             (75, "valid"), (91, "valid"), (15, "revoked"), (-400, "valid")):
            s.add(Certification(enterprise_id=e.id, kind="iso9001", status=status,
                                expires_on=(TODAY + timedelta(days=days)).isoformat()))
        for n, verified in enumerate((TODAY - timedelta(days=30), TODAY - timedelta(days=400))):
            instruments.save(s, data=instruments.InstrumentInput(e.id, "电子台秤", serial=str(n), verified_on=verified),
                             today=TODAY)
    with store.read() as s:
        f = dashboard.compliance_figures(s, TODAY)
        core = instruments.rates(s, TODAY)
    assert f.certificates_lapsed == 1  # 10 days ago; 400 days ago is history, revoked needs no renewal
    assert (f.certificates_within(30), f.certificates_within(60), f.certificates_within(90)) == (3, 4, 5)
    assert f.instruments == core
    assert f.instruments.county == rules.Tally(listed=2, registered=2, verified_in_cycle=1, overdue=1)
