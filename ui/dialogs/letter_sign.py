"""The small dialogs of the 责任书 tab: signing a letter (the day and the scan of the signed copy; it locks the
letter), creating the year's letters from the templates (for townships and/or member units), and where a batch print
goes (one PDF, or a folder of one file per letter).

File choosers go through ``ask_*`` methods so tests can answer them; the last folder used is remembered.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ui.database import ACTOR, Database
from ui.dialogs.base import FormDialog

HINT_STYLE = "color: #5f6b76;"
FOLDER_KEY = "letters/folder"
SCAN_FILTER = "PDF / 图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"


def last_folder() -> str:
    folder = str(QSettings().value(FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember(folder: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(folder))


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


class SignDialog(FormDialog):
    """签订: the day both parties signed, and optionally the scan of the signed letter (PDF or image)."""

    def __init__(self, db: Database, letter_id: str, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_sign_dialog")
        self.db = db
        self.letter_id = letter_id
        self.apply = self.sign
        self.setWindowTitle(self.tr("签订责任书"))
        self.question = hint(self.tr("记录“{0}”责任书的签订。签订后责任书锁定，目标和内容不能再修改；"
                                     "确需修改须“解除锁定”并说明理由。").format(unit))
        self.question.setObjectName("question")
        self.signed_on = QLineEdit(date.today().isoformat())
        self.signed_on.setObjectName("signed_on")
        self.signed_on.setMaxLength(20)
        self.signed_on.setMaximumWidth(140)
        self.signed_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.signed_on.textChanged.connect(self.update_ok)
        self.scan = QLineEdit()
        self.scan.setObjectName("scan_path")
        self.scan.setPlaceholderText(self.tr("可选：签订后的扫描件（PDF 或图片）"))
        self.browse = QPushButton(self.tr("选择…"))
        self.browse.setObjectName("btn_browse_scan")
        self.browse.clicked.connect(self.choose_scan)
        scan_row = QHBoxLayout()
        scan_row.setSpacing(6)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.browse)
        self.form.addRow(self.question)
        self.form.addRow(self.tr("签订日期"), self.signed_on)
        self.form.addRow(self.tr("扫描件"), scan_row)
        self.ok_button.setText(self.tr("签订并锁定"))
        self.cancel_button.setText(self.tr("取消"))
        self.setMinimumWidth(520)
        self.update_ok()

    def ask_scan_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择扫描件"), last_folder(), SCAN_FILTER)
        return Path(name) if name else None

    def choose_scan(self) -> None:
        path = self.ask_scan_path()
        if path is not None:
            remember(path.parent)
            self.scan.setText(str(path))

    def scan_path(self) -> Path | None:
        text = self.scan.text().strip()
        return Path(text) if text else None

    def day(self) -> str:
        from ui.dialogs.certification_form import typed_day

        return typed_day(self.signed_on.text())

    def update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.signed_on.text().strip()))

    def sign(self) -> object:
        from qsupervise.services import letters

        scan = self.scan_path()
        with self.db.session() as s:
            return letters.sign(s, self.letter_id, signed_on=self.day(), scan=scan,
                                scan_name=scan.name if scan else "", actor=ACTOR)


class CreateDialog(FormDialog):
    """生成责任书: for townships and/or member units, from the year's templates; units with a letter are skipped."""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_create_dialog")
        self.db = db
        self.year = year
        self.created: list[str] = []  # letter ids
        self.skipped: list[str] = []  # names of the units that had a letter already
        self.apply = self.make_letters
        counts = self.counts()
        self.setWindowTitle(self.tr("生成 {0} 年度责任书").format(year))
        self.boxes: dict[str, QCheckBox] = {}
        names = {"township": self.tr("乡镇"), "member_unit": self.tr("成员单位")}
        self.form.addRow(hint(self.tr("按 {0} 年度的模板为每个单位生成一份责任书（单位名称自动填入乙方）。"
                                      "已有责任书的单位跳过，不会重复生成。").format(year)))
        for kind, name in names.items():
            units, have = counts.get(kind, (0, 0))
            box = QCheckBox(self.tr("{0}（{1} 个单位，已有责任书 {2} 份）").format(name, units, have))
            box.setObjectName(f"create_{kind}")
            box.setChecked(units > have)
            box.setEnabled(units > 0)
            box.toggled.connect(self.update_ok)
            self.boxes[kind] = box
            self.form.addRow(box)
        self.form.addRow(hint(self.tr("模板可先用“编辑模板”调整；生成后仍可逐份修改。")))
        self.ok_button.setText(self.tr("生成"))
        self.cancel_button.setText(self.tr("取消"))
        self.setMinimumWidth(480)
        self.update_ok()

    def counts(self) -> dict[str, tuple[int, int]]:
        """kind -> (active units, units that have a letter for the year already)."""
        from qsupervise.services import letters, org

        with self.db.read() as s:
            units = org.list_units(s, include_inactive=False)
            have = {r.org_unit_id for r in letters.letters(s, self.year)}
        counts = {}
        for kind in ("township", "member_unit"):
            ids = [u.id for u in units if u.kind == kind]
            counts[kind] = (len(ids), sum(1 for i in ids if i in have))
        return counts

    def kinds(self) -> list[str]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]

    def make_letters(self) -> object:
        from qsupervise.services import letters

        self.created, self.skipped = [], []
        with self.db.session() as s:
            for kind in self.kinds():
                done = letters.create_letters(s, self.year, kind, actor=ACTOR)
                self.created += done.created
                self.skipped += done.skipped
        return None

    def update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.kinds()))


