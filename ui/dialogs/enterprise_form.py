"""新增/编辑企业: the core's checks shown beside each field as the user types, and one transaction to save.

The rules are the core's (``enterprises.check``): this form only collects the values, asks the core
~200 ms after the last keystroke, and places each problem under its field: red for what blocks the
save, amber for what the user should look at. Problems of fields the user has not touched yet stay
quiet until the first attempt to save.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, modal
from ui.database import ACTOR, Database
from ui.dialogs.form_parts import check_timer, save_buttons
from ui.dialogs.record_changed import VersionCheck
from ui.registry_text import (
    KINDS,
    SCALES,
    STATUSES,
    field_label,
    field_labels,
    kind_label,
    scale_label,
    status_label,
    value_text,
)
from ui.widgets_search import ChoiceCombo, industry_choices

if TYPE_CHECKING:
    from qsupervise.services.enterprises import EnterpriseInput, FieldProblem

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"
TEXT_FIELDS = (
    "name",
    "uscc",
    "uscc_override",
    "legal_rep",
    "chief_quality_officer",
    "address",
    "contact_name",
    "contact_phone",
    "founded_on",
)
MAX_LENGTHS = {"name": 200, "uscc": 40, "uscc_override": 200, "address": 300, "contact_phone": 30}
_CODE_TOKEN = re.compile(r"\s*([A-Za-z]?\d{2,4}|[A-Za-z])(?=$|[\s（(])")


def industry_value(text: str) -> str:
    """What to hand the core from the industry box: the code when the text starts with one ("C13 农副…")."""
    from qsupervise.rules import industry

    match = _CODE_TOKEN.match(text)
    if match and industry.parse(match.group(1)) is not None:
        return match.group(1).upper()
    return text.strip()


class EnterpriseForm(QDialog):
    saved = Signal(str)  # the enterprise's id, emitted inside the saving transaction

    def __init__(
        self,
        db: Database,
        *,
        enterprise_id: str | None = None,
        township_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enterprise_form")
        self.db = db
        self.enterprise_id = enterprise_id
        self.saved_id: str | None = None
        self.saved_name = ""
        self.touched: set[str] = set()
        self.attempted = False  # after the first 保存 every problem shows, touched or not
        self.problems: list[FieldProblem] = []
        self.duplicate_id: str | None = None
        self.township_names: dict[str, str] = {}

        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(MAX_LENGTHS.get(name, 50))
            edit.textEdited.connect(lambda _text, field=name: self.on_edited(field))
            self.edits[name] = edit
        self.township = ChoiceCombo("township_id")
        self.industry = QComboBox()
        self.industry.setObjectName("industry_code")
        self.industry.setEditable(True)
        self.industry.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.industry.setMaxVisibleItems(20)
        self.industry.addItem("", "")
        for code, text in industry_choices():
            self.industry.addItem(text, code)
        completer = self.industry.completer()
        if completer is not None:  # "食品" finds "C14 食品制造业", not only names that start with it
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.kind = ChoiceCombo("kind")
        self.scale = ChoiceCombo("scale")
        self.status = ChoiceCombo("status")
        self.key_energy_user = QCheckBox()
        self.key_energy_user.setObjectName("key_energy_user")
        self.leading_enterprise = QCheckBox()
        self.leading_enterprise.setObjectName("leading_enterprise")
        for combo, field in (
            (self.township, "township_id"),
            (self.kind, "kind"),
            (self.scale, "scale"),
            (self.status, "status"),
        ):
            combo.currentIndexChanged.connect(lambda _i, f=field: self.on_edited(f))
        self.industry.currentTextChanged.connect(lambda _t: self.on_edited("industry_code"))
        for box, field in ((self.key_energy_user, "key_energy_user"), (self.leading_enterprise, "leading_enterprise")):
            box.toggled.connect(lambda _on, f=field: self.on_edited(f))

        self.problem_labels: dict[str, QLabel] = {}
        self.open_duplicate = QPushButton()
        self.open_duplicate.setObjectName("btn_open_duplicate")
        self.open_duplicate.setVisible(False)
        self.open_duplicate.clicked.connect(self.show_duplicate)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.buttons = save_buttons(self)
        self.timer = check_timer(self, self.validate)
        self._build_layout()
        # the enterprise's version when the form read it: a save is refused when someone saved it since
        self.version_check = VersionCheck(self, summary=self.summary, labels=field_labels(),
                                          value=lambda field, v: value_text(field, v, self.township_names))
        self._fill(township_id)
        self.setMinimumWidth(820)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- layout ----------------------------------------------------------------------

    def _problem(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"problem_{field}")
        label.setWordWrap(True)
        label.setVisible(False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_labels[field] = label
        return label

    def _boxed(self, field: str, widget: QWidget, extra: QWidget | None = None) -> QWidget:
        """The field with its problem line under it (a hidden line takes no room)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self._problem(field), 1)
        if extra is not None:
            line.addWidget(extra, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(line)
        return box

    def _build_layout(self) -> None:
        e = self.edits
        flags = QWidget()
        flag_row = QHBoxLayout(flags)
        flag_row.setContentsMargins(0, 0, 0, 0)
        flag_row.addWidget(self.key_energy_user)
        flag_row.addWidget(self.leading_enterprise)
        flag_row.addStretch(1)
        left = QFormLayout()
        self.left = left
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        left.addRow(field_label("name"), self._boxed("name", e["name"]))
        left.addRow(field_label("uscc"), self._boxed("uscc", e["uscc"], self.open_duplicate))
        self.override_caption = QLabel()
        left.addRow(self.override_caption, self._boxed("uscc_override", e["uscc_override"]))
        left.addRow(field_label("township_id"), self._boxed("township_id", self.township))
        left.addRow(field_label("industry_code"), self._boxed("industry_code", self.industry))
        for name, combo in (("kind", self.kind), ("scale", self.scale), ("status", self.status)):
            left.addRow(field_label(name), self._boxed(name, combo))
        self.flags_caption = QLabel()
        left.addRow(self.flags_caption, flags)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in ("legal_rep", "chief_quality_officer", "address", "contact_name", "contact_phone", "founded_on"):
            right.addRow(field_label(name), self._boxed(name, e[name]))
        for form in (left, right):  # else they inherit the 24 px between the columns
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("新增企业") if self.enterprise_id is None else self.tr("编辑企业"))
        self.override_caption.setText(self.tr("保留理由"))
        self.flags_caption.setText(self.tr("标记"))
        self.key_energy_user.setText(field_label("key_energy_user"))
        self.leading_enterprise.setText(field_label("leading_enterprise"))
        self.open_duplicate.setText(self.tr("打开该企业"))
        self.ok_button.setText(self.tr("保存"))
        self.ok_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.edits["uscc"].setPlaceholderText(self.tr("18 位，可暂不填"))
        self.edits["uscc_override"].setPlaceholderText(self.tr("例如：已核对营业执照原件"))
        self.edits["founded_on"].setPlaceholderText(self.tr("YYYY-MM-DD，可不填"))
        industry_edit = self.industry.lineEdit()
        if industry_edit is not None:
            industry_edit.setPlaceholderText(self.tr("代码或名称，如 C13 或 食品制造业"))
        self.kind.set_choices(None, [(k, kind_label(k)) for k in KINDS])
        self.scale.set_choices(None, [(k, scale_label(k)) for k in SCALES])
        self.status.set_choices(None, [(k, status_label(k)) for k in STATUSES])

    # -- values ----------------------------------------------------------------------

    def _fill(self, township_id: str | None) -> None:
        from qsupervise.services import enterprises, org

        with self.db.read() as s:
            units = [u for u in org.list_units(s) if u.kind == "township"]
            current = None
            if self.enterprise_id is not None:
                from qsupervise.models import Enterprise

                found = s.get(Enterprise, self.enterprise_id)
                current = enterprises.input_from(found) if found is not None else None
                if found is not None:
                    self.version_check.opened = enterprises.version(s, self.enterprise_id)
        self.township_names = {u.id: u.name for u in units}
        chosen = current.township_id if current is not None else township_id
        # Inactive townships are offered only to the enterprise that is still filed under one.
        choices = [(u.id, u.name) for u in units if u.active]
        choices += [(u.id, self.tr("{0}（已停用）").format(u.name)) for u in units if not u.active and u.id == chosen]
        self.township.set_choices(None, choices)
        if chosen:
            self.township.set_value(chosen)
        if current is None:
            self.kind.set_value("enterprise")
            self.scale.set_value("below")
            self.status.set_value("active")
            self.show_override(False)
            self.touched.clear()
            self.timer.stop()
            return
        for name in TEXT_FIELDS:
            self.edits[name].setText(str(getattr(current, name) or ""))
        self.set_industry(current.industry_code)
        self.kind.set_value(current.kind)
        self.scale.set_value(current.scale)
        self.status.set_value(current.status)
        self.key_energy_user.setChecked(current.key_energy_user)
        self.leading_enterprise.setChecked(current.leading_enterprise)
        self.setWindowTitle(self.tr("编辑“{0}”").format(current.name))
        self.show_override(bool(current.uscc_override))
        # A stored record's own warnings (no code, a kept check character) are worth seeing at once.
        self.touched = set(self.problem_labels)
        self.timer.stop()
        self.validate()

    def set_industry(self, code: str) -> None:
        from qsupervise.rules import industry

        found = self.industry.findData(code)
        if found >= 0:
            self.industry.setCurrentIndex(found)
        else:
            self.industry.setEditText(industry.label(code) if code else "")

    def values(self) -> EnterpriseInput:
        from qsupervise.services.enterprises import EnterpriseInput

        text = {name: edit.text() for name, edit in self.edits.items()}
        return EnterpriseInput(
            township_id=self.township.value() or "",
            industry_code=industry_value(self.industry.currentText()),
            kind=self.kind.value() or "enterprise",
            scale=self.scale.value() or "below",
            status=self.status.value() or "active",
            key_energy_user=self.key_energy_user.isChecked(),
            leading_enterprise=self.leading_enterprise.isChecked(),
            **text,
        )

    # -- checking ----------------------------------------------------------------------

    def on_edited(self, field: str) -> None:
        self.touched.add(field)
        if field == "uscc":
            self.touched.add("uscc_override")
        self.timer.start()

    def validate(self) -> list[FieldProblem]:
        from qsupervise.services import enterprises

        self.timer.stop()
        if self.db.store is None:
            return []
        with self.db.read() as s:
            _cleaned, problems = enterprises.check(s, self.values(), existing_id=self.enterprise_id)
        self.show_problems(problems)
        return problems

    def visible(self, problem: FieldProblem) -> bool:
        return self.attempted or problem.field in self.touched

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        lang = i18n.error_lang()
        by_field: dict[str, list[FieldProblem]] = {}
        for p in problems:
            if self.visible(p):
                by_field.setdefault(p.field, []).append(p)
        self.duplicate_id = None
        for field, label in self.problem_labels.items():
            found = by_field.get(field, [])
            lines = [self.problem_text(p, lang) for p in found if p.code != "similar_name"]
            similar = [p.params.get("name", "") for p in found if p.code == "similar_name"]
            if similar:
                lines.append(self.tr("名称相近：{0}。请确认不是同一家。").format("、".join(f"“{n}”" for n in similar)))
            error = any(p.severity == "error" for p in found)
            label.setText("\n".join(lines))
            label.setStyleSheet(f"color: {ERROR_COLOUR if error else WARNING_COLOUR};")
            label.setVisible(bool(lines))
            for p in found:
                if p.code == "duplicate_code":
                    self.duplicate_id = p.params.get("id") or None
        self.open_duplicate.setVisible(self.duplicate_id is not None)
        needs_reason = any(p.code == "uscc_checksum" for p in problems)
        self.show_override(needs_reason or bool(self.edits["uscc_override"].text().strip()))
        self.show_summary(problems)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to show every problem line in full (wrapped labels do not raise a window's minimum height)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def problem_text(self, problem: FieldProblem, lang: str) -> str:
        if problem.code == "duplicate_code":
            return self.tr("已存在：{0}（{1}）").format(
                problem.params.get("name", ""), problem.params.get("township", "")
            )
        return problem.message(lang)

    def show_summary(self, problems: list[FieldProblem]) -> None:
        errors = sum(p.severity == "error" for p in problems)
        warnings = sum(p.severity == "warning" for p in problems)
        if errors and (self.attempted or any(self.visible(p) for p in problems if p.severity == "error")):
            self.summary.setText(self.tr("有 {0} 处需要改正，改正后才能保存。").format(errors))
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        elif warnings and any(self.visible(p) for p in problems):
            self.summary.setText(self.tr("有 {0} 条提醒，核对后可以保存。").format(warnings))
            self.summary.setStyleSheet(f"color: {WARNING_COLOUR};")
        else:
            self.summary.setText("")

    def show_override(self, shown: bool) -> None:
        self.left.setRowVisible(2, shown)

    @property
    def override_shown(self) -> bool:
        return self.edits["uscc_override"].isVisibleTo(self)

    def show_duplicate(self) -> None:
        from ui.dialogs.enterprise_detail import EnterpriseDetail

        if self.duplicate_id:
            detail = EnterpriseDetail(self.db, self.duplicate_id, parent=self, editable=False)
            modal.exec_dialog(detail)
            detail.deleteLater()

    # -- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        from qsupervise.errors import KnownError
        from qsupervise.services import enterprises

        self.attempted = True
        data = self.values()

        def write(opened: int | None) -> None:
            with self.db.session() as s:
                enterprise, _warnings = enterprises.save(
                    s, data=data, enterprise_id=self.enterprise_id, actor=ACTOR, opened_version=opened
                )
                self.saved_id = enterprise.id
                self.saved_name = enterprise.name
                self.saved.emit(enterprise.id)

        try:
            if not self.version_check.save(write):  # someone saved it since it opened, and the user went back
                return
        except enterprises.InvalidInput as exc:
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
                widget = self.findChild(QWidget, p.field)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
