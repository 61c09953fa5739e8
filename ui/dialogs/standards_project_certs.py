"""关联认证: which of the lead enterprise's farm certificates (GAP, 无公害, 绿色食品, 有机, 地理标志) in the
certification register belong to the base; ticked ones are linked, unticked ones unlinked, in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog
from ui.models.standards import cert_label

if TYPE_CHECKING:
    from qsupervise.services.standards_projects import CertificateRef, ProjectRow

ID_ROLE = Qt.ItemDataRole.UserRole


class ProjectCertsDialog(FormDialog):
    def __init__(self, db: Database, row: ProjectRow, candidates: list[CertificateRef],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standards_project_certs")
        self.db = db
        self.row = row
        self.linked = {c.id for c in row.certifications}
        self.changed = (0, 0)  # linked, unlinked
        self.heading = QLabel(self.tr("{0}（牵头单位：{1}）").format(row.name, row.lead_name or "—"))
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("certificates")
        shown = {c.id: c for c in candidates}
        for cert in row.certifications:  # linked before, even if no longer the lead's
            shown.setdefault(cert.id, cert)
        for cert in shown.values():
            text = self.tr("{0}　{1}　有效期至 {2}").format(cert_label(cert.kind), cert.number, cert.expires_on or "—")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, cert.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cert.id in self.linked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b76;")
        if not shown:
            self.hint.setText(self.tr("牵头企业在认证许可登记中没有 GAP、无公害、绿色食品、有机或地理标志证书；"
                                      "以合作社等名称登记的牵头单位不能关联证书。"))
        self.form.addRow(self.heading)
        self.form.addRow(self.list)
        self.form.addRow(self.hint)
        self.apply = self.save
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("关联基地的认证证书"))
        self.ok_button.setText(self.tr("保存"))
        self.cancel_button.setText(self.tr("取消"))

    def ticked(self) -> set[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return {str(item.data(ID_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked}

    def save(self) -> object:
        from qsupervise.services import standards_projects as projects

        wanted = self.ticked()
        add, remove = sorted(wanted - self.linked), sorted(self.linked - wanted)
        if add or remove:
            with self.db.session() as s:
                for cert_id in add:
                    projects.link_certification(s, self.row.id, cert_id, actor=ACTOR)
                for cert_id in remove:
                    projects.unlink_certification(s, self.row.id, cert_id, actor=ACTOR)
        self.changed = (len(add), len(remove))
        return self.changed
