"""导入认证许可台账: the registry's import wizard (columns → dry run → import → error list) over certificate lists.

Only what differs is here: how the file is read (``certification_import.read_certificates``), the fields a
column can be imported as, which are required, and the import itself (``import_certifications``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui import i18n, modal
from ui.database import ACTOR
from ui.dialogs.import_wizard import ImportWizard
from ui.workers import run_task

if TYPE_CHECKING:
    from qsupervise.documents.enterprise_import import Preview
    from qsupervise.documents.results import ImportResult

CERT_FIELDS = ("holder", "uscc", "township", "kind", "number", "number_note", "issuer", "issued_on", "expires_on",
               "status", "scope", "reward_eligible", "note")


class CertImportWizard(ImportWizard):
    def field_labels(self) -> dict[str, str]:
        return {
            "holder": self.tr("企业名称"),
            "uscc": self.tr("统一社会信用代码"),
            "township": self.tr("所属乡镇"),
            "kind": self.tr("证书类型"),
            "number": self.tr("证书编号"),
            "number_note": self.tr("编号说明"),
            "issuer": self.tr("发证机构"),
            "issued_on": self.tr("发证日期"),
            "expires_on": self.tr("有效期至"),
            "status": self.tr("证书状态"),
            "scope": self.tr("认证范围"),
            "reward_eligible": self.tr("可获奖励"),
            "note": self.tr("备注"),
        }

    def read_file(self) -> None:
        from qsupervise.documents.certification_import import read_certificates
        from qsupervise.documents.enterprise_import import Preview

        path = self.path

        def job(*, progress: Any, cancel: Any) -> Preview:
            progress(-1.0, "")
            table, mapping = read_certificates(path, None, cancel.is_set)
            return Preview(table, {c: f for c, f in mapping.items() if f in CERT_FIELDS}, [])

        self.file_label.setText(self.tr("正在读取 {0} …").format(path.name))
        self.task = run_task(self, job, label=self.tr("正在读取 {0}").format(path.name), on_success=self.show_preview)
        self.task.failed.connect(lambda _exc: self.file_label.setText(self.tr("无法读取这个文件。")))

    def show_preview(self, found: Preview) -> None:
        super().show_preview(found)  # the table of columns, with a combo each: offer the certificate's fields
        labels = self.field_labels()
        for column, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("（不导入）"), "")
            for field in CERT_FIELDS:
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(max(0, combo.findData(found.mapping.get(column, ""))))
            combo.blockSignals(False)
        self.update_state()

    def mapping_problem(self) -> str:
        chosen = list(self.mapping().values())
        labels = self.field_labels()
        missing = []
        if not {"holder", "uscc"} & set(chosen):
            missing.append(self.tr("{0}或{1}").format(labels["holder"], labels["uscc"]))
        if "kind" not in chosen:
            missing.append(labels["kind"])
        if missing:
            return self.tr("缺少必需的列：{0}。请在“导入为”中指定。").format("、".join(missing))
        twice = [f for f in CERT_FIELDS if chosen.count(f) > 1]
        if twice:
            return self.tr("“{0}”对应了多列，只能保留一列。").format("、".join(labels[f] for f in twice))
        return ""

    def _start(self, *, dry_run: bool) -> None:
        from qsupervise.documents.certification_import import import_certifications

        store = self.db.store
        if store is None or self.preview is None:
            return
        path, mapping, skip, lang = self.path, self.mapping(), self.skip_warnings.isChecked(), i18n.error_lang()

        def job(*, progress: Any, cancel: Any) -> ImportResult:
            return import_certifications(store, path, mapping=mapping, dry_run=dry_run, skip_warnings=skip,
                                         actor=ACTOR, lang=lang, progress=progress, cancel=cancel.is_set)

        label = self.tr("正在试导入…") if dry_run else self.tr("正在导入…")
        self.task = run_task(self, job, label=label, on_success=self.show_dry if dry_run else self.show_imported)
        self.task.done.connect(self.update_state)
        self.update_state()

    def run_import(self) -> None:
        if self.dry is None:
            return
        c = self.dry.counts
        question = self.tr(
            "导入将新增 {0} 份、更新 {1} 份证书，{2} 行有错误不导入。导入前会自动备份数据库。继续吗？"
        ).format(f"{c.get('created', 0):,}", f"{c.get('updated', 0):,}", f"{c.get('errors', 0):,}")
        if modal.confirm(self, question):
            self._start(dry_run=False)

    def summary_text(self) -> str:
        c = self.imported.counts if self.imported is not None else {}
        return self.tr("导入完成：新增 {0} 份证书，更新 {1} 份，{2} 行未导入。").format(
            f"{c.get('created', 0):,}", f"{c.get('updated', 0):,}", f"{c.get('errors', 0):,}"
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("导入认证许可台账"))
