"""An honest page for a module that is not built yet: what it will do, and no invented data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.database import Database
from ui.pages.base import Page

KEYS = ("registry", "spotchecks", "certifications", "awards", "standards", "letters", "exchange")


class PlaceholderPage(Page):
    def __init__(self, key: str, db: Database, parent: QWidget | None = None) -> None:
        if key not in KEYS:
            raise ValueError(key)
        super().__init__(db, parent)
        self.key = key
        self.setObjectName(f"page_{key}")
        self.notice = QLabel()
        self.notice.setObjectName("placeholder_notice")
        self.purpose = QLabel()
        self.purpose.setObjectName("placeholder_purpose")
        self.purpose.setWordWrap(True)
        for label in (self.notice, self.purpose):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.notice)
        self.body.addWidget(self.purpose)
        self.body.addStretch(1)
        self.retranslate()

    def texts(self) -> tuple[str, str]:
        """(title, what the module will do) for this page's key."""
        table = {
            "registry": (
                self.tr("企业档案"),
                self.tr("将提供：企业名录、统一社会信用代码校验、产品与执行标准、Excel 导入导出。"),
            ),
            "spotchecks": (
                self.tr("监督抽查"),
                self.tr("将提供：“双随机”抽取、抽样单与检验结果录入、不合格后处理及整改期限跟踪。"),
            ),
            "certifications": (
                self.tr("认证许可"),
                self.tr("将提供：生产许可证、强制性产品认证（CCC）和体系认证的登记与到期提醒。"),
            ),
            "awards": (
                self.tr("品牌与奖项"),
                self.tr("将提供：质量奖、品牌培育和名优产品的申报材料整理与获奖记录。"),
            ),
            "standards": (
                self.tr("标准化"),
                self.tr("将提供：产品执行标准库、标准目录与被代替标准提示、采标率、参与制定标准和农业标准化示范项目。"),
            ),
            "letters": (
                self.tr("责任书与考核"),
                self.tr("将提供：年度质量工作责任书的生成与打印，以及乡镇年终考核评分。"),
            ),
            "exchange": (
                self.tr("数据交换"),
                self.tr("将提供：乡镇与县之间同步数据包的导出、导入与合并。"),
            ),
        }
        return table[self.key]

    def retranslate(self) -> None:
        title, purpose = self.texts()
        self.title_label.setText(title)
        self.notice.setText(self.tr("此模块尚在开发中，将在后续版本提供。"))
        self.purpose.setText(purpose)
