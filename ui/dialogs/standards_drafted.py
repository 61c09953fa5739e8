"""参与制定标准: a national, industry, local or group standard that a county enterprise (found in the registry) or
an agency (named, with its township) led or took part in drafting, proposed (立项) or published (发布)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.dialogs.certification_form import typed_day
from ui.dialogs.record_changed import VersionCheck, summary_line
from ui.models.standards import drafted_level_label, drafted_status_label, role_label
from ui.widgets_enterprise import EnterpriseFinder
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.standards_drafted import DraftedRow

LEVELS = ("national", "industry", "local", "group")


class DraftedForm(FormDialog):
    def __init__(self, db: Database, townships: list[tuple[str, str]], row: DraftedRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standards_drafted_form")
        self.db = db
        self.row = row
        self.saved_id: str | None = None
        self.level = ChoiceCombo("level")
        self.level.set_choices(None, [(c, drafted_level_label(c)) for c in LEVELS])
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setMaxLength(100)
        self.number.setPlaceholderText(self.tr("发布后填写，如 DB42/T 2156-2024"))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setMaxLength(300)
        self.by_enterprise = QRadioButton(self.tr("企业"))
        self.by_enterprise.setObjectName("by_enterprise")
        self.by_agency = QRadioButton(self.tr("机构或其他单位"))
        self.by_agency.setObjectName("by_agency")
        group = QButtonGroup(self)
        group.addButton(self.by_enterprise)
        group.addButton(self.by_agency)
        who = QHBoxLayout()
        who.addWidget(self.by_enterprise)
        who.addWidget(self.by_agency)
        who.addStretch(1)
        self.finder = EnterpriseFinder(db, rows=4)
        self.drafter = QLineEdit()
        self.drafter.setObjectName("drafter")
        self.drafter.setMaxLength(200)
        self.drafter.setPlaceholderText(self.tr("如 青溪县农业技术推广中心"))
        self.township = ChoiceCombo("township")
        self.township.set_choices(self.tr("（县直）"), townships)
        self.role = ChoiceCombo("role")
        self.role.set_choices(None, [(c, role_label(c)) for c in ("lead", "participant")])
        self.status = ChoiceCombo("status")
        self.status.set_choices(None, [(c, drafted_status_label(c)) for c in ("proposed", "published")])
        self.proposed_on = QLineEdit()
        self.proposed_on.setObjectName("proposed_on")
        self.published_on = QLineEdit()
        self.published_on.setObjectName("published_on")
        for day in (self.proposed_on, self.published_on):
            day.setMaxLength(20)
            day.setPlaceholderText("YYYY-MM-DD")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        rows = ((self.tr("级别"), self.level), (self.tr("标准名称"), self.title), (self.tr("标准号"), self.number),
                (self.tr("起草单位"), who), ("", self.finder), (self.tr("单位名称"), self.drafter),
                (self.tr("所属乡镇"), self.township), (self.tr("角色"), self.role), (self.tr("状态"), self.status),
                (self.tr("立项日期"), self.proposed_on), (self.tr("发布日期"), self.published_on),
                (self.tr("备注"), self.note))
        for caption, field in rows:
            self.form.addRow(caption, field)
        self.summary = summary_line(self)
        # the record's version when the form read it: a save is refused when someone saved it since
        self.version_check = VersionCheck(self, summary=self.summary, labels={"enterprise_id": self.tr("起草单位")},
                                          aliases={"township_id": "township"}, db=db)
        self.by_enterprise.toggled.connect(self.on_who_changed)
        self.status.currentIndexChanged.connect(self.on_status_changed)
        self.fill(row)
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("修改参与制定的标准") if row is not None else self.tr("登记参与制定的标准"))
        self.ok_button.setText(self.tr("保存"))
        self.cancel_button.setText(self.tr("取消"))

    def fill(self, row: DraftedRow | None) -> None:
        if row is None:
            self.by_enterprise.setChecked(True)
            self.on_who_changed()
            self.on_status_changed()
            return
        row, note = self.fresh(row)
        self.level.set_value(row.level)
        self.title.setText(row.title)
        self.number.setText(row.number)
        if row.enterprise_id:
            self.by_enterprise.setChecked(True)
            self.finder.set_enterprise(row.enterprise_id, row.drafter, "", row.township)
        else:
            self.by_agency.setChecked(True)
            self.drafter.setText(row.drafter)
            self.township.set_value(row.township_id)
        self.role.set_value(row.role)
        self.status.set_value(row.status)
        self.proposed_on.setText(row.proposed_on or "")
        self.published_on.setText(row.published_on or "")
        self.note.setText(note)
        self.on_who_changed()
        self.on_status_changed()

    def fresh(self, row: DraftedRow) -> tuple[DraftedRow, str]:
        """The record as stored now (the list may be older), its note, and its version."""
        from qsupervise.models import DraftedStandard
        from qsupervise.services import standards_drafted as drafted
        from qsupervise.services import versions

        with self.db.read() as s:
            self.version_check.opened = versions.version(s, DraftedStandard, row.id)
            found = s.get(DraftedStandard, row.id)
            return next(iter(drafted.drafted(s, drafted_id=row.id)), row), found.note if found is not None else ""

    def on_who_changed(self) -> None:
        enterprise = self.by_enterprise.isChecked()
        self.finder.setVisible(enterprise)
        for widget in (self.drafter, self.township):
            widget.setVisible(not enterprise)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(not enterprise)

    def on_status_changed(self) -> None:
        self.published_on.setEnabled(self.status.value() == "published")

    def accept(self) -> None:
        if self.version_check.apply(self.save):
            super().accept()

    def save(self, opened: int | None) -> object:
        from qsupervise.services import standards_drafted as drafted
        from qsupervise.services.standards_drafted import DraftedInput

        enterprise = self.by_enterprise.isChecked()
        published = self.status.value() == "published"
        data = DraftedInput(
            level=self.level.value() or "local", title=self.title.text(), number=self.number.text(),
            enterprise_id=self.finder.selected_id() if enterprise else None,
            drafter="" if enterprise else self.drafter.text(),
            township_id=None if enterprise else self.township.value(), role=self.role.value() or "lead",
            status=self.status.value() or "proposed", proposed_on=typed_day(self.proposed_on.text()) or None,
            published_on=(typed_day(self.published_on.text()) or None) if published else None,
            note=self.note.text())
        with self.db.session() as s:
            saved = drafted.save_drafted(s, data, drafted_id=self.row.id if self.row else None, actor=ACTOR,
                                         opened_version=opened)
            self.saved_id = saved.id
        return saved
