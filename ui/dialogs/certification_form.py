"""新增/编辑证书: the holder, the certificate, its dates, status and scan, checked by the core as the user types.

The rules are the core's (``certifications.check``, then ``save``): a number that does not look like its
type's is a warning shown in amber, and the certificate is kept only with a note saying why (编号说明); what
blocks the save is red. A scan chosen here is stored (by content hash) in the same transaction as the
certificate, so a cancelled form leaves nothing behind.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.dialogs.certification_scan import ScanField
from ui.dialogs.form_parts import check_timer, save_buttons
from ui.dialogs.record_changed import VersionCheck
from ui.models.certifications import kind_label, status_label
from ui.widgets_enterprise import EnterpriseFinder
from ui.widgets_search import ChoiceCombo

if TYPE_CHECKING:
    from qsupervise.services.certifications import CertificationInput, CertProblem

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"
HINT_STYLE = "color: #5f6b76;"
FIELDS = ("enterprise_id", "kind", "number", "number_note", "issuer", "issued_on", "expires_on", "status", "scope",
          "attachment_id", "note")


def typed_day(text: str) -> str:
    """A date as typed (2026/3/5, 2026年3月5日, 20260305) as ISO text; what cannot be read goes on as typed, for the
    core to refuse with its own message."""
    from qsupervise.errors import KnownError
    from qsupervise.services.spotcheck_lists import typed_date

    try:
        return typed_date(text, "") or ""
    except KnownError:
        return text.strip()


class CertificationForm(QDialog):
    saved = Signal(str)  # the certificate's id, emitted inside the saving transaction

    def __init__(
        self,
        db: Database,
        *,
        cert_id: str | None = None,
        enterprise_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("certification_form")
        self.db = db
        self.cert_id = cert_id
        self.saved_id: str | None = None
        self.saved_label = ""
        self.today = date.today()
        self.touched: set[str] = set()
        self.attempted = False
        self.problems: list[CertProblem] = []

        self.finder = EnterpriseFinder(db, rows=4)
        self.finder.chosen.connect(lambda _id: self.on_edited("enterprise_id"))
        self.kind = ChoiceCombo("kind")
        self.kind.setMaxVisibleItems(14)
        self.status = ChoiceCombo("status")
        self.edits: dict[str, QLineEdit] = {}
        for name, length in (("number", 60), ("number_note", 200), ("issuer", 100), ("issued_on", 20),
                             ("expires_on", 20), ("note", 500)):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(length)
            edit.textEdited.connect(lambda _t, field=name: self.on_edited(field))
            self.edits[name] = edit
        self.scope = QPlainTextEdit()
        self.scope.setObjectName("scope")
        self.scope.setTabChangesFocus(True)
        self.scope.setFixedHeight(self.scope.fontMetrics().height() * 4 + 12)
        self.scope.textChanged.connect(lambda: self.on_edited("scope"))
        self.reward = QCheckBox()
        self.reward.setObjectName("reward_eligible")
        self.kind.currentIndexChanged.connect(lambda _i: self.on_edited("kind"))
        self.status.currentIndexChanged.connect(lambda _i: self.on_edited("status"))
        self.suggest = QPushButton()
        self.suggest.setObjectName("btn_suggest_expiry")
        self.suggest.setAutoDefault(False)
        self.suggest.clicked.connect(self.fill_expiry)
        self.status_note = QLabel()
        self.status_note.setObjectName("status_note")
        self.scan = ScanField(db)
        self.problem_labels: dict[str, QLabel] = {"attachment_id": self.scan.problem}
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.buttons = save_buttons(self)
        self.timer = check_timer(self, self.validate)
        self._build_layout()
        self.retranslate()
        # the certificate's version when the form read it: a save is refused when someone saved it since
        self.version_check = VersionCheck(self, summary=self.summary, db=db, labels={
            "enterprise_id": self.captions["enterprise_id"], "attachment_id": self.captions["scan"],
            "reward_eligible": self.captions["reward"]})
        self._fill(enterprise_id)
        self.setMinimumWidth(860)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- layout --------------------------------------------------------------------------

    def _problem(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"problem_{field}")
        label.setWordWrap(True)
        label.setVisible(False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_labels[field] = label
        return label

    def _boxed(self, field: str, *widgets: QWidget) -> QWidget:
        """The field (and what goes beside it) with its problem line under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        for n, widget in enumerate(widgets):
            line.addWidget(widget, 1 if n == 0 else 0)
        column.addLayout(line)
        column.addWidget(self._problem(field))
        return box

    def _build_layout(self) -> None:
        e = self.edits
        self.captions = {f: QLabel() for f in ("enterprise_id", "kind", "number", "number_note", "issuer", "status",
                                               "issued_on", "expires_on", "scope", "scan", "reward", "note")}
        left = QFormLayout()
        self.left = left
        left.addRow(self.captions["enterprise_id"], self._boxed("enterprise_id", self.finder))
        left.addRow(self.captions["kind"], self._boxed("kind", self.kind))
        left.addRow(self.captions["number"], self._boxed("number", e["number"]))
        left.addRow(self.captions["number_note"], self._boxed("number_note", e["number_note"]))
        left.addRow(self.captions["issuer"], self._boxed("issuer", e["issuer"]))
        status_box = self._boxed("status", self.status, self.status_note)
        left.addRow(self.captions["status"], status_box)
        right = QFormLayout()
        right.addRow(self.captions["issued_on"], self._boxed("issued_on", e["issued_on"]))
        right.addRow(self.captions["expires_on"], self._boxed("expires_on", e["expires_on"], self.suggest))
        right.addRow(self.captions["scope"], self._boxed("scope", self.scope))
        right.addRow(self.captions["scan"], self.scan)
        right.addRow(self.captions["reward"], self.reward)
        right.addRow(self.captions["note"], self._boxed("note", e["note"]))
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        for form in (left, right):  # each column keeps its rows at the top when the other is taller
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("新增证书") if self.cert_id is None else self.tr("编辑证书"))
        captions = {
            "enterprise_id": self.tr("持证企业"),
            "kind": self.tr("证书类型"),
            "number": self.tr("证书编号"),
            "number_note": self.tr("编号说明"),
            "issuer": self.tr("发证机构"),
            "status": self.tr("证书状态"),
            "issued_on": self.tr("发证日期"),
            "expires_on": self.tr("有效期至"),
            "scope": self.tr("认证范围"),
            "scan": self.tr("证书扫描件"),
            "reward": self.tr("奖励"),
            "note": self.tr("备注"),
        }
        for field, caption in captions.items():
            self.captions[field].setText(caption)
        self.finder.search.setPlaceholderText(self.tr("查找企业：名称、拼音首字母或信用代码"))
        self.edits["number"].setPlaceholderText(self.tr("按证书原件填写，如 SC10642010100012"))
        self.edits["number_note"].setPlaceholderText(self.tr("例如：已核对证书原件，编号无误"))
        self.edits["issuer"].setPlaceholderText(self.tr("例如 中国质量认证中心"))
        self.edits["issued_on"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edits["expires_on"].setPlaceholderText(self.tr("YYYY-MM-DD，长期有效的留空"))
        self.scope.setPlaceholderText(self.tr("证书载明的产品或体系覆盖范围"))
        self.reward.setText(self.tr("新获证书，可获县级奖励"))
        self.ok_button.setText(self.tr("保存"))
        self.ok_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        from qsupervise.rules import certificates

        self.kind.set_choices(None, [(k, kind_label(k)) for k in certificates.KIND_CODES])
        self.status.set_choices(None, [(s, status_label(s)) for s in certificates.STORED_STATUSES])

    # -- values ----------------------------------------------------------------------------

    def _fill(self, enterprise_id: str | None) -> None:
        from qsupervise.models import Certification, Enterprise, OrgUnit
        from qsupervise.services import attachments, certifications, versions

        with self.db.read() as s:
            cert = certifications.get(s, self.cert_id) if self.cert_id else None
            if cert is not None:
                self.version_check.opened = versions.version(s, Certification, cert.id)
            holder_id = cert.enterprise_id if cert is not None else enterprise_id
            holder = s.get(Enterprise, holder_id) if holder_id else None
            town = s.get(OrgUnit, holder.township_id) if holder is not None else None
            scan = attachments.info(s, cert.attachment_id) if cert is not None and cert.attachment_id else None
        if holder is not None:
            self.finder.set_enterprise(holder.id, holder.name, holder.uscc or "", town.name if town else "")
        if cert is None:
            self.kind.set_value("iso9001")
            self.status.set_value("valid")
            self.touched.clear()
            self.timer.stop()
            self.validate()
            return
        self.kind.set_value(cert.kind)
        self.status.set_value(cert.status)
        for name in ("number", "number_note", "issuer", "note"):
            self.edits[name].setText(str(getattr(cert, name) or ""))
        self.edits["issued_on"].setText(cert.issued_on or "")
        self.edits["expires_on"].setText(cert.expires_on or "")
        self.scope.setPlainText(cert.scope)
        self.reward.setChecked(cert.reward_eligible)
        self.scan.load(cert.attachment_id, scan)
        self.setWindowTitle(self.tr("编辑证书 — {0}").format(holder.name if holder else ""))
        self.touched = set(FIELDS)  # a stored record's own warnings are worth seeing at once
        self.timer.stop()
        self.validate()

    def values(self, attachment_id: str | None = None) -> CertificationInput:
        from qsupervise.services.certifications import CertificationInput

        e = self.edits
        return CertificationInput(
            enterprise_id=self.finder.selected_id() or "",
            kind=self.kind.value() or "",
            number=e["number"].text(),
            number_note=e["number_note"].text(),
            issuer=e["issuer"].text(),
            scope=self.scope.toPlainText(),
            issued_on=typed_day(e["issued_on"].text()),
            expires_on=typed_day(e["expires_on"].text()),
            status=self.status.value() or "valid",
            attachment_id=attachment_id if attachment_id is not None else self.scan.attachment_id,
            reward_eligible=self.reward.isChecked(),
            note=e["note"].text(),
        )

    # -- checking ----------------------------------------------------------------------------

    def on_edited(self, field: str) -> None:
        self.touched.add(field)
        if field in ("number", "kind"):
            self.touched.add("number_note")
        self.timer.start()

    def validate(self) -> list[CertProblem]:
        from qsupervise.services import certifications

        self.timer.stop()
        data = self.values()
        _cleaned, problems = certifications.check(data)
        self.show_problems(problems)
        self.update_hints(data)
        return problems

    def visible(self, problem: CertProblem) -> bool:
        if problem.code == "number_note_needed":  # the amber warning says it first; red only on saving
            return self.attempted
        return self.attempted or problem.field in self.touched

    def show_problems(self, problems: list[CertProblem]) -> None:
        self.problems = problems
        lang = i18n.error_lang()
        by_field: dict[str, list[CertProblem]] = {}
        for p in problems:
            if self.visible(p):
                by_field.setdefault(p.field, []).append(p)
        for field, label in self.problem_labels.items():
            found = by_field.get(field, [])
            if field == "attachment_id" and not found:
                continue  # a refused file's message stays until another file is chosen
            error = any(p.severity == "error" for p in found)
            label.setText("\n".join(self.problem_text(p, lang) for p in found))
            label.setStyleSheet(f"color: {ERROR_COLOUR if error else WARNING_COLOUR};")
            label.setVisible(bool(found))
        warned = any(p.field == "number" and p.severity == "warning" for p in problems)
        self.left.setRowVisible(3, warned or bool(self.edits["number_note"].text().strip()))
        self.show_summary(problems)
        self.fit_height()

    def problem_text(self, problem: CertProblem, lang: str) -> str:
        if problem.field == "enterprise_id" and problem.code == "missing_field":
            return self.tr("请查找并选中持证企业。")
        return problem.message(lang)

    def show_summary(self, problems: list[CertProblem]) -> None:
        errors = [p for p in problems if p.severity == "error"]
        warned = any(p.field == "number" and p.severity == "warning" for p in problems)
        if errors and (self.attempted or any(self.visible(p) for p in errors)):
            self.summary.setText(self.tr("有 {0} 处需要改正，改正后才能保存。").format(len(errors)))
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        elif warned:
            self.summary.setText(self.tr("证书编号与该类证书的常见格式不符：请核对原件，确认无误时在“编号说明”中写明理由后保存。"))
            self.summary.setStyleSheet(f"color: {WARNING_COLOUR};")
        else:
            self.summary.setText("")

    def update_hints(self, data: CertificationInput) -> None:
        """The derived status (过期) beside the stored one, and the usual term of the chosen type."""
        from qsupervise.rules import certificates

        expires = str(data.expires_on or "")
        shown = ""
        if len(expires) == 10 and expires[4] == "-":
            try:
                effective = certificates.effective_status(data.status, expires, self.today)
            except ValueError:
                effective = data.status
            if effective == "expired":
                shown = self.tr("按有效期，现为“{0}”").format(status_label("expired"))
        self.status_note.setText(shown)
        self.status_note.setStyleSheet(f"color: {ERROR_COLOUR};" if shown else HINT_STYLE)
        years = certificates.KINDS[data.kind].validity_years if data.kind in certificates.KINDS else None
        self.suggest.setVisible(years is not None and self.issued_date() is not None)
        if years is not None:
            self.suggest.setText(self.tr("按 {0} 年").format(years))
            self.suggest.setToolTip(
                self.tr("该类证书通常有效 {0} 年：有效期至 = 发证日期 + {0} 年 − 1 天").format(years)
            )

    def issued_date(self) -> date | None:
        try:
            return date.fromisoformat(typed_day(self.edits["issued_on"].text()))
        except ValueError:
            return None

    def fill_expiry(self) -> None:
        from qsupervise.rules import certificates

        issued, kind = self.issued_date(), self.kind.value() or ""
        years = certificates.KINDS[kind].validity_years if kind in certificates.KINDS else None
        if issued is None or years is None:
            return
        try:
            end = issued.replace(year=issued.year + years)
        except ValueError:  # 29 February
            end = issued.replace(year=issued.year + years, day=28)
        self.edits["expires_on"].setText((end - timedelta(days=1)).isoformat())
        self.on_edited("expires_on")

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- saving ------------------------------------------------------------------------------

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.rules import certificates
        from qsupervise.services import certifications

        self.attempted = True
        self.timer.stop()

        def write(opened: int | None) -> None:
            with self.db.session() as s:
                attachment_id = self.scan.store(s)
                cert = certifications.save(s, self.values(attachment_id), cert_id=self.cert_id, actor=ACTOR,
                                           opened_version=opened)
                self.saved_id = cert.id
                self.saved_label = cert.number or certificates.kind_label(cert.kind, i18n.error_lang())
                self.saved.emit(cert.id)

        try:
            if not self.version_check.save(write):
                return
        except certifications.InvalidCertification as exc:
            self.show_problems(exc.problems)
            self.focus_first_error()
            return
        except KnownError as exc:
            modal.warn(self, exc.message(i18n.error_lang()))
            return
        super().accept()

    def focus_first_error(self) -> None:
        for p in self.problems:
            if p.severity == "error":
                widget = self.finder.search if p.field == "enterprise_id" else self.findChild(QWidget, p.field)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
