"""What the 企业档案 page does to records: open, add, edit, 停用/恢复, import and export.

Each action is one service call in one transaction (``db.session()`` tells the pages to refresh when it
commits); long work (import, export) runs through ``ui.workers.run_task``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from ui import i18n, modal
from ui.database import ACTOR
from ui.usage import record_use

FOLDER_KEY = "registry/folder"  # where the last import or export was: the next one starts there

if TYPE_CHECKING:
    from ui.pages.registry import RegistryPage
    from ui.workers import Task


class RegistryActions(QObject):
    def __init__(self, page: RegistryPage) -> None:
        super().__init__(page)
        self.page = page
        self.exported: tuple[Path, int] | None = None  # the last export: file and rows written
        self.task: Task | None = None  # the last background job (tests wait on its ``done``)

    @property
    def db(self) -> Any:
        return self.page.db

    def on_saved(self, enterprise_id: str) -> None:
        # Emitted inside the saving transaction, so the refresh its commit triggers already selects the row.
        self.page.keep_selection([enterprise_id])

    def build_shortcuts(self) -> dict[str, QAction]:
        """Keyboard shortcuts (live only while this page is shown) and the table's context menu."""
        page = self.page
        made: dict[str, QAction] = {}
        for key, slot, shortcut, in_menu in (
            ("find", page.focus_search, "Ctrl+F", False),
            ("open", self.open_detail, None, True),
            ("new", self.new_enterprise, "Ctrl+N", False),
            ("edit", self.edit_enterprise, None, True),
            ("toggle", self.toggle_deleted, None, True),
            ("export", self.export_list, "Ctrl+E", False),
        ):
            action = QAction(page)
            action.setObjectName(f"action_registry_{key}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, run=slot: run())
            page.addAction(action)
            if in_menu:
                page.view.addAction(action)
            made[key] = action
        page.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return made

    # -- questions (tests replace these) ---------------------------------------------------

    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.page, self.tr("选择要导入的企业名录"), self.last_folder(), self.tr("表格 (*.xlsx *.csv);;所有文件 (*)")
        )
        if not name:
            return None
        QSettings().setValue(FOLDER_KEY, str(Path(name).parent))
        return Path(name)

    def ask_export_path(self) -> Path | None:
        excel, csv = self.tr("Excel 工作簿 (*.xlsx)"), self.tr("CSV，UTF-8 (*.csv)")
        start = str(Path(self.last_folder()) / default_export_name())
        name, chosen = QFileDialog.getSaveFileName(self.page, self.tr("导出企业名录"), start, f"{excel};;{csv}")
        if not name:
            return None
        QSettings().setValue(FOLDER_KEY, str(Path(name).parent))
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
        return path

    @staticmethod
    def last_folder() -> str:
        folder = str(QSettings().value(FOLDER_KEY, "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    # -- open, add, edit -----------------------------------------------------------------

    def open_detail(self, index: QModelIndex | None = None) -> None:
        from ui.dialogs.enterprise_detail import EnterpriseDetail

        row = self.page.model.row_at(index.row()) if isinstance(index, QModelIndex) else self.page.current_row()
        if row is None or self.db.store is None:
            return
        dialog = EnterpriseDetail(self.db, row.id, parent=self.page)
        dialog.saved.connect(self.on_saved)
        modal.exec_dialog(dialog)
        dialog.deleteLater()  # a clerk opens hundreds a day: do not keep them all as children of the page

    def new_enterprise(self) -> None:
        from ui.dialogs.enterprise_form import EnterpriseForm

        if self.db.store is None:
            return
        form = EnterpriseForm(self.db, township_id=self.page.township.value(), parent=self.page)
        form.saved.connect(self.on_saved)
        if modal.exec_dialog(form):
            self.page.message.emit(self.tr("已新增“{0}”。").format(form.saved_name))
        form.deleteLater()

    def edit_enterprise(self) -> None:
        from ui.dialogs.enterprise_form import EnterpriseForm

        row = self.page.current_row()
        if row is None or row.deleted or self.db.store is None:
            return
        form = EnterpriseForm(self.db, enterprise_id=row.id, parent=self.page)
        form.saved.connect(self.on_saved)
        if modal.exec_dialog(form):
            self.page.message.emit(self.tr("已保存“{0}”。").format(form.saved_name))
        form.deleteLater()

    # -- 停用 / 恢复 -------------------------------------------------------------------------

    def toggle_deleted(self) -> None:
        rows = self.page.selected_rows()
        if not rows or self.db.store is None:
            return
        most = len(self.page.selected_positions())
        if self.page.selection_size() > most:
            modal.warn(self.page, self.tr("一次最多停用或恢复 {0} 家企业，请缩小选择范围。").format(most))
            return
        restore = all(r.deleted for r in rows)
        targets = rows if restore else [r for r in rows if not r.deleted]
        if restore:
            question = None
        elif len(targets) == 1:
            name = targets[0].name
            question = self.tr("停用“{0}”？停用后不再列出（勾选“含已停用”可见），记录和历史保留，可随时恢复。").format(
                name
            )
        else:
            question = self.tr("停用选中的 {0} 家企业？停用后不再列出，记录和变更历史保留，可随时恢复。").format(
                f"{len(targets):,}"
            )
        if question is not None and not modal.confirm(self.page, question):
            return
        from qsupervise.errors import KnownError
        from qsupervise.services import enterprises

        ids = [r.id for r in targets]
        if restore or self.page.include_deleted.isChecked():
            self.page.keep_selection(ids)
        else:
            self.page.keep_row_position()
        try:
            with self.db.session() as s:
                for enterprise_id in ids:
                    enterprises.set_deleted(s, enterprise_id=enterprise_id, deleted=not restore, actor=ACTOR)
        except KnownError as exc:
            modal.warn(self.page, exc.message(i18n.error_lang()))
            return
        names = targets[0].name if len(targets) == 1 else self.tr("{0} 家企业").format(f"{len(targets):,}")
        self.page.message.emit((self.tr("已恢复 {0}。") if restore else self.tr("已停用 {0}。")).format(names))

    # -- import and export ------------------------------------------------------------------

    def import_file(self) -> None:
        if self.db.store is None:
            return
        path = self.ask_import_path()
        if path is None:
            return
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, path, parent=self.page)
        modal.exec_dialog(wizard)
        if wizard.imported is not None:
            self.page.message.emit(wizard.summary_text())
        wizard.deleteLater()

    def export_list(self) -> None:
        store = self.db.store
        if store is None:
            return
        query = self.page.current_query()
        path = self.ask_export_path()
        if path is None:
            return
        from ui.workers import run_task

        def job(*, progress: Any, cancel: Any) -> int:
            from qsupervise.documents.enterprise_export import export_enterprises

            return int(export_enterprises(store, path, query=query, progress=progress, cancel=cancel.is_set))

        def done(written: int) -> None:
            self.exported = (path, written)
            self.page.message.emit(self.tr("已导出 {0} 家企业到 {1}").format(f"{written:,}", path))
            record_use(self.page, self.db, "export.enterprises", path, {"rows": written})

        self.exported = None
        self.task = run_task(self.page, job, label=self.tr("正在导出企业名录…"), on_success=done)


def default_export_name() -> str:
    return f"企业名录-{date.today().isoformat()}.xlsx"