class BatchPrintDialog(FormDialog):
    """批量打印: all the year's letters into one PDF, or one PDF per letter in a folder."""

    def __init__(self, year: int, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_batch_dialog")
        self.year = year
        self.setWindowTitle(self.tr("批量打印责任书"))
        self.one_file = QRadioButton(self.tr("合并为一个 PDF 文件（便于一次打印）"))
        self.one_file.setObjectName("batch_one_file")
        self.folder = QRadioButton(self.tr("每份一个 PDF 文件，保存到文件夹"))
        self.folder.setObjectName("batch_folder")
        self.group = QButtonGroup(self)
        self.group.addButton(self.one_file)
        self.group.addButton(self.folder)
        self.one_file.setChecked(True)
        self.typed = False  # the user chose a path of their own: stop suggesting one
        self.path = QLineEdit()
        self.path.setObjectName("batch_path")
        self.path.textChanged.connect(self.update_ok)
        self.path.textEdited.connect(self.on_typed)
        self.browse = QPushButton(self.tr("浏览…"))
        self.browse.setObjectName("btn_browse_batch")
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.form.addRow(hint(self.tr("{0} 年度共 {1} 份责任书，按 GB/T 9704 公文格式输出 A4 PDF。")
                              .format(year, count)))
        self.form.addRow(self.one_file)
        self.form.addRow(self.folder)
        self.form.addRow(self.tr("保存到"), row)
        self.one_file.toggled.connect(self.suggest)
        self.suggest()
        self.ok_button.setText(self.tr("打印"))
        self.cancel_button.setText(self.tr("取消"))
        self.setMinimumWidth(560)

    def suggested(self) -> Path:
        folder = Path(last_folder())
        if self.one_file.isChecked():
            return folder / self.tr("{0}年度质量工作目标责任书.pdf").format(self.year)
        return folder / self.tr("{0}年度责任书").format(self.year)

    def on_typed(self) -> None:
        self.typed = True

    def suggest(self) -> None:
        """Follow the choice (a file or a folder) until the user types or chooses a path of their own."""
        if not self.typed:
            self.path.setText(str(self.suggested()))

    def ask_path(self) -> Path | None:
        if self.one_file.isChecked():
            name, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.path.text(),
                                                  self.tr("PDF 文件 (*.pdf)"))
        else:
            name = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), last_folder())
        return Path(name) if name else None

    def choose(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.typed = True
            self.path.setText(str(path))

    def destination(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        if self.one_file.isChecked() and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.path.text().strip()))

    def accept(self) -> None:
        if self.destination().parent.is_dir():
            remember(self.destination().parent)
        super().accept()
