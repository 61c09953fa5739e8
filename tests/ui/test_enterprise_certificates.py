"""企业详情 → 认证许可: the enterprise's certificates and instruments, added through the page's own forms with the
enterprise preset; and the 企业档案 list's 认证 column counting the valid ones."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.dialogs.certification_form import CertificationForm
from ui.dialogs.enterprise_detail import EnterpriseDetail
from ui.dialogs.instrument_form import InstrumentForm
from ui.models.certifications import CertsModel
from ui.models.enterprises import EnterprisesModel
from ui.models.instruments import InstrumentsModel

TODAY = date.today()


@pytest.fixture
def firm(window, demo_db) -> str:
    from qsupervise.models import Enterprise

    with window.db.session() as s:
        made = Enterprise(name="青溪县明珠食品有限公司", township_id=demo_db.townships["东乡镇"])
        other = Enterprise(name="青溪县白云五金厂", township_id=demo_db.townships["西乡镇"])
        s.add_all([made, other])
        s.flush()
        return made.id


def add_cert(window, holder: str, expires_in: int, kind: str = "iso9001", number: str = "", **values) -> str:
    from qsupervise.services import certifications
    from qsupervise.services.certifications import CertificationInput

    expires = TODAY + timedelta(days=expires_in)
    with window.db.session() as s:
        data = CertificationInput(enterprise_id=holder, kind=kind, number=number, expires_on=expires,
                                  issued_on=expires - timedelta(days=1000), **values)
        return certifications.save(s, data, actor="gui").id


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(view, model) -> list[list[str]]:
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    return [[model.index(r, c).data() for c in columns] for r in range(model.rowCount())]


def open_detail(qtbot, window, enterprise_id: str) -> EnterpriseDetail:
    detail = EnterpriseDetail(window.db, enterprise_id, parent=window)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitExposed(detail)
    detail.tabs.setCurrentIndex(2)
    assert detail.tabs.tabText(2) == "认证许可"
    return detail


def test_the_tab_lists_certificates_and_adds_one_through_the_form(qtbot, window, prompts, firm, tmp_path):
    add_cert(window, firm, 20, number="00124Q20001R0M", issuer="中国质量认证中心")
    add_cert(window, firm, -3, kind="ccc", number="2021010101123456")
    detail = open_detail(qtbot, window, firm)
    panel = detail.certificates
    saved: list[str] = []
    detail.saved.connect(saved.append)
    assert shown(panel.cert_view, panel.certs) == [
        ["CCC 强制性产品认证", "2021010101123456", "—", (TODAY - timedelta(days=1003)).isoformat(),
         (TODAY - timedelta(days=3)).isoformat(), "已过期 3 天"],
        ["ISO 9001 质量管理体系认证", "00124Q20001R0M", "中国质量认证中心", (TODAY - timedelta(days=980)).isoformat(),
         (TODAY + timedelta(days=20)).isoformat(), "有效，还剩 20 天"],
    ]
    assert panel.cert_title.text() == "认证与许可：2 份，有效 1 份，90 天内到期 1 份，已过期 1 份"
    assert panel.certs.index(0, CertsModel.STATUS).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert not panel.buttons["edit_cert"].isEnabled()  # nothing chosen yet
    scan = tmp_path / "许可证.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x02" * 300)
    seen = {}

    def fill(form: CertificationForm) -> None:
        seen["holder"] = form.finder.selected_id()
        form.kind.set_value("sc")
        prompts.type_into(form, "number", "SC10642010100012")
        prompts.type_into(form, "issued_on", "2024/3/5")
        click(qtbot, form.suggest)  # 食品生产许可: five years
        form.scan.ask_path = lambda: scan
        click(qtbot, form.scan.buttons["attach"])
        prompts.click_ok(form)

    prompts.on_dialog(fill)
    click(qtbot, panel.buttons["new_cert"])
    assert seen["holder"] == firm  # the form opened with the enterprise chosen
    assert saved == [firm]
    numbers = [panel.certs.index(r, CertsModel.NUMBER) for r in range(panel.certs.rowCount())]
    new = next(i for i in numbers if i.data() == "SC10642010100012")
    assert new.data(Qt.ItemDataRole.DecorationRole) is not None  # the scan's mark
    assert panel.certs.index(new.row(), CertsModel.STATUS).data() == "有效"
    assert panel.current_id(panel.cert_view) == panel.certs.rows[new.row()].id  # the new one is selected
    assert panel.cert_title.text() == "认证与许可：3 份，有效 2 份，90 天内到期 1 份，已过期 1 份"
    assert panel.note.text() == "已登记证书 SC10642010100012。"

    def renew(form: CertificationForm) -> None:
        assert form.windowTitle() == "编辑证书 — 青溪县明珠食品有限公司"
        form.status.set_value("cancelled")
        prompts.click_ok(form)

    panel.cert_view.selectRow(0)  # the expired CCC certificate
    prompts.on_dialog(renew)
    qtbot.keyClick(panel.cert_view, Qt.Key.Key_Return)
    assert shown(panel.cert_view, panel.certs)[0][::5] == ["CCC 强制性产品认证", "注销"]  # renewed: no longer lapsed
    assert panel.cert_title.text() == "认证与许可：3 份，有效 2 份，90 天内到期 1 份"
    assert saved == [firm, firm]


def test_instruments_are_listed_and_added_with_the_enterprise_preset(qtbot, window, prompts, firm):
    from qsupervise.services import instruments
    from qsupervise.services.instruments import InstrumentInput

    with window.db.session() as s:
        instruments.save(s, data=InstrumentInput(enterprise_id=firm, name="电子台秤", serial="T-1",
                                                 verified_on=TODAY - timedelta(days=400)), today=TODAY, actor="gui")
    detail = open_detail(qtbot, window, firm)
    panel = detail.certificates
    assert panel.cert_title.text() == "认证与许可：暂无"
    assert panel.instrument_title.text() == "强检计量器具：1 台，逾期未检 1 台"
    overdue = panel.instruments.index(0, InstrumentsModel.STATUS)
    assert overdue.data().startswith("逾期未检（")
    assert panel.instrument_view.isColumnHidden(InstrumentsModel.OWNER)  # it is this enterprise's list
    seen = {}

    def fill(form: InstrumentForm) -> None:
        seen["holder"] = form.finder.selected_id()
        prompts.type_into(form, "name", "电子计价秤")
        prompts.type_into(form, "serial", "A-2026-001")
        prompts.type_into(form, "verified_on", (TODAY - timedelta(days=10)).isoformat())
        prompts.click_ok(form)

    prompts.on_dialog(fill)
    click(qtbot, panel.buttons["new_instrument"])
    assert seen["holder"] == firm
    rows = shown(panel.instrument_view, panel.instruments)
    assert [r[0] for r in rows] == ["电子台秤", "电子计价秤"]  # the overdue one first
    assert rows[1][6] == "有效"
    assert panel.instrument_title.text() == "强检计量器具：2 台，逾期未检 1 台"
    assert panel.note.text() == "已登记计量器具 电子计价秤。"


def test_the_registry_counts_valid_certificates_and_shows_the_grade(qtbot, window, prompts, firm):
    add_cert(window, firm, 200, number="00124Q20001R0M")
    add_cert(window, firm, 400, kind="iso14001", number="00124E20001R0M")
    add_cert(window, firm, -1, kind="ccc", number="2021010101123456")  # lapsed: not counted
    window.nav.setCurrentRow(1)
    page = window.pages[1]
    qtbot.waitUntil(lambda: not page.finder.busy and page.model.rowCount() == 2, timeout=3000)
    model = page.model
    rows = {model.id_at(r): r for r in range(model.rowCount())}
    counted = model.index(rows[firm], EnterprisesModel.CERTIFICATIONS)
    assert counted.data() == "2"
    assert counted.data(Qt.ItemDataRole.ToolTipRole) == "有效证书 2 份，详见“企业详情 → 认证许可”"
    other = next(r for eid, r in rows.items() if eid != firm)
    assert model.index(other, EnterprisesModel.CERTIFICATIONS).data() == "0"
    grade = model.index(rows[firm], EnterprisesModel.CREDIT)
    assert grade.data() == "A"
    assert grade.data(Qt.ItemDataRole.ToolTipRole) == "A 级（诚信），详见“企业详情 → 信用”"
    header = model.headerData(EnterprisesModel.CERTIFICATIONS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "有效的认证和许可证书份数（不含暂停、撤销、注销和已过期的）"
