"""Print preview of a PDF the app wrote (a letter, a report): in a dialog of the app with Qt PDF's view when Qt PDF
is installed (it comes with PySide6-Addons, not with the Essentials the app ships), otherwise in the desktop's own
PDF viewer.

Callers use :func:`show_pdf`; tests replace :func:`open_external` so no viewer opens while they run.
"""

from __future__ import annotations

import shutil
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import modal

HINT_STYLE = "color: #5f6b76;"


def pdf_modules() -> tuple[ModuleType, ModuleType] | None:
    """(QtPdf, QtPdfWidgets) when they import, else None."""
    try:
        return import_module("PySide6.QtPdf"), import_module("PySide6.QtPdfWidgets")
    except ImportError:
        return None


def open_external(path: Path) -> bool:
    """Hand ``path`` to the desktop's PDF viewer; False when none takes it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfPreview(QDialog):
    """The pages of one PDF, scrolled continuously; zoom, open in the system viewer, save a copy."""

    ZOOMS = ("width", "page", "100")

    def __init__(self, path: Path, title: str, modules: tuple[ModuleType, ModuleType],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.path = path
        qtpdf, widgets = modules
        self.document: Any = qtpdf.QPdfDocument(self)
        self.error = self.document.load(str(path))
        self.view: Any = widgets.QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(widgets.QPdfView.PageMode.MultiPage)
        self.view_class = widgets.QPdfView
        self.pages = QLabel()
        self.pages.setObjectName("pdf_pages")
        self.pages.setStyleSheet(HINT_STYLE)
        self.zoom = QComboBox()
        self.zoom.setObjectName("pdf_zoom")
        self.zoom.currentIndexChanged.connect(self.on_zoom)
        self.external = QPushButton()
        self.external.setObjectName("btn_open_external")
        self.external.clicked.connect(lambda: open_external(self.path))
        self.save = QPushButton()
        self.save.setObjectName("btn_save_copy")
        self.save.clicked.connect(self.save_copy)
        self.close_button = QPushButton()
        self.close_button.setObjectName("btn_close")
        self.close_button.setShortcut(QKeySequence("Esc"))
        self.close_button.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.zoom)
        bar.addWidget(self.pages)
        bar.addStretch(1)
        bar.addWidget(self.external)
        bar.addWidget(self.save)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setWindowTitle(title)
        self.zoom.addItems([self.tr("适合宽度"), self.tr("适合页面"), "100%"])
        self.pages.setText(self.tr("共 {0} 页").format(self.page_count()))
        self.external.setText(self.tr("用系统查看器打开"))
        self.save.setText(self.tr("另存为…"))
        self.close_button.setText(self.tr("关闭"))
        self.resize(820, 960)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def on_zoom(self, index: int) -> None:
        modes = self.view_class.ZoomMode
        zoom = self.ZOOMS[index] if 0 <= index < len(self.ZOOMS) else "width"
        if zoom == "width":
            self.view.setZoomMode(modes.FitToWidth)
        elif zoom == "page":
            self.view.setZoomMode(modes.FitInView)
        else:
            self.view.setZoomMode(modes.Custom)
            self.view.setZoomFactor(1.0)

    def ask_save_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), str(Path.home() / self.path.name),
                                              self.tr("PDF 文件 (*.pdf)"))
        return Path(name) if name else None

    def save_copy(self) -> None:
        dest = self.ask_save_path()
        if dest is None:
            return
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(dest.name + ".pdf")
        try:
            shutil.copyfile(self.path, dest)
        except OSError as exc:
            modal.warn(self, self.tr("无法保存到 {0}：{1}").format(dest, exc.strerror or exc))


def show_pdf(parent: QWidget, path: Path, title: str) -> bool:
    """Preview ``path``: in the app when Qt PDF is there, else in the system viewer. False when nothing showed it."""
    modules = pdf_modules()
    if modules is None:
        return open_external(path)
    dialog = PdfPreview(path, title, modules, parent)
    modal.exec_dialog(dialog)
    dialog.deleteLater()
    return True
