"""农业标准化示范项目/基地: name, kind and level, crop, the townships it covers (several), the lead enterprise (found
in the registry) or cooperative (named), area in 亩, farms covered and farms applying the standards (推广实施率 shown
as they are typed), the standards applied, start and acceptance dates and status."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.dialogs.certification_form import typed_day
from ui.dialogs.record_changed import VersionCheck, summary_line
from ui.models.standards import project_kind_label, project_level_label, project_status_label, rate_text
from ui.widgets_enterprise import EnterpriseFinder
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.standards_projects import ProjectRow

CROPS = ("烤烟", "魔芋", "茶叶", "中药材", "板栗", "柑橘", "蔬菜", "食用菌", "水稻", "生猪")
ID_ROLE = Qt.ItemDataRole.UserRole


class ProjectForm(FormDialog):
    def __init__(self, db: Database, townships: list[tuple[str, str]], row: ProjectRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standards_project_form")
        self.db = db
        self.row = row
        self.saved_id: str | None = None
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(200)
        self.kind = ChoiceCombo("kind")
        self.kind.set_choices(None, [(c, project_kind_label(c)) for c in ("project", "base")])
        self.level = ChoiceCombo("level")
        self.level.set_choices(None, [(c, project_level_label(c))
                                      for c in ("national", "provincial", "municipal", "county")])
        self.level.set_value("county")
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addWidget(self.level)
        kind_row.addStretch(1)
        self.crop = QComboBox()
        self.crop.setObjectName("crop")
        self.crop.setEditable(True)
        self.crop.addItems(list(CROPS))
        self.crop.setCurrentIndex(-1)
        self.townships = QListWidget()
        self.townships.setObjectName("townships")
        for township_id, name in townships:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, township_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.townships.addItem(item)
        self.townships.setFixedHeight(self.townships.fontMetrics().height() * 5 + 16)
        self.by_enterprise = QRadioButton(self.tr("企业"))
        self.by_enterprise.setObjectName("lead_enterprise")
        self.by_coop = QRadioButton(self.tr("合作社或其他单位"))
        self.by_coop.setObjectName("lead_coop")
        group = QButtonGroup(self)
        group.addButton(self.by_enterprise)
        group.addButton(self.by_coop)
        lead_row = QHBoxLayout()
        lead_row.addWidget(self.by_enterprise)
        lead_row.addWidget(self.by_coop)
        lead_row.addStretch(1)
        self.finder = EnterpriseFinder(db, rows=3)
        self.lead_name = QLineEdit()
        self.lead_name.setObjectName("lead_name")
        self.lead_name.setMaxLength(200)
        self.lead_name.setPlaceholderText(self.tr("如 青溪县茶叶专业合作社"))
        self.area = QDoubleSpinBox()
        self.area.setObjectName("area_mu")
        self.area.setRange(0, 10_000_000)
        self.area.setDecimals(1)
        self.area.setSuffix(self.tr(" 亩"))
        self.covered = QSpinBox()
        self.covered.setObjectName("farms_covered")
        self.applying = QSpinBox()
        self.applying.setObjectName("farms_applying")
        for box in (self.covered, self.applying):
            box.setRange(0, 10_000_000)
            box.setSuffix(self.tr(" 户"))
            box.valueChanged.connect(self.show_rate)
        self.rate = QLabel()
        self.rate.setObjectName("implementation_rate")
        farms = QHBoxLayout()
        farms.addWidget(self.covered)
        farms.addWidget(QLabel(self.tr("其中按标准生产")))
        farms.addWidget(self.applying)
        farms.addWidget(self.rate, 1)
        self.standards = QLineEdit()
        self.standards.setObjectName("standards")
        self.standards.setPlaceholderText(self.tr("多个用“、”分隔，如 DB42/T 1017-2020、NY/T 5018-2015"))
        self.started_on = QLineEdit()
        self.started_on.setObjectName("started_on")
        self.accepted_on = QLineEdit()
        self.accepted_on.setObjectName("accepted_on")
        for day in (self.started_on, self.accepted_on):
            day.setMaxLength(20)
            day.setPlaceholderText("YYYY-MM-DD")
        dates = QHBoxLayout()
        dates.addWidget(self.started_on)
        dates.addWidget(QLabel(self.tr("验收")))
        dates.addWidget(self.accepted_on)
        self.status = ChoiceCombo("status")
        self.status.set_choices(None, [(c, project_status_label(c))
                                       for c in ("approved", "underway", "accepted", "cancelled")])
        self.status.set_value("underway")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        rows = ((self.tr("名称"), self.name), (self.tr("类型与级别"), kind_row), (self.tr("作物/产品"), self.crop),
                (self.tr("乡镇"), self.townships), (self.tr("牵头单位"), lead_row), ("", self.finder),
                (self.tr("合作社名称"), self.lead_name), (self.tr("面积"), self.area), (self.tr("覆盖农户"), farms),
                (self.tr("执行标准"), self.standards), (self.tr("开始日期"), dates), (self.tr("状态"), self.status),
                (self.tr("备注"), self.note))
        for caption, field in rows:
            self.form.addRow(caption, field)
        self.summary = summary_line(self)
        # the project's version when the form read it (its townships counted): a save is refused when someone
        # saved it since
        self.version_check = VersionCheck(
            self, summary=self.summary, db=db, aliases={"township_ids": "townships"},
            labels={"enterprise_id": self.tr("牵头单位"), "farms_applying": self.tr("按标准生产农户"),
                    "accepted_on": self.tr("验收日期")},
            value=lambda field, v: self.tr("{0} 处改动").format(v) if field == "township_ids" else None)
        self.by_enterprise.toggled.connect(self.on_lead_changed)
        self.fill(row)
        self.setMinimumWidth(620)
        self.setWindowTitle(self.tr("修改示范项目") if row is not None else self.tr("新建农业标准化示范项目"))
        self.ok_button.setText(self.tr("保存"))
        self.cancel_button.setText(self.tr("取消"))
        self.show_rate()

    def fill(self, row: ProjectRow | None) -> None:
        if row is None:
            self.by_enterprise.setChecked(True)
            self.on_lead_changed()
            return
        row, note = self.fresh(row)
        self.name.setText(row.name)
        self.kind.set_value(row.kind)
        self.level.set_value(row.level)
        self.crop.setEditText(row.crop)
        for i in range(self.townships.count()):
            item = self.townships.item(i)
            checked = item.data(ID_ROLE) in row.township_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if row.enterprise_id:
            self.by_enterprise.setChecked(True)
            self.finder.set_enterprise(row.enterprise_id, row.lead_name)
        else:
            self.by_coop.setChecked(True)
            self.lead_name.setText(row.lead_name)
        self.area.setValue(row.area_mu)
        self.covered.setValue(row.farms_covered)
        self.applying.setValue(row.farms_applying)
        self.standards.setText("、".join(row.standards))
        self.started_on.setText(row.started_on or "")
        self.accepted_on.setText(row.accepted_on or "")
        self.status.set_value(row.status)
        self.note.setText(note)
        self.on_lead_changed()

    def fresh(self, row: ProjectRow) -> tuple[ProjectRow, str]:
        """The project as stored now (the list may be older), its note, and its version."""
        from qsupervise.models import AgriProject
        from qsupervise.services import standards_projects as projects

        with self.db.read() as s:
            self.version_check.opened = projects.version(s, row.id)
            found = s.get(AgriProject, row.id)
            return next(iter(projects.projects(s, project_id=row.id)), row), found.note if found is not None else ""

    def on_lead_changed(self) -> None:
        enterprise = self.by_enterprise.isChecked()
        self.finder.setVisible(enterprise)
        self.lead_name.setVisible(not enterprise)
        label = self.form.labelForField(self.lead_name)
        if label is not None:
            label.setVisible(not enterprise)

    def show_rate(self) -> None:
        """推广实施率 as typed; applying more farms than covered is refused by the core on save."""
        covered, applying = self.covered.value(), self.applying.value()
        if applying > covered:
            self.rate.setText(self.tr("实施农户多于覆盖农户"))
            self.rate.setStyleSheet("color: #c62828;")
            return
        value = None if covered <= 0 else round(100.0 * applying / covered, 1)
        self.rate.setText(self.tr("推广实施率 {0}").format(rate_text(value)))
        self.rate.setStyleSheet("")

    def chosen_townships(self) -> list[str]:
        items = (self.townships.item(i) for i in range(self.townships.count()))
        return [str(item.data(ID_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def set_townships(self, ids: list[str]) -> None:
        for i in range(self.townships.count()):
            item = self.townships.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        if self.version_check.apply(self.save):
            super().accept()

    def save(self, opened: int | None) -> object:
        from qsupervise.services import standards_projects as projects
        from qsupervise.services.standards_projects import ProjectInput

        enterprise = self.by_enterprise.isChecked()
        # each number is checked by the core, which names the one it cannot read
        numbers = [n.strip() for n in re.split(r"[、;；,，\n]+", self.standards.text()) if n.strip()]
        data = ProjectInput(
            name=self.name.text(), crop=self.crop.currentText(), township_ids=self.chosen_townships(),
            kind=self.kind.value() or "project", level=self.level.value() or "county",
            enterprise_id=self.finder.selected_id() if enterprise else None,
            lead_name="" if enterprise else self.lead_name.text(), area_mu=self.area.value(),
            farms_covered=self.covered.value(), farms_applying=self.applying.value(), standards=numbers,
            started_on=typed_day(self.started_on.text()) or None,
            accepted_on=typed_day(self.accepted_on.text()) or None,
            status=self.status.value() or "underway", note=self.note.text())
        with self.db.session() as s:
            saved = projects.save_project(s, data, project_id=self.row.id if self.row else None, actor=ACTOR,
                                          opened_version=opened)
            self.saved_id = saved.id
        return saved
